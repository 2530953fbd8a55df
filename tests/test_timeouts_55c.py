"""``export``, ``diff`` and ``validate`` have the ``--timeout`` of the other read commands (round 55c): each query
they run (the facts' rows, diff's moves and suppressions, validate's checks over the whole graph, the endpoint's
reads) stops the command past it with exit status 124 and the one-line message, and leaves no file behind; a run
within it answers as before. As tests/test_command_timeout.py: a query held (not a slow query: no test of time)
until the test ends, or a server that never answers (tests/test_endpoint_timeouts_and_addresses.py)."""

from __future__ import annotations

import pytest
from fixture_graph import small_dataset, small_graph_dir
from silent_server import silent_server

import graph.timeouts
from graph import csv_export, fact_rows, factdiff
from graph.cli import cli
from graph.errors import EXIT_TIMEOUT
from graph.window_roles import TABLE_SHARE

#: the one line a command stopped by --timeout 2 writes (Dutch, the default)
STOPPED = "Fout: de query is na 2 s afgebroken (--timeout); maak hem specifieker of geef een ruimere --timeout"


def body(query: str) -> str:
    """The text of ``query`` after its prologue: what the held query is recognised by."""
    return query[query.index("SELECT"):]


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return small_graph_dir(tmp_path_factory.mktemp("timeouts55c"))


def stopped_in_one_line(result, held):
    assert held.get("reached"), "the command did not run the held query"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    assert result.stdout == "", result.stdout  # nothing half-written on stdout either
    assert result.stderr.splitlines() == [STOPPED], result.stderr


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("fmt, name, text", [
    ("facts", "feiten.jsonl", body(fact_rows._DOCUMENT_DATES)),  # graph.fact_rows.document_times
    ("facts", "feiten.jsonl", body(fact_rows._TIME_QUERIES["valid_from"])),  # the evidence's times
    ("csv", "feiten.csv", body(csv_export._CURATED_QUERY)),  # the facts added by hand
    ("graphml", "netwerk.graphml", body(fact_rows._DOCUMENT_DATES)),  # graph.network_export
    ("gexf", "netwerk.gexf", body(fact_rows._DOCUMENT_DATES)),
    ("overzicht", "stand.html", body(fact_rows._DOCUMENT_DATES)),  # graph.overview reads the facts too
], ids=["facts-dates", "facts-times", "csv-curated", "graphml", "gexf", "overzicht"])
def test_an_export_past_its_timeout_stops_and_writes_no_file(runner, graph_dir, held, tmp_path, tmp_path_factory,
                                                            engine, fmt, name, text):
    # the export once as it is first, elsewhere: what a process does once (rdflib's first reading of the overview's
    # named questions, 0.5 s of CPU) is then not inside the 2 s of the held run, where a loaded machine took
    # longer and the command stopped before it reached the held query (round 57k)
    first = runner.invoke(cli, ["--graph", str(graph_dir), "--engine", engine, "export", "--format", fmt,
                                "-o", str(tmp_path_factory.mktemp("first") / name)])
    assert first.exit_code == 0, first.output
    held["text"] = text
    out = tmp_path / name
    result = runner.invoke(cli, ["--graph", str(graph_dir), "--engine", engine, "export", "--format", fmt,
                                 "-o", str(out), "--timeout", "2"])
    stopped_in_one_line(result, held)
    assert list(tmp_path.iterdir()) == [], list(tmp_path.iterdir())  # no file, no staging copy


def test_an_export_to_stdout_past_its_timeout_prints_no_rows(runner, graph_dir, held):
    held["text"] = body(fact_rows._DOCUMENT_DATES)
    result = runner.invoke(cli, ["--graph", str(graph_dir), "export", "--timeout", "2"])
    stopped_in_one_line(result, held)


@pytest.mark.parametrize("text", [
    factdiff._MOVES_QUERY,  # the keys a build moved
    body(fact_rows._DOCUMENT_DATES),  # the facts of a graph folder
    factdiff._SUPPRESSIONS_QUERY,  # why a fact went
    factdiff._CURATED_QUERY,  # the facts added by hand
], ids=["moves", "facts", "suppressions", "curated"])
def test_diff_past_its_timeout_stops_in_one_line(runner, graph_dir, held, text):
    held["text"] = text
    result = runner.invoke(cli, ["--graph", str(graph_dir), "diff", str(graph_dir), "--timeout", "2"])
    stopped_in_one_line(result, held)


@pytest.fixture
def held_checks(monkeypatch):
    """validate's checks over the whole graph run on a store of their own, not through a Dataset: each is
    held inside its deadline (:func:`graph.timeouts.within_command_deadline`) until the test ends (on a plain
    flag, as conftest's ``held``: the deadline's cancellation could leave a ``threading.Event``'s lock taken)."""
    import time

    released, held = [], {}
    real = graph.timeouts.within_command_deadline

    def hold_then(func):
        held["reached"] = True
        while not released:
            time.sleep(0.02)
        return func()

    monkeypatch.setattr(graph.timeouts, "within_command_deadline",
                        lambda func, **keywords: real(lambda: hold_then(func), **keywords))
    yield held
    released.append(True)


