"""A table's column of the part of each row's organisation: the unit is part of that organisation.

A list of hosts, contacts or addresses names per row an organisation and, in a column of its own, the
part of it the row is about::

    | Organisatie        | Onderdeel               | Contactpersoon |
    |--------------------|-------------------------|----------------|
    | ministerie van SZW | directie Arbeidsmarkt   | Eva Smit       |
    | gemeente Breda     | afdeling Economie       | Jan Kok        |

The unit named in the part's column ("Onderdeel", "Afdeling", "Directie", "Organisatieonderdeel", "Team",
"Eenheid") is ``partOf`` the one organisation, ministry, municipality or province the row's organisation
column names ("Organisatie", "Ministerie", "Gemeente": :data:`.table_layout.ACTOR_COLUMN`; a "Gastorganisatie" beside a
"Begeleider": :func:`.table_layout.host_columns`).
A row whose organisation cell names more than one, or whose part cell is empty, says nothing; a unit of a
kind that belongs to a network of its own (a pijler is the G40's) is left to
:mod:`graph.extract.unit_parents`. The evidence is the row (round 55e).

Called once per document by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Contacten\\n\\n| Organisatie | Onderdeel | Contactpersoon |\\n|---|---|---|\\n"
...         "| ministerie van SZW | directie Arbeidsmarkt | Eva Smit |\\n")
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "tables.unit-column"]
[('directie Arbeidsmarkt', 'SZW')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .lexicon import load_lexicon
from .table_layout import ACTOR_COLUMN, host_columns, named_tables

__all__ = ["find_unit_columns"]

#: a column of the part of the row's organisation
_UNIT_COLUMN = re.compile(r"(?:organisatie)?onderde(?:el|len)|afdelingen|afdeling|directies?|teams?|eenheden|eenheid",
                          re.IGNORECASE)

#: what a unit can be part of
_OWNERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


def find_unit_columns(ctx: DocContext) -> None:
    """Add "unit partOf organisation" for each row of a table with an organisation and a part column."""
    if "|" not in ctx.text:
        return
    networks = {u.kind for u in load_lexicon().unit_kinds.values() if u.default_parent}
    for _, names, rows in named_tables(ctx.text, ctx.sentences):
        names = host_columns(names)
        owner_k = next((k for k, n in enumerate(names) if ACTOR_COLUMN.fullmatch(n)), None)
        unit_k = next((k for k, n in enumerate(names) if _UNIT_COLUMN.fullmatch(n)), None)
        if owner_k is None or unit_k is None:
            continue
        for row, cells in rows:
            owners = [m for m in ctx.in_span(*cells[owner_k]) if m.type in _OWNERS]
            units = [m for m in ctx.in_span(*cells[unit_k]) if m.type == "OrganisationalUnit"]
            if len(owners) == 1 and len(units) == 1 and units[0].kind not in networks:
                ctx.add(units[0], "partOf", owners[0], row, "tables.unit-column", 0.75)
