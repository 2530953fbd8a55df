"""Minutes name people by their initials: "Aanw.: Jan de Vries (JdV, Zoetermeer), …" then "JdV opent".

An attendance list gives each person's abbreviation in the bracket after the name, first ("Esra
Demir (ED, Haarlemmermeer)", "Arjen van 't Hof (AvtH, VNG)"); the minutes then write only the
abbreviation ("Welkom aan ED", "Afgesproken: LG vraagt BZK …"). Each later token spelled exactly
as such an abbreviation is that person, except as a speaker's label before a colon ("ED: Haarlemmermeer
werkt met …": who speaks is no part of what is said). An abbreviation counts when its
capitals are the initials of the name's capitalised words (particles may appear in lower case:
"JdV" for Jan de Vries) and no two people share it.

Minutes shorten a hyphenated town the same way: after "Sittard-Geleen", "S-G" is that municipality; and
any text a town named after its river: after "Alphen aan den Rijn", "Alphen" is that municipality.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> from graph.extract.model import Mention
>>> text = "Aanw.: Esra Demir (ED, Ede)\\n\\nED opent."
>>> esra = Mention(7, 17, "Esra Demir", "Person", "persons.full-name", 0.9)
>>> [(m.text, m.label) for m in abbreviation_mentions(text, tokenize(text), set(), [esra])]
[('ED', 'Esra Demir')]
"""

from __future__ import annotations

import re

from .model import Mention
from .tokens import Token

__all__ = ["abbreviation_mentions", "place_abbreviations", "place_short_names"]

#: the abbreviation opening the bracket after a name: "(JdV, …", "(ED)", "(AvtH;"
_BRACKET_ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,5})\s*[,;)]")


#: after a speaker's label in minutes: "PR: …", "JdV/LG: …"
_SPEAKER_LABEL = re.compile(r"\s*(?:/\s*[A-Z][A-Za-z]{1,5}\s*)*:")


def _initials_of(label: str) -> str:
    """The capitals of a name's words, with particles in lower case: "Jan de Vries" → "JdV".

    >>> _initials_of("Arjen van 't Hof")
    'AvtH'
    """
    return "".join(w[0] for w in re.split(r"[\s-]+", label.replace("'", "")) if w)


def _defined(text: str, persons: list[Mention]) -> dict[str, Mention]:
    """Abbreviation → person, from the brackets after the names (one person per abbreviation)."""
    found: dict[str, list[Mention]] = {}
    for person in persons:
        match = _BRACKET_ABBREVIATION.match(text, person.end)
        if match is None:
            continue
        abbreviation = match.group(1)
        if sum(c.isupper() for c in abbreviation) < 2:
            continue
        capitals = "".join(c for c in _initials_of(person.label) if c.isupper())
        if abbreviation == _initials_of(person.label) or abbreviation == capitals:
            found.setdefault(abbreviation, []).append(person)
    return {a: ps[0] for a, ps in found.items() if len({p.label for p in ps}) == 1}


def abbreviation_mentions(text: str, tokens: list[Token], blocked: set[int], persons: list[Mention]) -> list[Mention]:
    """Later mentions of the people an attendance list gives abbreviations (see the module docstring)."""
    defined = _defined(text, persons)
    if not defined:
        return []
    first = {a: p.end for a, p in defined.items()}
    out = []
    for k, token in enumerate(tokens):
        person = defined.get(token.text)
        if person is None or k in blocked or token.start < first[token.text] + 2 or text[token.start - 1] == "(":
            continue  # the bracket itself defines the abbreviation
        if _SPEAKER_LABEL.match(text, token.end):
            continue  # "PR: Leiden heeft …": who speaks, no part of the sentence
        out.append(Mention(token.start, token.end, token.text, "Person", "persons.abbreviation", 0.7,
                           name=person.label))
    return out


def _hyphen_initials(name: str) -> str | None:
    """The initials of a hyphenated place name, joined as it is: "Sittard-Geleen" → "S-G"; None otherwise.

    >>> _hyphen_initials("Sittard-Geleen"), _hyphen_initials("Zwolle")
    ('S-G', None)
    """
    parts = [p for p in name.split("-") if p]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return None
    return "-".join(p[0] for p in parts)


def place_abbreviations(text: str, places: list[Mention]) -> list[Mention]:
    r"""Later mentions of a hyphenated municipality by its initials, as minutes write them:
    "Sittard-Geleen" … "S-G doet mee aan de pilot" (only after the full name, as a word of its own).

    >>> text = "Aanw.: Eva (Sittard-Geleen)\n- S-G doet mee."
    >>> place = Mention(12, 26, "Sittard-Geleen", "Municipality", "gazetteer.municipality", 1.0, key="GM1883")
    >>> [(m.text, m.key) for m in place_abbreviations(text, [place])]
    [('S-G', 'GM1883')]
    """
    found = []
    for initials, first in {(_hyphen_initials(m.text), m.start): m for m in places
                            if m.type == "Municipality"}.items():
        if initials[0] is None:
            continue
        for again in re.finditer(r"(?<![\w-])" + re.escape(initials[0]) + r"(?![\w-])", text):
            if again.start() > first.end:
                found.append(Mention(again.start(), again.end(), again.group(), first.type,
                                     "gazetteer.place-abbreviation", 0.7, key=first.key, name=first.label))
    return found


#: a town named after the water or place it lies on: "Alphen aan den Rijn", "Capelle aan den IJssel"
_RIVER_NAME = re.compile(r"(?P<head>[A-Z][a-z]{3,})\s+(?:aan|op|bij)\s+(?:de\s+|den\s+|het\s+)?[A-Z]\S+")
#: what may not stand right before a short name: a particle of a surname ("Van Alphen"), a hyphen
_NOT_BEFORE = re.compile(r"(?:\b(?:[Vv]an|[Dd]e|[Dd]en|[Tt]er|[Tt]en)\s+|-)$")


def place_short_names(text: str, places: list[Mention]) -> list[Mention]:
    r"""Later mentions of a town named after its river by the name's first word, as its own texts write
    it: "Alphen aan den Rijn" … "Sinds 2024 doet Alphen mee" (round 54d). Only after the full name, as a
    word of its own that no other place name covers ("Alphen-Chaam" is another town, "Van Alphen" a person).

    >>> text = "Alphen aan den Rijn doet mee. Ook Alphen-Chaam en mevrouw Van Alphen; Alphen is blij."
    >>> place = Mention(0, 19, "Alphen aan den Rijn", "Municipality", "gazetteer.municipality", 1.0, key="GM0484")
    >>> [(m.start, m.text, m.key) for m in place_short_names(text, [place])]
    [(70, 'Alphen', 'GM0484')]
    """
    found = []
    for first in {m.key: m for m in reversed(places) if m.type == "Municipality"}.values():
        name = _RIVER_NAME.fullmatch(first.label or first.text)
        if name is None:
            continue
        for again in re.compile(r"(?<![\w-])" + re.escape(name.group("head")) + r"(?![\w-])").finditer(text, first.end):
            if not any(m.start <= again.start() < m.end for m in places) \
                    and _NOT_BEFORE.search(text, max(0, again.start() - 5), again.start()) is None:
                found.append(Mention(again.start(), again.end(), again.group(), first.type,
                                     "gazetteer.place-short-name", 0.7, key=first.key, name=first.label))
    return found
