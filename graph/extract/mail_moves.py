"""A sender who announces a new job: "Ik ga aan de slag bij de gemeente Rotterdam" in a signed message.

The message's sender (:mod:`graph.extract.mail`) works at the new employer from then on, and the ties
the message gives the sender with another town, ministry or organisation (the signature's "Senior
beleidsadviseur / Gemeente Delft") end the day before the one change date the message states ("Per 1
maart 2025 neemt Y de plaats in van X": the sender leaves by then). Without one date nothing ends: the
signature holds on the message's day.

Called by :mod:`graph.extract.relations` after the sentence rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Van: Eva Kok <e.kok@ede.example>\\nVerzonden: vrijdag 7 februari 2025 16:40\\nAan: Jan Bos\\n"
...         "Onderwerp: wisseling\\n\\nBeste Jan,\\n\\nPer 1 maart 2025 neemt Piet Laan mijn plaats in. "
...         "Ik ga aan de slag bij de gemeente Breda.\\n\\nGroet,\\nEva Kok\\nBeleidsadviseur\\nGemeente Ede\\n")
>>> sorted((r.object.text, r.predicate, r.valid_from, r.valid_until)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-02-07").relations
...        if r.subject.text == "Eva Kok" and r.object.type == "Municipality")
[('Breda', 'affiliatedWith', '2025-03-01', None), ('Ede', 'hasRole', None, '2025-02-28')]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .mail import messages
from .periods import day_before, find_periods

__all__ = ["find_mail_moves"]

#: "Ik ga (per 1 maart) aan de slag bij (de gemeente) ", "ik ga werken bij", "ik stap over naar"
_I_MOVE = re.compile(r"\b[Ii]k\s+(?:ga|begin|stap)\s+(?:[\w-]+\s+){0,4}?(?:aan\s+de\s+slag\s+bij|werken\s+bij|over\s+naar)\s+"
                     r"(?:de\s+gemeente\s+|de\s+provincie\s+|het\s+ministerie\s+van\s+|de\s+|het\s+)?")
_EMPLOYERS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})


def _change_day(ctx: DocContext, start: int, end: int) -> str | None:
    """The one day a change in ``text[start:end]`` takes effect ("per 1 maart 2025"), else None."""
    days = {p.valid_from for p in find_periods(ctx.text, start, end, year=ctx.date)
            if p.valid_from and not p.valid_until and not p.during}
    return days.pop() if len(days) == 1 else None


def find_mail_moves(ctx: DocContext) -> None:
    """Tie a sender to the employer they announce and end their other ties (see the module docstring)."""
    if "aan de slag" not in ctx.text and "werken bij" not in ctx.text and "over naar" not in ctx.text:
        return
    for message in messages(ctx):
        sender = message.sender
        move = _I_MOVE.search(ctx.text, message.start, message.end) if sender is not None else None
        employer = next((m for m in ctx.in_span(move.end(), message.end) if m.start == move.end()), None) if move else None
        if employer is None or employer.type not in _EMPLOYERS:
            continue
        sentence = ctx.sentence_at(move.start())
        if sentence is None or not ctx.asserted(sentence, move.start(), employer.end):
            continue
        day = _change_day(ctx, message.start, message.end)
        ctx.add(sender, "affiliatedWith", employer, sentence, "firstperson.aan-de-slag-bij", 0.7, since=day,
                stated_at=employer.start)
        if day is None:
            continue
        for index, relation in enumerate(ctx.relations):
            if relation.subject.label == sender.label and relation.object.type in _EMPLOYERS \
                    and relation.object.label != employer.label and relation.predicate in ("affiliatedWith", "hasRole") \
                    and message.start <= relation.evidence_start < message.end and not relation.valid_until:
                ctx.relations[index] = dataclasses.replace(relation, valid_until=day_before(day))
