"""The ``g40kg serve`` command: ``--get`` and ``asgi_get``, its help and error without a graph, and
the bind warning.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

import json
import re

from graph.serve import asgi_get
from serve_fixture import make_app


def test_serve_get_prints_one_response(runner, graph_path):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--get", "/search.json?q=Breda"])
    assert result.exit_code == 0, result.output + result.stderr
    assert [r["label"] for r in json.loads(result.stdout)["results"]] == ["Breda"]
    missing = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--get", "/entity/person/nobody.json"])
    assert missing.exit_code == 1 and '"status": 404' in missing.stdout.replace('"status":404', '"status": 404')


def test_serve_without_graph_explains(runner, tmp_path):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(tmp_path / "none"), "serve", "--get", "/"])
    assert result.exit_code == 1
    assert "g40kg build" in result.stderr


def test_serve_help_has_an_example(runner):
    from graph.cli import cli

    result = runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Voorbeeld" in result.output and "--max-rows" in result.output


def test_asgi_get_matches_test_client(ox_client, graph_path):
    status, headers, body = asgi_get(make_app(graph_path), "/entity/ministry/mnre1045.json")
    assert status == 200 and json.loads(body) == ox_client.get("/entity/ministry/mnre1045.json").json()


def test_asgi_get_works_inside_a_running_event_loop(ox_client, graph_path):
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    async def from_a_notebook_cell():
        return asgi_get(make_app(graph_path), "/entity/ministry/mnre1045.json")

    with ThreadPoolExecutor(max_workers=1) as pool:  # a thread of its own: this one may run a loop already
        status, _headers, body = pool.submit(asyncio.run, from_a_notebook_cell()).result()
    assert status == 200 and json.loads(body) == ox_client.get("/entity/ministry/mnre1045.json").json()


def test_bind_warning_and_loopback_default(runner, graph_path, monkeypatch):
    import uvicorn

    from graph.cli import cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    # no query processes: uvicorn never runs here, so processes started for it would only cost time
    local = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--port", "8123", "--query-processes", "0"])
    assert local.exit_code == 0, local.output + local.stderr
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8123
    assert "waarschuwing" not in local.stderr and "http://127.0.0.1:8123/" in local.stderr
    wide = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--host", "0.0.0.0", "--query-processes", "0"])
    assert wide.exit_code == 0 and calls[-1]["host"] == "0.0.0.0"
    assert "waarschuwing: de server luistert op 0.0.0.0" in wide.stderr and "--token" in wide.stderr
    # the start line names this machine as others reach it, not 0.0.0.0 (walkthrough 16, finding 13)
    monkeypatch.setattr("graph.serve.operations.server_addresses", lambda host: ["server.g40.local", "192.0.2.5"])
    english = runner.invoke(cli, ["--lang", "en", "--graph", str(graph_path), "serve", "--host", "0.0.0.0",
                                  "--query-processes", "0"])
    # every line after the local time, as the server's other log lines (round 42l)
    assert [re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} (.*)", line).group(1)
            for line in english.stderr.splitlines()] == [
        "warning: the server listens on 0.0.0.0 and can be reached from other computers; consider --token",
        "g40kg serve: http://server.g40.local:8000/  (SPARQL: http://server.g40.local:8000/sparql)  Ctrl+C stops",
        "also reachable as: http://192.0.2.5:8000/"], english.stderr
