"""Text a spreadsheet shows as text: a cell of a CSV table that begins like a formula is neutralised.

A document's sentence is shown in the CSV tables g40kg writes (``export --format csv``, ``ask``,
``query`` and the other question commands with ``--format csv``); one that begins with ``=`` would
be run as a formula by the spreadsheet that opens the file. The rule, the same in every command:
a text cell that begins (after spaces) with ``=``, ``+``, ``-`` or ``@``, or with a tab or carriage
return, gets a leading ``'``; a cell that is a number or an ISO date as a whole (``-3``, ``+0.5``,
``-0001-01-01``: how the graph's values are written) stays as it is, and so does every cell of
TSV and JSON. ``--raw`` (a loader that needs the exact values) leaves CSV unaltered too.
"""

from __future__ import annotations

import re

__all__ = ["EXCEL_BOM", "FORMULA_STARTS", "csv_dialect", "excel_csv", "spreadsheet_text"]

#: what Excel needs at the start of a CSV file to read it as UTF-8 (without it "é" shows as "Ã©")
EXCEL_BOM = "\ufeff"


def csv_dialect(excel: bool) -> dict:
    """The :mod:`csv` writer settings of every CSV g40kg writes: commas and ``\\n`` line ends; with
    ``excel`` what Excel with Dutch (and most European) settings opens with a double click,
    semicolons and ``\\r\\n`` (and :data:`EXCEL_BOM` before the first line): ``export --format csv
    --excel`` and the ``--excel`` of every command with ``--format csv`` (round 45y).

    >>> csv_dialect(True), csv_dialect(False)
    ({'delimiter': ';', 'lineterminator': '\\r\\n'}, {'delimiter': ',', 'lineterminator': '\\n'})
    """
    return {"delimiter": ";" if excel else ",", "lineterminator": "\r\n" if excel else "\n"}


def excel_csv(headings: list[str], rows: list[list]) -> str:
    r"""A table as the CSV ``--excel`` writes (:func:`csv_dialect`, :data:`EXCEL_BOM`, every cell through
    :func:`spreadsheet_text`): the explorer's "als Excel" download and ``/sparql?format=excel`` (walkthrough 21,
    finding 15), for colleagues who open it with a double click.

    >>> excel_csv(["stad", "citaat"], [["Tilburg", "=1+1"], ["Breda", None]])
    "\ufeffstad;citaat\r\nTilburg;'=1+1\r\nBreda;\r\n"
    """
    import csv
    import io

    buffer = io.StringIO()
    buffer.write(EXCEL_BOM)
    writer = csv.writer(buffer, **csv_dialect(True))
    writer.writerow(headings)
    for row in rows:
        writer.writerow([spreadsheet_text(cell) for cell in row])
    return buffer.getvalue()


#: What makes a spreadsheet read a cell as a formula: its first character after spaces.
FORMULA_STARTS = ("=", "+", "-", "@")
#: a cell that is a value as the graph writes it: a signed number (``-3``, ``+0.5``, ``-1.5E3``) or ISO
#: date or time (``-0001-01-01``, ``-0044-03-15T12:00:00Z``); text beginning so (``+31 6 1234``) is not
_PLAIN_VALUE = re.compile(r"[-+]?(?:\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
                          r"|\d{4,}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:Z|[-+]\d{2}:\d{2})?)")


def spreadsheet_text(value):
    """``value`` as a cell a spreadsheet shows as text: one that begins (after spaces, tabs or line
    breaks) with ``=``, ``+``, ``-`` or ``@``, or begins with a tab or carriage return, gets a
    leading ``'``, which the spreadsheet hides; a number or ISO date as a whole stays a value. Only
    for CSV (``export --format csv`` and the ``csv`` format of the question commands, unless
    ``--raw``): JSON and TSV are for scripts, which must get the sentence as the document has it.

    >>> print(spreadsheet_text('=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg …'))
    '=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg …
    >>> spreadsheet_text("  @SUM(A1)"), spreadsheet_text("\\t-2"), spreadsheet_text("De stad - en de regio")
    ("'  @SUM(A1)", "'\\t-2", 'De stad - en de regio')
    >>> spreadsheet_text(None), spreadsheet_text(0.9), spreadsheet_text("-0001-01-01"), spreadsheet_text("-3")
    (None, 0.9, '-0001-01-01', '-3')
    >>> spreadsheet_text("+31 6 1234"), spreadsheet_text("-abc"), spreadsheet_text("+31-6-1234")  # a spreadsheet computes them
    ("'+31 6 1234", "'-abc", "'+31-6-1234")

    References
    ----------
    OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
    """
    if not isinstance(value, str):
        return value
    if value.startswith(("\t", "\r")) or value.lstrip().startswith(FORMULA_STARTS) \
            and not _PLAIN_VALUE.fullmatch(value.strip()):
        return "'" + value
    return value
