"""Every query a command runs honours the user's ``--timeout`` (round 53f): the helpers' queries (the names
a command resolves, the notes under its table, the network's projection) kept the 30 s default under
``--timeout 120``. Each query's deadline is recorded on the fixture graph; the never-answering server's
tests (tests/test_endpoint_timeouts_and_addresses.py) show a small --timeout stopping the command."""

from __future__ import annotations

import pytest
from fixture_graph import small_graph_dir

import graph.timeouts
from graph.cli import cli

COMMANDS = {
    "ask": ["ask", "who-does-what", "-p", "person=Bram Jansen", "--at", "2021-06-01"],
    "collaborators": ["collaborators", "EZK"],
    "entity": ["entity", "Anna de Vries"],
    "path": ["path", "Anna de Vries", "EZK"],
    "rank": ["rank"],
    "search": ["search", "Breda"],
    "query": ["query", "SELECT ?s WHERE { ?s a g40:Person }"],
    "viz": ["viz", "-o", "netwerk.html"],
}


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return small_graph_dir(tmp_path_factory.mktemp("timeouts"))


@pytest.fixture
def deadlines(monkeypatch):
    found = []
    real = graph.timeouts.query_deadline

    def record(timeout):
        found.append(real(timeout))
        return found[-1]

    monkeypatch.setattr(graph.timeouts, "query_deadline", record)
    return found


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_query_of_the_command_has_its_timeout(runner, graph_dir, deadlines, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["--graph", str(graph_dir), *COMMANDS[command], "--timeout", "120"])
    assert result.exit_code == 0, result.output
    assert set(deadlines) == ({120.0} if command != "search" else set()), deadlines  # search runs none of its own
    deadlines.clear()
    result = runner.invoke(cli, ["--graph", str(graph_dir), *COMMANDS[command]])
    assert result.exit_code == 0, result.output
    assert set(deadlines) <= {30.0}, deadlines  # the default again: the last command's is not kept


def test_outside_a_command_the_callers_timeout_holds():
    assert graph.timeouts.query_deadline(graph.timeouts.DEFAULT_TIMEOUT) == 30.0
    assert graph.timeouts.query_deadline(5) == 5 and graph.timeouts.query_deadline(None) is None


@pytest.mark.parametrize("args", [["ask", "who-does-what", "--timeout", "0.5", "--format", "bogus"],
                                  ["--endpoint", "http://127.0.0.1:1/query", "ask", "who-does-what", "--timeout", "0.5"]])
def test_a_failed_command_leaves_no_timeout_behind(runner, args):
    """A command stopped by an error, in parsing or later: the queries after it (a server's, the library's)
    have their own deadlines again (the explorer's questions timed out after such a command in one worker)."""
    result = runner.invoke(cli, args)
    assert result.exit_code in (1, 2), result.output
    assert graph.timeouts.query_deadline(graph.timeouts.DEFAULT_TIMEOUT) == 30.0
