"""A participation's start, stated once, dates its other mentions in the same document.

A news item "Emmen treedt toe tot City Deal X" whose body says "Emmen neemt vanaf 1 januari 2027
deel aan City Deal X" and later "Met Emmen zijn er vier steden aangesloten" tells one
participation, which starts on 1 January 2027: the headline and the count do not start it on the
item's date (round 45x, walkthrough 19 finding 34). When the sentences of a document that date
a participation agree on one start (and none ends it or makes it past), its undated mentions in
that document take that start; two different starts date nothing anew.

>>> from graph.extract.model import Mention, Relation
>>> town = Mention(0, 5, "Emmen", "Municipality", "gazetteer", 1.0)
>>> deal = Mention(20, 30, "City Deal X", "Programme", "programmes", 1.0)
>>> undated = Relation(town, "participatesIn", deal, 0, 40, "relations.toetreden", 0.8)
>>> dated = Relation(town, "participatesIn", deal, 50, 90, "relations.participeren", 0.8, valid_from="2027-01-01")
>>> [r.valid_from for r in with_stated_starts([undated, dated])]
['2027-01-01', '2027-01-01']
"""

from __future__ import annotations

import dataclasses
import logging

__all__ = ["with_stated_starts"]

logger = logging.getLogger(__name__)


def _participation(relation) -> tuple:
    """The participation a relation states, whatever its offsets: both ends by label, type and key."""
    s, o = relation.subject, relation.object
    return (s.label, s.type, s.key, o.label, o.type, o.key)


def with_stated_starts(relations: list) -> list:
    """``relations`` with each undated, open participation dated by the one start its document's
    other sentences give the same participation (see the module docstring)."""
    starts: dict[tuple, set] = {}
    for r in relations:
        if r.predicate == "participatesIn" and (r.valid_from or r.valid_until or r.past):
            starts.setdefault(_participation(r), set()).add((r.valid_from, r.valid_from_precision, r.valid_until, r.past))
    if not starts:
        return relations
    stated = {key: next(iter(found)) for key, found in starts.items() if len(found) == 1}
    out = []
    for r in relations:
        start = stated.get(_participation(r)) if r.predicate == "participatesIn" else None
        if start is not None and start[0] and not start[2] and not start[3] \
                and not (r.valid_from or r.valid_until or r.past):
            r = dataclasses.replace(r, valid_from=start[0], valid_from_precision=start[1], appointed=False)
        out.append(r)
    return out
