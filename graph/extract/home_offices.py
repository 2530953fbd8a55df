"""A municipal office named without its municipality: the one where the person holds office.

A profile or farewell names the town once and then speaks of the offices alone: "Blokland begon in
1998 als gemeenteraadslid", "In 2018 was hij bovendien locoburgemeester", "Y, die hem als wethouder
opvolgt". A role word whose scope is a municipality (wethouder, raadslid, locoburgemeester,
burgemeester) with no place of its own is held in the one municipality the document gives the person
an office in, or, for a successor "als wethouder", the one of the person succeeded.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wethouder Eva Kok van Ede neemt afscheid. Kok begon in 2002 als gemeenteraadslid."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "roles.home-office")
[('Kok', 'Ede', 'raadslid')]
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent
from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["find_home_offices", "municipality_of"]

#: a municipal office word as a predicate: "als gemeenteraadslid", "was hij (bovendien) locoburgemeester",
#: "werd zij wethouder" (what follows must not name a place, a portfolio's holder or a person)
_OFFICE = re.compile(r"\b(?:als\s+|(?:was|werd|is|wordt|bleef)\s+(?:(?:hij|zij|ze)\s+)?(?:[a-z]+\s+)?)"
                     r"(gemeenteraadslid|raadslid|locoburgemeester|wethouder)\b(?!\s*(?:van|in|uit|bij|voor|[A-Z]))")
#: the relative clause of a successor: "Y, die hem/haar als wethouder opvolgt"
_SUCCESSOR = re.compile(r",\s*die\s+(?:hem|haar)\s+als\s+$")
_PRONOUN = re.compile(r"\b(?:hij|zij)\b")
_PAST = re.compile(r"\b(?:was|werd|begon|bleef)\b")


def _same_person(label: str, other: str) -> bool:
    """Whether two labels name one person: in full, or by the surname alone ("Eva Kok", "Kok").

    >>> _same_person("Eva Kok", "Kok"), _same_person("Eva Kok", "Jan Kok"), _same_person("Kok", "Bakker-Kok")
    (True, False, False)
    """
    return label == other or label.endswith(" " + other) or other.endswith(" " + label)


def municipality_of(ctx: DocContext, person: Mention) -> Mention | None:
    """The one municipality the document gives ``person`` an office in (or ties them to)."""
    found = {r.object.label: r.object for r in ctx.relations
             if _same_person(r.subject.label, person.label) and r.object.type == "Municipality"
             and (r.predicate == "affiliatedWith" or (r.predicate == "hasRole" and r.role
                                                       and role_of(r.role) is not None
                                                       and role_of(r.role).scope == "municipality"))}
    return next(iter(found.values())) if len(found) == 1 else None


def _holder(ctx: DocContext, sentence: Sentence, office: re.Match) -> tuple[Mention | None, bool]:
    """Who holds the office ``office`` names, and whether they succeed someone in it."""
    before = [m for m in ctx.in_span(sentence.start, office.start()) if m.type == "Person"]
    if before and _SUCCESSOR.search(ctx.text, before[-1].end, office.start() + 4):
        return before[-1], True
    if before and before[0].start == ctx.content_start(sentence) and len({m.label for m in before}) == 1:
        return before[0], False  # "Blokland begon zijn loopbaan als gemeenteraadslid"
    if not before and _PRONOUN.search(ctx.text, sentence.start, office.end()):
        return object_antecedent(ctx, sentence), False  # "In 2018 was hij bovendien locoburgemeester"
    return None, False


def _predecessor(ctx: DocContext, sentence: Sentence, person: Mention) -> Mention | None:
    """Whom ``person`` succeeds in ``sentence``: as found by the succession rules, else the one "hem"/"haar"
    stands for (the person the sentences before are about)."""
    stated = next((r.object for r in ctx.relations if r.predicate == "succeeded"
                   and _same_person(r.subject.label, person.label) and r.evidence_start == sentence.start), None)
    return stated if stated is not None else object_antecedent(ctx, sentence)


def find_home_offices(ctx: DocContext) -> None:
    """Add "X hasRole <municipality>" for the municipal offices named without a place."""
    for sentence in ctx.sentences:
        if not re.search(r"raadslid|burgemeester|wethouder", sentence.text):
            continue  # no office word: no scan
        for office in ctx.asserted_cues(_OFFICE, sentence):
            if any(m.type == "Municipality" for m in ctx.in_span(sentence.start, sentence.end)):
                continue  # a place in the sentence: the role rules decide
            person, succeeding = _holder(ctx, sentence, office)
            if person is None:
                continue
            place = municipality_of(ctx, person)
            if place is None and succeeding:
                predecessor = _predecessor(ctx, sentence, person)
                place = municipality_of(ctx, predecessor) if predecessor is not None else None
            role = role_of(office.group(1))
            if place is not None and role is not None:
                ctx.add(person, "hasRole", place, sentence, "roles.home-office", 0.6, role=role.label,
                        past=bool(_PAST.search(ctx.text, sentence.start, office.end())), stated_at=office.start())
