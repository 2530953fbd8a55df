"""``unit-role-timeline`` gives one row per term, not one per document (walkthrough 24, finding 15).

A chair named in three documents over one continuous term is one row, with the three documents counted;
two terms of one person with another holder between them are two rows. The same rows on Oxigraph, on
rdflib and on a SPARQL endpoint (graph.term_rows folds the rows after the engine answered). Invented
people only.
"""

from __future__ import annotations

import json

import pytest
from rdflib import Literal

from graph.cli import cli
from graph.term_rows import folded_terms
from tests.documents import built_from


def evidence(person, start, end=None, document=None, *, role="voorzitter", curation=None, past=False, ended_by=None):
    """One row of the question before the fold, with RDF terms as an engine gives them."""
    return {"unit": "u/pijler", "person": f"p/{person}", "personLabel": Literal(person), "role": Literal(role),
            "start": Literal(start) if start else None, "end": Literal(end) if end else None,
            "endedBy": Literal(ended_by) if ended_by else None, "past": Literal(True) if past else None,
            "documentId": Literal(document) if document else None, "curation": Literal(curation) if curation else None,
            "quote": Literal(f"zin uit {document}") if document else None}


def shown(rows):
    """(person, start, end, endedBy, documents, documentId, curation, past) of each folded row."""
    def text(value):
        return None if value is None else str(value)
    return [(text(r["personLabel"]), text(r["start"]), text(r["end"]), text(r["endedBy"]), int(r["documents"]),
             text(r["documentId"]), text(r["curation"]), text(r["past"])) for r in folded_terms(rows)]


