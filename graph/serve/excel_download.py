"""A question's answer as the CSV for Excel (``/questions/<name>.csv``): the page's table as people read it, with
its headings, written as ``--excel`` writes (:func:`graph.spreadsheet.excel_csv`; walkthrough 21, finding 15:
colleagues without a terminal had only "als JSON").

Examples
--------
>>> answer = {"kind": "select", "headings": ["gemeente", "bewijs"],
...           "rows": [[{"text": "Tilburg"}, {"text": "↗", "path": "/document/nota#q1"}]]}
>>> answer_csv(answer, "http://localhost:8000")
'\\ufeffgemeente;bewijs\\r\\nTilburg;http://localhost:8000/document/nota#q1\\r\\n'
"""

from __future__ import annotations

from ..spreadsheet import excel_csv

__all__ = ["answer_csv", "EVIDENCE_MARK"]

#: the text of a cell that only links to its quote; in a spreadsheet the link itself
EVIDENCE_MARK = "↗"


def download_name(name: str, values: dict) -> str:
    """The file name of a question's Excel download: the question and the values asked, in the form's
    order, so that two downloads do not overwrite each other (walkthrough 24, finding 18).

    >>> download_name("themagroep-contacts", {"themagroep": "Themagroep Zorg en Veiligheid", "at": "", "as_of": "2026-04-01"})
    'themagroep-contacts-themagroep-zorg-en-veiligheid-2026-04-01.csv'
    >>> download_name("who-does-what", {"person": ""})
    'who-does-what.csv'
    """
    from ..vocab import slugify

    parts = [slugify(str(value)) for value in values.values() if value not in (None, "")]
    return "-".join([name, *[part for part in parts if part]])[:150] + ".csv"


def answer_csv(answer: dict, base: str, lang: str = "nl") -> str:
    """The CSV of ``answer`` (:func:`graph.serve.questions.answer`); a cell that is only a link to a quote
    (``↗``) becomes that link's full address on ``base`` (the server's address, with its path prefix), and a
    register code column is headed as ``--excel`` heads it ("gemeente (code)"); an ASK question's answer is one
    cell."""
    if answer.get("kind") == "ask":
        return excel_csv([_ANSWER[lang]], [[_YES_NO[lang][bool(answer.get("boolean"))]]])
    columns = answer.get("columns") or []
    headings = [code_heading(column, columns, lang) or heading
                for column, heading in zip(columns, answer["headings"])] or list(answer["headings"])

    def text(cell: dict):
        if cell.get("text") == EVIDENCE_MARK and cell.get("path"):
            return base.rstrip("/") + cell["path"]
        return cell.get("text")

    return excel_csv(headings, [[text(cell) for cell in row] for row in answer["rows"]])


_ANSWER = {"nl": "antwoord", "en": "answer"}
_YES_NO = {"nl": {True: "ja", False: "nee"}, "en": {True: "yes", False: "no"}}


def code_heading(column: str, columns: list[str], lang: str) -> str | None:
    """The heading of a register code column, as the command line's ``--excel`` gives it, else None.

    >>> code_heading("cityCode", ["city", "cityLabel", "cityCode"], "nl"), code_heading("city", ["city"], "nl")
    ('gemeente (code)', None)
    """
    from ..headings import headings

    if not column.endswith("Code") or len(column) <= 4:
        return None
    base = column[:-4]
    return f"{headings([base + 'Label' if base + 'Label' in columns else base], lang)[0]} (code)"
