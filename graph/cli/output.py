"""Rendering tables for the terminal and for scripts: table, csv, tsv, json, markdown.

Every tabular command prints a list of rows (dicts) with fixed columns. The JSON shape is stable
and the same for every command::

    {"columns": ["actorLabel", ...], "rows": [{"actorLabel": "VNG", ...}, ...]}

plus ``"boolean": true|false`` for ASK queries (and no rows). Values are JSON scalars (IRIs
as full strings, dates as ISO text) or lists of them (evidence lists). csv/tsv have one header
line with the column names; lists are joined with `` | ``. ``table`` aligns columns (cells
with line breaks take several lines; long cells are shortened only on a terminal);
``markdown`` is a pipe table.

Examples
--------
>>> print(render(["a", "b"], [{"a": "x", "b": 1}, {"a": "long", "b": None}], "table"), end="")
a     b
----  -
x     1
long
"""

from __future__ import annotations

import csv
import io
import json
import math
import shutil
import sys

from ..messages import CATALOGUE, msg

CATALOGUE.update({
    "table_no_columns": {"nl": "(geen kolommen; {n} {rows})", "en": "(no columns; {n} {rows})"},
    "table_row": {"nl": "rij", "en": "row"},
    "table_rows": {"nl": "rijen", "en": "rows"},
})

__all__ = ["TABLE_FORMATS", "render", "cell_text"]

TABLE_FORMATS = ("table", "csv", "tsv", "json", "markdown")


def cell_text(value, *, joiner: str = " | ") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (list, tuple)):
        return joiner.join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _json_value(value):
    """``value`` as JSON can hold it: NaN and the infinities, which JSON has no number for, as their
    XSD lexical form ("NaN", "INF", "-INF")."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("INF" if value > 0 else "-INF")
    return value


def render(columns, rows, fmt: str = "table", *, boolean: bool | None = None, max_width: int | None = None,
           shown: list[str] | None = None) -> str:
    """``rows`` (dicts) with ``columns`` as text in format ``fmt`` (one of :data:`TABLE_FORMATS`);
    ``shown``: the headings of a ``table`` or ``markdown`` (default: the column names)."""
    columns = list(columns)
    if fmt == "json":
        payload = {"columns": columns, "rows": [{c: _json_value(row.get(c)) for c in columns} for row in rows]}
        if boolean is not None:
            payload = {"boolean": boolean, "columns": [], "rows": []}
        return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
    if boolean is not None:
        return ("true" if boolean else "false") + "\n"
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell_text(row.get(c)) for c in columns])
        return buffer.getvalue()
    if fmt == "markdown":
        def md(value):
            return cell_text(value, joiner="<br>").replace("|", "\\|").replace("\n", "<br>")

        lines = ["| " + " | ".join(shown or columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        lines += ["| " + " | ".join(md(row.get(c)) for c in columns) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    return _aligned(columns, rows, max_width, shown or columns)


def _aligned(columns, rows, max_width: int | None, shown: list[str]) -> str:
    if not columns:  # SELECT * over a pattern without variables: solutions that bind nothing
        return msg("table_no_columns", n=len(rows), rows=msg("table_row" if len(rows) == 1 else "table_rows")) + "\n"
    if max_width is None and sys.stdout.isatty():
        max_width = max(30, shutil.get_terminal_size((120, 20)).columns // max(2, min(len(columns), 4)))
    cells = []
    for row in rows:
        cell_lines = []
        for c in columns:
            text = cell_text(row.get(c), joiner="\n")
            lines = text.split("\n") if text else [""]
            if max_width:
                lines = [line if len(line) <= max_width else line[: max_width - 1] + "…" for line in lines]
            cell_lines.append(lines)
        cells.append(cell_lines)
    widths = [len(c) for c in shown]
    for cell_lines in cells:
        for i, lines in enumerate(cell_lines):
            widths[i] = max(widths[i], *(len(line) for line in lines))
    out = ["  ".join(c.ljust(w) for c, w in zip(shown, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for cell_lines in cells:
        height = max(len(lines) for lines in cell_lines)
        for k in range(height):
            parts = [(lines[k] if k < len(lines) else "").ljust(w) for lines, w in zip(cell_lines, widths)]
            out.append("  ".join(parts).rstrip())
    return "\n".join(out) + "\n"
