"""A corrections table's "Wat er stond" cells state no fact.

A newsletter's or site's corrections page often puts each correction in a table row: the item, what
was printed and what is right::

    | Datum | Bericht | Wat er stond | Wat juist is |
    |---|---|---|---|
    | 3 mei 2024 | Nieuwe trekker | Eva Kok is trekker van de themagroep Zon. | Eva Kok is secretaris van de themagroep Zon. |

What the column of the printed text says is, by the table's own account, wrong: a fact read there or in
the row's title, the corrected item's headline as printed (both ends named in those cells), is dropped; the column of what is right is read as any other text. A
table counts as a corrections table only with both columns: one of what was printed ("Wat er stond",
"Oorspronkelijke tekst", "Onjuist", "Was") and one of what is right ("Wat juist is", "Juist", "Moet zijn",
"Correctie", "Wordt"), so a table with a column "Was" alone (a budget's "was / wordt" has both, and
states no people's facts in them) is left alone. (Round 53e: like :mod:`.rectifications`' sentences,
the earlier document's fact is not withdrawn here.)

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("| Datum | Wat er stond | Wat juist is |\\n|---|---|---|\\n"
...         "| 3 mei 2024 | Ede doet mee aan de City Deal Zon. | Niet Ede maar Venlo doet mee aan de City Deal Zon. |\\n")
>>> sorted(r.subject.text for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "participatesIn")
['Venlo']
"""

from __future__ import annotations

import re

from .model import Relation, Sentence
from .table_layout import cells_of, header_name, header_rows

__all__ = ["printed_cells", "without_printed"]

#: the column of what was printed (and is wrong)
_PRINTED = re.compile(r"wat\s+er\s+(?:stond|staat)|(?:er\s+)?stond|oorspronkelijke?(?:\s+(?:tekst|bericht|vermelding))?|"
                      r"onjuist(?:e\s+(?:tekst|vermelding|informatie))?|fout(?:ief)?|foutieve\s+(?:tekst|vermelding)|was")
#: the column of what is right
_RIGHT = re.compile(r"wat\s+(?:juist|correct)\s+is|wat\s+het\s+moet\s+zijn|juist(?:e\s+(?:tekst|vermelding|informatie))?|"
                    r"correct(?:ie|e\s+(?:tekst|vermelding|informatie))?|moet\s+zijn|wordt|verbeterd(?:e\s+tekst)?|"
                    r"gecorrigeerd|rectificatie")


def printed_cells(text: str, sentences: list[Sentence]) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """Each row of every corrections table of ``text``: ``(start, end)`` of its cell in the column of what was
    printed, with the spans of the row's other cells but those of what is right (the item's date and title).

    >>> text = "| Bericht | Wat er stond | Wat juist is |\\n|---|---|---|\\n| Nieuw | A is lid. | A is voorzitter. |\\n"
    >>> [(text[a:b], [text[c:d] for c, d in others]) for (a, b), others in printed_cells(text, [Sentence(0, len(text), text)])]
    [('A is lid.', ['Nieuw'])]
    >>> text = "| Was | Naam |\\n|---|---|\\n| A is lid. | A |\\n"
    >>> printed_cells(text, [Sentence(0, len(text), text)])
    []
    """
    if "|" not in text:
        return []
    out = []
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[a:b]) for a, b in cells_of(text, header)]
        printed = [k for k, name in enumerate(names) if _PRINTED.fullmatch(name)]
        right = {k for k, name in enumerate(names) if _RIGHT.fullmatch(name)}
        if len(printed) != 1 or not right:
            continue
        for row in rows:
            cells = cells_of(text, row)
            if len(cells) == len(names):
                out.append((cells[printed[0]], [c for k, c in enumerate(cells) if k != printed[0] and k not in right]))
    return out


def without_printed(relations: list[Relation], rows: list[tuple[tuple[int, int], list[tuple[int, int]]]]) -> list[Relation]:
    """``relations`` without those read from a printed cell (:func:`printed_cells`) or the row's title (the headline
    of the item it corrects, as printed): both ends named in those cells."""
    if not rows:
        return relations

    def inside(m, spans):
        return any(a <= m.start and m.end <= b for a, b in spans)

    def printed(r):
        return any(inside(r.subject, [cell] + others) and inside(r.object, [cell] + others) for cell, others in rows)
    return [r for r in relations if not printed(r)]
