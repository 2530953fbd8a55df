"""A rotation schedule's table: where each trainee works in each period.

A traineeship (or a stage, a "roulatie" of young civil servants) places each trainee at a host
organisation for a period at a time; its schedule lists the trainees as rows and the periods as
columns, each cell naming the host of that period::

    | trainee   | rotatie 1 (sep 2024 – feb 2025) | rotatie 2 (mrt 2025 – aug 2025) | rotatie 3 (voorkeur) |
    |-----------|---------------------------------|---------------------------------|----------------------|
    | Eva Smit  | gemeente Breda                  | ministerie van SZW              | UWV                  |

The row's person works at each period's host: ``affiliatedWith``, from the first to the last day of the
period its header dates ("sep 2024 – feb 2025"; an undated column gives no time), past once the period is
over at the document's date. A column of wishes ("voorkeur", "onder voorbehoud", "gewenst", "optie") is
no placement, nor is a cell that names no one organisation ("nog open", "–"). The trainee takes part in
the programme the section heading or the document's title names (:func:`graph.extract.cards.card_subject`),
from the first dated period with a placement. The evidence is the row.

The first column is the trainees' ("Trainee", "Stagiair", "Naam", "Deelnemer"); the period columns are
headed "rotatie", "roulatie", "periode", "plaatsing", "stage" or "blok" with a number or a period. A table of
one period column is no schedule (round 55e).

Called once per document by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Traineeprogramma Stad en Rijk\\n\\n| trainee | rotatie 1 (sep 2024 – feb 2025) | rotatie 2 (mrt 2025 – aug 2025) |\\n"
...         "|---|---|---|\\n| Eva Smit | gemeente Breda | ministerie van SZW |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2025-06-01")
>>> for r in ex.relations:
...     if r.rule.startswith("tables.rotation"):
...         print(r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until, r.past)
Eva Smit affiliatedWith Breda 2024-09-01 2025-02-28 True
Eva Smit affiliatedWith SZW 2025-03-01 2025-08-31 False
Eva Smit participatesIn Traineeprogramma Stad en Rijk 2024-09-01 None False
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import ACTORS, DocContext
from .periods import find_periods
from .table_layout import cells_of, named_tables

__all__ = ["find_rotation_tables"]

#: the first column: the persons placed
_TRAINEE_COLUMN = re.compile(r"(?:management\s*)?trainees?|stagiair(?:e|es|s)?|naam|deelnemers?", re.IGNORECASE)

#: a period's column: "rotatie 2", "Periode 1 (jan – jun 2025)", "Plaatsing 3", "Blok B"
_PERIOD_COLUMN = re.compile(r"(?:rotatie|roulatie|periode|plaatsing|stage|blok)\s*(?:\d+|[a-d]|[ivx]+)?\b.*",
                            re.IGNORECASE | re.DOTALL)

#: a column of what is wished or not yet settled, no placement
_WISH = re.compile(r"voorkeur|voorbehoud|gewenst|wens|optie|beoogd|voorlopig|onder\s+voorbehoud", re.IGNORECASE)


def find_rotation_tables(ctx: DocContext) -> None:
    """Add where each trainee of a rotation schedule works per period, and their part in the programme."""
    if "|" not in ctx.text:
        return
    for header, names, rows in named_tables(ctx.text, ctx.sentences):
        if len(names) < 3 or not _TRAINEE_COLUMN.fullmatch(names[0]):
            continue
        periods = [k for k, n in enumerate(names) if k and _PERIOD_COLUMN.fullmatch(n)]
        if len(periods) < 2:
            continue
        header_cells = cells_of(ctx.text, header)
        placed = [(k, _dates(ctx, header_cells[k])) for k in periods if not _WISH.search(names[k])]
        programme = card_subject(ctx, header, header.start)
        for row, cells in rows:
            persons = [m for m in ctx.in_span(*cells[0]) if m.type == "Person"]
            if len(persons) != 1:
                continue
            starts, hosted = [], False
            for k, (since, until) in placed:
                hosts = [m for m in ctx.in_span(*cells[k]) if m.type in ACTORS]
                if len(hosts) != 1:
                    continue
                ctx.add(persons[0], "affiliatedWith", hosts[0], row, "tables.rotation", 0.7,
                        since=since, until=until, precision=None)
                starts += [since] if since else []
                hosted = True
            if hosted and programme is not None and programme.type == "Programme":
                ctx.add(persons[0], "participatesIn", programme, row, "tables.rotation-trainee", 0.7,
                        since=min(starts) if starts else None)


def _dates(ctx: DocContext, span: tuple[int, int]) -> tuple[str | None, str | None]:
    """The first and last day of the period a column's header dates, else ``(None, None)``."""
    found = [p for p in find_periods(ctx.text, *span, year=ctx.date[:4] if ctx.date else None)
             if p.valid_from and p.valid_until]
    return (found[0].valid_from, found[0].valid_until) if len(found) == 1 else (None, None)
