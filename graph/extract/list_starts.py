"""A start the line above a list gives to all its items: "Het college bestaat per 13 mei 2026 uit:"
over "- burgemeester A: …;" and "- wethouder B: …;" (walkthrough 23, finding 4). Each item's role
read off how its holder is titled ("wethouder B") holds from that day, not from the document's: the
lead line dates the composition it introduces. A lead that says when something ends ("tot", a
leaving) or gives more than one time dates nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Gemeente Ede\\n\\nHet college bestaat per 13 mei 2026 uit:\\n\\n- burgemeester Eva Kok;\\n- wethouder Jan Smit: Zorg.\\n"
>>> sorted((r.subject.text, r.role, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...        date="2026-05-20").relations if r.predicate == "hasRole")
[('Eva Kok', 'burgemeester', '2026-05-13'), ('Jan Smit', 'wethouder', '2026-05-13')]
"""

from __future__ import annotations

import bisect

from .context import DocContext
from .model import Sentence
from .periods import find_periods, leaving

__all__ = ["listed_since"]


def listed_since(ctx: DocContext, sentence: Sentence) -> tuple[str, str | None] | None:
    """The start (and its precision) the lead line of ``sentence``'s bullet list gives, where the lead
    ends with a colon and states one start and no end; None otherwise."""
    if sentence.bullet_list is None:
        return None
    k = bisect.bisect_left(ctx.scope.starts, sentence.start) - 1
    while k >= 0 and ctx.sentences[k].bullet_list == sentence.bullet_list:
        k -= 1
    if k < 0 or ctx.sentences[k].bullet_list is not None:
        return None
    lead = ctx.sentences[k]
    if not ctx.text[lead.start:lead.end].rstrip().endswith(":") or leaving(ctx.text, lead.start, lead.end):
        return None
    periods = find_periods(ctx.text, lead.start, lead.end, year=ctx.date)
    if len(periods) != 1 or not periods[0].valid_from or periods[0].valid_until:
        return None
    return periods[0].valid_from, periods[0].from_precision
