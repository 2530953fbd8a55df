"""Ctrl+C during a push (walkthrough 25, finding 17): one line that says how far the push got, that the
server is incomplete until the next push, and what to do; the next push makes the server complete."""

from __future__ import annotations

import json

import pytest

import graph.push
from graph.cli import cli

from test_push_incremental import _marker
from test_push_oxigraph import local_graph  # noqa: F401  (a fixture)
from test_push_oxigraph import oxigraph_server as server  # noqa: F401  (a fixture, named for these tests)

pytestmark = pytest.mark.server


@pytest.fixture
def ctrl_c_after_one_graph(monkeypatch):
    """Ctrl+C as the push is about to send its second named graph."""
    send_graph, sent = graph.push._send_graph, []

    def send_one_then_stop(*args, **kwargs):
        if sent:
            raise KeyboardInterrupt
        sent.append(send_graph(*args, **kwargs))

    monkeypatch.setattr(graph.push, "_send_graph", send_one_then_stop)


def _push(runner, graph_path, server, *extra):
    return runner.invoke(cli, ["--graph", str(graph_path), "push", "--store-url", f"{server}/store", *extra])


def test_ctrl_c_halfway_says_what_was_sent_and_that_the_next_push_completes_it(server, local_graph, runner,
                                                                               ctrl_c_after_one_graph, monkeypatch):
    stopped = _push(runner, local_graph, server)
    assert stopped.exit_code == 130, stopped.output
    assert stopped.stderr == (f"Afgebroken tijdens de push naar {server}/store: 1 van de 3 grafen verstuurd. De server "
                              "is onvolledig (g40g:push zegt complete false); opnieuw 'g40kg push' stuurt wat "
                              "ontbreekt\n")
    assert _marker(server)["complete"] == "false"

    monkeypatch.undo()
    again = _push(runner, local_graph, server, "--format", "json")
    assert again.exit_code == 0, again.output
    assert (json.loads(again.stdout)["graphs"], _marker(server)["complete"]) == (2, "true")


def test_under_json_the_interrupted_push_lists_what_it_sent(server, local_graph, runner, ctrl_c_after_one_graph):
    stopped = _push(runner, local_graph, server, "--format", "json")
    error = json.loads(stopped.stdout)
    assert (stopped.exit_code, error["code"], error["exit_code"], len(error["sent"]), error["complete"]) == \
        (130, "interrupted", 130, 1, False), stopped.stdout


def test_ctrl_c_before_anything_is_sent_says_the_server_is_untouched(server, local_graph, runner, monkeypatch):
    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(graph.push, "_send_marker", stop)
    stopped = runner.invoke(cli, ["--lang", "en", "--graph", str(local_graph), "push", "--store-url", f"{server}/store"])
    assert (stopped.exit_code, stopped.stderr) == \
        (130, f"Interrupted: nothing sent to {server}/store; the server is as the previous push left it\n")
