"""Persons in a table's column of persons, whatever their given name.

A column headed "Naam", "Bestuurder", "Contactpersoon", "Vertegenwoordiger", "Wethouder" … holds persons. Where
:mod:`.persons` recognised some of its cells by a known given name ("Martijn Oosterhuis"), the
other cells of that column that are written as a name are persons too, even when their given name
is not in ``first_names.txt`` ("Wendelien Ravesteijn", "Olav Brinkman-Tjon, senior
beleidsmedewerker": the name before the apposition). A cell is written as a name when it holds two
to five words, capitalised but for the surname particles ("Karin de Boer-Yilmaz"), no other mention
lies in it, and no word is a role, title or kind of body ("Gemeente Breda", "Voorzitter Pijler
Sociaal"). A column where no cell is a recognised person names no one by this rule: "| Naam |
Type |" may list organisations.

Examples
--------
>>> from graph.extract.sentences import split_sentences
>>> from graph.extract.model import Mention
>>> text = "| Stad | Bestuurder |\\n|---|---|\\n| Ede | Anna Kok |\\n| Epe | Tijmen Hazeleger |\\n"
>>> anna = Mention(40, 48, "Anna Kok", "Person", "persons.full-name", 0.9)
>>> [m.text for m in find_person_cells(text, split_sentences(text), [anna])]
['Tijmen Hazeleger']
>>> text = "| Naam | Van |\\n|---|---|\\n| Anna Kok | 1990 |\\n| Theodorus (Theo) Hazeleger | 1995 |\\n"
>>> [(m.text, m.label) for m in find_person_cells(text, split_sentences(text), [Mention(27, 35, "Anna Kok", "Person", "", 1)])]
[('Theodorus (Theo) Hazeleger', 'Theo Hazeleger')]
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

from .lexicon import load_lexicon
from .model import Mention, Sentence
from .name_words import particle_words
from .person_surnames import TITLES
from .table_layout import HOLDER_COLUMN, cells_of, header_name, header_rows

__all__ = ["find_person_cells"]

#: where the name in a cell ends: an apposition ("Olav Brinkman-Tjon, senior beleidsmedewerker"), a
#: bracket ("Tijmen Hazeleger (Apeldoorn)") or a dash
_NAME_END = re.compile(r"\s*(?:[,(;/]|\s[–—-]\s)")
#: a given name with the name its bearer goes by in brackets after it: "Theodorus (Theo) "
_CALLED = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]+)[ \t]+\(([A-ZÀ-Ý][a-zà-ÿ]+)\)[ \t]+")
#: a capitalised word of a name, perhaps hyphenated ("Brinkman-Tjon", "Jan-Willem", "O'Neill")
_NAME_WORD = re.compile(r"[A-ZÀ-ÝĀ-Ž][\w'’]*(?:-[A-ZÀ-Ýa-zà-ÿĀ-ž][\w'’]*)*")


@lru_cache(maxsize=1)
def _not_in_names() -> frozenset[str]:
    """Lower-case words no person's name holds: role words, titles and kinds of body or programme."""
    lexicon = load_lexicon()
    words = {role.split()[-1] for role in lexicon.roles} | set(TITLES)
    words |= {kind for kind in lexicon.unit_kinds if " " not in kind}
    words |= {kind for kind in lexicon.programme_kinds if " " not in kind}
    words |= {"gemeente", "provincie", "ministerie", "stichting", "vereniging", "bureau", "team", "raad"}
    return frozenset(words)


def _written_as_name(name: str) -> bool:
    """Two to five words, capitalised but for surname particles, the first and last capitalised.

    >>> [_written_as_name(n) for n in ("Karin de Boer-Yilmaz", "Olav Brinkman-Tjon", "Kok", "via de pilotsteden")]
    [True, True, False, False]
    >>> [_written_as_name(n) for n in ("Gemeente Breda", "Voorzitter Pijler Sociaal", "n.v.t.")]
    [False, False, False]
    """
    words = name.split()
    if not 2 <= len(words) <= 5 or not _NAME_WORD.fullmatch(words[0]) or not _NAME_WORD.fullmatch(words[-1]):
        return False
    particles, banned = particle_words(), _not_in_names()
    for word in words:
        low = word.lower()
        if low in banned or not (_NAME_WORD.fullmatch(word) or low in particles):
            return False
    return True


def find_person_cells(text: str, sentences: list[Sentence], persons: list[Mention],
                      others: list[Mention] = ()) -> list[Mention]:
    """Persons in the cells of a column of persons (see the module docstring) that ``persons`` did not
    recognise; a cell that overlaps one of ``persons`` or ``others`` is left."""
    if "|" not in text or not persons:
        return []
    person_starts = sorted(m.start for m in persons)
    taken = sorted((m.start, m.end) for m in [*persons, *others])
    starts = [a for a, _ in taken]
    furthest = list(itertools.accumulate((e for _, e in taken), max))
    found: list[Mention] = []
    for header, rows in header_rows(text, sentences):
        header_cells = cells_of(text, header)
        columns = [k for k, (a, b) in enumerate(header_cells) if HOLDER_COLUMN.fullmatch(header_name(text[a:b]))]
        for column in columns:
            cells = [row_cells[column] for row_cells in (cells_of(text, row) for row in rows)
                     if len(row_cells) == len(header_cells)]
            if not any(_starts_in(person_starts, a, b) for a, b in cells):
                continue  # no cell of the column is a recognised person
            for a, b in cells:
                called = _CALLED.match(text, a, b)  # "Albertus (Bert) Nijhof": the name he goes by in brackets
                end = _NAME_END.search(text, called.end() if called else a, b)
                stop = end.start() if end else b
                name = text[a:stop]
                plain = f"{called.group(1)} {text[called.end():stop]}" if called else name
                k = bisect.bisect_left(starts, stop)  # the mentions that start before the name ends
                if _written_as_name(plain) and not (k and furthest[k - 1] > a):
                    label = {"name": f"{called.group(2)} {text[called.end():stop]}"} if called else {}
                    found.append(Mention(a, stop, name, "Person", "persons.table-cell", 0.75, **label))
    return found


def _starts_in(starts: list[int], a: int, b: int) -> bool:
    """Whether one of the sorted ``starts`` lies in ``a``–``b``."""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b
