"""participatesIn from a table with a column of towns and a column of programmes.

A regeling's bijlage or an overview lists per row a municipality and the programme it is in::

    | Code | Gemeente | Regio Deal         | Bedrag    |
    |------|----------|--------------------|-----------|
    | 0001 | Zwolle   | Regio Deal IJssel  | 1.000.000 |

Each row states that its town takes part in the programme of its programme cell (the column's header is
a kind of programme: "Regio Deal", "City Deal", "Woondeal", "Deal", "Programma"). The evidence is the row.
Called once per document by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Bijlage\\n\\n| Gemeente | Regio Deal | Bedrag |\\n|---|---|---|\\n| Zwolle | Regio Deal IJssel | 10 |\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "tables.programme-column"]
[('Zwolle', 'Regio Deal IJssel')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .table_layout import TOWN_COLUMN, column_pair_rows

__all__ = ["find_programme_columns"]

#: the header of a column of programmes: "Regio Deal", "City Deals", "Woondeal", "Programma"
_PROGRAMME_COLUMN = re.compile(r"(?:regio\s*|city\s*|green\s*|woon)?deals?|programma'?s?", re.IGNORECASE)


def find_programme_columns(ctx: DocContext) -> None:
    """Add "town participatesIn programme" for each row of a table with a town and a programme column."""
    if "|" not in ctx.text:
        return
    for row, town_cell, programme_cell in column_pair_rows(ctx.text, ctx.sentences, TOWN_COLUMN, _PROGRAMME_COLUMN):
        towns = [m for m in ctx.in_span(*town_cell) if m.type == "Municipality"]
        things = [m for m in ctx.in_span(*programme_cell) if m.type == "Programme"]
        if len(towns) == 1 and len(things) == 1:
            ctx.add(towns[0], "participatesIn", things[0], row, "tables.programme-column", 0.75)
