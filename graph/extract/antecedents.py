"""Whom an object pronoun ("hem", "haar") stands for: the person a passage is about.

A pronoun refers back to the person the last sentences are about, not to one named only as a
companion of that person: in "Samen met gedeputeerde X legde hij de basis voor Y. Later nam Z het
voorzitterschap van hem over" the "hem" is whoever "hij" is, not X.

Examples
--------
>>> from graph.extract.model import Mention, Sentence
>>> from graph.extract.context import DocContext
>>> text = "Eva Kok was voorzitter. Samen met Jan Bos schreef zij een plan. Piet Ros nam het van haar over."
>>> sentences = [Sentence(0, 23, text[:23]), Sentence(24, 63, text[24:63]), Sentence(64, len(text), text[64:])]
>>> people = [Mention(0, 7, "Eva Kok", "Person", "", 1.0), Mention(34, 41, "Jan Bos", "Person", "", 1.0),
...           Mention(64, 72, "Piet Ros", "Person", "", 1.0)]
>>> ctx = DocContext("d", text, sentences, people)
>>> object_antecedent(ctx, ctx.sentences[2]).text
'Eva Kok'
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["object_antecedent"]

#: a subject pronoun inside a sentence ("legde hij", "was zij"): the passage's person acts in it
_SUBJECT_PRONOUN = re.compile(r"\b(?:hij|zij)\b")
#: a companion named in a phrase with "(samen) met" before the sentence's own subject
_COMPANION = re.compile(r"\b(?:[Ss]amen\s+met|[Mm]et)\b[^.;:]*$")


def _companion(ctx: DocContext, sentence: Sentence, person: Mention) -> bool:
    """Whether ``person`` is named only as a companion ("Samen met X, …, legde hij …") in a sentence
    whose subject is a pronoun."""
    return bool(_COMPANION.search(ctx.text, sentence.start, person.start)) \
        and bool(_SUBJECT_PRONOUN.search(ctx.text, person.end, sentence.end))


def object_antecedent(ctx: DocContext, sentence: Sentence, *, depth: int = 4) -> Mention | None:
    """The person "hem"/"haar" in ``sentence`` stands for: the last person named in the sentences
    before who is not a companion of the pronoun subject there (looking back up to ``depth``
    sentences while a sentence names no one else)."""
    previous = ctx.previous_sentence(sentence)
    for _ in range(depth):
        if previous is None:
            return None
        persons = [m for m in ctx.in_sentence(previous) if m.type == "Person"]
        own = [m for m in persons if not _companion(ctx, previous, m)]
        if own:
            return own[-1]
        if persons and not _SUBJECT_PRONOUN.search(previous.text):
            return persons[-1]
        previous = ctx.previous_sentence(previous)
    return None
