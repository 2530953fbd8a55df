"""Text a spreadsheet shows as text: a cell of a CSV table that begins like a formula is neutralised.

A document's sentence is shown in the CSV tables g40kg writes (``export --format csv``, ``ask``,
``query`` and the other question commands with ``--format csv``); one that begins with ``=`` would
be run as a formula by the spreadsheet that opens the file.
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_STARTS", "spreadsheet_text"]

#: What makes a spreadsheet read a cell as a formula: its first character after spaces.
FORMULA_STARTS = ("=", "+", "-", "@")
#: a signed number, date or telephone number: arithmetic at most, no function a cell could run
_PLAIN_NUMBER = re.compile(r"\s*[-+]?\d[\d.,:/ +-]*")


def spreadsheet_text(value):
    """``value`` as a cell a spreadsheet shows as text: one that begins (after spaces, tabs or line
    breaks) with ``=``, ``+``, ``-`` or ``@``, or begins with a tab or carriage return, gets a
    leading ``'``, which the spreadsheet hides. Only for CSV (``export --format csv`` and the ``csv``
    format of the question commands): JSON and TSV are for scripts, which must get the sentence as
    the document has it.

    >>> print(spreadsheet_text('=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg …'))
    '=HYPERLINK("http://evil.example/x","klik") De gemeente Tilburg …
    >>> spreadsheet_text("  @SUM(A1)"), spreadsheet_text("\\t-2"), spreadsheet_text("De stad - en de regio")
    ("'  @SUM(A1)", "'\\t-2", 'De stad - en de regio')
    >>> spreadsheet_text(None), spreadsheet_text(0.9), spreadsheet_text("-0001-01-01"), spreadsheet_text("+31 6 1234")
    (None, 0.9, '-0001-01-01', '+31 6 1234')

    References
    ----------
    OWASP, "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection
    """
    if not isinstance(value, str):
        return value
    if value.startswith(("\t", "\r")) or value.lstrip().startswith(FORMULA_STARTS) \
            and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
