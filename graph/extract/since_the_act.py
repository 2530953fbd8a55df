""""Sinds de start", "sinds de ondertekening", "in datzelfde jaar": a fact that holds since the founding or
signing told just before starts on that act's date, and a founding "in datzelfde jaar" in the year written
just before (round 56s).

"Het programma X is in september 2025 gestart door VWS. Aedes is sinds de start partner." dates
``Aedes participatesIn X`` from September 2025; "De woondeal is in april 2023 ondertekend door A en B.
Sinds juli 2024 volgt VRO de uitvoering. De regietafel wordt sinds de ondertekening voorgezeten door
wethouder C" dates C's chair from April 2023, the signing's date, not the July 2024 written between.
The act is looked for in the three sentences before (nearest first) and must be told as done with one
date in its clause, as :func:`graph.extract.founding_dates.founding_date` reads it: a start or founding
for "de start", "de oprichting", "het begin"; a signing for "de ondertekening". Without such an act
before ("Aedes is sinds de start van het project partner" with no dated start) the phrase dates nothing.

>>> text = "Het programma X is in september 2025 gestart door VWS. Aedes is sinds de start partner."
>>> [(p.valid_from, p.from_precision) for p in since_the_act(text, 55, len(text), [(0, 54)], "2026-04-14")]
[('2025-09-01', 'month')]
>>> since_the_act("Aedes is sinds de start partner.", 0, 32, [], "2026-04-14")
[]
>>> text = "Per 1 mei 2016 kwam zij naar Ede. Het programma was in datzelfde jaar gestart door de gemeente Ede."
>>> same_year_start(text, 34, len(text), "initiated", 0, "2023-10-09")
('2016-01-01', 'year')
>>> same_year_start("Het programma was in datzelfde jaar gestart door Ede.", 0, 53, "initiated", 0, "2023-10-09") is None
True
"""

from __future__ import annotations

import re

from .founding_dates import _FOUNDED, _SIGNED, _act_date, _clauses, told_done
from .periods import Period, _antecedent

__all__ = ["since_the_act", "same_year_start"]

#: the year a date written before names: "Per 1 mei 2016 kwam zij … . Dat programma was in datzelfde jaar gestart"
_SAME_YEAR = re.compile(r"\b(?:in\s+)?(?:datzelfde|hetzelfde|diezelfde|dat)\s+jaar\b", re.IGNORECASE)
#: the acts that date a fact as :func:`graph.extract.founding_dates.founding_date` reads them
_ACTS = {"initiated": (_FOUNDED, _SIGNED), "participatesIn": (_SIGNED,)}

#: "sinds/vanaf de start", "sinds de oprichting", "vanaf het begin", "sinds de ondertekening" (not "sinds de start
#: van X", which names its own act: that one is read only when X's start is the one told before)
_SINCE_ACT = re.compile(r"\b(?:sinds|sedert|vanaf)\s+(?:de\s+(?P<start>start|oprichting)|het\s+(?P<begin>begin)|"
                        r"de\s+(?P<signing>ondertekening))\b(?!\s+van\b)", re.IGNORECASE)


def since_the_act(text: str, begin: int, end: int, before: list[tuple[int, int]], year: str | None) -> list[Period]:
    """The period "sinds de start/ondertekening" in ``text[begin:end]`` gives: from the date of the act it
    names, told as done in one of the sentences ``before`` (spans, nearest first); else none.
    ``year``: the document's date (a later date is a plan)."""
    match = _SINCE_ACT.search(text, begin, end)
    if match is None:
        return []
    verbs = _SIGNED if match.group("signing") else _FOUNDED
    for span in before[:3]:
        dates = {found for clause in _clauses(text, *span) if (found := _act_date(text, *clause, verbs, year))}
        if len(dates) == 1:
            (first, precision), = dates
            return [Period(match.start(), match.end(), first, None, False, precision)]
        if dates:
            return []  # two acts with other dates: which one is meant is not told
    return []


def same_year_start(text: str, begin: int, end: int, predicate: str, earlier: int, year: str | None) -> tuple[str, str] | None:
    """The start (ISO date, "year") a founding or signing "in datzelfde jaar" in the sentence ``text[begin:end]`` gives
    ``predicate``: the year of the last date written from ``earlier`` (the previous sentence's start) on, where the
    act is told as done in the phrase's clause; None without one, or for a year after the document's ``year``."""
    match = _SAME_YEAR.search(text, begin, end)
    if match is None:
        return None
    clause = next((c for c in _clauses(text, begin, end) if c[0] <= match.start() <= c[1]), None)
    act = next((found for verbs in _ACTS.get(predicate, ()) if clause and (found := verbs.search(text, *clause))), None)
    if act is None or not told_done(text, *clause, act):
        return None
    days = _antecedent(text, earlier, match.start(), None)
    if days is None or year and str(days[0].year) > year[:4]:
        return None
    return f"{days[0].year}-01-01", "year"
