"""A town said to take part since a date, without naming in what: "… noemt Emmen, dat sinds 2022 deelneemt, als
voorbeeld" dates the one participation the document gives Emmen (round 58t).

A text names what a town takes part in once ("de City Deal X, waar twaalf steden aan deelnemen, waaronder
Emmen") and comes back to it with the verb alone: "Emmen, dat sinds 2022 deelneemt". The relative clause has no
object, so no rule reads a relation in it; its start belongs to the participation the document already gave
that town. Only where the town takes part in exactly one thing in the document (two: which one is meant the
text does not say), only a start ("sinds", "vanaf", "per") told in the present, and only for a participation
without a time of its own.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Aan de City Deal Zon doen inmiddels twaalf steden mee, waaronder Tiel en Emmen. "
...         "Het verslag noemt Emmen, dat sinds 2022 deelneemt, als voorbeeld.")
>>> sorted({(r.subject.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2023-06-29").relations if r.predicate == "participatesIn"})
[('Emmen', '2022-01-01'), ('Tiel', None)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods

__all__ = ["with_objectless_starts"]

#: ", dat sinds 2022 deelneemt", ", die vanaf 1 maart meedoet" right after the town's name
_SINCE_TAKING_PART = re.compile(r"[ \t]*,[ \t]+(?:dat|die)[ \t]+(?P<when>(?:sinds|vanaf|per)[ \t]+[^,;:.()\n]{1,25}?)"
                                r"[ \t]+(?:deelneemt|deelnemen|meedoet|meedoen)\b")


def with_objectless_starts(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the start "X, dat sinds <date> deelneemt" gives X's one participation."""
    if "deelneemt" not in text and "meedoet" not in text and "deelnemen" not in text and "meedoen" not in text:
        return relations
    things: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "participatesIn":
            things.setdefault(r.subject.text, set()).add(r.object.text.lower())
    starts: dict[str, tuple] = {}
    for name, objects in things.items():
        if len(objects) != 1:
            continue
        told = [m for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                if _SINCE_TAKING_PART.match(text, m.end())]
        if len(told) == 1:
            clause = _SINCE_TAKING_PART.match(text, told[0].end())
            periods = find_periods(text, clause.start("when"), clause.end("when"), year=date)
            if len(periods) == 1 and periods[0].valid_from and not periods[0].valid_until \
                    and not (date and periods[0].valid_from > date[:10]):
                starts[name] = (periods[0].valid_from, periods[0].from_precision)
    if not starts:
        return relations
    return [dataclasses.replace(r, valid_from=starts[r.subject.text][0], valid_from_precision=starts[r.subject.text][1])
            if r.predicate == "participatesIn" and r.subject.text in starts and not (r.valid_from or r.valid_until)
            else r for r in relations]
