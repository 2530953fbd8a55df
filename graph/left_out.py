"""What ``--at DATE`` leaves out that ``--as-of DATE`` keeps (walkthrough 19, finding 9).

``--at`` keeps the facts whose interval holds the day: a fact without a period of its own holds on
its document's date only, so on the day of a meeting most roles drop out, while ``--as-of`` gives
the last known state. :func:`left_out_at` counts the rows of a named question's answer that
``--as-of`` would add, by asking the question once more with ``as_of`` (one query, whatever the
number of rows), so that the command line can say so under the answer.

A row is known by its entities (the IRIs in it, documents aside: two windows may name another
document for the same fact) with its ``role`` and ``relation``; a row of a question that lists
evidence (``ev``) by its evidence node.

Examples
--------
>>> row_key({"person": "https://w3id.org/g40kg/id/person/a", "role": "wethouder", "since": "2026-01-01",
...          "documentId": "x", "document": "https://w3id.org/g40kg/id/document/x"})
(('person', 'https://w3id.org/g40kg/id/person/a'), ('role', 'wethouder'))
"""

from __future__ import annotations

from .vocab import G40ID

__all__ = ["left_out_at", "row_key"]

_ENTITY = str(G40ID)
_DOCUMENT = str(G40ID["document/"])
#: the columns besides the entities that tell two facts apart
_KEY_WORDS = ("role", "relation")


def row_key(row: dict) -> tuple:
    """The fact a row of a named question stands for: its entities' IRIs (documents aside) and its
    ``role`` and ``relation``, in the row's column order."""
    return tuple((column, value) for column, value in row.items()
                 if column in _KEY_WORDS or (isinstance(value, str) and value.startswith(_ENTITY)
                                             and not value.startswith(_DOCUMENT)))


def left_out_at(dataset, name: str, params: dict, rows: list[dict], at: str, *, min_confidence=None,
                timeout=None) -> int:
    """How many rows question ``name`` with ``params`` gives under ``--as-of at`` that are not among
    ``rows``, its answer under ``--at at``: the facts without a period of their own that ``--at``
    leaves out. One more run of the question."""
    from .shortcuts import question_rows
    from .timefilter import TimeWindow

    _, known = question_rows(dataset, name, params, window=TimeWindow(as_of=at), min_confidence=min_confidence,
                             timeout=timeout)
    kept = {row_key(row) for row in rows}
    return len({row_key(row) for row in known} - kept)
