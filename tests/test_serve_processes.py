"""Queries of ``/sparql`` in worker processes (:mod:`graph.serve.processes`).

A query stuck in Oxigraph's native code past the timeout, or one that needs more memory than a
worker may use, ends its worker and gets a 503; the server goes on answering with a fresh one.
Each test starts real worker processes (about a second each), so there are few of them.
"""

from __future__ import annotations

import json
import threading
import time
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from graph.pipeline import build_graph
from graph.serve import LiveGraph, ServeConfig, create_app, warm
from graph.serve.processes import Job, QueryProcesses
from graph.serve.sparql import ProtocolError

BREDA = "Breda werkt samen met het ministerie van EZK.\n"
TILBURG = "Tilburg werkt samen met het ministerie van BZK.\n"
COLLABORATIONS = ("SELECT ?a ?b WHERE { ?x g40:collaboratesWith ?y . ?x skos:prefLabel ?a . "
                  "?y skos:prefLabel ?b } ORDER BY ?a ?b")
#: a count over a cross product: one native step of Oxigraph that no Python timeout interrupts
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
#: a string that doubles 40 times (64 B → 64 TB)
GREEDY = ('SELECT ?x WHERE { BIND("' + "a" * 64 + '" AS ?a0) '
          + " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(40)) + " BIND(STRLEN(?a40) AS ?x) }")


def build(graph_path: Path, text: str) -> Path:
    folder = graph_path.parent / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    build_graph([folder], graph_path, workers=1)
    return graph_path


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("processes") / "kg", BREDA)


def serving(graph_path: Path, timeout: float):
    """An app on ``graph_path`` with one query process of 512 MB and ``timeout``, its client in ``app.state.client``."""
    app = create_app(LiveGraph.open(graph_path, interval=0),
                     ServeConfig(query_processes=1, query_memory=512, timeout=timeout))
    warm(app)
    with TestClient(app) as client:
        app.state.client = client
        yield app


@pytest.fixture(scope="module")
def app(graph_path):
    yield from serving(graph_path, timeout=1.0)


def ask(client, query: str):
    return client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})


def worker_pids(app) -> list[int]:
    return [worker.process.pid for worker in list(app.state.processes._idle.queue)]


def test_a_worker_process_answers_as_the_server_would(app, graph_path):
    response = ask(app.state.client, COLLABORATIONS)
    assert response.status_code == 200, response.text
    assert response.headers["x-result-size"] == "1"
    assert [(b["a"]["value"], b["b"]["value"]) for b in response.json()["results"]["bindings"]] == [("Breda", "EZK")]
    with TestClient(create_app(LiveGraph.open(graph_path))) as in_threads:  # the same bytes without processes
        assert ask(in_threads, COLLABORATIONS).content == response.content


@pytest.mark.parametrize("query, status, text", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", 403, "SPARQL Update is niet toegestaan"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 403, "SERVICE is niet toegestaan"),
    ("SELECT * WHERE { ?s ?p }", 400, "ongeldige SPARQL-query"),
])
def test_refusals_come_from_the_worker_unchanged(app, query, status, text):
    response = ask(app.state.client, query)
    assert (response.status_code, response.text.startswith(text)) == (status, True), response.text


def test_a_query_past_its_timeout_ends_its_worker_and_the_next_one_is_answered(app):
    before = worker_pids(app)
    started = time.monotonic()
    response = ask(app.state.client, ENDLESS)
    assert response.status_code == 503 and "tijdslimiet" in response.text
    assert time.monotonic() - started < 30  # timeout 1 s + grace 1 s, not the minutes the count takes
    assert ask(app.state.client, COLLABORATIONS).status_code == 200
    assert worker_pids(app) != before and len(worker_pids(app)) == 1


@pytest.fixture(scope="module")
def roomy_app(graph_path):
    """As ``app``, with a timeout that a query reaching the memory limit never meets first, even on a
    busy machine (with 1 s, a loaded CI machine ended the greedy query by its timeout)."""
    yield from serving(graph_path, timeout=30.0)


