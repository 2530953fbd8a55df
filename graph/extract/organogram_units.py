"""The units an organogram lists by name: "• Concernstaf – Eva Smit", "◦ Team Subsidies en Regio".

Under a heading "Organogram" (or "Organisatiestructuur", "Organisatieschema"), each item of the list
below names one unit of the organisation, its head after a dash. An item that opens with a unit's kind
word ("Team", "Afdeling", "Directie", "Sector", "Cluster", "Dienst", "Concernstaf") names a unit up to
the dash, whatever the words of its name ("Team G40 en Regio": the G40 is part of the team's name, not
a mention of its own). Items that open with an office ("Gemeentesecretaris – X") name none; a name
another rule found already keeps that mention. Rule ``units.organogram``; the heads and parents are
:mod:`graph.extract.organogram`'s.

>>> text = "Organogram\\n\\n• Concernstaf – Eva Smit\\n\\n◦ Team G40 en Regio – Kees Bos\\n\\n• Gemeentesecretaris – Jan Kok\\n"
>>> [(m.text, m.kind) for m in organogram_units(text, [])]
[('Concernstaf', 'concernstaf'), ('Team G40 en Regio', 'team')]
"""

from __future__ import annotations

import re

from .cues import search_text
from .model import Mention

__all__ = ["organogram_units", "ORGANOGRAM_HEADING"]

#: the heading (or lead-in) of an organogram
ORGANOGRAM_HEADING = re.compile(r"\b(?:organogram|organisatiestructuur|organisatieschema|organisatieoverzicht)\b",
                                re.IGNORECASE)
#: a heading line of an organogram: short, no sentence
_HEADING_LINE = re.compile(r"[ \t#]*[^\n.]{0,20}" + ORGANOGRAM_HEADING.pattern + r"[^\n.]{0,40}:?[ \t]*", re.IGNORECASE)
#: an item of the list, its unit's kind word and name up to a dash or the line's end
_ITEM = re.compile(r"[ \t]*(?:[•◦▪·*-])[ \t]+(?P<name>(?P<kind>Team|Afdeling|Directie|Sector|Cluster|Dienst|Concernstaf)"
                   r"\b[^\n–—:;(]{0,60}?)[ \t]*(?:[–—-][ \t]|\(|$)")


def organogram_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """The units the items of each organogram in ``text`` name, where no unit mention starts already."""
    if not search_text(ORGANOGRAM_HEADING, text):
        return []
    taken = {m.start for m in mentions if m.type == "OrganisationalUnit"}
    found, inside, position = [], False, 0
    for line in text.split("\n"):
        begin = position
        position += len(line) + 1
        if _HEADING_LINE.fullmatch(line):
            inside = True
            continue
        if not line.strip() or not inside:
            continue
        item = _ITEM.match(line)
        if item is None:
            inside = line.lstrip()[:1] in "•◦▪·*-"  # an item of another kind goes on; any other line ends the list
            continue
        start, end = begin + item.start("name"), begin + item.end("name")
        if start not in taken and len(item.group("name").split()) <= 7:
            found.append(Mention(start, end, text[start:end], "OrganisationalUnit", "units.organogram", 0.75,
                                 kind=item.group("kind").lower()))
    return found
