"""A letter's "u bent sinds januari 2024 programmasecretaris" dates the addressee's post (round 57t).

A letter names its addressee in the address ("t.a.v. mevrouw J. (Judith) Visser, programmasecretaris") and greets
them by surname ("Geachte mevrouw Visser,"); the body may tell the addressee's start in the second person: "u bent
sinds januari 2024 programmasecretaris", "U bent per 1 maart 2025 secretaris". The one post with that role word
the person greeted holds in the letter, without a time of its own, starts then. No greeting, another role word,
or a start still to come ("u wordt per …") dates nothing.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Aan de City Deal Groene Wijken\\nt.a.v. mevrouw ir. J. (Judith) Visser, programmasecretaris\\n\\n"
...         "Geachte mevrouw Visser,\\n\\nU bent sinds januari 2024 programmasecretaris van de City Deal Groene Wijken.\\n")
>>> sorted({(r.subject.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2025-06-17").relations if r.role == "programmasecretaris"})
[('J. (Judith) Visser', '2024-01-01')]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods
from .role_words import role_of

__all__ = ["with_addressee_terms"]

_GREETING = re.compile(r"\bGeachte\s+(?:heer|mevrouw|mevr\.|dhr\.)\s+(?:(?:van|de|der|den|ten|ter)\s+)*(?P<surname>[A-Z][\w'’-]+)")
_YOU_ARE = re.compile(r"\b[Uu]\s+(?:bent|was)\s+(?P<when>(?:sinds|vanaf|per|met\s+ingang\s+van)\s+[^,;:.()\n]{1,30}?)\s+"
                      r"(?P<role>[^\W\d_][\w-]*)\b")


def _surname(name: str) -> str:
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    return words[-1].lower() if words else ""


def with_addressee_terms(text: str, relations: list[Relation], date: str | None) -> list[Relation]:
    """``relations`` with the start "u bent sinds … <rol>" gives the greeted addressee's undated post."""
    greetings = {m.group("surname").lower() for m in _GREETING.finditer(text)}
    if len(greetings) != 1 or " u " not in text.replace("\n", " ").lower() + " ":
        return relations
    surname = greetings.pop()
    for said in _YOU_ARE.finditer(text):
        role = role_of(said.group("role"))
        periods = find_periods(said.group("when"), year=date)
        if role is None or len(periods) != 1 or not periods[0].valid_from or periods[0].valid_until:
            continue
        posts = [k for k, r in enumerate(relations) if r.predicate == "hasRole" and r.role == role.label
                 and r.subject.type == "Person" and _surname(r.subject.text) == surname
                 and not (r.valid_from or r.valid_until or r.past)]
        if len({(relations[k].object.text, relations[k].subject.text) for k in posts}) != 1:
            continue
        relations = list(relations)
        for k in posts:
            relations[k] = dataclasses.replace(relations[k], valid_from=periods[0].valid_from,
                                               valid_from_precision=periods[0].from_precision, appointed=False)
    return relations