def test_a_query_that_needs_too_much_memory_ends_only_its_worker(roomy_app):
    app = roomy_app
    response = ask(app.state.client, GREEDY)
    assert response.status_code == 503
    assert response.text.startswith("de query had waarschijnlijk meer geheugen nodig dan een queryproces mag gebruiken "
                                  "(512 MB)")
    assert ask(app.state.client, COLLABORATIONS).status_code == 200


def test_messages_follow_the_language_of_the_request(app):
    response = app.state.client.get("/sparql", params={"query": ENDLESS, "lang": "en"})
    assert response.status_code == 503 and response.text.startswith("the query ran longer than the server's time limit")


def test_workers_open_the_new_build(tmp_path):
    graph_path = build(tmp_path / "kg", BREDA)
    app = create_app(LiveGraph.open(graph_path, interval=0), ServeConfig(query_processes=1))
    with TestClient(app) as client:
        assert ask(client, COLLABORATIONS).json()["results"]["bindings"][0]["a"]["value"] == "Breda"
        build(graph_path, TILBURG)
        assert ask(client, COLLABORATIONS).json()["results"]["bindings"][0]["a"]["value"] == "Tilburg"
    assert app.state.processes.running() == 0  # the app's shutdown stopped them


def test_a_request_waits_for_a_free_worker_then_gets_a_clear_503(graph_path):
    processes = QueryProcesses(1)
    snapshot = LiveGraph.open(graph_path).current  # kept: its pinned copy goes with it
    location = str(snapshot.location)
    try:
        slow = threading.Thread(target=lambda: pytest.raises(ProtocolError, processes.run,
                                                             Job(location, False, ENDLESS, timeout=2.0), wait=1))
        slow.start()
        deadline = time.monotonic() + 60  # until the slow job holds the one worker (its process may still be starting)
        while processes.running() == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        with pytest.raises(ProtocolError) as busy:
            processes.run(Job(location, False, "ASK {}"), wait=0.2)
        assert (busy.value.status, str(busy.value)) == (503, "alle queryprocessen zijn bezet; probeer het zo opnieuw")
        slow.join()
        media_type, size, body = processes.run(Job(location, False, "ASK {}"), wait=5)
        assert (media_type, size, json.loads(body)) == ("application/sparql-results+json", 1,
                                                        {"head": {}, "boolean": True})  # rdflib's spacing varies
    finally:
        processes.close()
    assert processes.running() == 0


@pytest.mark.parametrize("padding", [0, 200_000], ids=["small query", "query larger than a pipe holds"])
def test_a_worker_that_stopped_reading_is_replaced_after_the_pickup_timeout(graph_path, monkeypatch, padding):
    import os
    import signal

    monkeypatch.setattr("graph.serve.processes.PICKUP_TIMEOUT", 1.0)
    processes = QueryProcesses(1)
    snapshot = LiveGraph.open(graph_path).current
    location = str(snapshot.location)
    processes.start(location)
    try:
        [stopped] = processes._idle.queue
        os.kill(stopped.pid, signal.SIGSTOP)
        started = time.monotonic()
        with pytest.raises(ProtocolError) as error:
            processes.run(Job(location, False, "#" + "x" * padding + "\nASK {}"), wait=1)
        assert time.monotonic() - started < 10  # not the 120 s a worker gets to open a graph
        assert (error.value.status, str(error.value)) == (
            503, "het queryproces stopte onverwacht (geen antwoord binnen 1 s); probeer het opnieuw"
            if not padding else "het queryproces stopte onverwacht (1 s lang geen opdracht gelezen); probeer het opnieuw")
        assert stopped.stopped and not stopped.alive()
        assert processes.run(Job(location, False, "ASK {}"), wait=15)[1] == 1  # a fresh worker answers
    finally:
        processes.close()


def test_a_script_read_from_stdin_can_start_query_processes(graph_path):
    """Workers do not run the server's ``__main__`` again (multiprocessing's spawn would: here it
    cannot even find it, and a script without a main guard would start its server anew)."""
    import subprocess
    import sys

    script = ("from graph.serve.live import LiveGraph\n"
              "from graph.serve.processes import Job, QueryProcesses\n"
              f"snapshot = LiveGraph.open({str(graph_path)!r}).current\n"  # kept: its pinned copy goes with it
              "location = str(snapshot.location)\n"
              "processes = QueryProcesses(1)\n"
              "print(processes.run(Job(location, False, 'ASK {}', format_param='csv'), wait=30)[2].decode())\n"
              "processes.close()\n")
    done = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "_askResult\ntrue\n\n", "")  # text mode reads \r\n as \n


