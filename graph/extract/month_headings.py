"""A year's review in months: a post ended under the heading "**Oktober — Wisseling bij Mobiliteit**" of "Pijler
Fysiek — 2025 in beeld" ended in October 2025 (round 58t).

A review of a year ("2025 in beeld", "Jaaroverzicht 2025", "Terugblik op 2024") tells its year month by month,
each under a heading that opens with the month's name. A post its text tells as ended without a date of its own
("Na vier jaar droeg X het trekkerschap van de themagroep Y over aan Z", "X stopte als voorzitter") ended in the
month of its heading: its last day at the latest, of the one year the title names. Only past posts without a
time whose sentence tells the change (a handover, a leaving; not a title as "oud-wethouder X") take it; a title
with no year or two years, or a text before the first month heading, dates nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Pijler Wonen — 2025 in beeld\\n\\n**September — Nieuw netwerk**\\nHet netwerk groeit.\\n\\n"
...         "**Oktober — Wisseling bij Mobiliteit**\\nNa vier jaar droeg Jan Kok (Epe) het trekkerschap van de themagroep "
...         "Mobiliteit over aan Eva Smit (Tiel).\\n")
>>> [(r.subject.text, r.past, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2026-01-14").relations if r.predicate == "hasRole" and r.past]
[('Jan Kok', True, '2025-10-31')]
"""

from __future__ import annotations

import calendar
import dataclasses
import re

from .model import Relation
from .periods import LEAVING

__all__ = ["with_month_headings"]

_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
#: a line that opens with a month's name, bold or as a heading: "**Oktober — Wisseling**", "## Maart"
_MONTH_LINE = re.compile(rf"^[ \t]*(?:\*\*|__|#{{1,4}}[ \t]+)?(?P<month>{'|'.join(_MONTHS)})\b[^\n]{{0,80}}$",
                         re.IGNORECASE | re.MULTILINE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _changed(text: str, r: Relation) -> bool:
    """Whether ``r``'s sentence tells the post's end as a change then: a handover or a leaving, not a title
    ("oud-wethouder X") that says it ended some time before."""
    return r.rule.startswith("succession.") or LEAVING.search(text, r.evidence_start, r.evidence_end) is not None


def with_month_headings(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the month of its heading given as the end of an undated past post."""
    headings = list(_MONTH_LINE.finditer(text))
    if len(headings) < 2 or not any(r.past and not (r.valid_from or r.valid_until) for r in relations):
        return relations
    title = next((line for line in text.splitlines() if line.strip()), "")
    years = set(_YEAR.findall(title))
    if len(years) != 1 or headings[0].start() < len(title):
        return relations
    year = int(years.pop())
    out = []
    for r in relations:
        under = [h for h in headings if h.end() < r.evidence_start]
        if r.past and not (r.valid_from or r.valid_until) and under and _changed(text, r) \
                and not _YEAR.search(text, r.evidence_start, r.evidence_end):
            month = _MONTHS.index(under[-1].group("month").lower()) + 1
            last = calendar.monthrange(year, month)[1]
            r = dataclasses.replace(r, valid_until=f"{year:04d}-{month:02d}-{last:02d}", valid_until_precision="month")
        out.append(r)
    return out
