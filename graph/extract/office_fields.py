"""A field that names the holders of a town's or a province's offices, under a title that names the town
(round 46a).

An infobox or fact sheet about a municipality lists its office holders as fields, the office as the label
and the holders as the value::

    College van burgemeester en wethouders van Deventer

    | Burgemeester | Eva Smit (VVD), sinds oktober 2021 |
    | Wethouders | Jan Bos (D66) - Economie, Piet Wit (CDA) - Zorg |
    Gemeentesecretaris: Ans de Wit

Each person in the value (not one inside a bracket) ``hasRole`` the office at the one municipality the
document's title names (a province's office, "Gedeputeerde", at the one province it names). A label that is
no office of a town or province ("Voorzitter", "Zetel") or a title that names no such body or two of them
gives nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Gemeente Deventer\\n\\n| Burgemeester | Eva Smit (VVD) |\\n| Wethouders | Jan Bos - Economie, Piet Wit - Zorg |\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.role, r.object.text) for r in ex.relations if r.rule == "roles.office-field")
[('Eva Smit', 'burgemeester', 'Deventer'), ('Jan Bos', 'wethouder', 'Deventer'), ('Piet Wit', 'wethouder', 'Deventer')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .references import lead_end
from .roles import role_of

__all__ = ["find_office_fields"]

#: a field on its own line: "| Label | value |" (a two-cell table row) or "Label: value"
_FIELD = re.compile(r"^[ \t]*(?:\|[ \t]*(?P<cell>[A-Za-zÀ-ÿ-]+)[ \t]*\|(?P<cellvalue>[^|\n]+)\|[ \t]*"
                    r"|(?P<label>[A-Za-zÀ-ÿ-]+)[ \t]*:(?P<value>[^\n]+))$", re.MULTILINE)
#: each office's body type, by the scope of its role word
_BODY_TYPES = {"municipality": "Municipality", "province": "Province"}


def find_office_fields(ctx: DocContext) -> None:
    """``hasRole`` of each person an office field lists, at the town or province the title names."""
    text = ctx.text
    titled = _title_bodies(ctx)
    if not titled:
        return
    for field in _FIELD.finditer(text):
        group = "cell" if field.group("cell") else "label"
        role = role_of(field.group(group))
        body = titled.get(_BODY_TYPES.get(role.scope)) if role is not None else None
        if body is None:
            continue
        value = "cellvalue" if group == "cell" else "value"
        start, end = field.start(value), field.end(value)
        for person in ctx.in_span(start, end):
            if person.type != "Person" or text.count("(", start, person.start) != text.count(")", start, person.start):
                continue
            sentence = ctx.sentence_at(person.start)
            if sentence is not None:
                ctx.add(person, "hasRole", body, sentence, "roles.office-field", 0.75, role=role.label)


def _title_bodies(ctx: DocContext) -> dict:
    """The one municipality and the one province the document's title lines name, by type."""
    end = lead_end(ctx.sentences)
    found: dict = {}
    for mention in ctx.mentions:
        if mention.start >= end:
            break
        if mention.type in ("Municipality", "Province"):
            found.setdefault(mention.type, {})[mention.key or mention.label] = mention
    return {kind: next(iter(bodies.values())) for kind, bodies in found.items() if len(bodies) == 1}
