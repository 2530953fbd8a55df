"""A rooster van aftreden's dates: when each member of the table's body took office, and left it.

A board's roster (a "rooster van aftreden") lists its members with the day each was first appointed
and the day each term ends; a member who stepped down early is marked so in the row, often struck
through:

    | Naam | Functie | Namens | Eerste benoeming | Herbenoemd | Einde termijn |
    |---|---|---|---|---|---|
    | Eva Smit | voorzitter | Ede | 01-05-2022 | 01-05-2024 | 01-05-2026 |
    | ~~Jan Kok~~ | ~~lid~~ | Delft | 01-05-2022 | – | *afgetreden 01-03-2025* |

The column of the first appointment ("Eerste benoeming", "Benoemd per", "Lid sinds", "In functie sinds",
"Datum in functie", "Aangetreden") gives the start of the row's membership of the table's body: of a
role or participation of the row's person in a body the row does not name (the one the table is of;
"| Eva Smit | … | Ede |" says nothing of when she became Ede's wethouder). A re-appointment is no start
and the end of a term is no end: it is when the member is due to step down. A cell that says the
member stepped down ("afgetreden 01-03-2025", "teruggetreden per …", "vertrokken op …") ends the
membership the day before (it was over on that day) and makes it past.

Called by :func:`graph.extract.extract` on the relations found (after :mod:`graph.extract.tables`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Rooster van aftreden Pijler Sociaal\\n\\nDe leden van de Pijler Sociaal:\\n\\n| Naam | Functie | Namens | Eerste benoeming | Einde termijn |\\n"
...         "|---|---|---|---|---|\\n| Eva Smit | voorzitter | Ede | 01-05-2022 | 01-05-2026 |\\n"
...         "| Jan Kok | lid | Delft | 1 mei 2022 | afgetreden 01-03-2025 |\\n")
>>> sorted((r.subject.text, r.object.text, r.valid_from, r.valid_until, r.past)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-09-18").relations
...        if r.predicate == "hasRole")
[('Eva Smit', 'Pijler Sociaal', '2022-05-01', None, False), ('Jan Kok', 'Pijler Sociaal', '2022-05-01', '2025-02-28', True)]
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from .model import Relation

__all__ = ["with_roster_dates", "cell_date", "unmarked"]

#: a column of the day a member was (first) appointed
_START_COLUMN = re.compile(r"(?:datum\s+)?(?:eerste\s+)?benoem(?:ing|d)(?:\s+(?:per|op|sinds|in))?|"
                           r"(?:datum\s+)?(?:eerste\s+)?benoeming|(?:lid|in\s+functie|zitting)\s+(?:sinds|per|vanaf)|"
                           r"datum\s+in\s+functie|(?:datum\s+)?aangetreden(?:\s+(?:per|op))?|datum\s+aantreden|"
                           r"ingangsdatum|"
                           # a bare "sinds"/"vanaf" column, a list's of members: "| gemeente | provincie | sinds |"
                           r"sinds|vanaf|(?:deelname|deelnemer|partner)\s+(?:sinds|vanaf|per)", re.IGNORECASE)
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
_DAY = re.compile(r"\b(?:(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})|"
                  r"(?P<wd>\d{1,2})\s+(?P<wm>" + "|".join(_MONTHS) + r")\s+(?P<wy>\d{4}))\b", re.IGNORECASE)
#: a cell that says the member stepped down on a day
_LEFT = re.compile(r"\b(?:tussentijds\s+)?(?:afgetreden|teruggetreden|uitgetreden|vertrokken|gestopt)"
                   r"(?:\s+(?:per|op|met\s+ingang\s+van))?\s*:?\s*(?=\d)", re.IGNORECASE)
_ROW = re.compile(r"[ \t]*\|")
_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_PREDICATES = frozenset({"hasRole", "participatesIn"})
#: the members a list of a programme's partners has besides persons: "| Zwolle | Overijssel | sinds 1 februari 2023 |"
_MEMBER_TYPES = frozenset({"Municipality", "Province", "Organisation", "Ministry"})


def cell_date(text: str) -> date | None:
    """The one day a cell gives: "01-05-2022", "2022-05-01", "1 mei 2022".

    >>> cell_date(" 01-05-2022 "), cell_date("1 mei 2022"), cell_date("–")
    (datetime.date(2022, 5, 1), datetime.date(2022, 5, 1), None)
    """
    found = _DAY.search(text)
    if found is None:
        return None
    g = found.groupdict()
    try:
        if g["d"]:
            return date(int(g["y"]), int(g["m"]), int(g["d"]))
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return date(int(g["wy"]), _MONTHS.index(g["wm"].lower()) + 1, int(g["wd"]))
    except ValueError:
        return None


def unmarked(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the emphasis or strike-through marks around its words: a struck-through
    cell "~~lid~~" of a member who left names the role all the same (its row says it is over).

    >>> text = "| ~~lid~~ |"
    >>> text[slice(*unmarked(text, (1, 10)))]
    'lid'
    """
    start, end = span
    while start < end and text[start] in " \t~*_":
        start += 1
    while end > start and text[end - 1] in " \t~*_":
        end -= 1
    return start, end


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _header(text: str, row_start: int) -> list[str] | None:
    """The column names of the table whose row starts at ``row_start``: the line above its rule line."""
    end = row_start - 1
    previous = None
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not _ROW.match(line):
            return None
        if _RULE.match(line) and not line.replace("|", "").replace("-", "").replace(":", "").strip():
            above = text.rfind("\n", 0, start - 1) + 1
            previous = text[above:start - 1]
            return _cells(previous) if _ROW.match(previous) else None
        end = start - 1
    return None


