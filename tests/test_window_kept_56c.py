"""Round 56c: ``ministry-contacts`` and ``themagroep-contacts`` under a window (``--as-of``, ``--at``,
``--from``/``--until``) answered from the rows of their time-filtered subquery kept beside the graph, each node
decided by ``graph.evidence_window.kept_by`` and the rest of the text asked over those rows
(``graph/window_values.py``), give exactly the rows of their SPARQL text, in the same order: over round 55v's grid
of windows on three graphs (built invented documents with a ministry contact handed over on a stated day, a
ministry's director without a dossier, a themagroep chair followed by another, a member who changed towns; the
bundled corpus; the curation example with its hand-added themagroep role), on Oxigraph and against rdflib's
answer; rdflib, a store in memory, ``-p ministry=``/``-p themagroep=`` and no window run the text; a damaged kept
file is not read; an edited text is asked as written."""

from __future__ import annotations

import dataclasses
from functools import partial

import pytest
from rdflib import Literal
from rdflib.namespace import XSD

from graph import window_values
from graph.query import get_question, run_question, run_sparql
from graph.questions import question_bindings, question_text
from tests import test_window_kept_55m as window_kept_55m
from tests.documents import three_graphs
from tests.test_window_kept_55m import damaged_gives_the_text, grid_gives_the_text_rows
from tests.test_window_kept_55m import kept_rows as counts_kept_rows
from tests.test_window_kept_55m import rdflib_gives_the_same_rows
from tests.test_window_kept_55v import answers_left_to_text, unwritable_folder_runs_the_text
from tests.test_window_kept_55v import text_rows

#: invented contacts: a ministry contact handed over on a stated day (the one before moves to another ministry), a
#: ministry's director who is no one's contact, a themagroep chair followed by another on a stated day, a member
#: who names another town in a later document, a ministry's person who takes part in the themagroep
HANDOVER = ("Sanne Bosman is per 1 januari 2025 overgestapt naar het ministerie van Klimaat en Groene Groei; Joris Lam "
            "heeft haar taken voor de City Deal Kennis Maken overgenomen.")
DOCUMENTS = {
    "brief": ("2023-03-15", "Namens het ministerie van EZK is Sanne Bosman contactpersoon voor de City Deal Kennis "
                            "Maken. Karin Boshoven (Deventer) is voorzitter van de themagroep Wonen."),
    "nieuws": ("2024-05-02", "Pieter Zandvoort, directeur Woningbouw bij het ministerie van BZK, sprak in Deventer. "
                             "Wouter Dijkhuis van het ministerie van BZK neemt deel aan de themagroep Wonen. "
                             "Rutger Valkema (Almelo) is lid van de themagroep Wonen."),
    "contactlijst": ("2025-03-03", "Contactlijst\n\n" + HANDOVER + " Rutger Valkema (Hengelo) is lid van de themagroep "
                                   "Wonen."),
    "verslag": ("2025-06-10", "Verslag\n\nJoris Lam is sinds 1 januari 2025 namens het ministerie van Economische "
                              "Zaken contactpersoon voor de City Deal Kennis Maken. Per 1 juli 2025 is Lotte Brink "
                              "voorzitter van de themagroep Wonen. Zij volgt Karin Boshoven op."),
}

QUESTIONS = window_values.QUESTIONS

kept_rows = partial(counts_kept_rows, module=window_values)


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    return three_graphs(tmp_path_factory, seed_graph, DOCUMENTS, "window-values")


stores = window_kept_55m.stores  # this module's graphs opened on Oxigraph


@pytest.mark.parametrize("name", QUESTIONS)
@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_every_window_of_the_grid_gives_the_text_rows(stores, which, name):
    """Property-style: for round 55v's 276 windows the kept rows give the text's answer (columns, rows, order),
    and so does the question asked as a user asks it; some window keeps a row on every graph."""
    if which != "built" and name == "ministry-contacts":
        assert not run_question(stores[which], name, {}).rows  # neither graph has a ministry contact
        return
    grid_gives_the_text_rows(stores[which], name, window_values)


def contacts(dataset, params: dict) -> set:
    return {(str(row["ministryLabel"]), str(row["personLabel"]), str(row["since"]), int(row["documents"]))
            for row in kept_rows(dataset, params, "ministry-contacts").rows}


