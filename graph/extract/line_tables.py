"""A table that lost its column lines: a header of labels over one line per row, as a PDF gives it.

A table copied out of a PDF arrives as lines of words, the cells of a row separated by single spaces:

    Pijler Voorzitter Sinds
    Pijler Fysiek Karel Dommers (Breda) 1 juli 2025
    Pijler Sociaal Ria Smeets (Ede) 1 maart 2024

The header line is column labels only: the first names what the rows are ("Pijler", "Themagroep",
"Orgaan"), the others are role words ("Voorzitter", "Trekker") or headings of columns of names, times
and places ("Naam", "Sinds", "Gemeente"; :data:`graph.extract.column_labels.COLUMN_HEADINGS`), one of
them a role word. Each line right under it that opens with a unit, programme or event and names one
person is a row: the person holds the column's role in the row's body; a "Sinds"/"Vanaf"/"Per"
column's date in the row is the start of that role. A header with more than one role column (whose
person is whose?) or a row naming two persons states nothing here. A Markdown table is
:mod:`graph.extract.tables`'.

Called by :mod:`graph.extract.relations` (rule ``tables.line-role``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarverslag\\n\\nDe pijlers\\nPijler Voorzitter Sinds\\n"
...         "Pijler Fysiek Karel Dommers (Breda) 1 juli 2025\\nPijler Sociaal Ria Smeets (Ede) 1 maart 2024\\n")
>>> sorted((r.subject.text, r.object.text, r.role, r.valid_from)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "tables.line-role")
[('Karel Dommers', 'Pijler Fysiek', 'voorzitter', '2025-07-01'), ('Ria Smeets', 'Pijler Sociaal', 'voorzitter', '2024-03-01')]
"""

from __future__ import annotations

import re

from .column_labels import COLUMN_HEADINGS
from .context import DocContext
from .model import Mention
from .periods import change_date
from .role_words import role_of

__all__ = ["find_line_tables"]

#: a header line: two to six capitalised words, nothing else
_HEADER = re.compile(r"^[ \t]*(?P<words>[A-ZÀ-Þ][\w-]*(?:[ \t]+[A-ZÀ-Þ][\w-]*){1,5})[ \t]*$", re.MULTILINE)
#: the column labels whose date starts the row's role
_START_COLUMNS = frozenset({"sinds", "vanaf", "per", "begin", "start"})
#: a date in a row: "1 juli 2025", "juli 2025", "1-7-2025", "2025"
_DATE = re.compile(r"\b(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
                   r"november|december)\s+(?:19|20)\d\d\b|\b\d{1,2}-\d{1,2}-(?:19|20)\d\d\b|\b(?:19|20)\d\d\b")
#: what a row is about
_BODIES = frozenset({"OrganisationalUnit", "Programme", "Event"})


def _header_role(words: list[str]) -> tuple[str, bool] | None:
    """The role of a header's one role column and whether a column dates its start (None: no such header).

    >>> _header_role(["Pijler", "Voorzitter", "Sinds"]), _header_role(["Pijler", "Economie", "Werk"])
    (('voorzitter', True), None)
    """
    roles, starts = [], False
    for word in words[1:]:
        lower = word.lower()
        role = role_of(word) if not lower.endswith(("s", "en")) else None
        if role is not None:
            roles.append(role.label)
        elif lower in COLUMN_HEADINGS:
            starts = starts or lower in _START_COLUMNS
        else:
            return None
    return (roles[0], starts) if len(roles) == 1 else None


def _row(ctx: DocContext, start: int, end: int) -> tuple[Mention, Mention] | None:
    """The body a row opens with and its one person (None: no row)."""
    mentions = ctx.in_span(start, end)
    if not mentions or mentions[0].type not in _BODIES or ctx.text[start:mentions[0].start].strip():
        return None
    persons = [m for m in mentions if m.type == "Person"]
    return (mentions[0], persons[0]) if len(persons) == 1 else None


def find_line_tables(ctx: DocContext) -> None:
    """Give the person of each row under a header line of column labels the role of its role column."""
    for header in _HEADER.finditer(ctx.text):
        found = _header_role(header.group("words").split())
        if found is None:
            continue
        role, dated = found
        at = header.end() + 1
        while at < len(ctx.text):
            end = ctx.text.find("\n", at)
            end = len(ctx.text) if end < 0 else end
            row = _row(ctx, at, end)
            sentence = ctx.sentence_at(at)
            if row is None or sentence is None:
                break
            body, person = row
            date = _DATE.search(ctx.text, person.end, end) if dated else None
            since = change_date("sinds " + date.group(0)) if date else None
            ctx.add(person, "hasRole", body, sentence, "tables.line-role", 0.7, role=role, since=since,
                    stated_at=person.start)
            at = end + 1
