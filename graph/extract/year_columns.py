"""participatesIn per year from a table whose columns are years.

A monitor of a programme, or a regeling's bijlage, lists per row a town and, per year, whether it took
part or what it received::

    | Stad   | 2022      | 2023      | 2024    |
    |--------|-----------|-----------|---------|
    | Almelo | deelnemer | deelnemer | gestopt |
    | Ede    | –         | 1.200     | 1.300   |

A year's cell counts when it says the town took part ("deelnemer", "deelname", "ja", "actief", "x",
"✓"), or gives an amount in a table of what towns receive (the heading or the line above speaks of an
uitkering, toekenning, verdeling …: a table of inhabitants per year is no participation). A dash, "nee",
"waarnemer", "gestopt" or an empty cell does not. The town takes part in the table's programme from its
first such year; when the last year's cell no longer counts, it took part until the last year that did
(a past fact). A row with no such year states nothing ("Gouda | – | – |": selected, but declined).

The programme is the one the section heading or the document's title names
(:func:`graph.extract.cards.card_subject`), else the one programme the text before the table names.
The evidence is the row. Called once per document by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Programma Groene Hallen\\n\\nDeelname per jaar:\\n\\n| Stad | 2022 | 2023 | 2024 |\\n|---|---|---|---|\\n"
...         "| Almelo | deelnemer | deelnemer | gestopt |\\n| Ede | – | deelnemer | deelnemer |\\n"
...         "| Gouda | waarnemer | – | – |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> for r in sorted(ex.relations, key=lambda r: r.subject.text):
...     if r.rule == "tables.year-columns":
...         print(r.subject.text, r.object.text, r.valid_from, r.valid_until, r.past)
Almelo Programma Groene Hallen 2022-01-01 2023-12-31 True
Ede Programma Groene Hallen 2023-01-01 None False
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import DocContext
from .member_headings import programme_named_before
from .model import Sentence
from .table_layout import TOWN_COLUMN, cells_of, header_name, header_rows

__all__ = ["find_year_columns", "takes_part"]

#: a column header that is a year: "2023"
_YEAR = re.compile(r"(?:19|20)\d\d")

#: a cell saying the row took part that year
_TOOK_PART = re.compile(r"(?:\*\*)?(?:deelnemer|deelnemend|deelname|neemt\s+deel|doet\s+mee|ja|actief|x|✓|✔|☑)(?:\*\*)?",
                        re.IGNORECASE)

#: an amount: "520", "1.200", "€ 40.000", "€ 1,2 mln"
_AMOUNT = re.compile(r"(?:€\s*)?\d{1,3}(?:[.\s]\d{3})*(?:,\d+)?(?:\s*(?:mln|miljoen|k))?")

#: a heading or lead-in saying the table gives what each town receives
_RECEIVED = re.compile(r"uitkering|toekenning|toegekend|ontvang|verdeling|subsidie|bijdrage\s+(?:per|aan)\s+(?:gemeente|stad)",
                       re.IGNORECASE)


def takes_part(cell: str, amounts: bool) -> bool:
    """Whether a year's ``cell`` says the row took part that year (``amounts``: a table of what towns receive).

    >>> takes_part("deelnemer", False), takes_part("waarnemer", False), takes_part("gestopt", False)
    (True, False, False)
    >>> takes_part("1.200", True), takes_part("1.200", False), takes_part("–", True), takes_part("0", True)
    (True, False, False, False)
    """
    cell = cell.strip()
    if _TOOK_PART.fullmatch(cell):
        return True
    return amounts and _AMOUNT.fullmatch(cell) is not None and any(c in "123456789" for c in cell)


def find_year_columns(ctx: DocContext) -> None:
    """Add "town participatesIn programme" for each row of a table of towns with years as columns."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        years = [(k, n) for k, n in enumerate(names) if _YEAR.fullmatch(n)]
        if len(years) < 2 or not names or TOWN_COLUMN.fullmatch(names[0]) is None:
            continue
        programme = card_subject(ctx, header, header.start) or programme_named_before(ctx, header.start)
        if programme is None or programme.type != "Programme":
            continue
        amounts = _receiving(ctx, header)
        for row in rows:
            _row_years(ctx, row, names, years, programme, amounts)


def _receiving(ctx: DocContext, header: Sentence) -> bool:
    """Whether the section heading or the line above the table says the table is what towns receive."""
    above = ctx.previous_sentence(header)
    return any(_RECEIVED.search(text or "") for text in (header.section, above.text if above else None))


def _row_years(ctx: DocContext, row: Sentence, names: list[str], years: list[tuple[int, str]], programme, amounts: bool):
    cells = cells_of(ctx.text, row)
    if len(cells) != len(names):
        return
    towns = [m for m in ctx.in_span(*cells[0]) if m.type == "Municipality"]
    if len(towns) != 1:
        return
    taken = [takes_part(ctx.text[slice(*cells[k])], amounts) for k, _ in years]
    if not any(taken):
        return
    first = taken.index(True)
    last = len(taken) - 1 - taken[::-1].index(True)
    ended = last < len(taken) - 1
    ctx.add(towns[0], "participatesIn", programme, row, "tables.year-columns", 0.75, since=f"{years[first][1]}-01-01",
            until=f"{years[last][1]}-12-31" if ended else None, past=ended, precision="year")
