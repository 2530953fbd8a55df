"""A body's table of its partnerships: "| Samenwerkingsverband | Partners | Rol van Venlo |".

A city's annual report, begroting or "Staat van de stad" lists the partnerships it takes part in as a
table: each row names one partnership (a network, a Regio Deal, a foundation), a column its other partners
and a column the part the body itself plays in it ("Rol van Venlo", "Rol van de gemeente Ede" where the
header names the body). Read row by row:

- each body of the partners cell takes part in the row's programme or unit (``participatesIn``); in an
  organisation's row (a network, a foundation) it works together with it (``collaboratesWith``): its
  partners, not its members;
- the body the role column names takes part in the row's partnership, or set it up when the cell says
  so ("oprichter", "medeoprichter", "initiatiefnemer": ``initiated``); a cell that denies a part
  ("geen", "niet meer", "uitgetreden") states nothing.

The first column's title must say its rows are partnerships ("Samenwerkingsverband", "Netwerk",
"Verbonden partij", "Partnerschap"), and the row's partnership must open its cell: a row whose name
the extraction does not know states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Tabel 3 Netwerken van de gemeente\\n\\n| Netwerk | Voornaamste partners | Rol van Deventer |\\n|---|---|---|\\n"
...         "| Regio Deal Stedendriehoek | provincie Gelderland, Zutphen | deelnemer |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("partnerships."))
[('Deventer', 'participatesIn', 'Regio Deal Stedendriehoek'), ('Gelderland', 'participatesIn', 'Regio Deal Stedendriehoek'), ('Zutphen', 'participatesIn', 'Regio Deal Stedendriehoek')]
"""

from __future__ import annotations

import re

from .actor_types import ACTORS
from .context import DocContext
from .model import Mention, Sentence
from .table_layout import cells_of, header_name, header_rows

__all__ = ["find_partnership_tables"]

#: the first column's title: its rows are partnerships
_PARTNERSHIP_COLUMN = re.compile(r"samenwerkingsverband(?:en)?|samenwerking(?:en)?|netwerk(?:en)?|"
                                 r"verbonden\s+partij(?:en)?|partnerschap(?:pen)?", re.IGNORECASE)
#: the column of the row's other partners, with a qualifier before it: "Belangrijkste partners", "Overige deelnemers"
_PARTNERS_COLUMN = re.compile(r"(?:(?:belangrijkste|voornaamste|overige|andere|betrokken|externe)\s+)?"
                              r"(?:(?:samenwerkings)?partners?|partijen|deelnemers|deelnemende\s+\w+)", re.IGNORECASE)
#: the column of the part the body the title names plays: "Rol van Venlo", "Rol van de gemeente Ede", "Rol Ede"
_OWN_ROLE_COLUMN = re.compile(r"rol\s+(?:van\s+)?(?:de\s+)?\S.*", re.IGNORECASE)
#: a part that is setting the partnership up
_FOUNDER = re.compile(r"\b(?:mede-?)?oprichter|\binitiatiefnemer", re.IGNORECASE)
#: a part denied or given up
_DENIED = re.compile(r"\b(?:geen|niet|uitgetreden|gestopt|afgezien|opgezegd)\b", re.IGNORECASE)
_BODIES = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
_PARTNERSHIPS = frozenset({"Programme", "OrganisationalUnit", "Organisation"})


def find_partnership_tables(ctx: DocContext) -> None:
    """Add the facts of each partnership table's rows; see the module."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        header_cells = cells_of(ctx.text, header)
        names = [header_name(ctx.text[s:e]) for s, e in header_cells]
        if len(names) < 2 or not _PARTNERSHIP_COLUMN.fullmatch(names[0]):
            continue
        partners = [k for k, n in enumerate(names) if _PARTNERS_COLUMN.fullmatch(n)]
        own = [(k, body) for k, n in enumerate(names) if _OWN_ROLE_COLUMN.fullmatch(n)
               for body in [_named_body(ctx, header_cells[k])] if body is not None]
        if not partners and not own:
            continue
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            partnership = _row_partnership(ctx, cells[0])
            if partnership is None:
                continue
            for k in partners:
                _partners(ctx, row, cells[k], partnership)
            for k, body in own:
                _own_part(ctx, row, cells[k], body, partnership)


def _named_body(ctx: DocContext, cell: tuple[int, int]) -> Mention | None:
    """The one body a role column's title names ("Rol van Venlo"), else None."""
    bodies = [m for m in ctx.in_span(*cell) if m.type in _BODIES]
    return bodies[0] if len(bodies) == 1 else None


def _row_partnership(ctx: DocContext, cell: tuple[int, int]) -> Mention | None:
    """The partnership that opens the row's first cell, else None."""
    first = next((m for m in ctx.in_span(*cell) if m.start == cell[0]), None)
    return first if first is not None and first.type in _PARTNERSHIPS else None


def _partners(ctx: DocContext, row: Sentence, cell: tuple[int, int], partnership: Mention) -> None:
    """Each body of a partners cell takes part in the row's programme or unit, or works with its organisation."""
    if _DENIED.search(ctx.text, *cell):
        return
    for m in ctx.in_span(*cell):
        if m.type not in _BODIES or m.label == partnership.label:
            continue
        if partnership.type == "Organisation":
            ctx.add(m, "collaboratesWith", partnership, row, "partnerships.partner", 0.7)
        else:
            ctx.add(m, "participatesIn", partnership, row, "partnerships.partner", 0.7)


def _own_part(ctx: DocContext, row: Sentence, cell: tuple[int, int], body: Mention, partnership: Mention) -> None:
    """The body the role column names takes part in (or set up) the row's partnership, unless the cell denies it."""
    part = ctx.text[cell[0]:cell[1]]
    if not part.strip(" –-") or _DENIED.search(part) or body.label == partnership.label or body.type not in ACTORS:
        return
    predicate = "initiated" if _FOUNDER.search(part) else "participatesIn"
    ctx.add(body, predicate, partnership, row, "partnerships.own-part", 0.7)
