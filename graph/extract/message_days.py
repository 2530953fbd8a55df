"""A date without a year in a chat message is of the message's day, not of the export's (round 58t).

A chat export (:mod:`graph.extract.chat_messages`) is dated by the day it was exported; each message carries
the day it was written: "10-10-2024 09:48 - Eva Smit: per 1 november ga ik aan de slag als … bij VRO". The
rules read "per 1 november" in the document's year, so an export of March 2025 started that post on 1
November 2025, seven months after the export, where its writer meant 1 November 2024. Here a relation told in
a message whose time came from such a date takes the time the same words give in the message's year: the
periods of its evidence read with the message's day, where they differ from those read with the document's.
A date with its year ("per 1 november 2024"), a message of the document's own day, or a text that is no chat
export, keeps its time.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("03-09-2024 09:12 - Eva Smit: Welkom allemaal in de groep van de themagroep Wonen.\\n"
...         "10-10-2024 09:48 - Eva Smit: Per 1 november ga ik aan de slag als senior beleidsmedewerker bij VRO.\\n")
>>> [(r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-03-17").relations
...  if r.predicate == "hasRole"]
[('VRO', '2024-11-01')]
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from .model import Relation
from .periods import find_periods

__all__ = ["message_day", "with_message_days"]

#: a message's stamp at the start of its line: "10-10-2024 09:48 - ", "[10-10-2024 09:48:02] ", "10/10/24, 09:48 - "
_STAMP = re.compile(r"^\[?(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4}|\d{2}),?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*"
                    r"(?:-[ \t]*)?(?P<who>[^:\n]{2,60}?):[ \t]", re.MULTILINE)


def _days(text: str) -> tuple[list[int], list[str]]:
    """The start of each message and its day (ISO), in text order."""
    starts, days = [], []
    for match in _STAMP.finditer(text):
        day, month, year = int(match.group("d")), int(match.group("m")), match.group("y")
        if 1 <= day <= 31 and 1 <= month <= 12:
            starts.append(match.start())
            days.append(f"{2000 + int(year) if len(year) == 2 else int(year):04d}-{month:02d}-{day:02d}")
    return starts, days


def message_day(text: str, at: int) -> tuple[str, str] | None:
    """(day, writer) of the chat message that holds the offset ``at``, else None (no chat export).

    >>> message_day("1-2-2025 10:00 - Eva Smit: Hoi\\n3-2-2025 11:00 - Jan Kok: Ik kom.\\n", 40)
    ('2025-02-03', 'Jan Kok')
    """
    matches = [m for m in _STAMP.finditer(text)]
    if len(matches) < 2:
        return None
    before = [m for m in matches if m.start() <= at]
    if not before:
        return None
    starts, days = _days(text[before[-1].start():before[-1].end()])
    return (days[0], before[-1].group("who").strip()) if days else None


def with_message_days(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` told in a chat message with the time its words give in the message's year."""
    starts, days = _days(text) if date and ":" in text else ([], [])
    if len(starts) < 2:
        return relations
    out = []
    for r in relations:
        k = bisect.bisect_right(starts, r.evidence_start) - 1
        said = days[k] if k >= 0 and (k + 1 == len(starts) or r.evidence_end <= starts[k + 1]) else None
        if said is not None and said != date[:10] and (r.valid_from or r.valid_until):
            as_dated = find_periods(text, r.evidence_start, r.evidence_end, year=date)
            as_said = find_periods(text, r.evidence_start, r.evidence_end, year=said)
            if len(as_dated) == len(as_said):
                for then, now in zip(as_dated, as_said):
                    if (then.valid_from, then.valid_until) == (now.valid_from, now.valid_until):
                        continue
                    changes = {}
                    if r.valid_from and r.valid_from == then.valid_from:
                        changes["valid_from"] = now.valid_from
                    if r.valid_until and r.valid_until == then.valid_until:
                        changes["valid_until"] = now.valid_until
                    if changes:
                        r = dataclasses.replace(r, **changes)
                        break
        out.append(r)
    return out
