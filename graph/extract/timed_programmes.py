"""Speakers in the timed programme of an invitation to an event.

"Programma" / "10.10 Welkom – Eva Smit, wethouder van Breda" / "11.00 Deelsessies, begeleid door X": each
person after the dash of a slot, or who leads it, participatesIn the event the document's title names
(else the one it names most).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Uitnodiging Kennisdag Groen\\n\\nProgramma\\n\\n10.00 Welkom – Kees Molenaar (Breda)\\n"
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "lists.speaker"]
[('Kees Molenaar', 'Kennisdag Groen')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention

__all__ = ["find_speakers"]


#: the heading of an event's timed programme
_PROGRAMME_HEADING = re.compile(r"(?:dag|middag|ochtend)?programma|agenda\s+van\s+de\s+dag", re.IGNORECASE)
#: a line of a timed programme: "10.30 Keynote – X", "  B. Deelsessie – X (UWV)"
_SLOT = re.compile(r"[ \t]*(?:\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?|[A-H][.)])[ \t]+\S")


def find_speakers(ctx: DocContext) -> None:
    """The timed programme of an invitation to an event: each person named after the dash of a slot
    ("10.10 Welkom – Eva Smit, wethouder van Breda") or who leads it ("begeleid door X")
    participatesIn the event the document's title names (else the one it names most).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Uitnodiging Kennisdag Groen\\n\\nProgramma\\n\\n10.00 Welkom – Kees Molenaar (Breda)\\n10.30 Lunch\\n"
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.rule == "lists.speaker"]
    [('Kees Molenaar', 'Kennisdag Groen')]
    """
    if "rogramma" not in ctx.text:
        return
    for heading in ctx.sentences:
        if not heading.is_heading or not _PROGRAMME_HEADING.fullmatch(heading.text.strip()):
            continue
        event = _document_event(ctx)
        if event is None:
            return
        position = ctx.text.find("\n", heading.end)
        slots = 0
        while 0 <= position < len(ctx.text):
            line_start = position + 1
            line_end = ctx.text.find("\n", line_start)
            line_end = len(ctx.text) if line_end < 0 else line_end
            position = line_end if line_end < len(ctx.text) else -1
            if not ctx.text[line_start:line_end].strip():
                continue
            if not _SLOT.match(ctx.text, line_start):
                break  # the programme ends at the first line that is no slot
            slots += 1
            dash = re.search(r"\s[–—-]\s|\bbegeleid\s+door\s", ctx.text[line_start:line_end])
            if dash is None:
                continue
            for m in ctx.in_span(line_start + dash.end(), line_end):
                sentence = ctx.sentence_at(m.start)
                if m.type == "Person" and sentence is not None:
                    ctx.add(m, "participatesIn", event, sentence, "lists.speaker", 0.7)


def _document_event(ctx: DocContext) -> Mention | None:
    """The event the document's first line names, else the one it names most (at least twice)."""
    first = ctx.sentences[0] if ctx.sentences else None
    named = [m for m in ctx.in_sentence(first) if m.type == "Event"] if first else []
    if named:
        return named[0]
    counts: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.type == "Event":
            counts.setdefault(m.label, []).append(m)
    best = max(counts.values(), key=len, default=[])
    return best[0] if len(best) >= 2 else None
