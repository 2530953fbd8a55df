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
from itertools import accumulate, repeat
from typing import Callable, NamedTuple

__all__ = ["Token", "tokenize", "TOKEN", "WordTest", "word_test", "marked_tokens", "NAME_START"]

TOKEN = re.compile(r"[’']s-|\w+|[^\w\s]")


class Token(NamedTuple):
    start: int
    end: int
    text: str


#: the token pattern as a group: ``split`` then gives the text between tokens and the tokens, in turn
_SPLIT = re.compile(f"({TOKEN.pattern})")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    ``split`` cuts the text into gap, token, gap, token, …, gap; the running sum of their
    lengths gives every offset. All of it runs in C, which matters: extraction tokenizes every
    document, and a loop in Python took about a tenth of its time.
    """
    end = len(text) if end is None else end
    parts = _SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    if "’" in text:
        words = [word.replace("’", "'") for word in words]
    # tuple.__new__: Token(...) without the Python-level NamedTuple constructor
    return list(map(tuple.__new__, repeat(Token), zip(offsets[1::2], offsets[2::2], words)))


def key_of(name: str) -> tuple[str, ...]:
    """The token tuple of a name, as used for dictionary look-up."""
    return tuple(t.text for t in tokenize(name))


class WordTest:
    """A test of single words (``test(word) -> bool``) whose answers are remembered.

    :meth:`indexes` gives the tokens that pass: the matchers walk only these candidates instead
    of running their own loop body for every token. Every word test joins one registry (make
    them once, at import or behind a cache): the first test asked about a document's tokens
    marks them for all the tests in one pass (:func:`marked_tokens`), and each test then picks
    its own from the few marked tokens. Documents use a few thousand distinct words, so after
    the first documents nearly every token is answered by one dictionary look-up.
    """

    def __init__(self, test: Callable[[str], bool]):
        self.test = test
        self.bit = _REGISTRY.add(self)

    def indexes(self, tokens: list[Token]) -> list[int]:
        """Indexes of the tokens whose text passes the test, in order.

        >>> word_test({"thema"}, ("impuls",)).indexes(tokenize("De Woningbouwimpuls en het thema"))
        [1, 4]
        """
        bit = self.bit
        return [index for index, bits in marked_tokens(tokens) if bits & bit]


class _Registry:
    """All word tests, and each word's answers to them as one integer (bit k: test k passes).

    Adding a test starts a new generation (a new tuple of tests and an empty table of answers,
    swapped in as one object), so an answer is never stored under tests it was not asked of.
    """

    LIMIT = 200_000  # distinct words remembered before starting afresh

    def __init__(self):
        self.generation: tuple[tuple[WordTest, ...], dict[str, int]] = ((), {})
        self.last: tuple[list[Token], list[tuple[int, int]]] = ([], [])

    def add(self, test: WordTest) -> int:
        tests = self.generation[0] + (test,)
        self.generation = (tests, {})
        self.last = ([], [])
        return 1 << (len(tests) - 1)

    def mark(self, tokens: list[Token]) -> list[tuple[int, int]]:
        last_tokens, marked = self.last
        if last_tokens is tokens:
            return marked
        tests, answers = self.generation
        if len(answers) >= self.LIMIT:
            answers.clear()

        def learn(word: str) -> int:
            bits = answers[word] = sum(test.bit for test in tests if test.test(word))
            return bits

        known = answers.get
        marked = [(index, bits) for index, token in enumerate(tokens)
                  if (bits := known(token.text)) or (bits is None and (bits := learn(token.text)))]
        self.last = (tokens, marked)
        return marked


_REGISTRY = _Registry()


def marked_tokens(tokens: list[Token]) -> list[tuple[int, int]]:
    """``(index, bits)`` of the tokens that pass at least one word test (bit k: test k passes).

    The answer for the last token list asked about is kept with the list itself (recognised by
    identity): the matchers of one document all ask about the same tokens.
    """
    return _REGISTRY.mark(tokens)


def word_test(words=frozenset(), endings: tuple[str, ...] = ()) -> WordTest:
    """The test "the lower-case word is one of ``words`` or ends with one of ``endings``"."""
    def test(word: str) -> bool:
        low = word.lower()
        return low in words or low.endswith(endings)
    return WordTest(test)


#: where a name can start: a capital or a digit ("Anna", "G40", "3D Makers"); a cheap first
#: filter, the matchers still apply their own test to the word
NAME_START = WordTest(lambda word: word[:1].isupper() or word[:1].isdigit())
