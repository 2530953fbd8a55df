"""A table of towns: the contact column's person and the units each town takes part in.

A network's member list gives per row a town, its contacts and the units it takes part in; the
units often by an abbreviation a legend above the table explains::

    Afkortingen: **EW** = pijler Economie en Werk, **SO** = pijler Sociaal.

    | Gemeente | Wethouder (portefeuille) | Ambtelijk contact | Pijlers |
    |---|---|---|---|
    | Ede      | Eva Smit (Wonen)         | Tom Bos, adviseur | EW, SO  |

* the person of a contact column ("Ambtelijk contact", "Contactpersoon") is affiliated with the row's
  town (the first person of the cell: "Eva Smit – volgt Tom Bos op" names the one before her too),
  from the time the cell gives ("nieuw per 1 september 2025"; another cell's time is not theirs);
* a column of units ("Pijlers", "Themagroepen", "Deelname") makes the row's town take part in each
  unit its cell names, by name or by the legend's abbreviation; a dash names none.

The evidence is the row. The wethouder column is read by :mod:`graph.extract.tables`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Ledenlijst\\n\\nAfkortingen: **EW** = pijler Economie en Werk, **SO** = pijler Sociaal.\\n\\n"
...         "| Gemeente | Ambtelijk contact | Pijlers |\\n|---|---|---|\\n"
...         "| Ede | Tom Bosschaart, adviseur | EW, SO |\\n| Gouda | – | – |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("tables.town-"))
[('Ede', 'participatesIn', 'pijler Economie en Werk'), ('Ede', 'participatesIn', 'pijler Sociaal'), \
('Tom Bosschaart', 'affiliatedWith', 'Ede')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .table_layout import CONTACT_COLUMN, TOWN_COLUMN, cells_of, header_name, header_rows

__all__ = ["find_town_columns", "legend_units"]

#: a column of the units the row's town takes part in
_UNIT_COLUMN = re.compile(r"pijlers?|themagroepen|themagroep|werkgroepen|deelname(?:\s+aan)?|netwerken", re.IGNORECASE)

#: a legend's entry: "**EW** = pijler Economie en Werk", "SO = pijler Sociaal"
_LEGEND = re.compile(r"(?:\*\*|\b)([A-Z][A-Za-z]{1,5})(?:\*\*)?\s*=\s*")

_UNIT_TYPES = frozenset({"OrganisationalUnit", "Programme"})


def legend_units(ctx: DocContext) -> dict[str, Mention]:
    """The units a legend's abbreviations stand for: "**EW** = pijler Economie en Werk" gives
    ``{"EW": <pijler Economie en Werk>}`` (the unit named right after the "=")."""
    found = {}
    for m in _LEGEND.finditer(ctx.text):
        unit = next((u for u in ctx.mentions if u.start == m.end() and u.type in _UNIT_TYPES), None)
        if unit is not None:
            found.setdefault(m.group(1), unit)
    return found


def find_town_columns(ctx: DocContext) -> None:
    """Add the contact's affiliation and the units taken part in for each row of a table of towns."""
    if "|" not in ctx.text:
        return
    legend = None
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        if len(names) < 2 or TOWN_COLUMN.fullmatch(names[0]) is None:
            continue
        contacts = [k for k, n in enumerate(names) if CONTACT_COLUMN.fullmatch(n)]
        units = [k for k, n in enumerate(names) if _UNIT_COLUMN.fullmatch(n)]
        if not contacts and not units:
            continue
        if units and legend is None:
            legend = legend_units(ctx)
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            towns = [m for m in ctx.in_span(*cells[0]) if m.type == "Municipality"]
            if len(towns) != 1:
                continue
            for k in contacts:
                person = next((m for m in ctx.in_span(*cells[k]) if m.type == "Person"), None)
                if person is not None:
                    cell = Sentence(cells[k][0], cells[k][1], ctx.text[cells[k][0]:cells[k][1]], False,
                                    row.section, row.section_start)
                    period = ctx.period_of(cell, person, person)
                    ctx.add(person, "affiliatedWith", towns[0], row, "tables.town-contact", 0.75,
                            since=period.valid_from if period else None, until=period.valid_until if period else None)
            for k in units:
                for unit in _cell_units(ctx, cells[k], legend or {}):
                    ctx.add(towns[0], "participatesIn", unit, row, "tables.town-units", 0.75)


def _cell_units(ctx: DocContext, cell: tuple[int, int], legend: dict[str, Mention]) -> list[Mention]:
    """The units a cell names: by name, or as the legend's abbreviations ("EW, SO ²")."""
    named = [m for m in ctx.in_span(*cell) if m.type in _UNIT_TYPES]
    if named:
        return named
    words = re.findall(r"[A-Za-z]+", ctx.text[cell[0]:cell[1]])
    if not words or any(w not in legend for w in words):
        return []  # one word the legend does not explain: the cell is no list of abbreviations
    return [legend[w] for w in words]
