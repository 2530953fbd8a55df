"""A post told "in die jaren" holds in the period of the sentence before (round 56t).

"Na haar studie werkte Eva Kok van 2002 tot en met 2009 als beleidsmedewerker bij de gemeente Ede. In die jaren
was zij ook secretaris van Platform31." The second sentence opens with "In die jaren" (also "In die
periode", "In diezelfde tijd", "Gedurende die jaren"): its posts, without a time of their own, take the one
period (a start and an end) the facts of the sentence before in the same paragraph give, and whether it is past.
Two periods before, none, or a paragraph between: nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eva Kok werkte van 2002 tot en met 2009 als beleidsmedewerker bij de gemeente Ede. In die jaren was zij "
...         "ook secretaris van Platform31.")
>>> [(r.object.text, r.valid_from, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-01-10").relations if r.predicate == "hasRole"]
[('Ede', '2002-01-01', '2009-12-31', True), ('Platform31', '2002-01-01', '2009-12-31', True)]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation, Sentence

__all__ = ["with_those_years"]

_THOSE_YEARS = re.compile(r"\s*(?:In|Gedurende|Tijdens)\s+(?:die|deze|dezelfde|diezelfde)\s+(?:jaren|periode|tijd)\b")


def with_those_years(text: str, sentences: list[Sentence], relations: list[Relation]) -> list[Relation]:
    """``relations`` with the period of the sentence before for the posts of a sentence "In die jaren …"."""
    for before, sentence in zip(sentences, sentences[1:]):
        if not _THOSE_YEARS.match(text, sentence.start) or "\n\n" in text[before.end:sentence.start]:
            continue
        periods = {(r.valid_from, r.valid_until, r.valid_from_precision, r.valid_until_precision, r.past)
                   for r in relations if before.start <= r.evidence_start < before.end and r.valid_from and r.valid_until}
        if len(periods) != 1:
            continue
        since, until, since_precision, until_precision, past = periods.pop()
        relations = [dataclasses.replace(r, valid_from=since, valid_until=until, valid_from_precision=since_precision,
                                         valid_until_precision=until_precision, past=past)
                     if r.predicate == "hasRole" and sentence.start <= r.evidence_start < sentence.end
                     and not (r.valid_from or r.valid_until or r.past) else r for r in relations]
    return relations
