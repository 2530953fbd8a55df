"""A programme's name that ends in a place and a year: "het project Binnenstad Assen 2030", "het programma
Centrum Emmen 2030".

A place inside a capitalised name cuts the name where a gazetteer found it ("het project Centrum Emmen"
names "Centrum", the town being where it runs); a year right after the place closes the name as a target
year does ("Circulair Bouwen 2030"), so the place belongs to the name (round 55d). The name opens with a
word of its own, not with the place ("het project Emmen 2030" stays a place and a year).
"""

from __future__ import annotations

import re

from .phrases import is_cap
from .tokens import Token

__all__ = ["place_and_year_end"]

_YEAR = re.compile(r"(?:19|20)\d\d")


def place_and_year_end(tokens: list[Token], span: tuple[int, int] | None, places: set[int]) -> int | None:
    """The end (a token index) of the name ``span`` begins when a place ends it and a year follows the place
    on the same line, else None.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("het project Centrum Emmen 2030. Dit")
    >>> place_and_year_end(t, (2, 4), {3}), place_and_year_end(t, (3, 4), {3}), place_and_year_end(t, (2, 4), set())
    (5, None, None)
    """
    if not span or span[1] >= len(tokens) or span[1] - span[0] < 2:
        return None
    first, last, after = tokens[span[0]], span[1] - 1, tokens[span[1]]
    if span[0] in places or last not in places or not is_cap(first) or not _YEAR.fullmatch(after.text) \
            or after.start != tokens[last].end + 1:
        return None
    return span[1] + 1
