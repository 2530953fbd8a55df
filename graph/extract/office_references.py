"""An office for its holder: "de wethouder van Arnhem" for the wethouder the document named.

Agreements and minutes name each party's representative once ("De gemeente Arnhem, vertegenwoordigd
door wethouder Rachid Bouzerda;") and then refer to them by their office: "De stuurgroep wordt
voorgezeten door de wethouder van Arnhem. De wethouder van Deventer is plaatsvervangend voorzitter."
"de <ambt> van <plaats>" then stands for the one person the document introduced with that office in
a sentence about that place, and becomes a mention of that person. Not when two persons held the
office there, nor when the name follows ("de wethouder van Arnhem, Rachid Bouzerda": the name is
given), nor for a plural ("de wethouders van Arnhem").

Examples
--------
>>> from graph.extract.model import Mention, Sentence
>>> text = "De gemeente Arnhem, vertegenwoordigd door wethouder Eva Smit. De wethouder van Arnhem is voorzitter."
>>> arnhem = Mention(12, 18, "Arnhem", "Municipality", "gazetteer.municipality", 1.0, key="GM0202")
>>> eva = Mention(52, 60, "Eva Smit", "Person", "persons.full-name", 0.9)
>>> again = Mention(79, 85, "Arnhem", "Municipality", "gazetteer.municipality", 1.0, key="GM0202")
>>> sentences = [Sentence(0, 61, text[:61]), Sentence(62, len(text), text[62:])]
>>> [(m.text, m.label) for m in office_references(text, sentences, [arnhem, eva, again])]
[('De wethouder van Arnhem', 'Eva Smit')]
"""

from __future__ import annotations

import bisect
import re

from .model import Mention, Sentence

__all__ = ["office_references"]

#: the offices of a place, and the type of the place they are of
_OFFICES = {"wethouder": "Municipality", "burgemeester": "Municipality", "gedeputeerde": "Province"}
#: an office right before a person's name: "(vertegenwoordigd door) wethouder Rachid Bouzerda"
_OFFICE_BEFORE = re.compile(r"\b(wethouder|burgemeester|gedeputeerde)\s+$", re.IGNORECASE)
#: "de wethouder van (de gemeente) ", before the place
_OFFICE_OF = re.compile(r"\b[Dd]e\s+(wethouder|burgemeester|gedeputeerde)\s+van\s+(?:de\s+(?:gemeente|provincie)\s+)?")
#: a name given right after the place: "de wethouder van Arnhem, Rachid Bouzerda" / "(…)": no reference
_NAME_AFTER = re.compile(r"\s*[,(]?\s*(?:de\s+heer\s+|mevrouw\s+)?[A-Z]")


def _holders(text: str, sentences: list[Sentence], mentions: list[Mention]) -> dict[tuple[str, str], list[Mention]]:
    """(office, place key) → the persons introduced with that office in a sentence naming that one place."""
    starts = [s.start for s in sentences]
    keyed = sorted((m for m in mentions if m.key), key=lambda m: m.start)  # a sentence's places by bisection
    keyed_starts = [m.start for m in keyed]
    holders: dict[tuple[str, str], list[Mention]] = {}
    for person in mentions:
        if person.type != "Person" or person.rule.startswith("references."):
            continue
        office = _OFFICE_BEFORE.search(text, max(0, person.start - 20), person.start)
        k = bisect.bisect_right(starts, person.start) - 1
        if office is None or k < 0:
            continue
        word = office.group(1).lower()
        sentence = sentences[k]
        inside = keyed[bisect.bisect_left(keyed_starts, sentence.start):bisect.bisect_left(keyed_starts, sentence.end)]
        places = {m.key for m in inside if m.type == _OFFICES[word]}
        if len(places) == 1:
            holders.setdefault((word, places.pop()), []).append(person)
    return holders


def office_references(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Person mentions for "de wethouder van X" where the document introduced one such wethouder."""
    if not any(_OFFICE_OF.finditer(text)):
        return []
    by_start = {m.start: m for m in mentions if m.key}
    holders = None
    found = []
    for match in _OFFICE_OF.finditer(text):
        word = match.group(1).lower()
        place = by_start.get(match.end())
        if place is None or place.type != _OFFICES[word] or _NAME_AFTER.match(text, place.end):
            continue
        if holders is None:
            holders = _holders(text, sentences, mentions)
        named = [p for p in holders.get((word, place.key), []) if p.end <= match.start()]
        if len({p.label for p in named}) != 1:
            continue
        found.append(Mention(match.start(), place.end, text[match.start():place.end], "Person",
                             "references.office-holder", 0.7, name=named[-1].label))
    return found
