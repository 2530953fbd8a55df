"""A cell "Opvolger van Y" in a table row whose first cell appoints X::

    | 3a. Benoeming van Eva Kok, wethouder van Ede, tot lid van het bestuur | Opvolger van Jan Wit (Oss) | Aangenomen |

X succeeded Y, and Y held what X is appointed to (in the same body) until X took it up: a past role
(round 52e: an ALV's table of proposals). The appointment itself is the role rules' ("benoemd tot").

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Agenda\\n\\n| Voorstel | Toelichting |\\n|---|---|\\n"
...         "| Benoeming van Eva Kok, wethouder van Ede, tot lid van het bestuur van de VNG | Opvolger van Jan Wit (Oss) |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role, r.past)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "succession.row-successor")
[('Eva Kok', 'succeeded', 'Jan Wit', None, False), ('Jan Wit', 'hasRole', 'VNG', 'lid', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Sentence

__all__ = ["find_row_successors"]

#: a cell that opens with the successor's words: "| Opvolger van (dhr./mw.) Y"
_SUCCESSOR_CELL = re.compile(r"\|[ \t]*(?:[Zz]ij\s+is\s+|[Hh]ij\s+is\s+)?(?:de\s+)?[Oo]pvolg(?:er|ster)\s+van\s+"
                             r"(?:(?:dhr|mw|mevr)\.?\s+)?(?:(?:mr|drs|dr|ir|ing|prof)\.\s*)*")
#: the appointment in the row's first cell: "Benoeming van X … tot Y"
_APPOINTED = re.compile(r"\b(?:[Bb]enoeming|[Hh]erbenoeming|[Vv]oordracht)\s+van\b")


def find_row_successors(ctx: DocContext) -> None:
    """X (appointed in the row) succeeded Y (the row's "Opvolger van Y"), who held X's new role until then."""
    if "pvolg" not in ctx.text or "|" not in ctx.text:
        return
    for cell in _SUCCESSOR_CELL.finditer(ctx.text):
        row_start = ctx.text.rfind("\n", 0, cell.start()) + 1
        row_end = ctx.text.find("\n", cell.end())
        row_end = len(ctx.text) if row_end < 0 else row_end
        if not ctx.text.startswith("|", row_start) or not _APPOINTED.search(ctx.text, row_start, cell.start()):
            continue
        predecessor = next((m for m in ctx.in_span(cell.end(), row_end) if m.start == cell.end() and m.type == "Person"), None)
        successor = next((m for m in ctx.in_span(row_start, cell.start()) if m.type == "Person"), None)
        if predecessor is None or successor is None or predecessor.label == successor.label:
            continue
        row = Sentence(row_start, row_end, ctx.text[row_start:row_end])
        ctx.add(successor, "succeeded", predecessor, row, "succession.row-successor", 0.75)
        for taken in [r for r in ctx.relations if r.subject is successor and r.predicate == "hasRole"
                      and r.rule == "roles.benoemd-tot"]:
            ctx.add(predecessor, "hasRole", taken.object, row, "succession.row-successor", 0.7, role=taken.role,
                    past=True)
