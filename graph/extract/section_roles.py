"""A role named without its body in a section headed by a unit's name: "2. Team Binnensteden" over "Eva
Smit is per 1 juli 2024 teamleider a.i." (round 59s).

A mail or memo on changes in an organisation (a ministry's directorates, a municipality's teams) gives
each unit a numbered section with the unit's name as its heading, and then tells who holds which post
there without naming the unit again::

    1. Directie Regionale Economie
    Onze directie blijft onderdeel van EZ. Eva Smit is per 1 juli 2024 plaatsvervangend directeur a.i.

    2. Team Binnensteden
    Jan Bos was tot 1 juli teamleider; Kees Kok volgt hem op als teamleider a.i.

A sentence of the section whose person is a role word and nothing after it ("X is (per <date>) <rol> (a.i.)",
"X was (tot <date>) <rol>", "X wordt <rol>") or who succeeds someone "als <rol>" ("X volgt hem op als <rol>") holds that role in the unit
of the heading: the heading is one unit's name (or a programme's: "4. Programma Energiehubs") and nothing
else. A role with a body after it ("X is teamleider bij Y", "X is directeur van Z") is the other rules'; a
heading that is a subject and no unit ("5. Samenwerking met de G40") gives nothing, nor a first person ("Ik
blijf directeur"). The date is the sentence's, as for any role.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Beste collega's,\\n\\n1. Team Binnensteden\\nHet team blijft bij EZ. Eva Smit is per 1 juli 2024 "
...         "teamleider a.i.\\n")
>>> [(r.subject.text, r.object.text, r.role, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == RULE]
[('Eva Smit', 'Team Binnensteden', 'teamleider', '2024-07-01')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .role_words import role_of, role_pattern

__all__ = ["RULE", "find_section_roles"]

RULE = "roles.section-unit"

#: after the person: "is (per 1 juli 2024) ", "was (tot 1 juli) ", "wordt ", "volgt hem op als ", "volgt Jan Bos op als "
_LEAD = re.compile(r"\s+(?:(?:is|wordt|was)\s+(?:(?:per|vanaf|sinds|tot|met\s+ingang\s+van)\s+(?:\d{1,2}\s+[a-z]+(?:\s+\d{4})?|(?:[a-z]+\s+)?\d{4})\s+)?"
                   r"|volgt\s+(?:hem|haar|[A-Z][\w.' -]{1,40}?)\s+op\s+als\s+)")
#: the end of the role: the sentence's or clause's end
_END = re.compile(r"\s*(?:[.;]|$)")


def find_section_roles(ctx: DocContext) -> None:
    """Add the roles told in a unit's section without the unit (see the module docstring)."""
    persons = [m for m in ctx.mentions if m.type == "Person"]
    if not persons:
        return
    units: dict[int, object] = {}
    for person in persons:
        sentence = ctx.sentence_at(person.start)
        if sentence is None or sentence.is_heading or sentence.section_start is None:
            continue
        if sentence.section_start not in units:
            units[sentence.section_start] = _heading_unit(ctx, sentence.section_start)
        unit = units[sentence.section_start]
        if unit is None:
            continue
        lead = _LEAD.match(ctx.text, person.end, sentence.end)
        if lead is None:
            continue
        word = role_pattern().match(ctx.text, lead.end(), sentence.end)
        if word is None or _END.match(ctx.text, word.end(), sentence.end) is None:
            continue  # "X is teamleider bij Y": the body follows
        role = role_of(word.group(0))
        if role is not None:
            ctx.add(person, "hasRole", unit, sentence, RULE, 0.7, role=role.label, stated_at=person.start)


def _heading_unit(ctx: DocContext, start: int):
    """The unit (or programme) whose name is the whole heading at ``start``, else None."""
    heading = ctx.sentence_at(start)
    if heading is None or not heading.is_heading:
        return None
    text = heading.text.strip(" #*:")
    named = [m for m in ctx.in_span(heading.start, heading.end) if m.type in ("OrganisationalUnit", "Programme")]
    if len(named) != 1:
        return None
    rest = text.replace(named[0].text, "", 1).strip(" -–0123456789")
    return named[0] if not rest else None
