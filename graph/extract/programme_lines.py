"""Who takes part in an event, as its programme lists them: "- Roosendaal: de Nieuwe Markt, met wethouder X".

An invitation or report of one event (its title names the event) sets out the day under a heading
"Programma": each line is a part of the day, and the persons after "met" in a line are the ones who
lead it or speak in it::

    Programma
    15.30 Drie steden aan het woord:
      - Roosendaal: transformatie van de Nieuwe Markt, met wethouder Jeroen van Haaften
      - Hilversum: het mediapark, met Lieke Zandbergen, programmamanager binnenstad

Each such person takes part in the event (``participatesIn``). A line outside the programme, a
"met" that names no person right after it (and its role word), and a document about no one event say
nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Netwerkdag Binnensteden 2026\\n\\nProgramma\\n\\n- 13.30 Welkom\\n"
...         "- 14.00 De Nieuwe Markt, met wethouder Jan de Vries\\n")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "participation.programme-line"]
[('Jan de Vries', 'Netwerkdag Binnensteden')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .participation import title_event
from .role_words import role_pattern

__all__ = ["find_programme_lines"]

#: the heading of an event's programme
_PROGRAMME_HEADING = re.compile(r"\s*(?:\d+\.\s*)?(?:het\s+)?(?:programma|dagprogramma|agenda)(?:\s*\(concept\))?\s*:?\s*",
                                re.IGNORECASE)
_WITH = re.compile(r"(?:,|\s[–—-])\s*met\s+(?:de\s+)?", re.IGNORECASE)


def find_programme_lines(ctx: DocContext) -> None:
    """Add "<person> participatesIn <the title's event>" for each person after "met" in a programme line."""
    event = title_event(ctx)
    if event is None:
        return
    for sentence in ctx.sentences:
        if sentence.is_heading or not sentence.section or not _PROGRAMME_HEADING.fullmatch(sentence.section):
            continue
        persons = [m for m in ctx.in_sentence(sentence) if m.type == "Person"]
        if not persons:
            continue
        for match in _WITH.finditer(ctx.text, sentence.start, sentence.end):
            for person in persons:
                gap = ctx.text[match.end():person.start].strip()
                if person.start >= match.end() and (not gap or role_pattern().fullmatch(gap)):
                    ctx.add(person, "participatesIn", event, sentence, "participation.programme-line", 0.7)
                    break
