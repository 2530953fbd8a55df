"""Cue words: a cheap test that a pattern cannot match in a sentence, before running it.

Most relation cues are case-insensitive alternations that start with ``\\b``; the regular
expression engine then tries them at every position of every sentence, and most sentences hold
none of them. Every match of such a pattern contains one of a few literal words (each match of
"samen met | overleg met" contains "samen" or "overleg"). :func:`required_word_sets` reads these
words off the parsed pattern itself, so they cannot fall out of step with it: one set per required
part ("samen", then "met"), :func:`required_words` the most telling set. :class:`CueText` looks up
the most telling set and the sets of a few words (:func:`telling_word_sets`) in the sentence's
lower-case text with ``in``, much faster than a scan by the pattern. A sentence that lacks every
word of one of them is skipped; any other is scanned by the pattern as before, so what is found
does not change. :func:`may_occur` asks the same of a whole text, with every set.

Examples
--------
>>> import re
>>> sorted(required_words(re.compile(r"\\b(?:samen\\s+met|overleg\\s+met|together\\s+with)\\s", re.I)))
['overleg', 'samen', 'together']
>>> required_words(re.compile(r"\\b\\w+\\b")) is None
True
>>> [sorted(words) for words in required_word_sets(re.compile(r"\\b(?:doet|werkt)\\s+(?:samen\\s+met)\\s", re.I))]
[['doet', 'werkt'], ['samen'], ['met']]
>>> text = CueText("Samen MET de G40. Daarna niets.")
>>> cue = re.compile(r"\\bsamen\\s+met\\s", re.I)
>>> text.may_match(cue, 0, 17), text.may_match(cue, 18, 31)
(True, False)
"""

from __future__ import annotations

import re
from typing import Iterator

try:  # the parser behind re.compile (a private module; without it nothing is skipped)
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_constants as _sre
    import sre_parse as _sre_parse

__all__ = ["required_words", "required_word_sets", "telling_word_sets", "may_occur", "holds_none", "CueText",
           "search_text", "finditer_text"]

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}
#: characters that a case-insensitive pattern matches to an ASCII letter although their lower
#: case is no ASCII letter ("ſ" ~ "s", "ı" and "İ" ~ "i"): a text with one of them is not filtered
_UNFOLDED = ("ſ", "ı", "İ")


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case words one of which every match of ``pattern`` contains (None: no such words).

    Only ASCII literals count; each alternative of an alternation must give its own words.
    Read once per pattern: the answers are kept by the pattern's identity (hashing a compiled
    pattern hashes its code, on every look-up), with the pattern itself.
    """
    known = _REQUIRED.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _REQUIRED[id(pattern)] = (pattern, _read_words(pattern))
    return known[1]


_REQUIRED: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def required_word_sets(pattern: re.Pattern) -> tuple[frozenset[str], ...] | None:
    """Every word set of which each match of ``pattern`` contains a word, one set per required
    item of the pattern's top-level sequence (None: no such set). :func:`required_words` is the
    most telling of them; a sentence must hold a word of each to match.
    """
    known = _REQUIRED_SETS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _REQUIRED_SETS[id(pattern)] = (pattern, _read_word_sets(pattern))
    return known[1]


_REQUIRED_SETS: dict[int, tuple[re.Pattern, tuple[frozenset[str], ...] | None]] = {}


def _read_words(pattern: re.Pattern) -> frozenset[str] | None:
    sets = _read_word_sets(pattern)
    return _best(sets) if sets else None


def _read_word_sets(pattern: re.Pattern) -> tuple[frozenset[str], ...] | None:
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this reading does not know: never skipped
        return None
    sets = _required_sets(list(parsed), nested=True)
    return tuple(frozenset(word.lower() for word in words) for words in sets) or None


def _best(sets):
    """The longest shortest word finds the fewest sentences; then the fewest words."""
    return max(sets, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sequence_words(items: list) -> set[str] | None:
    """The best word set of a sequence of parsed items: any one required item's set will do."""
    return _best(_required_sets(items))


