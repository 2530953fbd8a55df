"""Who leads a programme, told in a relative clause with the verb last: "het Leernetwerk Wijkwarmte, dat Platform31
van 2021 tot en met 2025 begeleidde" and "het Team Binnensteden, dat de Winkelgebiedenagenda uitvoert" (round 59s).

A Dutch relative clause puts its verb last, and "dat"/"die" may be its subject or its object. With a verb of
leading or carrying out (leiden, begeleiden, coördineren, trekken, uitvoeren, aansturen) the types decide who does
what: a programme is led, an organisation, a town, a ministry or a unit leads. So

- "<programme>, dat <actor> … <verb>" (the programme the object): the actor leads the programme;
- "<actor>, dat/die <programme> … <verb>" (the actor the subject): the actor leads the programme.

The clause holds the one other name right after "dat"/"die" (an article before it allowed) and then, before the
verb, only words that name nothing (a period: "van 2021 tot en met 2025" dates the fact); a clause with a second
name ("dat Ede samen met Breda leidt"), a denied or planned clause ("dat Platform31 niet meer begeleidt", "dat
Platform31 gaat leiden": the verb is no lead verb at the end) and two programmes or two actors give nothing. The
passive ("dat door Platform31 wordt geleid") is :mod:`graph.extract.relations`'.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het programma bouwt voort op het Leernetwerk Groene Daken, dat Platform31 van 2021 tot en met 2024 begeleidde."
>>> [(r.subject.text, r.object.text, r.valid_from, r.valid_until, r.past)
...  for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-04-14").relations if r.rule == RULE]
[('Leernetwerk Groene Daken', 'Platform31', '2021-01-01', '2024-12-31', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["RULE", "find_relative_leads"]

RULE = "relations.relative-lead"

#: ", dat " / ", die " opening the relative clause, and an article before its name
_OPENING = re.compile(r"\s*,\s*(?:dat|die)\s+(?:de\s+|het\s+)?")
#: the verb that closes the clause, then its end: "begeleidde,", "uitvoert.", "leidt en"
_LEAD_VERB = re.compile(r"(?:leidt|leidde|begeleidt|begeleidde|coördineert|coördineerde|coordineert|trekt|trok|uitvoert|"
                        r"uitvoerde|aanstuurt|aanstuurde)(?=\s*(?:[,.;:)]|\s(?:en|of|maar)\b|$))")
#: the words allowed between the name and the verb: a period, adverbs ("al", "sinds 2022", "van 2021 tot en met 2025")
_FILLER = re.compile(r"(?:\s+(?:al|nu|ook|sinds|sedert|vanaf|van|tot|en|met|t/m|in|jaren|lang|samen|inmiddels|"
                     r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:19|20)\d{2}|\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                     r"november|december|[-–]))*\s+")
_ACTORS = frozenset({"Organisation", "Municipality", "Ministry", "Province", "OrganisationalUnit"})


def find_relative_leads(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the lead a relative clause of ``sentence`` tells (see the module docstring)."""
    if ", d" not in sentence.text or not _LEAD_VERB.search(sentence.text):
        return
    for k, first in enumerate(mentions):
        opening = _OPENING.match(ctx.text, first.end, sentence.end)
        if opening is None or k + 1 >= len(mentions) or mentions[k + 1].start != opening.end():
            continue
        second = mentions[k + 1]
        filler = _FILLER.match(ctx.text, second.end, sentence.end)
        verb = _LEAD_VERB.match(ctx.text, filler.end()) if filler else None
        if verb is None or any(second.end <= m.start < verb.start() for m in mentions) \
                or not ctx.asserted(sentence, opening.start(), verb.end()):
            continue
        if first.type == "Programme" and second.type in _ACTORS:
            programme, actor = first, second  # "het Leernetwerk X, dat Platform31 begeleidde"
        elif first.type in _ACTORS and second.type == "Programme":
            programme, actor = second, first  # "het Team Binnensteden, dat de Winkelgebiedenagenda uitvoert"
        else:
            continue
        ctx.add(programme, "ledBy", actor, sentence, RULE, 0.65, stated_at=second.start)
