"""``g40kg build --watch``: build again whenever a document changes, until Ctrl+C."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest

from graph.cli import cli
from graph.errors import InputError
from graph.watch import sources_state, watch

#: at most this long for the watching process to react (a slow CI machine); it is far quicker
PATIENCE = 60


@pytest.fixture
def corpus(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.", encoding="utf-8")
    (docs / "a.meta.json").write_text(json.dumps({"date": "2022-07-01"}), encoding="utf-8")
    return docs


def test_the_state_changes_with_what_a_build_reads(corpus, tmp_path):
    before = sources_state([corpus])
    assert sources_state([corpus]) == before
    (corpus / ".a.txt.swp").write_text("editor scratch", encoding="utf-8")  # hidden: a build does not read it
    assert sources_state([corpus]) == before
    (corpus / "a.meta.json").write_text(json.dumps({"date": "2022-07-02"}), encoding="utf-8")
    changed = sources_state([corpus])
    assert changed != before
    (corpus / "kg").mkdir()  # a graph built inside the corpus folder: its writes start no build
    (corpus / "kg" / "graph.nq").write_text("", encoding="utf-8")
    (corpus / "notes.wpd").write_bytes(b"not read by a build")
    assert sources_state([corpus]) == changed
    fixes = tmp_path / "fixes"
    fixes.mkdir()
    assert sources_state([corpus], fixes) == changed  # an empty curation folder adds nothing
    (fixes / "c.yaml").write_text("suppress: []\n", encoding="utf-8")
    assert sources_state([corpus], fixes) != changed
    with pytest.raises(InputError, match="gone"):
        sources_state([tmp_path / "gone"])


def test_a_failed_build_is_reported_and_the_watch_goes_on():
    states = iter(["a", "b", "b", "c", "c"])
    outcomes = iter([InputError("no documents"), "second"])

    def build():
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    built, failed, rounds = [], [], iter(range(2))
    assert watch(lambda: next(states), build, sleep=lambda s: None, stop=lambda: next(rounds, None) is None,
                 on_built=built.append, on_failed=lambda e: failed.append(str(e))) == 2
    assert (built, failed) == (["second"], ["no documents"])


def test_a_change_that_is_old_enough_is_built_without_waiting():
    states = iter(["a", "b"])
    waits, rounds = [], iter(range(1))
    watch(lambda: next(states), lambda: "built", interval=1.0, quiet=lambda before, after: 5.0,
          sleep=waits.append, stop=lambda: next(rounds, None) is None)
    assert waits == [1.0]  # the one look's pause: no second look to see the change settle


def test_a_path_that_disappears_and_comes_back_is_built_again():
    states = iter(["a", InputError("gone"), InputError("gone"), "a", "a"])

    def look():
        state = next(states)
        if isinstance(state, Exception):
            raise state
        return state

    builds, rounds = [], iter(range(2))
    watch(look, lambda: builds.append("build"), sleep=lambda s: None, stop=lambda: next(rounds, None) is None)
    assert builds == ["build", "build"]  # once for the loss (the build says what is missing), once for the return


def _reader(stream, lines: queue.Queue) -> threading.Thread:
    thread = threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True)
    thread.start()
    return thread


def _wait_for(lines: queue.Queue, text: str, seen: list[str]) -> str:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=deadline - time.monotonic())
        except queue.Empty:
            break
        seen.append(line)
        if text in line:
            return line
    raise AssertionError(f"no line with {text!r} within {PATIENCE} s; got: {seen}")


def chairs(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "ask", "unit-role-timeline", "-p", "unit=Pijler Sociaal",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["personLabel"], r["role"]) for r in json.loads(result.output)["rows"]]


def test_build_watch_builds_each_change_until_ctrl_c(runner, corpus, tmp_path):
    kg = tmp_path / "kg"
    process = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(kg),
                                "build", str(corpus), "--watch", "--interval", "0.1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                               env={**os.environ, "G40KG_LANG": "nl"})
    out, err, seen = queue.Queue(), queue.Queue(), []
    readers = [_reader(process.stdout, out), _reader(process.stderr, err)]
    try:
        _wait_for(out, "Graaf gebouwd in", seen)
        _wait_for(err, "Bewaakt", seen)
        assert chairs(runner, kg) == [("Anna Jansen", "voorzitter")]

        (corpus / "b.txt").write_text("Piet de Boer is penningmeester van de Pijler Sociaal.", encoding="utf-8")
        line = _wait_for(out, "opnieuw gebouwd", seen)
        assert "2 documenten" in line and "; 1 nieuw (b)." in line, line
        assert sorted(chairs(runner, kg)) == [("Anna Jansen", "voorzitter"), ("Piet de Boer", "penningmeester")]

        for document in corpus.iterdir():  # nothing left to build: reported, the graph stays
            document.unlink()
        line = _wait_for(err, "bouw mislukt, de vorige graaf blijft staan:", seen)
        assert str(corpus) in line, line
        assert sorted(chairs(runner, kg)) == [("Anna Jansen", "voorzitter"), ("Piet de Boer", "penningmeester")]
    finally:
        process.send_signal(signal.SIGINT)
        status = process.wait(timeout=PATIENCE)
        for reader in readers:
            reader.join(timeout=PATIENCE)
    _wait_for(err, "Gestopt; de graaf staat in", seen)
    assert status == 0, seen
    assert not [line for line in seen if "Traceback" in line], seen


def test_watch_needs_its_paths_to_exist(runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(tmp_path / "nergens"), "--watch"])
    assert result.exit_code == 2 and "nergens: bestand of map bestaat niet" in result.output, result.output  # as without --watch
    assert not (tmp_path / "kg").exists()


def test_json_gives_one_line_per_build(runner, corpus, tmp_path, monkeypatch):
    """``--format json --watch``: JSON Lines, the first build's and each later one's (here: one, then Ctrl+C)."""
    import graph.watch

    def once_then_ctrl_c(look, build, **options):
        options["on_built"](build())
        raise KeyboardInterrupt

    monkeypatch.setattr(graph.watch, "watch", once_then_ctrl_c)
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(corpus), "--watch", "--format", "json"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["event"] for e in events] == ["built", "built", "stopped"], result.stdout
    assert [(b["documents"], b["validated"]["new"]) for b in events[:2]] == [(1, 1), (1, 0)], result.stdout
    assert result.stderr.splitlines()[-1] == f"Gestopt; de graaf staat in {tmp_path / 'kg'}.", result.stderr


def test_a_first_build_that_fails_is_reported_and_the_watch_starts(runner, corpus, tmp_path, monkeypatch):
    import graph.watch

    monkeypatch.setattr(graph.watch, "watch", lambda look, build, **options: None)
    for document in corpus.iterdir():
        document.unlink()
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "build", str(corpus), "--watch"])
    assert result.exit_code == 0, result.output
    failed, watching = result.stderr.splitlines()
    assert "build failed, the previous graph stays:" in failed and str(corpus) in failed, result.stderr
    assert watching.startswith(f"Watching {corpus}: builds again"), result.stderr