def test_the_tie_with_the_ministry_holds_on_the_day_asked(stores):
    """Sanne Bosman is EZK's contact from 2023 and works at KGG from 2025: --as-of and --at (the tie on that day, a
    FILTER of the subquery that reads the window: her contact rows are asked of the text) show her at EZK only;
    --from/--until read no tie and show both."""
    dataset = stores["built"]
    bzk = {("BZK", "Pieter Zandvoort", "2024-05-02", 1), ("BZK", "Wouter Dijkhuis", "2024-05-02", 1)}
    assert contacts(dataset, {"as_of": "2024-06-01"}) == bzk | {("EZK", "Sanne Bosman", "2023-03-15", 1)}
    assert contacts(dataset, {"as_of": "2025-08-01"}) == bzk | {("EZK", "Joris Lam", "2025-01-01", 2)}
    assert contacts(dataset, {"from": "2023-01-01", "until": "2023-12-31"}) == {
        ("EZK", "Sanne Bosman", "2023-03-15", 1), ("KGG", "Sanne Bosman", "2023-03-15", 1)}
    question = get_question("ministry-contacts")
    table = window_values._kept_table(dataset, question, None)
    gated = {str(table["terms"][row[2 + table["names"].index("person")]][1]).rsplit("/", 1)[-1]
             for row in table["rows"] if row[1]}
    assert gated == {"sanne-bosman", "joris-lam"}, gated


def test_a_chair_followed_by_another(stores, monkeypatch):
    """Karin Boshoven's chair ends where Lotte Brink's starts (an inferred end): under --as-of her rows alone are
    asked of the text (whether the end is known on that day changes it); --at decides them here."""
    asked = []
    original = window_values._asked_rows
    monkeypatch.setattr(window_values, "_asked_rows", lambda *args: asked.append(args[3]) or original(*args))
    dataset = stores["built"]

    def chairs(params):
        return [(str(row["personLabel"]), str(row["onBehalfOf"]), str(row["start"]), str(row["end"]))
                for row in kept_rows(dataset, params, "themagroep-contacts").rows if str(row["role"]) == "voorzitter"]

    assert chairs({"as_of": "2025-06-01"}) == [("Karin Boshoven", "Deventer", "2023-03-15", "None")]
    assert asked and all(len(nodes) <= 2 for nodes in asked)
    assert chairs({"as_of": "2025-08-01"}) == [("Lotte Brink", "None", "2025-07-01", "None")]
    asked.clear()
    assert chairs({"at": "2024-06-01"}) == [("Karin Boshoven", "Deventer", "2023-03-15", "2025-06-30")]
    assert asked == []


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_rdflib_gives_the_same_rows(graphs, stores, which):
    for name in QUESTIONS:
        rdflib_gives_the_same_rows(graphs[which], stores[which], name, window_values)


def test_rdflib_a_store_in_memory_a_parameter_and_no_window_run_the_text(graphs, stores):
    for name, parameter in (("ministry-contacts", {"ministry": "EZK"}),
                            ("themagroep-contacts", {"themagroep": "Themagroep Wonen"})):
        others = [{}, {"as_of": "2025-06-01", **parameter}]
        assert answers_left_to_text(graphs["built"], window_values, name, others) == [None] * 4, name
        assert run_question(stores["built"], name, others[1]).rows == text_rows(stores["built"], others[1], name).rows
    question = get_question("ministry-contacts")  # a parameter the question has not (--min-confidence): not here
    bindings = {"as_of": Literal("2025-06-01", datatype=XSD.date),
                "min_confidence": Literal("0.5", datatype=XSD.decimal)}
    assert window_values.windowed_answer(stores["built"], question, bindings, None) is None


@pytest.mark.parametrize("name", QUESTIONS)
def test_a_window_is_answered_from_the_kept_rows(graphs, stores, monkeypatch, name):
    """Once kept, a window that asks no node of the text runs no query (round 57c: grouped, labelled and ordered in
    Python, ``graph.window_contacts``; round 56c asked the text around the kept rows, one query)."""
    import graph.query

    kept_rows(stores["built"], {"at": "2024-01-01"}, name)
    expected = text_rows(stores["built"], {"until": "2024-12-31"}, name).rows
    asked = []
    original = graph.query.run_sparql
    monkeypatch.setattr(graph.query, "run_sparql", lambda dataset, text, **kwargs: asked.append(text) or original(
        dataset, text, **kwargs))
    monkeypatch.setattr(window_values, "_table", None)
    answer = kept_rows(stores["built"], {"until": "2024-12-31"}, name)
    assert answer.rows and answer.rows == expected
    assert asked == [], asked


@pytest.mark.parametrize("name", QUESTIONS)
@pytest.mark.parametrize("damage", ["empty", "truncated", "another shape", "a term not kept", "a signature not kept",
                                    "a row too short"])
def test_a_damaged_kept_file_gives_the_text_answer(graphs, damage, name):
    damaged_gives_the_text(graphs["built"], damage, name, {
        "a row too short": lambda data: dict(data, rows=[data["rows"][0][:-1], *data["rows"][1:]])}, window_values)


