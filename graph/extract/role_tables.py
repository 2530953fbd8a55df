"""A governance table of roles and who fills them: "| Rol | Invulling |" with "| Bestuurlijk opdrachtgever |
Esther Kok, wethouder Economie Tilburg |" in a programme's startnotitie makes Esther Kok the bestuurlijk
opdrachtgever of the programme (heldout34, round 50a).

A two-column table whose first column is titled as roles ("Rol", "Functie", "Taak") and whose second says who
fills them ("Invulling", "Wie", "Bemensing", "Bezetting", "Naam", "Persoon") names, per row, a bare role (the
cell is a role word and nothing else: "Programmamanager", "Ambtelijk opdrachtnemer") and its holder (the first
person in the other cell). The role is held in what the table's section or the document's title names (a
programme, unit or event, :func:`graph.extract.cards.card_subject`); a table of offices in named bodies is
:mod:`graph.extract.register_rows`'.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Startnotitie City Deal Zon\\n\\n| Rol | Invulling |\\n|---|---|\\n"
...         "| Bestuurlijk opdrachtgever | Eva Kok, wethouder Economie Tilburg |\\n| Programmamanager | Jan Smit |\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "tables.role-assignment")
[('Eva Kok', 'City Deal Zon', 'bestuurlijk opdrachtgever'), ('Jan Smit', 'City Deal Zon', 'programmamanager')]
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import DocContext
from .roles import role_of, role_pattern
from .table_layout import ROLE_COLUMN, named_tables

__all__ = ["find_role_tables"]

#: the column that says who fills each role
_FILLED_BY = re.compile(r"invulling|wie|bemensing|bezetting|naam|namen|persoon|personen|ingevuld\s+door")


def find_role_tables(ctx: DocContext) -> None:
    """Add the roles each row of a governance table gives its holder (see the module docstring)."""
    if "|" not in ctx.text:
        return
    for header, names, rows in named_tables(ctx.text, ctx.sentences):
        if len(names) != 2 or not ROLE_COLUMN.fullmatch(names[0]) or not _FILLED_BY.fullmatch(names[1]):
            continue
        heading = ctx.sentence_at(header.section_start) if header.section_start is not None else header
        subject = card_subject(ctx, heading, heading.start)
        if subject is None:
            continue
        for row, cells in rows:
            cell = " ".join(ctx.text[slice(*cells[0])].split())
            word = role_pattern().fullmatch(cell)
            role = role_of(word.group(0)) if word else None
            holder = next((m for m in ctx.in_span(*cells[1]) if m.type == "Person"), None)
            if role is not None and holder is not None:
                ctx.add(holder, "hasRole", subject, row, "tables.role-assignment", 0.8, role=role.label)