@pytest.mark.parametrize("args", [[], ["FILE"], ["--format", "json"]], ids=["graph", "file", "json"])
def test_validate_past_its_timeout_stops_with_124_not_as_a_load_error(runner, graph_dir, held_checks, tmp_path, args):
    """validate turned every library error into a load error (exit 2): a timeout keeps its 124."""
    if args == ["FILE"]:
        args = [str(tmp_path / "graaf.trig")]
        small_dataset("rdflib").serialize(args[0], format="trig")
    result = runner.invoke(cli, ["--graph", str(graph_dir), "validate", *args, "--timeout", "2"])
    assert held_checks.get("reached"), "validate ran no check within the deadline"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    if args == ["--format", "json"]:  # the error as JSON on stdout, as every command's with --format json
        assert '"exit_code": 124' in result.stdout and '"code": "timeout"' in result.stdout, result.stdout
    else:
        assert result.stdout == "" and result.stderr.splitlines() == [STOPPED], result.output


def test_validate_stops_inside_pyshacl_past_its_timeout(runner, graph_dir, monkeypatch):
    """pySHACL's own walk over the graph (37 s at 10^6 triples) ran without a limit: held in Python here, it
    stops the command at --timeout with exit status 124 and the one line, as validate's queries do."""
    import time

    import pyshacl

    released, held = [], {}

    def holding(*args, **keywords):
        held["reached"] = True
        for _ in range(1500):  # 30 s at most: code without the limit fails here instead of hanging
            if released:
                break
            time.sleep(0.02)
        raise AssertionError("pySHACL's run was not stopped at --timeout")

    monkeypatch.setattr(pyshacl, "validate", holding)
    try:
        result = runner.invoke(cli, ["--graph", str(graph_dir), "validate", "--timeout", "2"])
    finally:
        released.append(True)
    stopped_in_one_line(result, held)


ENDPOINT_COMMANDS = {
    "export facts": ["export", "-o", "feiten.jsonl"],
    "export csv": ["export", "--format", "csv", "-o", "feiten.csv"],
    "export nquads": ["export", "--format", "nquads", "-o", "graaf.nq"],  # the endpoint's graphs are read
    "export graphml": ["export", "--format", "graphml", "-o", "netwerk.graphml"],
    "export overzicht": ["export", "--format", "overzicht", "-o", "stand.html"],
    "validate": ["validate"],
}


@pytest.mark.parametrize("command", sorted(ENDPOINT_COMMANDS))
def test_through_an_endpoint_that_never_answers_the_timeout_stops_the_command(runner, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    with silent_server() as (base, connections):
        result = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", *ENDPOINT_COMMANDS[command],
                                     "--timeout", "0.5"])
        assert connections.settled(), "the command never asked the server"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    assert result.stderr == ("Error: the query was stopped after 0.5 s (--timeout); make it more specific or pass "
                             "a larger --timeout\n")
    assert list(tmp_path.iterdir()) == [], list(tmp_path.iterdir())


@pytest.mark.parametrize("args", [["export"], ["export", "--format", "csv"], ["export", "--format", "graphml"],
                                  ["export", "--format", "overzicht", "--as-of", "2021-06-01"], ["diff", "GRAPH"],
                                  ["validate"]], ids=["facts", "csv", "graphml", "overzicht", "diff", "validate"])
def test_every_query_has_the_commands_timeout_and_the_answer_is_the_same(runner, graph_dir, deadlines, args):
    """Within the deadline the answer is the one of a run without any (the library's, outside a command):
    the rows read through the deadline are the same rows, in the same order."""
    args = [str(graph_dir) if arg == "GRAPH" else arg for arg in args]
    given = runner.invoke(cli, ["--graph", str(graph_dir), *args, "--timeout", "120"])
    # the overview's windowed questions make their kept rows once, each such query with TABLE_SHARE of the
    # timeout (round 56c: past it the text answers)
    assert set(deadlines) - {120.0 * TABLE_SHARE} == {120.0}, deadlines
    deadlines.clear()
    default = runner.invoke(cli, ["--graph", str(graph_dir), *args])
    assert set(deadlines) - {30.0 * TABLE_SHARE} == {30.0}, deadlines
    assert given.exit_code == default.exit_code == (1 if args[0] == "validate" else 0), given.output
    assert given.stdout == default.stdout and given.stdout.strip(), given.stdout


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_facts_within_the_deadline_are_the_librarys_without_one(runner, graph_dir, engine):
    from graph.export import export
    from graph.store import open_dataset

    assert graph.timeouts.command_deadline() is None
    for fmt in ("facts", "csv"):
        expected = export(open_dataset(graph_dir, engine=engine), fmt)
        result = runner.invoke(cli, ["--graph", str(graph_dir), "--engine", engine, "export", "--format", fmt,
                                     "--timeout", "120"])
        assert result.exit_code == 0, result.output
        assert result.stdout == expected and expected.count("\n") > 5, (fmt, result.stdout)


def test_a_site_export_keeps_the_explorers_limits(runner, graph_dir, tmp_path):
    """``--format site`` renders the explorer's pages, each question with the explorer's own limit (README):
    a --timeout no query could keep does not stop it, and the pages are the ones of an export without it."""
    given = runner.invoke(cli, ["--graph", str(graph_dir), "export", "--format", "site", "-o", str(tmp_path / "a"),
                                "--timeout", "0.01", "--as-of", "2021-06-01"])
    plain = runner.invoke(cli, ["--graph", str(graph_dir), "export", "--format", "site", "-o", str(tmp_path / "b"),
                                "--as-of", "2021-06-01"])
    assert given.exit_code == plain.exit_code == 0, given.output
    pages = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.html"))
    assert len(pages) > 10 and pages == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.html"))
    assert all((tmp_path / "a" / p).read_bytes() == (tmp_path / "b" / p).read_bytes() for p in pages)
