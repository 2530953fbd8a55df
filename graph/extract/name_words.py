"""The words names are made of: a capitalised name word, and the particles of Dutch surnames
("van", "van der", "ter", "van 't" …), shared by the readers of persons and their later mentions.

Examples
--------
>>> is_name_text("Dekker"), is_name_text("De"), is_name_text("dekker"), is_name_text("IJzerman"), is_name_text("IJZER")
(True, False, False, True, False)
>>> ('van', 'der') in particle_index()["van"]
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .phrases import STOP
from .tokens import Token, tokenize

__all__ = ["is_name_word", "is_name_text", "particle_index", "particle_words"]

#: a capitalised name word; Latin Extended-A letters occur in names of every origin: "Aydın", "Şahin",
#: "Łukasz Wałęsa", "Øberg" (an upper-case first letter of that range is checked by :func:`is_name_text`); a Dutch
#: name that opens with the digraph "IJ" capitalises both its letters: "IJzerman", "IJsselmuiden" (round 58r)
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Ý\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'’]+$|^[A-ZÀ-Ý]'[A-Z][a-z]+$|^IJ[a-zß-öø-ÿ'’]+$")


def is_name_word(token: Token) -> bool:
    return is_name_text(token.text)


@lru_cache(maxsize=1 << 16)
def is_name_text(word: str) -> bool:
    """A capitalised word that is no stop word (remembered: names are tested again and again).

    >>> is_name_text("Łukasz"), is_name_text("Şahin"), is_name_text("ługa")
    (True, True, False)
    """
    return bool(NAME_WORD.match(word)) and word[0].isupper() and word.lower() not in STOP


@lru_cache(maxsize=1)
def particle_index() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First token of a particle → the particles starting with it (as tokens: "van 't" is "van",
    "'", "t"), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for particle in load_lexicon().particles:
        words = tuple(token.text.lower() for token in tokenize(particle))
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@lru_cache(maxsize=1)
def particle_words() -> frozenset[str]:
    """The words of the surname particles ("van", "den", "ter", "oude" …), in lower case.

    >>> {"van", "den", "ter"} <= particle_words()
    True
    """
    return frozenset(word for particle in load_lexicon().particles for word in particle.split())
