"""The WNT disclosure of an organisation's annual accounts: its top officials' tables (round 60r).

Every public and semi-public body (a foundation a municipality funds, a gemeenschappelijke regeling, a
corporation) discloses its top officials under the Wet normering topinkomens in a note of its jaarrekening, in the
tables of the ministry's model: the directors ("leidinggevende topfunctionarissen") with their names as the
columns, the supervisors ("toezichthoudende topfunctionarissen") one per row::

    | Gegevens 2024 | drs. A.B. Smit | C. Kok MSc |
    |---|---|---|
    | Functiegegevens | directeur-bestuurder | interim-directeur |
    | Aanvang en einde functievervulling in 2024 | 01/04 – 31/12 | 01/01 – 31/03 |

    | Naam | Functie | Periode 2024 | Bezoldiging |
    |---|---|---|---|
    | ir. H.J. (Henk) Bos | voorzitter Raad van Toezicht | 01/01 – 31/12 | € 9.500 |

Each person holds the function in the body the document's title names ("Stichting X — Jaarrekening 2024"): the
role word the cell opens with (the lexicon's "voorzitter raad van toezicht" as one), when the rest of it (up to a comma) names nothing or the body's own organ ("Raad van
Toezicht", "RvT", "raad van commissarissen", "bestuur"; "interim-" and "a.i." a role held for the time being). The
period of that year dates it: a start after 1 January is the day taken up, an end before 31 December the day left
(then a past post). Rule ``tables.wnt``. Not read: a table of another kind (no "Functie"/"Functiegegevens" and no
"Bezoldiging" or WNT heading), a function naming another body ("lid raad van advies Platform31"), a title naming
no body or two.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Stichting Wijkkracht Oost — Jaarrekening 2024\\n\\nToezichthoudende topfunctionarissen\\n\\n"
...         "| Naam | Functie | Periode 2024 | Bezoldiging |\\n|---|---|---|---|\\n"
...         "| Eva Smit | voorzitter Raad van Toezicht | 01/01 – 31/12 | € 9.500 |\\n"
...         "| Jan Kok | lid RvT | 01/01 – 30/06 | € 3.200 |\\n")
>>> sorted((r.subject.text, r.object.text, r.role, r.valid_until, r.past)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == RULE)
... # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'Stichting Wijkkracht Oost', 'voorzitter raad van toezicht', None, False),
 ('Jan Kok', 'Stichting Wijkkracht Oost', 'lid', '2024-06-30', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern
from .table_layout import cells_of, header_name, header_rows

__all__ = ["find_wnt_tables", "RULE"]

RULE = "tables.wnt"

#: what the title may name: the organisation (a fund a foundation runs is read as a programme too)
_TITLE_BODIES = frozenset({"Organisation", "Programme"})
#: the WNT's own words in a heading or a column: its two kinds of top officials, the pay column
_WNT = re.compile(r"topfunctionaris|bezoldiging|\bwnt\b", re.IGNORECASE)
_NAME_COLUMN = re.compile(r"naam|naam\s+topfunctionaris")
_FUNCTION_COLUMN = re.compile(r"functie|functies|functiegegevens|functie\s+\d{4}")
_PERIOD_COLUMN = re.compile(r"(?:periode|aanvang\s+en\s+einde\s+functievervulling)(?:\s+in)?(?:\s+\d{4})?")
#: the body's own organs after the role word: "voorzitter Raad van Toezicht", "lid RvT", "lid van het bestuur"
_OWN_ORGAN = re.compile(r"\s*(?:(?:van\s+)?(?:de|het)\s+)?(?:raad\s+van\s+(?:toezicht|commissarissen|bestuur)|rvt|rvc|"
                        r"bestuur|directie)?\s*", re.IGNORECASE)
#: "interim-directeur", "interim directeur": the role held for the time being
_INTERIM = re.compile(r"interim[\s-]+", re.IGNORECASE)
#: a period of the year: "01/04 – 31/12", "1-4 t/m 31-12"
_PERIOD = re.compile(r"\s*(?P<d1>\d{1,2})[/-](?P<m1>\d{1,2})\s*(?:[–—-]|t/m|tot\s+en\s+met)\s*(?P<d2>\d{1,2})[/-](?P<m2>\d{1,2})\s*")
_YEAR = re.compile(r"\b(20\d\d)\b")


def _title_body(ctx: DocContext) -> Mention | None:
    """The one organisation the document's first line names."""
    start = len(ctx.text) - len(ctx.text.lstrip())
    end = ctx.text.find("\n", start)
    named = {m.label: m for m in ctx.in_span(start, len(ctx.text) if end < 0 else end) if m.type in _TITLE_BODIES}
    return next(iter(named.values())) if len(named) == 1 else None


