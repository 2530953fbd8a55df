"""A role added to a dated clause with "met X als <rol>" holds for the clause's time: "Tot 1 januari 2023 was
Arnhem coördinator, met Hugo Brand als coördinator; per die datum nam Eindhoven de rol over" (round 58t).

The "als" rules give X the role in the body the clause is about, but read the clause's period as the time of
its own subject (Arnhem) only. The phrase "met X als <rol>" right after the clause's comma tells who filled the
post in that time, so X's role takes the clause's one period: a start, an end or both, past where it ended
before the document's date. A clause with no period, or with two, dates nothing; nor does a "met X als …"
that opens a sentence of its own.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Het Partnerschap Schone Steden werkt aan schone lucht. Tot 1 januari 2023 was Arnhem coördinator van het "
...         "Partnerschap Schone Steden, met Jan Brand als coördinator; per die datum nam Ede de rol over.")
>>> [(r.subject.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2023-10-09").relations if r.predicate == "hasRole" and r.subject.type == "Person"]
[('Jan Brand', None, '2022-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods

__all__ = ["with_accompanied_terms"]

#: ", met " right before the holder's name
_WITH = re.compile(r",[ \t]+met[ \t]+$")
#: " als " right after it
_AS = re.compile(r"[ \t]+als[ \t]+")
#: where the clause before the comma begins: a sentence's start, a semicolon, a colon
_CLAUSE_START = re.compile(r"[.;:!?\n][ \t]*")


def with_accompanied_terms(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the period of its clause given to an undated "met X als <rol>"."""
    if ", met " not in text:
        return relations
    out = []
    for r in relations:
        if r.predicate == "hasRole" and r.subject.type == "Person" and not (r.valid_from or r.valid_until) \
                and _AS.match(text, r.subject.end):
            comma = _WITH.search(text, max(0, r.subject.start - 8), r.subject.start)
            if comma is not None:
                starts = [m.end() for m in _CLAUSE_START.finditer(text, max(0, comma.start() - 300), comma.start())]
                begin = starts[-1] if starts else max(0, comma.start() - 300)
                periods = find_periods(text, begin, comma.start(), year=date)
                if len(periods) == 1 and (periods[0].valid_from or periods[0].valid_until) and not periods[0].during:
                    term = periods[0]
                    ended = bool(term.valid_until and date and term.valid_until < date[:10])
                    r = dataclasses.replace(r, valid_from=term.valid_from, valid_until=term.valid_until,
                                            valid_from_precision=term.from_precision,
                                            valid_until_precision=term.until_precision, past=r.past or ended)
        out.append(r)
    return out
