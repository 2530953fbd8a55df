"""A colleague named by their town: "zijn Bredase collega Marieke Dekkers", "haar Asser collega's
Jan Bos en Eva Smit". A place adjective before "collega" says in which municipality the person holds
office, as it does before a role word ("de Delftse wethouder X"): each person the words name right
after "collega('s)" is ``affiliatedWith`` that municipality (which role they hold there, the word
"collega" does not say).

Not read: a colleague without a name after the word ("de Bredase collega's waren er niet"), or a
name further on in the sentence ("de Bredase collega vertelde dat Jan Bos …").

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Ook haar Zwolse collega Anna de Boer sprak.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.label) for r in ex.relations]
[('Anna de Boer', 'affiliatedWith', 'Zwolle')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["colleague_places"]

#: between the adjective and the first name: the word "collega" (or "collega's")
_COLLEAGUE = re.compile(r"\s+collega(?:'s|’s)?\s+")
#: between two names of a list of colleagues
_AND = re.compile(r"\s*(?:,|\ben\b)\s*")


def colleague_places(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add ``affiliatedWith`` for the persons named right after "<place adjective> collega('s)"."""
    for k, place in enumerate(mentions):
        if place.rule != "gazetteer.place-adjective":
            continue
        gap = _COLLEAGUE.match(ctx.text, place.end, sentence.end)
        if gap is None:
            continue
        at = gap.end()
        for person in mentions[k + 1:]:
            if person.start != at or person.type != "Person":
                break
            ctx.add(person, "affiliatedWith", place, sentence, "roles.colleague-adjective", 0.7)
            between = _AND.match(ctx.text, person.end, sentence.end)
            if between is None or between.end() == person.end:
                break
            at = between.end()
