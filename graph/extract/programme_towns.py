"""participatesIn from a programme's towns listed after a colon.

A programme that opens a sentence and says what it starts with or consists of, then lists towns
after a colon, names the towns that take part in it::

    Het akkoord start met vier proefregio's, elk rond een G40-stad: Amersfoort, Leiden, Haarlemmermeer
    en Assen.
    De City Deal omvat drie pilotsteden: Breda, Ede en Delft.

or right after "met", without a colon (round 39a)::

    De City Deal startte in 2015 met Breda, Ede en Tilburg.

The list is of municipalities (two or more) and runs to the end of the sentence; a denied clause
states nothing. Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De City Deal Zon start met drie pilotsteden: Breda, Ede en Delft."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted(r.subject.text for r in ex.relations if r.rule == "relations.programma-start-met")
['Breda', 'Delft', 'Ede']
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_programme_towns"]

#: after the programme: what it starts with or consists of, up to the colon that opens the list
_STARTS_WITH = re.compile(r"\s+(?:start|startte|begint|begon|bestaat|bestond|omvat|omvatte|telt|telde)\s+"
                          r"(?:(?:met|uit)\s+)?[^.;:]{0,80}:\s*")
#: the towns right after "met": "(De City Deal) startte in 2015 met (de gemeenten) Breda, Ede en Tilburg"
_STARTS_WITH_TOWNS = re.compile(r"\s+(?:start|startte|startten|begint|begon)\s+(?:(?:in|op|per|vanaf)\s+[\w ]{1,20}?\s+)?"
                                r"met\s+(?:de\s+(?:gemeenten|steden)\s+)?")
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b")


def find_programme_towns(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add participatesIn for the towns listed after "<programma> start met …:" (see the module docstring)."""
    if not mentions or mentions[0].type != "Programme":
        return
    programme = mentions[0]
    if programme.start - ctx.content_start(sentence) > 4:
        return
    match = _STARTS_WITH.match(ctx.text, programme.end, sentence.end) if ":" in sentence.text else None
    whole = match is None  # without a colon the towns are all the sentence says after "met"
    match = match or _STARTS_WITH_TOWNS.match(ctx.text, programme.end, sentence.end)
    if match is None or _DENIED.search(ctx.text, programme.end, match.end()):
        return
    towns = ctx.list_after(match.end(), sentence.end, types={"Municipality"})
    if len(towns) < 2 or towns[0].start != match.end() \
            or whole and not re.fullmatch(r"\s*[.;]?\s*", ctx.text[towns[-1].end:sentence.end]):
        return
    for town in towns:
        ctx.add(town, "participatesIn", programme, sentence, "relations.programma-start-met", 0.7)
