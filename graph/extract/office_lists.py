"""A list of a body's office holders: a table of names with the day each took office and left it.

An encyclopaedia's "Lijst van burgemeesters van Hengelo", a municipality's page of its former
wethouders or a network's list of its chairs is a table with a column of names and a "Van" and
"Tot" column, under a heading (or a title above it) that names the office and its body:

    Lijst van burgemeesters van Deventer
    | Naam | Van | Tot | Opmerkingen |
    |---|---|---|---|
    | Jan Kok | 1 mei 1946 | 1 januari 1963 | |
    | Piet Bos | 1 januari 1963 | 1 juli 1979 | waarnemend |
    | Anna de Wit | 1 juli 1979 | heden | |

Each row's person held the office at the body from the one day to the other ("heden": still), a
"waarnemend" in the row made it the acting office; each row's person succeeded the person of the row
above. The heading's office is a role word in the plural ("burgemeesters", "voorzitters") or the
singular, followed by "van" and the body; a body of another kind than the role's (a wethouder of a
ministry) states nothing.

Called once per document by :func:`graph.extract.extract` (rule ``roles.office-list``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Lijst van burgemeesters van Deventer\\n\\n| Naam | Van | Tot |\\n|---|---|---|\\n"
...         "| Jan Kok | 1 mei 1946 | 1 januari 1963 |\\n| Anna de Wit | 1 januari 1963 | heden |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role, r.valid_from, r.valid_until)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-01-01").relations
...        if r.rule == "roles.office-list")  # doctest: +NORMALIZE_WHITESPACE
[('Anna de Wit', 'hasRole', 'Deventer', 'burgemeester', '1963-01-01', None),
 ('Anna de Wit', 'succeeded', 'Jan Kok', None, None, None),
 ('Jan Kok', 'hasRole', 'Deventer', 'burgemeester', '1946-05-01', '1963-01-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of
from .roster_dates import cell_date
from .table_layout import cells_of, header_name, header_rows

__all__ = ["find_office_lists"]

RULE = "roles.office-list"

#: a heading that names an office and its body: "Lijst van burgemeesters van", "Voorzitters van de"
_OFFICE = re.compile(r"(?:lijst\s+van\s+(?:de\s+)?)?(?P<role>[a-zà-ÿ-]+)\s+van\s+(?:de\s+|het\s+)?"
                     r"(?:gemeente\s+|provincie\s+)?", re.IGNORECASE)
_NAME_COLUMN = re.compile(r"naam|namen|persoon|ambtsdrager", re.IGNORECASE)
_FROM_COLUMN = re.compile(r"van|vanaf|begin|aantreden|in\s+functie|ambtsaanvaarding", re.IGNORECASE)
_UNTIL_COLUMN = re.compile(r"tot|tot\s+en\s+met|t/m|einde|aftreden|uit\s+functie", re.IGNORECASE)
_ACTING = re.compile(r"\bwaarnemend\b|\bwnd\.", re.IGNORECASE)
#: the kinds of body each role word's scope fits
_SCOPES = {"municipality": frozenset({"Municipality"}), "province": frozenset({"Province"}),
           "ministry": frozenset({"Ministry"})}
_BODIES = frozenset({"Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit"})


def _column(names: list[str], pattern: re.Pattern) -> int | None:
    return next((k for k, name in enumerate(names) if pattern.fullmatch(name)), None)


def _office(ctx: DocContext, before: int) -> tuple[str, Mention] | None:
    """The role and body the nearest heading before ``before`` that names an office names."""
    for sentence in reversed([s for s in ctx.sentences if s.is_heading and s.end <= before]):
        found = _OFFICE.match(ctx.text, sentence.start, sentence.end)
        if found is None:
            continue
        role = role_of(found.group("role"))
        body = next((m for m in ctx.in_span(found.end(), sentence.end) if m.start == found.end()), None)
        if role is None or body is None or body.type not in _SCOPES.get(role.scope, _BODIES):
            return None
        return role.label, body
    return None


def find_office_lists(ctx: DocContext) -> None:
    """Add each office list's holders, their terms and successions; see the module."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[a:b]).lower() for a, b in cells_of(ctx.text, header)]
        name, start, end = (_column(names, p) for p in (_NAME_COLUMN, _FROM_COLUMN, _UNTIL_COLUMN))
        if name is None or start is None or end is None:
            continue
        office = _office(ctx, header.start)
        if office is None:
            continue
        _read_rows(ctx, rows, len(names), (name, start, end), *office)


def _read_rows(ctx: DocContext, rows: list[Sentence], width: int, columns: tuple[int, int, int], role: str,
               body: Mention) -> None:
    name, start, end = columns
    before = None
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != width:
            continue
        holder = next((m for m in ctx.in_span(*cells[name]) if m.type == "Person"), None)
        if holder is None:
            before = None
            continue
        since, until = (cell_date(ctx.text[a:b]) for a, b in (cells[start], cells[end]))
        acting = any(_ACTING.search(ctx.text, a, b) for k, (a, b) in enumerate(cells) if k not in columns)
        stated = Sentence(row.start, cells[max(columns)][1], ctx.text[row.start:cells[max(columns)][1]], False,
                          row.section, row.section_start)
        ctx.add(holder, "hasRole", body, stated, RULE, 0.8, role=f"waarnemend {role}" if acting else role,
                since=since.isoformat() if since else None, until=until.isoformat() if until else None)
        if before is not None:
            ctx.add(holder, "succeeded", before, stated, RULE, 0.7)
        before = holder
