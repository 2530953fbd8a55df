"""A meeting calendar: the ministries present at each body's meeting, and who it meets with.

A pijler's year planning lists one meeting per row, the body whose meeting it is in its second
column after the date, and which ministries attend::

    | Datum  | Overleg                    | Voorzitter | Ministerie aanwezig | Opmerkingen |
    |--------|----------------------------|------------|---------------------|-------------|
    | 12 feb | Themagroep Armoede         | Eva Smit   | SZW                 | met Divosa  |
    | 21 mei | Werkbezoek staatssecretaris| –          | SZW                 | **vervalt** |

* each ministry of a column of those present ("Ministerie aanwezig", "Aanwezig", "Departement")
  works with the row's body: the body ``collaboratesWith`` the ministry;
* a remark "met X (en Y)" names whom the body meets with: it ``collaboratesWith`` each actor there;
* a row whose meeting is cancelled ("vervalt", "gaat niet door", "geannuleerd", "afgelast") states
  nothing, nor does a row of an event (a werkbezoek, a netwerkdag: no body).

The chair column is read by :mod:`graph.extract.tables` (the row's body from
:func:`graph.extract.table_layout.thing_column`). The evidence is the row.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Jaarplanning 2026 pijler Sociaal\\n\\n| Datum | Overleg | Ministerie aanwezig | Opmerkingen |\\n"
...         "|---|---|---|---|\\n| 12 feb | Themagroep Armoede | SZW | met Divosa |\\n"
...         "| 5 mrt | Themagroep Jeugd | VWS, OCW | **vervalt** |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "tables.calendar-present")
[('Themagroep Armoede', 'Divosa'), ('Themagroep Armoede', 'SZW')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention
from .table_layout import cells_of, header_name, header_rows, thing_column

__all__ = ["find_calendar_rows"]

#: a column of who attends the row's meeting
_PRESENT_COLUMN = re.compile(r"(?:ministeries?|departementen?|rijk)(?:\s+aanwezig)?|aanwezig(?:e\s+ministeries?)?",
                             re.IGNORECASE)
#: a column of remarks, where "met X" names whom the meeting is with
_REMARKS_COLUMN = re.compile(r"opmerkingen?|toelichting|bijzonderheden|notities?", re.IGNORECASE)
#: a row whose meeting does not take place
_CANCELLED = re.compile(r"\b(?:vervalt|vervallen|gaat\s+niet\s+door|geannuleerd|afgelast|geschrapt)\b", re.IGNORECASE)
_WITH = re.compile(r"\bmet\s+", re.IGNORECASE)


def find_calendar_rows(ctx: DocContext) -> None:
    """Add the collaborations of each row's body with the ministries present and the actors it meets with."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        column = thing_column(names)
        present = [k for k, n in enumerate(names) if _PRESENT_COLUMN.fullmatch(n)]
        remarks = [k for k, n in enumerate(names) if _REMARKS_COLUMN.fullmatch(n)]
        if column is None or not present:
            continue
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names) or _CANCELLED.search(row.text):
                continue
            body = next((m for m in ctx.in_span(*cells[column]) if m.type == "OrganisationalUnit"), None)
            if body is None:
                continue
            for k in present:
                for m in ctx.in_span(*cells[k]):
                    if m.type == "Ministry":
                        ctx.add(body, "collaboratesWith", m, row, "tables.calendar-present", 0.7)
            for k in remarks:
                for m in _met(ctx, *cells[k]):
                    ctx.add(body, "collaboratesWith", m, row, "tables.calendar-present", 0.7)


def _met(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """The actors a remark "met X en Y" names (none in a remark without "met")."""
    cue = _WITH.search(ctx.text, start, end)
    if cue is None:
        return []
    return [m for m in ctx.in_span(cue.end(), end) if m.type in ACTORS and m.type not in ("Person", "OrganisationalUnit")]
