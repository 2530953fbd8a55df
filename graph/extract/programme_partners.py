"""Partners named in a programme: "in de Regio Deal X werken A en B samen met C" — all take part in X too.

A sentence that places a collaboration in a programme ("in de Regio Deal Twente de gemeenten Enschede en
Hengelo samenwerken met de provincie Overijssel", "In de City Deal Y werkt Breda samen met TNO") states
who takes part in the programme: the actors on both sides of "samen met" do (and work together in it). Used by :mod:`graph.extract.collaboration` (rule ``relations.samen-met-in``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "In de City Deal Slimme Haven werken de gemeenten Delft en Ede samen met TNO."
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)
[('Delft', 'participatesIn', 'City Deal Slimme Haven'), ('Ede', 'participatesIn', 'City Deal Slimme Haven'), \
('TNO', 'participatesIn', 'City Deal Slimme Haven')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["programme_of_collaboration", "RULE"]

RULE = "relations.samen-met-in"

#: "in de" / "in het" right before the programme
_IN = re.compile(r"(?:^|\s)in\s+(?:de|het)\s+$", re.IGNORECASE)
#: what may stand between the programme and the first actor: the verb of a fronted clause, the actors' kind
_BETWEEN = re.compile(r"\s*(?:(?:werken|werkt|zijn|is)\s+)?(?:(?:de|het)\s+)?(?:gemeenten?|steden|provincies?|partners?|"
                      r"partijen)?\s*", re.IGNORECASE)


def programme_of_collaboration(ctx: DocContext, sentence: Sentence, subjects: list[Mention]) -> Mention | None:
    """The programme the collaboration of ``subjects`` is placed in ("in de Regio Deal X de gemeenten A …"), else None."""
    if not subjects:
        return None
    first = min(subjects, key=lambda m: m.start)
    before = [m for m in ctx.in_span(sentence.start, first.start) if m.type == "Programme"]
    if not before:
        return None
    programme = before[-1]
    start = ctx.text.rfind("\n", 0, programme.start) + 1
    if not _IN.search(ctx.text[max(start, programme.start - 12):programme.start]) \
            or not _BETWEEN.fullmatch(ctx.text, programme.end, first.start):
        return None
    return programme
