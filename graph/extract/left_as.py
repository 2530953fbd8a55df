"""A leaving told as a noun ends the post named before: "Na zijn vertrek als wethouder van Gouda in december
2023 is zijn plaats ingenomen door …" (round 57t).

"Na zijn vertrek als <rol> van/bij <X> <tijd>" (also "haar", "Bij", "Sinds", "afscheid", "aftreden") speaks of
the one person the document named before as <rol> of X: that post ends — the last day of the month or year
"in" which the leaving was, or the day before the day "per" or "op" which it was — and is past where that end is
before the document's date (or the document has none: the leaving is told as done). Without a time, with
two holders of that post named before, or with none: nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eerst zou wethouder Eva Kok (Tiel) in de commissie zitting nemen. Na haar vertrek als wethouder van Tiel "
...         "in december 2023 nam Jan Smit haar plaats in.")
>>> [(r.subject.text, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-03-15").relations if r.role == "wethouder" and r.subject.text == "Eva Kok"]
[('Eva Kok', '2023-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .cues import may_occur
from .departures import left_in
from .model import Relation, Sentence
from .periods import change_date, day_before

__all__ = ["with_left_as"]

_LEFT_AS = re.compile(r"\b(?:na|bij|sinds|met|door)\s+(?:zijn|haar)\s+(?:vertrek|afscheid|aftreden)\s+als\s+"
                      r"(?P<role>[a-zà-ÿ][\w-]*)\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?:gemeente\s+)?(?P<body>(?-i:[A-Z][\w'’-]*"
                      r"(?:\s+[A-Z][\w'’-]*)*))", re.IGNORECASE)
#: where the time of the leaving may stand: up to the clause's verb or comma ("… in december 2023 is zijn plaats …")
_CLAUSE_END = re.compile(r",|;|\b(?:is|was|zijn|waren|heeft|hebben|nam|namen|neemt|wordt|werd)\b")


def _end_of_leaving(text: str, start: int, end: int, date: str | None) -> tuple[str, str | None] | None:
    """The last day in office (and its precision) the leaving's clause ``text[start:end]`` gives."""
    within = left_in(text, start, end, year=date)
    if within is not None:
        return within
    day = change_date(text, start, end, year=date)
    return (day_before(day), None) if day is not None else None


def with_left_as(text: str, sentences: list[Sentence], relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the end of the post a sentence "Na zijn vertrek als <rol> van X in <tijd>" leaves."""
    if not may_occur(_LEFT_AS, text):  # the pattern's own words, once a text: most texts have none
        return relations
    for sentence in sentences:
        for match in _LEFT_AS.finditer(text, sentence.start, sentence.end):
            stop = _CLAUSE_END.search(text, match.end(), sentence.end)
            ended = _end_of_leaving(text, match.end(), stop.start() if stop else sentence.end, date)
            if ended is None:
                continue
            role, body = match.group("role").lower(), match.group("body").lower()
            posts = [r for r in relations if r.predicate == "hasRole" and r.subject.type == "Person"
                     and r.evidence_start < sentence.start and (r.role or "").lower() == role
                     and r.object.text.lower() == body]
            if len({r.subject.text for r in posts}) != 1:
                continue
            until, precision = ended
            past = until < date[:10] if date else True
            relations = [dataclasses.replace(r, valid_until=until, valid_until_precision=precision, past=r.past or past)
                         if r.predicate == "hasRole" and r.subject.text == posts[0].subject.text
                         and (r.role or "").lower() == role and r.object.text.lower() == body and not r.valid_until
                         else r for r in relations]
    return relations
