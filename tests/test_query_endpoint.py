"""The named questions and shortcuts against a remote SPARQL endpoint (a real Oxigraph server)."""

from __future__ import annotations

import json
import subprocess

import pytest
from fixture_graph import FIXTURE
from oxigraph_server import OXIGRAPH, oxigraph_server

from graph.cli import cli

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    if OXIGRAPH is None:
        pytest.skip("oxigraph server (PyPI package 'oxigraph') is not installed")
    location = tmp_path_factory.mktemp("oxendpoint") / "data"
    subprocess.run([OXIGRAPH, "load", "--location", str(location), "--file", str(FIXTURE)], check=True,
                   capture_output=True)
    with oxigraph_server("serve-read-only", location, "--union-default-graph") as base:
        yield f"{base}/query"


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
