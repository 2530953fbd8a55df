"""The parliamentary year a Kamerstuk's head names, as the document's period when it prints no day.

A Kamerstuk (a bill's memorie van toelichting, a nota naar aanleiding van het verslag) often prints no date
of its own, only its sitting year under the chamber's name::

    Tweede Kamer der Staten-Generaal
    Vergaderjaar 2024–2025

The parliamentary year runs from Prinsjesdag, the third Tuesday of September, to the day before the next
one: vergaderjaar 2024–2025 is 17 September 2024 to 15 September 2025. That is the document's period, so
that its ministries carry the names of that year ("het Ministerie van Economische Zaken" in 2024–2025 is EZ,
not the EZK it was before July 2024 and after February 2026; :mod:`graph.fact_rows` names them by the
period's end). A date the document prints (a motion's "Voorgesteld 5 november 2025") wins: this is read only
when :func:`graph.docdate.printed_date` finds none.

>>> sitting_year("Tweede Kamer der Staten-Generaal\\nVergaderjaar 2024–2025\\n\\n36 812 Wijziging van de Participatiewet")
('2024-09-17', '2025-09-15')
>>> sitting_year("Eerste Kamer der Staten-Generaal\\nVergaderjaar 2019-2020")
('2019-09-17', '2020-09-14')
>>> sitting_year("In het vergaderjaar 2024–2025 sprak de Kamer drie keer over wonen.") is None  # a sentence, no head line
True
>>> sitting_year("Vergaderjaar 2024–2026") is None  # not one year's sitting
True
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["sitting_year", "prinsjesdag"]

#: how many non-empty lines from the top the sitting year may stand on (under the chamber's name, a number)
HEAD_LINES = 5

_SITTING_LINE = re.compile(r"vergaderjaar\s+((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)", re.IGNORECASE)


def prinsjesdag(year: int) -> date:
    """The third Tuesday of September of ``year``, the first day of a parliamentary year.

    >>> prinsjesdag(2024), prinsjesdag(2025)
    (datetime.date(2024, 9, 17), datetime.date(2025, 9, 16))
    """
    first = date(year, 9, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


def sitting_year(text: str) -> tuple[str, str] | None:
    """(first day, last day) ISO of the parliamentary year a head line of ``text`` names as a line of its own
    ("Vergaderjaar 2024–2025"), else None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    for line in lines:
        found = _SITTING_LINE.fullmatch(line.split("  ")[0].strip())
        if found and int(found[2]) == int(found[1]) + 1:
            start, end = prinsjesdag(int(found[1])), prinsjesdag(int(found[2])) - timedelta(days=1)
            return start.isoformat(), end.isoformat()
    return None
