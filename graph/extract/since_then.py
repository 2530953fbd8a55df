""""Sindsdien" dates a fact from the day the sentence before names.

"Anna Kroes stopte per 1 juni 2025 als voorzitter. Sindsdien is Carla Veen voorzitter a.i. van de
themagroep Wonen.": Carla Veen chairs from 1 June 2025 — not from the start of the period a year
report covers, which a present tense without a time of its own would get. The day is the one change
date the sentence before states (in the same paragraph); with none, or more than one, nothing changes.
"Sindsdien" opens the sentence, or stands right after its verb ("Carla Veen is sindsdien voorzitter").
Where someone comes from ("Carla Veen (Emmen)") is no fact that started then.

Called by :mod:`graph.extract.relations` after the sentence rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarverslag 2025\\n\\n28 januari 2026\\n\\nAnna Kroes stopte per 1 juni 2025 als voorzitter van de themagroep "
...         "Wonen. Sindsdien is Carla Veen voorzitter van de themagroep Wonen.")
>>> sorted((r.subject.text, r.valid_from, r.valid_until) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "hasRole")
[('Anna Kroes', None, '2025-05-31'), ('Carla Veen', '2025-06-01', None)]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .periods import day_after, find_periods

__all__ = ["date_since_then"]

#: "Sindsdien …" opening the sentence, or "X is/zijn sindsdien …" after the verb
_SINCE_THEN = re.compile(r"\s*(?:Sindsdien|Sinds\s+die\s+datum|Sinds\s+dat\s+moment)\b|"
                         r"[^,;.]{1,80}?\b(?:is|zijn|was|waren|zit|zitten)\s+(?:zij|hij|ze\s+)?sindsdien\b")


def _day_before(ctx: DocContext, sentence) -> str | None:
    """The one change date the sentence before ``sentence`` (same paragraph) states, else None."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    periods = find_periods(ctx.text, previous.start, previous.end, year=ctx.date)
    days = {p.valid_from or (day_after(p.valid_until) if p.valid_until else None) for p in periods if not p.during}
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def date_since_then(ctx: DocContext) -> None:
    """Start the facts of a "Sindsdien" sentence on the day the sentence before names (see the module
    docstring)."""
    if "indsdien" not in ctx.text and "inds d" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if not _SINCE_THEN.match(ctx.text, ctx.content_start(sentence), sentence.end):
            continue
        day = _day_before(ctx, sentence)
        if day is None:
            continue
        for index, relation in enumerate(ctx.relations):
            if relation.evidence_start == sentence.start and relation.predicate != "affiliatedWith" \
                    and relation.valid_from is None \
                    and relation.valid_until is None and not relation.past:
                ctx.relations[index] = dataclasses.replace(relation, valid_from=day, valid_from_precision=None)
