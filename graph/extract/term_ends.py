"""The end of a term told as the term's own: "haar ambtstermijn daar eindigt op 8 december 2024", "De
waarneming van de heer X eindigt op 8 december 2024" (round 56t).

A post is named first ("X is sinds 2018 burgemeester van Y", "Sinds 1 februari 2024 is X waarnemend burgemeester
van Z") and its end as the end of the term: "<zijn/haar> (ambts)termijn (daar) eindigt/eindigde/loopt af op
<dag>" after the post in the same sentence ends the posts that sentence gives the person before it; "De
waarneming van X eindigt op <dag>" ends X's post that the document calls "waarnemend"; "X trad op 14 maart 2025
af als wethouder van Y en daarmee ook als lid van Z" ends each post the sentence names after "als" (the end
round 51d left). "Op" a day: that day is the last ("eindigt op 8 december": in office on 8 December; "trad op
14 maart af": in office up to the resignation that day); "per" a day: the day before. A post with an end
or past keeps it; a term that "wordt verlengd" or "eindigt niet" ends nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Anne Vos is sinds 2019 burgemeester van Zutphen; haar ambtstermijn daar eindigt op 8 december 2025."
>>> [(r.object.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-11-01").relations if r.predicate == "hasRole"]
[('Zutphen', '2019-01-01', '2025-12-08', False)]
"""

from __future__ import annotations

import dataclasses
import re

from .kept_until import same_person
from .model import Mention, Relation, Sentence
from .periods import change_date, day_before

__all__ = ["with_term_ends"]

_ENDS = r"(?:eindigt|eindigde|loopt\s+af|liep\s+af|afloopt|afliep)\s+(?P<edge>op|per|met\s+ingang\s+van)\s+"
#: "haar ambtstermijn (daar) eindigt op", "zijn termijn als voorzitter liep af per"
_OWN_TERM = re.compile(rf"\b(?:zijn|haar)\s+(?:ambts|zit)?termijn(?:\s+(?:daar|als\s+[\w-]+))?\s+{_ENDS}", re.IGNORECASE)
#: "De waarneming van (de heer / mevrouw) X (, …,) eindigt op"
_STANDING_IN = re.compile(r"\bwaarneming\s+van\s+(?:de\s+heer\s+|mevrouw\s+)?$", re.IGNORECASE)
_STANDING_IN_ENDS = re.compile(rf"(?:\s*,[^,;.]{{1,80}},)?\s+{_ENDS}", re.IGNORECASE)
_NOT = re.compile(r"\b(?:niet|verlengd|verlenging)\b", re.IGNORECASE)
#: a resignation on a day, the posts after it: "X trad op 14 maart 2025 af als wethouder van Y en (daarmee) ook als …"
_STEPPED_DOWN = re.compile(r"\s+(?:trad|traden|treedt|treden)\s+(?P<edge>op|per|met\s+ingang\s+van)\s+"
                           r"(?:\d{1,2}\s+[a-z]+\s+\d{4})\s+af\s+als\s", re.IGNORECASE)


def _last_day(text: str, match: re.Match, stop: int, year: str | None) -> str | None:
    """The last day in office a term's end (``match``) gives: the day after "op", the day before the day after "per"."""
    day = change_date(text, match.start("edge"), stop, year=year)
    if day is None:
        return None
    return day if match.group("edge").lower() == "op" else day_before(day)


def with_term_ends(text: str, sentences: list[Sentence], relations: list[Relation], mentions: list[Mention],
                   year: str | None) -> list[Relation]:
    """``relations`` with the end a term's end gives the post (see the module docstring)."""
    if "termijn" not in text and "waarneming" not in text and " af als " not in text:
        return relations
    persons = [m for m in mentions if m.type == "Person"]
    for sentence in sentences:
        if _NOT.search(text, sentence.start, sentence.end):
            continue
        for own in _OWN_TERM.finditer(text, sentence.start, sentence.end):
            until = _last_day(text, own, sentence.end, year)
            posts = [r for r in relations if r.predicate == "hasRole" and r.evidence_start == sentence.start
                     and r.subject.type == "Person" and r.object.end <= own.start() and not (r.valid_until or r.past)]
            if until and len({r.subject.label for r in posts}) == 1:
                relations = _ended(relations, posts, until, year)
        for holder in (m for m in persons if sentence.start <= m.start < sentence.end):
            down = _STEPPED_DOWN.match(text, holder.end, sentence.end)
            if down is not None:  # "X trad op 14 maart 2025 af als wethouder van Y en daarmee ook als lid van Z"
                until = _last_day(text, down, down.end(), year)
                posts = [r for r in relations if r.predicate == "hasRole" and r.evidence_start == sentence.start
                         and r.subject is holder and r.object.start > down.end() and not r.valid_until]
                relations = _ended(relations, posts, until, year) if until else relations
            if not _STANDING_IN.search(text, sentence.start, holder.start):
                continue
            ends = _STANDING_IN_ENDS.match(text, holder.end, sentence.end)
            until = _last_day(text, ends, sentence.end, year) if ends else None
            posts = [r for r in relations if r.predicate == "hasRole" and same_person(r.subject, holder) and r.role
                     and not (r.valid_until or r.past)
                     and re.search(rf"\bwaarnemend\s+{re.escape(r.role)}", text[r.evidence_start:r.evidence_end], re.IGNORECASE)]
            if until:
                relations = _ended(relations, posts, until, year)
    return relations


def _ended(relations: list[Relation], posts: list[Relation], until: str, year: str | None) -> list[Relation]:
    return [dataclasses.replace(r, valid_until=until, valid_until_precision=None, past=r.past or bool(year and until < year[:10]))
            if any(r is p for p in posts) and (not r.valid_from or r.valid_from <= until) else r for r in relations]
