"""A sentence that the next one calls wrong states no fact: "… Dat is onjuist: …".

A rectification (a correction notice, a reply to a report) repeats the wrong claim and then denies
it::

    In een eerder bericht stond dat X trekker is van het programma Y. Dat is onjuist: X is
    projectleider, de trekker is wethouder Z.

The facts read from the first sentence are dropped; what follows the denial ("X is projectleider",
"wethouder Z") is read as any other sentence. Only a denial that opens the next sentence and points
back with "dat", "dit" or "het" counts ("Dat is onjuist", "Dit klopt niet", "Het bericht is
onjuist" does not point back to one sentence and is left alone). Called by
:func:`graph.extract.extract` on the relations of a document.

Examples
--------
>>> from graph.extract.sentences import split_sentences
>>> text = "Ede doet mee aan de City Deal Zon. Dat is onjuist: Ede doet niet mee."
>>> [text[s.start:s.end] for s in rectified_sentences(text, split_sentences(text))]
['Ede doet mee aan de City Deal Zon.']
>>> text = "Ede doet mee aan de City Deal Zon. Dat is een goed plan."
>>> rectified_sentences(text, split_sentences(text))
[]
"""

from __future__ import annotations

import logging
import re

from .model import Relation, Sentence

__all__ = ["rectified_sentences", "without_rectified"]

log = logging.getLogger(__name__)

#: the opening of a sentence that calls the one before wrong
#: (not a partial one: "Dat klopt niet helemaal", "Dat is niet geheel juist")
_DENIAL = re.compile(r"(?:dat|dit|het)\s+(?:is|was)\s+(?:onjuist|niet\s+juist|niet\s+correct|incorrect|niet\s+waar)\b"
                     r"|(?:dat|dit|het)\s+klopt\s+niet\b(?!\s+(?:helemaal|geheel|volledig|precies|alleen))"
                     r"|(?:dat|dit)\s+berust\s+op\s+een\s+(?:misverstand|vergissing)\b",
                     re.IGNORECASE)


def rectified_sentences(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """The sentences of ``text`` whose next sentence (no heading between) opens with a denial."""
    body = [s for s in sentences if not s.is_heading]
    return [before for before, after in zip(body, body[1:])
            if _DENIAL.match(text, after.start, after.end) and "\n\n" not in text[before.end:after.start]]


def without_rectified(relations: list[Relation], text: str, sentences: list[Sentence]) -> list[Relation]:
    """``relations`` without those whose evidence lies inside a sentence the next one calls wrong."""
    wrong = rectified_sentences(text, sentences)
    if not wrong:
        return relations
    return [r for r in relations
            if not any(s.start <= r.evidence_start and r.evidence_end <= s.end for s in wrong)]
