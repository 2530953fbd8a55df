"""g40kg under a script (cron, CI): exit statuses that tell "busy" from "broken", ``build --wait``,
``--format json`` failures as JSON on stdout, SIGTERM handled as Ctrl+C, quiet workers after
``kill -9``, diagnostics on stderr and ``-v`` after the command (walkthrough of the data steward)."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
import test_build_safety
from test_build_safety import build, leftovers, snapshot, write_corpus

from graph.cli import cli
from graph.cli.base import configure_logging
from graph.errors import G40Error, InputError, QueryTimeout, Terminated

ROOT = Path(__file__).resolve().parents[1]
held_lock = test_build_safety.held_lock  # a fixture: another process holds a graph's build lock


def run(runner, *args, lang: str = "nl"):
    return runner.invoke(cli, ["--lang", lang, *map(str, args)], prog_name="g40kg")


def json_error(result) -> dict:
    """The one JSON object a failure under --format json prints on stdout."""
    lines = result.stdout.splitlines()
    assert lines and lines[0].startswith("{"), (result.stdout, result.stderr)
    return json.loads(result.stdout)


# ------------------------------------------------------------------ 1. exit statuses


def test_a_held_build_lock_is_busy_75_not_broken(runner, tmp_path, held_lock):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    pid = held_lock(graph)
    result = build(runner, graph, docs, "--format", "json")
    assert result.exit_code == 75, result.output
    message = f"er loopt al een bouw van {graph} (proces {pid}); wacht tot die klaar is en probeer het dan opnieuw"
    assert json_error(result) == {"error": message, "exit_code": 75, "code": "busy"}
    assert result.stderr.splitlines() == [f"Fout: {message}"]


def test_a_query_past_its_timeout_exits_124(runner, seed_graph, monkeypatch):
    from graph.messages import msg

    def too_slow(*args, **kwargs):
        raise QueryTimeout(msg("query_timeout", seconds=0.5))

    monkeypatch.setattr("graph.query.run_sparql", too_slow)
    result = run(runner, "--graph", seed_graph, "query", "SELECT * WHERE { ?s ?p ?o }", "--timeout", "0.5",
                 "--format", "json", lang="en")
    assert result.exit_code == 124, result.output
    assert json_error(result) == {"error": "the query was stopped after 0.5 s (--timeout); make it more specific or "
                                           "pass a larger --timeout", "exit_code": 124, "code": "timeout"}


@pytest.mark.parametrize("args, status", [
    (["query", "SELECT * WHERE { ?s ?p", "--format", "json"], 2),  # a syntax error: the command line must change
    (["ask", "bestaat-niet", "--format", "json"], 2),  # an unknown question
    (["query", "ASK {}", "--format", "json", "--timeout", "nul"], 2),  # click's own usage error
])
def test_usage_and_input_errors_exit_2(runner, seed_graph, args, status):
    result = run(runner, "--graph", seed_graph, *args)
    assert result.exit_code == status, result.output
    assert json_error(result)["exit_code"] == status
    assert result.stderr.splitlines()[-1] == "Fout: " + json_error(result)["error"], result.stderr


def test_a_missing_graph_is_a_failure_1_and_validate_keeps_its_2(runner, tmp_path):
    result = run(runner, "--graph", tmp_path / "kg", "collaborators", "--format", "json")
    assert result.exit_code == 1, result.output
    assert json_error(result) == {"error": f"geen graaf in {tmp_path / 'kg'}: voer eerst 'g40kg build MAP' uit, met MAP "
                                           "de map van uw documenten (of geef --graph)", "exit_code": 1,
                                  "code": "no_graph"}
    result = run(runner, "--graph", tmp_path / "kg", "validate", "--format", "json")
    assert (result.exit_code, json_error(result)["exit_code"]) == (2, 2), result.output  # "load error", as documented


def test_without_format_json_a_failure_leaves_stdout_empty(runner, tmp_path):
    result = run(runner, "--graph", tmp_path / "kg", "collaborators")
    assert (result.exit_code, result.stdout) == (1, ""), result.output


def test_the_exit_statuses_are_in_the_help_in_both_languages(runner):
    dutch = run(runner, "--help").stdout
    english = run(runner, "--help", lang="en").stdout
    assert "75   bezet: er loopt al een bouw (of push) van deze graaf" in dutch, dutch
    assert "124  a query ran longer than --timeout" in english, english
    assert ('With --format json an error is on stdout too: {"error": "…", "exit_code": N, "code": "busy"}\n'
            '  (code the same in every language: docs/integration.md).') in english, english


def test_the_readme_lists_every_exit_status():
    import re

    import graph.errors as errors

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### For scripts", 1)[1].split("\n### ", 1)[0]
    listed = {int(n) for row in re.findall(r"^\| ([\d, ]+) \|", section, re.M) for n in row.split(",")}
    statuses = {value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    assert listed == statuses | {0}, (listed, statuses)


# ------------------------------------------------------------------ 2. build --wait


def test_build_wait_waits_for_the_other_build_and_then_builds(runner, tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from graph.lock import graph_lock
        with graph_lock(sys.argv[1]):
            print("locked", flush=True)
            time.sleep(1.0)
    """), str(graph)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = build(runner, graph, docs, "--wait", "60", "--format", "json")
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 1
    assert result.stderr.splitlines()[0] == (f"er loopt al een bouw van {graph} (proces {holder.pid}); wacht "
                                             "hoogstens 60 s tot die klaar is"), result.stderr
    assert waited < 30


