"""Who leads an event from the stage: "Gespreksleider: X", "Moderator: X", "onze dagvoorzitter, X".

A programme names who chairs the day or a session on a line of its own ("Moderator: Kees Bos, journalist",
"Gespreksleider: Eva Smit, Brainport Development" under "11:15 Rondetafelgesprek …") and a speech thanks
"onze dagvoorzitter, X". The person takes part in the event (``participatesIn``): an event holds no roles
(``docs/gold-format.md``: a role is held in an organisation, unit or programme), and the organisation after the
name is where the person comes from, not where the role is held ("Dagvoorzitter is X (wethouder Heerlen)":
no dagvoorzitter of Heerlen). The event is the one named on the line or on
one of the two lines above it (the programme item), else the one the document's title names.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Programma Stedendag Zwolle 2025\\n\\n10:00  Rondetafelgesprek \\"Wonen in de wijk\\"\\n"
...         "       Gespreksleider: Eva Smit, Platform31\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "participation.event-host")
[('Eva Smit', 'participatesIn', 'Rondetafelgesprek "Wonen in de wijk"')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .item_events import block_event
from .participation import title_event

__all__ = ["find_event_hosts"]

#: the host's word right before the name: a field "Moderator: ", an apposition "onze dagvoorzitter, ", a copula
#: "Dagvoorzitter is X" (round 60s)
_HOST = re.compile(r"\b(?:dagvoorzitter|gespreksleider|moderator|presentator|presentatrice)"
                   r"(?:\s*:\s*|,\s+|\s+(?:is|was|wordt|werd)\s+|\s+)$", re.IGNORECASE)
_HOST_ROLES = frozenset({"dagvoorzitter", "gespreksleider", "moderator", "presentator", "presentatrice"})
#: a document that may name a host: one of the host words, "presentat" for "presentator", "presentatie" …
_HOSTING_WORD = re.compile(r"dagvoorzitter|gespreksleider|moderator|presentat", re.IGNORECASE)
#: how many lines above the host's line the event may be named (the programme item over its field)
_LINES_ABOVE = 2


def find_event_hosts(ctx: DocContext) -> None:
    """Add "host participatesIn event" for each host the text names (see the module docstring)."""
    if not ctx.search(_HOSTING_WORD):
        return
    titled = title_event(ctx)
    for person in (m for m in ctx.mentions if m.type == "Person"):
        line_start = ctx.text.rfind("\n", 0, person.start) + 1
        if _HOST.search(ctx.text, max(line_start, person.start - 20), person.start) is None:
            continue
        sentence = ctx.sentence_at(person.start)
        if sentence is None or not ctx.asserted(sentence, max(sentence.start, person.start - 20), person.end):
            continue
        event = block_event(ctx, line_start, person.start, _LINES_ABOVE) or titled
        if event is not None:
            ctx.add(person, "participatesIn", event, sentence, "participation.event-host", 0.7)
            # the host's word is no role at the place or organisation in the bracket after the name
            # ("Dagvoorzitter is X (wethouder Heerlen)": no dagvoorzitter of Heerlen; round 60s)
            ctx.relations[:] = [r for r in ctx.relations if not (
                r.predicate == "hasRole" and r.subject is person and r.rule == "roles.before-name"
                and (r.role or "").lower() in _HOST_ROLES and r.evidence_start == sentence.start)]
