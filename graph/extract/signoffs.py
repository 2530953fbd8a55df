"""A signature block: a name on a line of its own, the role on the next line, the employer after.

E-mails, letters, invitations and speaker cards close or introduce a person with lines, not with
a sentence::

    Sietske Hoogeveen
    Beleidsadviseur Fysiek Domein en Mobiliteit
    Stedennetwerk G40

The person holds the role of the second line at the organisation that opens one of the two lines
after it (a municipality for a municipal role, a ministry for a ministry's). A role line that names
its own organisation ("Wethouder gemeente Breda") is left to the rules of roles.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Met vriendelijke groet,\\n\\nEva Smit\\nProgrammamanager Wonen\\nGemeente Breda\\nStadskantoor\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.rule == "signoffs.block")
[('Eva Smit', 'Breda', 'programmamanager')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Sentence
from .roles import role_of, role_pattern

__all__ = ["find_signoff_blocks"]

_SCOPE_TYPES = {"municipality": {"Municipality"}, "ministry": {"Ministry"}, "province": {"Province"}}
#: what may come before the organisation on its line: "Gemeente", "Ministerie van", "Provincie"
_LINE_HEAD = re.compile(r"\s*(?:(?:de\s+|het\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``."""
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def find_signoff_blocks(ctx: DocContext) -> None:
    """Add the role a signature block gives the person it names (see the module's docstring)."""
    text = ctx.text
    persons = [m for m in ctx.mentions if m.type == "Person"]
    if not persons or "\n" not in text:
        return
    lines = _lines(text)
    starts = {start: k for k, (start, _) in enumerate(lines)}
    for person in persons:
        k = starts.get(person.start)
        if k is None or k + 2 >= len(lines) or text[person.end:lines[k][1]].strip():
            continue  # not a name on a line of its own
        role_start, role_end = lines[k + 1]
        match = role_pattern().match(text, role_start)
        role = role_of(match.group(0)) if match else None
        if role is None or any(m.type in ACTORS for m in ctx.in_span(role_start, role_end)):
            continue
        wanted = _SCOPE_TYPES.get(role.scope, ACTORS)
        for start, end in lines[k + 2:k + 4]:
            head = _LINE_HEAD.match(text, start, end)
            first = [m for m in ctx.in_span(start, end) if m.start == head.end()]
            if first and first[0].type in wanted:
                sentence = Sentence(person.start, end, text[person.start:end])
                ctx.add(person, "hasRole", first[0], sentence, "signoffs.block", 0.75, role=role.label)
                break
