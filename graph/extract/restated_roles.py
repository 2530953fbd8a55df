"""A role word before a name that the clause states again: "wethouder X is per 1 november 2026
wethouder Sociaal Domein en Zorg" (walkthrough 23, finding 2). The title before the name names the
office the copula after it dates and details: the fact read off the title comes first, so it takes
the copula's start (:func:`restated_since`); its portfolio is the one after the second role word
(:mod:`graph.extract.role_portfolios`).

>>> restated_since("wethouder Eva Kok is per 1 november 2026 wethouder Economie en Werk;", 17, "wethouder")
('2026-11-01', None)
>>> restated_since("wethouder Eva Kok is voorzitter van de Pijler Sociaal.", 17, "wethouder") is None
True

A start between a role word that opens the clause, its copula and the name dates the role the same
way (:func:`copula_since`, round 55f): "Bestuurlijk trekker is sinds 1 oktober 2024 Eva Kok, wethouder
van Ede" makes Eva Kok trekker from 1 October 2024, where the role read off the words before the name
took the document's date.

>>> copula_since("Trekker is sinds 1 oktober 2024 Eva Kok, wethouder van Ede.", 7, 32)
('2024-10-01', None)
>>> copula_since("Trekker is in Ede Eva Kok.", 7, 18) is None
True

A start in brackets that closes the sentence after the name's apposition is the role's too: "Voorzitter is
Eva Kok, CIO van de gemeente Ede (sinds januari 2024)." (:func:`copula_since` with the sentence's end).

>>> text = "Voorzitter is Eva Kok, CIO van de gemeente Ede (sinds januari 2024)."
>>> copula_since(text, 10, 14, name_end=21, sentence_end=len(text))
('2024-01-01', 'month')
>>> text = "Voorzitter is Eva Kok, CIO van de gemeente Ede (sinds januari 2024), en zij woont in Ede."
>>> copula_since(text, 10, 14, name_end=21, sentence_end=len(text)) is None
True
"""

from __future__ import annotations

import re

from .periods import find_periods
from .role_words import role_of

__all__ = ["copula_since", "restated_since"]

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


#: the copula right after the role word and a start before the name: "(Voorzitter) is sinds 1 maart 2024 (X)",
#: "(Trekker) is per 1 mei (X)", "(Secretaris) is vanaf januari 2025 (X)"
_COPULA_START = re.compile(r"\s+(?:is|wordt)\s+(?=(?:sinds|per|vanaf|met\s+ingang\s+van)\s)", re.IGNORECASE)


#: the copula alone between the role word and the name, perhaps with academic titles: "(Voorzitter) is drs. (X)"
_COPULA_ONLY = re.compile(r"\s+(?:is|wordt)\s+(?:(?:mr|dr|drs|ir|ing|prof)\.\s*)*", re.IGNORECASE)
#: the name's apposition and a bracketed start closing the sentence: ", CIO van de gemeente Ede (sinds januari 2024)."
_CLOSING_START = re.compile(r",[ \t]+[^,;:()|\n]{1,80}?[ \t]*\((?=(?:sinds|vanaf|per)\s)(?P<when>[^()]{4,40})\)[ \t]*\.?[ \t]*$",
                            re.IGNORECASE)


def copula_since(text: str, role_end: int, name_start: int, year: str | None = None, *,
                 name_end: int | None = None, sentence_end: int | None = None) -> tuple[str, str | None] | None:
    """The start (and its precision) written between a role word ending at ``role_end``, its copula and
    the name at ``name_start``: "Voorzitter is sinds 1 maart 2024 X"; None when nothing but the copula,
    a start and a courtesy or academic title stand between them, or the start is no single start. With
    ``name_end`` and ``sentence_end``, also a bracketed start that closes the sentence after the name's
    apposition ("Voorzitter is X, CIO van Ede (sinds januari 2024).")."""
    found = _COPULA_START.match(text, role_end, name_start)
    if found is None and name_end is not None and sentence_end is not None \
            and _COPULA_ONLY.fullmatch(text, role_end, name_start):
        closing = _CLOSING_START.match(text, name_end, sentence_end)
        periods = find_periods(closing.group("when"), year=year) if closing is not None else []
        if len(periods) == 1 and periods[0].valid_from and not periods[0].valid_until and not periods[0].during:
            return periods[0].valid_from, periods[0].from_precision
        return None
    if found is None:
        return None
    periods = find_periods(text, found.end(), name_start, year=year)
    if len(periods) != 1 or not periods[0].valid_from or periods[0].valid_until or periods[0].during:
        return None
    rest = text[periods[0].end:name_start]
    if not re.fullmatch(r"\s*(?:(?:mr|dr|drs|ir|ing|prof)\.\s*)*", rest):
        return None
    return periods[0].valid_from, periods[0].from_precision
