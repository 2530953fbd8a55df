"""A body's board as a table: "| Functie | Naam | Namens | Sinds |" under the heading "Bestuur".

A foundation's or association's page (an ANBI publication, an "Over ons" page, a jaarverslag) lists its
board as a table, one member per row, with the function, the name, whom the member represents and the
year they joined:

    | Functie | Naam | Namens | Sinds |
    |---|---|---|---|
    | voorzitter | drs. Eva Smit | G40 (wethouder Wonen gemeente Breda) | 2023 |
    | secretaris | Jan Kok | VNG | 2020 |

* each row's person holds the row's function (a role word, "lid") in the body the document's title names,
  from the year or date of the "Sinds" column;
* the person works for the body the "Namens" column names first ("namens VNG"), and holds an office written
  in its bracket in the municipality named there ("wethouder Wonen gemeente Breda").

The table needs a function column ("Functie", "Rol") of a board's functions (voorzitter, secretaris,
penningmeester, lid), a name column ("Naam"), a heading "Bestuur" (or "Raad van toezicht", "Samenstelling
bestuur") over it and the document's title naming one organisation. Called once per document by :func:`graph.extract.extract` (rule ``tables.board-member``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Stichting Wijkkracht Nederland\\n\\nBestuur\\n\\n| Functie | Naam | Namens | Sinds |\\n|---|---|---|---|\\n"
...         "| voorzitter | drs. Eva Smit | G40 (wethouder Wonen gemeente Breda) | 2023 |\\n| lid | Jan Kok | VNG | 2020 |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role, r.valid_from)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations)  # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'affiliatedWith', 'G40', None, None), ('Eva Smit', 'hasRole', 'Breda', 'wethouder', None),
 ('Eva Smit', 'hasRole', 'Stichting Wijkkracht Nederland', 'voorzitter', '2023-01-01'),
 ('Jan Kok', 'affiliatedWith', 'VNG', None, None), ('Jan Kok', 'hasRole', 'Stichting Wijkkracht Nederland', 'lid', '2020-01-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .roles import role_of, role_pattern
from .table_layout import ROLE_COLUMN, cells_of, header_name, header_rows
from .unit_fields import page_body

__all__ = ["find_board_tables", "RULE"]

RULE = "tables.board-member"

_NAME_COLUMN = re.compile(r"naam|namen|bestuurslid|lid")
_BEHALF_COLUMN = re.compile(r"namens(?:\s+wie)?|op\s+voordracht\s+van|vertegenwoordigt|organisatie")
_SINCE_COLUMN = re.compile(r"(?:lid\s+|in\s+functie\s+)?sinds|benoemd(?:\s+in|\s+per)?|aangetreden")
#: a year or a date in a "Sinds" cell
_YEAR = re.compile(r"\s*(?:(?P<day>\d{1,2})-(?P<month>\d{1,2})-)?(?P<year>(?:19|20)\d\d)\s*")
_ACTORS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the heading a board's table stands under
_BOARD_HEADING = re.compile(r"[ \t#]*(?:\d{1,2}\.?\s+)?(?:(?:het|samenstelling(?:\s+van\s+het)?)\s+)?(?:dagelijks\s+|algemeen\s+)?"
                            r"(?:bestuur|bestuursleden|raad\s+van\s+toezicht|bestuur\s+en\s+toezicht)[ \t]*:?[ \t]*", re.IGNORECASE)
#: the functions of a board's members
_BOARD_ROLES = frozenset({"voorzitter", "vicevoorzitter", "secretaris", "penningmeester", "lid", "bestuurslid",
                          "algemeen bestuurslid", "plaatsvervangend voorzitter", "secretaris-penningmeester"})


def find_board_tables(ctx: DocContext) -> None:
    """Add each board table row's function, representation and office; see the module."""
    if "|" not in ctx.text:
        return
    body = page_body(ctx)
    if body is None or body.type != "Organisation":
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[a:b]) for a, b in cells_of(ctx.text, header)]
        function = next((k for k, n in enumerate(names) if ROLE_COLUMN.fullmatch(n)), None)
        name = next((k for k, n in enumerate(names) if _NAME_COLUMN.fullmatch(n)), None)
        if function is None or name is None or not _BOARD_HEADING.fullmatch(header.section or ""):
            continue  # a table of roles under another heading: a project's, a committee's (not the title's body)
        behalf = next((k for k, n in enumerate(names) if _BEHALF_COLUMN.fullmatch(n)), None)
        since = next((k for k, n in enumerate(names) if _SINCE_COLUMN.fullmatch(n)), None)
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) == len(names):
                _member(ctx, body, row, cells, function, name, behalf, since)


def _member(ctx: DocContext, body, row, cells, function: int, name: int, behalf: int | None, since: int | None) -> None:
    person = next((m for m in ctx.in_span(*cells[name]) if m.type == "Person"), None)
    role = role_of(ctx.text[slice(*cells[function])].strip())
    if person is None or role is None or role.label not in _BOARD_ROLES:
        return
    year = _YEAR.fullmatch(ctx.text, *cells[since]) if since is not None else None
    start = None
    if year:
        start = f"{year['year']}-{int(year['month']):02d}-{int(year['day']):02d}" if year["day"] else f"{year['year']}-01-01"
    ctx.add(person, "hasRole", body, row, RULE, 0.75, role=role.label, since=start,
            precision=None if not year or year["day"] else "year")
    if behalf is None:
        return
    named = ctx.in_span(*cells[behalf])
    represented = next((m for m in named if m.type in _ACTORS), None)
    if represented is not None:
        ctx.add(person, "affiliatedWith", represented, row, RULE, 0.7)
    bracket = ctx.text.find("(", *cells[behalf])
    if bracket < 0:
        return
    office = role_pattern().search(ctx.text, bracket, cells[behalf][1])
    town = next((m for m in named if m.type == "Municipality" and office and m.start > office.end()), None)
    found = role_of(office.group(0)) if office else None
    if town is not None and found is not None and found.scope in ("municipality", "any"):
        ctx.add(person, "hasRole", town, row, RULE, 0.7, role=found.label)
