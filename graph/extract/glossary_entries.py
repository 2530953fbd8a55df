"""A glossary's entries: a term on a line of its own ("Bestuurlijke regiegroep:", an HTML ``<dt>``) and its
definition under it, which speaks of the term.

A programme's begrippenlijst defines its bodies and lists its participants::

    Bestuurlijke regiegroep:
    Het hoogste orgaan van het programma. Leden: wethouder Eva Smit (Gouda, voorzitter), wethouder Jan Kok
    (Zuidplas) en Piet Bos, regiomanager van UWV. Sinds 1 januari 2024 is ook wethouder Ali Bakir (Ede) lid.

    Deelnemende gemeenten:
    Gouda, Zuidplas (sinds 2023) en Ede (sinds 1 januari 2024).

When the term is a body (a unit: "Bestuurlijke regiegroep", "Stuurgroep"), the persons its definition lists
after "Leden:" take part in it (a role in their bracket, "voorzitter", is their role in it), and so does the one
of whom it says "is ook … lid" (from the date the sentence gives). When the term is "Deelnemende gemeenten" (or
"Deelnemers", "Partners"), each municipality, province, ministry or organisation its definition lists before
the first full stop takes part in the programme the document is about (its title's), from the date in its
bracket ("(sinds 2023)"). A body whose definition opens "Het hoogste orgaan van het programma" (an organ, part,
team or meeting of it) is part of that programme (round 56o). A term that is neither, and a "Leden:" outside a glossary entry, state nothing here.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Begrippenlijst Programma Werk Samen\\n\\nStuurgroep:\\nHet hoogste orgaan. Leden: wethouder Eva Smit (Gouda, "
...         "voorzitter) en Jan Kok (Ede).\\n\\nDeelnemende gemeenten:\\nGouda en Ede (sinds 2023).\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("glossary."))
[('Ede', 'participatesIn', 'Programma Werk Samen', None), ('Eva Smit', 'hasRole', 'Stuurgroep', 'voorzitter'), \
('Gouda', 'participatesIn', 'Programma Werk Samen', None), ('Jan Kok', 'participatesIn', 'Stuurgroep', None)]
"""

from __future__ import annotations

import re

from .actor_types import ACTORS
from .context import DocContext
from .role_words import role_of

__all__ = ["find_glossary_entries"]

#: a term's line: a few words and a colon, nothing after it
_TERM = re.compile(r"[ \t]*(?P<term>[A-ZÀ-Ý][\w' -]{2,60}?)[ \t]*:[ \t]*$", re.MULTILINE)
#: the members a definition lists
_MEMBERS = re.compile(r"\b(?:Leden|Deelnemers|Samenstelling)\s*:\s*")
#: "… is ook wethouder X (Y) lid": one more member
_ALSO_MEMBER = re.compile(r"\bis\s+(?:nu\s+)?ook\b(?P<who>[^.;]{3,120}?)\blid\b")
#: a term that heads the programme's participants
_PARTICIPANTS = re.compile(r"(?:deelnemende\s+(?:gemeenten|steden|partijen|organisaties)|deelnemers|partners)", re.IGNORECASE)
#: a role in a member's bracket, after its place: "(Gouda, voorzitter)"
_BRACKET_ROLE = re.compile(r"\s*\([^()]*?,\s*(?P<role>[a-z][a-z-]+)\s*\)")


def find_glossary_entries(ctx: DocContext) -> None:
    """Add the members of each body a glossary defines, and the programme's participants it lists."""
    text = ctx.text
    if ":\n" not in text:
        return
    for term in _TERM.finditer(text):
        start = term.end() + 1
        if start >= len(text) or not text[start:start + 1].strip():
            continue  # a term with its definition right under it, not a heading over a blank line
        end = text.find("\n\n", start)
        end = len(text) if end < 0 else end
        body = [m for m in ctx.in_span(term.start("term"), term.end("term"))]
        unit = body[0] if len(body) == 1 and body[0].type == "OrganisationalUnit" \
            and body[0].start == term.start("term") and body[0].end == term.end("term") else None
        if unit is not None:
            _members(ctx, unit, start, end)
            _body_of_programme(ctx, unit, start, end)
        elif _PARTICIPANTS.fullmatch(term.group("term")) and not body:
            _participants(ctx, start, end)


def _members(ctx: DocContext, unit, start: int, end: int) -> None:
    """The members a body's definition lists after "Leden:", and the one "is ook … lid"."""
    text = ctx.text
    listed = _MEMBERS.search(text, start, end)
    if listed is not None:
        stop = text.find(".", listed.end(), end)
        stop = end if stop < 0 else stop
        for person in (m for m in ctx.in_span(listed.end(), stop) if m.type == "Person"):
            sentence = ctx.sentence_at(person.start)
            if sentence is None:
                continue
            bracket = _BRACKET_ROLE.match(text, person.end)
            role = role_of(bracket.group("role")) if bracket else None
            if role is not None:
                ctx.add(person, "hasRole", unit, sentence, "glossary.member-role", 0.7, role=role.label)
            else:
                ctx.add(person, "participatesIn", unit, sentence, "glossary.members", 0.7)
    for also in _ALSO_MEMBER.finditer(text, start, end):
        for person in (m for m in ctx.in_span(*also.span("who")) if m.type == "Person"):
            sentence = ctx.sentence_at(person.start)
            if sentence is not None:
                ctx.add(person, "participatesIn", unit, sentence, "glossary.members", 0.7)


#: the programme a body's definition says it belongs to, in its first sentence: "Het hoogste orgaan van het programma"
_OF = re.compile(r"\b(?:orgaan|onderdeel|deel|team|overleg)\s+(?:\w+\s+){0,2}?(?:van|binnen)\s+$")


def _body_of_programme(ctx: DocContext, unit, start: int, end: int) -> None:
    """"Bestuurlijke regiegroep:" / "Het hoogste orgaan van het programma. …": the body is part of the programme
    its definition's first sentence names after "orgaan/onderdeel … van" (a reference to the document's own
    programme is its title's), round 56o."""
    stop = ctx.text.find(".", start, end)
    stop = end if stop < 0 else stop
    for thing in (m for m in ctx.in_span(start, stop) if m.type == "Programme"):
        if not _OF.search(ctx.text, max(start, thing.start - 40), thing.start):
            continue
        programme = ctx.title_programme if thing.rule.startswith("references.") else thing
        sentence = ctx.sentence_at(thing.start)
        if programme is not None and sentence is not None:
            ctx.add(unit, "partOf", programme, sentence, "glossary.body-of-programme", 0.65)
        return


def _participants(ctx: DocContext, start: int, end: int) -> None:
    """The actors listed first in a "Deelnemende gemeenten:" definition take part in the document's programme."""
    programme = ctx.title_programme
    if programme is None:
        return
    stop = ctx.text.find(".", start, end)
    stop = end if stop < 0 else stop
    for actor in (m for m in ctx.in_span(start, stop) if m.type in ACTORS):
        sentence = ctx.sentence_at(actor.start)
        if sentence is not None:
            ctx.add(actor, "participatesIn", programme, sentence, "glossary.participants", 0.7)
