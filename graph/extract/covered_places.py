"""participatesIn of places a programme covers: "Zaanstad en Haarlem vallen onder de Woondeal X".

A municipality or province that falls under a deal or programme is one of the places it is made for: it
takes part in it. (A unit that falls under a pijler is part of it: :mod:`graph.extract.part_clauses`.)
Only the places that open the clause are its subjects; a denial or a plan states nothing ("Alkmaar valt
nog niet onder een woondeal").

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Zaanstad en Haarlem vallen onder de Woondeal Metropoolregio Amsterdam."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "relations.valt-onder-programma")
[('Haarlem', 'Woondeal Metropoolregio Amsterdam'), ('Zaanstad', 'Woondeal Metropoolregio Amsterdam')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .subjects import coordinated

__all__ = ["find_covered_places"]

#: "valt/vallen (ook, sinds 2023) onder (de/het)" right before the programme
_FALLS_UNDER = re.compile(r"\b(?:valt|vallen|viel|vielen)\s+(?:(?:ook|nu|al|sinds\s+\S+|inmiddels)\s+){0,2}onder\s+"
                          r"(?:de\s+|het\s+)?", re.IGNORECASE)
_PLACES = frozenset({"Municipality", "Province"})


def find_covered_places(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<place> participatesIn <programme>" for the places that open a clause "… vallen onder <programme>"."""
    for match in ctx.asserted_cues(_FALLS_UNDER, sentence):
        programme = next((m for m in mentions if m.start == match.end()), None)
        if programme is None or programme.type != "Programme":
            continue
        subject = ctx.subject(sentence, match.start(), types=_PLACES)
        if subject is None or subject.start < ctx.content_start(sentence):
            continue
        places = [subject, *coordinated(ctx, subject, match.start())]
        if not all(m.type in _PLACES for m in places) or places[-1].end < match.start() - 30:
            continue
        for place in places:
            ctx.add(place, "participatesIn", programme, sentence, "relations.valt-onder-programma", 0.7)
