""""Niet A maar B …": A is denied, so no fact of that sentence is A's.

A correction or an answer often names who does something by contrasting them with whom a reader
might expect: "Niet Hilversum maar Hoorn neemt deel aan de City Deal", "Trekker is niet Eva Kok, maar
Jan Smit". The rules that read a list of subjects take both names; the one after "niet" is denied, so
the facts of that sentence with it as an end are dropped (B's stand). Only a name right after "niet"
(an article or "de gemeente" between them) and right before "maar" or ", maar" and a name of the same
kind counts: "niet alleen A maar ook B" states both, and "niet in A maar in B" is left to the rules
that read places. (Round 53e.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Niet Venlo maar Ede doet mee aan de City Deal Zon."
>>> [r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "participatesIn"]
['Ede']
>>> text = "Niet alleen Venlo maar ook Ede doet mee aan de City Deal Zon."
>>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "participatesIn")
['Ede', 'Venlo']
"""

from __future__ import annotations

import re

from .model import Mention, Relation

__all__ = ["denied_ends", "without_denied_ends"]

#: what stands between "niet" and the denied name
_BEFORE = re.compile(r"\bniet\s+(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?$", re.IGNORECASE)
#: what stands between the denied name and the one instead of it
_BUT = re.compile(r"\s*,?\s+maar\s+(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?")


def denied_ends(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions of ``mentions`` (in text order) that "niet A maar B" denies: A, when B is a mention of A's kind.

    >>> s = "Niet Venlo maar Ede doet mee."
    >>> ms = [Mention(5, 10, "Venlo", "Municipality", "", 1.0), Mention(16, 19, "Ede", "Municipality", "", 1.0)]
    >>> [m.text for m in denied_ends(s, ms)]
    ['Venlo']
    """
    if "maar" not in text:
        return []
    out = []
    for here, after in zip(mentions, mentions[1:]):
        if "iet" not in text[max(0, here.start - 40):here.start] or here.type != after.type:
            continue
        but = _BUT.match(text, here.end)
        if but is not None and but.end() == after.start and _BEFORE.search(text, max(0, here.start - 40), here.start):
            out.append(here)
    return out


def without_denied_ends(relations: list[Relation], denied: list[Mention]) -> list[Relation]:
    """``relations`` without those with an end among ``denied`` (:func:`denied_ends`)."""
    if not denied:
        return relations
    starts = {(m.start, m.end) for m in denied}
    return [r for r in relations
            if (r.subject.start, r.subject.end) not in starts and (r.object.start, r.object.end) not in starts]
