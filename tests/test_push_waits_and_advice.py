"""push against a server that does not answer says each retry, and a push that sent nothing says so; the
refusal to replace others' default-graph triples advises what fits the command given (walkthrough 27,
findings 10 and 11)."""

from __future__ import annotations

import pytest
from silent_server import silent_server

from graph.cli import cli

from test_push_default_graph import OWN, OWN_PATTERN, _ask, _put_default
from test_push_oxigraph import local_graph  # noqa: F401  (a fixture)
from test_push_oxigraph import oxigraph_server as server  # noqa: F401  (a fixture, named for these tests)

PUSH_GRAPH = "https%3A%2F%2Fw3id.org%2Fg40kg%2Fgraph%2Fpush"


def test_a_silent_server_gets_a_line_per_retry_and_nothing_sent_is_said(local_graph, runner):  # noqa: F811
    with silent_server() as (base, connections):
        result = runner.invoke(cli, ["--graph", str(local_graph), "--lang", "en", "push", "--store-url",
                                     f"{base}/store", "--timeout", "1", "--retries", "1"])
        asked = len(connections.settled())
    target = f"{base}/store?graph={PUSH_GRAPH}"
    assert result.exit_code == 1, result.output
    assert asked == 2  # the first attempt and one retry, each stopped before the server answered
    assert result.stderr == (
        f"{target}: timed out; attempt 2 of 2 in 0.5 s (--retries, each attempt waits at most --timeout 1 s)\n"
        f"Error: push to {target} failed at graph {PUSH_GRAPH.replace('%3A', ':').replace('%2F', '/')}: timed out "
        "(no graph or triple had been sent yet; running 'g40kg push' again sends everything)\n")


def test_quiet_keeps_the_retries_to_itself(local_graph, runner):  # noqa: F811
    with silent_server() as (base, _connections):
        result = runner.invoke(cli, ["--graph", str(local_graph), "push", "--store-url", f"{base}/store",
                                     "--timeout", "1", "--retries", "1", "--quiet"])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Fout: versturen naar "), result.stderr
    assert "er was nog geen graaf of triple verstuurd; opnieuw 'g40kg push' verstuurt alles" in result.stderr


@pytest.mark.server
def test_the_refusal_with_both_addresses_advises_leaving_out_the_store_url(server, local_graph, runner):  # noqa: F811
    _put_default(server, OWN)
    both = runner.invoke(cli, ["--graph", str(local_graph), "--lang", "en", "push", "--store-url", f"{server}/store",
                               "--update-url", f"{server}/update"])
    assert both.exit_code == 2, both.output
    assert both.stderr == (
        f"Error: the default graph at {server}/store holds triples that no push from this graph wrote there; push "
        "would replace them through --store-url and stopped before sending anything. Choose --default-graph none "
        "(and let the server show all graphs as its default graph), leave out --store-url (with --update-url alone "
        "those triples stay) or --replace-default-graph\n")
    store_only = runner.invoke(cli, ["--graph", str(local_graph), "--lang", "en", "push", "--store-url",
                                     f"{server}/store"])
    assert store_only.exit_code == 2 and "--update-url (keeps those triples)" in store_only.stderr, store_only.stderr
    assert _ask(server, OWN_PATTERN) == 1  # their triple is still there
