"""The one succeeded does not take the successor's start: "(Jansen volgde per 1 januari 2024 wethouder R. Kok op
als trekker)" ends Kok's trekkerschap on 31 December 2023 (round 58t).

"X volgde per D Y op als R" gives X the role R from D and Y the role up to the day before
(:mod:`graph.extract.succession`). Where X is no person the text names in full (a surname alone, "Jansen"),
the rule of "als R" reads the name nearest before it, Y, and dated Y's role from D: the one who left started
on the day of leaving. Here a role whose holder stands right between "volgde(n) … <date>" and "op als <role>"
is that holder's past post: it ends the day before D, and is past where that day is before the document's
date. A holder after "op als" ("X volgde per D Y op als trekker" with Y the subject of another clause) or a
sentence without "volgde … op" keeps its time.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Jaarverslag Regio Deal Twente 2023 (Jansen volgde per 1 januari 2024 wethouder R. Kok op als trekker)."
>>> [(r.subject.text, r.role, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-03-20").relations if r.predicate == "hasRole"]
[('R. Kok', 'trekker', None, '2023-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import day_before

__all__ = ["with_succeeded_starts"]

#: "volgde per 1 januari 2024 (wethouder) " right before the holder's name
_FOLLOWED_ON = re.compile(r"\b(?:volgde|volgden|volgt|volgen)\s+(?:per|op|vanaf|met\s+ingang\s+van)\s+[^,;:()|\n]{3,25}?\s+"
                          r"(?:(?:de\s+)?[a-zà-ÿ][\w-]*\s+){0,2}$")
#: " op als trekker" right after the holder's name
_UP_AS = re.compile(r"\s+op\s+als\s+")


def with_succeeded_starts(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with a started role of the one succeeded turned into that role's end."""
    if "op als" not in text:
        return relations
    out = []
    for r in relations:
        if r.predicate == "hasRole" and r.subject.type == "Person" and r.valid_from and not r.valid_until \
                and _UP_AS.match(text, r.subject.end) and _FOLLOWED_ON.search(text, max(0, r.subject.start - 80),
                                                                              r.subject.start):
            until = day_before(r.valid_from)
            r = dataclasses.replace(r, valid_from=None, valid_from_precision=None, valid_until=until,
                                    valid_until_precision=None, past=r.past or bool(date and until < date[:10]))
        out.append(r)
    return out