#: a pair of columns that give a term: "| Van | Tot |", "| Begin | Einde |", "| Vanaf | Tot en met |" (round 60g)
_FROM_COLUMN = re.compile(r"van|vanaf|begin|start|ingang", re.IGNORECASE)
_UNTIL_COLUMN = re.compile(r"(?P<word>tot(?:\s+en\s+met)?|t/m|einde?|eind)", re.IGNORECASE)


def _term_columns(names: list[str], cells: list[str]) -> tuple[date | None, date | None, str | None, str | None] | None:
    """(start, last day, their precisions) a row gives in a pair of columns "Van" and "Tot": a year, a month or a
    day each, read as "sinds <cel>" and "tot <cel>" (or "tot en met" under "Tot en met", "T/m", "Einde") read;
    None without such a pair or without a start in the row.

    >>> _term_columns(["Naam", "Functie", "Van", "Tot"], ["Anna Wit", "voorzitter", "2019", "maart 2023"])
    (datetime.date(2019, 1, 1), datetime.date(2023, 2, 28), 'year', 'month')
    >>> _term_columns(["Naam", "Functie", "Van", "Tot en met"], ["Bart Bos", "lid", "1-3-2023", "heden"])
    (datetime.date(2023, 3, 1), None, None, None)
    >>> _term_columns(["Naam", "Van", "Namens"], ["Bart Bos", "2023", "Ede"]) is None  # no "Tot": a sender's column
    True
    """
    from .periods import find_periods
    first = next((k for k, n in enumerate(names) if _FROM_COLUMN.fullmatch(n.strip("*_ "))), None)
    last = next((k for k, n in enumerate(names) if _UNTIL_COLUMN.fullmatch(n.strip("*_ "))), None)
    if first is None or last is None or first > last or last >= len(cells):
        return None
    starts = [p for p in find_periods("sinds " + cells[first]) if p.valid_from and p.start == 0
              and p.end == len(cells[first]) + 6]
    if len(starts) != 1:
        return None
    word = _UNTIL_COLUMN.fullmatch(names[last].strip("*_ ")).group("word").lower()
    until = "tot" if word.startswith("tot") and "met" not in word else "tot en met"
    ends = [p for p in find_periods(f"{until} {cells[last]}") if p.valid_until and p.start == 0]
    since = date.fromisoformat(starts[0].valid_from)
    end = date.fromisoformat(ends[0].valid_until) if len(ends) == 1 else None
    return since, end, starts[0].from_precision, ends[0].until_precision if end else None


def _row_dates(text: str, row_start: int, row_end: int) -> tuple[date | None, date | None] | None:
    """(start, last day) of a roster row's membership; None when its table has no column of appointment.
    A pair of columns "Van" and "Tot" gives a start and an end, with their precisions as a third and fourth."""
    names = _header(text, row_start)
    if not names:
        return None
    column = next((k for k, n in enumerate(names) if _START_COLUMN.fullmatch(n.strip("*_ "))), None)
    if column is None:
        return _term_columns(names, _cells(text[row_start:row_end]))
    cells = _cells(text[row_start:row_end])
    since = cell_date(cells[column]) if column < len(cells) else None
    until = None
    for cell in cells:
        left = _LEFT.search(cell)
        day = cell_date(cell[left.end():]) if left else None
        if day is not None:
            until = day - timedelta(days=1)
    return since, until


def with_roster_dates(text: str, relations: list[Relation], date_of_document: str | None = None) -> list[Relation]:
    """``relations`` with the start (and end) a roster row gives its membership of the table's body."""
    rows: dict[int, tuple | None] = {}
    out = []
    for r in relations:
        if r.predicate in _PREDICATES and (r.subject.type == "Person" or r.predicate == "participatesIn"
                                           and r.subject.type in _MEMBER_TYPES) and _ROW.match(text, r.evidence_start) \
                and not (r.evidence_start <= r.object.start < r.evidence_end) and not r.valid_from \
                and r.rule != "tables.office-heading":  # "Wethouders" over "| Naam | Nevenfunctie | Sinds |": the office is no row's (52a)
            if r.evidence_start not in rows:
                start, end = _line_at(text, r.evidence_start)
                rows[r.evidence_start] = _row_dates(text, start, end) \
                    if r.subject.start >= start and r.subject.end <= end else None
            dates = rows[r.evidence_start]
            if dates and dates[0]:
                since, until, since_precision, until_precision = (*dates, None, None)[:4]
                changes = {"valid_from": since.isoformat(), "valid_from_precision": since_precision, "appointed": False}
                if until and not r.valid_until:
                    changes.update(valid_until=until.isoformat(), valid_until_precision=until_precision,
                                   past=r.past or bool(date_of_document and until.isoformat() < date_of_document[:10]))
                r = dataclasses.replace(r, **changes)
        out.append(r)
    return out
