"""The parties between whom a programme is agreed: "De Hervormingsagenda wordt uitonderhandeld tussen
Rijk, VNG en de aanbieders" (each named party ``participatesIn`` it).

A programme that is negotiated, agreed or closed "tussen A, B en C" has those parties; a party the text
does not name (the aanbieders, het Rijk) gives nothing. A denied or planned clause states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het Sportakkoord Oost wordt nu uitonderhandeld tussen het Rijk, de VNG en de sportbonden."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.tussen-partijen"]
[('VNG', 'Sportakkoord Oost')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_negotiations"]

_BETWEEN = re.compile(r"\b(?:wordt|werd|is|zijn|worden|werden)\s+(?:(?:nu|inmiddels|al|in\s+\d{4})\s+)?"
                      r"(?:uitonderhandeld|onderhandeld|afgesproken|gesloten|overeengekomen|ondertekend|opgesteld)\s+"
                      r"tussen\s+")
_PARTY_GAP = re.compile(r"[^.;:()]{0,40}?")


def find_negotiations(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the named parties of "<programma> wordt uitonderhandeld tussen A, B en C"."""
    if " tussen " not in sentence.text:
        return
    for cue in ctx.asserted_cues(_BETWEEN, sentence):
        things = [m for m in mentions if m.type == "Programme" and m.end <= cue.start()]
        if not things or things[0].start - ctx.content_start(sentence) > 4:
            continue
        clause_end = next((m.start() + cue.end() for m in re.finditer(r"[.;:]", ctx.text[cue.end():sentence.end])),
                          sentence.end)
        for party in (m for m in mentions if cue.end() <= m.start < clause_end and m.type in ACTORS):
            ctx.add(party, "participatesIn", things[0], sentence, "relations.tussen-partijen", 0.65)
