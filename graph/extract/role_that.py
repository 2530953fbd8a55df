"""A role announced, then its holder named with "dat": "Zwolle heeft een nieuwe wethouder. Dat is X."

Dutch news announces that a town or body has (or gets) a new office-holder, then names the person in
the next sentence, pointing back to the role with "dat":

    De gemeente Zwolle heeft een nieuwe wethouder. Sinds 1 mei is dat Fatima el Idrissi.
    De themagroep Wonen krijgt per 1 juni een nieuwe trekker. Dat wordt Kees Bos (Breda).

The role is the one role word after "heeft/krijgt (een) (nieuwe)" in the sentence before; it is held
by whoever that sentence names as its subject (the one holder before the verb the role fits), else by
the holder of a "van" after the role word ("Er komt een nieuwe voorzitter van de pijler Sociaal" is not
this: no one "has" the role). The person stands right after "dat is" / "is dat". A question or a
denial states nothing; two role words or two subjects say nothing certain, and nothing is added.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De gemeente Zwolle heeft een nieuwe wethouder. Sinds 1 mei is dat Fatima el Idrissi."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.that-is"]
[('Fatima el Idrissi', 'Zwolle', 'wethouder')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_fits, role_of, role_pattern

__all__ = ["find_role_that"]

#: the person named by pointing back: "Dat is X", "Sinds 1 mei is dat X", "Dat wordt per 1 juni X"
_THAT_IS = re.compile(r"\s*(?:(?:[Ss]inds|[Pp]er|[Vv]anaf|[Mm]et\s+ingang\s+van)\s+[^,.;:]{1,25}?\s+(?:is|was|wordt|werd)\s+dat"
                      r"|[Dd]at\s+(?:is|was|wordt|werd)(?:\s+(?:sinds|per|vanaf)\s+[^,.;:]{1,25}?)?)\s+")
#: "heeft/krijgt (per 1 juni, in 2020) een (nieuwe) " before the role word
_HAS_ROLE = re.compile(r"\b(?P<verb>heeft|hebben|krijgt|krijgen|kreeg|kregen)\s+"
                       r"(?:(?:sinds|per|vanaf)\s+[^,.;:]{1,25}?\s+|in\s+(?:[a-z]+\s+)?\d{4}\s+)?"
                       r"(?:een|de)\s+(?:(?:nieuwe|eigen|eerste)\s+)?$")
_VAN = re.compile(r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?")


def _announced(ctx: DocContext, previous: Sentence):
    """The one role ``previous`` announces, and where it is held: (role, holder) or None."""
    text = ctx.text
    found = [(m, has) for m in role_pattern().finditer(text, previous.start, previous.end)
             if (has := _HAS_ROLE.search(text, previous.start, m.start())) is not None]
    if len(found) != 1 or len(list(role_pattern().finditer(text, previous.start, previous.end))) != 1:
        return None
    match, has = found[0]
    role = role_of(match.group(0))
    if role is None:
        return None
    subjects = [m for m in ctx.in_span(ctx.content_start(previous), has.start("verb")) if role_fits(role, m.type)]
    if len({m.label for m in subjects}) == 1:
        return role, subjects[-1]
    after = _VAN.match(text, match.end(), previous.end)
    holder = next((m for m in ctx.in_span(match.end(), previous.end) if after and m.start == after.end()), None)
    return (role, holder) if not subjects and holder is not None and role_fits(role, holder.type) else None


def find_role_that(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the role of the person "Dat is X" names after a sentence that announces it."""
    that = _THAT_IS.match(ctx.text, ctx.content_start(sentence), sentence.end)
    person = next((m for m in mentions if that and m.start == that.end() and m.type == "Person"), None)
    previous = ctx.previous_sentence(sentence) if person is not None else None
    if previous is None or sentence.text.rstrip().endswith("?") or not ctx.asserted(sentence, sentence.start, person.end):
        return
    announced = _announced(ctx, previous)
    if announced is not None and ctx.asserted(previous, previous.start, previous.end):
        role, holder = announced
        ctx.add(person, "hasRole", holder, sentence, "roles.that-is", 0.7, role=role.label)
