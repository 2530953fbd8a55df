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
from typing import Callable, NamedTuple

__all__ = ["Token", "tokenize", "TOKEN", "WordTest", "word_test", "NAME_START"]

TOKEN = re.compile(r"[’']s-|\w+|[^\w\s]")


class Token(NamedTuple):
    start: int
    end: int
    text: str


_new_token = tuple.__new__  # Token(...) without the Python-level NamedTuple constructor


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Every character is either whitespace or part of a token (``\\w+`` runs are maximal, any other
    non-space character is a token), so only whitespace lies between two tokens: the offset of
    each token is where its text next occurs. ``findall`` + ``str.find`` is about a third faster
    as building a match object per token (extraction tokenizes every document once).
    """
    end = len(text) if end is None else end
    curly = "’" in text
    tokens = []
    find = text.find
    position = start
    for word in TOKEN.findall(text, start, end):
        position = find(word, position)
        token_end = position + len(word)
        tokens.append(_new_token(Token, (position, token_end, word.replace("’", "'") if curly else word)))
        position = token_end
    return tokens


def key_of(name: str) -> tuple[str, ...]:
    """The token tuple of a name, as used for dictionary look-up."""
    return tuple(t.text for t in tokenize(name))


class WordTest:
    """A test of single words (``test(word) -> bool``) that remembers its answers.

    :meth:`indexes` gives the tokens that pass: the matchers walk only these candidates instead
    of running their own loop body for every token. Documents use a few thousand distinct words,
    so after the first documents nearly every token is answered by one set look-up (a set
    difference finds the words not seen before; memory is bounded by clearing).
    """

    LIMIT = 200_000  # distinct words remembered before starting afresh

    def __init__(self, test: Callable[[str], bool]):
        self._test = test
        self._seen: set[str] = set()
        self._passed: set[str] = set()

    def indexes(self, tokens: list[Token]) -> list[int]:
        """Indexes of the tokens whose text passes the test, in order.

        >>> word_test({"thema"}, ("impuls",)).indexes(tokenize("De Woningbouwimpuls en het thema"))
        [1, 4]
        """
        new = {t.text for t in tokens} - self._seen
        if new:
            if len(self._seen) > self.LIMIT:
                self._seen.clear()
                self._passed.clear()
            self._seen |= new
            self._passed.update(word for word in new if self._test(word))
        passed = self._passed
        return [i for i, t in enumerate(tokens) if t.text in passed]


def word_test(words=frozenset(), endings: tuple[str, ...] = ()) -> WordTest:
    """The test "the lower-case word is one of ``words`` or ends with one of ``endings``"."""
    def test(word: str) -> bool:
        low = word.lower()
        return low in words or low.endswith(endings)
    return WordTest(test)


#: where a name can start: a capital or a digit ("Anna", "G40", "3D Makers"); a cheap first
#: filter, the matchers still apply their own test to the word
NAME_START = WordTest(lambda word: word[:1].isupper() or word[:1].isdigit())
