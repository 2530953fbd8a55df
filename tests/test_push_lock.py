"""One push of a graph folder at a time (walkthrough 18's rest, round 44l).

A push holds the graph's push lock (``.<graph>.push.lock``, beside the build's): a second push of the
same graph stops with exit status 75 and one line naming the process, or waits (``--wait``); a build
of the graph, and its lock, are no obstacle.
"""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from graph.cli import cli
from graph.lock import PushLocked, graph_lock, lock_file
from graph.push import push

from test_push_oxigraph import local_graph as graph_path  # noqa: F401  (fixtures, named for these tests)
from test_push_oxigraph import oxigraph_server as server  # noqa: F401


@pytest.mark.parametrize("lang, line", [
    ("nl", "Fout: er loopt al een push van {graph} (proces {pid}); wacht tot die klaar is en probeer het dan "
           "opnieuw (of push --wait SECONDEN)\n"),
    ("en", "Error: a push of {graph} is already running (process {pid}); wait for it to finish and try again "
           "(or push --wait SECONDS)\n"),
])
def test_a_second_push_of_the_graph_stops_with_75_and_one_line(graph_path, runner, lang, line):
    with graph_lock(graph_path, purpose="push"):
        result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", lang, "push", "--store-url",
                                     "http://127.0.0.1:1/store"])
    assert result.exit_code == 75, result.output
    assert result.output == line.format(graph=graph_path, pid=os.getpid()), result.output
    assert not lock_file(graph_path, "push").exists()  # the holder removed it when it let go


def test_a_locked_push_says_busy_in_json_and_sends_nothing(graph_path, runner):
    with graph_lock(graph_path, purpose="push"):
        result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", "en", "push", "--update-url",
                                     "http://127.0.0.1:1/update", "--format", "json"])
    error = json.loads(result.stdout)
    assert (result.exit_code, error["exit_code"], error["code"]) == (75, 75, "busy"), result.output
    assert not (graph_path / "cache" / "push").exists()  # no record written, no pinned graph.nq


def test_the_library_raises_push_locked(graph_path):
    with graph_lock(graph_path, purpose="push"), pytest.raises(PushLocked) as raised:
        push(graph_path, store_url="http://127.0.0.1:1/store")
    assert raised.value.exit_code == 75 and raised.value.pid == os.getpid()


@pytest.mark.server
def test_a_push_waits_for_the_first_and_then_pushes(server, graph_path, runner):
    held = threading.Event()

    def first_push():
        with graph_lock(graph_path, purpose="push"):
            held.set()
            time.sleep(0.5)

    thread = threading.Thread(target=first_push)
    thread.start()
    held.wait(5)
    result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", "en", "push", "--store-url",
                                 f"{server}/store", "--wait", "30"])
    thread.join()
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (f"a push of {graph_path} is already running (process {os.getpid()}); "
                                             "waiting up to 30 s for it to finish"), result.output
    assert "3 graphs changed (of 3) and sent" in result.output, result.output


@pytest.mark.server
def test_a_build_of_the_graph_does_not_stop_a_push(server, graph_path):
    with graph_lock(graph_path):  # the build lock
        report = push(graph_path, store_url=f"{server}/store")
    assert (report.graphs, report.complete) == (3, True), report


def test_a_missing_graph_says_so_before_any_lock_file(tmp_path, runner):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "nowhere" / "kg"), "--lang", "en", "push", "--store-url",
                                 "http://127.0.0.1:1/store"])
    assert result.exit_code == 1 and "nowhere" in result.output and "lock" not in result.output, result.output
    assert not (tmp_path / "nowhere").exists()
