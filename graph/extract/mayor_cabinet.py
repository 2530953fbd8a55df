"""The Kabinet van de burgemeester: the mayor's office of a municipality, and the town it belongs to.

A Dutch municipality's "Kabinet (van de burgemeester)" is the unit that supports the mayor (royal
honours, public order, ceremonies); "het kabinet" alone is the national government, so only the full
phrase names the unit (:func:`mayor_cabinets`). It is part of the municipality whose burgemeester the
document names: "Burgemeester Eva Visser van Purmerend … Neem contact op met het Kabinet van de
burgemeester" (:func:`cabinet_parents`, round 55d); with no burgemeester, or those of two towns, the
unit stays without a parent.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Neem contact op met het Kabinet van de burgemeester, contactpersoon Lotte Groen. Het kabinet besluit."
>>> [(m.text, m.label) for m in mayor_cabinets(text, tokenize(text), set())]
[('Kabinet van de burgemeester', 'Kabinet van de burgemeester')]
"""

from __future__ import annotations

import bisect
import re

from .context import DocContext
from .model import Mention
from .tokens import Token

__all__ = ["mayor_cabinets", "cabinet_parents", "CABINET_RULE"]

CABINET_RULE = "units.mayor-cabinet"
_CABINET = re.compile(r"\b[Kk]abinet\s+van\s+de\s+[Bb]urgemeester\b")


def mayor_cabinets(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """The mentions of "(het) Kabinet van de burgemeester" in ``text`` whose tokens no mention took."""
    if "abinet" not in text:
        return []
    starts = [t.start for t in tokens]
    found = []
    for match in _CABINET.finditer(text):
        first, last = bisect.bisect_left(starts, match.start()), bisect.bisect_left(starts, match.end())
        if any(k in blocked for k in range(first, last)):
            continue
        found.append(Mention(match.start(), match.end(), match.group(), "OrganisationalUnit", CABINET_RULE, 0.8,
                             name="Kabinet van de burgemeester", kind="kabinet"))
    return found


def cabinet_parents(ctx: DocContext) -> None:
    """Put each Kabinet van de burgemeester under the one municipality whose burgemeester the document names."""
    cabinets = [m for m in ctx.mentions if m.rule == CABINET_RULE]
    if not cabinets:
        return
    towns = {r.object.label: r.object for r in ctx.relations if r.predicate == "hasRole" and r.role == "burgemeester"
             and r.object.type == "Municipality" and not r.past}
    if len(towns) != 1:
        return
    town = next(iter(towns.values()))
    for cabinet in cabinets:
        sentence = ctx.sentence_at(cabinet.start)
        if sentence is not None:
            ctx.add(cabinet, "partOf", town, sentence, "relations.kabinet-van-de-burgemeester", 0.7)
