"""Who left: an empty answer about a person at a day after all their roles ended says which roles ended when
(walkthrough 21, finding 20)."""

from __future__ import annotations

import pytest

from graph.cli import cli

DOCUMENTS = {
    "nieuws-a": ("Sanne Vermeulen is van januari 2022 tot 1 maart 2024 trekker van de Themagroep Wonen.", "2023-03-01"),
    "nieuws-b": ("Sinds 1 november 2024 is Piet de Boer voorzitter van de Pijler Sociaal.", "2024-11-05"),
}
# the last day it held, as the tables' "tot" column gives it ("tot 1 maart": until the day before)
LINE = {"nl": "Sanne Vermeulen was trekker van Themagroep Wonen tot 29 februari 2024.",
        "en": "Sanne Vermeulen was lead of Themagroep Wonen until 29 February 2024."}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph
    from tests.documents import dated_documents

    where = tmp_path_factory.mktemp("left")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
    return where / "kg"


def ask(runner, kg, lang, *args):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", *args])
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("question", ["who-is-who", "who-does-what"])
@pytest.mark.parametrize("window", [["--as-of", "7-12-2026"], ["--at", "2025"]])
def test_an_empty_answer_names_the_roles_that_ended(runner, kg, lang, question, window):
    lines = ask(runner, kg, lang, question, "-p", "person=Sanne Vermeulen", *window)
    assert lines[-1] == LINE[lang], lines


@pytest.mark.parametrize("args", [
    ["who-is-who", "-p", "person=Sanne Vermeulen"],                           # no day asked: her role is listed
    ["who-is-who", "-p", "person=Sanne Vermeulen", "--as-of", "2023-06-01"],  # she still held it
    ["who-is-who", "-p", "person=Piet de Boer", "--as-of", "2026-12-07"],     # his role goes on
    ["who-is-who", "-p", "person=Piet de Boer", "--as-of", "2024-06-01"],     # before it began: nothing ended
])
def test_no_line_where_no_role_ended(runner, kg, args):
    assert not any(" was " in line for line in ask(runner, kg, "nl", *args))


def test_several_people_each_get_their_line(runner, kg):
    lines = ask(runner, kg, "nl", "who-does-what", "-p", "person=Sanne Vermeulen", "-p", "person=Piet de Boer",
                "--as-of", "2024-06-01")
    assert lines[-1] == LINE["nl"] and not any(line.startswith("Piet de Boer was") for line in lines), lines
