""""Sinds de start", "sinds de ondertekening": a fact that holds since the founding or signing told just
before starts on that act's date (round 56s).

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
"""

from __future__ import annotations

import re

from .founding_dates import _FOUNDED, _SIGNED, _act_date, _clauses
from .periods import Period

__all__ = ["since_the_act"]

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
