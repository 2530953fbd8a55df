"""The meeting a memo reports, named in its head's subject line: "Betreft: verslag werkbezoek aan Ede".

A griffie's or a bureau's memo opens with its head ("Aan:", "Van:", "Datum:", "Betreft:") before any
sentence; when its subject line names a meeting or visit without a name of its own (a werkbezoek, an
overleg), the memo reports that occurrence, and its sections ("Deelnemers", "Aanwezig") list who took
part in it, as a news item's opening does (:func:`graph.extract.participation.lead_meeting`).

Examples
--------
>>> from graph.extract.context import DocContext
>>> from graph.extract.model import Mention, Sentence
>>> text = "Aan: de raad\\nBetreft: verslag werkbezoek aan Ede\\n"
>>> visit = Mention(30, 40, "werkbezoek", "Event", "events.unnamed", 0.7)
>>> ctx = DocContext("d", text, [Sentence(0, 12, text[0:12]), Sentence(13, 47, text[13:47])], [visit])
>>> subject_line_meeting(ctx).text
'werkbezoek'
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["subject_line_meeting"]

#: the subject field of a memo's head, at the start of a line: "Betreft:  verslag werkbezoek …", "Onderwerp: …"
_SUBJECT_LINE = re.compile(r"^[ \t*]*(?:Betreft|Onderwerp)[ \t*]*:[ \t*]*(?P<subject>[^\n]+)$", re.MULTILINE | re.IGNORECASE)
#: how far into the text a memo's head may reach
_HEAD_REACH = 800
#: the kinds of meeting a memo reports on, as the unnamed event's label ends
_MEETINGS = ("overleg", "werkbezoek", "bezoek")


def subject_line_meeting(ctx: DocContext) -> Mention | None:
    """The unnamed meeting or visit the subject line of the memo's head names, else None.

    Only within the head (the first lines), and only an occurrence without a name of its own: a
    congress named in a subject line ("Betreft: Stedentop 2024") is the title's event already.

    >>> from graph.extract.context import DocContext
    >>> from graph.extract.model import Mention, Sentence
    >>> text = "Betreft: uitnodiging Stedentop\\n"
    >>> ctx = DocContext("d", text, [Sentence(0, 30, text[:30])], [Mention(21, 30, "Stedentop", "Event", "events.named", 0.8)])
    >>> subject_line_meeting(ctx) is None
    True
    """
    match = _SUBJECT_LINE.search(ctx.text, 0, _HEAD_REACH)
    if match is None:
        return None
    return next((m for m in ctx.in_span(match.start("subject"), match.end("subject"))
                 if m.type == "Event" and m.rule == "events.unnamed" and m.label.lower().endswith(_MEETINGS)), None)
