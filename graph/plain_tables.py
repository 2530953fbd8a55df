r"""The tables of a plain text, written as Markdown tables so that the extraction reads them as tables.

A plain text (a ``.txt`` file, an e-mail) writes a table in one of two ways:

* cells between bars without the leading and closing bar (``nr | functie | houder``), a cell
  that runs over two lines continued on a line whose first cell is empty (``   |  | opvolger van …``);
* columns padded with spaces under a header line of labels (a form's "Partner      Rol"; the whole table perhaps
  indented a little, its cells perhaps a character or two off their label, as typed by hand), a cell
  that runs over two lines continued on the next line, under its own column, or, when the cell above
  ends unfinished (";", ",", "–" or "en"), also on a line that starts in the first column.

:func:`markdown_tables` rewrites each such block as ``| a | b |`` rows under ``|---|`` with every row on
one line, the lines of a wrapped cell joined. A block is a table only when it is one: three lines or
more (a header and two rows), every line with the same number of bars (at least two: a signature's
"Team X | Gemeente Y" is no table), or every line's text starting at the header's columns (a header of
two to six labels that end no sentence and introduce no value: "Naam organisatie:   X" is a form's
field, "de secretaris,     de burgemeester," a signature, "Naam      Gemeente Apeldoorn" a register's field
with its value). Everything else is left as it is.

>>> text = ("Bijlage\n\nnr | functie       | houder\n1  | directeur     | Eva Smit (sinds 1 maart,\n"
...         "   |               | opvolger van Jan Bos)\n2  | teammanager   | Kees Kok\n\nEinde")
>>> print(markdown_tables(text))
Bijlage
<BLANKLINE>
| nr | functie | houder |
|---|---|---|
| 1 | directeur | Eva Smit (sinds 1 maart, opvolger van Jan Bos) |
| 2 | teammanager | Kees Kok |
<BLANKLINE>
Einde
>>> text = ("Partners\nPartner          Rol / contactpersoon\nGemeente Ede     kennispartner – Eva Smit,\n"
...         "                 adviseur\nStichting Wijk   uitvoering;\nEde              coördinator: Kees Kok\n")
>>> print(markdown_tables(text))
Partners
| Partner | Rol / contactpersoon |
|---|---|
| Gemeente Ede | kennispartner – Eva Smit, adviseur |
| Stichting Wijk Ede | uitvoering; coördinator: Kees Kok |
<BLANKLINE>
>>> fields = ("Bestuurders\nNaam          Gemeente Ede\nFunctie       Bestuurder\nBevoegdheid   Alleen bevoegd\n"
...           "Titel         Directeur\n")
>>> markdown_tables(fields) == fields
True
"""

from __future__ import annotations

import re

__all__ = ["markdown_tables"]

#: the gap between the columns of a padded table: three spaces or more, or a tab
_GAP = re.compile(r" {3,}|\t+")
#: the end of a cell's line that says the cell goes on in the next line
_UNFINISHED = re.compile(r"(?:[;,–(/&-]|\b(?:en|of|van|de|het|voor|met|in|op|bij|aan))\s*$")
#: a header's label that is no column label: a form's field ("Naam:"), a signature ("de secretaris,"), a sentence,
#: or a value with a name in it — Dutch labels are written in sentence case, so "Naam      Gemeente Apeldoorn" is
#: a register's field and its value, not a table's header (a capital after a slash: "Rol / Contactpersoon")
_NOT_A_LABEL = re.compile(r"[:,.;!?]\s*$|\d|\.\s|(?<![/&])\s+[A-ZÀ-Þ]")


