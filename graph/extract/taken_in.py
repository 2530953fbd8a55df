"""Actors taken into a programme: "(BZK heeft) Enschede en Almelo in het programma X opgenomen", "Breda en
Ede zijn opgenomen in de City Deal X", "Zwolle is toegevoegd aan de Regio Deal X" (round 43a).

Who puts a town into a programme makes it take part: the towns listed right before "in <programme>"
(verb last: a subordinate clause or a perfect) or, before the verb, as the subject of "zijn/werden
opgenomen in" (passive) take part in it. A plan, a question or a denial states nothing
(:meth:`DocContext.asserted`); persons are left to the rules of roles.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het ministerie heeft Breda en Ede in de City Deal Zon opgenomen."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "relations.opgenomen-in")
[('Breda', 'City Deal Zon'), ('Ede', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["taken_in"]

#: the places and bodies that may be taken in (a ministry or a unit is not put into a programme)
_TAKEN = frozenset({"Municipality", "Province", "Organisation"})
#: the verb after the programme (verb last): "(… A en B in het programma X) (heeft|hebben|zijn)? opgenomen"
_VERB_LAST = re.compile(r"\s*(?:(?:heeft|hebben|had|hadden|is|zijn|was|waren|wordt|worden|werd|werden)\s+)?"
                        r"(?:opgenomen|toegevoegd)\b")
#: the passive before the programme: "(A en B) zijn (in 2023) opgenomen in (de|het)"
_PASSIVE_BEFORE = re.compile(r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:opgenomen\s+in|toegevoegd\s+aan)\s+(?:de\s+|het\s+)?$")
#: "in" (or "aan") and an article right before the programme, for the verb-last order
_INTO = re.compile(r"\s(?:in|aan)\s+(?:de\s+|het\s+)?$")
#: where the clause of the actors starts: a comma, "dat", "die"
_CLAUSE_START = re.compile(r"[,;:]|\b(?:dat|die|en dat)\s")


def taken_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The facts of "opgenomen in / toegevoegd aan" a programme in ``sentence`` (see the module)."""
    text = ctx.text
    for target in (m for m in mentions if m.type == "Programme"):
        window = text[max(sentence.start, target.start - 60):target.start]
        passive = _PASSIVE_BEFORE.search(window)
        verb_last = _VERB_LAST.match(text, target.end, sentence.end) if _INTO.search(window) else None
        if passive is None and verb_last is None:
            continue
        cue_start = target.start - len(window) + (passive.start() if passive else _INTO.search(window).start())
        cue_end = verb_last.end() if verb_last is not None else target.start
        if not ctx.asserted(sentence, cue_start, cue_end):
            continue
        starts = [c.end() for c in _CLAUSE_START.finditer(text, sentence.start, cue_start)]
        clause_start = max([ctx.content_start(sentence)] + starts)
        before = [m for m in mentions if clause_start <= m.start and m.end <= cue_start]
        if not before:
            continue
        listed = next((found for m in before if m.type in _TAKEN
                       for found in [ctx.list_after(m.start, cue_start, types=_TAKEN)]
                       if found and found[0] is m and found[-1] is before[-1]), [])
        if not listed or text[listed[-1].end:cue_start].strip():
            continue  # the list must end right before "in <programme>" / the passive verb
        for actor in listed:
            ctx.add(actor, "participatesIn", target, sentence, "relations.opgenomen-in", 0.75)
