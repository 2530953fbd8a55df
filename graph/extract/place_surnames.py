"""A municipality's name used as a surname: "Ilse van Dongen", "Jan van Delft", "Bart Heemskerk",
"wethouder Heemskerk": a person's name, not the town.

Examples
--------
>>> surname_like("wethouder Bart Heemskerk (Gouda)", Mention(15, 24, "Heemskerk", "Municipality", "t", 1.0))
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .model import Mention

__all__ = ["surname_like"]

_AFTER_FIRST_NAME = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)\s+(?:(?:van\s+der|van\s+den|van\s+de|van|de|den|ter|ten)\s+)?$")


def surname_like(text: str, mention: Mention) -> bool:
    """A municipality name used as a surname, after a given name: "Ilse van Dongen", "Jan van Delft",
    "Bart Heemskerk".

    >>> surname_like("wethouder Bart Heemskerk (Gouda)", Mention(15, 24, "Heemskerk", "Municipality", "t", 1.0))
    True
    >>> surname_like("in Heemskerk en Gouda", Mention(3, 12, "Heemskerk", "Municipality", "t", 1.0))
    False
    >>> surname_like("A. van Rijswijk-Demirci, voorzitter", Mention(7, 15, "Rijswijk", "Municipality", "t", 1.0))
    True
    >>> surname_like("Sinds mei B. in Rijswijk.", Mention(16, 24, "Rijswijk", "Municipality", "t", 1.0))
    False
    """
    if mention.type != "Municipality":
        return False
    match = _AFTER_FIRST_NAME.search(text, max(0, mention.start - 40), mention.start)
    return bool(match) and match.group(1) in load_lexicon().first_names or _surname_again(text, mention) \
        or _titled_surname(text, mention) or _titled_van_surname(text, mention) \
        or _AFTER_INITIALS.search(text, max(0, mention.start - 40), mention.start) is not None


#: initials (and a given name in brackets) before the name, a particle between: "A. van Rijswijk-Demirci",
#: "J.W. (Jan) Heemskerk", "mr. M. van Dongen": a surname, never the town (round 43b)
_AFTER_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,4}\s*(?:\([A-ZÀ-Ý][a-zà-ÿ-]+\)\s*)?"
                             r"(?:(?:van\s+der|van\s+den|van\s+de|van|de|den|ter|ten)\s+)?$")


#: a title or office right before a name: "Wethouder Heemskerk", "burgemeester Weert", "mevrouw Ede"; or the verb
#: that gives a quote its speaker: "…," aldus Zandvoort', "zegt Zandvoort", "volgens Zandvoort" (walkthrough 29,
#: finding 11)
_TITLE_BEFORE = re.compile(r"\b(?:[Ww]ethouder|[Bb]urgemeester|[Gg]edeputeerde|[Mm]evrouw|[Mm]evr\.|[Dd]e\s+heer|"
                           r"[Dd]hr\.|[Mm]inister|[Ss]taatssecretaris|[Rr]aadslid|[Vv]oorzitter|"
                           r"aldus|zegt|zei|vertelt|vertelde|stelt|stelde|benadrukt|benadrukte|volgens)\s+$")


def _titled_surname(text: str, mention: Mention) -> bool:
    """A municipality right after a title ("Wethouder Heemskerk nam het over") that the document also
    writes after a given name ("Joris Heemskerk"): the person's surname, no place.

    >>> text = "Joris Heemskerk is voorzitter. Wethouder Heemskerk opende."
    >>> _titled_surname(text, Mention(41, 50, "Heemskerk", "Municipality", "t", 1.0))
    True
    >>> _titled_surname("De wethouder van Heemskerk opende.", Mention(17, 26, "Heemskerk", "Municipality", "t", 1.0))
    False
    >>> text = 'Directeur Hendrik Zandvoort tekende. "Graag," aldus Zandvoort.'
    >>> _titled_surname(text, Mention(52, 61, "Zandvoort", "Municipality", "t", 1.0))
    True
    >>> _titled_surname('Het strand is druk, aldus Zandvoort.', Mention(26, 35, "Zandvoort", "Municipality", "t", 1.0))
    False
    """
    if not _TITLE_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return False
    pattern = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+" + re.escape(mention.text) + r"\b")
    first_names = load_lexicon().first_names
    return any(m.group(1).split("-")[0] in first_names for m in pattern.finditer(text))


#: a capitalised particle before a name: "Van Dongen / Hoeks", "De Wit"
_PARTICLE_BEFORE = re.compile(r"\b(Van(?:\s+de[nr]?)?|De|Ter|Ten)\s+$")


def _surname_again(text: str, mention: Mention) -> bool:
    """A municipality after a capitalised particle ("Van Dongen / Hoeks") that the document also
    writes after a given name ("Petra van Dongen"): the person's surname again, no place.

    >>> text = "Petra van Dongen opent. Actie: Van Dongen."
    >>> _surname_again(text, Mention(35, 41, "Dongen", "Municipality", "t", 1.0))
    True
    """
    particle = _PARTICLE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if particle is None:
        return False
    pattern = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+)\s+" + re.escape(particle.group(1).lower()) + r"\s+"
                         + re.escape(mention.text) + r"\b")
    first_names = load_lexicon().first_names
    return any(m.group(1) in first_names for m in pattern.finditer(text))



_TITLES = (r"(?:[Ww]ethouder|[Bb]urgemeester|[Gg]edeputeerde|[Mm]evrouw|[Mm]evr\.|[Hh]eer|[Dd]hr\.|[Mm]inister|"
           r"[Ss]taatssecretaris|[Rr]aadslid|[Kk]amerlid|[Ll]id)")
#: a title, then a capitalised "Van" before the name: "de heer Van Rijswijk", "mevrouw Van Dongen"
_TITLE_VAN = re.compile(r"\b" + _TITLES + r"\s+(Van(?:\s+de[nr]?)?)\s+$")
#: the same, with the name: what a document writes after a title
_TITLED_VAN_NAME = re.compile(r"\b" + _TITLES + r"\s+(Van(?:\s+de[nr]?)?)\s+([A-ZÀ-Ý][\w'-]+)")
#: a capitalised "Van" inside a sentence (after a comma, "en" or a word), before the name
_VAN_INSIDE = re.compile(r"(?:,|\ben|[a-zà-ÿ])\s+(Van(?:\s+de[nr]?)?)\s+$")


@lru_cache(maxsize=4)
def _titled_van_names(text: str) -> frozenset[tuple[str, str]]:
    """The (particle, name) pairs ``text`` writes after a title: {("Van", "Rijswijk")} for "de heer Van Rijswijk"."""
    return frozenset((" ".join(m.group(1).split()), m.group(2)) for m in _TITLED_VAN_NAME.finditer(text))


def _titled_van_surname(text: str, mention: Mention) -> bool:
    """A municipality after a capitalised "Van" that a title opens ("De heer Van Rijswijk", "mevrouw
    Van Dongen"), or after one inside a sentence ("Bouzidi, Van Rijswijk en Zeilstra") when the document
    writes the same name after a title too: Dutch capitalises the particle of a surname written without
    a given name, and "the mayor of Rijswijk" is "burgemeester van Rijswijk", in lower case.

    >>> text = "Aanwezig: Bouzidi, Van Rijswijk en Zeilstra. De heer Van Rijswijk (VVD) vraagt het woord."
    >>> [_titled_van_surname(text, Mention(s, s + 8, "Rijswijk", "Municipality", "t", 1.0)) for s in (23, 57)]
    [True, True]
    >>> _titled_van_surname("De burgemeester van Rijswijk opende.", Mention(20, 28, "Rijswijk", "Municipality", "t", 1.0))
    False
    >>> _titled_van_surname("Fietsen, Van Rijswijk naar Delft.", Mention(13, 21, "Rijswijk", "Municipality", "t", 1.0))
    False
    """
    window = max(0, mention.start - 40)
    if _TITLE_VAN.search(text, window, mention.start):
        return True
    inside = _VAN_INSIDE.search(text, window, mention.start)
    return inside is not None and (" ".join(inside.group(1).split()), mention.text) in _titled_van_names(text)
