"""The event a programme item names over a list of its guests: "11:15  Rondetafelgesprek X" above "Aan tafel:".

A day's programme names each item on a line of its own (a time, then the session) with its fields under it,
and a lead-in of who sits at it ("Aan tafel:", "Sprekers:") over a list of persons::

    11:15  Rondetafelgesprek "Vakmensen voor de maakindustrie"
           Gespreksleider: Eva Smit, Platform31
           Aan tafel:
           - Tom Bos, wethouder Ede
           - Sara Kok, directeur Divosa

The persons of that list take part in the item's event, not only in the day the title names
(:mod:`graph.extract.participation`): :func:`item_event` gives the last event named on the lead-in's line
or on the lines of its block above it (up to a blank line), else None.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Programma werkbezoek aan Ede\\n\\n11:15  Rondetafelgesprek \\"Wonen in de wijk\\"\\n"
...         "       Aan tafel:\\n       - Tom Bos, wethouder Ede\\n       - Sara Kok, Divosa\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == "participation.attended")
[('Sara Kok', 'Rondetafelgesprek "Wonen in de wijk"'), ('Tom Bos', 'Rondetafelgesprek "Wonen in de wijk"')]
"""

from __future__ import annotations

from .context import DocContext
from .model import Mention, Sentence

__all__ = ["block_event", "item_event"]

#: how many lines above the lead-in its item's event may be named (the time line, a field or two under it)
_LINES_ABOVE = 3


def item_event(ctx: DocContext, lead: Sentence | None) -> Mention | None:
    """The last event named on ``lead``'s line or on the lines of its block above it, else None."""
    if lead is None:
        return None
    return block_event(ctx, ctx.text.rfind("\n", 0, lead.start) + 1, lead.end, _LINES_ABOVE)


def block_event(ctx: DocContext, line_start: int, at: int, lines_above: int) -> Mention | None:
    """The last event named before offset ``at`` on the line that starts at ``line_start`` or on the (at most
    ``lines_above``) lines of its block above it, up to a blank line (another block of the programme)."""
    start = line_start
    for _ in range(lines_above):
        if start == 0:
            break
        above = ctx.text.rfind("\n", 0, start - 1) + 1
        if not ctx.text[above:start].strip():
            break  # a blank line: another block of the programme
        start = above
    events = [m for m in ctx.in_span(start, at) if m.type == "Event"]
    return events[-1] if events else None
