"""The columns a named question's answer has beside its SPARQL's, the same in the command line, the
Python API (:func:`g40kg.ask`) and the explorer (round 45l): a register code column ``<name>Code`` after the
others for each IRI column the question's header names under ``codes:`` (:func:`with_codes`), and a start
that no text states, only the date of the first document that mentions the fact, read as
"(genoemd 2026-09-03)" in a table (:func:`mentioned_dates`).
"""

from __future__ import annotations

__all__ = ["with_codes", "mentioned_dates", "mentioned_date", "STATED"]


def with_codes(columns, rows: list[dict], iri_columns) -> tuple[list, list[dict]]:
    """``columns`` and ``rows`` with a column ``<name>Code`` after the others for each of ``iri_columns``
    (a question's ``codes``): the register code in its IRI, CBS ``GM…`` for a municipality (``PV…``
    for a province), TOOI for a ministry, empty for any other entity
    (:func:`graph.fact_rows.register_code`), to join other tables on (walkthrough 18, finding 14).
    The same in every language.

    >>> with_codes(["city"], [{"city": "https://w3id.org/g40kg/id/municipality/gm0758"}, {"city": None}], ["city"])
    (['city', 'cityCode'], [{'city': 'https://w3id.org/g40kg/id/municipality/gm0758', 'cityCode': 'GM0758'}, {'city': None, 'cityCode': None}])
    """
    from .fact_rows import register_code

    added = [name for name in iri_columns if name in columns and name + "Code" not in columns]
    if not added:
        return list(columns), rows
    return [*columns, *(name + "Code" for name in added)], [
        {**row, **{name + "Code": register_code(row[name]) if isinstance(row.get(name), str) else None
                   for name in added}} for row in rows]


#: a date column and the column that says whether a text states it (the named questions; round 44q)
STATED = {"since": "sinceStated", "start": "startStated"}
_MENTIONED = {"nl": "(genoemd {day})", "en": "(mentioned {day})"}


def mentioned_dates(rows: list[dict], lang: str) -> list[dict]:
    """``rows`` as a table shows them: a start that no text states, only the date of the document
    that mentions the fact (``sinceStated``/``startStated`` false), reads "(genoemd 2026-09-03)", so
    that a first mention is not taken for a start (walkthrough 19, finding 10). CSV and JSON keep the
    date and the flag.

    >>> mentioned_dates([{"since": "2026-09-03", "sinceStated": False}, {"since": "2026-09-01", "sinceStated": True}], "nl")
    [{'since': '(genoemd 2026-09-03)', 'sinceStated': False}, {'since': '2026-09-01', 'sinceStated': True}]
    >>> mentioned_dates([{"start": "2026-09-03", "startStated": False}, {"start": None, "startStated": False}], "en")
    [{'start': '(mentioned 2026-09-03)', 'startStated': False}, {'start': None, 'startStated': False}]
    """
    out = []
    for row in rows:
        row = dict(row)
        for column, stated in STATED.items():
            if row.get(stated) is False and row.get(column):
                row[column] = mentioned_date(row[column], lang)
        out.append(row)
    return out


def mentioned_date(day, lang: str) -> str:
    """A start only a mention gives, as a table shows it.

    >>> mentioned_date("2026-09-03", "nl"), mentioned_date("2026-09-03", "en")
    ('(genoemd 2026-09-03)', '(mentioned 2026-09-03)')
    """
    return _MENTIONED.get(lang, _MENTIONED["en"]).format(day=day)
