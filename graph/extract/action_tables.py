"""An action list's owner is no role holder: "| actiepunt | trekker | deadline |" with "| Jaarbeeld
opstellen | Eva Kok | 1 december 2024 |" says who carries out that action, not that Eva Kok is a
trekker of the pijler whose action list it is.

A table whose first column names actions ("Actie", "Actiepunt", "Taak", "Activiteit") is such a list:
the roles its role columns would give the table's body are dropped (the people stay mentioned), and so is the
lead its trekker column would give the body when the owners are organisations.

Called by :mod:`graph.extract.relations` after the table rules.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Actielijst pijler Fysiek Domein\\n\\nStand 24 juni 2024\\n\\n| actiepunt | trekker | deadline |\\n|---|---|---|\\n"
...         "| Jaarbeeld opstellen | Eva Kok | 1 december 2024 |\\n")
>>> [r for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.predicate == "hasRole"]
[]
"""

from __future__ import annotations

import re

from .context import DocContext
from .table_layout import cells_of, header_name, header_rows

__all__ = ["drop_action_owner_roles"]

#: the first column of an action list
_ACTION_COLUMN = re.compile(r"(?:actie|actiepunt|actiepunten|acties|taak|taken|activiteit|activiteiten)(?:\s*\(.*\))?",
                            re.IGNORECASE)


def drop_action_owner_roles(ctx: DocContext) -> None:
    """Drop the roles the rows of an action list give (see the module docstring)."""
    if "|" not in ctx.text:
        return
    rows_of_actions = {}
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        if names and _ACTION_COLUMN.fullmatch(names[0].strip()):
            rows_of_actions.update((row.start, row.end) for row in rows)
    if rows_of_actions:
        # the row's own action keeps what its columns say of it ("| 1. Datastandaard X | BZK | Tampere |": BZK leads
        # that action, a programme of its own; round 51a)
        ctx.relations[:] = [r for r in ctx.relations if not (_OWNER_FACTS.get(r.predicate) == r.rule
                                                             and r.evidence_start in rows_of_actions
                                                             and not r.evidence_start <= r.subject.start
                                                             < rows_of_actions[r.evidence_start])]


#: what a row's owner column gives the table's body: a person's role, an organisation's lead ("| Actie | Trekker |
#: Bijdragers |" on a partnership's page: Groningen leads action 3, not the partnership; round 50a)
_OWNER_FACTS = {"hasRole": "tables.role-column", "ledBy": "tables.lead-column"}
