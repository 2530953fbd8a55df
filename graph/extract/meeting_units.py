"""The body a compound meeting word names: "de pijlervergadering Economie en Werk".

Dutch writes the meeting of a body as one compound of the body's kind and "vergadering" (or
"overleg"), with the body's name after it::

    Besluitenlijst pijlervergadering Economie en Werk       (the Pijler Economie en Werk)
    Vastgesteld in de themagroepvergadering Wonen van 4 mei  (the Themagroep Wonen)
    BESLUITENLIJST PIJLERVERGADERING ECONOMIE EN WERK       (a title in capitals)
    | 9 apr | Bestuurlijk overleg pijler Sociaal |          (the Pijler Sociaal: in words, round 48d)

The name (capitalised words joined by "en", "&" or a comma) names the body: a mention of the unit
"<Kind> <Name>", so that the meeting's "Voorzitter:" and "Secretaris:" lines and its decisions are the
body's (see :mod:`graph.extract.cards`). A name in capitals is written as a name ("ECONOMIE EN WERK":
"Economie en Werk"). Without a name after it ("de pijlervergadering van 4 mei") the word names no body.

Examples
--------
>>> [(m.text, m.name) for m in find_meeting_units("Besluitenlijst pijlervergadering Economie en Werk\\n")]
[('pijlervergadering Economie en Werk', 'Pijler Economie en Werk')]
>>> [m.name for m in find_meeting_units("BESLUITENLIJST PIJLERVERGADERING ECONOMIE EN WERK\\n")]
['Pijler Economie en Werk']
>>> find_meeting_units("Het staat op de agenda van de pijlervergadering van 4 mei.")
[]
>>> [m.name for m in find_meeting_units("| 9 apr | Bestuurlijk overleg pijler Sociaal | Ede |")]
['Pijler Sociaal']
"""

from __future__ import annotations

import re

from .cues import holds_none
from .model import Mention

__all__ = ["find_meeting_units"]

#: the compound, then the body's name: capitalised words (or words in capitals) joined by "en", "&", ","
_KINDS = ("pijler", "themagroep", "stuurgroep", "werkgroep", "taskforce")
_MEETINGS = ("vergadering", "overleg")
_MEETING_OF = re.compile(
    r"\b(?P<kind>(?i:" + "|".join(_KINDS) + "))(?i:" + "|".join(_MEETINGS) + r")[ \t]+"
    r"(?P<name>[A-Z][\w-]*(?:(?:[ \t]+(?:en|EN|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][\w-]*){0,4})")
#: the same in words, a body's bestuurlijk or ambtelijk meeting: "Bestuurlijk overleg pijler Sociaal" in a calendar
_MEETING_OF_WORDS = re.compile(
    r"\b(?i:bestuurlijk|ambtelijk)[ \t]+(?i:overleg)[ \t]+(?P<kind>(?i:" + "|".join(_KINDS) + r"))[ \t]+"
    r"(?P<name>[A-Z][\w-]*(?:(?:[ \t]+(?:en|EN|&)[ \t]+|,[ \t]+|[ \t]+)[A-Z][\w-]*){0,4})")
#: the compounds one of which every match holds ("pijlervergadering"): a text without any is not scanned
_COMPOUNDS = tuple(kind + meeting for kind in _KINDS for meeting in _MEETINGS)
_SMALL = frozenset({"en", "&"})


def _as_name(words: str) -> str:
    """A name written in capitals as a name: "ECONOMIE EN WERK" → "Economie en Werk"."""
    if not words.isupper():
        return " ".join(words.split())
    return " ".join(w.lower() if w.lower() in _SMALL else w.capitalize() for w in words.split())


def find_meeting_units(text: str) -> list[Mention]:
    """The unit each "<kind>vergadering <Name>" names."""
    out = []
    if "overleg" in text:  # "| Bestuurlijk overleg pijler Sociaal |": the pijler's own meeting, in words, in a
        # calendar's cell (a report's title "Verslag bestuurlijk overleg pijler X" names the meeting held: an event)
        out += [Mention(m.start(), m.end(), m.group(0), "OrganisationalUnit", "units.meeting-of", 0.75,
                        name=f"{m.group('kind')[:1].upper()}{m.group('kind')[1:].lower()} {_as_name(m.group('name'))}",
                        kind=m.group("kind").lower()) for m in _MEETING_OF_WORDS.finditer(text)
                if text[text.rfind("\n", 0, m.start()) + 1:m.start()].lstrip().startswith("|")]
    if holds_none(text, _COMPOUNDS):
        return out  # most documents hold no such compound: no scan of the whole text
    for match in _MEETING_OF.finditer(text):
        name = match.group("name")
        kind = match.group("kind").lower()
        if name.split()[0].lower() == kind:
            continue  # "Pijleroverleg Pijler Groen": the body is named in full after it (see units)
        label = f"{kind[:1].upper()}{kind[1:]} {_as_name(name)}"
        out.append(Mention(match.start(), match.end(), text[match.start():match.end()], "OrganisationalUnit",
                           "units.meeting-of", 0.75, name=label, kind=kind))
    return out
