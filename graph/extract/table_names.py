"""Names only a table gives: the bodies or parts a table's first column lists ("| Orgaan |",
"| Themagroep |", "| Werkpakket |") and the organisations of a partner column that nothing else
recognised ("| Stad | Partner |"). Called by :func:`graph.extract.extract` before the relations are
read. Split from :mod:`.tables` in round 41a.
"""

from __future__ import annotations

import re

from .model import Mention, Sentence
from .table_layout import PARTNER_COLUMN, ROW_NUMBER, cells_of, header_name, header_rows, parts_table, thing_column

__all__ = ["find_table_mentions", "find_partner_cells", "figure_table"]


#: first-column headers whose cells name bodies (the rest name parts of a programme)
_BODY_HEADER = re.compile(r"orgaan|organen|gremium|overleg|themagroep|werkgroep|pijler|taskforce|unit|team",
                          re.IGNORECASE)


#: first-column headers of the units whose names carry their kind: the cell "Jeugd" under
#: "Themagroep" is the "Themagroep Jeugd" the rest of the document names
_NAMED_BY_KIND = {"themagroep": "Themagroep", "themagroepen": "Themagroep", "pijler": "Pijler", "pijlers": "Pijler",
                  "taskforce": "Taskforce", "werkgroep": "Werkgroep", "werkgroepen": "Werkgroep"}


_UNIT_KIND = {header: label.lower() for header, label in _NAMED_BY_KIND.items()}  # their unit_kinds.csv kind


