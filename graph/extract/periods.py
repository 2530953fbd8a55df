"""Periods a sentence gives its facts: "per 1 maart 2024", "sinds 2022", "tot januari 2023", "van 2019 tot en met 2022".

Each expression becomes an ISO ``valid_from`` and/or ``valid_until``:

- a start: "per", "vanaf", "sinds", "sedert", "met ingang van", "m.i.v." + a date: its first day
  ("sinds maart 2022" → 2022-03-01);
- an end: "tot en met", "t/m" + a date: its last day ("t/m 2022" → 2022-12-31); "tot" + a date:
  the day before it ("tot januari 2023" → 2022-12-31; "benoemd tot voorzitter" is no date);
- a range: "van <date> tot (en met) <date>", and "(2019-2022)" or "2019–2022".

A start in a sentence about leaving ("stopt per 1 januari 2024 als trekker", see :func:`leaving`)
is the end of what is left: the day before it.

A date is "1 maart 2024", "maart 2024", "2024" or "1-3-2024" (day first, as in Dutch). A day and
month without a year ("per 1 september") take the year of the document's date; without a
document date they are left out.

Examples
--------
>>> [(p.valid_from, p.valid_until) for p in find_periods("Per 1 maart 2024 is zij voorzitter.")]
[('2024-03-01', None)]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Van 2019 tot en met 2022 was hij trekker.")]
[('2019-01-01', '2022-12-31')]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Zij is per 1 september trekker.", year="2023")]
[('2023-09-01', None)]
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Period", "find_periods", "leaving", "day_before"]

_MONTHS = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
           "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
           "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))


def _date(p: str) -> str:
    """One date, its parts in groups named with prefix ``p``: "1 maart 2024", "maart 2024", "1 maart"
    (the document's year), "1-3-2024", "2024"."""
    return (rf"(?:(?:(?P<{p}day>\d{{1,2}})\s+)?(?P<{p}month>{_MONTH})\.?(?:\s+(?P<{p}year>(?:19|20)\d\d))?"
            rf"|(?P<{p}nday>\d{{1,2}})[-/.](?P<{p}nmonth>\d{{1,2}})[-/.](?P<{p}nyear>(?:19|20)\d\d)"
            rf"|(?P<{p}byear>(?:19|20)\d\d))(?![\w-])")


_FROM_WORDS = r"per|vanaf|sinds|sedert|met\s+ingang\s+van|m\.i\.v\.|ingaande"
_UNTIL_WORDS = r"tot\s+en\s+met|t/m|tot"
_PERIOD = re.compile(
    rf"\bvan\s+{_date('a')}\s+(?P<range_until>{_UNTIL_WORDS})\s+{_date('b')}"
    rf"|(?<![\w/-])(?P<range_year_a>(?:19|20)\d\d)\s*[-–]\s*(?P<range_year_b>(?:19|20)\d\d)(?![\w-])"
    rf"|(?:(?<=\s)|^|(?<=\())(?P<from>{_FROM_WORDS})\s+{_date('c')}"
    rf"|(?:(?<=\s)|^|(?<=\())(?P<until>{_UNTIL_WORDS})\s+{_date('d')}",
    re.IGNORECASE,
)


#: leaving a post: "stopt", "vertrekt", "neemt afscheid", "treedt af", "legt … neer"
_LEAVING = re.compile(r"\b(?:stopt|stopte|stoppen|vertrekt|vertrok|vertrekken|afscheid|treedt\s+af|trad\s+af|"
                      r"treden\s+af|legt\s+(?:\w+\s+){0,3}?neer|neergelegd)\b", re.IGNORECASE)


def leaving(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says someone leaves a post (a start date there is when it ends).

    >>> leaving("Zij stopt per 1 januari als trekker.", 0, 35)
    True
    """
    return _LEAVING.search(text, start, end) is not None


def day_before(iso: str) -> str:
    """The ISO date before ``iso``.

    >>> day_before("2024-01-01")
    '2023-12-31'
    """
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class Period:
    """A period written at ``start:end`` of the text: ISO dates, either may be None (open)."""

    start: int
    end: int
    valid_from: str | None
    valid_until: str | None


def find_periods(text: str, begin: int = 0, end: int | None = None, *, year: str | None = None) -> list[Period]:
    """The periods written in ``text[begin:end]``; ``year``: the document's, for dates without one."""
    found = []
    for match in _PERIOD.finditer(text, begin, len(text) if end is None else end):
        groups = match.groupdict()
        if groups["range_year_a"]:
            a, b = int(groups["range_year_a"]), int(groups["range_year_b"])
            if a < b:
                found.append(Period(match.start(), match.end(), f"{a}-01-01", f"{b}-12-31"))
            continue
        if groups["range_until"]:
            first, last = _parse(groups, "a", year), _parse(groups, "b", year)
            until = _until(last, groups["range_until"])
            if first is not None and until is not None and first[0] <= until:
                found.append(Period(match.start(), match.end(), first[0].isoformat(), until.isoformat()))
            continue
        if groups["from"]:
            first = _parse(groups, "c", year)
            if first is not None:
                found.append(Period(match.start(), match.end(), first[0].isoformat(), None))
            continue
        last = _parse(groups, "d", year)
        until = _until(last, groups["until"])
        if until is not None:
            found.append(Period(match.start(), match.end(), None, until.isoformat()))
    return found


def _until(parsed: tuple[date, date] | None, word: str) -> date | None:
    """The last day of a period that ends "tot" (before) or "tot en met" (including) a date."""
    if parsed is None:
        return None
    inclusive = word.lower() != "tot"
    return parsed[1] if inclusive else parsed[0] - timedelta(days=1)


def _parse(groups: dict, prefix: str, year: str | None) -> tuple[date, date] | None:
    """The first and last day of the date in ``groups`` (named with ``prefix``); None if not a date."""
    get = lambda name: groups.get(prefix + name)  # noqa: E731 - a local shorthand
    try:
        if get("byear"):
            y = int(get("byear"))
            return date(y, 1, 1), date(y, 12, 31)
        if get("nyear"):
            day = date(int(get("nyear")), int(get("nmonth")), int(get("nday")))
            return day, day
        month = _MONTHS[get("month").lower()]
        y = int(get("year") or (year or "")[:4] or 0)
        if not y:
            return None
        if get("day"):
            day = date(y, month, int(get("day")))
            return day, day
        return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])
    except (ValueError, KeyError, TypeError):
        return None  # "31 februari 2023", "0-13-2023"
