"""The named questions and shortcuts against a remote SPARQL endpoint (a real Oxigraph server)."""

from __future__ import annotations

import json

import pytest
from fixture_graph import FIXTURE
from oxigraph_server import read_only_endpoint

from graph.cli import cli

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    with read_only_endpoint(FIXTURE, tmp_path_factory.mktemp("oxendpoint") / "data") as url:
        yield url


def test_questions_and_shortcuts_on_an_endpoint(runner, endpoint):
    def g40(*args):
        result = runner.invoke(cli, ["--endpoint", endpoint, *args])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["rows"]

    assert [r["label"] for r in g40("collaborators", "ezk", "--at", "2021-06-01", "--format", "json")] == [
        "taskforce Energietransitie"]
    assert [r["cityLabel"] for r in g40("ask", "ministry-gap", "-p", "ministry=EZK", "--format", "json")] == [
        "Almere", "Zwolle"]
    assert [r["personLabel"] for r in g40("ask", "unit-role-timeline", "-p", "unit=pijler Sociale Stad", "--at",
                                         "2021-03-01", "--format", "json")] == ["Bram Jansen"]
    assert [r["to"] for r in g40("path", "Anna de Vries", "EZK", "--format", "json")] == [
        "taskforce Energietransitie", "EZK"]


def test_endpoint_that_does_not_answer_is_one_line_error(runner, endpoint):
    """A wrong path (HTTP 404) or a closed port names the endpoint and the reason, in --lang."""
    base = endpoint.rsplit("/", 1)[0]
    wrong = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/nope", "collaborators", "EZK"])
    assert wrong.exit_code == 1, wrong.output
    assert wrong.output == (f"Error: the SPARQL endpoint {base}/nope does not exist (HTTP 404); a SPARQL endpoint's "
                            f"address usually ends in /query (Oxigraph) or /sparql, for example {base}/query "
                            "(check --endpoint)\n")
    closed = runner.invoke(cli, ["--endpoint", "http://127.0.0.1:1/query", "query", "ASK {}"])
    assert closed.exit_code == 1, closed.output
    assert closed.output.startswith("Fout: het SPARQL-endpoint http://127.0.0.1:1/query gaf geen antwoord op de "
                                    "query: ") and closed.output.endswith(" (controleer --endpoint)\n"), closed.output
    assert "Connection refused" in closed.output and len(closed.output.splitlines()) == 1, closed.output


def test_validate_reads_the_endpoints_triples(runner, endpoint, tmp_path):
    """The same report as the same data validated locally (it was a traceback)."""
    remote = runner.invoke(cli, ["--endpoint", endpoint, "validate", "--format", "json"])
    local = runner.invoke(cli, ["validate", str(FIXTURE), "--format", "json"])
    assert remote.exit_code == local.exit_code, remote.output
    assert json.loads(remote.output) == json.loads(local.output)


@pytest.mark.parametrize("command", ["build", "demo", "evaluate", "push"])
def test_commands_on_the_local_graph_refuse_an_endpoint_on_the_command_line(runner, tmp_path, command):
    graph = tmp_path / "kg"
    result = runner.invoke(cli, ["--graph", str(graph), "--endpoint", "http://127.0.0.1:9/sparql", command])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"Fout: --endpoint geldt voor lees-opdrachten; '{command}' werkt altijd op de lokale graaf ({graph}): "
        "laat --endpoint weg")
    assert not graph.exists()


def test_an_endpoint_from_the_environment_is_for_reading_commands_only(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("G40KG_ENDPOINT", "http://127.0.0.1:9/sparql")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Breda werkt samen met het ministerie van EZK.\n", encoding="utf-8")
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(corpus)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kg").is_dir()