def _required_sets(items: list, nested: bool = False) -> list[set[str]]:
    """The word sets of the required items of a sequence of parsed items (each is required);
    ``nested``: also those of a required group's own sequence, instead of its best set."""
    found: list[set[str]] = []
    run = ""  # consecutive ASCII literals
    for op, argument in items:
        if op is _sre.LITERAL and argument < 128:
            run += chr(argument)
            continue
        if run:
            # a run right before a branch goes on in each alternative's own first letters: "k" then "omt|wam"
            # (the parser's reading of "komt|kwam") holds "komt" or "kwam", a set that finds fewer sentences
            found.append({run + _leading_literal(branch) for branch in argument[1]} if op is _sre.BRANCH
                         else {run + chr(letter) for _, letter in argument} if _literal_set(op, argument) else {run})
            run = ""
        if nested and op is _sre.SUBPATTERN:
            found += _required_sets(list(argument[-1]), nested=True)
            continue
        words = _item_words(op, argument)
        if words:
            found.append(words)
            if nested and op is _sre.BRANCH:
                others = _runners_up(argument[1])
                if others and others != words:
                    found.append(others)
    if run:
        found.append({run})
    return found


def _runners_up(branches) -> set[str] | None:
    """A second word set of an alternation: each alternative's next most telling set (its only one where
    it has one). A match is one alternative's, which holds a word of each of its own sets: "(?:doen|werkt)
    … mee|deelneemt" holds "mee" or "deelneemt", where the first set ("doen", "werkt", "deelneemt")
    finds every sentence with "werkt samen"."""
    found: set[str] = set()
    for branch in branches:
        sets = _required_sets(list(branch))
        best = _best(sets)
        if best is None:
            return None
        rest = [words for words in sets if words is not best]
        found |= _best(rest) if rest else best
    return found


def _leading_literal(items) -> str:
    """The ASCII literals a sequence of parsed items opens with ("" when it opens otherwise)."""
    run = ""
    for op, argument in items:
        if op is not _sre.LITERAL or argument >= 128:
            break
        run += chr(argument)
    return run


def _literal_set(op, argument) -> bool:
    """Whether a parsed item is a set of ASCII letters alone ("t|n" read as ``[tn]``)."""
    return op is _sre.IN and all(kind is _sre.LITERAL and letter < 128 for kind, letter in argument)


def _item_words(op, argument) -> set[str] | None:
    if op is _sre.SUBPATTERN:
        return _sequence_words(list(argument[-1]))
    if op is _sre.BRANCH:
        branches = [_sequence_words(list(branch)) for branch in argument[1]]
        return None if any(not words for words in branches) else set().union(*branches)
    if op in _REPEATS and argument[0] >= 1:
        return _sequence_words(list(argument[2]))
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence_words(list(argument))
    return None


def may_occur(pattern: re.Pattern, text: str) -> bool:
    """False only when no match of ``pattern`` can lie anywhere in ``text``: it lacks every word of
    one of the pattern's :func:`required_word_sets` (all of them looked up: asked once a document).

    >>> may_occur(re.compile(r"\\b(?:twee|drie)\\s+(?:steden|gemeenten)\\b", re.I), "De drie Steden.")
    True
    >>> may_occur(re.compile(r"\\b(?:twee|drie)\\s+(?:steden|gemeenten)\\b", re.I), "De steden en gemeenten.")
    False
    """
    sets = required_word_sets(pattern)
    if sets is None or any(c in text for c in _UNFOLDED):
        return True
    lower = text.lower()
    return all(any(word in lower for word in words) for words in sets)


def holds_none(text: str, words) -> bool:
    """Whether ``text`` holds none of ``words`` (lower case) in any case, as a case-insensitive
    pattern reads it (False when unsure: a character that folds to an ASCII letter). For a rule
    whose matches all hold one of a few literal words that :func:`required_word_sets` cannot read
    (a compound of two alternations: "pijler|themagroep" then "vergadering|overleg").

    >>> holds_none("De PIJLERVERGADERING Wonen", ["pijlervergadering"]), holds_none("De pijler", ["pijlervergadering"])
    (False, True)
    """
    if any(c in text for c in _UNFOLDED):
        return False
    lower = text.lower()
    return not any(word in lower for word in words)


