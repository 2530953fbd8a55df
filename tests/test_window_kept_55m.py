"""Round 55m: ``collaborations-matrix`` under a window (``--as-of``, ``--at``, ``--from``/``--until``) answered from
its evidence rows kept beside the graph, each node decided by ``graph.evidence_window.kept_by``
(``graph/window_counts.py``, round 55v's way for a question that counts), gives exactly the rows of its SPARQL
text, in the same order: over round 55v's grid of windows on three graphs (built invented documents with
collaborations dated, stated from a year, over, undated in a document without a date; the bundled corpus; the
curation example with its hand-added collaboration), on Oxigraph and against rdflib's answer; rdflib, a store in
memory, ``--min-confidence`` and no window run the text; a damaged kept file is not read."""

from __future__ import annotations

import json
from functools import partial

import pytest

from graph import window_counts
from graph.query import get_question, run_question
from graph.questions import question_bindings
from graph.store import open_dataset
from tests.documents import three_graphs
from tests.test_window_kept_55v import answers_left_to_text, damaged, grid, only_kept_file
from tests.test_window_kept_55v import text_rows as roles_text_rows

#: invented collaborations of towns with ministries: dated by the document, a stated start, a period that is over,
#: one pair in two documents
DOCUMENTS = {
    "een": ("2023-02-01", "Breda werkt samen met het ministerie van BZK aan de woningbouw. Tilburg werkt samen met "
                          "het ministerie van EZK."),
    "twee": ("2023-11-15", "Sinds 1 maart 2022 werkt Zwolle samen met het ministerie van IenW aan de bereikbaarheid. "
                           "Breda werkt samen met het ministerie van BZK."),
    "drie": ("2024-06-01", "Van 2020 tot 2022 werkte Enschede samen met het ministerie van OCW. Tilburg werkt samen "
                           "met het ministerie van SZW."),
    "vier": ("2025-03-10", "Emmen werkt samen met het ministerie van BZK aan de wijkaanpak."),
}

QUESTION = "collaborations-matrix"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    return three_graphs(tmp_path_factory, seed_graph, DOCUMENTS, "window-counts")


@pytest.fixture(scope="module")
def stores(graphs):
    return {which: open_dataset(path, engine="oxigraph") for which, path in graphs.items()}


text_rows = partial(roles_text_rows, name=QUESTION)


def kept_rows(dataset, params: dict, name: str = QUESTION, module=window_counts):
    """The answer of the question ``name`` from the kept rows of ``module`` (None: it left it to the text)."""
    question = get_question(name)
    return module.windowed_answer(dataset, question, question_bindings(dataset, question, params), None)


def grid_gives_the_text_rows(dataset, name: str = QUESTION, module=window_counts):
    """For round 55v's 276 windows the kept rows of the question ``name`` (``module``'s) give the text's answer
    (columns, rows, order), and so does the question asked as a user asks it; some window keeps a row."""
    answers = [(params, kept_rows(dataset, params, name, module), roles_text_rows(dataset, params, name))
               for params in grid()]
    assert all(kept is not None and (kept.columns, kept.rows) == (text.columns, text.rows)
               for _, kept, text in answers), [params for params, kept, text in answers if kept is None or kept.rows != text.rows][:3]
    assert all(run_question(dataset, name, params).rows == text.rows for params, _, text in answers)
    assert len(answers) == 276 and any(text.rows for _, _, text in answers)


def rdflib_gives_the_same_rows(kg, dataset, name: str = QUESTION, module=window_counts):
    """rdflib's answer on the graph folder ``kg`` is the kept rows' (``module``'s) on its Oxigraph store ``dataset``."""
    rdflib_store = open_dataset(kg, engine="rdflib")
    for params in ({"as_of": "2024-01-01"}, {"at": "2023-06-01"}, {"from": "2024-01-01", "until": "2025-12-31"}):
        assert run_question(rdflib_store, name, params).rows == kept_rows(dataset, params, name, module).rows, params


def answered_without_sparql_once_kept(kg, dataset, monkeypatch, name: str = QUESTION):
    """Once a window's ask kept the rows, another window asks no SPARQL and gives the text's rows."""
    import graph.query

    kept_rows(dataset, {"at": "2024-01-01"}, name)
    assert only_kept_file(kg, name).exists()
    expected = roles_text_rows(dataset, {"until": "2025-01-01"}, name).rows
    assert expected

    def refused(*args, **kwargs):
        raise AssertionError("SPARQL asked")

    monkeypatch.setattr(graph.query, "run_sparql", refused)
    monkeypatch.setattr(window_counts, "_table", refused)
    assert kept_rows(dataset, {"until": "2025-01-01"}, name).rows == expected


