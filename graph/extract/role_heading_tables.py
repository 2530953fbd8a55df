"""hasRole from a table of persons under a heading that is an office: "Wethouders" over "| Naam | … |".

A municipality's page on its college (a register of nevenfuncties, a portefeuilleverdeling, a contact
page) lists its office holders in a table per office, the office as the section's heading::

    Gemeente Ede – Nevenfuncties van het college

    Burgemeester

    | Naam | Nevenfunctie |
    |---|---|
    | Eva Smit | Voorzitter Veiligheidsregio |

    Wethouders

    | Naam en portefeuille | Nevenfunctie |
    |---|---|
    | Tom Bos, Wonen | Lid stuurgroep |

Every person the first column names (the first name of its cell: the table's subject) holds the heading's
office (a plural heading names the office of each: "Wethouders", a wethouder each) in the document's own
municipality (or province, for a heading "Gedeputeerden"): the one :func:`graph.extract.table_cells.own_place`
gives (a college's signature, a title "… gemeente Ede"), the letterhead's (:func:`graph.extract.voice.letterhead`:
"Gemeente Ede" as the first line or the one under the title), or, on a web page, the municipality
after the last separator of its title line ("Register nevenfuncties – Gemeente Ede"). Nothing without that
place, nor for a heading that is no office of a municipality or province ("Leden", "Directeur"), nor for a
table whose first column is no column of names ("| Portefeuille | Wethouder |": :mod:`graph.extract.tables`
reads the role column). The evidence is the person's first row; the office holds at the document's date
(the dates in the row are its other cells', a nevenfunctie's: ``_DESCRIPTIVE_RULES`` of :mod:`.context`).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Nevenfuncties college | Gemeente Ede\\n\\nBurgemeester\\n\\n| Naam | Nevenfunctie |\\n|---|---|\\n"
...         "| mr. Eva Smit | Voorzitter Veiligheidsregio Gelderland-Midden |\\n\\nWethouders\\n\\n"
...         "| Naam en portefeuille | Nevenfunctie |\\n|---|---|\\n| Tom Bos, Wonen | geen |\\n| Sara Kok, Werk | geen |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2026-01-01")
>>> sorted((r.subject.text, r.role, r.object.text) for r in ex.relations if r.rule == "tables.office-heading")
[('Eva Smit', 'burgemeester', 'Ede'), ('Sara Kok', 'wethouder', 'Ede'), ('Tom Bos', 'wethouder', 'Ede')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .role_words import role_of
from .table_cells import own_place
from .table_layout import named_tables
from .voice import letterhead

__all__ = ["find_role_heading_tables", "office_heading"]

#: the scopes of the offices a heading may name, and the type of the place each is held in
_PLACE_TYPES = {"municipality": "Municipality", "province": "Province"}

#: a first column of names: "Naam", "Naam en portefeuille", "Naam (portefeuille)", "Namen"
_NAME_COLUMN = re.compile(r"na(?:am|men)\b.*", re.IGNORECASE)

#: a web page's title line ending in its publisher after a separator: "Register nevenfuncties – Gemeente Ede"
_TITLE_PUBLISHER = re.compile(r"[ \t][-–—|·][ \t]+(?:de[ \t]+)?[Gg]emeente[ \t]+(?=\S)")

#: what may surround a heading's office word: Markdown's "#" and emphasis, a colon
_HEADING_MARKS = " \t#*_:"


def office_heading(line: str):
    """The office a heading line names when it is nothing but a municipality's or province's office
    word, singular or plural, else None.

    >>> office_heading("Wethouders").label, office_heading("## Burgemeester").label
    ('wethouder', 'burgemeester')
    >>> office_heading("Leden"), office_heading("Wethouders en hun nevenfuncties")
    (None, None)
    """
    words = line.strip(_HEADING_MARKS)
    if not words or len(words.split()) > 3:
        return None
    role = role_of(words)
    return role if role is not None and role.scope in _PLACE_TYPES else None


def find_role_heading_tables(ctx: DocContext) -> None:
    """Add each office holder a table under an office heading lists."""
    if "|" not in ctx.text:
        return
    for header, names, rows in named_tables(ctx.text, ctx.sentences):
        if not rows or not _NAME_COLUMN.fullmatch(names[0]):
            continue
        role = office_heading(_line_above(ctx.text, header.start))
        place = _own_place(ctx, role.scope) if role is not None else None
        if place is None:
            continue
        listed = set()
        for row, cells in rows:
            person = _first_person(ctx, *cells[0])
            if person is not None and person.label not in listed:  # once, by the first of the person's rows
                listed.add(person.label)
                ctx.add(person, "hasRole", place, row, "tables.office-heading", 0.7, role=role.label)


def _line_above(text: str, start: int) -> str:
    """The last non-blank line before offset ``start``."""
    lines = [line for line in text[max(0, start - 300):start].split("\n") if line.strip()]
    return lines[-1] if lines else ""


def _first_person(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The person a name cell begins with (after at most a title: "mr. Eva Smit, Wonen")."""
    persons = [m for m in ctx.in_span(start, end) if m.type == "Person"]
    if persons and not any(c.isalpha() and c.isupper() for c in ctx.text[start:persons[0].start]):
        return persons[0]
    return None


def _own_place(ctx: DocContext, scope: str) -> Mention | None:
    """The document's own municipality or province (:func:`own_place`), else the municipality a web page's
    title line names as its publisher after its last separator ("… – Gemeente Ede")."""
    place = own_place(ctx, scope)
    if place is not None or scope != "municipality":
        return place
    place = letterhead(ctx)  # "Gemeente Ede" as the first line, or the line under the title
    if place is not None:
        return place
    first = ctx.text.lstrip()
    offset = len(ctx.text) - len(first)
    line = first.split("\n", 1)[0]
    publisher = list(_TITLE_PUBLISHER.finditer(line))
    if not publisher:
        return None
    at = offset + publisher[-1].end()
    found = [m for m in ctx.in_span(at, offset + len(line)) if m.start == at and m.end == offset + len(line.rstrip())]
    return found[0] if found and found[0].type == _PLACE_TYPES[scope] else None
