"""A role per holder in an elliptic list: "In Helmond is dat X, in Heerlen Y en in Arnhem Z".

Dutch names who holds a role in each of several towns or bodies by pointing back to the role with
"dat" and leaving out the verb after the first holder: "De steden werken elk met een eigen
programmamanager. In Helmond is dat Ilse Verhoeven, in Heerlen Youssef Bouzid en in Arnhem Marjolein de
Korte"; "Voor Amersfoort is wethouder X het aanspreekpunt; in Assen is dat wethouder Y"; "De
pijlersecretarissen ondersteunen de voorzitters. Voor de Pijler Sociaal is dat X (VNG), voor de Pijler
Fysiek Y". The holder follows "in", "voor", "bij" or "binnen" (with an article); each person holds, in
the holder named before them, the role word just before their name, else the role the sentence before
(or the clause before "dat") names, when that role fits the holder (a wethouder in a town, a
secretaris in a unit or an organisation).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Elke stad heeft een programmamanager. In Helmond is dat Ilse Verhoeven en in Arnhem "
...         "Marjolein de Korte.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "ellipsis.in-stad-is-dat")
[('Ilse Verhoeven', 'Helmond', 'programmamanager'), ('Marjolein de Korte', 'Arnhem', 'programmamanager')]
>>> text = "Elke themagroep heeft een trekker. Voor de themagroep Jeugd is dat Eva Kok (Ede)."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "ellipsis.in-stad-is-dat"]
[('Eva Kok', 'themagroep Jeugd', 'trekker')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import find_periods
from .role_words import role_fits, role_of, role_pattern

__all__ = ["find_town_ellipsis", "find_gapped_roles"]

#: "In <town> is dat", "Voor de <unit> is dat": the first holder and the pointer back to the role
_IN_TOWN = re.compile(r"(?:^|\W)(?:[Ii]n|[Vv]oor|[Bb]ij|[Bb]innen)\s+(?:de\s+|het\s+)?$")
#: a role word that is its sentence's subject: "De pijlersecretarissen (ondersteunen …)"
_SUBJECT_ROLE = re.compile(r"\s*(?:De|Het|Onze|Elke|Iedere)\s+")
_HOLDER_TYPES = frozenset({"Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme"})
_IS_THAT = re.compile(r"\s+(?:is|was|wordt|werd)\s+dat\s+")
#: the next holder of the list: ", in <town> " / " en voor de <unit> " (a bracket may close the name before)
_NEXT_TOWN = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,\s*(?:en\s+)?|\s+en\s+)(?:in|voor|bij|binnen)\s+(?:de\s+|het\s+)?")
def _antecedent_role(ctx: DocContext, sentence: Sentence, before: int):
    """The role "dat" points back to: the last role word before ``before`` in this sentence, else the one
    role the sentence before names; of two there, the one its subject is ("De pijlersecretarissen
    ondersteunen de voorzitters. Voor de Pijler Sociaal is dat X": the secretaris), else none."""
    found = None
    for found in role_pattern().finditer(ctx.text, sentence.start, before):
        pass
    if found is not None:
        return role_of(found.group(0))
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return None
    named = [m for m in role_pattern().finditer(ctx.text, previous.start, previous.end) if role_of(m.group(0))]
    if len({role_of(m.group(0)).label for m in named}) > 1:
        named = [m for m in named[:1] if _SUBJECT_ROLE.fullmatch(ctx.text, ctx.content_start(previous), m.start())]
    return role_of(named[-1].group(0)) if named else None


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
    """Add the role each person of "In A is dat X, in B Y (en in C Z)" holds in their town or body."""
    if " dat " not in sentence.text:
        return
    text = ctx.text
    towns = [m for m in mentions if m.type in _HOLDER_TYPES]
    for town in towns:
        that = _IS_THAT.match(text, town.end, sentence.end)
        if that is None or not _IN_TOWN.search(text[max(sentence.start, town.start - 14):town.start]):
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
            if role is None or not role_fits(role, place.type):
                continue
            if ctx.asserted(sentence, sentence.start, person.end):
                ctx.add(person, "hasRole", place, sentence, "ellipsis.in-stad-is-dat", 0.7, role=role.label)
        return


#: the next item of a gapped list after a role's body: ", Y van de B", " en Z van C" (the verb and the role left out)
_GAPPED_HOLDER = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)")
_VAN = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")
#: what ends a gapped item whose body is left out too: ", van 2019 tot 2023 Y, en sinds …"
_ITEM_END = re.compile(r"\s*(?:[,;.]|\s+en\b|$)")


def find_gapped_roles(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """The roles of a list that leaves out the verb and the role after its first holder: "X is voorzitter van
    de pijler A, Y van de pijler B en Z van de pijler C" (each the role of the first, in the body after them),
    and "Van 2016 tot 2019 was X voorzitter van de pijler A, van 2019 tot 2023 Y, en sinds 2023 …" (the role
    and body of the first, in the period before the person).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Eva Kok is voorzitter van de Pijler Fysiek en Jan de Wit van de Pijler Sociaal."
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "ellipsis.gapped-role"]
    [('Jan de Wit', 'Pijler Sociaal', 'voorzitter')]
    """
    stated = [r for r in ctx.relations.stated_at(sentence.start) if r.predicate == "hasRole"
              and r.role and r.subject.type == "Person" and sentence.start <= r.object.start < sentence.end]
    for first in {r.object.start: r for r in reversed(stated)}.values():  # (the first role stated of each body)
        at = first.object.end
        while True:
            join = _GAPPED_HOLDER.match(ctx.text, at, sentence.end)
            if join is None:
                break
            period = next((p for p in find_periods(ctx.text, join.end(), sentence.end, year=ctx.date)
                           if p.start == join.end()), None)
            start = period.end + 1 if period is not None else join.end()
            person = next((m for m in mentions if m.start == start and m.type == "Person"), None)
            if person is None:
                break
            van = _VAN.match(ctx.text, person.end, sentence.end)
            body = next((m for m in mentions if van is not None and m.start == van.end() and m.type == first.object.type),
                        None)
            if body is None and (period is None or not _ITEM_END.match(ctx.text, person.end, sentence.end)):
                break
            ctx.add(person, "hasRole", body or first.object, sentence, "ellipsis.gapped-role", 0.7, role=first.role,
                    stated_at=person.start)
            at = (body or person).end
