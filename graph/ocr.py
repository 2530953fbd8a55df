r"""The text of a scanned page read by OCR, with the letters OCR confuses read back as a reader does.

OCR of a letter's scan reads an ``m`` as ``rn`` ("gerneente", "sarnen", "Lirnburg") and an ``l``
as ``1`` ("dea1"). A reader sees through it; the extraction does not: "werkt sarnen met" is no
collaboration and "Lirnburg" no province. :func:`repaired_ocr` reads such a text back, but only a
text that shows the confusion for certain — at least :data:`MIN_SIGNS` words beginning with ``rn``
and a vowel, which no Dutch word does ("rnaart", "rninisterie") — and only where a word becomes a
known one. Dutch writes ``rn`` itself at many a joint ("ondernemers", "vernieuwing", "leernetwerk",
"Arnhem"), so a word is read back only when the reading with ``m`` is a word the text itself spells
elsewhere, a word of :data:`WORD_LISTS` (municipalities, provinces, role words, Dutch words the
extraction reads: "samen", "namens", "deel"), or such a word with an inflection (-en, -n, -s, -e);
a word beginning with ``rn`` is read back whole. A ``1`` between lower-case letters or after two of them at the
end of a word ("dea1", "dee1nemers") is an ``l``. A text without the signs is returned as it is.

>>> print(repaired_ocr("Op 3 rnaart sprak rnevrouw de Minister met de gerneente. Venlo werkt sarnen met "
...                    "de Provincie Lirnburg aan de dea1. De ondernemers en het kernteam doen mee."))
Op 3 maart sprak mevrouw de Minister met de gemeente. Venlo werkt samen met de Provincie Limburg aan de deal. De ondernemers en het kernteam doen mee.
>>> repaired_ocr("De gerneente werkt sarnen met de provincie.")  # no sign of OCR: as it is
'De gerneente werkt sarnen met de provincie.'
"""

from __future__ import annotations

import csv
import itertools
import re
from functools import lru_cache

from .resources import data_path

__all__ = ["repaired_ocr", "shows_ocr", "MIN_SIGNS", "WORD_LISTS"]

#: words beginning with "rn" and a vowel a text needs to count as OCR'd
MIN_SIGNS = 2
#: the word lists of ``data/gazetteer`` whose words a repaired word may be (with their column, for a CSV)
WORD_LISTS = (("ocr_words.txt", None), ("municipalities.csv", "naam"), ("municipalities.csv", "provincie"),
              ("roles.csv", "role"), ("unit_kinds.csv", "word"), ("portfolios.txt", None))

_WORD = re.compile(r"[^\W\d_]+(?:1[^\W\d_]*)*", re.UNICODE)
#: "rn" and a vowel opening a word; the look-behind after "rn", so that ``re`` looks for the literal "rn" first
#: (with it before, a match was tried at each character: 0.05 ms a 2-KB document, against 0.002)
_SIGN = re.compile(r"rn(?<![^\W\d_]rn)[aeiouy]")
_ONE = re.compile(r"(?<=[a-zà-ÿ])1(?=[a-zà-ÿ])|(?<=[a-zà-ÿ]{2})1(?![\w])")
_INFLECTIONS = ("en", "n", "s", "e")
#: a word with more "rn" than this is tried whole only (2**n readings)
_MAX_RN = 4


def shows_ocr(text: str) -> bool:
    """Whether ``text`` has :data:`MIN_SIGNS` words beginning with "rn" and a vowel (OCR's "m").

    >>> shows_ocr("Op 3 rnaart met rnevrouw Jansen."), shows_ocr("Het kernteam in Arnhem, 3 maart.")
    (True, False)
    """
    return len(_SIGN.findall(text)) >= MIN_SIGNS


@lru_cache(maxsize=1)
def _listed_words() -> frozenset[str]:
    words: set[str] = set()
    for name, column in WORD_LISTS:
        path = data_path("gazetteer", name)
        if column is None:
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        else:
            with path.open(encoding="utf-8", newline="") as handle:
                lines = [row.get(column) or "" for row in csv.DictReader(handle)]
        for line in lines:
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", line))
    return frozenset(words)


def _known(word: str, known: frozenset[str] | set[str]) -> bool:
    word = word.lower()
    return word in known or any(word.endswith(end) and word[: -len(end)] in known for end in _INFLECTIONS)


def _read_back(word: str, known) -> str:
    """``word`` with its "rn" read as "m" where that makes a known word.

    >>> _read_back("Lirnburg", {"limburg"}), _read_back("ondernemers", {"limburg"}), _read_back("rnornent", set())
    ('Limburg', 'ondernemers', 'moment')
    """
    if word.lower().startswith("rn"):
        return "m" + word[2:].replace("rn", "m")
    places = [m.start() for m in re.finditer("rn", word)]
    if not places or len(places) > _MAX_RN:
        return word
    for count in range(len(places), 0, -1):
        for chosen in itertools.combinations(places, count):
            read = "".join("m" if i in chosen else ("" if i - 1 in chosen else c) for i, c in enumerate(word))
            if _known(read, known):
                return read
    return word


def repaired_ocr(text: str) -> str:
    """``text`` with OCR's "rn" for "m" and "1" for "l" read back, when it shows them (module docstring)."""
    if not shows_ocr(text):
        return text
    text = _ONE.sub("l", text)
    own = {w.lower() for w in _WORD.findall(text) if "rn" not in w.lower()}
    known = _listed_words() | own
    return _WORD.sub(lambda m: _read_back(m.group(), known) if "rn" in m.group().lower() else m.group(), text)
