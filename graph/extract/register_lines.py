"""A register's "functie: naam" lines: the office holders of the body a section heading names.

A government register, an almanac entry or a city's page of its administration lists the holders of
a body's offices as fields under the body's name:

    Gemeente Apeldoorn
    Burgemeester: drs. T.W. van Sloten
    Wethouder Wonen: mevrouw R. Yilmaz
    Gemeentesecretaris: vacature

Each line whose label is a role word of the kind the body has (a burgemeester, wethouder or
gemeentesecretaris of a municipality, a minister or secretaris-generaal of a ministry, a
gedeputeerde of a province; a role any body has, "directeur", of any of them) and whose value opens
with a person gives that person the role in the body the section's heading (or, under a subheading that
names nothing, the heading right above it) names: a government's offices, not an organisation's (a programme
page "*Programmapagina G40*" over "Programmamanager: X" names the programme's manager, see
:mod:`graph.extract.cards`). The heading must
name that one body and nothing else: "Directie Woningbouw, directeur: X" names the directorate, not
the ministry above it. A vacancy names no one, so it states nothing; a former or intended holder
("Voormalig burgemeester:", "Beoogd wethouder:") holds no office now. A unit, programme or event
heading is :mod:`graph.extract.cards`'s (its "Voorzitter:" field). A line that names another government body
after the holder ("Projectleider: X, programmamanager Binnenstad, gemeente Venlo" under a report's heading
"Monitor Vitale Binnensteden Limburg") names the holder's own, not the heading's (walkthrough 35, finding 8).

Called per sentence by :mod:`graph.extract.relations` (rule ``roles.register-line``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Gemeente Apeldoorn\\n\\nBurgemeester: Tom van Sloten\\nWethouder Wonen: Rana Yilmaz\\nGemeentesecretaris: vacature\\n"
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "roles.register-line")
[('Rana Yilmaz', 'Apeldoorn', 'wethouder'), ('Tom van Sloten', 'Apeldoorn', 'burgemeester')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import field_role

__all__ = ["find_register_lines"]

#: a field that opens its line: a label of one to four words, a colon, then the value
_FIELD = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?P<label>[A-Za-zÀ-ÿ][\w-]*(?:[ \t]+[\w-]+){0,3})[ \t]*"
                    r"(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*")
#: words that may stand between the colon and the holder's name: a form of address or an academic title
_BEFORE_NAME = re.compile(r"(?:(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|drs\.|dr\.|ir\.|mr\.|ing\.|prof\.)\s*)*",
                          re.IGNORECASE)
#: a label of a holder who does not hold the office now
_NOT_NOW = re.compile(r"\b(?:voormalig|voormalige|oud|ex|vorige|beoogd|beoogde|kandidaat|nieuwe?)\b", re.IGNORECASE)
#: the body types each scope of a role word fits
_SCOPES = {"municipality": frozenset({"Municipality"}), "ministry": frozenset({"Ministry"}),
           "province": frozenset({"Province"}),
           "any": frozenset({"Municipality", "Ministry", "Province"})}


#: the headings read for a field's body: its own, and the one right above it (a subheading's body)
_HEADINGS_UP = 2


def _heading_body(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The one body the heading of ``sentence``'s section names (once, or by its name and its abbreviation:
    "Ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO)"), when the heading names nothing else;
    under a heading that names nothing ("College van burgemeester en wethouders"), the one the heading
    above it names."""
    if sentence.section_start is None or sentence.is_heading:
        return None
    k = ctx.position.get(ctx.sentence_at(sentence.section_start))
    if k is None:
        return None
    headings = 0
    while k >= 0 and headings < _HEADINGS_UP:
        heading = ctx.sentences[k]
        k -= 1
        if not heading.is_heading:
            continue
        headings += 1
        named = ctx.in_sentence(heading)
        if named:
            return named[0] if len({m.key or m.label for m in named}) == 1 else None
    return None


#: roles held at an event or a session, not in a body: "Gespreksleider: X" under a werkbezoek's heading
_EVENT_ROLES = frozenset({"gespreksleider", "dagvoorzitter", "moderator", "presentator"})


def find_register_lines(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add ``person hasRole body`` for a "functie: naam" line under a heading that names the body."""
    persons = [m for m in mentions if m.type == "Person"]
    if not persons or ":" not in sentence.text:
        return
    field = _FIELD.match(ctx.text, ctx.content_start(sentence), sentence.end)
    if field is None or any(m.start < field.end() for m in mentions):
        return  # "Directie Woningbouw, directeur: X": the label names a body of its own
    label = field.group("label")
    role = field_role(label)
    if role is None or _NOT_NOW.search(label) or role.label in _EVENT_ROLES:
        return  # "Gespreksleider: X" in a programme leads a session, no office of the heading's body (round 51a)
    title = _BEFORE_NAME.match(ctx.text, field.end(), sentence.end)
    holder = next((m for m in persons if m.start in (field.end(), title.end())), None)
    if holder is None:
        return
    body = _heading_body(ctx, sentence)
    if body is None or body.type not in _SCOPES.get(role.scope, ()):
        return
    if any(m.start > holder.end and m.type in _SCOPES["any"] and (m.key or m.label) != (body.key or body.label)
           for m in mentions):
        return  # "Projectleider: X, programmamanager, gemeente Venlo" under "Monitor … Limburg": Venlo's (walkthrough 35)
    ctx.add(holder, "hasRole", body, sentence, "roles.register-line", 0.75, role=role.label)
