"""Rendering tables for the terminal and for scripts: table, csv, tsv, json, markdown.

Every tabular command prints a list of rows (dicts) with fixed columns. The JSON shape is stable
and the same for every command::

    {"columns": ["actorLabel", ...], "rows": [{"actorLabel": "VNG", ...}, ...]}

plus ``"boolean": true|false`` for ASK queries (and no rows), and ``"meta"`` (:func:`lineage`: command,
question, parameters, time filter, the graph's build time, g40kg version; round 43c). Values are JSON scalars (IRIs
as full strings, dates as ISO text) or lists of them (evidence lists). csv/tsv have one header
line with the column names; lists are joined with `` | ``. ``table`` aligns columns (cells
with line breaks take several lines; on a terminal long cells wrap to fit its width);
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
import textwrap
from contextvars import ContextVar

from ..messages import CATALOGUE, msg
from ..spreadsheet import EXCEL_BOM, csv_dialect, spreadsheet_text

CATALOGUE.update({
    "table_no_columns": {"nl": "(geen kolommen; {n} {rows})", "en": "(no columns; {n} {rows})"},
    "table_row": {"nl": "rij", "en": "row"},
    "table_rows": {"nl": "rijen", "en": "rows"},
})

__all__ = ["EXCEL_CSV", "RAW_CSV", "TABLE_FORMATS", "render", "cell_text"]

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


#: whether the command line asks for CSV without the formula guard (``--raw``: values exactly as they are)
RAW_CSV: ContextVar[bool] = ContextVar("g40kg_raw_csv", default=False)
#: whether the command line asks for CSV that Excel with Dutch settings opens (``--excel``: semicolons,
#: ``\r\n``, a byte order mark and the headings people read; round 45y, walkthrough 20 finding 19)
EXCEL_CSV: ContextVar[bool] = ContextVar("g40kg_excel_csv", default=False)


def _csv_cell(value) -> str:
    """A CSV cell: text that a spreadsheet would run as a formula gets a leading ``'``
    (:func:`graph.spreadsheet.spreadsheet_text`; not under ``--raw``, :data:`RAW_CSV`); numbers stay
    numbers ("-3" from a count is no formula).

    >>> _ = RAW_CSV.set(False)  # the default (a command's --raw sets it, and it stays set in the process)
    >>> _csv_cell("=1+1 zei de wethouder"), _csv_cell(-3), _csv_cell(["@x", "y"])
    ("'=1+1 zei de wethouder", '-3', "'@x | y")
    """
    text = cell_text(value)
    return spreadsheet_text(text) if isinstance(value, (str, list, tuple)) and not RAW_CSV.get() else text


def _json_value(value):
    """``value`` as JSON can hold it: NaN and the infinities, which JSON has no number for, as their
    XSD lexical form ("NaN", "INF", "-INF")."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if value != value else ("INF" if value > 0 else "-INF")
    return value


#: the options of a command that are no parameter of its answer
_NOT_PARAMETERS = {"fmt", "limit_shown", "width"}
#: the options that filter by time, given apart in ``meta.time``
_TIME_OPTIONS = ("at", "as_of", "between")


def lineage() -> dict | None:
    """The ``meta`` of a JSON answer (round 43c, walkthrough 18 finding 16): the command (``ask``'s
    question name is among its parameters), the parameters given, the time filter used (``at``,
    ``as_of``, ``between``; null when none), the build time of the graph (its manifest's ``built``;
    with ``--endpoint`` the one ``push`` wrote on the server; null without either), the endpoint and the g40kg version. None outside
    a command (a library call).

    >>> lineage() is None
    True
    """
    import click

    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return None
    from .. import __version__

    params = {name: _json_value(list(value) if isinstance(value, tuple) else value) for name, value in ctx.params.items()
              if name not in _NOT_PARAMETERS and name not in _TIME_OPTIONS and value not in (None, (), False)}
    time = {name: _json_value(list(ctx.params[name]) if isinstance(ctx.params[name], tuple) else ctx.params[name])
            for name in _TIME_OPTIONS if ctx.params.get(name) not in (None, ())}
    settings = getattr(ctx.find_root(), "obj", None)
    endpoint = getattr(settings, "endpoint", None)
    built = None
    if endpoint:  # the stamp push wrote on the server (walkthrough 27, finding 12)
        from .endpoint_build import endpoint_build

        built = endpoint_build(settings)["built"]
    elif settings is not None:
        try:
            from ..disk_layout import read_manifest

            built = read_manifest(settings.graph_path).get("built")
        except Exception:  # no graph (yet), or an unreadable manifest: no build time to give
            built = None
    command = ctx.command_path.split(" ", 1)[-1]
    question = params.pop("name", None) if command == "ask" else None
    return {"command": command, "question": question, "parameters": params, "time": time or None,
            "built": built, "endpoint": endpoint, "g40kg_version": __version__}


