"""A register's rows: an office in one column, its holder in another ("| functie | houder |").

A mandaatregister, a Staatsalmanak page or a list of officials names each office by a role word and the
body it is held in, without "van" or a comma between them: "programmamanager Regio Deal Twente",
"accountmanager G40", "directeur Stad en Samenleving". The holder column's first person holds that
role in that body:

* the body named right after the role word (a programme, an organisation, a unit, a government; not a
  ministry after the head of a team, afdeling or directie: "teamleider Economische Zaken" of a town);
* else the unit the document names elsewhere by the kind that goes with the role and the same name
  ("directeur Stad en Samenleving" and "de directie Stad en Samenleving"; a teammanager's team, an
  afdelingshoofd's afdeling).

A row marked as the former holder ("(oud)", "voormalig") states a past role. A cell that names no
body states nothing here (:mod:`graph.extract.tables` reads the other columns). Rule
``tables.register-role``.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Gemeente Ede\\n\\nDe directie Wonen en Werken is een onderdeel van de gemeente.\\n\\nMandaatregister\\n\\n"
...         "| nr | functie | houder |\\n|---|---|---|\\n| 1 | directeur Wonen en Werken | Eva Smit |\\n"
...         "| 2 | accountmanager G40 | Kees Bos |\\n| 3 | directeur Wonen en Werken (oud) | Jan de Wit |\\n")
>>> sorted((r.subject.text, r.object.text, r.role, r.past) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "tables.register-role")
[('Eva Smit', 'directie Wonen en Werken', 'directeur', False), ('Jan de Wit', 'directie Wonen en Werken', 'directeur', True), ('Kees Bos', 'G40', 'accountmanager', False)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .roles import role_of, role_pattern
from .table_layout import PERSON_COLUMN, ROLE_COLUMN, named_tables

__all__ = ["find_register_rows"]

#: what a role may be held in, named right after the role word
_BODIES = frozenset({"Programme", "Organisation", "OrganisationalUnit", "Municipality", "Province", "Ministry"})
#: the kinds of unit each head's role goes with: a directeur heads a directie, a teammanager a team
_UNIT_KINDS = {"directeur": ("directie",), "teammanager": ("team", "lijnteam"), "teamleider": ("team", "lijnteam"),
               "teamhoofd": ("team", "lijnteam"), "afdelingshoofd": ("afdeling",), "afdelingsmanager": ("afdeling",),
               "hoofd": ("afdeling", "team", "lijnteam", "directie")}
#: a row of the office's former holder
_FORMER = re.compile(r"\((?:oud|vorige|voormalig)\)|\bvoormalig\b|\bingetrokken\b", re.IGNORECASE)
#: the end of an office's body name in its cell: a bracket, a comma or a semicolon
_NAME_END = re.compile(r"\s*[(,;]")


def find_register_rows(ctx: DocContext) -> None:
    """Add the roles the rows of each register table state (see the module)."""
    if "|" not in ctx.text:
        return
    for _, names, rows in named_tables(ctx.text, ctx.sentences):
        role_k = next((k for k, n in enumerate(names) if ROLE_COLUMN.fullmatch(n)), None)
        person_k = [k for k, n in enumerate(names) if PERSON_COLUMN.fullmatch(n)]
        if role_k is None or len(person_k) != 1:
            continue
        for row, cells in rows:
            holder = next((m for m in ctx.in_span(*cells[person_k[0]]) if m.type == "Person"), None)
            office = _office(ctx, *cells[role_k])
            if holder is not None and office is not None:
                past = _FORMER.search(row.text) is not None
                ctx.add(holder, "hasRole", office[1], row, "tables.register-role", 0.8, role=office[0], past=past)


def _office(ctx: DocContext, start: int, end: int) -> tuple[str, Mention] | None:
    """The role and the body of a register's office cell, or None."""
    text = ctx.text[start:end]
    word = role_pattern().match(text)
    role = role_of(word.group(0)) if word else None
    if role is None or not text[word.end():word.end() + 1].isspace():
        return None
    after = start + word.end() + 1
    named = next((m for m in ctx.in_span(after, end) if m.start == after), None)
    if named is not None and named.type in _BODIES and not (named.type == "Ministry" and role.label in _UNIT_KINDS):
        return role.label, named  # (a "teamleider Economische Zaken" leads a team of that name, not the ministry)
    name = _NAME_END.split(ctx.text[after:end], maxsplit=1)[0].strip()
    if not name[:1].isupper():
        return None
    labels = {f"{kind} {name}".lower() for kind in _UNIT_KINDS.get(role.label, ())}
    unit = next((m for m in ctx.mentions if m.type == "OrganisationalUnit" and m.label.lower() in labels), None)
    return (role.label, unit) if unit is not None else None
