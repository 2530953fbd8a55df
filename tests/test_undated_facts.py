"""A time window keeps every fact with no time at all (nothing says it lies outside); answers
under ``--at`` / ``--between`` say which rows it kept only for that reason (walkthrough 9, C15)."""

from __future__ import annotations

import json
import warnings

import pytest

from graph.cli import cli

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

DATED = "Breda neemt deel aan de City Deal Kennis Maken. Breda werkt samen met het ministerie van BZK."
UNDATED = "Tilburg neemt deel aan de City Deal Kennis Maken. Tilburg werkt samen met het ministerie van BZK."


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory):
    """A graph of one document dated 2024-03-12 and one without any date."""
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("undated")
    (where / "docs").mkdir()
    (where / "docs" / "nieuws.txt").write_text(DATED + "\n", encoding="utf-8")
    (where / "docs" / "nieuws.meta.json").write_text(json.dumps({"date": "2024-03-12"}), encoding="utf-8")
    (where / "docs" / "notitie.txt").write_text(UNDATED + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--graph", str(where / "kg"), "build", str(where / "docs")])
    assert result.exit_code == 0, result.output
    return where / "kg"


def _ask(runner, graph_path, *arguments):
    result = runner.invoke(cli, ["--graph", str(graph_path), *arguments])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_an_aggregated_answer_under_a_window_counts_its_undated_facts(runner, graph_path):
    table = _ask(runner, graph_path, "ask", "g40-cities-programmes", "--at", "2020-01-01").splitlines()
    assert table[1].split()[-2:] == ["zonder", "datum"]
    assert table[3].split() == ["Tilburg", "City", "Deal", "Kennis", "Maken", "City", "Deal", "neemt", "deel", "aan", "1", "0", "1"]
    assert len(table) == 4  # Breda's fact of 2024-03-12 is outside


def test_without_a_window_the_column_is_left_out(runner, graph_path):
    table = _ask(runner, graph_path, "ask", "g40-cities-programmes").splitlines()
    assert "zonder datum" not in table[1]
    assert [line.split()[0] for line in table[3:]] == ["Breda", "Tilburg"]


def test_scripts_read_the_count_in_every_answer(runner, graph_path):
    rows = json.loads(_ask(runner, graph_path, "ask", "g40-cities-programmes", "--at", "2024-03-12", "--format", "json"))["rows"]
    assert {(row["cityLabel"], row["undated"]) for row in rows} == {("Breda", 0), ("Tilburg", 1)}
    rows = json.loads(_ask(runner, graph_path, "ask", "collaborations-matrix", "--format", "json"))["rows"]
    assert {(row["actorLabel"], row["undated"]) for row in rows} == {("Breda", 0), ("Tilburg", 0)}  # no window


def test_a_fact_of_an_undated_document_says_so_in_its_start_column(runner, graph_path):
    table = _ask(runner, graph_path, "--lang", "en", "entity", "Tilburg", "--at", "2020-01-01")
    rows = [line for line in table.splitlines() if line.startswith(("collaborates with", "participates in"))]
    assert len(rows) == 2
    assert all(" undated " in row for row in rows)
    dated = _ask(runner, graph_path, "entity", "Breda", "--at", "2024-03-12")
    assert "zonder datum" not in dated and "2024-03-12" in dated


def test_the_matrix_names_the_ministries_whose_count_holds_undated_facts(runner, graph_path):
    table = _ask(runner, graph_path, "collaborators", "--between", "2024-01-01", "2024-12-31").splitlines()
    assert table[1].split() == ["actor", "soort", "actor", "BZK", "totaal", "zonder", "datum"]
    assert sorted(line.split()[0] + " " + line.split()[-1] for line in table[3:]) == ["Breda 1", "Tilburg BZK"]
    assert "zonder datum" not in _ask(runner, graph_path, "collaborators")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_explorer_marks_them_as_the_command_line_does(graph_path, engine):
    from graph.serve import ServeConfig, create_app
    from graph.store import open_dataset, read_manifest

    app = create_app(open_dataset(graph_path, engine=engine), ServeConfig(manifest=read_manifest(graph_path)))
    with TestClient(app) as client:
        answer = client.get("/questions/g40-cities-programmes.json", params={"at": "2020-01-01"}).json()["answer"]
        assert answer["columns"][-2:] == ["undated", "cityCode"]  # the register code last (round 45l)
        assert [row[-2]["text"] for row in answer["rows"]] == ["1"]
        plain = client.get("/questions/g40-cities-programmes.json").json()["answer"]
        assert "undated" not in plain["columns"]