def _function(cell: str) -> str | None:
    """The role a function cell gives in the body itself ("voorzitter Raad van Toezicht" → voorzitter), else None."""
    first = cell.split(",")[0].split(";")[0].strip()
    first = first[_INTERIM.match(first).end():] if _INTERIM.match(first) else first
    word = role_pattern().match(first)
    role = role_of(word.group(0)) if word else None
    if role is None or not _OWN_ORGAN.fullmatch(first, word.end()):
        return None
    return role.label


def _dates(cell: str, year: str | None) -> tuple[str | None, str | None]:
    """The day taken up and the day left that a period cell gives within ``year`` (None for the year's ends)."""
    period = _PERIOD.fullmatch(cell)
    if period is None or year is None:
        return None, None
    start = (int(period["m1"]), int(period["d1"]))
    end = (int(period["m2"]), int(period["d2"]))
    if not (1 <= start[0] <= 12 and 1 <= end[0] <= 12):
        return None, None
    since = None if start == (1, 1) else f"{year}-{start[0]:02d}-{start[1]:02d}"
    until = None if end == (12, 31) else f"{year}-{end[0]:02d}-{end[1]:02d}"
    return since, until


def _add(ctx: DocContext, person: Mention, body: Mention, row: Sentence, role: str, period: tuple) -> None:
    since, until = period
    ctx.add(person, "hasRole", body, row, RULE, 0.75, role=role, since=since, until=until, past=until is not None)


def find_wnt_tables(ctx: DocContext) -> None:
    """Add each top official's function in the title's body (see the module)."""
    if "|" not in ctx.text or not _WNT.search(ctx.text):
        return
    body = _title_body(ctx)
    if body is None:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        cells = cells_of(ctx.text, header)
        names = [header_name(ctx.text[a:b]) for a, b in cells]
        wnt = _WNT.search(header.section or "") or any(n.startswith("bezoldiging") for n in names)
        if wnt and any(_NAME_COLUMN.fullmatch(n) for n in names):
            _row_officials(ctx, body, header, rows, names)
        elif _WNT.search(header.section or "") or _WNT.search(ctx.text, header.start - 400 if header.start > 400 else 0,
                                                              header.start):
            _column_officials(ctx, body, header, rows, cells)


def _row_officials(ctx: DocContext, body: Mention, header: Sentence, rows: list[Sentence], names: list[str]) -> None:
    """"| Naam | Functie | Periode 2024 | …": one official per row."""
    name = next(k for k, n in enumerate(names) if _NAME_COLUMN.fullmatch(n))
    function = next((k for k, n in enumerate(names) if _FUNCTION_COLUMN.fullmatch(n)), None)
    period = next((k for k, n in enumerate(names) if _PERIOD_COLUMN.fullmatch(n)), None)
    year = _YEAR.search(names[period]) if period is not None else None
    if function is None:
        return
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != len(names):
            continue
        person = next((m for m in ctx.in_span(*cells[name]) if m.type == "Person"), None)
        role = _function(ctx.text[slice(*cells[function])])
        if person is not None and role is not None:
            dates = _dates(ctx.text[slice(*cells[period])], year.group(1) if year else None) if period is not None \
                else (None, None)
            _add(ctx, person, body, row, role, dates)


def _column_officials(ctx: DocContext, body: Mention, header: Sentence, rows: list[Sentence], cells) -> None:
    """"| Gegevens 2024 | A | B |" over "| Functiegegevens | … | … |": one official per column (the WNT model)."""
    persons = [next((m for m in ctx.in_span(*cell) if m.type == "Person"), None) for cell in cells]
    if not any(persons[1:]):
        return
    year = _YEAR.search(ctx.text, *cells[0])
    functions, periods = None, None
    for row in rows:
        row_cells = cells_of(ctx.text, row)
        if len(row_cells) != len(cells):
            continue
        label = header_name(ctx.text[slice(*row_cells[0])])
        if _FUNCTION_COLUMN.fullmatch(label):
            functions = row, row_cells
        elif _PERIOD_COLUMN.fullmatch(label):
            periods = row_cells
            year = _YEAR.search(label) or year
    if functions is None:
        return
    row, row_cells = functions
    for k in range(1, len(cells)):
        role = _function(ctx.text[slice(*row_cells[k])])
        if persons[k] is not None and role is not None:
            dates = _dates(ctx.text[slice(*periods[k])], year.group(1) if year else None) if periods else (None, None)
            _add(ctx, persons[k], body, row, role, dates)
