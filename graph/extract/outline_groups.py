"""A programme's working groups in its mind map: the items under "Werkgroepen" (round 59e).

A programme's map, exported as a nested outline (:mod:`graph.extract.outline_maps`), lists its working groups by
their titles alone under a label that is the plural of a kind of unit::

    - Programma Sterke Wijk Noord
      - Werkgroepen
        - Schoon en Heel
          - trekker: J. Bos
          - met Stadswerk Ede
        - Jeugd & Sport
          - trekker: E. Smit
          - GGD Gelderland-Midden schuift aan

Each item right under the label ("Werkgroepen", "Themagroepen", "Projectgroepen", "Werkstromen", "Werksporen") whose
title names nothing recognised is a unit of that kind, named by its title (:func:`outline_group_units`, rule
``units.outline-group``), and part of the programme at the root (:func:`find_outline_groups`, rule
``outline.group-part``); the "role: name" items under it are then read as roles in it by
:mod:`graph.extract.outline_maps`. An organisation under it "met X" or "X schuift aan" takes part in the group
(``outline.group-party``). Not read: a label that is no plural of a unit kind ("Open punten", "Kennis & leren"),
an item that is a "role: name" field or a sentence, an outline whose root names no programme.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Kaart\\n\\n- Programma Sterke Wijk Noord\\n  - Opdrachtgever\\n    - Gemeente Ede\\n"
...         "      - programmamanager: Jan Bos\\n  - Werkgroepen\\n    - Schoon en Heel\\n      - trekker: Eva Smit\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()
...        ).relations if "Schoon en Heel" in (r.subject.text, r.object.text))
[('Eva Smit', 'hasRole', 'Schoon en Heel', 'trekker'), ('Schoon en Heel', 'partOf', 'Programma Sterke Wijk Noord', None)]
"""

from __future__ import annotations

import re

from .model import Mention
from .outline_maps import _items, _named, _root

__all__ = ["outline_group_units", "find_outline_groups", "GROUP_UNIT_RULE"]

GROUP_UNIT_RULE = "units.outline-group"

#: a label over a programme's groups, the plural of a kind of unit → that kind
_PLURALS = {"werkgroepen": "werkgroep", "themagroepen": "themagroep", "projectgroepen": "werkgroep",
            "werkstromen": "werkgroep", "werksporen": "werkspoor", "taskforces": "taskforce", "expertgroepen": "werkgroep"}
#: a group's title: a few capitalised words or ones joined by "&", "en", "in de", no colon or sentence end
_TITLE = re.compile(r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:&|en|in|de|het|van|voor|op|[A-ZÀ-Ýa-zà-ÿ][\w’'-]*)){0,6}")
#: an organisation that joins the group: "met UWV", "GGD Twente schuift aan"
_JOINS = re.compile(r"\s*(?:met\s+(?P<with>\S[^\n]*?)|(?P<who>\S[^\n]*?)\s+(?:schuift|schuiven|sluit|sluiten)\s+aan)\s*")
_ACTORS = frozenset({"Organisation", "Municipality", "Province", "Ministry"})


def _group_items(text: str):
    """(item, kind) of each item right under a plural unit-kind label, in an outline of at least two levels."""
    if "\n  " not in text or not any(plural in text.lower() for plural in _PLURALS):
        return
    for item in _items(text):
        label = item.parent
        if label is None or label.parent is None:
            continue
        kind = _PLURALS.get(text[label.text_start:label.end].strip().strip("*").strip().lower())
        if kind is not None and _TITLE.fullmatch(text, item.text_start, item.end):
            yield item, kind


def outline_group_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """The groups an outline lists under "Werkgroepen" by their titles, as units (see the module).

    >>> text = "- Programma X\\n  - Werkgroepen\\n    - Schoon en Heel\\n      - trekker: Eva Smit\\n  - Open punten\\n    - Budget\\n"
    >>> [(m.text, m.kind) for m in outline_group_units(text, [])]
    [('Schoon en Heel', 'werkgroep')]
    """
    found = []
    for item, kind in _group_items(text):
        if any(m.start < item.end and item.text_start < m.end for m in mentions):
            continue  # a title that names something recognised (a town, an organisation) is read as that
        found.append(Mention(item.text_start, item.end, text[item.text_start:item.end], "OrganisationalUnit",
                             GROUP_UNIT_RULE, 0.7, kind=kind))
    return found


def find_outline_groups(ctx) -> None:
    """Each outline group is part of the root's programme; an organisation "met" it or joining it takes part."""
    for item, _kind in _group_items(ctx.text):
        unit = next((m for m in ctx.in_span(item.text_start, item.end) if m.rule == GROUP_UNIT_RULE), None)
        programme = _named(ctx, _root(item), {"Programme"})
        sentence = ctx.sentence_at(item.text_start)
        if unit is None or programme is None or sentence is None:
            continue
        ctx.add(unit, "partOf", programme, sentence, "outline.group-part", 0.7)
        for child in (i for i in _items(ctx.text) if i.parent is not None and i.parent.start == item.start):
            joins = _JOINS.fullmatch(ctx.text, child.text_start, child.end)
            if joins is None:
                continue
            span = joins.span("with") if joins["with"] else joins.span("who")
            actors = [m for m in ctx.in_span(*span) if m.type in _ACTORS]
            if len(actors) == 1 and actors[0].start - span[0] <= 4:
                ctx.add(actors[0], "participatesIn", unit, ctx.sentence_at(child.text_start) or sentence,
                        "outline.group-party", 0.7)
