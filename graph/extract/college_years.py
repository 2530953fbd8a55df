"""The years a register's writer sat in a college with the one it remembers: "[12 maart 2025, 09.40 uur] Hilde
Spanjaard, oud-wethouder van Deventer" over "Wij zaten van 2014 tot 2018 samen in het college." (round 58t).

A condolence register or a guestbook gives each entry a line with its writer's name and post, then the
writer's own words. Its "wij zaten … samen in het college" is the writer's time as wethouder: the post the
entry's line gives them (a wethouder, an oud-wethouder) held in that period, past where it ended before the
document's date. Only a period with both ends ("van 2014 tot 2018"), only the writer's undated wethouder post on
the entry's own line, and only in the words of that entry (up to the next entry's line); "wij zaten samen in
de raad" or a writer without a wethouder post dates nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Condoleanceregister Jan Kok\\n\\n[12 maart 2025, 09.40 uur] Eva Smit, oud-wethouder van Deventer\\n"
...         "Wij zaten van 2014 tot 2018 samen in het college. Hij was mijn leermeester.\\n")
>>> [(r.subject.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-03-14").relations if r.predicate == "hasRole"]
[('Eva Smit', '2014-01-01', '2017-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods

__all__ = ["with_college_years"]

#: an entry's line: "[12 maart 2025, 09.40 uur] " (or "12-03-2025 09:40 - ") before the writer's name
_ENTRY = re.compile(r"^(?:\[[^\]\n]{4,40}\]|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}[ \t]*-)[ \t]*", re.MULTILINE)
#: "Wij zaten van 2014 tot 2018 samen in het college"
_SAT_TOGETHER = re.compile(r"\b[Ww]ij[ \t]+zaten[ \t]+(?P<when>van[ \t]+\d{4}[ \t]+tot(?:[ \t]+en[ \t]+met)?[ \t]+\d{4})"
                           r"[ \t]+(?:samen[ \t]+)?in[ \t]+het[ \t]+college\b")


def with_college_years(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the period of "wij zaten … samen in het college" given to the entry writer's wethouder post."""
    if "zaten" not in text:
        return relations
    entries = [m.end() for m in _ENTRY.finditer(text)]
    if not entries:
        return relations
    out = []
    for r in relations:
        if r.predicate == "hasRole" and r.role == "wethouder" and r.subject.start in entries \
                and not (r.valid_from or r.valid_until):
            following = [start for start in entries if start > r.subject.start]
            end = text.rfind("\n", 0, following[0]) if following else len(text)
            sat = [m for m in _SAT_TOGETHER.finditer(text, r.evidence_end, max(end, r.evidence_end))]
            periods = find_periods(text, sat[0].start("when"), sat[0].end("when"), year=date) if len(sat) == 1 else []
            if len(periods) == 1 and periods[0].valid_from and periods[0].valid_until:
                term = periods[0]
                r = dataclasses.replace(r, valid_from=term.valid_from, valid_until=term.valid_until,
                                        valid_from_precision=term.from_precision, valid_until_precision=term.until_precision,
                                        past=r.past or bool(date and term.valid_until < date[:10]))
        out.append(r)
    return out
