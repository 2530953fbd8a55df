"""The body that commissions a unit or programme: "Opdrachtgever is de Pijler Economie en Werk".

On a page about a unit or programme (its title or section names it), "Opdrachtgever (van de taskforce)
is X" and "X is (de) opdrachtgever" say X commissioned it and it answers to X: it is led by X. A denied
clause states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Taskforce Slimme Logistiek\\n\\nDe taskforce zoekt ruimte. Opdrachtgever is de Pijler Economie en Werk."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.opdrachtgever"]
[('Taskforce Slimme Logistiek', 'Pijler Economie en Werk')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_commissioners"]

_LEADERS = frozenset({"Organisation", "OrganisationalUnit", "Ministry", "Municipality", "Province"})
_THINGS = frozenset({"OrganisationalUnit", "Programme"})
#: "Opdrachtgever (van de taskforce) is (de) X"
_COMMISSIONER_IS = re.compile(r"\s*(?:De\s+|Het\s+)?[Oo]pdrachtgever\s+(?:van\s+(?:de|het|dit|deze)\s+\w+\s+)?(?:is|was)\s+"
                              r"(?:de\s+|het\s+)?")


def _page_thing(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one unit or programme the title (the first sentence) names."""
    first = ctx.sentences[0] if ctx.sentences else None
    named = {m.label: m for m in ctx.in_sentence(first) if m.type in _THINGS} if first is not None else {}
    return next(iter(named.values())) if len(named) == 1 else None


def find_commissioners(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<page's unit or programme> ledBy X" for "Opdrachtgever is X"."""
    if "pdrachtgever" not in sentence.text:
        return
    cue = _COMMISSIONER_IS.match(ctx.text, ctx.content_start(sentence), sentence.end)
    leader = next((m for m in mentions if cue and m.start == cue.end() and m.type in _LEADERS), None)
    thing = _page_thing(ctx, sentence) if leader is not None else None
    if thing is not None and thing.label != leader.label and ctx.asserted(sentence, cue.start(), leader.end):
        ctx.add(thing, "ledBy", leader, sentence, "relations.opdrachtgever", 0.65, stated_at=leader.start)
