"""The members a body's heading lists line by line: "Begeleidingscommissie" over "Eva Smit, gemeente Ede".

A colophon or a report names the body that guided the work by its kind alone, as a line of its own, with
its members under it, one per line, each with where they come from (a bullet or not)::

    Begeleidingscommissie
    Koen Bos, wethouder gemeente Breda (voorzitter)
    Eva Smit, gemeente Ede
    - Jan Kok, ministerie van BZK

Each line that opens with a person makes that person take part in the body (``participatesIn``); a role the
line opens with ("Voorzitter: Eva Smit") or closes with in brackets ("Eva Smit, gemeente Ede (voorzitter)")
is the person's role in the body instead (round 54e). The
body is the heading's unit (:mod:`graph.extract.heading_bodies`: "Begeleidingscommissie", "Stuurgroep",
"Jury", "Klankbordgroep"), when the heading line holds nothing else (a number or "#" before it, a colon
after it); the list is the lines right under it (after at most one blank line) up to the next blank line,
two persons at least. A table under the heading is :mod:`graph.extract.tables`' ("tables.members").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Rapport Werklocaties\\n\\nKlankbordgroep\\nEva Smit, gemeente Ede\\nJan Kok, provincie Utrecht\\n\\n"
...         "De klankbordgroep kwam drie keer bijeen.\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "units.heading-members")
[('Eva Smit', 'Klankbordgroep'), ('Jan Kok', 'Klankbordgroep')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .role_words import role_of

__all__ = ["find_heading_members"]

#: what may stand around a body's word on its heading line: Markdown's "#", a number "4.", a colon
_AROUND = re.compile(r"[ \t#*_]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?"
                     r"(?:(?:bijlage|annex)[ \t]+[\dA-Z]{1,3}[.:]?[ \t]+)?(?:samenstelling[ \t]+(?:van[ \t]+)?(?:de|het)[ \t]+)?",
                     re.IGNORECASE)
_AFTER = re.compile(r"[ \t*_:]*$")
#: what may open a member's line before the name: a bullet, a title ("dr.", "ir.", "mr. drs.")
_LINE_START = re.compile(r"[ \t]*(?:[-•*–][ \t]+)?(?:(?P<label>[A-Za-z][a-z-]+(?:[ \t][a-z-]+)?):[ \t]+)?"
                         r"(?:(?:dr|ir|mr|drs|prof|ing|ir|mw|dhr)\.[ \t]*)*", re.IGNORECASE)
#: a role in brackets at a member line's end: "Eva Smit, gemeente Ede (voorzitter)"
_CLOSING_ROLE = re.compile(r"\((?P<label>[a-z][a-z-]+(?:[ \t][a-z-]+)?)\)[ \t.;,]*$")
#: the fewest member lines that make the lines under a heading its members
_MIN_MEMBERS = 2


def find_heading_members(ctx: DocContext) -> None:
    """Add each member the lines under a body's heading list."""
    for unit in ctx.mentions:
        if unit.rule != "units.unnamed" or unit.type != "OrganisationalUnit":
            continue
        line_start = ctx.text.rfind("\n", 0, unit.start) + 1
        line_end = ctx.text.find("\n", unit.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if _AROUND.fullmatch(ctx.text, line_start, unit.start) is None \
                or _AFTER.match(ctx.text[unit.end:line_end]) is None:
            continue
        members = _member_lines(ctx, line_end + 1)
        if len(members) >= _MIN_MEMBERS:
            for person, label in members:
                sentence = ctx.sentence_at(person.start)
                if label is None:  # "Eva Smit, Platform31 (secretaris)": the role in brackets closing the line (54e)
                    closing = _CLOSING_ROLE.search(ctx.text, person.end, _line_end(ctx.text, person.end))
                    label = closing.group("label") if closing else None
                role = role_of(label) if label else None
                if sentence is not None and role is not None:
                    # "Voorzitter:  Eva Smit, wethouder, gemeente Ede": her role in the body (round 53e)
                    ctx.add(person, "hasRole", unit, sentence, "units.heading-member-roles", 0.7, role=role.label)
                elif sentence is not None:
                    ctx.add(person, "participatesIn", unit, sentence, "units.heading-members", 0.7)


def _line_end(text: str, offset: int) -> int:
    """The end of the line ``offset`` is on."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _member_lines(ctx: DocContext, start: int) -> list[tuple[Mention, str | None]]:
    """The person each line from ``start`` opens with (after at most one blank line, up to the next blank
    line), with the label before it ("Voorzitter:", else None); empty as soon as a line opens with no person
    (the lines are no list of members) or a label that is no role word."""
    lines = ctx.text[start:].split("\n")
    if lines and not lines[0].strip():
        start += len(lines[0]) + 1
        lines = lines[1:]
    found = []
    for line in lines:
        if not line.strip():
            break
        opening = _LINE_START.match(line)
        label = opening.group("label")
        person = next((m for m in ctx.in_span(start + opening.end(), start + len(line)) if m.start == start + opening.end()),
                      None)
        if person is None or person.type != "Person" or label is not None and role_of(label) is None:
            return []
        found.append((person, label))
        start += len(line) + 1
    return found
