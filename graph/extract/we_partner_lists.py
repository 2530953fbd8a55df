"""The partners "wij" work with, listed in bullets: "Voor het congres werken wij samen met vaste partners:" (round 59s).

A bid book, a plan or an annual report introduces the organisations its writer works with by a line ending in a
colon and then one bullet per partner, the partner's name first (often in bold) and what it does after::

    Voor het congres werken wij samen met vaste partners in de stad en de regio:

    - **Hogeschool Maasland** levert 120 studenten als gastvrouw en gastheer.
    - **Arriva** en de gemeente zorgen samen voor pendelbussen.

The actor that opens each bullet works with the "wij" of the document (:func:`graph.extract.voice.we_at`: the
town a bid book's title names, the college that signs a letter). The lead must say that we work together now
("werken wij samen met", "wij werken samen met"): a wish or a plan ("willen wij samenwerken met", "gaan wij
samenwerken met") and a denial ("werken wij niet samen met") give nothing, nor does a bullet that opens with
no actor, nor a document whose "wij" is nobody.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Bidbook Zwolle — kandidatuur gaststad Stedendag 2028\\n\\nVoor de Stedendag werken wij samen met "
...         "vaste partners:\\n\\n- **Hogeschool Windesheim** levert studenten.\\n- **Provincie Overijssel** betaalt mee.\\n")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == RULE)
[('Zwolle', 'Hogeschool Windesheim'), ('Zwolle', 'Overijssel')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Sentence
from .voice import we_at

__all__ = ["RULE", "find_we_partner_lists"]

RULE = "relations.we-partner-list"

#: the lead line: "(Voor X) werken wij samen met … :", "Wij werken samen met de volgende partners:"
_LEAD = re.compile(r"^[^\n]*?\b(?:werken\s+(?:wij|we)\s+samen\s+met|(?:wij|we)\s+werken\s+samen\s+met)\b[^\n:]*:[ \t]*$",
                   re.IGNORECASE | re.MULTILINE)
#: a bullet's opening, its bold marks included: "- **", "• "
_BULLET = re.compile(r"[ \t]*[-*•][ \t]+(?:\*\*|__)?")
#: what may go before the actor's name in a bullet: "de gemeente Oss", "**Provincie** Overijssel"
_KIND_LEAD = re.compile(r"(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)


def find_we_partner_lists(ctx: DocContext) -> None:
    """Add that "wij" work with each actor opening a bullet under a partner lead (see the module docstring)."""
    for lead in _LEAD.finditer(ctx.text) if "samen" in ctx.text else ():
        if _DENIED.search(lead.group(0)):
            continue
        we = we_at(ctx, lead.start())
        if we is None:
            continue
        at = lead.end()
        while True:
            while ctx.text.startswith("\n", at):
                at += 1  # blank lines between the lead and the list, or between the bullets
            end = ctx.text.find("\n", at)
            end = len(ctx.text) if end < 0 else end
            bullet = _BULLET.match(ctx.text, at, end)
            if bullet is None:
                break
            opening = _KIND_LEAD.match(ctx.text, bullet.end(), end).end()
            first = next((m for m in ctx.in_span(bullet.end(), end) if m.start in (bullet.end(), opening)), None)
            if first is not None and first.type in ACTORS and first is not we and first.label != we.label:
                ctx.add(we, "collaboratesWith", first, Sentence(at, end, ctx.text[at:end]), RULE, 0.65,
                        stated_at=first.start)
            at = _item_end(ctx.text, end)


def _item_end(text: str, end: int) -> int:
    """The offset after a bullet item that goes on over indented lines ("  excursies in de regio.")."""
    while end < len(text) and text.startswith("\n  ", end) and not _BULLET.match(text, end + 1):
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt < 0 else nxt
    return end + 1 if end < len(text) else end