def markdown_tables(text: str) -> str:
    """``text`` with its bar-separated and space-padded tables as Markdown tables (see the module)."""
    if "|" not in text and "   " not in text:
        return text
    lines = text.split("\n")
    out, k = [], 0
    while k < len(lines):
        table = _barred_table(lines, k) or _padded_table(lines, k)
        if table is None:
            out.append(lines[k])
            k += 1
            continue
        rows, k = table
        out.append(_row(rows[0]))
        out.append("|" + "---|" * len(rows[0]))
        out.extend(_row(row) for row in rows[1:])
    return "\n".join(out)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(" ".join(cell.split()) for cell in cells) + " |"


def _block(lines: list[str], k: int) -> list[str]:
    """The lines from ``k`` up to the next blank line."""
    end = k
    while end < len(lines) and lines[end].strip():
        end += 1
    return lines[k:end]


def _barred_table(lines: list[str], k: int) -> tuple[list[list[str]], int] | None:
    """The rows of a table of bars without the outer ones starting at line ``k``, and the line after it;
    a rule under the header ("---+---") is left out."""
    first = lines[k]
    bars = first.count("|")
    if first.lstrip().startswith("|") or bars < 2 or (k and (lines[k - 1].count("|") == bars or _RULE.fullmatch(lines[k - 1]))):
        return None
    end = k + 1
    ruled = end < len(lines) and _RULE.fullmatch(lines[end]) is not None
    end += ruled
    while end < len(lines) and lines[end].count("|") == bars:
        end += 1
    block = [first] + lines[k + 1 + ruled:end]
    if len(block) < 3:
        return None
    rows: list[list[str]] = []
    for line in block:
        cells = [cell.strip() for cell in line.split("|")]
        if len(rows) > 1 and not cells[0]:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]  # a wrapped cell goes on
        else:
            rows.append(cells)
    return (rows, end) if len(rows) >= 3 else None


#: the rule under a header: "---+------+---", "===|==="
_RULE = re.compile(r"\s*[-=]{2,}(?:[+|][-=]{2,})+\s*")


def _segments(line: str) -> list[tuple[int, str]]:
    """The texts of ``line`` between gaps, with where each starts."""
    found, at = [], 0
    for gap in _GAP.finditer(line):
        if line[at:gap.start()].strip():
            found.append((at, line[at:gap.start()]))
        at = gap.end()
    if line[at:].strip():
        found.append((at, line[at:].rstrip()))
    return [(start + len(text) - len(text.lstrip()), text.strip()) for start, text in found]


def _in_first_column(segment: tuple[int, str], starts: list[int]) -> tuple[int, str]:
    """A segment that starts inside the first column, indented ("  - G40 pijler Fysiek" under "G40"), as a
    cell of that column (without its bullet).

    >>> _in_first_column((2, "- Pijler Fysiek"), [0, 30]), _in_first_column((30, "Eva Smit"), [0, 30])
    ((0, 'Pijler Fysiek'), (30, 'Eva Smit'))
    """
    start, value = segment
    if len(starts) > 1 and starts[0] < start < starts[1]:
        return starts[0], re.sub(r"^[-•◦*]\s+", "", value)
    return segment


#: how far a cell may start from its column's label, in a table typed by hand (round 58r)
_SLACK = 2


def _aligned(segment: tuple[int, str], starts: list[int]) -> tuple[int, str]:
    """A segment that starts up to two characters from a later column's label as a cell of that column: a table
    typed by hand does not line its cells up to the character ("Naam … Functie" over "E. Bos … programmamanager"
    one column further); a segment just inside the first column is an indented item of it (:func:`_in_first_column`).

    >>> _aligned((38, "senior adviseur"), [2, 36, 93]), _aligned((40, "lid"), [2, 36, 93])
    ((36, 'senior adviseur'), (40, 'lid'))
    """
    start, value = segment
    near = [column for column in starts[1:] if abs(column - start) <= _SLACK]  # (the first: an indented item, below)
    return (near[0], value) if len(near) == 1 else segment


