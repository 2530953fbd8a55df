"""Taking part in an event, as a report or an invitation tells it.

A document whose title names an event (a conference, a werkbezoek, a kennisdag) describes who took
part in it by what they did there, in any genre that reports or announces an event:

- "Onder de deelnemers waren (delegaties uit onder meer) A, B en C", "Aanwezig waren X en Y",
  "Uit A was wethouder X aanwezig": each actor and person of the clause participatesIn the event;
- a person who acts at the event: "Daarna opende X het programma", "X leidde de sessie over …",
  "werd begeleid door X", "X sloot de dag af", "Namens EZK reageerde X", "Gastheer was X",
  "X hield een presentatie": the person nearest the verb in its clause participatesIn the event.

Only the event of the title counts: an event named in passing in another document is no frame for
who speaks in it. A denied clause ("was niet aanwezig") states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Verslag: Kennisdag 'Groene wijken' in Ede\\n\\nDe dag werd geopend door Eva Smit. "
...         "Onder de deelnemers waren delegaties uit Delft en Breda.\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted(r.subject.text for r in ex.relations if r.rule.startswith("participation."))
['Breda', 'Delft', 'Eva Smit']
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_event_participants"]

#: a clause that lists who attended: "Onder de deelnemers waren", "Aanwezig waren", "was … aanwezig"
_ATTENDED = re.compile(r"\b(?:onder\s+de\s+(?:deelnemers|aanwezigen|gasten|bezoekers)\s+(?:waren|was|bevonden\s+zich)|"
                       r"aanwezig\s+(?:waren|was)|(?:was|waren)\s+(?:[^.,;:]{0,60}?\s)?aanwezig)\b", re.IGNORECASE)
#: what a person does at an event, as its report or programme says
_ACTS = re.compile(
    r"\b(?:opende|opent|openden|geopend\s+door|sprak|spraken|spreekt|vertelde|vertelt|presenteerde|presenteert|"
    r"(?:leidde|leidt|begeleidde|begeleidt|modereerde|modereert)\s+(?:de|het|een)\s+(?:\w+\s+){0,2}?"
    r"(?:sessie|werksessie|workshop|gesprek|discussie|debat|panel|rondetafel)|"
    r"(?:begeleid|gemodereerd|geleid)\s+door|sloot|sluit|reageerde|reageert|"
    r"(?:gastheer|gastvrouw|dagvoorzitter|spreker|sprekers)\s+(?:was|waren|is)|"
    r"(?:hield|houdt|gaf|geeft|verzorgde|verzorgt)\s+(?:een|de)\s+(?:\w+\s+)?"
    r"(?:presentatie|toespraak|keynote|lezing|pitch|inleiding|toelichting|workshop))\b", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)
_PARTICIPANTS = frozenset({"Municipality", "Organisation", "Ministry", "Province", "Person"})


def _title_event(ctx: DocContext) -> Mention | None:
    """The event the document's first line names."""
    first = ctx.sentences[0] if ctx.sentences else None
    if first is None or ctx.text[:first.start].strip():
        return None
    return next((m for m in ctx.in_sentence(first) if m.type == "Event"), None)


def _clause(ctx: DocContext, sentence: Sentence, at: int, end: int) -> tuple[int, int]:
    """The clause around ``at:end``: from the last ";" or ", die" before to the next after."""
    text = ctx.text
    start = max(text.rfind(";", sentence.start, at) + 1, sentence.start)
    stop = len(text)
    for mark in (";", ", die ", ", dat ", ", maar ", ", waar "):
        k = text.find(mark, end, sentence.end)
        if k >= 0:
            stop = min(stop, k)
    return start, min(stop, sentence.end)


def find_event_participants(ctx: DocContext) -> None:
    """Add who took part in the event the document's title names."""
    event = _title_event(ctx)
    if event is None:
        return
    for sentence in ctx.sentences[1:]:
        if sentence.is_heading:
            continue
        mentions = ctx.in_sentence(sentence)
        if not any(m.type in _PARTICIPANTS for m in mentions):
            continue
        for match in _ATTENDED.finditer(sentence.text):
            a, b = sentence.start + match.start(), sentence.start + match.end()
            start, end = _clause(ctx, sentence, a, b)
            if _DENIED.search(ctx.text, start, end):
                continue
            for m in mentions:
                if start <= m.start < end and m.type in _PARTICIPANTS and m.label != event.label:
                    ctx.add(m, "participatesIn", event, sentence, "participation.attended", 0.7)
        for match in _ACTS.finditer(sentence.text):
            a, b = sentence.start + match.start(), sentence.start + match.end()
            start, end = _clause(ctx, sentence, a, b)
            if _DENIED.search(ctx.text, start, end):
                continue
            persons = [m for m in mentions if m.type == "Person" and start <= m.start < end]
            if not persons:
                continue
            nearest = min(persons, key=lambda m: a - m.end if m.end <= a else m.start - b)
            ctx.add(nearest, "participatesIn", event, sentence, "participation.acted", 0.65)
