"""A municipality's name used as a surname: "Ilse van Dongen", "Jan van Delft", "Bart Heemskerk",
"wethouder Heemskerk": a person's name, not the town.

Examples
--------
>>> surname_like("wethouder Bart Heemskerk (Gouda)", Mention(15, 24, "Heemskerk", "Municipality", "t", 1.0))
True
"""

from __future__ import annotations

import re

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
    """
    if mention.type != "Municipality":
        return False
    match = _AFTER_FIRST_NAME.search(text, max(0, mention.start - 40), mention.start)
    return bool(match) and match.group(1) in load_lexicon().first_names or _surname_again(text, mention) \
        or _titled_surname(text, mention)


#: a title or office right before a name: "Wethouder Heemskerk", "burgemeester Weert", "mevrouw Ede"
_TITLE_BEFORE = re.compile(r"\b(?:[Ww]ethouder|[Bb]urgemeester|[Gg]edeputeerde|[Mm]evrouw|[Mm]evr\.|[Dd]e\s+heer|"
                           r"[Dd]hr\.|[Mm]inister|[Ss]taatssecretaris|[Rr]aadslid|[Vv]oorzitter)\s+$")


def _titled_surname(text: str, mention: Mention) -> bool:
    """A municipality right after a title ("Wethouder Heemskerk nam het over") that the document also
    writes after a given name ("Joris Heemskerk"): the person's surname, no place.

    >>> text = "Joris Heemskerk is voorzitter. Wethouder Heemskerk opende."
    >>> _titled_surname(text, Mention(41, 50, "Heemskerk", "Municipality", "t", 1.0))
    True
    >>> _titled_surname("De wethouder van Heemskerk opende.", Mention(17, 26, "Heemskerk", "Municipality", "t", 1.0))
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
