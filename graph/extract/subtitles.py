"""A subtitle that names where the title's unit belongs.

Minutes and plans of a themagroep often carry, right under their title, a line that names the
pijler (and network) the themagroep belongs to::

    Verslag Themagroep Circulaire Economie
    Pijler Fysiek - G40 Stedennetwerk

    Aanwezig: Eva Smit (Breda, voorzitter), …

The second line is no section heading: it says where the title's unit sits. So the unit of the
title is part of the pijler of the subtitle, and what follows the subtitle (an attendance list, a
"Voorzitter:" field) is about the title's unit, not the pijler. Only a line that holds nothing but
the pijler and the network (and separators) counts, and only under a title that names one unit of
another kind.

Examples
--------
>>> from graph.extract.model import Mention, Sentence
>>> text = "Verslag Themagroep Afval\\nPijler Fysiek - G40\\n\\nAanwezig: …"
>>> sentences = [Sentence(0, 24, text[:24], is_heading=True), Sentence(25, 44, text[25:44], is_heading=True)]
>>> mentions = [Mention(8, 24, "Themagroep Afval", "OrganisationalUnit", "units.named", 0.9, kind="themagroep"),
...             Mention(25, 38, "Pijler Fysiek", "OrganisationalUnit", "units.named", 0.9, kind="pijler"),
...             Mention(41, 44, "G40", "Organisation", "gazetteer.organisation", 1.0)]
>>> unit, parent, line = subtitle_parent(text, sentences, mentions)
>>> unit.label, parent.label, line.text
('Themagroep Afval', 'Pijler Fysiek', 'Pijler Fysiek - G40')
"""

from __future__ import annotations

import re

from .model import Mention, Sentence

__all__ = ["subtitle_parent"]

#: what a parent line may hold besides its names: separators and spaces ("Pijler Fysiek - G40", "G40 | Pijler X")
_SEPARATORS = re.compile(r"[\s\-–—|/,·]*")
#: the kind of unit a subtitle may name as the title unit's parent
_PARENT_KIND = "pijler"


def subtitle_parent(text: str, sentences: list[Sentence], mentions: list[Mention]
                    ) -> tuple[Mention, Mention, Sentence] | None:
    """The title's unit, the pijler its subtitle names, and the subtitle; None when the document's
    second line is no such parent line. ``mentions`` are in text order."""
    if len(sentences) < 2 or not (sentences[0].is_heading and sentences[1].is_heading):
        return None
    title, line = sentences[0], sentences[1]
    if "\n" not in text[title.end:line.start] or text[:title.start].strip():
        return None
    in_title = [m for m in mentions if title.start <= m.start and m.end <= title.end]
    units = [m for m in in_title if m.type == "OrganisationalUnit"]
    if len({m.label for m in units}) != 1 or units[0].kind == _PARENT_KIND:
        return None
    in_line = [m for m in mentions if line.start <= m.start and m.end <= line.end]
    parents = [m for m in in_line if m.type == "OrganisationalUnit"]
    if len(parents) != 1 or parents[0].kind != _PARENT_KIND \
            or any(m.type not in ("OrganisationalUnit", "Organisation") for m in in_line):
        return None
    at, rest = line.start, []
    for m in in_line:
        rest.append(text[at:m.start])
        at = max(at, m.end)
    rest.append(text[at:line.end])
    if not all(_SEPARATORS.fullmatch(piece) for piece in rest):
        return None  # "Pijler Fysiek vergadert op 3 mei": a sentence, no parent line
    return units[0], parents[0], line