def find_table_mentions(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Names of the bodies or parts that the first column of a table lists ("orgaan", "spoor",
    "werkpakket" …): a cell that holds no name found otherwise is one ("Adviesraad",
    "1. Slimme maakindustrie").

    >>> text = "| orgaan | voorzitter |\\n|---|---|\\n| Adviesraad | Eva Smit |"
    >>> from .sentences import split_sentences
    >>> [(m.text, m.type) for m in find_table_mentions(text, split_sentences(text), [])]
    [('Adviesraad', 'OrganisationalUnit')]
    >>> text = "| Themagroep | Trekker |\\n|---|---|\\n| Jeugd | Eva Smit |"
    >>> [(m.label, m.kind) for m in find_table_mentions(text, split_sentences(text), [])]
    [('Themagroep Jeugd', 'themagroep')]
    """
    if "|" not in text:
        return []
    starts = {m.start for m in mentions}
    found = []
    for header, rows in header_rows(text, sentences):
        cells = cells_of(text, header)
        names = [header_name(text[a:b]) for a, b in cells]
        column = thing_column(names) if len(cells) >= 2 else None
        if column is None:
            continue
        if figure_table(text, rows, column):
            continue  # "| Onderdeel | Stand |" / "| Doel 2030 | 9.000 |": labels of figures, no names
        if parts_table(names) is not None:
            continue  # "| Onderdeel | Spreker(s) |": the parts of an event's programme, no names (round 56r)
        kind = "OrganisationalUnit" if _BODY_HEADER.fullmatch(names[column]) else "Programme"
        for row in rows:
            row_cells = cells_of(text, row)
            if len(row_cells) != len(cells):
                continue
            start, end = row_cells[column]
            number = ROW_NUMBER.match(text, start, end)
            start = number.end() if number else start
            name = text[start:end]
            if start in starts or not name[:1].isupper() or len(name.split()) > 8 or not re.fullmatch(r"[\w' -]+(?:, [\w' -]+)*", name):
                continue
            label = _NAMED_BY_KIND.get(names[column])
            label = f"{label} {name}" if label and not name.lower().startswith(label.lower()) else None
            found.append(Mention(start, end, name, kind, "tables.row-name", 0.7, name=label,
                                 kind=_UNIT_KIND.get(names[column], "project" if kind == "Programme" else None)))
    return found


#: a cell that holds a figure: "9.000", "1.450", "€ 2,5 mln", "12%", "–"
_FIGURE = re.compile(r"(?:[€$]\s*)?[-–—+]?\s*\d[\d.,]*\s*(?:%|mln|mld|miljoen|miljard|k)?|[-–—]|n\.?v\.?t\.?", re.IGNORECASE)


def figure_table(text: str, rows: list[Sentence], column: int) -> bool:
    """Whether every other cell of every row holds a figure: a table of figures, whose first column
    labels what is counted ("Doel 2030", "Woningen gerealiseerd 2024"), not a body or a project.

    >>> text = "| Onderdeel | Stand |\\n|---|---|\\n| Doel 2030 | 9.000 |\\n| Gerealiseerd | 1.450 |"
    >>> from .sentences import split_sentences
    >>> from .table_layout import header_rows
    >>> [figure_table(text, rows, 0) for _, rows in header_rows(text, split_sentences(text))]
    [True]
    """
    values = [text[a:b] for row in rows for k, (a, b) in enumerate(cells_of(text, row)) if k != column]
    return bool(values) and all(_FIGURE.fullmatch(value.strip()) for value in values)


#: a name of an organisation as it fills a cell: capitalised words ("Stadswonen Dordt", "woCom")
_CELL_NAME = re.compile(r"(?:[A-ZÀ-Ý]|[a-z]+[A-Z])[\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’&.-]*|&|van|voor|de|en))*")


#: capitalised words that fill a cell without naming anyone
_NO_NAME = frozenset({"geen", "nvt", "n.v.t.", "onbekend", "diverse", "divers", "alle", "nee", "ja", "volgt", "tbd",
                      "nog", "overig", "overige", "zelf", "eigen", "gemeente", "gemeenten", "provincie", "ministerie",
                      "totaal", "idem", "wethouder", "burgemeester", "de", "het", "een"})


def find_partner_cells(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Organisations named in a partner column that nothing else recognised: a cell of a "Partner"
    column names an organisation, whatever its name ("| Deventer | Rentree |"); a place that ends the
    name is part of it ("| Almelo | Woonstichting Beter Wonen Almelo |"). A cell that opens with a
    known name ("Gemeente Breda", "VNG", a person) is left to the other rules.

    >>> text = "| Stad | Partner |\\n|---|---|\\n| Ede | Woonstichting Nieuw Veld |\\n| Epe | geen |"
    >>> from .sentences import split_sentences
    >>> [(m.text, m.type) for m in find_partner_cells(text, split_sentences(text), [])]
    [('Woonstichting Nieuw Veld', 'Organisation')]
    """
    if "|" not in text:
        return []
    found = []
    for header, rows in header_rows(text, sentences):
        cells = cells_of(text, header)
        names = [header_name(text[a:b]) for a, b in cells]
        columns = [k for k, n in enumerate(names) if PARTNER_COLUMN.fullmatch(n)]
        if columns and len(cells) >= 2:
            found.extend(_partner_cells(text, cells, columns, rows, mentions))
    return found


#: the kind of a body before its known name at the start of a cell: "ministerie van", "gemeente", "provincie"
_BODY_KIND_BEFORE = re.compile(r"\s*(?:het\s+|de\s+)?(?:ministerie\s+van|gemeente|provincie)\s+", re.IGNORECASE)


def _partner_cells(text: str, cells: list[tuple[int, int]], columns: list[int], rows: list[Sentence],
                   mentions: list[Mention]) -> list[Mention]:
    found = []
    for row in rows:
        row_cells = cells_of(text, row)
        if len(row_cells) != len(cells):
            continue
        for k in columns:
            start, end = row_cells[k]
            if any(m.start == start or m.start < start < m.end for m in mentions):
                continue
            if any(start < m.start < end and _BODY_KIND_BEFORE.fullmatch(text, start, m.start) for m in mentions):
                continue  # "| ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur |": a known name after its kind
            for part in re.finditer(r"[^,;]+", text[start:end]):
                a = start + part.start() + len(part.group()) - len(part.group().lstrip())
                b = start + part.end() - (len(part.group()) - len(part.group().rstrip()))
                name = text[a:b]
                if _CELL_NAME.fullmatch(name) and name.lower() not in _NO_NAME and len(name.split()) <= 5 \
                        and name.split()[0].lower() not in _NO_NAME:
                    found.append(Mention(a, b, name, "Organisation", "tables.partner-cell", 0.7))
    return found
