"""A start that closes a "met als <rol> X" item dates X's role: "Wonen, met als trekker wethouder Eva Kok (Tiel),
sinds januari 2024;" (round 57t).

A list of bodies often names each one's holder with "met als <rol>" and ends the item with the holder's start
after a comma ("sinds", "vanaf", "per", "met ingang van"). The start is the role's named after "met als", not
that of a title between it and the name ("wethouder"): that one may be older.

>>> text = "Wonen, met als trekker wethouder Eva Kok (Tiel), sinds januari 2024;"
>>> closing_since(text, text.index("trekker"), text.index(" (Tiel)"), len(text))
('2024-01-01', 'month')
>>> text = "Wonen, met als trekker wethouder Eva Kok (Tiel), die sinds januari 2024 wethouder is;"
>>> closing_since(text, text.index("trekker"), text.index(" (Tiel)"), len(text)) is None
True
"""

from __future__ import annotations

import re

from .periods import find_periods

__all__ = ["closing_since"]

_WITH_AS = re.compile(r"\bmet\s+als\s+$", re.IGNORECASE)
#: after the name (and its bracket): ", sinds januari 2024;" closing the item or sentence
_CLOSING = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*,[ \t]*(?P<when>(?:sinds|vanaf|per|met\s+ingang\s+van)\s+"
                      r"[^,;:()|\n]{1,30}?)[ \t]*[.;]?[ \t]*$", re.IGNORECASE)


def closing_since(text: str, role_start: int, name_end: int, sentence_end: int, year: str | None = None
                  ) -> tuple[str, str | None] | None:
    """The start (and its precision) that closes the sentence after the name ending at ``name_end``, where the
    role word at ``role_start`` follows "met als"; None otherwise."""
    if _WITH_AS.search(text, max(0, role_start - 12), role_start) is None:
        return None
    closing = _CLOSING.match(text, name_end, sentence_end)
    periods = find_periods(closing.group("when"), year=year) if closing is not None else []
    if len(periods) != 1 or not periods[0].valid_from or periods[0].valid_until or periods[0].during:
        return None
    return periods[0].valid_from, periods[0].from_precision
