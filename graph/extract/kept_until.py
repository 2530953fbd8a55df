"""A post held on until a date, told in a sentence of its own: "Veenstra bleef wethouder tot de verkiezingen
van maart 2022" (round 56t).

A biography or a notice names the post first ("In april 2018 werd zij wethouder van Deventer") and its end
later: "X bleef/blijft <rol> tot (en met) <datum>", "X blijft tot en met 31 maart 2025 <rol> van Y", "… tot de
(gemeenteraads)verkiezingen van maart 2022". The sentence names no body, or the body again: the post it ends
is the person's post with that role word stated before it or in it (of the same body where the sentence names
one), open, and not started after the end; of several, those of the nearest sentence before it (and the
sentence's own reading of the post). The end is read as
:func:`graph.extract.periods.find_periods` reads "tot (en met)" (an election: the last day of its month or
year); "bleef", or an end before the document's date, makes the post past. A sentence that keeps the post
without an end ("Zij blijft voorzitter"), keeps it "tot zijn afscheid", or names another person or another
role word changes nothing. "De heer X vervulde deze vertegenwoordiging van 1 juni 2022 tot en met 31 mei 2024" (also
"bekleedde die functie", "dat voorzitterschap") gives the period to X's post named before it without a start.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Per 1 mei 2019 werd Eva Kok wethouder van Ede. Kok bleef wethouder tot de verkiezingen van maart 2022. "
...         "Daarna werd zij directeur van Platform31.")
>>> [(r.object.text, r.role, r.valid_from, r.valid_until, r.past)
...  for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "hasRole"]
[('Ede', 'wethouder', '2019-05-01', '2022-03-31', True), ('Platform31', 'directeur', None, None, False), ('Ede', 'wethouder', None, '2022-03-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Mention, Relation, Sentence
from .passed_on_roles import _same_person as _same_label
from .periods import find_periods, last_day_in
from .role_words import role_of

__all__ = ["same_person", "with_kept_ends"]

#: the person right before "bleef"/"blijft": "Veenstra bleef", "Joris Plat blijft"
_KEPT = re.compile(r"\s+(?:bleef|bleven|blijft|blijven)\s+(?=\S)", re.IGNORECASE)
#: an election as the end: "tot de (gemeenteraads)verkiezingen van maart 2022"
_ELECTION = re.compile(r"\btot\s+(?:aan\s+)?de\s+[\w-]*verkiezingen\s+van\s+(?P<date>(?:[a-z]+\s+)?\d{4})\b",
                       re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]\s|[.;:]?$|,\s+(?:en|maar|want|waarna|toen|die|dat)\s")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _end(text: str, begin: int, stop: int, year: str | None) -> tuple[str, str | None, int, int] | None:
    """The end (ISO day, precision) the clause ``text[begin:stop]`` gives, and the span that writes it."""
    election = _ELECTION.search(text, begin, stop)
    if election is not None:
        day = last_day_in("in " + election.group("date"), year=year)
        if day is None:
            return None
        return day, "month" if " " in election.group("date").strip() else "year", election.start(), election.end()
    periods = find_periods(text, begin, stop, year=year)
    if len(periods) != 1 or periods[0].valid_from or not periods[0].valid_until or periods[0].during:
        return None
    return periods[0].valid_until, periods[0].until_precision, periods[0].start, periods[0].end


def same_person(a: Mention, b: Mention) -> bool:
    """Whether two person mentions of one document name one person: the same label, or one is the other's
    surname ("Marit Veenstra", "Veenstra"; "Sanne de Wit", "De Wit"), as
    :func:`graph.extract.passed_on_roles._same_person` reads a later mention."""
    return _same_label(a.label, b.label) or _same_label(b.label, a.label)


def with_kept_ends(text: str, sentences: list[Sentence], relations: list[Relation], mentions: list[Mention],
                   year: str | None) -> list[Relation]:
    """``relations`` with the end each "X bleef <rol> tot <datum>" gives X's post (see the module docstring)."""
    if "blee" not in text and "blij" not in text and "vervul" not in text and "bekle" not in text:
        return relations
    persons = [m for m in mentions if m.type == "Person"]
    for sentence in sentences:
        relations = _held_this(text, sentence, relations, persons, year)
        for verb in _KEPT.finditer(text, sentence.start, sentence.end):
            holder = next((m for m in persons if m.end == verb.start()), None)
            if holder is None:
                continue
            clause = _CLAUSE_END.search(text, verb.end(), sentence.end)
            stop = clause.start() if clause is not None else sentence.end
            end = _end(text, verb.end(), stop, year)
            if end is None:
                continue
            until, precision, tot_start, tot_end = end
            words = [w.group() for w in _WORD.finditer(text, verb.end(), stop) if not tot_start <= w.start() < tot_end]
            roles = {role.label for role in map(role_of, words) if role is not None}
            if len(roles) != 1 or any(m.type == "Person" and m is not holder for m in mentions
                                      if verb.end() <= m.start < stop):
                continue
            relations = _ended(relations, holder, roles.pop(), sentence, (verb.end(), stop), mentions, until,
                               precision, past=verb.group().strip().lower().startswith("blee")
                               or bool(year and until < year[:10]))
    return relations


