"""Chairing said with the verb "voorzitten": who is (or was) voorzitter of what.

- a relative clause after a person: "X (Hoorn), die het netwerk vier jaar heeft voorgezeten" and
  "Hij volgt X op, burgemeester van Gouda, die de pijler sinds 2021 voorzat" (past: "voorzat",
  "heeft voorgezeten"; present: "voorzit");
- the passive after a body: "de commissie, die wordt voorgezeten door (oud-wethouder) X".

The body is the mention in the clause ("de pijler" is already a reference to the pijler named
before); "het netwerk" / "ons netwerk" is the city network the document names (the last
organisation before whose name holds "G40" or "netwerk").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Burgemeester Eva Smit volgt Jan Bos (Ede) op, die het stedennetwerk G40 sinds 2019 voorzat."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role, r.past) for r in ex.relations if r.rule == "chairs.voorgezeten"]
[('Jan Bos', 'G40', 'voorzitter', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_chairs"]

_CHAIRED_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Programme", "Event"})
#: the relative clause after the person, up to its verb: ", die <body> (…) voorzat / heeft voorgezeten / voorzit"
_RELATIVE = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:op\s*)?,\s*(?:[a-z][^,;()\n]{0,60},\s*)?die\s+"
                       r"(?P<clause>[^,;.()\n]{2,80}?)\s+"
                       r"(?P<verb>voorzat|voorzit|(?:heeft|had)\s+voorgezeten|voorgezeten\s+(?:heeft|had))\b")
#: the passive after a body: ", die (sinds 2023) wordt voorgezeten door (de) "
_PASSIVE = re.compile(r"\s*,\s*die\s+(?:[\w-]+\s+){0,3}?(?P<verb>wordt|werd|is|was)\s+voorgezeten\s+door\s+")
#: what may stand between "door" and the chair's name: "(de) (oud-)wethouder", "staatssecretaris"
_BEFORE_CHAIR = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")
_VERB_WORD = re.compile(r"\bvoor(?:zat|zit|gezeten)\b")
_DENIED = re.compile(r"\b(?:niet|nooit|geen|nog\s+niet)\b", re.IGNORECASE)
_NETWORK = re.compile(r"\b(?:het|ons)\s+(?:steden)?netwerk\b", re.IGNORECASE)


def find_chairs(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the hasRole (voorzitter) facts the verb "voorzitten" states in ``sentence``."""
    if not _VERB_WORD.search(sentence.text):
        return
    text = ctx.text
    for person in persons:
        relative = _RELATIVE.match(text, person.end, sentence.end)
        if relative is None or _DENIED.search(relative.group("clause")) \
                or not ctx.asserted(sentence, *relative.span("verb")):
            continue  # "die de pijler niet heeft voorgezeten"
        clause_start, clause_end = relative.span("clause")
        bodies = [m for m in ctx.in_span(clause_start, clause_end) if m.type != "Person"]
        if bodies:
            body = bodies[0] if bodies[0].type in _CHAIRED_BODIES else None
        elif _NETWORK.match(text, clause_start):
            body = _network(ctx, person.start)
        else:
            body = None
        if body is not None:
            past = relative.group("verb") != "voorzit"
            ctx.add(person, "hasRole", body, sentence, "chairs.voorgezeten", 0.7, role="voorzitter", past=past)
    for body in ctx.in_sentence(sentence):
        if body.type not in _CHAIRED_BODIES:
            continue
        passive = _PASSIVE.match(text, body.end, sentence.end)
        if passive is None or _DENIED.search(passive.group(0)) or not ctx.asserted(sentence, *passive.span("verb")):
            continue
        chair = next((p for p in persons if p.start >= passive.end()), None)
        if chair is not None and _BEFORE_CHAIR.fullmatch(text, passive.end(), chair.start):
            ctx.add(chair, "hasRole", body, sentence, "chairs.voorgezeten-door", 0.7, role="voorzitter",
                    past=passive.group("verb") in ("werd", "was"))


def _network(ctx: DocContext, before: int) -> Mention | None:
    """The city network "het netwerk" refers to: the last organisation named before whose name is one."""
    for m in reversed([m for m in ctx.mentions if m.end <= before]):
        if m.type == "Organisation" and ("G40" in m.label or "netwerk" in m.text.lower()):
            return m
    return None
