"""A participation told in the past in a relative clause after the programme: "Eindrapport kennistraject X,
waaraan Deventer en Zwolle in 2023 deelnamen", "het Leernetwerk X, dat Platform31 van 2021 tot en met 2025
begeleidde en waarin Venlo en Dordrecht deelnamen" (round 58t).

The relation itself comes from the participation rules; they read the clause without its time. Here a
clause opened by "waaraan", "waarin" or "waarbij" and closed by a past tense of taking part ("deelnamen",
"deelnam", "meededen", "meedeed") dates the participation of every town or organisation it names:

- with one time of its own ("in 2023", "in maart 2022") that ended before the document's date: the
  participation held then (from its first to its last day) and is over;
- without one, where the relative clause before it ("dat Platform31 van 2021 tot en met 2025 begeleidde en")
  gives one period that ended before the document's date: the participation is over, its time unknown.

A present tense ("waaraan Deventer deelneemt"), a time not yet over, or no time at all leaves the fact as
it was.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Eindrapport kennistraject Binnenstad Nu, waaraan Deventer en Zwolle in 2023 deelnamen."
>>> sorted((r.subject.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-03-20").relations if r.predicate == "participatesIn")
[('Deventer', '2023-01-01', '2023-12-31', True), ('Zwolle', '2023-01-01', '2023-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import _DURING, _parse, find_periods, precision

__all__ = ["with_relative_participations"]

#: ", waaraan Deventer en Zwolle in 2023 deelnamen", " en waarin onder meer Venlo en Dordrecht deelnamen"
_RELATIVE_PAST = re.compile(r"\b(?:waaraan|waarin|waarbij)\s+[^.;:()|\n]{1,160}?\b(?:deelnamen|deelnam|meededen|meedeed)\b",
                            re.IGNORECASE)
#: the relative clause before it, back to the antecedent's comma: ", dat Platform31 van 2021 tot en met 2025 begeleidde en "
_CLAUSE_BEFORE = re.compile(r",\s+(?:dat|die)\s+[^,;:()|\n.]{1,160}?\s+en\s+$", re.IGNORECASE)


def _time_of_its_own(text: str, begin: int, end: int, date: str | None) -> tuple | None:
    """(from, until, precision) of the one "in <date>" of the clause, where it ended before ``date``."""
    found = [_parse(m.groupdict(), "e", None, None) for m in _DURING.finditer(text, begin, end)]
    if len(found) != 1 or found[0] is None or not date or found[0][1].isoformat() >= date[:10]:
        return None
    days = found[0]
    return days[0].isoformat(), days[1].isoformat(), precision(days)


def _ended_before(text: str, end: int, date: str | None) -> bool:
    """Whether the relative clause right before ``end`` gives one period that ended before ``date``."""
    clause = _CLAUSE_BEFORE.search(text, max(0, end - 200), end)
    periods = find_periods(text, clause.start(), clause.end(), year=date) if clause is not None and date else []
    return len(periods) == 1 and bool(periods[0].valid_until) and periods[0].valid_until < date[:10]


def with_relative_participations(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the time (or the end) a past relative clause of taking part gives its participations."""
    clauses = [m for m in _RELATIVE_PAST.finditer(text)] if "waar" in text else []
    if not clauses:
        return relations
    out = []
    for r in relations:
        clause = next((m for m in clauses if m.start() <= r.subject.start and r.subject.end <= m.end()
                       and r.object.end <= m.start()), None) if r.predicate == "participatesIn" and not r.past else None
        if clause is not None and not (r.valid_from or r.valid_until):
            own = _time_of_its_own(text, clause.start(), clause.end(), date)
            if own is not None:
                since, until, exact = own
                r = dataclasses.replace(r, valid_from=since, valid_until=until, valid_from_precision=exact,
                                        valid_until_precision=exact, past=True)
            elif _ended_before(text, clause.start(), date) and not _DURING.search(text, clause.start(), clause.end()):
                r = dataclasses.replace(r, past=True)
        out.append(r)
    return out
