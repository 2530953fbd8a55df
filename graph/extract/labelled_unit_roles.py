"""A role label that names its unit, and a role held "voor" a unit named after it.

Two Dutch ways to name the body a role is held in that the other role rules do not read:

- a field whose label is a role word and the unit's name, its holders after the colon: "Kwartiermaker
  themagroep Hittebestendige Stad: Sanne Hoekstra (Zwolle)", "- Voorzitter Taskforce Warmte: A en B"
  (:func:`find_labelled_unit_roles`); a card's plain "Kwartiermaker:" field, held in the unit its
  heading names, is :mod:`graph.extract.cards`'s;
- "<rol> voor de (nieuwe) <unit>": "X is kwartiermaker voor de nieuwe themagroep Y", "gevraagd als
  voorzitter voor de op te richten taskforce Z" (:func:`unit_after_voor`): "voor" + a named unit or
  programme right after the role word is where the role is held. "wethouder voor Wonen" (a theme, a
  portfolio) and "voorzitter voor twee jaar" name no unit and stay as they were.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Kwartiermaker themagroep Hittebestendige Stad: Sanne Hoekstra (Zwolle)\\n"
>>> sorted((r.subject.text, r.object.label, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "roles.unit-label")
[('Sanne Hoekstra', 'Themagroep Hittebestendige Stad', 'kwartiermaker')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_labelled_unit_roles", "unit_after_voor"]

_UNITS = frozenset({"OrganisationalUnit", "Programme"})
#: what may open the line before the label: spaces, a bullet
_LINE_OPENING = re.compile(r"[ \t]*(?:[-–•·▪*][ \t]+)?")
#: between the role word and the unit's name: "Kwartiermaker (van de) themagroep X"
_ROLE_TO_UNIT = re.compile(r"[ \t]+(?:(?:van|voor)[ \t]+)?(?:(?:de|het)[ \t]+)?", re.IGNORECASE)
_COLON = re.compile(r"[ \t]*:[ \t]*")
#: between "<rol>" and its unit: " voor de ", then perhaps "nieuwe", "op te richten", "te vormen"
_VOOR = re.compile(r"\s+voor\s+(?:de|het)\s+")
_NEW = re.compile(r"(?:nieuwe|nieuw|op\s+te\s+richten|te\s+vormen|beoogde)\s+")


def find_labelled_unit_roles(ctx: DocContext, sentence: Sentence) -> None:
    """"Kwartiermaker themagroep X: A (Zwolle) en B": A and B hold the role in X."""
    if ":" not in sentence.text:
        return
    for match in ctx.cues(role_pattern(), sentence):
        line_start = max(ctx.text.rfind("\n", 0, match.start()) + 1, sentence.start)  # the line's or the sentence's start
        role = role_of(match.group(0))
        if role is None or not _LINE_OPENING.fullmatch(ctx.text, line_start, match.start()):
            continue
        between = _ROLE_TO_UNIT.match(ctx.text, match.end(), sentence.end)
        unit = next((m for m in ctx.in_span(match.end(), sentence.end) if between and m.start == between.end()), None)
        colon = _COLON.match(ctx.text, unit.end, sentence.end) if unit is not None and unit.type in _UNITS else None
        if colon is None:
            continue
        line_end = ctx.text.find("\n", colon.end())
        line_end = sentence.end if line_end < 0 else min(line_end, sentence.end)
        for holder in _listed_persons(ctx, colon.end(), line_end):
            ctx.add(holder, "hasRole", unit, sentence, "roles.unit-label", 0.75, role=role.label)


def unit_after_voor(ctx: DocContext, sentence: Sentence, end: int) -> Mention | None:
    """The unit or programme named right after "<rol> voor de (nieuwe)" that ends at ``end``.

    >>> from .model import Mention
    >>> text = "X is kwartiermaker voor de nieuwe themagroep Warmte."
    >>> unit = Mention(27, 51, "nieuwe themagroep Warmte", "OrganisationalUnit", "units.named", 0.9)
    >>> unit_after_voor(DocContext("d", text, [], [unit]), Sentence(0, len(text), text), 18).text
    'nieuwe themagroep Warmte'
    """
    voor = _VOOR.match(ctx.text, end, sentence.end)
    if voor is None:
        return None
    new = _NEW.match(ctx.text, voor.end(), sentence.end)
    starts = {voor.end(), new.end() if new else voor.end()}  # the unit's name may hold "nieuwe" or not
    return next((m for m in ctx.in_span(end, sentence.end) if m.type in _UNITS and m.start in starts), None)


def _listed_persons(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """The persons listed in ``start:end``, not those in another's brackets ("A (wethouder, met B)")."""
    persons = []
    for mention in ctx.in_span(start, end):
        if mention.type == "Person" and ctx.text.count("(", start, mention.start) == ctx.text.count(")", start, mention.start):
            persons.append(mention)
    return persons
