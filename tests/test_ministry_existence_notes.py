"""Every command that takes a ministry says when a ministry asked at a time it did not exist existed, and what it
went up in: ``ask city-ministry -p ministry=VRO --as-of …`` as ``collaborators VRO`` (walkthrough 21, finding 19)."""

from __future__ import annotations

import pytest

from graph.cli import cli

SENTENCE = ("De gemeente Tilburg werkt samen met het ministerie van Volkshuisvesting en Ruimtelijke Ordening aan de "
            "Regio Deal Midden-Brabant.")
NOTE = {"nl": "VRO bestond van 2024-07-02 tot 2026-02-22; opgegaan in BZK per 2026-02-23.",
        "en": "VRO existed from 2024-07-02 until 2026-02-22; merged into BZK on 2026-02-23."}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("vro")
    build_graph([dated_documents(where, {"bericht-2025": (SENTENCE, "2025-03-12")})], where / "kg")
    return where / "kg"


def ask(runner, kg, lang, *args):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_empty_answer_ends_with_the_note(runner, kg, lang):
    result = ask(runner, kg, lang, "ministry-contacts", "-p", "ministry=VRO", "--as-of", "7-12-2026")
    assert result.stdout.splitlines()[-1] == NOTE[lang], result.output


@pytest.mark.parametrize("question", ["city-ministry", "collaborations-with-ministry"])
def test_beside_rows_the_note_goes_to_stderr_and_the_rows_stay_clean(runner, kg, question):
    result = ask(runner, kg, "nl", question, "-p", "ministry=VRO", "--as-of", "2026-12-07")
    assert "Tilburg" in result.stdout and NOTE["nl"] not in result.stdout, result.output
    assert result.stderr.splitlines()[-1] == NOTE["nl"], result.stderr


@pytest.mark.parametrize("args", [
    ["city-ministry", "-p", "ministry=VRO"],                          # no time asked
    ["city-ministry", "-p", "ministry=VRO", "--as-of", "2025-06-01"],  # while it existed
    ["city-ministry", "-p", "ministry=VRO", "--as-of", "2026-12-07", "--format", "csv"],  # data stays data
    ["city-ministry", "-p", "ministry=EZK", "--as-of", "2026-12-07"],
])
def test_no_note_where_there_is_nothing_to_say(runner, kg, args):
    result = ask(runner, kg, "nl", *args)
    assert "bestond" not in result.output and "bestaat sinds" not in result.output, result.output


def test_collaborators_says_it_as_before(runner, kg):
    result = runner.invoke(cli, ["--graph", str(kg), "collaborators", "VRO", "--as-of", "2026-12-07"])
    assert result.exit_code == 0 and result.stderr.splitlines()[-1] == NOTE["nl"], result.output
    before = runner.invoke(cli, ["--graph", str(kg), "collaborators", "EZK", "--at", "2009"])
    assert before.stdout.splitlines()[-1] == "EZK bestaat sinds 2010-10-14.", before.output