def _ended(relations: list[Relation], holder: Mention, role: str, sentence: Sentence, clause: tuple[int, int],
           mentions: list[Mention], until: str, precision: str | None, *, past: bool) -> list[Relation]:
    """``relations`` with ``holder``'s open post ``role`` of the nearest sentence up to ``sentence`` ended on ``until``."""
    bodies = {m.label for m in mentions if clause[0] <= m.start < clause[1] and m.type != "Person"}
    held = [r for r in relations if r.predicate == "hasRole" and r.subject.type == "Person"
            and same_person(r.subject, holder) and (r.role == role or (r.role or "").endswith(" " + role))
            and r.evidence_start <= sentence.end
            and not r.valid_until and (not r.valid_from or r.valid_from <= until)
            and (not bodies or r.object.label in bodies)]
    before = [r.evidence_start for r in held if r.evidence_start < sentence.start]
    nearest = max(before, default=sentence.start)  # and the sentence's own reading of the post
    ended = [r for r in held if r.evidence_start in (nearest, sentence.start)]
    return [dataclasses.replace(r, valid_until=until, valid_until_precision=precision, past=past)
            if any(r is e for e in ended) else r for r in relations]


#: the post just named, held for a period: "De heer X vervulde deze vertegenwoordiging van 1 juni 2022 tot en met …"
_HELD_THIS = re.compile(r"\s+(?:vervulde|vervulden|bekleedde|bekleedden)\s+(?:deze|die|dit|dat|zijn|haar)\s+"
                        r"(?:functie|rol|taak|vertegenwoordiging|positie|zetel|ambt|voorzitterschap|trekkerschap|"
                        r"lidmaatschap)\b", re.IGNORECASE)


def _held_this(text: str, sentence: Sentence, relations: list[Relation], persons: list[Mention],
               year: str | None) -> list[Relation]:
    """``relations`` with the period "X vervulde deze functie van D1 tot en met D2" gives X's post named in the
    sentence before (the posts of X stated there without a start)."""
    for holder in (m for m in persons if sentence.start <= m.start < sentence.end):
        held = _HELD_THIS.match(text, holder.end, sentence.end)
        if held is None:
            continue
        clause = _CLAUSE_END.search(text, held.end(), sentence.end)
        periods = find_periods(text, held.end(), clause.start() if clause else sentence.end, year=year)
        if len(periods) != 1 or not periods[0].valid_from or not periods[0].valid_until:
            continue
        period = periods[0]
        before = [r for r in relations if r.predicate == "hasRole" and same_person(r.subject, holder)
                  and r.evidence_start < sentence.start and not r.valid_from
                  and r.valid_until in (None, period.valid_until)]
        nearest = max((r.evidence_start for r in before), default=None)
        relations = [dataclasses.replace(r, valid_from=period.valid_from, valid_from_precision=period.from_precision,
                                         valid_until=period.valid_until, valid_until_precision=period.until_precision,
                                         past=r.past or bool(year and period.valid_until < year[:10]))
                     if any(r is b for b in before) and r.evidence_start == nearest else r for r in relations]
    return relations
