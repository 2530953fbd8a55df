"""A deed's appointment of the first board: "Voor de eerste maal worden tot bestuurders van de stichting benoemd:".

A notarial deed founding a foundation or association closes with the appointment of its first board and
supervisory board, a lead-in and one item per person with the office each holds::

    Voor de eerste maal worden tot bestuurders van de stichting benoemd:
    - mevrouw Eva Smit, als voorzitter;
    - de heer Jan Kok, als secretaris.
    Voor de eerste maal worden tot leden van de raad van toezicht benoemd:
    - de heer Piet Bos, als voorzitter.

Each item's person holds its office in the organisation the lead-in names ("van de stichting", pointing back to
the foundation the deed founds), or, when a lead-in names none, the one of the lead-in before it in the same list.
An office on the supervisory board is held as one of that board: "voorzitter raad van toezicht", "lid raad van
toezicht" (a "raad van commissarissen" likewise). An item without "als" and an office ("- mevrouw Eva Smit;")
makes a board member ("bestuurder", "lid raad van toezicht"); a lead-in that does not appoint ("worden voorgedragen
als bestuurders:") gives nothing (round 55e).

Called once per document by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Akte\\n\\nDe stichting draagt de naam: Stichting Groen Dak.\\n\\n"
...         "1. Voor de eerste maal worden tot bestuurders van de stichting benoemd:\\n"
...         "   - mevrouw Eva Smit, als voorzitter;\\n2. Voor de eerste maal worden tot leden van de raad van toezicht benoemd:\\n"
...         "   - de heer Piet Bos, als lid.\\n")
>>> sorted((r.subject.text, r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "roles.first-board")
[('Eva Smit', 'Stichting Groen Dak', 'voorzitter'), ('Piet Bos', 'Stichting Groen Dak', 'lid raad van toezicht')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .roles import role_of

__all__ = ["find_first_boards"]

#: the lead-in: "(Voor de eerste maal) worden tot bestuurders (van de stichting) benoemd:"
_LEAD = re.compile(r"\s*(?:\d+\.\s*)?(?:(?:voor\s+de\s+eerste\s+maal|bij\s+deze(?:n)?)\s+)?(?:wordt|worden|is|zijn)\s+"
                   r"(?:(?:voor\s+de\s+eerste\s+maal|bij\s+deze(?:n)?)\s+)?(?:tot|als)\s+"
                   r"(?P<body>bestuurders?|(?:leden|lid)\s+van\s+het\s+bestuur|"
                   r"(?:leden|lid)\s+van\s+de\s+(?P<supervisory>raad\s+van\s+(?:toezicht|commissarissen))|"
                   r"(?:toezichthouders?|commissarissen|commissaris))"
                   r"(?P<of>\s+van\s+[^:]{1,80}?)?\s+benoemd\s*:\s*$", re.IGNORECASE)

#: an item: "(mevrouw|de heer) NAME, als voorzitter;"
_AS_OFFICE = re.compile(r"\s*,\s*als\s+(?P<office>[^;.,]{1,40}?)\s*[;.]?\s*$", re.IGNORECASE)
_BARE_ITEM = re.compile(r"\s*[;.]?\s*$")

_OWNERS = frozenset({"Organisation"})


def find_first_boards(ctx: DocContext) -> None:
    """Add the offices a deed's appointment of its first (supervisory) board gives each listed person."""
    if "benoemd" not in ctx.text:
        return
    owner = None
    for k, sentence in enumerate(ctx.sentences):
        lead = _LEAD.match(ctx.text, ctx.content_start(sentence), sentence.end)
        if lead is None:
            continue
        named = [m for m in ctx.in_span(*lead.span("of")) if m.type in _OWNERS] if lead.group("of") else []
        owner = named[0] if named else (owner if not lead.group("of") else None)
        if owner is None:
            continue
        supervisory = lead.group("supervisory") or ("raad van toezicht" if re.match(r"toezichthouder|commissaris",
                                                                                  lead.group("body"), re.I) else None)
        for item in ctx.sentences[k + 1:]:
            if item.bullet_list is None or (sentence.bullet_list is not None and item.bullet_list != sentence.bullet_list):
                break
            persons = [m for m in ctx.in_sentence(item) if m.type == "Person"]
            if len(persons) != 1:
                break
            office = _AS_OFFICE.fullmatch(ctx.text, persons[0].end, item.end)
            if office is None and not _BARE_ITEM.fullmatch(ctx.text, persons[0].end, item.end):
                break
            role = role_of(office.group("office")) if office else None
            if office is not None and role is None:
                break
            label = role.label if role else ("lid" if supervisory else "bestuurder")
            if supervisory:
                label = f"{label} {' '.join(supervisory.lower().split())}"
            ctx.add(persons[0], "hasRole", owner, item, "roles.first-board", 0.8, role=label)