def test_build_wait_still_locked_is_busy_75(runner, tmp_path, held_lock):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    pid = held_lock(graph)
    result = build(runner, graph, docs, "--wait", "0.3", lang="en")
    assert result.exit_code == 75, result.output
    assert result.stderr.splitlines() == [
        f"a build of {graph} is already running (process {pid}); waiting up to 0.3 s for it to finish",
        f"Error: a build of {graph} is already running (process {pid}); wait for it to finish and try again"]
    assert not graph.exists()


# ------------------------------------------------------------------ 3. --format json failures


def test_a_build_without_usable_documents_prints_its_error_as_json(runner, tmp_path):
    empty = tmp_path / "leeg"
    empty.mkdir()
    result = build(runner, tmp_path / "kg", empty, "--format", "json", lang="en")
    assert result.exit_code == 2, result.output
    error = json_error(result)
    assert error["exit_code"] == 2 and error["error"].startswith("nothing to build: no usable document in"), error
    assert result.stderr.splitlines()[-1] == "Error: " + error["error"]


def test_a_failed_push_under_json_names_its_error_on_stdout(runner, seed_graph):
    import socket

    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run(runner, "--graph", seed_graph, "push", "--store-url", f"http://127.0.0.1:{port}/store", "--retries",
                 "0", "--format=json", lang="en")
    assert result.exit_code == 1, result.output
    error = json_error(result)
    assert error["exit_code"] == 1 and error["error"].startswith(f"push to http://127.0.0.1:{port}/store"), error
    assert result.stderr.splitlines()[-1] == "Error: " + error["error"]


def test_an_interrupted_build_under_json_says_so_on_stdout_too(runner, tmp_path, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("graph.pipeline.check_build", interrupt)
    graph = tmp_path / "kg"
    result = build(runner, graph, write_corpus(tmp_path / "docs", ["a.txt"]), "--format", "json")
    assert result.exit_code == 130, result.output
    assert json_error(result) == {"error": f"Afgebroken; er is geen graaf geschreven in {graph}", "exit_code": 130,
                                  "code": "interrupted"}
    assert result.stderr.splitlines() == [f"Afgebroken; er is geen graaf geschreven in {graph}"]


# ------------------------------------------------------------------ 4. build --watch --format json


def test_every_watch_event_is_one_json_line(runner, tmp_path, monkeypatch):
    import graph.watch

    def fails_then_ctrl_c(look, build_once, **options):
        options["on_failed"](InputError("a.txt: kapot"))
        raise KeyboardInterrupt

    monkeypatch.setattr(graph.watch, "watch", fails_then_ctrl_c)
    graph_path = tmp_path / "kg"
    result = build(runner, graph_path, write_corpus(tmp_path / "docs", ["a.txt"]), "--watch", "--format", "json")
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["event"] for e in events] == ["built", "failed", "stopped"], result.stdout
    assert events[0]["documents"] == 1
    assert {k: events[1][k] for k in ("error", "exit_code")} == {"error": "a.txt: kapot", "exit_code": 2}
    assert (events[2]["graph"], events[2]["signal"]) == (str(graph_path), "SIGINT")
    assert all(len(e["time"]) >= 19 for e in events)
    assert "bouw mislukt, de vorige graaf blijft staan: a.txt: kapot" in result.stderr


def test_sigterm_ends_a_watch_as_ctrl_c_does(runner, tmp_path, monkeypatch):
    """A watch runs until it is stopped: SIGTERM (systemd's stop) ends it as Ctrl+C does, with status 0
    (systemd counts a status 143 as a failure) and the stop line."""
    import graph.watch

    def terminated(look, build_once, **options):
        raise Terminated

    monkeypatch.setattr(graph.watch, "watch", terminated)
    graph_path = tmp_path / "kg"
    result = build(runner, graph_path, write_corpus(tmp_path / "docs", ["a.txt"]), "--watch", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == f"Gestopt; de graaf staat in {graph_path}."
    stopped = json.loads(result.stdout.splitlines()[-1])
    assert (stopped["event"], stopped["signal"]) == ("stopped", "SIGTERM")


def test_sigterm_in_a_rebuild_of_a_watch_says_what_became_of_the_graph_and_ends_it(runner, tmp_path, monkeypatch):
    import graph.watch

    def rebuild_terminated(look, build_once, **options):
        monkeypatch.setattr("graph.pipeline.check_build", terminated)
        build_once()

    def terminated(*args, **kwargs):
        raise Terminated

    monkeypatch.setattr(graph.watch, "watch", rebuild_terminated)
    graph_path = tmp_path / "kg"
    result = build(runner, graph_path, write_corpus(tmp_path / "docs", ["a.txt"]), "--watch", "--format", "json",
                   lang="en")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-2:] == [f"Interrupted; the previous graph in {graph_path} is unchanged",
                                               f"Stopped; the graph is in {graph_path}."], result.stderr
    assert [json.loads(line)["event"] for line in result.stdout.splitlines()] == ["built", "stopped"]


