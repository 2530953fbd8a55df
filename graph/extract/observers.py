"""Observers of a unit: "Het IPO is als toehoorder bij de vergaderingen aanwezig".

On a page about one unit or programme (its title names it), an actor or person that attends "als
toehoorder/waarnemer/adviseur/agendalid" ("is … aanwezig", "neemt … deel", "schuift … aan") takes part
in it. A denied clause states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Taskforce Slimme Logistiek\\n\\nDe taskforce zoekt ruimte. De VNG is als waarnemer bij de vergaderingen aanwezig."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.als-toehoorder"]
[('VNG', 'Taskforce Slimme Logistiek')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_observers"]

_AS_OBSERVER = re.compile(r"\b(?:is|zijn|was|waren|neemt|nemen|nam|namen|schuift|schuiven|schoof|schoven)\s+"
                          r"(?:(?:ook|steeds|vast|altijd)\s+)?als\s+(?:vaste?\s+)?(?:toehoorder|toehoorders|waarnemer|waarnemers|"
                          r"agendalid|agendaleden)\b[^.;:]{0,50}?\b(?:aanwezig|deel|aan)\b")
_THINGS = frozenset({"OrganisationalUnit", "Programme"})


def _page_thing(ctx: DocContext) -> Mention | None:
    first = ctx.sentences[0] if ctx.sentences else None
    named = {m.label: m for m in ctx.in_sentence(first) if m.type in _THINGS} if first is not None else {}
    return next(iter(named.values())) if len(named) == 1 else None


def find_observers(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<observer> participatesIn <the page's unit>" (see the module's docstring)."""
    if " als " not in sentence.text:
        return
    for cue in ctx.asserted_cues(_AS_OBSERVER, sentence):
        observer = ctx.subject(sentence, cue.start(), persons=True)
        thing = _page_thing(ctx) if observer is not None else None
        if thing is not None and observer.type in ACTORS | {"Person"} and observer.label != thing.label:
            ctx.add(observer, "participatesIn", thing, sentence, "relations.als-toehoorder", 0.6)
