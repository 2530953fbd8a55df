"""Lists of participants under a programme's heading, in a section about who takes part (round 46a).

A bijlage or section headed by who takes part ("Deelnemende steden per track", "Deelnemers") may group them
under a heading per programme or track, each over a bulleted list of towns::

    Bijlage 1 - Deelnemende steden per track

    Track A - Fysieke wijkvernieuwing
      - Arnhem
      - Emmen (sinds 1 april 2025)

Each item that is only a town, province or organisation (a bracket may follow it) ``participatesIn`` the
programme of the heading right above its list. Without such a title above the groups, a list under a
programme's name says nothing of taking part (a list of its results, its themes, its agenda).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Deelnemende steden\\n\\nCity Deal Zon\\n  - Arnhem\\n  - Emmen (sinds 2024)\\n\\nCity Deal Wind\\n  - Ede\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "lists.programme-heading")
[('Arnhem', 'City Deal Zon'), ('Ede', 'City Deal Wind'), ('Emmen', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_programme_heading_lists"]

#: a bullet opening a list item: "- ", "• ", "* ", "1. "
_BULLET = re.compile(r"[ \t]*(?:[-•*–·▪]|\d{1,2}[.)])[ \t]+")
#: what may follow the programme's name on its heading line: a subtitle after a dash or colon
_HEADING_REST = re.compile(r"[ \t]*(?:[-–—:][^\n]*)?")
#: what may follow an item's name: a bracket ("(sinds 1 april 2025)", "(penvoerder)") and nothing else
_ITEM_REST = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t.;,]*")
#: a title that says the lists below name who takes part
_TAKING_PART = re.compile(r"\b(?:deelnemende|deelnemers|deelname|meedoende|doen\s+mee|pilotsteden|pilotgemeenten)\b",
                          re.IGNORECASE)
_MEMBER_TYPES = frozenset({"Municipality", "Province", "Organisation"})


def _lines(text: str, start: int):
    """(start, end) of each line from offset ``start`` on."""
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _lines_before(text: str, end: int):
    """(start, end) of each line before offset ``end`` (the start of a line), nearest first."""
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        yield start, end - 1
        end = start


def find_programme_heading_lists(ctx: DocContext) -> None:
    """``participatesIn`` of each bare item of a list under a programme's heading, under a title about
    taking part."""
    text = ctx.text
    if not ctx.search(_TAKING_PART):
        return
    programmes = [m for m in ctx.mentions if m.type == "Programme"]
    heads = {m.start: m for m in programmes}
    for programme in programmes:
        line_start = text.rfind("\n", 0, programme.start) + 1
        if text[line_start:programme.start].strip() or not _HEADING_REST.fullmatch(
                text, programme.end, _line_end(text, programme.end)):
            continue
        if not _titled(text, line_start, heads):
            continue
        for start, end in _lines(text, _line_end(text, programme.end) + 1):
            bullet = _BULLET.match(text, start, end)
            if bullet is None:
                break
            inside = ctx.in_span(bullet.end(), end)
            if not inside or inside[0].start != bullet.end() or inside[0].type not in _MEMBER_TYPES \
                    or not _ITEM_REST.fullmatch(text, inside[0].end, end):
                continue
            sentence = ctx.sentence_at(inside[0].start)
            if sentence is not None:
                ctx.add(inside[0], "participatesIn", programme, sentence, "lists.programme-heading", 0.75)


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _titled(text: str, line_start: int, heads: dict) -> bool:
    """Whether the nearest line above the heading at ``line_start`` that is no list item, blank line or
    other programme heading says who takes part ("Deelnemende steden per track")."""
    for start, end in _lines_before(text, line_start):
        line = text[start:end]
        if not line.strip() or _BULLET.match(line):
            continue
        first = start + len(line) - len(line.lstrip())
        if first in heads:
            continue
        return bool(_TAKING_PART.search(line))
    return False
