"""The municipal office of a successor named with its title only: "Wethouder X van Leeuwarden heeft per 1 februari
2026 afscheid genomen als wethouder. Haar opvolger is wethouder Y." (walkthrough 38, finding 14).

A wethouder or burgemeester holds that office in one municipality, and an announcement of a successor in it names
the town once, with the one who leaves. When the document ends the predecessor's office of that title in one
municipality and names the successor with the same title and no town of their own, the successor holds it there
from the day after the predecessor's last day. Nothing when the succession names another post ("Haar opvolger als
voorzitter is wethouder Y": Y may be wethouder anywhere), when the successor's town is known from the document,
or when the predecessor's office is not ended in it.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Beste collega's,\\n\\nWethouder Eva Kok van Ede heeft per 1 februari 2026 afscheid genomen als wethouder. "
...         "Haar opvolger is wethouder Jan Smit.\\n")
>>> sorted((r.subject.text, r.role, r.object.text, r.valid_from, r.valid_until) for r in extract(
...     "d", text, gazetteer=load_gazetteer(), date="2026-02-10").relations if r.predicate == "hasRole")
[('Eva Kok', 'wethouder', 'Ede', None, '2026-01-31'), ('Jan Smit', 'wethouder', 'Ede', '2026-02-01', None)]
"""

from __future__ import annotations

import re

from .model import Relation
from .periods import day_after
from .role_words import role_of

__all__ = ["with_successor_offices"]

#: the title right before the successor's name: "(is) wethouder Jan Smit"
_TITLE_BEFORE = re.compile(r"(?:^|\s)([^\W\d_][\w-]*)\s+$")
_ALS = re.compile(r"\bals\b", re.IGNORECASE)


def with_successor_offices(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the office of each successor named by its title alone in the predecessor's municipality
    (see the module)."""
    successions = [r for r in relations if r.predicate == "succeeded" and r.subject.type == "Person"
                   and r.object.type == "Person"]
    if not successions:
        return relations
    placed = {r.subject.label for r in relations if r.predicate == "hasRole" and r.object.type == "Municipality"}
    added = []
    for succession in successions:
        successor, predecessor = succession.subject, succession.object
        if successor.label in placed:
            continue  # the document places the successor itself
        title = _TITLE_BEFORE.search(text, max(succession.evidence_start, successor.start - 30), successor.start)
        role = role_of(title.group(1)) if title else None
        if role is None or role.scope != "municipality" \
                or _ALS.search(text, succession.evidence_start, successor.start):
            continue  # no municipal title, or "Haar opvolger als voorzitter is …": another post
        ended = [r for r in relations if r.predicate == "hasRole" and r.subject.label == predecessor.label
                 and r.object.type == "Municipality" and r.role == role.label and r.valid_until]
        if len({r.object.key or r.object.label for r in ended}) != 1:
            continue
        office = ended[0]
        added.append(Relation(successor, "hasRole", office.object, min(office.evidence_start, succession.evidence_start),
                              max(office.evidence_end, succession.evidence_end), "roles.successor-office", 0.6,
                              role=role.label, valid_from=day_after(office.valid_until)))
        placed.add(successor.label)
    return relations + added
