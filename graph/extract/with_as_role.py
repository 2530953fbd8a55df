"""A person named with their role after a programme or a body: "…, de pilot X, met Y als projectleider".

Dutch adds who does the work in a phrase "met <persoon> als <rol>" after what it is about::

    Schiedam en Delft zetten het prototype voort als de pilot Vroegsignalering, met Koen Smit als projectleider.
    Het programmabureau werd gevoerd door Platform31, met Daan Oltmans als programmamanager.

The phrase stands right after the name it is about, a comma between. After a programme or a unit the person holds
the role in it (the projectleider of the pilot); after an organisation, a municipality or a ministry ("gevoerd door
Platform31, met X als programmamanager") the person works there (``affiliatedWith``: the role is in the work the
sentence tells of, which the phrase does not name). The word after "als" must be a role word; a phrase after a
name that is a person, or with no comma ("samen met Y als partner"), says nothing here. Rules
``roles.met-x-als-rol`` and ``relations.met-x-als-rol`` (round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "In 2024 startte Ede de City Deal Zon, met Jan Smit als projectleider."
>>> [(r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule.endswith("met-x-als-rol")]
[('Jan Smit', 'hasRole', 'City Deal Zon', 'projectleider')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_fits, role_of, role_pattern

__all__ = ["find_with_as_role"]

#: the phrase's opening after the name: ", met"
_MET = re.compile(r"\s*,\s*met\s+")
#: between the person and the role word
_ALS = re.compile(r"\s+als\s+")
#: after the role word: the phrase ends
_END = re.compile(r"\s*(?:[.,;:)]|$)")
_THINGS = ("Programme", "OrganisationalUnit")
_EMPLOYERS = ("Organisation", "Municipality", "Ministry", "Province")


def find_with_as_role(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the role of a person a ", met X als <rol>" phrase names after a programme or a body (see the module)."""
    if " als " not in sentence.text or "met " not in sentence.text:
        return
    for before, person in zip(mentions, mentions[1:]):
        if person.type != "Person" or before.type not in _THINGS + _EMPLOYERS:
            continue
        met = _MET.match(ctx.text, before.end, person.start)
        als = _ALS.match(ctx.text, person.end, sentence.end)
        if met is None or met.end() != person.start or als is None:
            continue
        word = role_pattern().match(ctx.text, als.end(), sentence.end)
        role = role_of(word.group()) if word is not None else None
        if role is None or not _END.match(ctx.text, word.end(), sentence.end) \
                or not ctx.asserted(sentence, met.start(), word.end()):
            continue
        if before.type in _THINGS and role_fits(role, before.type):
            ctx.add(person, "hasRole", before, sentence, "roles.met-x-als-rol", 0.7, role=role.label)
        elif before.type in _EMPLOYERS:
            ctx.add(person, "affiliatedWith", before, sentence, "relations.met-x-als-rol", 0.65)
