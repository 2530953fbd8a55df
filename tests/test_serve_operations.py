"""Operating ``g40kg serve`` (walkthrough 16, findings 12 and 13): ``/health``, the access log, the
time on the server's log lines, and the Host check of a server bound to all interfaces."""

from __future__ import annotations

import json
import logging
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from starlette.testclient import TestClient

from graph.cli import cli
from graph.disk_layout import FORMAT_VERSION
from graph.serve.operations import access_logger
from serve_fixture import make_app, make_graph

#: one line of the access log: time, client, "method path", status, bytes, duration
ACCESS_LINE = r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} (\S+) "([A-Z]+) (\S+)" (\d{3}) (\d+) (\d+) ms'


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory):
    return make_graph(tmp_path_factory.mktemp("operations"))


def test_health_answers_from_the_manifest(graph_path):
    from graph import __version__
    from graph.serve import ServeConfig, create_app
    from graph.store import open_dataset

    manifest = {"built": "2026-01-02T03:04:05+00:00", "counts": {"triples": 12345}, "documents": []}
    with TestClient(create_app(open_dataset(graph_path), ServeConfig(manifest=manifest))) as client:
        answer = client.get("/health")
    assert (answer.status_code, answer.headers["cache-control"]) == (200, "no-store"), answer.text
    assert answer.json() == {"status": "ok", "built": "2026-01-02T03:04:05+00:00", "triples": 12345,
                             "g40kg_version": __version__, "format_version": FORMAT_VERSION}


def test_health_counts_the_triples_of_a_graph_without_counts(graph_path):
    from graph.store import open_dataset

    with TestClient(make_app(graph_path)) as client:
        answer = client.get("/health").json()
    assert (answer["built"], answer["triples"]) == (None, len(open_dataset(graph_path))), answer


def test_the_access_log_has_a_line_a_request_without_query_strings(graph_path, tmp_path):
    log_file = tmp_path / "access.log"
    app = make_app(graph_path, access_log=access_logger(str(log_file)), hosts=())
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/search", params={"q": "geheime zoekterm"}).status_code == 200
        assert client.post("/sparql", data={"query": "ASK { ?s ?p 'geheime query' }"}).status_code == 200
        assert client.get("/health", headers={"Host": "evil.example"}).status_code == 400
    logging.getLogger("g40kg.access").handlers[0].flush()
    text = log_file.read_text(encoding="utf-8")
    lines = [re.fullmatch(ACCESS_LINE, line) for line in text.splitlines()]
    assert all(lines), text
    assert [match.group(1, 2, 3, 4) for match in lines] == [
        ("testclient", "GET", "/search", "200"), ("testclient", "POST", "/sparql", "200"),
        ("testclient", "GET", "/health", "400")], text
    assert "geheim" not in text, text


def test_the_access_log_leaves_out_who_was_looked_up(graph_path, tmp_path):
    log_file = tmp_path / "access.log"
    app = make_app(graph_path, access_log=access_logger(str(log_file)), hosts=())
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        client.get("/entity/person/zyxwerda-quomblat")
        client.get("/document/brief-aan-zyxwerda-2024-01-02")
        client.get("/entity/municipality/gm0193")
    logging.getLogger("g40kg.access").handlers[0].flush()
    text = log_file.read_text(encoding="utf-8")
    assert [re.fullmatch(ACCESS_LINE, line).group(3) for line in text.splitlines()] == [
        "/entity/person/…", "/document/…", "/entity/municipality/gm0193"], text
    assert "zyxwerda" not in text.lower(), text


def test_an_access_log_that_cannot_be_opened_is_a_one_line_error(graph_path, runner, tmp_path):
    target = tmp_path / "no-such-folder" / "access.log"
    result = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--access-log", str(target),
                                 "--query-processes", "0"])
    assert (result.exit_code, result.output) == (
        2, f"Fout: kan het toegangslog {target} niet openen (No such file or directory)\n"), result.output


@pytest.fixture
def wide_server(graph_path, runner, monkeypatch):
    """``serve(*options)``: the app ``g40kg serve --host 0.0.0.0 …`` would run, and its stderr."""
    import uvicorn

    monkeypatch.setattr("graph.serve.operations.server_addresses", lambda host: ["server.g40.local", "192.0.2.5"])
    apps = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: apps.append(app))

    def serve(*options):
        result = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--host", "0.0.0.0", "--query-processes",
                                     "0", *options])
        assert result.exit_code == 0, result.output + result.stderr
        return apps[-1], result.stderr

    return serve


@pytest.mark.parametrize("host, status", [
    ("server.g40.local:8000", 200), ("192.0.2.5:8000", 200), ("localhost:8000", 200), ("intranet.example", 200),
    ("evil.example", 400), ("0.0.0.0:8000", 400),
])
def test_a_server_on_all_interfaces_still_checks_the_host(wide_server, host, status):
    app, stderr = wide_server("--allowed-host", "intranet.example")
    with TestClient(app) as client:
        assert client.get("/health", headers={"Host": host}).status_code == status, host
    assert "Host-controle" not in stderr, stderr


def test_allowed_host_star_turns_the_check_off_and_says_so(wide_server):
    app, stderr = wide_server("--allowed-host", "*")
    with TestClient(app) as client:
        assert client.get("/health", headers={"Host": "evil.example"}).status_code == 200
    assert stderr.splitlines()[0].split(" ", 1)[1] == (  # after the local time
        "waarschuwing: de server luistert op 0.0.0.0 en is dus vanaf andere computers bereikbaar; overweeg --token; "
        "de Host-controle staat uit (--allowed-host '*'): zonder --token kan een webpagina van een andere site de "
        "graaf laten lezen (DNS-rebinding)"), stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_real_server_logs_requests_and_puts_the_time_on_its_warnings(graph_path, tmp_path):
    from tests.test_serve_signals import _free_port

    port, log_file = _free_port(), tmp_path / "access.log"
    process = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(graph_path),
                                "serve", "--port", str(port), "--query-processes", "1", "--timeout", "0.2",
                                "--access-log", str(log_file)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        start = process.stderr.readline()  # the local time, as on the other log lines; then the address
        assert re.match(rf"\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{{4}} g40kg serve: http://127\.0\.0\.1:{port}/ ", start), start
        assert _health(port, process)["status"] == "ok"
        endless = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # never done: past --timeout
        request = urllib.request.Request(f"http://127.0.0.1:{port}/sparql",
                                         data=urllib.parse.urlencode({"query": endless}).encode())
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=60)
        assert refused.value.code == 503
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    warning = [line for line in err.splitlines() if "WARNING" in line]
    assert warning and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} WARNING graph\.serve\.processes: "
                                    r"queryproces \d+ gestopt: de query liep langer dan 0\.2 s", warning[0]), err
    lines = [re.fullmatch(ACCESS_LINE, line) for line in log_file.read_text(encoding="utf-8").splitlines()]
    assert [match.group(1, 2, 3, 4) for match in lines] == [
        ("127.0.0.1", "GET", "/health", "200"), ("127.0.0.1", "POST", "/sparql", "503")], lines


def _health(port: int, process, seconds: float = 60) -> dict:
    """``/health`` of the server on ``port`` once it listens (it says it serves just before it binds)."""
    import time

    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=30) as answer:
                return json.loads(answer.read())
        except urllib.error.URLError:
            time.sleep(0.1)
    pytest.fail("the server did not answer /health")
