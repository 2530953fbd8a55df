"""``twins``, ``evaluate`` and ``demo`` have the ``--timeout`` of the other read commands (round 55o, after 55c's
export, diff and validate): each query they run stops the command past it with exit status 124 and the one-line
message, and leaves nothing half-written; a run within it answers as before. As tests/test_timeouts_55c.py: a
query held (not a slow query: no test of time) until the test ends. ``curation`` runs no query (it reads the
graph folder's manifest and curation log) and has no ``--timeout``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fixture_graph import small_graph_dir
from silent_server import silent_server

from graph import fact_rows, twin_events, twins
from graph.cli import cli
from graph.errors import EXIT_TIMEOUT
from viz import views

#: the one line a command stopped by --timeout 2 writes (Dutch, the default)
STOPPED = "Fout: de query is na 2 s afgebroken (--timeout); maak hem specifieker of geef een ruimere --timeout"
#: the one query of the collaborations step of demo (ontology/queries/collaborations-matrix.rq)
MATRIX = "SELECT ?actor (MIN(?al) AS ?actorLabel)"
#: the gold file and documents of tests/fixtures with the times (evaluate's own example)
FIXTURES = Path(__file__).parent / "fixtures"
GOLD, DOCUMENTS = str(FIXTURES / "gold-tijd.yaml"), str(FIXTURES / "extract")


def body(query: str) -> str:
    """The text of ``query`` after its prologue: what the held query is recognised by."""
    return query[query.index("SELECT"):]


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return small_graph_dir(tmp_path_factory.mktemp("timeouts55o"))


def stopped_in_one_line(result, held, args=()):
    assert held.get("reached"), "the command did not run the held query"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    if "json" in args:  # the error as JSON on stdout, as every command's with --format json, and nothing else
        assert json.loads(result.stdout) == {"error": STOPPED.removeprefix("Fout: "), "exit_code": EXIT_TIMEOUT,
                                             "code": "timeout"}, result.stdout
        assert result.stdout.count("\n") == 1 and result.stderr.splitlines() == [STOPPED], result.output
        return
    assert result.stdout == "", result.stdout  # nothing half-written on stdout either
    assert result.stderr.splitlines() == [STOPPED], result.stderr


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("text", [twins._FACTS_QUERY.split("%s")[0], twins._APART_QUERY, body(twin_events._DAYS)],
                         ids=["facts", "apart", "event-days"])
@pytest.mark.parametrize("args", [[], ["--format", "json"], ["--rules"]], ids=["table", "json", "rules"])
def test_twins_past_its_timeout_stops_in_one_line(runner, graph_dir, held, engine, text, args):
    held["text"] = text
    result = runner.invoke(cli, ["--graph", str(graph_dir), "--engine", engine, "twins", *args, "--timeout", "2"])
    stopped_in_one_line(result, held, args)


def test_twins_through_an_endpoint_that_never_answers_stops_at_its_timeout(runner):
    with silent_server() as (base, connections):
        result = runner.invoke(cli, ["--lang", "en", "--endpoint", f"{base}/query", "twins", "--timeout", "0.5"])
        assert connections.settled(), "twins never asked the server"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    assert result.stdout == ""
    assert result.stderr == ("Error: the query was stopped after 0.5 s (--timeout); make it more specific or pass "
                             "a larger --timeout\n")


@pytest.mark.parametrize("args", [[], ["--format", "json"]], ids=["text", "json"])
def test_evaluate_past_its_timeout_gives_no_result(runner, held, args):
    held["text"] = body(fact_rows._DOCUMENT_DATES)  # the temporary graph's facts, after its build
    result = runner.invoke(cli, ["evaluate", GOLD, DOCUMENTS, *args, "--timeout", "2"])
    stopped_in_one_line(result, held, args)


@pytest.mark.parametrize("step, text", [("collaborations", MATRIX), ("network page", views._PROVINCE_QUERY)])
def test_demo_past_its_timeout_stops_its_step_and_writes_no_page(runner, held, tmp_path, step, text):
    held["text"] = text
    page, graph = tmp_path / "netwerk.html", tmp_path / "demo-graaf"
    result = runner.invoke(cli, ["--graph", str(graph), "demo", "-o", str(page), "--timeout", "2"])
    assert held.get("reached"), f"demo did not run the held query of its {step} step"
    assert result.exit_code == EXIT_TIMEOUT, result.output
    assert result.stderr.splitlines() == [STOPPED], result.stderr
    assert not page.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["demo-graaf"]
    assert (graph / "manifest.json").is_file()  # the build before it is complete
    steps = [line for line in result.stdout.splitlines() if line[:3] in ("1/3", "2/3", "3/3")]
    if step == "collaborations":  # its heading, and not one row of its table
        assert steps == ["1/3  De meegeleverde documenten bouwen …", "2/3  Wie werkt samen met welk ministerie?"]
        assert result.stdout.rstrip().endswith("2/3  Wie werkt samen met welk ministerie?"), result.stdout
    else:
        assert steps[-1] == "3/3  Netwerkpagina schrijven …" and result.stdout.rstrip().endswith(steps[-1])


@pytest.mark.parametrize("args", [["twins"], ["twins", "--format", "json"], ["twins", "--rules"],
                                  ["evaluate", GOLD, DOCUMENTS, "-v"], ["evaluate", GOLD, DOCUMENTS, "--format", "json"]],
                         ids=["twins", "twins-json", "twins-rules", "evaluate", "evaluate-json"])
def test_every_query_has_the_commands_timeout_and_the_answer_is_the_same(runner, graph_dir, deadlines, args):
    """Within the deadline the answer is the one of a run with the default, every query under the one given."""
    given = runner.invoke(cli, ["--graph", str(graph_dir), *args, "--timeout", "120"])
    assert set(deadlines) == {120.0}, deadlines
    deadlines.clear()
    default = runner.invoke(cli, ["--graph", str(graph_dir), *args])
    assert set(deadlines) == {30.0}, deadlines
    assert given.exit_code == default.exit_code == 0, given.output
    assert given.stdout == default.stdout and given.stdout.strip(), given.stdout


def test_evaluate_answers_as_before(runner):
    """The output main gave before round 55o (recorded), with a --timeout given."""
    result = runner.invoke(cli, ["evaluate", GOLD, DOCUMENTS, "--timeout", "60"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"Evaluatie tegen {GOLD}",
        "document                          entiteiten P / R / F1   relaties P / R / F1",
        "nieuwe-voorzitter-pijler-sociaal  1.00 / 1.00 / 1.00      1.00 / 1.00 / 1.00",
        "totaal                            1.00 / 1.00 / 1.00      1.00 / 1.00 / 1.00",
        "Tijd: 3 van 3 gevonden feiten met een gouden tijd hebben die goed (1.00); een gouden '2019' klopt bij elke "
        "datum in 2019, '2019-07' bij elke in juli 2019"]


def test_evaluate_of_a_facts_file_runs_no_query(runner, deadlines, tmp_path):
    from graph.pipeline import build_graph

    build_graph([Path(DOCUMENTS)], tmp_path / "kg")
    facts = tmp_path / "feiten.jsonl"
    exported = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "-o", str(facts)])
    assert exported.exit_code == 0, exported.output
    deadlines.clear()
    result = runner.invoke(cli, ["evaluate", GOLD, "--facts", str(facts), "--format", "json", "--timeout", "2"])
    assert deadlines == [] and result.exit_code == 0, result.output
    assert json.loads(result.stdout)["overall"]["relations"]["f1"] == 1.0


def test_demo_runs_every_step_under_its_timeout(runner, deadlines, tmp_path):
    page = tmp_path / "netwerk.html"
    result = runner.invoke(cli, ["--graph", str(tmp_path / "g"), "demo", "-o", str(page), "--timeout", "120"])
    assert result.exit_code == 0, result.output
    assert deadlines and set(deadlines) == {120.0}, deadlines
    assert page.is_file() and "2/3  Wie werkt samen met welk ministerie?" in result.stdout


def test_curation_has_no_timeout(runner, graph_dir):
    """It reads the manifest and the curation log, no query: an option would promise nothing."""
    result = runner.invoke(cli, ["--graph", str(graph_dir), "curation", "--timeout", "2"])
    assert result.exit_code == 2 and "--timeout" in result.stderr, result.output
