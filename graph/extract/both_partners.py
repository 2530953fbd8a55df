"""Partners named together by "beide": "Met beide ministeries hebben we een vast overleg".

"beide ministeries" (gemeenten, provincies, organisaties) points back to the last two of that kind
named in the sentences before; a fronted "Met beide X" with a verb of meeting or agreeing says the
clause's subject works with each of them. A denied clause states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De VNG spreekt met OCW en SZW. Met beide ministeries heeft de VNG een vast overleg."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "relations.met-beide")
[('VNG', 'OCW'), ('VNG', 'SZW')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .subjects import subject_or_context

__all__ = ["find_both_partners"]

_KIND = {"ministeries": "Ministry", "gemeenten": "Municipality", "provincies": "Province", "organisaties": "Organisation"}
_WITH_BOTH = re.compile(r"\s*Met\s+(?:beide|de\s+twee|die\s+twee)\s+(?P<kind>ministeries|gemeenten|provincies|organisaties)\s+"
                        r"(?P<verb>(?:hebben|heeft|hadden|had|voeren|voert|voerden|houden|houdt|maakten|maken|maakt)\b"
                        r"[^.;:]{0,60}?\b(?:\w*overleg|gesprekken|gesprek|afspraken|contact|convenant)\b)")


def _last_two(ctx: DocContext, sentence: Sentence, kind: str) -> list[Mention]:
    """The last two distinct mentions of ``kind`` in the two sentences before ``sentence``."""
    found: dict[str, Mention] = {}
    previous = sentence
    for _ in range(2):
        previous = ctx.previous_sentence(previous)
        if previous is None:
            break
        for m in reversed(ctx.in_sentence(previous)):
            if m.type == kind and m.label not in found and len(found) < 2:
                found[m.label] = m
        if len(found) == 2:
            break
    return list(found.values()) if len(found) == 2 else []


def find_both_partners(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<subject> collaboratesWith" each of "beide <kind>" (see the module's docstring)."""
    match = _WITH_BOTH.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if match is None or not ctx.asserted(sentence, match.start(), match.end()):
        return
    partners = _last_two(ctx, sentence, _KIND[match.group("kind")])
    subject = subject_or_context(ctx, sentence, match.end(), programmes=False) if partners else None
    for partner in partners:
        ctx.add(subject, "collaboratesWith", partner, sentence, "relations.met-beide", 0.65)
