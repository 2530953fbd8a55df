"""A term in the apposition after a name dates the post it names: "Oud-wethouder Jelle Kok, van 2018 tot en met
2024 wethouder in Epe, wordt per 1 januari 2026 directeur van …" (round 57t).

The title before the name ("Oud-wethouder") reads the post without a time; the apposition right after the
name gives its term: a period, the same role word and the body ("in", "van", "bij") the relation has. The
post takes that period, and is past where it ended before the document's date. Another role word in the
apposition, or another body, dates nothing. Round 58t: the name may carry its town in brackets and the body
its network's name ("Wethouder Bert Kok (Epe), sinds 2020 voorzitter van de G40 Pijler Sociaal Domein,
heeft laten weten dat hij zijn voorzitterschap per 31 december 2025 neerlegt"); a post whose clause told
only its end takes the apposition's start beside it.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Oud-wethouder Jelle Kok, van 2018 tot en met 2024 wethouder in Epe, wordt per 1 januari 2026 directeur van Platform31."
>>> [(r.object.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-11-23").relations if r.role == "wethouder"]
[('Epe', '2018-01-01', '2024-12-31', True)]

So does a bracket right after the name that opens with the post and ends with its term (round 60g):

>>> text = "Piet de Vries (wethouder van Ede 2018–2022) opende de bijeenkomst."
>>> [(r.object.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-11-23").relations if r.role == "wethouder"]
[('Ede', '2018-01-01', '2022-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods
from .role_words import role_of

__all__ = ["with_apposition_terms"]

#: ", van 2018 tot en met 2024 wethouder in ", ", sinds 2020 trekker van de ", ", tot 2023 lid bij het "
_TERM_APPOSITION = re.compile(r"(?P<place>[ \t]*\([^()\n]{1,40}\))?[ \t]*,[ \t]+(?P<when>(?:van|vanaf|sinds|tot)\s[^,;:()|\n]{1,40}?)\s+"
                              r"(?P<role>[\w-]+)\s+(?:in|van|bij)\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?"
                              r"(?P<network>G40[ \t]+)?", re.IGNORECASE)


#: a bracket right after the name that opens with a role word: "Piet de Vries (wethouder van Ede 2018–2022)",
#: "(voorzitter van de pijler, 2019-2023)" (round 60g)
_TERM_BRACKET = re.compile(r"[ \t]*\((?P<role>[\w-]+)\s[^()\n]{1,80}\)")


def _bracket_term(text: str, r: Relation, date: str | None):
    """The one period a bracket right after the holder's name gives the post it opens with, written after the
    post's body inside it: "Piet de Vries (wethouder van Ede 2018–2022)" dates his office in Ede 2018 to 2022;
    another role word, a body outside the bracket or a second period: None."""
    found = _TERM_BRACKET.match(text, r.subject.end)
    if found is None or not found.start("role") < r.object.start < r.object.end < found.end():
        return None
    role = role_of(found.group("role"))
    periods = find_periods(text, r.object.end, found.end() - 1, year=date) if role is not None \
        and role.label == r.role else []
    return periods[0] if len(periods) == 1 and not periods[0].during else None


def with_apposition_terms(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the term an apposition right after the holder's name gives their undated post."""
    out = []
    for r in relations:
        found = _TERM_APPOSITION.match(text, r.subject.end) if r.predicate == "hasRole" and r.subject.type == "Person" \
            and not r.valid_from else None
        role = role_of(found.group("role")) if found is not None and found.end() == r.object.start else None
        periods = find_periods(text, found.start("when"), found.end("when"), year=date) if role is not None \
            and role.label == r.role else []
        if found is None and r.predicate == "hasRole" and r.subject.type == "Person" and not r.valid_from \
                and not r.valid_until:
            bracket = _bracket_term(text, r, date)
            periods = [bracket] if bracket is not None else []
        if len(periods) == 1 and r.valid_until and periods[0].valid_from and not periods[0].valid_until \
                and not periods[0].during and periods[0].valid_from <= r.valid_until:
            # the end the clause tells ("…, sinds 2020 voorzitter van de pijler, legt per 31 december 2025 zijn
            # voorzitterschap neer") and the start the apposition tells (round 58t)
            r = dataclasses.replace(r, valid_from=periods[0].valid_from, valid_from_precision=periods[0].from_precision)
        elif len(periods) == 1 and not r.valid_until and (periods[0].valid_from or periods[0].valid_until) \
                and not periods[0].during:
            term = periods[0]
            ended = bool(term.valid_until and date and term.valid_until < date[:10])
            r = dataclasses.replace(r, valid_from=term.valid_from, valid_until=term.valid_until,
                                    valid_from_precision=term.from_precision, valid_until_precision=term.until_precision,
                                    past=r.past or ended)
        out.append(r)
    return out