def damaged_gives_the_text(kg, damage: str, name: str = QUESTION, more: dict | None = None, module=window_counts):
    """The kept rows of ``name`` (``module``'s) on ``kg``, damaged as ``damage`` says (or as a key of ``more``: data →
    the data changed so), are computed again and kept: the text's rows. The damaged file is read by a dataset opened
    after the damage (since round 57g ``graph.window_values`` holds the rows it read for its dataset's life)."""
    params, dataset = {"from": "2023-06-01", "until": "2024-12-31"}, open_dataset(kg, engine="oxigraph")
    assert kept_rows(dataset, params, name, module).rows
    data = damaged(kg, name, damage, lambda data: {
        "a term not kept": dict(data, rows=[[*data["rows"][0][:2], len(data["terms"]), *data["rows"][0][3:]],
                                            *data["rows"][1:]]),
        "a signature not kept": dict(data, rows=[[len(data["signatures"]), *data["rows"][0][1:]], *data["rows"][1:]]),
        **{key: change(data) for key, change in (more or {}).items()}})
    dataset = open_dataset(kg, engine="oxigraph")
    assert kept_rows(dataset, params, name, module).rows == roles_text_rows(dataset, params, name).rows
    assert json.loads(only_kept_file(kg, name).read_text()) == data  # computed again and kept


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_every_window_of_the_grid_gives_the_text_rows(stores, which):
    """Property-style: for round 55v's 276 windows the kept rows give the text's answer (columns, rows, order),
    and so does the question asked as a user asks it; some window keeps a pair on every graph."""
    grid_gives_the_text_rows(stores[which])


def test_the_built_graph_has_what_the_window_decides_on(stores):
    """A stated start, a period that is over, a pair in two documents: each window keeps its own pairs."""
    def pairs(params):
        return {(str(row["actorLabel"]), str(row["ministryLabel"])): int(row["documents"])
                for row in kept_rows(stores["built"], params).rows}

    assert pairs({"as_of": "2023-06-01"}) == {("Breda", "BZK"): 1, ("Tilburg", "EZK"): 1, ("Zwolle", "IenW"): 1}
    assert pairs({"at": "2021-06-01"}) == {("Enschede", "OCW"): 1}
    assert pairs({"from": "2023-01-01", "until": "2023-12-31"})[("Breda", "BZK")] == 2
    assert ("Enschede", "OCW") not in pairs({"as_of": "2025-06-01"})


def test_the_curation_examples_undated_and_not_a_day_facts(stores, monkeypatch):
    """The hand-added collaboration has no time at all: every window keeps it and counts it undated. The
    extracted one's start is "2021", no day: its rows alone are asked of the text with the window."""
    asked = []
    original = window_counts._asked_rows
    monkeypatch.setattr(window_counts, "_asked_rows", lambda *args: asked.append(args[3]) or original(*args))
    for params in ({"as_of": "2030-01-01"}, {"at": "2021-06-01"}, {"until": "2019-01-01"}):
        kept, text = kept_rows(stores["curated"], params), text_rows(stores["curated"], params)
        assert kept.rows == text.rows and any(int(row["undated"]) == 1 and int(row["curations"]) == 1 for row in kept.rows)
        assert asked[-1] == ["https://w3id.org/g40kg/id/evidence/doc-x/2"]


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_rdflib_gives_the_same_rows(graphs, stores, which):
    rdflib_gives_the_same_rows(graphs[which], stores[which])


def test_rdflib_a_store_in_memory_min_confidence_and_no_window_run_the_text(graphs):
    others = [{}, {"as_of": "2024-01-01", "min_confidence": "0.5"}]
    assert answers_left_to_text(graphs["built"], window_counts, QUESTION, others) == [None] * 4


def test_a_window_is_answered_without_sparql_once_kept(graphs, stores, monkeypatch):
    answered_without_sparql_once_kept(graphs["seed"], stores["seed"], monkeypatch)


@pytest.mark.parametrize("damage", ["empty", "truncated", "another shape", "a term not kept", "a signature not kept"])
def test_a_damaged_kept_file_gives_the_text_answer(graphs, damage):
    damaged_gives_the_text(graphs["built"], damage)


def test_a_changed_text_is_left_to_the_text(stores, monkeypatch):
    """The pairs' labels and order are the kept answer's: another text after the subquery is asked as written."""
    window = {"from": "2023-01-01", "until": "2024-12-31"}
    monkeypatch.setitem(window_counts._OUTER_DIGESTS, QUESTION, "0" * 16)
    assert kept_rows(stores["built"], window) is None
    answered = {(str(row["actorLabel"]), int(row["documents"])) for row in run_question(stores["built"], QUESTION, window).rows}
    assert answered == {("Breda", 2), ("Tilburg", 1), ("Zwolle", 1)}
