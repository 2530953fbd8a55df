"""An accounthouder for networks: "Accounthouder voor G40 en G4 is X", "X is accountmanager voor de G40".

A ministry (or a province, a city) keeps one person as its account holder for each network or body it
works with: the one those bodies turn to. "Accounthouder voor de G40 en de G4 is X" and "X is
(bestuurlijk) accounthouder voor de VNG" make X the contact for each body named after "voor"
(``contactFor``); the role word fronted or after the copula, the bodies coordinated with "en" or commas.

Called once per document by :func:`graph.extract.extract` (rule ``contacts.account-holder``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Accountmanager voor de VNG en het IPO is sinds dit jaar Mirjam Wolters."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == RULE)
[('Mirjam Wolters', 'IPO'), ('Mirjam Wolters', 'VNG')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["RULE", "find_account_holders"]

RULE = "contacts.account-holder"

#: the role word and "voor" before the bodies: "(Bestuurlijk) accounthouder voor (de)", "accountmanager voor"
_ACCOUNT_FOR = re.compile(r"\b(?:(?:bestuurlijk|ambtelijk)e?\s+)?account(?:houder|manager)\s+voor\s+(?:de\s+|het\s+)?",
                          re.IGNORECASE)
#: between the last body and the person, when the role word is fronted: "is", "is sinds 2024", "zijn"
_FRONTED_GAP = re.compile(r"\s+(?:is|was|wordt)\s+(?:(?:sinds|per|vanaf)\s+[^,.;]{1,25}?\s+)?(?:mevrouw\s+|de\s+heer\s+)?"
                          r"(?=[A-ZÀ-Ý])")
#: between the person and the role word, when the person comes first: "X is (de)", "X, …, is"
_PERSON_GAP = re.compile(r"\s+(?:is|was|wordt)\s+(?:de\s+|ook\s+)?")
#: what the bodies may be
_BODIES = {"Organisation", "OrganisationalUnit", "Programme", "Municipality", "Province", "Ministry"}


def find_account_holders(ctx: DocContext) -> None:
    """Add the account holder's ``contactFor`` each body it holds the account for; see the module."""
    for sentence in ctx.sentences:
        if "account" not in sentence.text.lower():
            continue
        for match in _ACCOUNT_FOR.finditer(ctx.text, sentence.start, sentence.end):
            if not ctx.asserted(sentence, match.start(), match.end()):
                continue
            bodies = [m for m in ctx.list_after(match.end(), sentence.end, types=_BODIES)]
            if not bodies or bodies[0].start != match.end():
                continue
            person = _fronted_holder(ctx, sentence, bodies[-1].end) or _preceding_holder(ctx, sentence, match.start())
            for body in bodies if person is not None else ():
                ctx.add(person, "contactFor", body, sentence, RULE, 0.7)


def _fronted_holder(ctx: DocContext, sentence, at: int):
    """The person right after "is" that follows the bodies ("… voor G40 en G4 is X"), else None."""
    gap = _FRONTED_GAP.match(ctx.text, at, sentence.end)
    if gap is None:
        return None
    return next((m for m in ctx.in_span(gap.end(), sentence.end) if m.start == gap.end() and m.type == "Person"), None)


def _preceding_holder(ctx: DocContext, sentence, at: int):
    """The person who opens the sentence before "is" and the role word ("X is accounthouder voor …"), else None."""
    persons = [m for m in ctx.in_span(sentence.start, at) if m.type == "Person"]
    if len(persons) != 1 or persons[0].start != ctx.content_start(sentence):
        return None
    return persons[0] if _PERSON_GAP.fullmatch(ctx.text, persons[0].end, at) else None
