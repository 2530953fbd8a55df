"""A table's period column dates the role column before it, and nothing else in the row.

"| Themagroep | Voorzitter | Periode | Ambtelijk trekker |" with "| Wonen | A (Ede) | tot 1 juni 2025 | B
(Delft) |": A chaired until 31 May 2025. The row's other facts — B's role, the themagroep's place in
the pijler — are no part of that term (the next row, "| Wonen | C | vanaf 1 juni 2025 | B |", names
B again): a period read from the row for them is dropped, and the role column's persons get the
period even where another name in the row stood nearer to it.

Called by :mod:`graph.extract.relations` after the table rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarbeeld\\n\\n8 december 2025\\n\\n| Themagroep | Voorzitter | Periode | Trekker |\\n|---|---|---|---|\\n"
...         "| Themagroep Wonen | Anna Kroes | tot 1 juni 2025 | Bram Wit |\\n"
...         "| Themagroep Wonen | Carla Veen | vanaf 1 juni 2025 | Bram Wit |\\n")
>>> sorted((r.subject.text, r.role, r.valid_from, r.valid_until)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "hasRole")
... # doctest: +NORMALIZE_WHITESPACE
[('Anna Kroes', 'voorzitter', None, '2025-05-31'), ('Bram Wit', 'trekker', None, None),
 ('Bram Wit', 'trekker', None, None), ('Carla Veen', 'voorzitter', '2025-06-01', None)]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .periods import find_periods
from .role_words import role_of
from .table_layout import cells_of, header_name, header_rows

__all__ = ["date_by_term_column"]

#: a column of terms: "Periode", "Termijn", "Zittingsperiode", "Looptijd"
_TERM_COLUMN = re.compile(r"(?:zittings)?periode|termijn|ambtstermijn", re.IGNORECASE)


def _term_column(names: list[str]) -> int | None:
    """The index of a term column right after a role column (None: the table has none)."""
    for k, name in enumerate(names[1:], start=1):
        if _TERM_COLUMN.fullmatch(name.strip()) and role_of(names[k - 1].split()[-1]) is not None:
            return k
    return None


def date_by_term_column(ctx: DocContext) -> None:
    """Date the facts of each row of a table with a term column (see the module docstring)."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        term = _term_column(names)
        if term is None:
            continue
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            periods = find_periods(ctx.text, *cells[term], year=ctx.date)
            if len(periods) != 1:
                continue
            period = periods[0]
            holder_cell = cells[term - 1]
            for index, relation in enumerate(ctx.relations):
                if relation.evidence_start != row.start or not relation.rule.startswith(("tables.", "roles.")):
                    continue
                in_holder_cell = holder_cell[0] <= relation.subject.start < holder_cell[1]
                held = relation.predicate == "hasRole" and in_holder_cell
                if in_holder_cell and not held:
                    continue  # the holder's succession of the one before: the term's own reading
                if held:
                    dates = (period.valid_from, period.valid_until, period.from_precision, period.until_precision)
                elif (relation.valid_from, relation.valid_until) == (period.valid_from, period.valid_until):
                    dates = (None, None, None, None)
                else:
                    continue
                ctx.relations[index] = dataclasses.replace(
                    relation, valid_from=dates[0], valid_until=dates[1], valid_from_precision=dates[2],
                    valid_until_precision=dates[3], past=relation.past and held)
