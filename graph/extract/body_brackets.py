"""A body with its person in brackets: "Van: G40-bureau (Joost Bakker, directeur)", "namens de VNG (Eva
Smit, senior adviseur)", "Hilversum (wethouder Judith Vermeulen) gaat … trekken". The bracket after a
body's name gives the person who speaks for it and their role, after the name or before it: the person
``hasRole`` that role in the body (the role word must be one the lexicon knows, and, before the name,
one the body can hold: a wethouder of a town; a bracket with a place or a date says nothing here).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Van: Platform31 (Eva Smit, programmamanager)", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Smit', 'Platform31', 'programmamanager')]
>>> ex = extract("d", "Ede (wethouder Eva Smit) trekt de groep, en Breda doet mee.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Smit', 'Ede', 'wethouder')]
>>> ex = extract("d", "Dank aan de VNG (projectleider Eva Smit en haar team).", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Smit', 'VNG', 'projectleider')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_fits, role_of, role_pattern

__all__ = ["body_bracket_roles"]

#: the bodies a bracket after their name may give a person of
_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Ministry", "Municipality", "Province"})
#: between the person and the role word, and after the role: "(X, directeur)", "(X, senior adviseur)"
_ROLE_AFTER = re.compile(r"\s*,\s*(?:[a-zà-ÿ]+\s+)?")
_COMMA = re.compile(r"\s*,\s*")
_CLOSE = re.compile(r"[^()]{0,40}\)")
#: the bracket's close after the person, or after the team the person leads: "(programmasecretaris X en zijn team)"
_CLOSE_AFTER_NAME = re.compile(r"\s*(?:en\s+(?:zijn|haar|hun)\s+(?:team|collega's|medewerkers)\s*)?\)")
#: the bracket right after the body's name, or after the compound it opens ("G40-bureau (…)": the network's bureau)
_OPEN = re.compile(r"(?:-[a-zà-ÿ]+)?\s*\(\s*")


def body_bracket_roles(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "person hasRole body" for each "<body> (<person>, <role>)" of ``sentence``."""
    for k, body in enumerate(mentions[:-1]):
        person = mentions[k + 1]
        if body.type not in _BODIES or person.type != "Person":
            continue
        if not _OPEN.fullmatch(ctx.text, body.end, person.start):
            _role_first(ctx, sentence, body, person)  # "Hilversum (wethouder Judith Vermeulen)"
            continue
        comma = _COMMA.match(ctx.text, person.end, sentence.end)
        gap = _ROLE_AFTER.match(ctx.text, person.end, sentence.end)
        word = (role_pattern().match(ctx.text, comma.end()) or role_pattern().match(ctx.text, gap.end())) if comma else None
        role = role_of(word.group(0)) if word else None
        if role is None or not _CLOSE.match(ctx.text, word.end()):
            continue
        ctx.add(person, "hasRole", body, sentence, "roles.body-bracket", 0.7, role=role.label)


def _role_first(ctx: DocContext, sentence: Sentence, body: Mention, person: Mention) -> None:
    """"<body> (<role> <person>)": the person holds the role in the body, when it fits the body."""
    opening = _OPEN.match(ctx.text, body.end, person.start)
    word = role_pattern().match(ctx.text, opening.end(), person.start) if opening else None
    role = role_of(word.group(0)) if word else None
    if role is None or not role_fits(role, body.type) or ctx.text[word.end():person.start].strip() \
            or not _CLOSE_AFTER_NAME.match(ctx.text, person.end, sentence.end):
        return
    ctx.add(person, "hasRole", body, sentence, "roles.body-bracket", 0.7, role=role.label)
