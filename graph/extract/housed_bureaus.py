"""A programme's bureau housed at an organisation: "Het programmabureau is ondergebracht bij de gemeente
Emmen; programmadirecteur is X".

A programme bureau (or project bureau) is the staff of a programme that one of its partners houses for
it: the municipality that is penvoerder, a province, an association. The bureau is part of the
programme it serves, not of the organisation that houses it, and that organisation runs the
programme's execution (the programme is ``ledBy`` it). The programme is the one the clause names, else
the last one the sentence before (in the same paragraph) names, else the one of the document's title,
else the last one named earlier in the section (the programme the passage is about).

The staff role named with the bureau ("…; programmadirecteur is X", "… en wordt geleid door
programmamanager X") is held in that programme (:mod:`graph.extract.programme_roles`), by someone
who works at the host. Only a bureau housed already ("is ondergebracht"); "wordt ondergebracht" may be
a plan, and a bureau with no programme in sight stays part of its host (:mod:`graph.extract.part_clauses`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De City Deal Kennis Maken loopt tot 2027. "
...         "Het programmabureau is ondergebracht bij de gemeente Breda; programmamanager is Eva Smit.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.predicate != "participatesIn")
... # doctest: +NORMALIZE_WHITESPACE
[('City Deal Kennis Maken', 'ledBy', 'Breda'), ('Eva Smit', 'affiliatedWith', 'Breda'),
 ('Eva Smit', 'hasRole', 'City Deal Kennis Maken'), ('programmabureau', 'partOf', 'City Deal Kennis Maken')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["HousedBureau", "housed_bureau", "find_housed_bureaus"]

#: "(het) (landelijke) programmabureau is (sinds 2023) ondergebracht bij (de gemeente) "
_HOUSED = re.compile(r"\s+(?:is|was)\s+(?:(?:sinds|per|vanaf|in)\s+\S+(?:\s+\d{4})?\s+)?ondergebracht\s+bij\s+"
                     r"(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
_BUREAU = re.compile(r"(?:\w+\s+)?(?:programma|project)bureau", re.IGNORECASE)
_HOSTS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})


class HousedBureau(NamedTuple):
    bureau: Mention
    programme: Mention
    host: Mention


def housed_bureau(ctx: DocContext, sentence: Sentence) -> HousedBureau | None:
    """The programme bureau ``sentence`` says is housed at an organisation, with its programme and host."""
    if "ondergebracht" not in sentence.text:
        return None
    mentions = ctx.in_sentence(sentence)
    for k, bureau in enumerate(mentions[:-1]):
        if bureau.type != "OrganisationalUnit" or not _BUREAU.fullmatch(bureau.text):
            continue
        housed = _HOUSED.match(ctx.text, bureau.end, sentence.end)
        host = mentions[k + 1]
        if housed is None or host.start != housed.end() or host.type not in _HOSTS \
                or not ctx.asserted(sentence, bureau.start, host.end):
            return None
        programme = _served_programme(ctx, sentence, bureau)
        return HousedBureau(bureau, programme, host) if programme is not None else None
    return None


def _served_programme(ctx: DocContext, sentence: Sentence, bureau: Mention) -> Mention | None:
    """The programme named before the bureau in its sentence, else last in the sentence before (same
    paragraph), else the title's, else the one a letter's subject line names ("Onderwerp: Toetreding tot
    de City Deal X"), else the last one named earlier in the section."""
    before = [m for m in ctx.in_span(sentence.start, bureau.start) if m.type == "Programme"]
    if before:
        return before[-1]
    previous = ctx.previous_sentence(sentence)
    if previous is not None and "\n\n" not in ctx.text[previous.end:sentence.start]:
        named = [m for m in ctx.in_sentence(previous) if m.type == "Programme"]
        if named:
            return named[-1]
    if ctx.title_programme is not None:
        return ctx.title_programme
    subject = ctx.subject_line_thing()
    if subject is not None and subject.type == "Programme":
        return subject
    # the one the section is about ("Toelichting" / "… Aan de City Deal nemen A en B deel." / "Het
    # programmabureau is ondergebracht bij …")
    return ctx.context_unit(bureau.start, types={"Programme"})


def find_housed_bureaus(ctx: DocContext) -> None:
    """Add the bureau's partOf its programme and the programme's ledBy its host."""
    for sentence in ctx.sentences:
        found = housed_bureau(ctx, sentence)
        if found is not None:
            ctx.add(found.bureau, "partOf", found.programme, sentence, "parts.housed-bureau", 0.7)
            ctx.add(found.programme, "ledBy", found.host, sentence, "relations.housed-bureau-host", 0.65)
