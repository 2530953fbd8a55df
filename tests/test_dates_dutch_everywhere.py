"""A date as Dutch writes it ("7-12-2026", "7 december 2026") is read wherever a date is asked: the command line,
a question's ``-p as_of=``, the explorer's form and a correction file (walkthrough 21, finding 10): all read it
with the command line's parser, :func:`graph.docdate.human_date`.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

TEXT = "Sinds 1 november 2024 is Piet de Boer voorzitter van de Pijler Sociaal.\n"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("dates")
    (where / "docs").mkdir()
    (where / "docs" / "nieuws.txt").write_text(TEXT, encoding="utf-8")
    (where / "docs" / "nieuws.meta.json").write_text(json.dumps({"date": "2024-11-05"}), encoding="utf-8")
    build_graph([where / "docs"], where / "kg")
    return where / "kg"


def people(runner, kg, *args):
    result = runner.invoke(cli, ["--graph", str(kg), *args])
    assert result.exit_code == 0, result.output
    return [(row["personLabel"], row["role"]) for row in json.loads(result.stdout)["rows"]]


@pytest.mark.parametrize("as_of", ["7-12-2026", "7 december 2026", "2026-12-07"])
def test_a_question_takes_a_dutch_date_as_option_and_as_parameter(runner, kg, as_of):
    ask = ("ask", "who-does-what", "--format", "json")
    assert people(runner, kg, *ask, "--as-of", as_of) == [("Piet de Boer", "voorzitter")]
    assert people(runner, kg, *ask, "-p", f"as_of={as_of}") == [("Piet de Boer", "voorzitter")]
    assert people(runner, kg, *ask, "-p", "as_of=1-6-2024") == []


def test_the_explorer_form_takes_a_dutch_date(runner, kg):
    page = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", "/questions/who-does-what.json?as_of=7-12-2026&run=1"])
    answer = json.loads(page.stdout)
    assert [row[0]["text"] for row in answer["answer"]["rows"]] == ["Piet de Boer"], page.output
    before = runner.invoke(cli, ["--graph", str(kg), "serve", "--get", "/questions/who-does-what.json?as_of=1-6-2024&run=1"])
    assert json.loads(before.stdout)["answer"]["rows"] == [], before.output


@pytest.mark.parametrize("lang, message", [
    ("nl", "Fout: parameter as_of: '31-2-2026' is geen geldige datum (JJJJ-MM-DD of 31-01-2024)\n"),
    ("en", "Error: parameter as_of: '31-2-2026' is not a valid date (YYYY-MM-DD or 31-01-2024)\n"),
])
def test_a_day_that_does_not_exist_is_still_refused(runner, kg, lang, message):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "ask", "who-does-what", "-p", "as_of=31-2-2026"])
    assert (result.exit_code, result.output) == (2, message)


def test_a_correction_file_takes_a_dutch_date(tmp_path):
    from graph.curation_files import load_curation

    (tmp_path / "c.yaml").write_text(
        "facts:\n  - {subject: person/piet-de-boer, predicate: hasRole, object: unit/pijler-sociaal, role: voorzitter,\n"
        "     valid_from: 20-11-2026, valid_until: 31 december 2026, date: 1-12-2026, by: Kees}\n", encoding="utf-8")
    curation = load_curation(tmp_path)
    assert [(f.valid_from, f.valid_until) for f in curation.facts] == [("2026-11-20", "2026-12-31")]
    assert curation.signed[0][1:] == ("Kees", "2026-12-01")


@pytest.mark.parametrize("value", ["31-2-2026", "gisteren", "2026-13"])
def test_a_correction_file_refuses_what_is_no_date(tmp_path, value):
    from graph.curation_files import load_curation
    from graph.curation_records import CurationErrors

    (tmp_path / "c.yaml").write_text(
        f"facts:\n  - {{subject: unit/a, predicate: partOf, object: unit/b, valid_from: {value}}}\n", encoding="utf-8")
    with pytest.raises(CurationErrors) as caught:
        load_curation(tmp_path)
    assert str(caught.value) == f"{tmp_path / 'c.yaml'}:2: valid_from '{value}' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)"
