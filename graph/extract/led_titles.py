"""The time of a leader named by a title after "geleid door" (round 59e): "… wordt sinds januari 2023 geleid door
kwartiermaker X".

A title before a name ("kwartiermaker X", rule ``roles.before-name``) describes its holder and takes no time of the
sentence: "wethouder X opende in 2023 het centrum" says nothing of when X became wethouder. After a passive cue of
leading ("geleid door", "voorgezeten door", "onder leiding van") the title is the post the sentence is about, so
the sentence's time is the post's: "Het consortium wordt sinds januari 2023 geleid door kwartiermaker Hidde
Raemaekers" makes Raemaekers kwartiermaker since January 2023, as "X is sinds januari 2023 kwartiermaker van het
consortium" does. A title elsewhere keeps no time (:func:`with_led_titles`), nor a title whose body is named after
the name: "voorgezeten door wethouder X van Venlo" dates the chair, not X's office in Venlo.

Examples
--------
>>> from tests.extract_facts import dated_relations
>>> sorted(dated_relations("Het Programma Groene Wijken wordt sinds januari 2023 geleid door kwartiermaker Eva Smit.",
...                        "2023-09-14"))
[('Eva Smit', 'Programma Groene Wijken', 'kwartiermaker', False, '2023-01-01', None)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import DocContext

__all__ = ["with_led_titles"]

#: the passive cue right before the title: "geleid door (de) kwartiermaker X"
_LED_BY = re.compile(r"\b(?:geleid|voorgezeten|getrokken|gecoördineerd)\s+door\s+(?:de\s+|het\s+)?\Z|\bonder\s+(?:leiding|voorzitterschap)\s+van\s+(?:de\s+)?\Z",
                     re.IGNORECASE)


def with_led_titles(ctx: DocContext) -> None:
    """Date each undated title-before-name role right after a passive cue of leading by its sentence (see the module)."""
    for k, relation in enumerate(ctx.relations):
        if relation.rule != "roles.before-name" or relation.predicate != "hasRole" or relation.valid_from \
                or relation.valid_until or relation.past:
            continue
        sentence = ctx.sentence_at(relation.subject.start)
        title = ctx.text.rfind(" ", 0, relation.subject.start - 1) + 1  # the title's word before the name
        if sentence is None or not (sentence.start <= relation.object.start and relation.object.end <= title):
            continue  # the led thing is named before the cue: not "geleid door wethouder X van Venlo" (Venlo's office)
        if not _LED_BY.search(ctx.text[max(sentence.start, title - 40):title]):
            continue
        period = ctx.period_of(sentence, relation.subject, relation.object)
        if period is None or not (period.valid_from or period.valid_until):
            continue
        ended = bool(period.valid_until and ctx.date and period.valid_until < ctx.date[:10] and not period.during)
        ctx.relations[k] = replace(relation, valid_from=period.valid_from, valid_until=period.valid_until, past=ended,
                                   valid_from_precision=period.from_precision,
                                   valid_until_precision=period.until_precision)
