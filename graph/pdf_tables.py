r"""A table in a PDF read back into its columns: a Markdown table, as the Markdown reader gives one.

A browser or a word processor prints a table as runs of text placed in columns; pypdf's text of the
page then runs the cells of a row together with the header ("Themagroep Voorzitter Periode
Ambtelijk trekker", "Jeugd Pieter de Groot (Amersfoort) tot 1 juni 2025 Anouk Jansen-" / "Brink
(Zwolle)"): the header's words read as a name, a cell's text wrapped at its column's edge breaks a
name, and no rule can tell which person stands in which column. The layout still shows the table:

- a **header**: one line of at least three short runs (one to three words each, the first in
  capitals, no sentence), each starting well right of the one before, all on the same baseline;
- **rows** under it: runs that each start in one of the header's columns (nearest the midpoint
  between two header runs) and fit in it (a run as long as a body line crosses the columns: the
  table ended). A run in the first column after runs in later ones starts a new row.

Each cell's runs join in order: with a space, or without one after a hyphen at the run's end ("Jansen-"
+ "Brink": the name a cell wrapped). The table becomes Markdown lines ``| Themagroep | Voorzitter |
…`` (no layout, so no wrap or list mark is read into them). A page without such a header is left as
it is.

>>> runs = [[(102.8, 543.8, "Themagroep", 10), (232.5, 543.8, " Voorzitter", 10), (345.5, 543.8, " Periode", 10)],
...         [(91.2, 483.0, "Jeugd", 10), (199.2, 489.8, " Anna Kroes-", 10), (199.2, 476.3, " Smit (Ede)", 10),
...          (333.7, 489.8, " hele jaar", 10)],
...         [(84.4, 445.8, "In 2025 werkte de themagroep Jeugd samen met het ministerie van VWS aan de agenda.", 10)]]
>>> lines = [(84.4, "".join(r[2] for r in line)) for line in runs]
>>> for line in with_tables(lines, runs):
...     print(line[1])
| Themagroep | Voorzitter | Periode |
|---|---|---|
| Jeugd | Anna Kroes-Smit (Ede) | hele jaar |
In 2025 werkte de themagroep Jeugd samen met het ministerie van VWS aan de agenda.
"""

from __future__ import annotations

import re

__all__ = ["with_tables"]

#: a header cell: one to three words, no sentence; capitalised or not (a stylesheet may print "partner",
#: "vertegenwoordigd door", "rol" as the page's own words; three runs far apart on one baseline make the header)
_HEADER_CELL = re.compile(r"[A-ZÀ-Þa-zß-ÿ][\w'-]*(?:\s+[\w'-]+){0,2}")
#: header runs start at least this far (points) apart
MIN_COLUMN = 40
#: runs on one baseline lie within this many points of each other
SAME_Y = 1.5
#: a character's width, as a share of its font size (a proportional font's average)
CHAR_WIDTH = 0.45


def _header(runs: list[tuple]) -> list[float] | None:
    """The x where each column of a header line starts (None: ``runs`` are no header)."""
    cells = [run for run in runs if run[2].strip()]
    if len(cells) < 3 or any(abs(run[1] - cells[0][1]) > SAME_Y for run in cells) \
            or not all(_HEADER_CELL.fullmatch(run[2].strip()) for run in cells):
        return None
    xs = [run[0] for run in cells]
    if any(b - a < MIN_COLUMN for a, b in zip(xs, xs[1:])):
        return None
    return xs


def _column(x: float, starts: list[float]) -> int:
    """The column a run at ``x`` stands in: the header run nearest, by the midpoints between them."""
    return sum(x >= (a + b) / 2 for a, b in zip(starts, starts[1:]))


def _fits(run: tuple, column: int, starts: list[float]) -> bool:
    """Whether ``run`` ends before the column after its own starts (the last column: always)."""
    if column + 1 >= len(starts):
        return True
    size = run[3] or 10
    return run[0] + CHAR_WIDTH * size * len(run[2].strip()) <= starts[column + 1] + size


def _joined(cell: str, piece: str) -> str:
    """``cell`` with ``piece`` after it: no space after a hyphen the cell wrapped at ("Kroes-" + "Smit")."""
    if not cell:
        return piece
    return cell + piece if cell.endswith("-") and cell[-2:-1].isalpha() else cell + " " + piece


def _rows(lines_runs: list[list[tuple]], starts: list[float]) -> tuple[list[list[str]], int]:
    """The rows of the table under a header (``starts``: its columns), from ``lines_runs`` (the runs of
    each line after the header), and how many lines they take."""
    rows: list[list[str]] = []
    last = None  # the column of the run read last
    taken = 0
    for runs in lines_runs:
        cells = [run for run in runs if run[2].strip()]
        if not cells:
            break
        placed = [(_column(run[0], starts), run) for run in cells]
        if not all(_fits(run, column, starts) for column, run in placed):
            break
        for column, run in placed:
            if not rows or column == 0 and last is not None and last > 0:
                rows.append([""] * len(starts))
            rows[-1][column] = _joined(rows[-1][column], run[2].strip())
            last = column
        taken += 1
    return rows, taken


def with_tables(lines: list[tuple], runs: list[list[tuple]]) -> list[tuple]:
    """``lines`` (a page's, as :func:`graph.pdftext._page_lines` gives them) with each table its
    ``runs`` show (per line: ``(x, y, text, size)`` of each run) as Markdown lines ``(None, text)``."""
    if len(runs) != len(lines):
        return lines
    out: list[tuple] = []
    at = 0
    while at < len(lines):
        starts = _header(runs[at])
        if starts is not None:
            rows, taken = _rows(runs[at + 1:], starts)
            if taken and sum(1 for cell in rows[0] if cell) >= 2:
                header = [run[2].strip() for run in runs[at] if run[2].strip()]
                out.append((None, "| " + " | ".join(header) + " |"))
                out.append((None, "|" + "---|" * len(header)))
                out.extend((None, "| " + " | ".join(row) + " |") for row in rows)
                at += 1 + taken
                continue
        out.append(lines[at])
        at += 1
    return out
