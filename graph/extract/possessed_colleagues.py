"""A colleague named by a possessive: "X van de VNG, samen met zijn collega Y" (round 60r).

Dutch names a second person of the same organisation as the colleague of the first::

    Tafel 4 wordt geleid door Tim Bos van de VNG, samen met zijn collega Roos Kok.
    Dank aan het G40-bureau, en in het bijzonder Bas Smit en zijn collega Eva Kok.

"zijn/haar collega('s)" right before one or more names: each works where the person the possessive stands for works,
the person named last before it in the sentence: Roos Kok for the VNG, Eva Kok where Bas Smit works as the document
says elsewhere ("Regie: Bas Smit (G40-bureau)"). That person must work at one body only in the document's facts (an
affiliation or a present role; two bodies leave the colleague unplaced), and a colleague already placed there is left
alone (a surname alone names the one its full name closes with: "Verhoef", "Bart Verhoef"). Rule ``relations.possessed-colleague``. A town's adjective before "collega" is :mod:`graph.extract.colleagues`'
("zijn Bredase collega X"); "mijn collega" is the writer's (:mod:`graph.extract.signer_colleagues`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Tafel 4 wordt geleid door Tim Bos van de VNG, samen met zijn collega Roos Kok."
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == RULE]
[('Roos Kok', 'VNG')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention

__all__ = ["find_possessed_colleagues", "RULE"]

RULE = "relations.possessed-colleague"

#: the possessive and the word, right before the names: "zijn collega", "haar collega's"
_COLLEAGUE = re.compile(r"\b(?:[Zz]ijn|[Hh]aar)\s+(?:naaste\s+|directe\s+)?collega(?:'s|’s)?\s+")
_PLACING = frozenset({"affiliatedWith", "hasRole"})


def _same(a: str, b: str) -> bool:
    """Whether two labels name one person: equal, or one the surname the other closes with ("Verhoef", "Bart Verhoef")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _employers(ctx: DocContext, person: Mention) -> set[str]:
    """The labels of the bodies ``person`` works at by the document's facts so far (not past posts)."""
    return {r.object.label for r in ctx.relations if r.predicate in _PLACING and not r.past
            and _same(r.subject.label, person.label) and r.object.type in ACTORS}


def find_possessed_colleagues(ctx: DocContext) -> None:
    """Add each colleague's affiliation with the body the possessor works at (see the module)."""
    if "collega" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "collega" not in sentence.text:
            continue
        mentions = ctx.in_sentence(sentence)
        for match in _COLLEAGUE.finditer(ctx.text, sentence.start, sentence.end):
            colleagues = [m for m in ctx.list_after(match.end(), sentence.end, types={"Person"})]
            before = [m for m in mentions if m.type == "Person" and m.end <= match.start()]
            if not colleagues or colleagues[0].start != match.end() or not before \
                    or not ctx.asserted(sentence, match.start(), match.end()):
                continue
            employers = _employers(ctx, before[-1])
            if len(employers) != 1:
                continue
            label = next(iter(employers))
            body = next(r.object for r in ctx.relations if r.object.label == label and _same(r.subject.label, before[-1].label))
            for colleague in colleagues:
                if label not in _employers(ctx, colleague):
                    ctx.add(colleague, "affiliatedWith", body, sentence, RULE, 0.65, stated_at=match.start())
