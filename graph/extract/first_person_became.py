"""The post a speaker says they took up, in a clause with its verb last: "Toen ik in februari 2023 directeur
van het G40-bureau werd, had ik niet gedacht …" (round 58t).

:mod:`graph.extract.firstperson` reads "ik werd in 2023 directeur van X" and "sinds 2023 ben ik directeur van
X"; a subordinate clause ("toen", "nadat", "sinds", "dat") puts "werd" last, after the body, and its date
right after "ik". The speaker (a blog's byline, a letter's signer) holds the role in the body named right
after "van"/"bij" from that date: its first day, at the precision written ("in februari 2023": from February
2023). A clause whose verb is not "werd" ("toen ik in 2023 directeur van X bezocht"), or that names no date,
gives nothing here.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Terugblik\\n\\n*Eva Smit, directeur Platform31 · 18 december 2024*\\n\\n"
...         "Toen ik in februari 2023 directeur van Platform31 werd, was er veel te doen.\\n")
>>> sorted({(r.subject.text, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer(),
...  date="2024-12-18").relations if r.predicate == "hasRole"})
[('Eva Smit', 'Platform31', '2023-02-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import _DURING, _parse, precision
from .roles import role_of

__all__ = ["became"]

#: "toen ik in februari 2023 directeur van (het) ", "nadat ik per 1 mei 2022 secretaris bij de "
_BECAME = re.compile(r"\b(?:[Tt]oen|[Nn]adat|[Ss]inds|[Dd]at)\s+ik\s+(?P<when>(?:in|per|op)\s+(?:\d{1,2}\s+)?"
                     r"(?:[a-z]+\s+)?\d{4})\s+(?P<role>[a-zà-ÿ][\w-]*)\s+(?:van|bij)\s+(?:de\s+|het\s+)?")
#: the verb that closes the clause after the body: "… G40-bureau werd", "… werd,"
_WERD = re.compile(r"[\w-]*\s+werd\b")
_TYPES = frozenset({"Organisation", "Municipality", "Province", "Ministry", "OrganisationalUnit", "Programme"})


def became(ctx: DocContext, sentence: Sentence, speaker: Mention) -> None:
    """Add the role ``speaker`` says in ``sentence`` they took up on a date ("toen ik in … X van Y werd")."""
    for match in _BECAME.finditer(ctx.text, sentence.start, sentence.end):
        role = role_of(match.group("role"))
        thing = next((m for m in ctx.in_span(match.end(), sentence.end) if m.start == match.end() and m.type in _TYPES),
                     None)
        if role is None or thing is None or not _WERD.match(ctx.text, thing.end, sentence.end):
            continue
        when = _DURING.search(ctx.text, match.start("when"), match.end("when"))
        days = _parse(when.groupdict(), "e", None, None) if when is not None else None
        if days is None or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        ctx.add(speaker, "hasRole", thing, sentence, "firstperson.became", 0.75, role=role.label,
                since=days[0].isoformat(), precision=precision(days))