def _filled(segments: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """``segments`` with each one that runs over a later column's label, two spaces before it, split there: a
    cell that fills its column leaves a narrower gap than the padding finds (round 59r).

    >>> _filled([(0, "Eva Smit-de Wit (Gast)  Adviseur"), (40, "IPO")], [0, 24, 40])
    [(0, 'Eva Smit-de Wit (Gast)'), (24, 'Adviseur'), (40, 'IPO')]
    >>> _filled([(0, "Eva Smit en Jan Bos, adviseurs"), (40, "IPO")], [0, 24, 40])
    [(0, 'Eva Smit en Jan Bos, adviseurs'), (40, 'IPO')]
    """
    out = []
    for start, value in segments:
        for column in starts:
            at = column - start
            if 2 < at < len(value) and value[at - 2:at] == "  " and value[at] != " ":
                out.append((start, value[:at].rstrip()))
                start, value = column, value[at:]
        out.append((start, value))
    return out


def _pushed(segments: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """``segments`` with each one that an overlong cell before it pushed along moved back to its column: in a
    table exported from an application (a member list copied from a workspace page) a cell longer than its
    column runs past the next label, and the next cell starts a few characters later, still before the label
    after that (round 59r).

    >>> _pushed([(0, "Eva Smit"), (24, "Beleidsmedewerker, directie Warmte en Bodem"), (71, "Ministerie van IenW"),
    ...          (100, "Gast")], [0, 24, 66, 100])
    [(0, 'Eva Smit'), (24, 'Beleidsmedewerker, directie Warmte en Bodem'), (66, 'Ministerie van IenW'), (100, 'Gast')]
    >>> _pushed([(0, "Eva Smit"), (24, "Adviseur"), (71, "IPO")], [0, 24, 66, 100])  # nothing overran: no cell of it
    [(0, 'Eva Smit'), (24, 'Adviseur'), (71, 'IPO')]
    """
    out = list(segments)
    for i in range(1, len(out)):
        start, value = out[i]
        before, text = out[i - 1]
        if start in starts or before not in starts:
            continue
        column = starts.index(before) + 1
        if column < len(starts) and before + len(text) > starts[column] \
                and starts[column] < start < (starts[column + 1] if column + 1 < len(starts) else start + 1):
            out[i] = (starts[column], value)
    return out


def _padded_table(lines: list[str], k: int) -> tuple[list[list[str]], int] | None:
    """The rows of a space-padded table whose header is line ``k``, and the line after it."""
    header = _segments(lines[k])
    indent = len(lines[k]) - len(lines[k].lstrip(" "))
    if not 2 <= len(header) <= 6 or header[0][0] != indent or indent > 4 or "|" in lines[k] \
            or any(_NOT_A_LABEL.search(label) or len(label) > 40 for _, label in header):
        return None
    starts = [start for start, _ in header]
    above = _segments(lines[k - 1]) if k > 0 and lines[k - 1].strip() else []
    if len(above) >= 2 and all(start in starts for start, _ in above):
        return None  # a line of a form's fields above it in the same columns ("Naam   Gemeente Ede"): more fields
    rows: list[list[str]] = [[label for _, label in header]]
    end = k + 1
    for line in _block(lines, k)[1:]:
        segments = _pushed([_in_first_column(_aligned(segment, starts), starts)
                            for segment in _filled(_segments(line), starts)], starts)
        if any(start not in starts for start, _ in segments):
            break
        cells = [""] * len(starts)
        for start, value in segments:
            cells[starts.index(start)] = value
        last = rows[-1]
        if len(rows) > 1 and (not cells[0] or any(_UNFINISHED.search(cell) for cell in last if cell)):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(last, cells)]  # a wrapped cell goes on
        elif cells[0] and (sum(1 for cell in cells if cell) >= 2 or _UNFINISHED.search(cells[0])):
            rows.append(cells)  # (a first cell alone that runs on: "Peelgemeenten (Helmond, Deurne,")
        else:
            break  # "Lees verder: …" under the table; a first row that goes on from the header
        end += 1
    return (rows, end) if len(rows) >= 3 else None