CASES = {
    "three reports of one term are one row": (
        [evidence("Anna", "2023-03-01", "2024-05-31", "a1", ended_by="p1"),
         evidence("Anna", "2023-09-12", "2024-05-31", "a2", ended_by="p1"),
         evidence("Anna", "2024-02-01", "2024-05-31", "a3", ended_by="p1")],
        [("Anna", "2023-03-01", "2024-05-31", "p1", 3, "a1", None, None)]),
    "a gap makes two terms": (
        [evidence("Anna", "2020-01-01", "2021-12-31", "a1"), evidence("Anna", "2024-03-01", None, "a2")],
        [("Anna", "2020-01-01", "2021-12-31", None, 1, "a1", None, None),
         ("Anna", "2024-03-01", None, None, 1, "a2", None, None)]),
    "periods that touch are one term": (
        [evidence("Anna", "2023-01-01", "2023-12-31", "a1"), evidence("Anna", "2024-01-01", None, "a2")],
        [("Anna", "2023-01-01", None, None, 2, "a1", None, None)]),
    "a year inside the term keeps the term's end": (
        [evidence("Anna", "2023-01-01", "2026-03-31", "a1"), evidence("Anna", "2025-01-01", "2025", "a2")],
        [("Anna", "2023-01-01", "2026-03-31", None, 2, "a1", None, None)]),
    "an end without a start joins the term that holds it": (
        [evidence("Anna", None, "2025-06-30", "a1", past=True), evidence("Anna", "2022-09-01", "2025-06-30", "a2")],
        [("Anna", "2022-09-01", "2025-06-30", None, 2, "a2", None, None)]),
    "an end without a start outside every term is a term of its own": (
        [evidence("Anna", None, "2019-06-30", "a1", past=True), evidence("Anna", "2022-09-01", None, "a2")],
        [("Anna", None, "2019-06-30", None, 1, "a1", None, "true"),
         ("Anna", "2022-09-01", None, None, 1, "a2", None, None)]),
    "an open report reaches on to a later one": (
        [evidence("Anna", "2023-03-01", None, "a1"), evidence("Anna", "2025-02-10", None, "a2", past=True)],
        [("Anna", "2023-03-01", None, None, 2, "a1", None, None)]),
    "a correction is listed, not counted, and quotes no document": (
        [evidence("Anna", "2025-07-01", None, curation="fix.yaml:5"), evidence("Anna", "2025-07-01", None, "a1")],
        [("Anna", "2025-07-01", None, None, 1, "a1", "fix.yaml:5", None)]),
    "two people and two roles stay apart": (
        [evidence("Anna", "2023-01-01", None, "a1"), evidence("Piet", "2023-01-01", None, "a1"),
         evidence("Anna", "2023-01-01", None, "a1", role="secretaris")],
        [("Anna", "2023-01-01", None, None, 1, "a1", None, None), ("Anna", "2023-01-01", None, None, 1, "a1", None, None),
         ("Piet", "2023-01-01", None, None, 1, "a1", None, None)]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rows_fold_into_terms(name):
    rows, expected = CASES[name]
    assert shown(rows) == expected


# one chair reported three times, ended by the next chair's start; the first chair back after him
DOCUMENTS = {
    "a1": ("2023-03-01", "Anna Jansen, voorzitter van de Pijler Economie, opende de bijeenkomst."),
    "a2": ("2023-09-12", "Anna Jansen, voorzitter van de Pijler Economie, sprak over de begroting."),
    "a3": ("2024-02-01", "Anna Jansen, voorzitter van de Pijler Economie, sloot de vergadering."),
    "p1": ("2024-06-03", "Per 1 juni 2024 is Piet de Boer voorzitter van de Pijler Economie."),
    "a4": ("2025-03-05", "Per 1 maart 2025 is Anna Jansen voorzitter van de Pijler Economie."),
    "a5": ("2025-06-10", "Anna Jansen, voorzitter van de Pijler Economie, opende het congres."),
}
TERMS = [("Anna Jansen", "2023-03-01", "2024-05-31", "p1", 3, "a1"),
         ("Piet de Boer", "2024-06-01", "2025-02-28", "a4", 1, "p1"),
         ("Anna Jansen", "2025-03-01", None, None, 2, "a4")]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    """The six documents built once; read-only."""
    return built_from(tmp_path_factory.mktemp("terms"), DOCUMENTS)


def timeline(runner, *where, window=()):
    result = runner.invoke(cli, [*where, "ask", "unit-role-timeline", "-p", "unit=Pijler Economie", *window,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["personLabel"], r["start"], r["end"], r["endedBy"], r["documents"], r["documentId"])
            for r in json.loads(result.stdout)["rows"]]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_one_row_per_term_on_both_engines(runner, kg, engine):
    assert timeline(runner, "--graph", str(kg), "--engine", engine) == TERMS
    # the window chooses the evidence first: before the next chair was known, her term was open
    assert timeline(runner, "--graph", str(kg), "--engine", engine, window=("--as-of", "2024-03-01")) == [
        ("Anna Jansen", "2023-03-01", None, None, 3, "a1")]
    assert timeline(runner, "--graph", str(kg), "--engine", engine, window=("--at", "2025-06-10")) == [TERMS[2]]


def test_the_table_counts_the_documents_of_a_term(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "unit-role-timeline", "-p", "unit=Pijler Economie"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "documenten" in lines[1] and len(lines) == 6, result.output
    assert lines[3].split()[:6] == ["2023-03-01", "2024-05-31", "p1", "voorzitter", "Anna", "Jansen"]


@pytest.mark.server
def test_one_row_per_term_on_an_endpoint(runner, kg, tmp_path):
    from oxigraph_server import read_only_endpoint

    with read_only_endpoint(kg / "graph.nq", tmp_path / "data") as url:
        assert timeline(runner, "--endpoint", url) == TERMS


def test_the_printed_question_says_that_g40kg_folds_its_rows(runner):
    result = runner.invoke(cli, ["questions", "unit-role-timeline"])
    assert result.exit_code == 0, result.output
    assert "# deze SPARQL geeft één regel per bewijsstuk; g40kg voegt" in result.output
