"""A chain of the same personal pronoun back to the one person a paragraph is about.

"Mevrouw Kok werkt sinds 2017 bij de provincie. Van 2012 tot 2016 was zij projectleider bij Ede.
Sinds 2020 is zij bestuurslid van de coöperatie. In die hoedanigheid werkt zij samen met Almelo":
the last "zij" is Kok, though the sentence right before names no person: every sentence between
has "zij" as its subject, and the first one before them that names persons names her alone. Without
this the inverted "werkt zij" found no antecedent and the passage's first actors (three parties
named at the top of the document) were taken as "zij", each working with Almelo.

The walk stays in the paragraph (a blank line ends it) and goes back a few sentences at most; a
sentence on the way that names a person, or several persons, decides (several: a person is meant, but
nobody to guess, and no body either).

>>> from graph.extract.context import DocContext
>>> text = "Eva Kok is wethouder. Sinds 2020 is zij lid van de raad. Daar werkt zij samen met Ede."
>>> eva = Mention(0, 7, "Eva Kok", "Person", "", 1.0)
>>> sentences = [Sentence(0, 21, text[:21]), Sentence(22, 56, text[22:56]), Sentence(57, 86, text[57:])]
>>> ctx = DocContext("d", text, sentences, [eva])
>>> chained_person(ctx, sentences[2], "zij")[1].text
'Eva Kok'
>>> chained_person(ctx, sentences[2], "hij")
(False, None)
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

#: how many sentences back the chain may go
_DEPTH = 4


def chained_person(ctx: DocContext, sentence: Sentence, pronoun: str) -> tuple[bool, Mention | None]:
    """Whom the singular ``pronoun`` ("hij", "zij") of ``sentence`` stands for through a chain of
    sentences with that pronoun as their subject: ``(True, person)`` for the one person the chain
    goes back to, ``(True, None)`` when it goes back to several (a person, but nobody to guess),
    ``(False, None)`` when the chain breaks first."""
    word = re.compile(rf"\b{re.escape(pronoun.lower())}\b", re.IGNORECASE)
    current = sentence
    for _ in range(_DEPTH):
        previous = ctx.previous_sentence(current)
        if previous is None or "\n\n" in ctx.text[previous.end:current.start]:
            return False, None  # a new paragraph: no antecedent at hand
        persons = {m.label: m for m in ctx.in_sentence(previous) if m.type == "Person"}
        if persons:
            return True, (next(iter(persons.values())) if len(persons) == 1 else None)
        if not word.search(ctx.text, previous.start, previous.end):
            return False, None  # a sentence about something else breaks the chain
        current = previous
    return False, None
