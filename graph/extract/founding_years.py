"""The year a programme, alliance or event was started dates who started it: "Het Talentpact Zuid is in 2021
geïnitieerd door de gemeente Venlo", "In 2017 nam hij samen met UWV het initiatief tot het Werkakkoord X".

A change verb with "in <jaar>" gives no period of its own (:mod:`graph.extract.periods`: "werd in 2021
voorzitter" starts a post, "in 2021" is no span of time it held in), so an ``initiated`` fact its sentence
dates so had no time and counted from the document's day. The founding is a fact of that year: the
initiators are initiators from then on. The year counts when it is the sentence's only time and the
sentence says that something was started ("opgericht", "gestart", "geïnitieerd", "opgezet", "gelanceerd",
"het initiatief"; also in a relative clause: "dat de G40 en het IPO in 2022 samen zijn gestart"), with "in" before
it; a sentence with a second time ("sinds 2023 neemt ook Kampen deel")
keeps its facts as they were (which fact the year belongs to is no longer one reading), and so does a year after
the document's day ("wordt in 2027 opgericht": a plan). "is gestart" alone reads as an appointment that starts on
the document's day; a dated founding is none (rounds 55d and 55e).

Called by :mod:`graph.extract.relations` after the sentence rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Nieuws\\n\\nHet Talentpact Zuid is in 2021 geïnitieerd door de gemeente Venlo."
>>> [(r.subject.text, r.valid_from, r.valid_from_precision) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-11-14").relations if r.predicate == "initiated"]
[('Venlo', '2021-01-01', 'year')]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .periods import find_periods

__all__ = ["date_founding_years"]

#: "in 2021" (not "sinds 2021", "tot 2021", "van 2019 tot 2021")
_IN_YEAR = re.compile(r"\b[Ii]n\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)")
#: a word that says something was started
_FOUNDED = re.compile(r"\b(?:opgericht|(?:op)?gestart|geïnitieerd|geinitieerd|initieerden?|opgezet|gelanceerd|lanceerden?|"
                      r"begonnen|in\s+het\s+leven\s+geroepen|riep(?:en)?\s+\w+\s+in\s+het\s+leven|"
                      r"startte|startten|richtte|richtten|zette|zetten|initiatief|initiatiefnemers?)\b", re.IGNORECASE)
#: any four-digit year (a second one is a second time of the sentence)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` a semicolon separates ("… opgericht door A en B; sinds 2023 neemt ook C deel").

    >>> _clauses("A is in 2021 opgericht; sinds 2023 doet B mee.", 0, 46)
    [(0, 22), (23, 46)]
    """
    bounds = [start] + [start + m.end() for m in re.finditer(";", text[start:end])]
    return [(a, bounds[k + 1] - 1 if k + 1 < len(bounds) else end) for k, a in enumerate(bounds)]


def date_founding_years(ctx: DocContext) -> None:
    """Date the undated ``initiated`` facts of a clause that tells a founding "in <jaar>" (see the module
    docstring)."""
    starts = {r.evidence_start for r in ctx.relations if r.predicate == "initiated" and r.valid_from is None}
    for sentence in ctx.sentences:
        if sentence.start not in starts:
            continue
        for begin, end in _clauses(ctx.text, sentence.start, sentence.end):
            day = _founding_day(ctx, begin, end)
            if day is None:
                continue
            for index, relation in enumerate(ctx.relations):
                if relation.evidence_start == sentence.start and relation.predicate == "initiated" \
                        and begin <= relation.object.start < end \
                        and (begin <= relation.subject.start < end  # (or "hij", named in a sentence before)
                             or not sentence.start <= relation.subject.start < sentence.end) \
                        and relation.valid_from is None and relation.valid_until is None and not relation.past:
                    ctx.relations[index] = dataclasses.replace(relation, valid_from=day, valid_from_precision="year",
                                                                      appointed=False)


def _founding_day(ctx: DocContext, begin: int, end: int) -> str | None:
    """The first day of the year "in <jaar>" dates the founding ``ctx.text[begin:end]`` tells, else None."""
    years = _IN_YEAR.findall(ctx.text, begin, end)
    if len(years) != 1 or len(_YEAR.findall(ctx.text, begin, end)) != 1 or not _FOUNDED.search(ctx.text, begin, end) \
            or any(p.valid_from or p.valid_until for p in find_periods(ctx.text, begin, end, year=ctx.date)):
        return None
    day = f"{years[0]}-01-01"
    return None if ctx.date and day > ctx.date[:10] else day  # "wordt in 2027 opgericht": a plan, no founding yet
