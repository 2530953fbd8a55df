"""Round 57g: the rows ``ministry-contacts`` and ``themagroep-contacts`` keep for windows (``graph/window_values.py``)
are read and checked once per dataset and then held in the process (``serve``, a benchmark's repeated asks), not
parsed again at each ask: a second dataset over the same graph folder reads them once more, an ask whose nodes are
asked of the text numbers their terms in a copy (the held table stays as read), and every answer stays the text's.
Round 56c's invented documents (``tests/test_window_kept_56c.py``: a themagroep chair followed by another, whose
rows ``--as-of`` asks of the text)."""

from __future__ import annotations

import copy

import graph.derived
from graph import window_values
from graph.query import get_question
from graph.store import open_dataset
from tests import test_window_kept_56c as window_kept_56c
from tests.test_window_kept_56c import kept_rows, text_rows

QUESTION = "themagroep-contacts"

graphs = window_kept_56c.graphs  # round 56c's three graphs

#: windows that keep rows, one of them (--as-of 2025-06-01) with a chair's rows asked of the text
WINDOWS = ({"as_of": "2025-06-01"}, {"at": "2024-06-01"}, {"from": "2023-01-01", "until": "2024-12-31"},
           {"as_of": "2025-08-01"})


def reads_of_kept_rows(monkeypatch) -> list:
    """The kept files of the question's rows for windows read from here on (their names)."""
    read, original = [], graph.derived._read

    def counted(path, decode):
        if path.name.startswith(f"window-rows-{QUESTION}-"):
            read.append(path.name)
        return original(path, decode)

    monkeypatch.setattr(graph.derived, "_read", counted)
    return read


def same_as_text(dataset, params: dict) -> bool:
    kept, text = kept_rows(dataset, params, QUESTION), text_rows(dataset, params, QUESTION)
    return kept is not None and (kept.columns, kept.rows) == (text.columns, text.rows) and bool(text.rows)


def test_the_kept_rows_are_read_once_per_dataset(graphs, monkeypatch):
    first = open_dataset(graphs["built"], engine="oxigraph")
    assert same_as_text(first, WINDOWS[1])  # kept by now
    read = reads_of_kept_rows(monkeypatch)
    second = open_dataset(graphs["built"], engine="oxigraph")
    assert all(same_as_text(second, params) for params in WINDOWS * 2)
    assert len(read) == 1, read  # eight asks, one read
    assert all(same_as_text(first, params) for params in WINDOWS)
    assert len(read) == 1, read  # the first dataset holds what it read at its first ask
    question = get_question(QUESTION)
    assert window_values._kept_table(second, question, None) is window_values._kept_table(second, question, None)
    assert window_values._kept_table(first, question, None) is not window_values._kept_table(second, question, None)


def test_rows_asked_of_the_text_leave_the_held_table_as_read(graphs, monkeypatch):
    asked, original = [], window_values._asked_rows
    monkeypatch.setattr(window_values, "_asked_rows", lambda *args: asked.append(args[3]) or original(*args))
    dataset = open_dataset(graphs["built"], engine="oxigraph")
    assert same_as_text(dataset, WINDOWS[1]) and asked == []
    table = window_values._kept_table(dataset, get_question(QUESTION), None)
    before = copy.deepcopy({name: table[name] for name in ("names", "terms", "rows", "cells", "lookups", "ranks")})
    assert all(isinstance(row, tuple) for row in table["rows"]) and table["cells"] == [row[2:] for row in table["rows"]]
    for params in WINDOWS:
        assert same_as_text(dataset, params), params
    assert asked  # --as-of asked the chair's rows of the text
    assert window_values._kept_table(dataset, get_question(QUESTION), None) is table
    assert {name: table[name] for name in before} == before
