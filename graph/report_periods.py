"""An end that is only a report's period: "was onderdeel van …" in a year report says it held then, not that it ended.

A year report on 2025, published on 18 March 2026, says "De pijler Economie was onderdeel van de G40" or
"De gemeenten A en B namen deel aan de Regio Deal X". With no time of their own, such facts get the
report's period (:func:`graph.document_periods.document_period`: 2025-01-01 up to the report's day) or, told
in the past, the period reported on (2025-01-01 to 2025-12-31, :func:`graph.document_periods.reported_period`).
The report looks back; it does not say the pijler left the G40 or the towns left the deal, so a weekly
``diff`` that lists them as "beëindigd" reports noise. An end of a facts-export row is only its report's
period when the text gave neither day at a precision of its own (no ``valid_from_precision`` or
``valid_until_precision``), the period starts on the first of January, and it ends on the row's document
date or on the 31st of December of that year, before that date.

Examples
--------
>>> period_only_end({"date": "2026-03-18", "valid_from": "2025-01-01", "valid_until": "2026-03-18"})
True
>>> period_only_end({"date": "2026-03-18", "valid_from": "2025-01-01", "valid_until": "2025-12-31"})
True
>>> period_only_end({"date": "2026-03-18", "valid_from": None, "valid_until": "2025-06-30"})
False
"""

from __future__ import annotations

__all__ = ["period_only_end"]


def period_only_end(row: dict) -> bool:
    """Whether the end of a facts-export ``row`` is only its report's period (see the module).

    A year the text gave ("werkte in 2025 samen", precision ``year``) and a day it gave stay ends:

    >>> period_only_end({"date": "2026-03-18", "valid_from": "2025-01-01", "valid_until": "2025-12-31",
    ...                  "valid_from_precision": "year", "valid_until_precision": "year"})
    False
    >>> period_only_end({"date": "2026-11-10", "valid_from": None, "valid_until": "2026-11-14"})
    False
    """
    start, end, day = (str(row.get(k) or "")[:10] for k in ("valid_from", "valid_until", "date"))
    if not (start and end and day) or row.get("valid_from_precision") or row.get("valid_until_precision"):
        return False
    if start[4:] != "-01-01" or start == end:
        return False
    return end == day or (end[4:] == "-12-31" and end[:4] == start[:4] and end < day)
