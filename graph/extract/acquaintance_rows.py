"""A schedule's row of getting to know an organisation and the person met there.

An onboarding programme or a working visit's schedule lists its meetings as table rows: what happens in one cell
("kennismaking BZK, directie Woningbouw", "kennismaking met de VNG") and whom one meets in another ("Jolanda Meijer,
directeur Woningbouw"). The person met is of the organisation the row gets to know: their role, written after
their name without a body of its own, is held there, in the unit named after the organisation when the cell names
one (and that unit is part of the organisation). A role whose cell names its own body ("X, adviseur bij de VNG")
is read by the usual rules; a row without "kennismaking" says nothing here (round 56o). Rules
``roles.acquaintance-row`` and ``parts.acquaintance-row``.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| dag | wat | met wie |\\n|---|---|---|\\n"
...         "| di | kennismaking BZK, directie Woningbouw | Jolanda Meijer, directeur Woningbouw |\\n"
...         "| wo | kennismaking EZK | Rik Hoekstra, programmamanager Wijkaanpak Energie |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Jolanda Meijer', 'hasRole', 'directie Woningbouw', 'directeur'), ('Rik Hoekstra', 'hasRole', 'EZK', 'programmamanager'), \
('directie Woningbouw', 'partOf', 'BZK', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .roles import role_of, role_pattern

__all__ = ["find_acquaintance_rows"]

#: the cell of getting to know an organisation: "kennismaking BZK", "kennismaking met de VNG"
_MEETING = re.compile(r"\|\s*(?:kennismaking|kennismakingsgesprek)\s+(?:met\s+)?(?:de\s+|het\s+)?", re.IGNORECASE)
#: a unit after the organisation in that cell: "BZK, directie Woningbouw"
_UNIT_AFTER = re.compile(r"\s*,\s*")
_OWNERS = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


def find_acquaintance_rows(ctx: DocContext) -> None:
    """Add the roles of the persons a schedule's "kennismaking X" rows meet (see the module)."""
    if "ennismaking" not in ctx.text:
        return
    text = ctx.text
    for meeting in _MEETING.finditer(text):
        row_start = text.rfind("\n", 0, meeting.start()) + 1
        row_end = text.find("\n", meeting.end())
        row_end = len(text) if row_end < 0 else row_end
        if not text.startswith("|", row_start):
            continue
        cell_end = text.find("|", meeting.end(), row_end)
        cell_end = row_end if cell_end < 0 else cell_end
        owner = next((m for m in ctx.in_span(meeting.end(), cell_end) if m.start == meeting.end()), None)
        if owner is None or owner.type not in _OWNERS:
            continue
        comma = _UNIT_AFTER.match(text, owner.end, cell_end)
        unit = next((m for m in ctx.in_span(owner.end, cell_end) if comma and m.start == comma.end()
                     and m.type == "OrganisationalUnit"), None)
        sentence = ctx.sentence_at(meeting.start() + 1) or ctx.sentence_at(owner.start)
        if sentence is None:
            continue
        if unit is not None:
            ctx.add(unit, "partOf", owner, sentence, "parts.acquaintance-row", 0.65)
        for cell in re.finditer(r"\|([^|\n]*)", text[row_start:row_end]):
            start, end = row_start + cell.start(1), row_start + cell.end(1)
            if start <= meeting.start() < end or start <= owner.start < end:
                continue
            _met(ctx, sentence, start, end, unit or owner)


def _met(ctx: DocContext, sentence, start: int, end: int, body) -> None:
    """The person a cell opens with ("Jolanda Meijer, directeur Woningbouw") holds the role after the comma in
    ``body``, unless the cell names a body of its own after the role."""
    inside = ctx.in_span(start, end)
    person = next((m for m in inside if m.type == "Person" and not ctx.text[start:m.start].strip()), None)
    comma = _UNIT_AFTER.match(ctx.text, person.end, end) if person is not None else None
    role_word = role_pattern().match(ctx.text, comma.end(), end) if comma is not None else None
    role = role_of(role_word.group(0)) if role_word is not None else None
    if role is None or any(m.start >= role_word.end() and m.type != "Theme" for m in inside):
        return  # "Tessa Boon, senior adviseur bij de VNG": the cell names the body (roles.apposition)
    ctx.add(person, "hasRole", body, sentence, "roles.acquaintance-row", 0.65, role=role.label)
