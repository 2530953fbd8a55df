"""Every query a command runs honours the user's ``--timeout`` (round 53f): the helpers' queries (the names
a command resolves, the notes under its table, the network's projection) kept the 30 s default under
``--timeout 120``. Each query's deadline is recorded on the fixture graph; the never-answering server's
tests (tests/test_endpoint_timeouts_and_addresses.py) show a small --timeout stopping the command.

Round 54q: the helpers that read rows as rdflib gives them (``graph.query.query_rows``: the curation rules and a
retype that ``entity`` shows, the documents of ``entity --mentions``) ran without any limit; a query of theirs
held back (not a slow query: a test of time) until the test ends now stops the command in one line, exit 124."""

from __future__ import annotations

import pytest
from fixture_graph import small_dataset, small_graph_dir

import graph.timeouts
from graph.cli import cli
from graph.curation_log import _RULES
from graph.curation_retype import _RETYPED
from graph.errors import EXIT_TIMEOUT
from graph.query import query_rows
from graph.vocab import PREFIXES
from graph.window_roles import TABLE_SHARE

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


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_query_of_the_command_has_its_timeout(runner, deadlines, tmp_path, monkeypatch, command):
    """Each run on a graph of its own, as a build leaves it: a result kept beside a graph (``derived/``, such as
    the name index every command that takes a name reads) is read, not queried, by the commands after the
    first. On the module's one graph what a command queried hung on the tests its worker had run before it:
    search, whose only query is the name index's, ran none after entity or path, one when it came first
    (round 57k: it failed under ``-n 2``)."""
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["--graph", str(small_graph_dir(tmp_path / "given")), *COMMANDS[command],
                                 "--timeout", "120"])
    assert result.exit_code == 0, result.output
    # a windowed ask's first making of its kept rows gives each of those queries TABLE_SHARE of the command's
    # timeout (round 56c: past it the text answers), so 60 s beside 120
    assert set(deadlines) - {120.0 * TABLE_SHARE} == {120.0}, deadlines
    deadlines.clear()
    result = runner.invoke(cli, ["--graph", str(small_graph_dir(tmp_path / "default")), *COMMANDS[command]])
    assert result.exit_code == 0, result.output
    # the default again: the last command's is not kept
    assert set(deadlines) - {30.0 * TABLE_SHARE} == {30.0}, deadlines


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


MENTIONS = "rdf:predicate g40:mentions ; rdf:object ?e ; g40:quote ?quote"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("text, args", [
    (_RULES, ("Breda",)),  # entity_profile's curation rules (graph.curation_log.entity_rules)
    (MENTIONS, ("Breda", "--mentions")),  # graph.shortcuts.entity_mentions
    (_RETYPED, ("municipality/gm0758",)),  # a key is looked up as a retype first (graph.curation_retype.retyped_to)
])
def test_a_helpers_query_past_the_commands_timeout_stops_it_in_one_line(runner, graph_dir, held, engine, text, args):
    # the command once as it is first: what a process does once (rdflib's first reading of entity's named
    # question, 0.2 s of CPU) is then not inside the 2 s of the held run, where a loaded machine took longer
    # and the command stopped before it reached the held query (round 57k)
    first = runner.invoke(cli, ["--graph", str(graph_dir), "--engine", engine, "entity", *args])
    assert first.exit_code == 0, first.output
    held["text"] = text
    result = runner.invoke(cli, ["--graph", str(graph_dir), "--engine", engine, "entity", *args, "--timeout", "2"])
    assert held.get("reached"), "the command did not run the held query"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    assert result.output.strip().splitlines() == [
        "Fout: de query is na 2 s afgebroken (--timeout); maak hem specifieker of geef een ruimere --timeout"], \
        result.output


def test_without_a_held_query_the_command_answers(runner, graph_dir):
    result = runner.invoke(cli, ["--graph", str(graph_dir), "entity", "municipality/gm0758", "--mentions",
                                      "--timeout", "30", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"label": "Breda"' in result.output


def test_outside_a_command_the_rows_are_read_without_a_limit():
    assert graph.timeouts.command_deadline() is None
    rows = query_rows(small_dataset("rdflib"), "SELECT ?l WHERE { ?m a g40:Municipality ; skos:prefLabel ?l }",
                      initNs=PREFIXES)
    assert "Breda" in {str(row.l) for row in rows}
