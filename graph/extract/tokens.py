"""Word tokens with offsets, shared by the matchers.

``'s-`` (as in 's-Hertogenbosch) is one token; punctuation marks are tokens of their own, so
"Sittard-Geleen" is three tokens and "I&W" three. Linear time.

Examples
--------
>>> [t.text for t in tokenize("'s-Hertogenbosch en I&W")]
["'s-", 'Hertogenbosch', 'en', 'I', '&', 'W']
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize", "TOKEN"]

TOKEN = re.compile(r"[’']s-|\w+|[^\w\s]")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    if "’" in text:
        return [Token(m.start(), m.end(), m.group(0).replace("’", "'")) for m in TOKEN.finditer(text, start, end)]
    return [Token(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, start, end)]


def key_of(name: str) -> tuple[str, ...]:
    """The token tuple of a name, as used for dictionary look-up."""
    return tuple(t.text for t in tokenize(name))
