"""``who-is-who`` and ``members`` give one row per term, as ``unit-role-timeline`` does (walkthrough 24,
finding 15, for the other questions whose rows are a person's term in a body): a chair named in three
documents over one term is one row with the three documents counted; her second term after another holder's
is a second row. The same rows on Oxigraph, rdflib and an endpoint (graph.term_rows folds after the engine
answered). Invented people only; the documents are test_timeline_terms'."""

from __future__ import annotations

import json

import pytest

from tests.documents import ask_rows, built_from
from tests.test_timeline_terms import DOCUMENTS

#: Anna Jansen's chair of the Pijler Economie: (start, end, documents, the document of the start)
ANNA = [("2023-03-01", "2024-05-31", 3, "a1"), ("2025-03-01", None, 2, "a4")]
#: the pijler's members: (member, start, end, documents)
MEMBERS = [("Anna Jansen", "2023-03-01", "2024-05-31", 3), ("Anna Jansen", "2025-03-01", None, 2),
           ("Piet de Boer", "2024-06-01", "2025-02-28", 1)]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("person-terms"), DOCUMENTS)


def chairs(rows: list[dict]) -> list[tuple]:
    return [(r["start"], r["end"], r["documents"], r["documentId"]) for r in rows
            if r["relation"] == "hasRole" and r["otherLabel"] == "Pijler Economie"]


def members(rows: list[dict]) -> list[tuple]:
    return [(r["memberLabel"], r["start"], r["end"], r["documents"]) for r in rows if r["relation"] == "hasRole"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_who_is_who_gives_one_row_per_term(runner, kg, engine):
    rows = ask_rows(runner, kg, engine, "who-is-who", "-p", "person=Anna Jansen")
    assert chairs(rows) == ANNA, rows
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)  # still in time order


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_members_gives_one_row_per_term(runner, kg, engine):
    rows = ask_rows(runner, kg, engine, "members", "-p", "target=Pijler Economie")
    assert members(rows) == MEMBERS, rows


def test_the_window_chooses_the_evidence_before_the_fold(runner, kg):
    rows = ask_rows(runner, kg, "oxigraph", "who-is-who", "-p", "person=Anna Jansen", "--as-of", "2024-03-01")
    assert chairs(rows) == [("2023-03-01", None, 3, "a1")], rows


def test_the_table_has_a_documents_column(runner, kg):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(kg), "ask", "members", "-p", "target=Pijler Economie"])
    assert result.exit_code == 0, result.output
    assert "documenten" in result.output.splitlines()[1], result.output


@pytest.mark.server
def test_the_same_rows_on_an_endpoint(runner, kg, tmp_path):
    from oxigraph_server import read_only_endpoint

    with read_only_endpoint(kg / "graph.nq", tmp_path / "data") as url:
        from graph.cli import cli

        for args, pick, expected in ((["who-is-who", "-p", "person=Anna Jansen"], chairs, ANNA),
                                     (["members", "-p", "target=Pijler Economie"], members, MEMBERS)):
            result = runner.invoke(cli, ["--endpoint", url, "ask", *args, "--format", "json"])
            assert result.exit_code == 0, result.output
            assert pick(json.loads(result.stdout)["rows"]) == expected
