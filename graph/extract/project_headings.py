"""A project named by the heading of its card: "Transformatie Binnenstad Oost (Leiden)" over its fields.

An overview of awarded subsidies, a call's results or a programme's project list heads each project
with its name and, in brackets, the town that applied::

    ### 2. Werklocaties Parkstad Circulair (Heerlen)
    | Gemeente / penvoerder | Heerlen |
    | Partners | Sittard-Geleen, provincie Limburg |
    | Contactpersoon | Noor Habets (gemeente Heerlen) |

The name is a project's (a Programme of kind "project"), not a person's nor a place's, when the
section under the heading is its card: a field naming who leads, takes part in, applied for or is
the contact of the project ("penvoerder", "partners", "aanvrager", "contactpersoon", "projectleider",
"toegekend bedrag"). With the project named, the card's fields are its facts (:mod:`graph.extract.cards`).

Examples
--------
>>> from graph.extract.model import Sentence
>>> text = "Binnenstad Oost Vitaal (Leiden)\\n| Penvoerder | Leiden |"
>>> sentences = [Sentence(0, 31, text[:31], True, text[:31], 0), Sentence(32, len(text), text[32:], False, text[:31], 0)]
>>> leiden = Mention(24, 30, "Leiden", "Municipality", "gazetteer.municipality", 1.0, key="GM0546")
>>> [(m.text, m.type, m.kind) for m in project_headings(text, sentences, [leiden])]
[('Binnenstad Oost Vitaal', 'Programme', 'project')]
"""

from __future__ import annotations

import re

from .model import Mention, Sentence

__all__ = ["project_headings", "PROJECT_HEADING_RULE"]

PROJECT_HEADING_RULE = "programmes.project-heading"

#: a heading that is a name of capitalised words (a lower-case word inside: "Hart van Zuid") and a bracket
_NAMED = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’-]*|van|de|der|het|en|in|op|aan|voor))"
                    r"{0,6})\s+\((?P<place>[^()]{2,40})\)\s*")
#: the fields of a project's card
_CARD_FIELD = re.compile(r"\b(?:penvoerder|partners?|aanvrager|contactpersoon|projectleider|toegekend\s+bedrag|"
                         r"subsidiebedrag|projectpartners)\b", re.IGNORECASE)
#: so many lines under the heading are read for a card's field
_CARD_LINES = 8


def project_headings(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The projects the headings of their cards name (see the module); ``mentions``: the document's
    mentions so far, sorted by offset (a heading a mention covers already is left alone)."""
    found = []
    for index, sentence in enumerate(sentences):
        if not sentence.is_heading or not sentence.text.endswith(")"):
            continue
        named = _NAMED.fullmatch(sentence.text)
        if named is None:
            continue
        start, end = sentence.start + named.start("name"), sentence.start + named.end("name")
        place_start = sentence.start + named.start("place")
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        places = [m for m in mentions if m.start == place_start and m.type in ("Municipality", "Province", "Organisation")]
        if not places or any(m.end - m.start == end - start for m in inside):
            continue
        card = [s for s in sentences[index + 1:index + 1 + _CARD_LINES] if s.section_start == sentence.section_start]
        if not any(_CARD_FIELD.search(s.text) for s in card if not s.is_heading):
            continue
        found.append(Mention(start, end, text[start:end], "Programme", PROJECT_HEADING_RULE, 0.7, kind="project"))
    return found
