"""A surname of two parts whose second has a particle: "José Ramírez van Loon", "Ana Silva de Vries".

A given name, a surname, then a particle and a second surname that end the line, list item or table
cell ("a. drs. José Ramírez van Loon;", "| Ana Silva de Vries |") is one name: in such a place nothing
follows the name, so "van Loon" is no "from Loon" of a clause going on. A place or body the gazetteer
knows after the particle ("Eva Kok van Zwolle;") stays outside the name.

>>> from .tokens import tokenize
>>> t = tokenize("a. drs. José Ramírez van Loon;\\nb. Eva Kok van Zwolle;")
>>> [t[k].text for k in range(4, second_surname_end("a. drs. José Ramírez van Loon;\\nb. Eva Kok van Zwolle;", t, 6, set()))]
['José', 'Ramírez', 'van', 'Loon']
>>> second_surname_end("Dat zei José Ramírez van de gemeente.", tokenize("Dat zei José Ramírez van de gemeente."), 4, set())
4
"""

from __future__ import annotations

import re

from .name_words import is_name_word
from .person_surnames import _kind_word, _particles
from .tokens import Token

__all__ = ["second_surname_end"]

#: what may follow a whole name in a line, item or cell of its own
_CLOSES = re.compile(r"[ \t]*(?:[;|]|\.?[ \t]*(?:\n|$)|$)")


def second_surname_end(text: str, tokens: list[Token], end: int, blocked: set[int]) -> int:
    """The end of the name that ends at token ``end`` once a particle and second surname are added, when
    they close its line, item or cell; ``end`` otherwise."""
    count = _particles(tokens, end, capital_ok=False)
    last = end + count
    if not count or last >= len(tokens) or any(k in blocked for k in range(end, last + 1)):
        return end
    word = tokens[last]
    if not is_name_word(word) or _kind_word(word.text) or "\n" in text[tokens[end - 1].end:word.start]:
        return end
    return last + 1 if _CLOSES.match(text, word.end) else end
