"""A role word before a name that the clause states again: "wethouder X is per 1 november 2026
wethouder Sociaal Domein en Zorg" (walkthrough 23, finding 2). The title before the name names the
office the copula after it dates and details: the fact read off the title comes first, so it takes
the copula's start (:func:`restated_since`); its portfolio is the one after the second role word
(:mod:`graph.extract.role_portfolios`).

>>> restated_since("wethouder Eva Kok is per 1 november 2026 wethouder Economie en Werk;", 17, "wethouder")
('2026-11-01', None)
>>> restated_since("wethouder Eva Kok is voorzitter van de Pijler Sociaal.", 17, "wethouder") is None
True
"""

from __future__ import annotations

import re

from .periods import find_periods
from .role_words import role_of

__all__ = ["restated_since"]

#: the copula after the name, a time perhaps, and a role word: "is per 1 november 2026 wethouder"
_COPULA_ROLE = re.compile(r"\s+(?:is|wordt|blijft)\s+(?:(?:per|sinds|vanaf|met\s+ingang\s+van)\s+"
                          r"(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+)?([\w-]+)\b", re.IGNORECASE)


def restated_since(text: str, name_end: int, label: str, year: str | None = None) -> tuple[str, str | None] | None:
    """The start (and its precision) the copula gives where the name ending at ``name_end`` is followed
    by a copula, a start and the role word of ``label`` again; None otherwise."""
    found = _COPULA_ROLE.match(text, name_end)
    role = role_of(found.group(1)) if found is not None else None
    if role is None or role.label != label:
        return None
    periods = find_periods(text, found.start(), found.start(1), year=year)
    if len(periods) != 1 or not periods[0].valid_from or periods[0].valid_until:
        return None
    return periods[0].valid_from, periods[0].from_precision
