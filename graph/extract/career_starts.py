"""A post someone began in on a date: "Liza begon haar loopbaan in 2012 als beleidsadviseur bij de gemeente
Hengelo, waar zij tot 2016 werkte" (round 58t).

The "als" rules give the role in the body after "bij", without the date between the verb and "als": the
period rules read "begon in 2012" as a change, not as the time of a state. Here "begon" or "startte" (with "haar
loopbaan" or "zijn carrière" perhaps), a date ("in 2012", "op 1 mei 2016", "per 1 mei 2016") and "als <rol>"
start the role that word names from that date; a relative clause right after the body, ", waar zij tot 2016
werkte", ends it (the day before, as "tot" does), and the post is past where that end is before the
document's date. A date to come ("begint in 2027 als …"), another role word, or a role the sentence already
dates keeps its time.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Eva Kok begon haar loopbaan in 2012 als beleidsadviseur bij de gemeente Hengelo, waar zij tot 2016 werkte."
>>> [(r.object.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2023-10-09").relations if r.predicate == "hasRole"]
[('Hengelo', '2012-01-01', '2015-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import _DURING, _ON_DATED_DAY, _parse, find_periods, precision
from .role_words import role_of

__all__ = ["with_career_starts"]

#: "begon haar loopbaan in 2012 als beleidsadviseur", "startte op 1 mei 2016 als programmamanager"
_BEGAN_AS = re.compile(r"\b(?:begon|begonnen|startte|startten)\s+(?:(?:zijn|haar|mijn|hun)\s+(?:loopbaan|carrière|"
                       r"werkzame\s+leven)\s+)?(?P<when>(?:in|op|per)\s+(?:\d{1,2}\s+)?(?:[a-z]+\s+)?\d{4})\s+als\s+"
                       r"(?P<role>[\w-]+)")
#: ", waar zij tot 2016 werkte" right after the body
_WHERE_UNTIL = re.compile(r"[ \t]*,[ \t]+waar[ \t]+(?:zij|hij|ze)[ \t]+(?P<when>tot[ \t]+[^,;:.()\n]{1,25}?)[ \t]+"
                          r"(?:werkte|bleef)\b")


def _start(text: str, begin: int, end: int) -> tuple[str, str | None] | None:
    found = [(m, "e") for m in _DURING.finditer(text, begin, end)] + [(m, "o") for m in _ON_DATED_DAY.finditer(text, begin, end)]
    if len(found) != 1:
        return None
    days = _parse(found[0][0].groupdict(), found[0][1], None, None)
    return (days[0].isoformat(), precision(days)) if days else None


def with_career_starts(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the start (and end) "X begon in <date> als <rol> bij Y (, waar zij tot … werkte)" gives."""
    if "begon" not in text and "startte" not in text:
        return relations
    out = []
    for r in relations:
        began = _BEGAN_AS.search(text, r.evidence_start, r.evidence_end) \
            if r.predicate == "hasRole" and not (r.valid_from or r.valid_until) else None
        role = role_of(began.group("role")) if began is not None else None
        if role is not None and role.label == r.role and r.subject.end <= began.start() and began.end() <= r.object.start \
                and r.object.start - began.end() <= 80:
            start = _start(text, began.start("when"), began.end("when"))
            if start is not None and not (date and start[0] > date[:10]):
                ended = _WHERE_UNTIL.match(text, r.object.end)
                periods = find_periods(text, ended.start("when"), ended.end("when"), year=date) if ended else []
                until = periods[0] if len(periods) == 1 and periods[0].valid_until and not periods[0].valid_from else None
                r = dataclasses.replace(r, valid_from=start[0], valid_from_precision=start[1],
                                        valid_until=until.valid_until if until else None,
                                        valid_until_precision=until.until_precision if until else None,
                                        past=r.past or bool(until and date and until.valid_until < date[:10]))
        out.append(r)
    return out
