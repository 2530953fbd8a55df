"""Small command-line comforts of walkthrough 47, finding 14: a table says which day a date not written as ISO
was read as; a ministry typed with two letters swapped ("BKZ") is suggested first; the interrupt message starts
with a capital (tests/test_build_safety.py). Invented names."""

from __future__ import annotations

import pytest

from graph.cli import cli


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("comforts")
    text = "De gemeente Breda werkt samen met het ministerie van BZK aan de binnenstad."
    build_graph([dated_documents(where, {"bericht": (text, "2026-05-04")})], where / "kg")
    return where / "kg"


@pytest.mark.parametrize("lang, line", [
    ("nl", "--as-of 06/12/2026 gelezen als 6 december 2026 (2026-12-06)"),
    ("en", "--as-of 06/12/2026 read as 6 December 2026 (2026-12-06)"),
])
def test_a_table_says_which_day_a_date_was_read_as(runner, kg, lang, line):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", "city-ministry", "--as-of", "06/12/2026"])
    assert result.exit_code == 0 and result.stderr.splitlines()[0] == line, result.output
    assert "Breda" in result.stdout and line not in result.stdout


@pytest.mark.parametrize("args", [
    ["ask", "city-ministry", "--as-of", "2026-12-06"],                      # ISO: nothing to say
    ["ask", "city-ministry", "--as-of", "06/12/2026", "--format", "csv"],  # a script's output
])
def test_no_line_where_there_is_nothing_to_say(runner, kg, args):
    result = runner.invoke(cli, ["--graph", str(kg), *args])
    assert result.exit_code == 0 and "gelezen als" not in result.output, result.output


def test_two_swapped_letters_suggest_the_ministry_first(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "collaborators", "BKZ"])
    assert result.exit_code == 2, result.output
    assert "bedoelt u 'BZK'" in result.stderr, result.stderr