def telling_word_sets(pattern: re.Pattern) -> tuple[tuple[str, ...], ...] | None:
    """The :func:`required_word_sets` that :class:`CueText` looks up: the most telling one and
    those of a few words (None: no test). Read once per pattern, as :func:`required_words`.

    >>> telling_word_sets(re.compile(r"\\bsamen\\s+met\\s+(?:de|het|een|ons|onze)\\s", re.I))
    (('samen',), ('met',))
    """
    known = _TELLING.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _TELLING[id(pattern)] = (pattern, _telling_sets(pattern))
    return known[1]


_TELLING: dict[int, tuple[re.Pattern, tuple[tuple[str, ...], ...] | None]] = {}


def _telling_sets(pattern: re.Pattern) -> tuple[tuple[str, ...], ...] | None:
    sets = required_word_sets(pattern)
    if sets is None:
        return None
    best = _best(sets)
    second = _best([words for words in sets if words is not best])
    return tuple(tuple(sorted(words)) for words in [best] + [words for words in sets if words is not best
                                                           and (len(words) <= _FEW_WORDS or words is second)])


#: besides the most telling word set, the sets of at most this many words are looked up in a span
#: (each word costs a look-up; a pattern's alternation can have hundreds)
_FEW_WORDS = 3


class CueText:
    """A document's text in lower case, to ask whether a pattern may match in a span of it.

    The span must hold a word of each of the pattern's :func:`telling_word_sets`. The rules ask
    about one sentence after another, so the lower-case text of the last span asked about is
    kept for the next question.

    >>> text = CueText("De G40 werkt samen met EZK. Zij werkt met BZK.")
    >>> cue = re.compile(r"\\bwerkt\\s+samen\\s+met\\s", re.I)
    >>> text.may_match(cue, 0, 27), text.may_match(cue, 28, 46)
    (True, False)
    """

    def __init__(self, text: str):
        usable = not any(c in text for c in _UNFOLDED)
        self._lower = text.lower() if usable else None
        self._span: tuple[int, int, str] = (0, 0, "")

    def may_match(self, pattern: re.Pattern, start: int, end: int) -> bool:
        """False only when no match of ``pattern`` can lie inside ``text[start:end]``."""
        known = _TELLING.get(id(pattern))  # telling_word_sets, without a call: asked ~250 times a document
        sets = known[1] if known is not None and known[0] is pattern else telling_word_sets(pattern)
        if sets is None or self._lower is None:
            return True
        span_start, span_end, lower = self._span
        if span_start != start or span_end != end:
            lower = self._lower[start:end]
            self._span = (start, end, lower)
        for words in sets:
            for word in words:
                if word in lower:
                    break
            else:
                return False
        return True


def search_text(pattern: re.Pattern, text: str) -> re.Match | None:
    r"""``pattern.search(text)``; None without the scan when ``text`` lacks a word of one of the pattern's
    :func:`telling_word_sets` (a rule's test of a whole document for its heading: "Organogram", "Kernteam").
    A case-insensitive pattern that opens with optional characters (``[ \t#]*``) has no literal start
    for ``re`` to look for: it tries a match at each offset of the text (0.1–0.4 ms a 2-KB document).

    >>> heading = re.compile(r"[ \t#]*(?:het\s+)?(?:kern|project)?team[ \t]*:?[ \t]*", re.IGNORECASE)
    >>> search_text(heading, "Intro\n\nKERNTEAM\nEva Smit").group().strip(), search_text(heading, "De stuurgroep")
    ('KERNTEAM', None)
    """
    if not CueText(text).may_match(pattern, 0, len(text)):
        return None
    return pattern.search(text)



def finditer_text(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    r"""``pattern.finditer(text)``; nothing, without the scan, when ``text`` lacks a word of one of the pattern's
    :func:`telling_word_sets`, as :func:`search_text`: a rule that reads the whole document for a name few documents
    hold ("Gemeenschappelijke Regeling X", "auditcommissie", "Betreft:"), 0.02-0.03 ms a 2-KB document without it.

    >>> committee = re.compile(r"(?<![\w-])(?:auditcommissie|rekenkamercommissie)\b", re.IGNORECASE)
    >>> [m.group() for m in finditer_text(committee, "De Auditcommissie vergaderde.")]
    ['Auditcommissie']
    >>> list(finditer_text(committee, "De raad"))
    []
    """
    if not CueText(text).may_match(pattern, 0, len(text)):
        return iter(())
    return pattern.finditer(text)