@pytest.mark.parametrize("name, old, new", [
    ("ministry-contacts", "ORDER BY ?ministryLabel ?personLabel ?dossierLabel",
     "ORDER BY DESC(?ministryLabel) ?personLabel ?dossierLabel"),
    ("themagroep-contacts", "ORDER BY ?themagroepLabel ?personLabel ?start",
     "ORDER BY ?themagroepLabel DESC(?personLabel) ?start"),
])
def test_a_text_edited_around_its_subquery_is_asked_as_written(stores, monkeypatch, name, old, new):
    """What the kept rows do not hold is the text's: an edited order is asked as written."""
    question = get_question(name)
    assert old in question.text
    edited = dataclasses.replace(question, text=question.text.replace(old, new))
    window = {"from": "2023-01-01", "until": "2025-12-31"}
    dataset = stores["built"]
    answer = window_values.windowed_answer(dataset, edited, question_bindings(dataset, edited, window), None)
    expected = run_sparql(dataset, question_text(edited, question_bindings(dataset, edited, window)), check=False)
    assert answer.rows == expected.rows and answer.rows != text_rows(dataset, window, name).rows


@pytest.mark.parametrize("old, new", [
    ("BIND(STRAFTER(STR(?p), STR(g40:)) AS ?relation)",
     "BIND(IF(BOUND(?as_of), STRAFTER(STR(?p), STR(g40:)), \"\") AS ?relation)"),
    ("        # @time ?ev\n", "        # @time ?ev\n        # @time ?person\n"),
], ids=["a BIND", "a second time filter"])
def test_a_subquery_that_reads_the_window_elsewhere_is_left_to_the_text(stores, old, new):
    """The window read by a BIND of the subquery or a time filter on another node (not a FILTER: its rows would
    differ, not only be dropped, or be dropped for a node the kept rows do not decide on)."""
    question = get_question("themagroep-contacts")
    assert old in question.text
    edited = dataclasses.replace(question, text=question.text.replace(old, new))
    bindings = question_bindings(stores["built"], edited, {"as_of": "2025-06-01"})
    assert window_values.windowed_answer(stores["built"], edited, bindings, None) is None


@pytest.mark.parametrize("name", QUESTIONS)
def test_a_graph_folder_this_process_cannot_write_runs_the_text_until_the_rows_are_kept(graphs, tmp_path, monkeypatch,
                                                                                      name):
    unwritable_folder_runs_the_text(graphs["built"], tmp_path, monkeypatch, name, partial(kept_rows, name=name),
                                    partial(text_rows, name=name))


@pytest.mark.parametrize("name", [*QUESTIONS, "who-does-what", "collaborations-matrix", "g40-cities-programmes"])
def test_a_first_windowed_ask_whose_rows_take_too_long_is_answered_by_the_text(graphs, tmp_path, monkeypatch, name):
    """Each query that makes the rows kept for windows may take a share of the timeout (``TABLE_SHARE``, half):
    past it the first windowed ask is answered by the text within the whole timeout, where it stopped with the
    timeout's error, and keeps nothing; the next ask keeps them. Here the share is so small every such query
    times out."""
    import shutil
    import time

    from graph import query as query_module
    from graph import window_roles
    from graph.derived import DERIVED_DIR
    from graph.store import open_dataset

    kg = tmp_path / "kg"
    shutil.copytree(graphs["built"], kg, ignore=shutil.ignore_patterns(DERIVED_DIR))
    window = {"as_of": "2025-06-01"}
    monkeypatch.setattr(window_roles, "TABLE_SHARE", 1e-9)
    # a query on this small graph can end before its worker is joined, even within 3e-8 s: each query given
    # such a share waits 0.2 s first, so it surely overruns it (the timeout's own path stays the real one)
    real = query_module.call_with_timeout

    def overrunning_a_tiny_share(func, timeout, **options):
        if timeout is not None and timeout < 1e-3:
            return real(lambda: (time.sleep(0.2), func())[1], timeout, **options)
        return real(func, timeout, **options)

    monkeypatch.setattr(query_module, "call_with_timeout", overrunning_a_tiny_share)
    dataset = open_dataset(kg, engine="oxigraph")
    expected = text_rows(dataset, window, name).rows
    assert run_question(dataset, name, window, timeout=30).rows == expected
    assert not list((kg / DERIVED_DIR).glob("window-rows-*"))
    monkeypatch.setattr(window_roles, "TABLE_SHARE", 0.5)
    assert run_question(dataset, name, window, timeout=30).rows == expected
    assert len(list((kg / DERIVED_DIR).glob(f"window-rows-{name}-*"))) == 1
