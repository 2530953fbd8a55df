"""A table cell's own start in brackets: "| Jeugd | OCW | Eva Smit | contactpersoon (sinds 1 januari 2025) |".

A role or contact cell that says when its holder took it up dates what the cell states: the row's
person is the contact of the row's body, or holds the cell's role, from that day ("sinds", "per",
"vanaf", "met ingang van"). The row's other facts (where the person works, the row's body taking
part) keep the row's own time: the cell dates the task, not the employment (walkthrough 25,
finding 3). A cell that is a start alone ("| sinds 2023 |") is a roster's column
(:mod:`graph.extract.roster_dates`), not read here.

Called by :func:`graph.extract.extract` on the relations found.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Contactpersonen Rijk per G40-tafel\\n\\n| G40-tafel | ministerie | contactpersoon | functie |\\n"
...         "|---|---|---|---|\\n| Pijler Sociaal | OCW | Eva Smit | contactpersoon (sinds 1 januari 2025) |\\n")
>>> sorted((r.subject.text, r.object.text, r.valid_from) for r in
...        extract("d", text, gazetteer=load_gazetteer(), date="2025-03-03").relations if r.predicate == "contactFor")
[('Eva Smit', 'Pijler Sociaal', '2025-01-01')]
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation
from .periods import find_periods

__all__ = ["cell_start", "with_cell_starts"]


#: a cell that names a task and, in brackets at its end, when it began: "contactpersoon (sinds 1 januari 2025)"
_CELL_START = re.compile(r"\s*(?P<task>[^|()]*?\w)\s*\(\s*(?P<when>(?:sinds|per|vanaf|met\s+ingang\s+van)\s+[^()|]+?)\s*\)\s*",
                         re.IGNORECASE)
#: a contact cell's task word
_CONTACT_TASK = re.compile(r"(?:(?:ambtelijk|bestuurlijk)e?\s+)?(?:contactpersoon|aanspreekpunt)\b", re.IGNORECASE)
_ROW = re.compile(r"[ \t]*\|")
_DATED = frozenset({"contactFor", "hasRole"})


def cell_start(cell: str) -> tuple[str, str, str | None] | None:
    """``(task, start, precision)`` of a cell that names a task with its start in brackets, else None.

    >>> cell_start(" contactpersoon (sinds 1 januari 2025) ")
    ('contactpersoon', '2025-01-01', None)
    >>> cell_start("voorzitter (vanaf maart 2024)")
    ('voorzitter', '2024-03-01', 'month')
    >>> cell_start("voorzitter (2019-2023)") is None, cell_start("sinds 2023") is None
    (True, True)
    """
    found = _CELL_START.fullmatch(cell)
    if found is None:
        return None
    periods = find_periods(found.group("when"))
    if len(periods) != 1 or periods[0].valid_from is None or periods[0].valid_until is not None:
        return None
    return found.group("task"), periods[0].valid_from, periods[0].from_precision


def _row_cells(text: str, start: int, end: int) -> list[str]:
    line_end = text.find("\n", start)
    line = text[start:end if line_end < 0 else min(end, line_end)]
    return [c for c in line.strip().strip("|").split("|")]


def _states(relation: Relation, task: str) -> bool:
    """Whether a cell's ``task`` is what ``relation`` states: a contact of the row's body, or the role."""
    if relation.predicate == "contactFor":
        return _CONTACT_TASK.match(task) is not None
    return relation.role is not None and task.lower().startswith(relation.role.lower())


def with_cell_starts(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the start a row's task cell gives the contact or role it states, where the
    text dated neither."""
    out = []
    for r in relations:
        if r.predicate in _DATED and r.subject.type == "Person" and not r.valid_from and not r.valid_until \
                and _ROW.match(text, r.evidence_start) and r.evidence_start <= r.subject.start < r.evidence_end:
            starts = [s for s in map(cell_start, _row_cells(text, r.evidence_start, r.evidence_end)) if s]
            stated = [s for s in starts if _states(r, s[0])]
            if len(stated) == 1:
                r = dataclasses.replace(r, valid_from=stated[0][1], valid_from_precision=stated[0][2], appointed=False)
        out.append(r)
    return out
