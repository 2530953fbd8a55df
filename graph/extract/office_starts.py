"""An appointment's start stated in the next sentence: "X is benoemd tot burgemeester van B. Zij wordt
per 1 oktober 2026 burgemeester".

A news item of 15 September says "X is benoemd tot burgemeester van Hengelo" (an appointment, which a
build dates by its document: "sinds 15 september") and goes on "Zij wordt per 1 oktober 2026
burgemeester en stopt daarom als wethouder van …". The second sentence names no body, so no rule
reads a role from it, but it says when the office begins: the appointment's start is the stated
day, not the news item's. So an undated role of a person (``hasRole``, neither past nor ended) takes
the start the next sentence gives, when that sentence opens with the person ("Zij", "Hij", "Ze", or
the person's name), takes up an office ("wordt", "treedt … in functie", "begint", "start") with a
start and no end ("per 1 oktober 2026", "met ingang van 1 oktober", "vanaf …", "op 1 oktober"), and
names the same role word or none ("treedt per 1 oktober in functie"), and no body of its own. "Zij begint
daar op 15 september 2025." (walkthrough 27, finding 4) says the same with "begint" or "start" alone: a
person who begins on a day ("op 15 september"), with nothing after the day, begins the office she was
just appointed to (not the office of an apposition, "X, wethouder van Zwolle, is benoemd tot …", which
she leaves).

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Anne Kuipers is benoemd tot burgemeester van Hengelo. Zij wordt per 1 oktober 2026 burgemeester "
...         "en stopt als wethouder van Enschede.")
>>> [(r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-09-15").relations
...  if r.role == "burgemeester"]
[('Hengelo', '2026-10-01')]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Sentence
from .periods import change_date, find_periods

__all__ = ["with_office_starts"]

#: the opening of a sentence that takes up an office: "Zij wordt", "Hij treedt", "X begint"
_TAKES_UP = re.compile(r"\s*(?P<who>Zij|Hij|Ze|[A-ZÀ-Ý][^,;:.()]{1,60}?)\s+(?:wordt|treedt|begint|start)\b")
#: the stated start: "per 1 oktober 2026", "met ingang van 1 oktober", "vanaf 1 oktober", "op 1 oktober"
_START_WORD = re.compile(r"(?:per|met\s+ingang\s+van|m\.i\.v\.|vanaf|op)\s", re.IGNORECASE)
#: a role word in the sentence that takes up the office: the role's own, or none ("in functie")
_ANY_WORD = re.compile(r"[a-zà-ÿ][\w-]*")
#: the rules that read an appointment ("is benoemd tot burgemeester van Hoorn"): an apposition before it
#: ("X, wethouder van Zwolle, is benoemd tot …") is the office the holder leaves, and keeps its time
_APPOINTING = ("appointments.", "roles.benoemd-tot")
#: the verbs that begin the office by themselves: "Zij begint (daar) op 15 september."
_BEGINS = re.compile(r"(?:begint|start)\b")
#: "op 15 september 2025", "op 1 oktober": a day (its words read by :func:`change_date`)
_ON_DAY = re.compile(r"\bop\s+\d{1,2}\s+[a-z]+(?:\s+(?:19|20)\d\d)?\b")


def with_office_starts(text: str, sentences: list[Sentence], relations: list, mentions: list, year: str | None) -> list:
    """``relations`` with each undated role of a person dated by the start the next sentence states (see
    the module). A next sentence that names a body of its own ("Zij wordt per 1 januari voorzitter van de
    G40") takes up another office: it dates nothing before it (``mentions``: the document's).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "Anne Kuipers is voorzitter van de Pijler Sociaal. Zij wordt per 1 januari 2027 voorzitter van de G40."
    >>> sorted((r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-09-15").relations
    ...        if r.predicate == "hasRole")
    [('G40', '2027-01-01'), ('Pijler Sociaal', None)]
    """
    bodies = sorted(m.start for m in mentions if m.type != "Person")
    following = {}
    for k, sentence in enumerate(sentences[:-1]):
        after = sentences[k + 1]
        if not after.is_heading and "\n\n" not in text[sentence.end:after.start]:
            following[sentence.start] = after
    out = []
    for r in relations:
        after = following.get(r.evidence_start) if r.predicate == "hasRole" and r.subject.type == "Person" \
            and not (r.valid_from or r.valid_until or r.past) and r.role else None
        start = _stated_start(text, after, r, year, bodies) if after is not None else None
        if start is not None:
            r = dataclasses.replace(r, valid_from=start, valid_from_precision=None, appointed=False)
        out.append(r)
    return out


def _stated_start(text: str, sentence: Sentence, relation, year: str | None, bodies: list[int]) -> str | None:
    """The day ``sentence`` says ``relation``'s holder takes up its office, or None (also when the clause
    names a body, at one of the offsets ``bodies``)."""
    opening = _TAKES_UP.match(text, sentence.start, sentence.end)
    if opening is None:
        return None
    who = opening.group("who")
    if who not in ("Zij", "Hij", "Ze") and who != relation.subject.label and who != relation.subject.text:
        return None
    clause_end = min([k for k in (text.find(",", opening.end(), sentence.end), text.find(" en ", opening.end(), sentence.end),
                                  text.find(";", opening.end(), sentence.end)) if k >= 0] or [sentence.end])
    if any(sentence.start <= k < clause_end for k in bodies):
        return None
    periods = [p for p in find_periods(text, opening.end(), clause_end, year=year)
               if p.valid_from and not p.valid_until and not p.during
               and _START_WORD.match(text, p.start)]
    if not periods:  # "Zij begint daar op 15 september": the appointment's start, not the office she leaves
        return _begins_on(text, opening, clause_end, year) if relation.rule.startswith(_APPOINTING) else None
    if len(periods) != 1:
        return None
    rest = text[periods[0].end:clause_end].lower()
    words = set(_ANY_WORD.findall(rest))
    if relation.role.lower() not in rest and not {"functie", "aan"} & words:
        return None
    return periods[0].valid_from


def _begins_on(text: str, opening: re.Match, clause_end: int, year: str | None) -> str | None:
    """The day of "Zij begint (daar) op 15 september 2025." (``opening``: "Zij begint"): "begint" or "start"
    with a day and nothing after it, else None.

    >>> text = "Zij begint daar op 15 september 2025."
    >>> _begins_on(text, _TAKES_UP.match(text), len(text), None)
    '2025-09-15'
    >>> text = "Hij start op 1 mei 2025 met een rondgang."
    >>> _begins_on(text, _TAKES_UP.match(text), len(text), None) is None
    True
    """
    if not _BEGINS.match(text, opening.end("who") + 1):
        return None
    dated = _ON_DAY.search(text, opening.end(), clause_end)
    if dated is None or text[opening.end():dated.start()].split() not in ([], ["daar"], ["er"]) \
            or _ANY_WORD.search(text, dated.end(), clause_end):
        return None
    return change_date(text, dated.start(), dated.end(), year=year)