# ------------------------------------------------------------------ 5. SIGTERM and kill -9


def test_sigterm_in_a_build_is_handled_as_ctrl_c_with_143(runner, tmp_path, monkeypatch):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    assert build(runner, graph, docs).exit_code == 0
    before = snapshot(graph)

    def terminated(*args, **kwargs):
        raise Terminated

    monkeypatch.setattr("graph.pipeline.check_build", terminated)
    result = build(runner, graph, write_corpus(tmp_path / "other", ["b.txt"]), lang="en")
    assert result.exit_code == 143, result.output
    assert result.stderr.splitlines() == [f"Interrupted; the previous graph in {graph} is unchanged"]
    assert snapshot(graph) == before and leftovers(graph) == []


SLOW_BUILD = textwrap.dedent("""
    import sys, time
    import graph.pipeline
    def slow_check(*args, **kwargs):
        print("checking", file=sys.stderr, flush=True)
        time.sleep(60)
    graph.pipeline.check_build = slow_check
    from graph.cli import main
    sys.argv = ["g40kg", "--engine", "rdflib", "--graph", sys.argv[1], "build", sys.argv[2]]
    main()
""")


def test_a_real_sigterm_mid_build_says_so_and_exits_143(tmp_path):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    graph = tmp_path / "kg"
    process = subprocess.Popen([sys.executable, "-c", SLOW_BUILD, str(graph), str(docs)], stderr=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert process.stderr.readline().strip() == "checking"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 143, err
    assert err.splitlines() == [f"Afgebroken; er is geen graaf geschreven in {graph}"], err
    assert not graph.exists() and leftovers(graph) == []


ORPHANS = textwrap.dedent("""
    import os, sys, time
    from graph.workers import forked_map
    def work(state, item):
        if item == 0:
            print("working", flush=True)
        time.sleep(0.5)
        return item
    forked_map(work, list(range(200)), workers=2, parallel_min=1)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux's")
def test_workers_of_a_killed_build_end_quietly(tmp_path):
    process = subprocess.Popen([sys.executable, "-c", ORPHANS], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT)
    try:
        assert process.stdout.readline().strip() == "working"
        process.kill()
        # the workers hold the pipes too: they are at their end only when every worker has ended
        err = []
        reader = threading.Thread(target=lambda: err.append(process.stderr.read()), daemon=True)
        reader.start()
        reader.join(timeout=5)  # a worker left alone would go on for a chunk of 16 × 0.5 s
        assert not reader.is_alive(), "the workers outlived their parent"
    finally:
        process.kill()
        process.wait(timeout=10)
    assert "Traceback" not in err[0] and "BrokenPipeError" not in err[0], err[0]


# ------------------------------------------------------------------ 6. stderr for files written, -v after the command


def test_viz_says_on_stderr_that_it_wrote_the_page(runner, seed_graph, tmp_path):
    page = tmp_path / "netwerk.html"
    result = run(runner, "--graph", seed_graph, "viz", "-o", page)
    assert result.exit_code == 0, result.output
    assert result.stdout == "", result.stdout
    assert result.stderr.startswith(f"Netwerkpagina geschreven: {page} ("), result.stderr
    assert page.is_file()


@pytest.mark.parametrize("before, after, level", [([], ["-v"], logging.INFO), (["-v"], ["-v"], logging.DEBUG),
                                                  ([], [], logging.WARNING)])
def test_verbose_after_the_command_counts_as_before_it(runner, tmp_path, before, after, level):
    docs = write_corpus(tmp_path / "docs", ["a.txt"])
    try:
        result = run(runner, *before, "--graph", tmp_path / "kg", "build", docs, *after, "--format", "json")
        assert logging.getLogger().level == level
    finally:
        configure_logging(0)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 1


def test_evaluate_keeps_its_own_v(runner):
    from graph.cli.evaluate_cmd import evaluate

    options = [p for p in evaluate.params if "-v" in getattr(p, "opts", [])]
    assert [(p.name, p.is_flag, p.hidden) for p in options] == [("verbose", True, False)]


def test_g40error_statuses_live_in_one_place():
    from graph.errors import EXIT_BUSY, EXIT_TIMEOUT
    from graph.lock import BuildLocked

    assert (G40Error.exit_code, InputError.exit_code, BuildLocked.exit_code, QueryTimeout.exit_code) == (
        1, 2, EXIT_BUSY, EXIT_TIMEOUT) == (1, 2, 75, 124)
    assert getattr(os, "EX_TEMPFAIL", 75) == EXIT_BUSY  # sysexits.h: "try again later"
