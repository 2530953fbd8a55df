"""A table of contents' titles state no fact.

A liber amicorum, a bundle of essays or a congress book lists its contributions in a table: the number,
the contribution's title, its author and the author's office::

    | nr. | titel | auteur | functie van de auteur |
    |---|---|---|---|
    | 3 | Samen met het Rijk, niet onder het Rijk | Eva Smit | directeur Werk, ministerie van SZW |

The author and the office are read as any table of persons and offices (``auteur`` is a person column,
``functie van de auteur`` a role column: :mod:`.table_layout`), but the title is the name of an essay, not a
clause: "Samen met het Rijk" says nothing of who works with whom, "Werk als sleutel tot meedoen" nothing of
who takes part. A fact a clause rule (``relations.*``) reads in such a row is dropped; the table's own
rules (roles, affiliations) are kept. A table counts only with both a title column ("titel", "titel van de
bijdrage", "bijdrage", "hoofdstuk") and an author column ("auteur", "auteurs", "schrijver"), so a
programme's "| Onderdeel | Spreker |" or a register's "| Naam | Titel |" (an academic title) is left alone
(round 57r).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| nr. | titel | auteur | functie van de auteur |\\n|---|---|---|---|\\n"
...         "| 1 | Samen met het Rijk | Eva Smit | bestuurslid van Divosa |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Eva Smit', 'hasRole', 'Divosa')]
"""

from __future__ import annotations

import bisect
import re

from .model import Relation, Sentence
from .table_layout import cells_of, header_name, header_rows

__all__ = ["contents_rows", "without_title_clauses"]

#: the column of each contribution's title
_TITLE = re.compile(r"titel(?:\s+van\s+de\s+bijdrage)?|bijdrage|hoofdstuk|essay")
#: the column of each contribution's author
_AUTHOR = re.compile(r"auteurs?|schrijvers?")


def contents_rows(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """``(start, end)`` of each row of every table of contents in ``text`` (a title and an author column).

    >>> text = "| nr. | titel | auteur |\\n|---|---|---|\\n| 1 | Werk als sleutel | Eva Smit |\\n"
    >>> [text[a:b] for a, b in contents_rows(text, [Sentence(0, len(text), text)])]
    ['| 1 | Werk als sleutel | Eva Smit |']
    >>> contents_rows("| Naam | Titel |\\n|---|---|\\n| Eva Smit | dr. |\\n", [Sentence(0, 44, "")])
    []
    """
    if "|" not in text:
        return []
    out = []
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[a:b]) for a, b in cells_of(text, header)]
        if any(_TITLE.fullmatch(n) for n in names) and any(_AUTHOR.fullmatch(n) for n in names):
            out.extend((row.start, row.end) for row in rows)
    return out


def without_title_clauses(relations: list[Relation], rows: list[tuple[int, int]]) -> list[Relation]:
    """``relations`` without those a clause rule read in a row of a table of contents (:func:`contents_rows`)."""
    if not rows:
        return relations
    rows = sorted(rows)
    starts = [a for a, _ in rows]

    def in_row(r: Relation) -> bool:
        k = bisect.bisect_right(starts, r.evidence_start) - 1
        return k >= 0 and r.evidence_end <= rows[k][1]
    return [r for r in relations if not (r.rule.startswith("relations.") and in_row(r))]
