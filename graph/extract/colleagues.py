"""A colleague named by their town: "zijn Bredase collega Marieke Dekkers", "haar Asser collega's
Jan Bos en Eva Smit". A place adjective before "collega" says in which municipality the person holds
office, as it does before a role word ("de Delftse wethouder X"): each person the words name right
after "collega('s)" is ``affiliatedWith`` that municipality. Which role they hold there, the word
"collega" says only through whose colleague they are: "De Bredase wethouder X … Ook zijn Tilburgse collega
Y sprak" — a colleague of a wethouder from another town is that town's wethouder. When the possessive
("zijn", "haar") stands for a person who holds one role in a municipality (wethouder, burgemeester,
raadslid …; the person named before it in the sentence, else the one the sentence before names), each
colleague holds that role in their own town instead (a chair or a trekker of a unit is no office of a
town: then only ``affiliatedWith``).

Not read: a colleague without a name after the word ("de Bredase collega's waren er niet"), or a
name further on in the sentence ("de Bredase collega vertelde dat Jan Bos …").

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "Ook haar Zwolse collega Anna de Boer sprak.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.label) for r in ex.relations]
[('Anna de Boer', 'affiliatedWith', 'Zwolle')]
>>> ex = extract("d", "De Bredase wethouder Eva Kok opende. Ook haar Zwolse collega Anna de Boer sprak.",
...              gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.label, r.role) for r in ex.relations if r.subject.text == "Anna de Boer"]
[('Anna de Boer', 'hasRole', 'Zwolle', 'wethouder')]
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent
from .context import DocContext
from .model import Mention, Sentence

__all__ = ["colleague_places", "colleague_towns"]

#: between the adjective and the first name: the word "collega" (or "collega's")
_COLLEAGUE = re.compile(r"\s+collega(?:'s|’s)?\s+")
#: a possessive right before the place adjective: "(Ook) zijn Bredase collega", "haar Zwolse collega's"
_POSSESSIVE = re.compile(r"\b(?:zijn|haar|Zijn|Haar)\s+$")
#: between two names of a list of colleagues
_AND = re.compile(r"\s*(?:,|\ben\b)\s*")


def _possessor_office(ctx: DocContext, sentence: Sentence, place: Mention) -> str | None:
    """The one role in a municipality that the person "zijn"/"haar" before ``place`` stands for holds."""
    if not _POSSESSIVE.search(ctx.text, max(sentence.start, place.start - 8), place.start):
        return None
    return _office_of_possessor(ctx, sentence, place.start)


def _office_of_possessor(ctx: DocContext, sentence: Sentence, at: int) -> str | None:
    """The one role in a municipality held by the person a possessive before offset ``at`` stands for."""
    before = [m for m in ctx.in_span(sentence.start, at) if m.type == "Person"]
    possessor = before[-1] if before else object_antecedent(ctx, sentence)
    if possessor is None:
        return None
    offices = {r.role for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == possessor.label
               and r.object.type == "Municipality" and not r.past}
    return offices.pop() if len(offices) == 1 else None


def colleague_places(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add ``affiliatedWith`` (or the possessor's office) for the persons named right after "<place
    adjective> collega('s)"."""
    for k, place in enumerate(mentions):
        if place.rule != "gazetteer.place-adjective":
            continue
        gap = _COLLEAGUE.match(ctx.text, place.end, sentence.end)
        if gap is None:
            continue
        office = _possessor_office(ctx, sentence, place) if place.type == "Municipality" else None
        at = gap.end()
        for person in mentions[k + 1:]:
            if person.start != at or person.type != "Person":
                break
            if office is not None:
                ctx.add(person, "hasRole", place, sentence, "roles.colleague-office", 0.7, role=office)
            else:
                ctx.add(person, "affiliatedWith", place, sentence, "roles.colleague-adjective", 0.7)
            between = _AND.match(ctx.text, person.end, sentence.end)
            if between is None or between.end() == person.end:
                break
            at = between.end()


#: "zijn/haar collega" right before a name: "Haar collega Bas Groen uit Haarlemmermeer"
_POSSESSED_COLLEAGUE = re.compile(r"\b(?:zijn|haar)\s+collega\s+$", re.IGNORECASE)
#: between a colleague's name and their town: " uit ", " van (de gemeente) ", " ("
_TOWN_AFTER = re.compile(r"\s+(?:uit|van)\s+(?:de\s+gemeente\s+)?|\s*\(")


def colleague_towns(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the possessor's office for a colleague named with their town after the name: "Wethouder Eva
    Kok (Dordrecht) … Haar collega Bas Groen uit Haarlemmermeer vult aan" (Bas Groen is wethouder of
    Haarlemmermeer), also "zijn collega X (Breda)", "haar collega X van Zwolle". Only when the possessor
    holds one office in a municipality.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Wethouder Eva Kok (Breda) opende. Haar collega Bas Groen uit Zwolle sprak.",
    ...              gazetteer=load_gazetteer())
    >>> [(r.object.label, r.role) for r in ex.relations if r.subject.text == "Bas Groen" and r.predicate == "hasRole"]
    [('Zwolle', 'wethouder')]
    """
    for k, person in enumerate(mentions):
        if person.type != "Person" or not _POSSESSED_COLLEAGUE.search(ctx.text, max(sentence.start, person.start - 20),
                                                                     person.start):
            continue
        glue = _TOWN_AFTER.match(ctx.text, person.end, sentence.end)
        town = next((m for m in mentions[k + 1:k + 2] if glue and m.start == glue.end() and m.type == "Municipality"),
                    None)
        office = _office_of_possessor(ctx, sentence, person.start) if town is not None else None
        if office is not None:
            ctx.add(person, "hasRole", town, sentence, "roles.colleague-office", 0.7, role=office)
