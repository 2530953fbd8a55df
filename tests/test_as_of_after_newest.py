"""``--as-of`` a day after the newest dated document says so, once, on stderr (round 46g, walkthrough 20,
finding 5): the answer is the last state the documents knew, not the state on that day."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("docs")
    (folder / "benoeming.txt").write_text("Wethouder Anna Visser (Deventer) is voorzitter van de Pijler Fysiek.\n",
                                          encoding="utf-8")
    (folder / "benoeming.meta.json").write_text('{"date": "2024-03-01"}', encoding="utf-8")
    (folder / "jaarverslag.txt").write_text("Breda werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    (folder / "jaarverslag.meta.json").write_text('{"date": "2023"}', encoding="utf-8")
    path = tmp_path_factory.mktemp("graph") / "kg"  # a folder of its own, not the shared base folder
    result = CliRunner().invoke(cli, ["--graph", str(path), "build", str(folder)])
    assert result.exit_code == 0, result.output
    return path


def _ask(runner, graph, *args):
    return runner.invoke(cli, ["--graph", str(graph), *args])


def test_a_day_after_the_newest_document_gets_one_note(graph, runner):
    result = _ask(runner, graph, "ask", "who-does-what", "--as-of", "2026-12-06")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("let op: het nieuwste document is van 2024-03-01; wat daarna veranderde, staat niet in "
                             "de graaf (--as-of 2026-12-06)\n"), result.stderr
    assert "Anna Visser" in result.stdout, result.stdout


def test_in_english_and_on_other_commands(graph, runner):
    result = _ask(runner, graph, "--lang", "en", "rank", "--as-of", "2025", "--format", "json")
    assert result.stderr == ("note: the newest document is dated 2024-03-01; what changed after it is not in the "
                             "graph (--as-of 2025)\n"), result.stderr
    json.loads(result.stdout)  # stdout stays clean for pipes


# within a month of the newest document: a graph fed every week, asked as of today, is not out of date
@pytest.mark.parametrize("day", ["2024-03-01", "2024-01-01", "2023", "2024-03-31"])
def test_no_note_on_or_before_the_newest_document(graph, runner, day):
    result = _ask(runner, graph, "ask", "who-does-what", "--as-of", day)
    assert (result.exit_code, result.stderr) == (0, ""), result.output


def test_a_day_more_than_a_month_after_the_newest_document_gets_the_note(graph, runner):
    assert "nieuwste document is van 2024-03-01" in _ask(runner, graph, "ask", "who-does-what", "--as-of", "2024-04-01").stderr


def test_no_note_without_as_of(graph, runner):
    result = _ask(runner, graph, "ask", "who-does-what", "--at", "2026-12-06")
    assert "nieuwste document" not in result.stderr, result.stderr