def test_workers_end_with_a_server_killed_mid_query(graph_path):
    """A server killed with SIGKILL cannot stop its workers: each watches the server and ends."""
    import subprocess
    import sys

    script = ("import threading, time\n"
              "from graph.serve.live import LiveGraph\n"
              "from graph.serve.processes import Job, QueryProcesses\n"
              f"snapshot = LiveGraph.open({str(graph_path)!r}).current\n"  # kept: its pinned copy goes with it
              "location = str(snapshot.location)\n"
              "processes = QueryProcesses(1)\n"
              "processes.start(location)\n"
              "print(processes._idle.queue[0].pid, flush=True)\n"
              f"processes.run(Job(location, False, {ENDLESS!r}, timeout=600), wait=5)\n")
    server = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    worker = int(server.stdout.readline())
    time.sleep(1.0)  # the worker is inside the count
    server.kill()
    server.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _running(worker):
        time.sleep(0.2)
    assert not _running(worker)


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_a_request_waits_for_a_process_in_the_event_loop_and_then_gets_a_503(app, monkeypatch):
    import anyio

    import graph.serve.protocol as protocol

    monkeypatch.setattr(protocol, "START_WAIT", 0.2)
    monkeypatch.setattr(app.state, "query_slots", anyio.Semaphore(0))  # every process taken
    started = time.monotonic()
    response = ask(app.state.client, "ASK {}")
    assert (response.status_code, response.text) == (503, "alle queryprocessen zijn bezet; probeer het zo opnieuw\n")
    assert 1.0 <= time.monotonic() - started < 20  # --timeout (1 s) + the start wait (0.2 s), not forever
    assert app.state.client.get("/rdf-graph-store", params={"graph": "urn:none"}).status_code == 404  # not queued


def test_a_server_under_a_lower_memory_limit_keeps_its_query_processes(graph_path):
    """``ulimit -d`` (or systemd's LimitDATA=) below --query-memory: the processes keep the lower limit."""
    import resource
    import subprocess
    import sys

    def limit_data():
        resource.setrlimit(resource.RLIMIT_DATA, (3 * 2**30, 3 * 2**30))

    script = ("from graph.serve.live import LiveGraph\n"
              "from graph.serve.processes import Job, QueryProcesses\n"
              f"snapshot = LiveGraph.open({str(graph_path)!r}).current\n"  # kept: its pinned copy goes with it
              "location = str(snapshot.location)\n"
              "processes = QueryProcesses(1, memory_mb=4096)\n"
              "print(processes.run(Job(location, False, 'ASK {}', format_param='csv'), wait=30)[2].decode())\n"
              "processes.close()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          preexec_fn=limit_data)
    assert (done.returncode, done.stdout, done.stderr) == (0, "_askResult\ntrue\n\n", "")


def test_running_out_of_memory_in_python_is_a_503_not_a_malformed_query(graph_path, monkeypatch):
    from graph.serve.protocol import _execute
    from graph.store import open_dataset

    dataset = open_dataset(graph_path)

    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(type(dataset), "query", exhausted)
    with pytest.raises(ProtocolError) as error:
        _execute(dataset, ServeConfig(), "ASK {}", (None, None), "nl")
    assert (error.value.status, str(error.value)) == (503, "de query had meer geheugen nodig dan er is; vereenvoudig de query")


@pytest.mark.parametrize("value, exit_code", [("40", 2), ("0", 0), ("256", 0)])
def test_too_little_memory_per_process_is_refused(runner, graph_path, value, exit_code):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--query-memory", value, "--get", "/index.json"])
    assert result.exit_code == exit_code, result.output
    if exit_code:
        assert "40 MB is te weinig om de graaf te openen; geef minstens 256 (of 0: geen grens)" in result.output
