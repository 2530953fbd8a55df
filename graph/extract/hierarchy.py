"""A themagroep's place in the G40's structure: under a pijler, not directly under the network.

The G40 groups its themagroepen under its pijlers ("de themagroep Wonen van de pijler Fysiek").
A text that calls a group a "G40-themagroep" or "themagroep X van de G40" names the network as the
group's owner, but the group's direct parent is its pijler. So "themagroep X partOf G40" is replaced:

* dropped when the document also places the themagroep in a pijler;
* moved to the pijler when the document names exactly one pijler and places that pijler in the same
  organisation (a text about one pijler and its groups).

A pijler's meeting ("het ambtelijk pijleroverleg Economie en Werk van de G40") is no pijler a themagroep sits in.

Examples
--------
>>> from graph.extract.model import Mention, Relation
>>> g40 = Mention(0, 3, "G40", "Organisation", "t", 1.0, key="G40")
>>> tg = Mention(10, 20, "themagroep Wonen", "OrganisationalUnit", "t", 1.0, name="Themagroep Wonen", kind="themagroep")
>>> pijler = Mention(30, 43, "pijler Fysiek", "OrganisationalUnit", "t", 1.0, name="Pijler Fysiek", kind="pijler")
>>> facts = [Relation(tg, "partOf", g40, 0, 50, "r", 0.8), Relation(pijler, "partOf", g40, 0, 50, "r", 0.8)]
>>> [(r.subject.label, r.object.label) for r in direct_parents(facts)]
[('Themagroep Wonen', 'Pijler Fysiek'), ('Pijler Fysiek', 'G40')]
>>> overleg = Mention(30, 50, "pijleroverleg Fysiek", "OrganisationalUnit", "t", 1.0, name="Pijler Fysiek", kind="pijler")
>>> facts = [Relation(tg, "partOf", g40, 0, 50, "r", 0.8), Relation(overleg, "partOf", g40, 0, 50, "r", 0.8)]
>>> [(r.subject.label, r.object.label) for r in direct_parents(facts)]
[('Themagroep Wonen', 'G40'), ('Pijler Fysiek', 'G40')]
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["direct_parents", "pijler_meeting"]

#: unit kinds that sit under a pijler
_UNDER_PIJLER = frozenset({"themagroep"})
#: a pijler's meeting, no pijler its groups sit in: "het ambtelijk pijleroverleg Economie en Werk" (round 57s)
_MEETING = re.compile(r"overleg|vergadering", re.IGNORECASE)


def pijler_meeting(mention) -> bool:
    """Does ``mention`` name a pijler's meeting ("Ambtelijk Pijleroverleg Fysiek Domein"), which resolves to the
    pijler's name but is no pijler: its chair chairs the meeting (walkthrough 35, finding 3), its groups are the
    network's.

    >>> from graph.extract.model import Mention
    >>> pijler_meeting(Mention(0, 30, "Pijleroverleg Fysiek", "OrganisationalUnit", "t", 1.0, name="Pijler Fysiek",
    ...                        kind="pijler")), pijler_meeting(Mention(0, 13, "pijler Fysiek", "OrganisationalUnit", "t",
    ...                        1.0, name="Pijler Fysiek", kind="pijler"))
    (True, False)
    """
    return mention.kind == "pijler" and _MEETING.search(mention.text) is not None


def direct_parents(relations: list) -> list:
    """``relations`` with each themagroep's "partOf <organisation>" dropped or moved to its pijler."""
    parts = [r for r in relations if r.predicate == "partOf"]
    if not any(r.subject.kind in _UNDER_PIJLER and r.object.type == "Organisation" for r in parts):
        return relations
    in_pijler = {r.subject.label for r in parts if r.object.kind == "pijler"}
    pijlers: dict[str, list] = {}
    for r in parts:
        if r.subject.kind == "pijler" and r.object.type == "Organisation" and not pijler_meeting(r.subject):
            pijlers.setdefault(r.subject.label, []).append(r)
    kept, moved = [], set()
    for r in relations:
        if r.predicate == "partOf" and r.subject.kind in _UNDER_PIJLER and r.object.type == "Organisation":
            if r.subject.label in in_pijler:
                continue
            if len(pijlers) == 1:
                (label, found), = pijlers.items()
                if any(p.object.label == r.object.label for p in found):
                    if r.subject.label not in moved:
                        moved.add(r.subject.label)
                        kept.append(replace(r, object=found[0].subject, rule="hierarchy.pijler-of-document",
                                            confidence=min(r.confidence, 0.7)))
                    continue
        kept.append(r)
    return kept
