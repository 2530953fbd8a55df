"""Round 55g: ``g40-cities-programmes`` under a window (``--as-of``, ``--at``, ``--from``/``--until``) answered from
its evidence rows kept beside the graph, each node decided by ``graph.evidence_window.kept_by``
(``graph/window_counts.py``, round 55m's module with a shape per question), gives exactly the rows of its SPARQL
text, in the same order: over round 55v's grid of windows on three graphs (built invented documents with
participations dated by the document, stated from a day, over, in two documents, and a programme led by a city;
the bundled corpus; the curation example with its hand-added participation valid from 2023), on Oxigraph and
against rdflib's answer; rdflib, a store in memory, ``-p kind=…`` and no window run the text; a damaged kept file
is not read; an edited text is asked as written."""

from __future__ import annotations

from functools import partial

import pytest

from graph import window_counts
from graph.query import run_question
from tests.documents import three_graphs
from tests import test_window_kept_55m as window_kept_55m
from tests.test_window_kept_55m import answered_without_sparql_once_kept, damaged_gives_the_text, grid_gives_the_text_rows
from tests.test_window_kept_55m import kept_rows as counts_kept_rows
from tests.test_window_kept_55m import rdflib_gives_the_same_rows
from tests.test_window_kept_55v import answers_left_to_text, unwritable_folder_runs_the_text
from tests.test_window_kept_55v import text_rows as roles_text_rows

#: invented participations of G40 cities in programmes: dated by the document, a stated start, a period that is
#: over, one pair in two documents, a programme led by a city (the programme's own evidence)
DOCUMENTS = {
    "een": ("2023-02-01", "Groningen neemt deel aan de City Deal Circulaire Stad. Tilburg neemt deel aan de Regio Deal "
                          "Midden-Brabant."),
    "twee": ("2023-11-15", "Sinds 1 maart 2022 neemt Zwolle deel aan de City Deal Circulaire Stad. Groningen neemt deel "
                           "aan de City Deal Circulaire Stad."),
    "drie": ("2024-06-01", "Van 2020 tot 2022 nam Enschede deel aan de City Deal Circulaire Stad. Breda is penvoerder van "
                           "de Woondeal Breda."),
    "vier": ("2025-03-10", "Emmen neemt deel aan de City Deal Circulaire Stad."),
}

QUESTION = "g40-cities-programmes"
DEAL = "City Deal Circulaire Stad"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    return three_graphs(tmp_path_factory, seed_graph, DOCUMENTS, "window-programmes")


stores = window_kept_55m.stores  # this module's graphs opened on Oxigraph


text_rows = partial(roles_text_rows, name=QUESTION)
kept_rows = partial(counts_kept_rows, name=QUESTION)


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_every_window_of_the_grid_gives_the_text_rows(stores, which):
    """Property-style: for round 55v's 276 windows the kept rows give the text's answer (columns, rows, order),
    and so does the question asked as a user asks it; some window keeps a row on every graph."""
    grid_gives_the_text_rows(stores[which], QUESTION)


def test_the_built_graph_has_what_the_window_decides_on(stores):
    """A stated start, a period that is over, a pair in two documents, a programme led by a city: each window keeps
    its own rows."""
    def rows(params):
        return {(str(row["cityLabel"]), str(row["programmeLabel"]), str(row["relation"])): int(row["documents"])
                for row in kept_rows(stores["built"], params).rows}

    assert rows({"as_of": "2023-06-01"}) == {("Groningen", DEAL, "participatesIn"): 1, ("Zwolle", DEAL, "participatesIn"): 1,
                                             ("Tilburg", "Regio Deal Midden-Brabant", "participatesIn"): 1}
    assert rows({"at": "2021-06-01"}) == {("Enschede", DEAL, "participatesIn"): 1}
    assert rows({"from": "2023-01-01", "until": "2023-12-31"})[("Groningen", DEAL, "participatesIn")] == 2
    latest = rows({"as_of": "2025-06-01"})
    assert ("Enschede", DEAL, "participatesIn") not in latest and latest[("Breda", "Woondeal Breda", "ledBy")] == 1


@pytest.mark.parametrize("params, shown", [({"at": "2022-06-01"}, False), ({"as_of": "2030-01-01"}, True),
                                           ({"from": "2022-06-01", "until": "2023-01-01"}, True),
                                           ({"until": "2022-12-31"}, False)])
def test_the_curation_examples_participation_holds_from_2023(stores, params, shown):
    """The hand-added participation is valid from 1 January 2023: a curation, no document, kept from that day."""
    kept = kept_rows(stores["curated"], params)
    assert kept.rows == text_rows(stores["curated"], params).rows
    found = [(str(row["cityLabel"]), str(row["relation"]), int(row["documents"]), int(row["curations"])) for row in kept.rows]
    assert found == ([("Voorbeeldstad", "initiated", 0, 1)] if shown else [])


@pytest.mark.parametrize("which", ["built", "seed", "curated"])
def test_rdflib_gives_the_same_rows(graphs, stores, which):
    rdflib_gives_the_same_rows(graphs[which], stores[which], QUESTION)


def test_rdflib_a_store_in_memory_a_kind_and_no_window_run_the_text(graphs, stores):
    others = [{}, {"as_of": "2024-01-01", "kind": "citydeal"}]
    assert answers_left_to_text(graphs["built"], window_counts, QUESTION, others) == [None] * 4
    asked = {(str(row["cityLabel"]), str(row["programmeKind"])) for row in
             run_question(stores["built"], QUESTION, {"as_of": "2024-01-01", "kind": "citydeal"}).rows}
    assert asked == {("Groningen", "citydeal"), ("Zwolle", "citydeal")}


def test_a_window_is_answered_without_sparql_once_kept(graphs, stores, monkeypatch):
    answered_without_sparql_once_kept(graphs["seed"], stores["seed"], monkeypatch, QUESTION)


@pytest.mark.parametrize("damage", ["empty", "truncated", "another shape", "a term not kept", "a signature not kept",
                                    "a row too short"])
def test_a_damaged_kept_file_gives_the_text_answer(graphs, damage):
    damaged_gives_the_text(graphs["built"], damage, QUESTION, {
        "a row too short": lambda data: dict(data, rows=[data["rows"][0][:-2] + data["rows"][0][-1:], *data["rows"][1:]])})


def test_a_changed_text_is_left_to_the_text(stores, monkeypatch):
    """The rows' labels and order are the kept answer's: another text around the subquery is asked as written."""
    window = {"from": "2023-01-01", "until": "2024-12-31"}
    monkeypatch.setitem(window_counts._OUTER_DIGESTS, QUESTION, "0" * 16)
    assert kept_rows(stores["built"], window) is None
    answered = {(str(row["cityLabel"]), int(row["documents"])) for row in run_question(stores["built"], QUESTION, window).rows}
    assert answered == {("Groningen", 2), ("Tilburg", 1), ("Zwolle", 1), ("Breda", 1)}


def test_relation_is_the_predicates_name_as_the_text_binds_it():
    """``STRAFTER(STR(?p), STR(g40:))``: the name after the vocabulary's namespace, else the empty string."""
    from graph.vocab import G40_NS

    assert window_counts._relation(["u", str(G40_NS) + "ledBy"]) == ["l", "ledBy", None, None]
    assert window_counts._relation(["u", "http://example.org/ledBy"]) == ["l", "", None, None]


def test_a_graph_folder_this_process_cannot_write_runs_the_text_until_the_rows_are_kept(graphs, tmp_path, monkeypatch):
    unwritable_folder_runs_the_text(graphs["built"], tmp_path, monkeypatch, QUESTION, kept_rows, text_rows)
