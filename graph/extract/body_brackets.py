"""A body with its person in brackets: "Van: G40-bureau (Joost Bakker, directeur)", "namens de VNG (Eva
Smit, senior adviseur)". The bracket after a body's name gives the person who speaks for it and their
role: the person ``hasRole`` that role in the body (the role word must be one the lexicon knows; a
bracket with a place or a date says nothing here).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Van: Platform31 (Eva Smit, programmamanager)", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Smit', 'Platform31', 'programmamanager')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["body_bracket_roles"]

#: the bodies a bracket after their name may give a person of
_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Ministry", "Municipality", "Province"})
#: between the person and the role word, and after the role: "(X, directeur)", "(X, senior adviseur)"
_ROLE_AFTER = re.compile(r"\s*,\s*(?:[a-zà-ÿ]+\s+)?")
_COMMA = re.compile(r"\s*,\s*")
_CLOSE = re.compile(r"[^()]{0,40}\)")
#: the bracket right after the body's name, or after the compound it opens ("G40-bureau (…)": the network's bureau)
_OPEN = re.compile(r"(?:-[a-zà-ÿ]+)?\s*\(\s*")


def body_bracket_roles(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "person hasRole body" for each "<body> (<person>, <role>)" of ``sentence``."""
    for k, body in enumerate(mentions[:-1]):
        person = mentions[k + 1]
        if body.type not in _BODIES or person.type != "Person" \
                or not _OPEN.fullmatch(ctx.text, body.end, person.start):
            continue
        comma = _COMMA.match(ctx.text, person.end, sentence.end)
        gap = _ROLE_AFTER.match(ctx.text, person.end, sentence.end)
        word = (role_pattern().match(ctx.text, comma.end()) or role_pattern().match(ctx.text, gap.end())) if comma else None
        role = role_of(word.group(0)) if word else None
        if role is None or not _CLOSE.match(ctx.text, word.end()):
            continue
        ctx.add(person, "hasRole", body, sentence, "roles.body-bracket", 0.7, role=role.label)
