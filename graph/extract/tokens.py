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
    than building a match object per token (extraction tokenizes every document once).
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
    so after the first documents nearly every token is answered by one dictionary look-up
    (memory is bounded by clearing).
    """

    LIMIT = 200_000  # distinct words remembered before starting afresh

    def __init__(self, test: Callable[[str], bool]):
        self._test = test
        self._known: dict[str, bool] = {}

    def indexes(self, tokens: list[Token]) -> list[int]:
        """Indexes of the tokens whose text passes the test, in order.

        >>> word_test({"thema"}, ("impuls",)).indexes(tokenize("De Woningbouwimpuls en het thema"))
        [1, 4]
        """
        known, learn = self._known, self._learn
        # a known word is answered by the look-up; an unknown one (None) is tested and remembered
        return [i for i, t in enumerate(tokens) if (hit := known.get(t.text)) or (hit is None and learn(t.text))]

    def _learn(self, word: str) -> bool:
        if len(self._known) >= self.LIMIT:
            self._known.clear()
        answer = self._known[word] = bool(self._test(word))
        return answer


def word_test(words=frozenset(), endings: tuple[str, ...] = ()) -> WordTest:
    """The test "the lower-case word is one of ``words`` or ends with one of ``endings``"."""
    def test(word: str) -> bool:
        low = word.lower()
        return low in words or low.endswith(endings)
    return WordTest(test)


#: where a name can start: a capital or a digit ("Anna", "G40", "3D Makers"); a cheap first
#: filter, the matchers still apply their own test to the word
NAME_START = WordTest(lambda word: word[:1].isupper() or word[:1].isdigit())
