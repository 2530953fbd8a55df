"""A successor or predecessor named by a possessive: "…, die tot 1 juli 2025 voorzitter was. Zijn opvolger,
wethouder Esther Kok (Tilburg), is per 1 juli 2025 voorzitter." — Esther Kok succeeded whom "zijn" stands
for; "Haar voorganger, oud-wethouder Gerard Pronk, was tot september 2024 lid" — she succeeded Pronk
(heldout34, round 50a).

"Zijn/Haar opvolger(ster)" or "voorganger" opening a sentence, then the name (after a role word or a form
of address, perhaps between commas) and a verb: the possessive stands for the one person the sentence before
names (in the same paragraph), or for whom that sentence's own "Hij"/"Zij" stood. "Zijn opvolger als
afdelingshoofd is nog niet benoemd" names no one and states nothing.

Called per sentence by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Nieuws\\n\\nDe pijler werd geleid door Dirk Schaap (Oss), die tot 1 juli 2025 voorzitter was. Zijn opvolger, "
...         "wethouder Esther Kok (Tilburg), is per 1 juli 2025 voorzitter.")
>>> [(r.subject.text, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "succeeded"]
[('Esther Kok', 'Dirk Schaap', '2025-07-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date

__all__ = ["possessive_succession"]

#: "Zijn opvolger, (wethouder) ", "Haar voorgangster "
_POSSESSIVE = re.compile(r"\s*(?:Zijn|Haar)\s+(?P<kind>opvolg(?:er|ster)|voorgang(?:er|ster))\s*,?\s*"
                         r"(?:(?:oud-)?[a-z][\w-]*\s+|de\s+heer\s+|mevrouw\s+|mr\.\s+|drs\.\s+|dr\.\s+)*")
#: after the name: a bracket, an apposition between commas, then a verb (not "is nog niet benoemd": no name)
_AFTER_NAME = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;]{0,80})?,?\s+(?:is|was|wordt|werd|heeft|had|neemt|nam|"
                         r"volgt|volgde|blijft|bleef|zit|zat)\b")


def _antecedent(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one person the sentence before names, or whom its own opening pronoun stood for."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or previous.is_heading or "\n\n" in ctx.text[previous.end:sentence.start]:
        return None
    persons = [m for m in ctx.in_sentence(previous) if m.type == "Person"]
    if len({m.label for m in persons}) == 1:
        return persons[0]
    if not persons:
        return ctx.pronoun_subject(previous)[1]
    return None


def possessive_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the succession a possessive "Zijn opvolger, X, …" or "Haar voorganger, X, …" states."""
    match = _POSSESSIVE.match(ctx.text, ctx.content_start(sentence), sentence.end)
    named = next((m for m in mentions if match is not None and m.start == match.end()), None)
    if named is None or named.type != "Person" or not _AFTER_NAME.match(ctx.text, named.end, sentence.end):
        return
    other = _antecedent(ctx, sentence)
    if other is None or other.label == named.label or not ctx.asserted(sentence, sentence.start, named.end):
        return
    successor, predecessor = (named, other) if match.group("kind").startswith("opvolg") else (other, named)
    day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date)  # "is per 1 juli 2025 voorzitter"
    ctx.add(successor, "succeeded", predecessor, sentence, "succession.possessive", 0.7, since=day)
