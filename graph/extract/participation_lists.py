"""What an actor takes part in, listed under "Deventer neemt deel aan:" (walkthrough 39, finding 7).

A council letter, an annual report or a town's web page names the programmes the town is in by a line ending in a
colon and then a list, one programme a bullet or a table row, the programme's name first::

    Deventer neemt deel aan:

    | Deal | Sinds | Ministeries |
    |---|---|---|
    | City Deal Kennis Maken | 2019 | OCW, EZK |

The actor named before the verb ("neemt deel aan", "doet mee aan", "is partner in") takes part in the programme or
unit that opens each bullet or the first cell of each row, dated as the row or bullet dates it ("| 2019 |",
"(sinds 2019)"). A lead that denies ("neemt niet deel aan:") or only wants ("wil deelnemen aan:") gives nothing,
nor does an item that opens with no programme.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Gemeente Ede\\n\\nEde neemt deel aan:\\n\\n| Deal | Sinds |\\n|---|---|\\n| City Deal Kennis Maken | 2019 |\\n\\n"
...         "Daarnaast doet Ede mee aan:\\n\\n- Regio Deal Foodvalley\\n")
>>> sorted((r.subject.text, r.object.text, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)
[('Ede', 'City Deal Kennis Maken', '2019-01-01'), ('Ede', 'Regio Deal Foodvalley', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Sentence
from .periods import find_periods

__all__ = ["RULE", "find_participation_lists"]

RULE = "relations.participation-list"

#: the lead line, its verb in the present and ending in a colon: "Deventer neemt deel aan:", "doet Ede mee aan:",
#: "Zwolle is partner in de volgende deals:"
_LEAD = re.compile(r"^[^\n]*?\b(?:(?:neemt|nemen)\s+(?:[\w-]+\s+){0,3}?deel\s+aan|(?:doet|doen)\s+(?:[\w-]+\s+){0,3}?mee\s+aan|"
                   r"(?:is|zijn)\s+(?:[\w-]+\s+){0,2}?partner\s+in)\b[^\n:]*:[ \t]*$", re.MULTILINE)
#: a lead that denies or only wants: "neemt niet deel aan:", "wil deelnemen aan:"
_NOT = re.compile(r"\b(?:niet|geen|nooit|wil|willen|zou|zouden|gaat|gaan)\b", re.IGNORECASE)
#: the verb of the lead, before which the actor is named
_VERB = re.compile(r"\b(?:neemt|nemen|doet|doen|is|zijn)\b")
#: a bullet's opening, its bold marks included: "- **", "• ", "1. "
_BULLET = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:\*\*|__)?")
#: a table row's first cell: "| "
_ROW = re.compile(r"[ \t]*\|[ \t]*(?:\*\*|__)?")
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t:|-]+$")
#: a column saying since when: "| Sinds |", "| Deelname sinds |", "| Lid sinds |", "| Vanaf |", "| Start |"
_SINCE_COLUMN = re.compile(r"(?:(?:deelname|deelnemer|lid|partner)\s+)?sinds|vanaf|start|toegetreden")
_ACTORS = ("Municipality", "Province", "Organisation")
_THINGS = ("Programme", "OrganisationalUnit")


def find_participation_lists(ctx: DocContext) -> None:
    """Add that the lead's actor takes part in each programme opening an item of the list under it (see the module)."""
    if "aan:" not in ctx.text and "in:" not in ctx.text:
        return
    for lead in _LEAD.finditer(ctx.text):
        if _NOT.search(lead.group(0)):
            continue
        verb = _VERB.search(ctx.text, lead.start(), lead.end())
        named = [m for m in ctx.in_span(lead.start(), verb.start() if verb else lead.end()) if m.type in _ACTORS]
        if not named:  # "Daarnaast doet Ede mee aan:": the actor after the verb
            named = [m for m in ctx.in_span(verb.end(), lead.end()) if m.type in _ACTORS][:1] if verb else []
        if len(named) != 1:
            continue
        actor = named[0]
        since_column = None
        for start, end, first_at in _items(ctx.text, lead.end() + 1):
            if first_at is None:  # the table's header: which column says since when ("| Sinds |", "| Deelname sinds |")
                names = [cell.strip(" *_").lower() for cell in ctx.text[start:end].strip().strip("|").split("|")]
                since_column = next((k for k, name in enumerate(names) if _SINCE_COLUMN.fullmatch(name)), None)
                continue
            first = next((m for m in ctx.in_span(first_at, end) if m.start == first_at), None)
            if first is None or first.type not in _THINGS:
                continue
            if ctx.text[start:end].lstrip().startswith("|"):
                cells = ctx.text[start:end].strip().strip("|").split("|")
                stated = cells[since_column].strip() if since_column is not None and since_column < len(cells) else ""
                dated = find_periods("sinds " + stated) if stated else []
            else:
                dated = find_periods(ctx.text, first.end, end)  # "- City Deal X (sinds 2019)"
            since = next((p for p in dated if p.valid_from and not p.valid_until), None)
            ctx.add(actor, "participatesIn", first, Sentence(start, end, ctx.text[start:end]), RULE, 0.7,
                    since=since.valid_from if since else None, precision=since.from_precision if since else None)


def _items(text: str, at: int):
    """``(start, end, where its first name is)`` of each bullet or table row right under a lead (blank lines between
    allowed; a table's header with None for where, its separator skipped)."""
    header = True
    while at < len(text):
        while text.startswith("\n", at):
            at += 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        bullet = _BULLET.match(text, at, end)
        row = _ROW.match(text, at, end) if bullet is None else None
        if bullet is None and row is None:
            return
        if row is not None and (header or _SEPARATOR.fullmatch(text, at, end)):
            if _SEPARATOR.fullmatch(text, at, end) is None:
                yield at, end, None  # the header
            header = False
            at = end + 1
            continue
        yield at, end, (bullet or row).end()
        at = end + 1
