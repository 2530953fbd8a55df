"""A passive succession of a pronoun after a semicolon: "Contactpersoon voor Nijmegen was tot 1 mei 2025 Ellen
Stroeve; per 1 mei 2025 is zij opgevolgd door Bram Kuijpers" — Kuijpers succeeded Stroeve on 1 May 2025
(heldout34, round 50a). The pronoun stands for the one person the clause before the semicolon names.

Called per sentence by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Contactpersoon voor Breda was tot 1 mei 2025 Ellen Stoop; per 1 mei 2025 is zij opgevolgd door Bram Kuip."
>>> [(r.subject.text, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "succeeded"]
[('Bram Kuip', 'Ellen Stoop', '2025-05-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date

__all__ = ["semicolon_successor"]

#: "; (per 1 mei 2025) is zij (per 1 mei) opgevolgd door ", "; zij werd opgevolgd door "
_PASSIVE = re.compile(r";\s*(?:(?:per|op|vanaf|sinds|in|met\s+ingang\s+van)\s+[^,;]{1,30}?\s+(?:is|werd|wordt)\s+(?:zij|hij|ze)|"
                      r"(?:zij|hij|ze)\s+(?:is|werd|wordt))\s+(?:[\w-]+\s+){0,4}?opgevolgd\s+door\s+(?:(?:de\s+heer|mevrouw)\s+)?",
                      re.IGNORECASE)


def semicolon_successor(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add "Y succeeded X" for "…X…; (per D) is zij opgevolgd door Y" (see the module docstring)."""
    passive = _PASSIVE.search(ctx.text, sentence.start, sentence.end)
    new = next((p for p in persons if passive is not None and p.start == passive.end()), None)
    if new is None:
        return
    before = [p for p in persons if p.end <= passive.start() and p.start >= ctx.text.rfind(";", sentence.start, passive.start())]
    if len({p.label for p in before}) != 1 or before[0].label == new.label \
            or not ctx.asserted(sentence, passive.start(), new.end):
        return
    day = change_date(ctx.text, passive.start(), sentence.end, year=ctx.date)
    ctx.add(new, "succeeded", before[0], sentence, "succession.semicolon-passive", 0.7, since=day)
