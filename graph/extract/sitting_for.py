"""Sitting in a body for someone: "X zat namens Ede in de stuurgroep van de Regio Deal Y".

Who sits in a body "namens" a municipality, province, ministry or organisation holds that seat for
it: the one they sit for takes part in the body (``participatesIn``), whatever the clause says of
the person (their own membership is read by :mod:`graph.extract.membership`):

- "Voormalig wethouder X, die tot 2022 namens Ede in de stuurgroep van de Regio Deal Y zat, …":
  Ede takes part in the stuurgroep;
- "Daarnaast zat Blokland namens Zoetermeer in het algemeen bestuur van de MRDH";
- "Namens de G40 zit zij in de stuurgroep van het Programma Woningbouw".

The verb is one of sitting ("zit", "zat", "zitten", "zaten", "heeft zitting"); "neemt namens X deel
aan" is read with the other cues of taking part (:mod:`graph.extract.taking_part`). A clause that
denies or plans it states nothing (:mod:`graph.extract.polarity`), and a body of the actor's own ("namens
de VNG in de VNG-commissie X") is a part of it, not a body it takes part in.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Eva Smit, die namens Ede in de stuurgroep van de City Deal Zon zat, vertrekt."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "relations.zit-namens")
[('Ede', 'de stuurgroep')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_sitting_for"]

#: "namens" and the words of a name's kind before the actor
_ON_BEHALF = re.compile(r"\bnamens\s+(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
#: from the actor to the body: a few words, then "in de/het" ("namens Ede (tot 2022) in de stuurgroep")
#: (an owner's prefix may stand before the body's name: "in de VNG-commissie X")
_TO_BODY = re.compile(r"\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?in\s+(?:(?:de|het)\s+)?(?:[A-Z][\w]*-)?$")
#: a verb of sitting in the clause
_SITS = re.compile(r"\b(?:zit|zat|zitten|zaten|zetelt|zetelde|zitting)\b", re.IGNORECASE)
_BODIES = frozenset({"OrganisationalUnit", "Programme"})
_CLAUSE_END = re.compile(r"[,;:]")
#: an owner's name hyphened to the body's: "VNG-" in "de VNG-commissie X"
_OWNER_PREFIX = re.compile(r"([\w]+)-$")


def _own_body(ctx: DocContext, actor: Mention, body: Mention) -> bool:
    """Whether ``body`` is one of ``actor``'s own ("namens de VNG in de VNG-commissie X"): a part of it, no
    body it takes part in."""
    prefix = _OWNER_PREFIX.search(ctx.text, max(0, body.start - 30), body.start)
    return actor.label in body.label or (prefix is not None and prefix.group(1) in (actor.text, actor.label))


def find_sitting_for(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<actor> participatesIn <body>" for each "namens <actor> … in de <body>" with a verb of sitting."""
    if "amens" not in sentence.text or not _SITS.search(sentence.text):
        return
    for cue in ctx.cues(_ON_BEHALF, sentence):
        actor = next((m for m in mentions if m.start == cue.end() and m.type in ACTORS), None)
        if actor is None:
            continue
        body = next((m for m in mentions if m.start > actor.end and m.type in _BODIES), None)
        if body is None or _TO_BODY.fullmatch(ctx.text, actor.end, body.start) is None:
            continue
        clause_start = max([sentence.start] + [c.end() for c in _CLAUSE_END.finditer(ctx.text, sentence.start, cue.start())])
        clause_end = _CLAUSE_END.search(ctx.text, body.end, sentence.end)
        clause_end = clause_end.start() if clause_end else sentence.end
        if _SITS.search(ctx.text, clause_start, clause_end) is None \
                or not ctx.asserted(sentence, cue.start(), body.end) or _own_body(ctx, actor, body):
            continue
        ctx.add(actor, "participatesIn", body, sentence, "relations.zit-namens", 0.7)
