"""The start a decree gives its appointments in an article of its own: "De benoemingen gelden met ingang
van 1 januari 2025".

A besluit names its appointees first ("Tot voorzitter … wordt benoemd: X", "Tot leden … worden benoemd:
A, B, C") and says in a later article when the appointments take effect: "De benoeming(en) gaat/gaan
in per …", "geldt/gelden met ingang van …", "treden in werking op …". Each appointment stated before
that sentence (a ``hasRole`` of an appointing rule, with no start, not past) starts on that day. A
sentence that also gives an end or a term ("voor een periode van vier jaar") keeps only the start.

>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Artikel 1\\n\\nTot leden van de Adviescommissie Kleine Kernen worden benoemd:\\na. Pieter Smit;\\n"
...         "b. Anna de Graaf.\\n\\nArtikel 2\\n\\nDe benoemingen gelden met ingang van 1 maart 2025 voor een "
...         "periode van vier jaar.\\n")
>>> sorted((r.subject.text, r.role, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...        date="2025-01-20").relations if r.predicate == "hasRole")
[('Anna de Graaf', 'lid', '2025-03-01'), ('Pieter Smit', 'lid', '2025-03-01')]

A decree that takes effect as a whole ("Dit besluit treedt in werking met ingang van 1 juni 2024", round
55t) starts the designations it makes told in the present ("Als lid … wordt aangewezen: X", "X wordt
tevens aangewezen als lid van …"): the post it designates, not the posts its appositions name ("X,
wethouder Werk"), nor a designation it leaves as it was ("De aanwijzing van X … blijft ongewijzigd").
"""

from __future__ import annotations

import dataclasses
import re

from .model import Sentence
from .periods import find_periods

__all__ = ["with_appointment_terms"]

#: "De benoeming(en) gaat/gaan in per", "gelden met ingang van", "treden in werking op"
_TAKES_EFFECT = re.compile(r"\s*(?:De|Deze)\s+(?:benoeming|benoemingen)\s+(?:gaat|gaan|geldt|gelden|treedt|treden)\s+"
                           r"(?:in\s+werking\s+|in\s+)?(?:per|met\s+ingang\s+van|m\.i\.v\.|op|vanaf)\s", re.IGNORECASE)
#: "Dit besluit treedt in werking met ingang van …", "Het besluit treedt in werking op …" (round 55t)
_DECREE_TAKES_EFFECT = re.compile(r"\s*(?:Dit|Het|Deze)\s+(?:besluit|aanwijzingsbesluit|benoemingsbesluit)\s+treedt\s+"
                                  r"in\s+werking\s+(?:per|met\s+ingang\s+van|m\.i\.v\.|op|vanaf)\s", re.IGNORECASE)
#: the rules that read an appointment
_APPOINTING = ("appointments.", "roles.benoemd-tot")
#: a designation the decree makes, told in the present: "wordt aangewezen", "worden tevens benoemd"
_DESIGNATES = re.compile(r"\b(?:wordt|worden)\s+(?:[\w.]+\s+){0,3}?(?:aangewezen|benoemd|aangesteld)\b", re.IGNORECASE)
#: a designation left as it was: "De aanwijzing van X … blijft ongewijzigd"
_UNCHANGED = re.compile(r"\b(?:ongewijzigd|blijft|blijven|gehandhaafd|gecontinueerd)\b", re.IGNORECASE)


def with_appointment_terms(text: str, sentences: list[Sentence], relations: list, year: str | None) -> list:
    """``relations`` with the start a later "De benoemingen gelden met ingang van …" gives the appointments."""
    if "benoeming" not in text and "in werking" not in text:
        return relations
    for sentence in sentences:
        if _DECREE_TAKES_EFFECT.match(text, sentence.start, sentence.end):
            relations = _decree_start(text, sentences, sentence, relations, year)
            continue
        if not _TAKES_EFFECT.match(text, sentence.start, sentence.end):
            continue
        periods = [p for p in find_periods(text, sentence.start, sentence.end, year=year)
                   if p.valid_from and len(p.valid_from) == 10]
        if len(periods) != 1:
            continue
        start = periods[0].valid_from
        relations = [dataclasses.replace(r, valid_from=start)
                     if r.predicate == "hasRole" and r.rule.startswith(_APPOINTING) and r.valid_from is None
                     and not r.past and r.evidence_end <= sentence.start else r for r in relations]
    return relations


def _decree_start(text: str, sentences: list[Sentence], taking_effect: Sentence, relations: list, year: str | None) -> list:
    """``relations`` with the day a decree takes effect (``taking_effect``: "Dit besluit treedt in werking …") as
    the start of the posts it designates before that sentence, in sentences told in the present ("wordt
    aangewezen"), with no time of their own and not past."""
    periods = [p for p in find_periods(text, taking_effect.start, taking_effect.end, year=year)
               if p.valid_from and len(p.valid_from) == 10 and not p.valid_until]
    if len(periods) != 1:
        return relations
    designating = {s.start for s in sentences if s.end <= taking_effect.start
                   and _DESIGNATES.search(text, s.start, s.end) and not _UNCHANGED.search(text, s.start, s.end)}
    return [dataclasses.replace(r, valid_from=periods[0].valid_from)
            if r.predicate == "hasRole" and (r.rule.startswith(_APPOINTING) or r.rule == "roles.als")
            and r.evidence_start in designating and r.valid_from is None and r.valid_until is None and not r.past
            else r for r in relations]
