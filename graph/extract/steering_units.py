"""The body that steers a programme: "De woondeal wordt bestuurlijk aangestuurd door een regietafel".

A programme's governance is told in the passive with the steering body as the agent::

    De Woondeal Regio Zuid wordt bestuurlijk aangestuurd door een regietafel, die wordt voorgezeten door X.
    Het programma Y werd aangestuurd door de stuurgroep Y.

The programme is the subject (a named one or "de woondeal" pointing back to it), then "wordt/werd", an optional
"bestuurlijk" or "ambtelijk", "aangestuurd" or "bestuurd", "door" and the unit (with "een", "de" or "het" before
it): the unit is part of the programme (``partOf``). An organisation as agent ("aangestuurd door de provincie")
leads the programme, which :mod:`graph.extract.leadership` reads; a denied clause says nothing. Rule
``relations.aangestuurd-door-unit`` (round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De City Deal Zon wordt bestuurlijk aangestuurd door een regietafel, voorgezeten door Eva Kok."
>>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "relations.aangestuurd-door-unit"]
[('regietafel', 'partOf', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_steering_units"]

#: the passive after the programme: "wordt (bestuurlijk) aangestuurd door (een) "
_STEERED = re.compile(r"\s+(?:wordt|werd|is|was)\s+(?:(?:bestuurlijk|ambtelijk|sinds\s+\d{4})\s+)?(?:aangestuurd|bestuurd)"
                      r"\s+door\s+(?:een\s+|de\s+|het\s+)?")


def find_steering_units(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the unit a "<programma> wordt aangestuurd door een <unit>" sentence names as part of the programme."""
    if "door" not in sentence.text or "stuurd" not in sentence.text:
        return
    for programme, unit in zip(mentions, mentions[1:]):
        if programme.type != "Programme" or unit.type != "OrganisationalUnit":
            continue
        steered = _STEERED.match(ctx.text, programme.end, unit.start)
        if steered is not None and steered.end() == unit.start and ctx.asserted(sentence, programme.start, unit.end):
            ctx.add(unit, "partOf", programme, sentence, "relations.aangestuurd-door-unit", 0.7)
