"""A seat in a body passed on: "A neemt per 1 november 2026 de plaats van B in de G40-pijler Economie
en Werk in" and "B volgt A op in de G40-pijler Sociaal" (walkthrough 23, finding 2), also with the verb
first and the town both sit for: "Per 1 maart neemt A de plaats in van B namens Delft in de themagroep Z"
(walkthrough 24, finding 6; A is of Delft). The successor is a
member of that body from the day the sentence gives (with none, as of the document's day), the one
succeeded a member up to the day before (with none, a former member), and the successor succeeded them; a
role named with "als" ("volgt A op als voorzitter") is the role rules' (:mod:`graph.extract.passed_on_roles`).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eva Kok neemt per 1 november 2026 de plaats van Jan Smit in de G40-pijler Economie en Werk in, "
...         "en Jan Smit volgt Eva Kok op in de G40-pijler Sociaal.")
>>> sorted((r.subject.text, r.predicate, r.object.label, r.past, r.valid_from, r.valid_until)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-11-03").relations
...        if r.rule == "roles.seat")
... # doctest: +NORMALIZE_WHITESPACE
[('Eva Kok', 'hasRole', 'Pijler Economie en Werk', False, '2026-11-01', None),
 ('Eva Kok', 'hasRole', 'Pijler Sociaal', True, None, '2026-10-31'),
 ('Eva Kok', 'succeeded', 'Jan Smit', False, '2026-11-01', None),
 ('Jan Smit', 'hasRole', 'Pijler Economie en Werk', True, None, '2026-10-31'),
 ('Jan Smit', 'hasRole', 'Pijler Sociaal', False, '2026-11-01', None),
 ('Jan Smit', 'succeeded', 'Eva Kok', False, '2026-11-01', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date, day_before

__all__ = ["passed_seats"]

#: "A neemt (per D) de plaats van B in (de) <body> in", "B volgt A op in (de) <body>"
_PLACE_OF = re.compile(r"\s+(?:neemt|nam|nemen|namen)\s+(?:(?:per|vanaf|met\s+ingang\s+van|op)\s+[\w ]{1,24}?\s+)?"
                       r"de\s+plaats\s+(?:in\s+)?van\s+$", re.IGNORECASE)
#: the verb before both names: "Per 1 maart neemt A (Ede) de plaats in van B"
_PLACE_OF_INVERTED = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?de\s+plaats\s+(?:in\s+)?van\s+$", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"\b(?:neemt|nam)\s+$", re.IGNORECASE)
#: after the one succeeded: (the town both sit for) "namens Delft", then "in (de) <body>"
_PLACE_IN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:namens\s+(?:de\s+gemeente\s+)?(?P<town>[^\s,;]+(?:\s+[^\s,;]+)?)\s+)?"
                       r"\s*in\s+(?:de\s+|het\s+)?", re.IGNORECASE)
_FOLLOWS = re.compile(r"\s+(?:volgt|volgde|volgen)\s+(?:(?:per|vanaf|met\s+ingang\s+van|op)\s+[\w ]{1,24}?\s+)?$",
                      re.IGNORECASE)
_FOLLOWS_IN = re.compile(r"\s+op\s+in\s+(?:de\s+|het\s+)?", re.IGNORECASE)
_SEATS = frozenset({"OrganisationalUnit", "Organisation"})
_TOWNS = frozenset({"Municipality", "Province", "Organisation", "Ministry"})


def passed_seats(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the memberships and the succession of each seat the sentence passes on."""
    if len(persons) < 2 or not ("plaats" in sentence.text or " op in " in sentence.text):
        return
    text = ctx.text
    for new, old in zip(persons, persons[1:]):
        gap = text[new.end:old.start]
        taken = _PLACE_OF.fullmatch(gap) or _FOLLOWS.fullmatch(gap)
        if taken is None and _VERB_BEFORE.search(text, sentence.start, new.start):
            taken = _PLACE_OF_INVERTED.fullmatch(gap)  # "Per 1 maart neemt A de plaats in van B namens Ede in …"
        if taken is None:
            continue
        into = (_FOLLOWS_IN if taken.re is _FOLLOWS else _PLACE_IN).match(text, old.end, sentence.end)
        body = _seat_body(ctx, sentence, into.end()) if into is not None else None
        if body is None or not ctx.asserted(sentence, new.start, body.end):
            continue
        day = change_date(text, sentence.start, sentence.end, year=ctx.date)
        until = day_before(day) if day else None  # undated: the one succeeded had left by the document's day
        ctx.add(new, "hasRole", body, sentence, "roles.seat", 0.7, role="lid", since=day)
        ctx.add(old, "hasRole", body, sentence, "roles.seat", 0.7, role="lid",
                past=until is None or bool(ctx.date and until < ctx.date[:10]), until=until)
        ctx.add(new, "succeeded", old, sentence, "roles.seat", 0.7, since=day)
        town = next((m for m in ctx.in_span(old.end, into.end()) if m.type in _TOWNS), None) \
            if into.groupdict().get("town") else None
        if town is not None:  # "namens Delft": the successor sits for Delft (the one succeeded may have left it)
            ctx.add(new, "affiliatedWith", town, sentence, "roles.seat", 0.7, since=day)


def _seat_body(ctx: DocContext, sentence: Sentence, at: int) -> Mention | None:
    """The body named at ``at``: a unit, also after its network's prefix ("G40-pijler Sociaal": the
    pijler, not the G40), else an organisation."""
    here = [m for m in ctx.in_sentence(sentence) if at <= m.start <= at + 12 and m.type in _SEATS
            and not ctx.text[at:m.start].strip("-").count(" ")]
    units = [m for m in here if m.type == "OrganisationalUnit"]
    return units[0] if units else next((m for m in here if m.start == at), None)
