"""A role per town in an elliptic list: "In Helmond is dat X, in Heerlen Y en in Arnhem Z".

Dutch names who holds a role in each of several towns by pointing back to the role with "dat" and
leaving out the verb after the first town: "De steden werken elk met een eigen programmamanager.
In Helmond is dat Ilse Verhoeven, in Heerlen Youssef Bouzid en in Arnhem Marjolein de Korte";
"Voor Amersfoort is wethouder X het aanspreekpunt; in Assen is dat wethouder Y". Each person holds,
in the town named before them, the role word just before their name, else the role the sentence
before (or the clause before "dat") names.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Elke stad heeft een programmamanager. In Helmond is dat Ilse Verhoeven en in Arnhem "
...         "Marjolein de Korte.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "ellipsis.in-stad-is-dat")
[('Ilse Verhoeven', 'Helmond', 'programmamanager'), ('Marjolein de Korte', 'Arnhem', 'programmamanager')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .roles import role_of, role_pattern

__all__ = ["find_town_ellipsis"]

#: "In <town> is dat": the first town and the pointer back to the role
_IN_TOWN = re.compile(r"(?:^|\W)[Ii]n\s+$")
_IS_THAT = re.compile(r"\s+(?:is|was|wordt|werd)\s+dat\s+")
#: the next town of the list: ", in <town> " / " en in <town> "
_NEXT_TOWN = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)in\s+")
_SCOPES = ("any", "municipality")


def _antecedent_role(ctx: DocContext, sentence: Sentence, before: int):
    """The last role word before ``before`` in this sentence, else in the sentence before."""
    spans = [(sentence.start, before)]
    previous = ctx.previous_sentence(sentence)
    if previous is not None:
        spans.append((previous.start, previous.end))
    for start, end in spans:
        found = None
        for match in role_pattern().finditer(ctx.text, start, end):
            found = match
        if found is not None:
            return role_of(found.group(0))
    return None


def _person_after(ctx: DocContext, mentions: list[Mention], at: int):
    """The person right at ``at``, perhaps after a role word: (person, role word or None)."""
    role_match = role_pattern().match(ctx.text, at)
    start = at
    if role_match is not None:
        gap = re.match(r"\s+", ctx.text[role_match.end():role_match.end() + 2])
        start = role_match.end() + (gap.end() if gap else 0)
    person = next((m for m in mentions if m.start == start and m.type == "Person"), None)
    return person, (role_of(role_match.group(0)) if role_match is not None and person is not None else None)


def find_town_ellipsis(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the role each person of "In A is dat X, in B Y (en in C Z)" holds in their town."""
    if " dat " not in sentence.text:
        return
    text = ctx.text
    towns = [m for m in mentions if m.type == "Municipality"]
    for town in towns:
        that = _IS_THAT.match(text, town.end, sentence.end)
        if that is None or not _IN_TOWN.search(text[max(sentence.start, town.start - 6):town.start]):
            continue
        antecedent = _antecedent_role(ctx, sentence, town.start)
        pairs = []
        person, role = _person_after(ctx, mentions, that.end())
        current_town = town
        while person is not None:
            pairs.append((person, current_town, role))
            following = _NEXT_TOWN.match(text, person.end, sentence.end)
            if following is None:
                break
            current_town = next((m for m in towns if m.start == following.end()), None)
            if current_town is None:
                break
            gap = re.match(r"\s+", text[current_town.end:current_town.end + 2])
            if gap is None:
                break
            person, role = _person_after(ctx, mentions, current_town.end + 1)
        for person, place, role in pairs:
            role = role or antecedent
            if role is None or role.scope not in _SCOPES:
                continue
            if ctx.asserted(sentence, sentence.start, person.end):
                ctx.add(person, "hasRole", place, sentence, "ellipsis.in-stad-is-dat", 0.7, role=role.label)
        return
