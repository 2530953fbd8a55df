"""Dates and times as a reader of a page sees them: "7 december 2026", "5 december 2026, 23.48 uur".

Pages for people (the explorer, its static copy, the network page) show dates in words and a build
time in the G40's own zone, Europe/Amsterdam, whatever the machine's or the viewer's clock says, so
that two pages of one graph are the same bytes wherever they are made. JSON and machine-readable
attributes (``<time datetime>``) keep the ISO text.

Examples
--------
>>> date_words("2026-12-07"), date_words("2026-12-07", "en"), date_words("2026-04"), date_words("n.v.t.")
('7 december 2026', '7 December 2026', 'april 2026', 'n.v.t.')
>>> time_words("2026-12-05T22:48:01+00:00"), time_words("2026-07-01T10:05:00+00:00", "en")
('5 december 2026, 23.48 uur', '1 July 2026, 12:05')
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

__all__ = ["ZONE", "date_words", "local_date", "time_words", "today"]

#: the zone of every time on a page: the G40's (not the machine's, not the viewer's)
ZONE = "Europe/Amsterdam"

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
_DATE = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")


def date_words(value, lang: str = "nl") -> str:
    """An ISO date (``2026-12-07``) or month (``2026-12``) in words; any other text as it is.

    >>> date_words("2026-13-01"), date_words(None), date_words("2026-03-01", "de")
    ('2026-13-01', '', '1 maart 2026')
    """
    text = "" if value is None else str(value)
    found = _DATE.fullmatch(text)
    if not found or not 1 <= int(found[2]) <= 12:
        return text
    month = _MONTHS.get(lang, _MONTHS["nl"])[int(found[2]) - 1]
    return f"{int(found[3])} {month} {found[1]}" if found[3] else f"{month} {found[1]}"


def time_words(value, lang: str = "nl") -> str:
    """An ISO time with its offset (a graph's build time) in words, in :data:`ZONE`;
    text that is no such time as it is.

    >>> time_words("2026-01-05T22:48:01+00:00"), time_words("gisteren"), time_words(None)
    ('5 januari 2026, 23.48 uur', 'gisteren', '')
    """
    text = "" if value is None else str(value)
    moment = _moment(text)
    if moment is None:
        return text
    local, zone_name = _in_zone(moment)
    day = date_words(local.strftime("%Y-%m-%d"), lang)
    if lang == "en":
        return f"{day}, {local:%H:%M}" + ("" if zone_name is None else f" {zone_name}")
    return f"{day}, {local:%H.%M} uur" + ("" if zone_name is None else f" ({zone_name})")


def today(now: datetime | None = None) -> str:
    """Today's date (ISO) in :data:`ZONE`, the day a page's "Stand per …" shows beside its build time
    in that zone (walkthrough 28, finding 13: "Stand per 6 december" beside "gebouwd op 7 december,
    00.30 uur" on a machine on UTC); ``now``: the moment to read (default: now).

    >>> today(datetime(2026, 12, 6, 23, 30, tzinfo=timezone.utc))
    '2026-12-07'
    """
    return _in_zone(now or datetime.now(timezone.utc))[0].strftime("%Y-%m-%d")


def local_date(value) -> str:
    """The day (ISO) of an ISO time with its offset (a graph's build time) in :data:`ZONE`; the first
    ten characters of any other text.

    >>> local_date("2026-12-06T23:30:00+00:00"), local_date("2026-12-06"), local_date(None)
    ('2026-12-07', '2026-12-06', '')
    """
    text = "" if value is None else str(value)
    moment = _moment(text)
    return _in_zone(moment)[0].strftime("%Y-%m-%d") if moment is not None else text[:10]


def _moment(text: str) -> datetime | None:
    """``text`` as an ISO time with its offset, or None (no such time, or one without an offset)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _in_zone(moment: datetime) -> tuple[datetime, str | None]:
    """``moment`` in :data:`ZONE`, and None; in UTC and "UTC" where the zone database is missing."""
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo(ZONE)), None
    except Exception:  # noqa: BLE001 - no tz database on this machine: say which zone instead
        return moment.astimezone(timezone.utc), "UTC"
