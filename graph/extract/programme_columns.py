"""A table of towns with a column named after a programme: "ja" in it says the row's town takes part.

A survey's report or an overview lists per town what it has or does, with a column per programme:

    | Gemeente | Binnenstadsmanager | Programma Aanpak Winkelgebieden |
    |---|---|---|
    | Breda    | ja  | ja            |
    | Tilburg  | ja  | gepland 2025  |
    | Emmen    | nee | nee           |

A column whose title is a programme's name and nothing else, in a table whose first column holds
the towns (or other bodies), says of each row whether its town takes part: "ja", "deelnemer", "neemt
deel", "x", "✓" do; "nee", a dash, "gepland", "in voorbereiding" or an empty cell do not (a plan is no
taking part). Its evidence is the row, and the row's other cells date nothing of it.

Called once per document by :func:`graph.extract.extract` (rule ``tables.programme-column``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| Gemeente | BIZ | Programma Groene Hallen |\\n|---|---|---|\\n| Breda | ja | ja |\\n"
...         "| Tilburg | ja | gepland 2025 |\\n| Emmen | nee | nee |\\n")
>>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == RULE]
[('Breda', 'participatesIn', 'Programma Groene Hallen')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .table_layout import cells_of, header_rows

__all__ = ["find_programme_columns", "RULE"]

RULE = "tables.programme-column"

#: a cell that says the row's town takes part
_YES = re.compile(r"\s*(?:ja|deelnemer|deelname|neemt\s+deel|doet\s+mee|x|✓|✔)\s*[.!]?\s*", re.IGNORECASE)
#: the bodies a row may be about
_ROWS = frozenset({"Municipality", "Province", "Organisation", "Ministry"})


def find_programme_columns(ctx: DocContext) -> None:
    """Add ``town participatesIn programme`` for each "ja" in a column titled with a programme's name."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        spans = cells_of(ctx.text, header)
        columns = {}
        for k, (start, end) in enumerate(spans[1:], 1):
            named = ctx.in_span(start, end)
            if len(named) == 1 and named[0].type == "Programme" and named[0].start == start and named[0].end == end:
                columns[k] = named[0]
        for row in rows if columns else ():
            cells = cells_of(ctx.text, row)
            if len(cells) != len(spans):
                continue
            first = ctx.in_span(*cells[0])
            if len(first) != 1 or first[0].type not in _ROWS:
                continue
            for k, programme in columns.items():
                if _YES.fullmatch(ctx.text, *cells[k]):
                    ctx.add(first[0], "participatesIn", programme, row, RULE, 0.75)