def render(columns, rows, fmt: str = "table", *, boolean: bool | None = None, width: int | None = None,
           shown: list[str] | None = None) -> str:
    r"""``rows`` (dicts) with ``columns`` as text in format ``fmt`` (one of :data:`TABLE_FORMATS`);
    ``shown``: the headings of a ``table`` or ``markdown`` (default: the column names), and of a
    ``csv`` for Excel (:data:`EXCEL_CSV`, which also writes it as :func:`graph.spreadsheet.csv_dialect` says).

    A ``table`` fits in ``width`` characters (default: the terminal's width on a terminal, no limit
    in a pipe) by wrapping the longest cells over several lines; nothing is cut off. ``tsv`` is
    the IANA tab-separated format: no quoting, tabs and line breaks inside a cell become spaces.

    >>> print(render(["who", "quote"], [{"who": "EZK", "quote": "In 2024 werkt EZK samen met de G40."}], width=24), end="")
    who  quote
    ---  -------------------
    EZK  In 2024 werkt EZK
         samen met de G40.
    >>> render(["a", "b"], [{"a": 'zegt "ja"', "b": "twee\tregels\nhier"}], "tsv")
    'a\tb\nzegt "ja"\ttwee regels hier\n'
    """
    columns = list(columns)
    if fmt == "json":
        payload = {"columns": columns, "rows": [{c: _json_value(row.get(c)) for c in columns} for row in rows]}
        if boolean is not None:
            payload = {"boolean": boolean, "columns": [], "rows": []}
        meta = lineage()
        if meta is not None:
            payload["meta"] = meta
        return json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n"
    if boolean is not None:
        return ("true" if boolean else "false") + "\n"
    if fmt == "tsv":
        lines = ["\t".join(_tsv_field(c) for c in columns)]
        lines += ["\t".join(_tsv_field(cell_text(row.get(c))) for c in columns) for row in rows]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        excel = EXCEL_CSV.get()
        buffer = io.StringIO(EXCEL_BOM if excel else "")
        buffer.seek(0, io.SEEK_END)
        writer = csv.writer(buffer, **csv_dialect(excel))
        writer.writerow(shown if excel and shown else columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(c)) for c in columns])
        return buffer.getvalue()
    if fmt == "markdown":
        def md(value):
            return _markdown_cell(cell_text(value, joiner="\n"))

        lines = ["| " + " | ".join(shown or columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        lines += ["| " + " | ".join(md(row.get(c)) for c in columns) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    return _aligned(columns, rows, width, shown or columns)


#: what a Markdown viewer would read as markup in a cell's text: HTML (a document's "<script>" or
#: "<img onerror=…>", which viewers that render inline HTML run or show: walkthrough 32, finding 9) and the
#: column bar
_MARKDOWN_ESCAPES = str.maketrans({"\\": "\\\\", "<": "\\<", ">": "\\>", "|": "\\|", "\r": " "})


def _markdown_cell(text: str) -> str:
    r"""``text`` as a Markdown table cell: ``<``, ``>``, ``|`` and ``\`` escaped with a backslash (a viewer
    shows them as they are), a line break as ``<br>``, a carriage return as a space.

    >>> print(_markdown_cell("<script>alert('x')</script> | a\\b\nc\rd"))
    \<script\>alert('x')\</script\> \| a\\b<br>c d
    """
    return text.translate(_MARKDOWN_ESCAPES).replace("\n", "<br>")


def _tsv_field(text: str) -> str:
    return " ".join(text.replace("\t", " ").splitlines()) if text else ""


#: the narrowest a wrapped column gets (a heading that is longer keeps its width)
MIN_COLUMN = 12


def _aligned(columns, rows, width: int | None, shown: list[str]) -> str:
    if not columns:  # SELECT * over a pattern without variables: solutions that bind nothing
        return msg("table_no_columns", n=len(rows), rows=msg("table_row" if len(rows) == 1 else "table_rows")) + "\n"
    if width is None and sys.stdout.isatty():
        width = shutil.get_terminal_size((120, 20)).columns
    cells = [[table_lines(row.get(c)) for c in columns] for row in rows]
    natural = [max([len(heading)] + [len(line) for row in cells for line in row[i]]) for i, heading in enumerate(shown)]
    widths = fitted_widths(natural, [len(h) for h in shown], width) if width else natural
    if widths != natural:
        cells = [[_wrapped(lines, w) for lines, w in zip(row, widths)] for row in cells]
    out = ["  ".join(c.ljust(w) for c, w in zip(shown, widths)).rstrip(),
           "  ".join("-" * w for w in widths)]
    for cell_lines in cells:
        height = max(len(lines) for lines in cell_lines)
        for k in range(height):
            parts = [(lines[k] if k < len(lines) else "").ljust(w) for lines, w in zip(cell_lines, widths)]
            out.append("  ".join(parts).rstrip())
    return "\n".join(out) + "\n"


def table_lines(value) -> list[str]:
    r"""The lines of a table cell: a list's items one per line, each text on one line, its line
    breaks collapsed to spaces (a quote from an e-mail signature, "Jan Jansen\nWethouder Wonen",
    gave rows of nothing but spaces in the middle of a table: walkthrough 23 finding 17).

    >>> table_lines("Jan Jansen\r\n  Wethouder Wonen\n\nGemeente Westerveen"), table_lines(["a\nb", "c"]), table_lines(None)
    (['Jan Jansen Wethouder Wonen Gemeente Westerveen'], ['a b', 'c'], [''])
    """
    values = value if isinstance(value, (list, tuple)) else [value]
    return [one_line(cell_text(item)) for item in values] or [""]


def one_line(text: str) -> str:
    r"""``text`` with its line breaks (and the spaces around them) collapsed to one space; a text of
    one line stays as it is.

    >>> one_line("twee\u2028regels "), one_line("  één  regel "), one_line("met einde\n")
    ('twee regels', '  één  regel ', 'met einde')
    """
    parts = text.splitlines()
    if not parts or parts == [text]:
        return text
    return " ".join(part.strip() for part in parts if part.strip())


def fitted_widths(natural: list[int], headings: list[int], width: int) -> list[int]:
    """Column widths that fit ``width`` with two spaces between columns: the widest columns are
    narrowed first, none below its heading or :data:`MIN_COLUMN` (so a table with very many
    columns may stay wider than ``width``).

    >>> fitted_widths([3, 40, 60], [3, 5, 5], 80)
    [3, 36, 37]
    >>> fitted_widths([3, 10], [3, 5], 80)
    [3, 10]
    """
    room = width - 2 * (len(natural) - 1)
    floor = [min(n, max(h, MIN_COLUMN)) for n, h in zip(natural, headings)]

    def widths_at(cap):
        return [max(f, min(n, cap)) for n, f in zip(natural, floor)]

    if sum(natural) <= room:
        return list(natural)
    low, high = 1, max(natural)  # the largest cap whose widths fit
    while low < high:
        cap = (low + high + 1) // 2
        low, high = (cap, high) if sum(widths_at(cap)) <= room else (low, cap - 1)
    widths = widths_at(low)
    spare = room - sum(widths)  # hand out what the whole-number cap leaves, widest columns first
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):
        if spare <= 0:
            break
        extra = min(spare, natural[i] - widths[i])
        widths[i] += extra
        spare -= extra
    return widths


def _wrapped(lines: list[str], width: int) -> list[str]:
    out = []
    for line in lines:
        out += textwrap.wrap(line, width, break_on_hyphens=False) if len(line) > width else [line]
    return out or [""]
