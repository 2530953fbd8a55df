"""A town's Taalhuis: "het Taalhuis Zaanstad", a programme named after its kind word and its town.

A Taalhuis is the local service point for adults learning to read, write and use a computer that a
library runs with its municipality (a national programme of Stichting Lezen & Schrijven); each
town's is named "Taalhuis <plaats>". The town in its name would otherwise stand alone as a mention
of the municipality (round 55d: "coördinator van het Taalhuis Zaanstad" read as "coördinator van
Zaanstad"). Capitalised only: "het taalhuis in de bibliotheek" names no programme.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Zij is coördinator van het Taalhuis Purmerend, een samenwerking van de bibliotheek."
>>> tokens = tokenize(text)
>>> [(m.text, m.rule) for m in place_services(text, tokens, {6}, set())]
[('Taalhuis Purmerend', 'programmes.place-named')]
"""

from __future__ import annotations

from .model import Mention
from .tokens import Token

__all__ = ["place_services"]

#: the kind words of a town's own service point that its town names ("Taalhuis Zaanstad")
_SERVICE_WORDS = frozenset({"Taalhuis"})


def place_services(text: str, tokens: list[Token], places: set[int], blocked: set[int]) -> list[Mention]:
    """The "Taalhuis <plaats>" programmes of ``text`` (``places``: the token indexes of place names)."""
    if "Taalhuis" not in text:
        return []
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.text not in _SERVICE_WORDS or i in blocked or i + 1 not in places \
                or tokens[i + 1].start != token.end + 1:
            continue
        place = i + 1
        while place + 1 < len(tokens) and place + 1 in places and tokens[place + 1].start == tokens[place].end + 1:
            place += 1  # a place of more than one token: "Taalhuis Alphen aan den Rijn"
        end = tokens[place].end
        found.append(Mention(token.start, end, text[token.start:end], "Programme", "programmes.place-named", 0.8,
                             name=text[token.start:end], kind="project"))
    return found
