"""A writer's last working day and the successor they name: "Mijn laatste werkdag bij Deventer is 31 oktober. Tom
Verhoeven volgt mij op als programmamanager wonen in Deventer." (round 58t).

In a message (a chat export's, a mail's) the writer tells the day their post ends and who takes it over. The
successor's role, read by :mod:`graph.extract.follows_me` from "X volgt mij op als <rol> …" without a date,
starts the day after the last working day; the same role of the writer in the same body (named anywhere in the
document, perhaps by the first name alone: "Ilse, programmamanager wonen bij Deventer") ends on it, and is past
where that day is before the document's date. The day is read in the year of the message's stamp where it has
none ("31 oktober" in a message of 10 October 2024). A message without a successor named so, or a last day
without a date, changes nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("04-09-2024 08:57 - Eva Smit: Eva, programmamanager wonen bij Epe.\\n"
...         "10-10-2024 09:48 - Eva Smit: Mijn laatste werkdag bij Epe is 31 oktober. Tom Kok volgt mij op als "
...         "programmamanager wonen in Epe.\\n")
>>> sorted((r.subject.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-03-17").relations if r.predicate == "hasRole")
[('Eva', None, '2024-10-31', True), ('Tom Kok', '2024-11-01', None, False)]
"""

from __future__ import annotations

import dataclasses
import datetime
import re

from .message_days import message_day
from .model import Relation
from .periods import _ANY_DATE, _parse

__all__ = ["with_last_working_day"]

#: "Mijn laatste werkdag (bij Deventer) is 31 oktober"
_LAST_DAY = re.compile(r"\b[Mm]ijn\s+laatste\s+(?:werk)?dag\s+(?:bij\s+[^.;:\n]{1,60}?\s+)?(?:is|valt\s+op|wordt)\s+"
                       r"(?:op\s+)?(?:vrijdag\s+|donderdag\s+|woensdag\s+|dinsdag\s+|maandag\s+)?")
#: "X volgt mij op als <rol>"
_FOLLOWS_ME = re.compile(r"\bvolgt\s+mij\s+(?:[^.;:\n]{0,30}?\s+)?op\s+als\b")


def _writes(name: str, writer: str | None) -> bool:
    """Whether ``name`` is the message's writer: the name, or its first or last word ("Ilse" of "Ilse Bakkenes")."""
    words = writer.split() if writer else []
    return bool(words) and (name == writer or name in (words[0], words[-1]))


def with_last_working_day(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the successor's start and the writer's end a last working day gives."""
    if "laatste" not in text or "volgt mij" not in text:
        return relations
    out = list(relations)
    for last in _LAST_DAY.finditer(text):
        day = _ANY_DATE.match(text, last.end())
        message = message_day(text, last.start())
        said, writer = message if message is not None else (date, None)
        days = _parse(day.groupdict(), "x", said, None) if day is not None else None
        end = text.find("\n", last.end())
        end = len(text) if end < 0 else end
        follows = _FOLLOWS_ME.search(text, last.end(), end)
        if days is None or follows is None:
            continue
        until = days[0].isoformat()
        since = (days[0] + datetime.timedelta(days=1)).isoformat()
        successors = [k for k, r in enumerate(out) if r.predicate == "hasRole" and r.evidence_start <= follows.start()
                      < r.evidence_end and r.subject.end <= follows.start() and not (r.valid_from or r.valid_until)]
        for k in successors:
            taken = out[k]
            out[k] = dataclasses.replace(taken, valid_from=since)
            for j, r in enumerate(out):
                if j != k and r.predicate == "hasRole" and r.role == taken.role and _writes(r.subject.text, writer) \
                        and r.object.text.lower() == taken.object.text.lower() and r.evidence_start < last.start() \
                        and not (r.valid_from or r.valid_until):
                    out[j] = dataclasses.replace(r, valid_until=until, past=r.past or bool(date and until < date[:10]))
    return out
