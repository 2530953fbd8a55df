"""``g40kg path``: each step reads in the direction of its arrow; a fact that points the other way is read with
its inverse words ("heeft als onderdeel", "rol vervuld door"; walkthrough 21, finding 18). JSON and a plain CSV
keep the predicates' names; JSON says which of them point back (``reversed``)."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

TEXT = ("Nieuws van de G40\n\nUtrecht, 3 maart 2026\n\nDe Pijler Fysiek Domein is onderdeel van de G40. "
        "Wethouder Femke Jansen uit Ede is voorzitter van de Pijler Fysiek Domein.\n")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("path-directions")
    (where / "docs").mkdir()
    (where / "docs" / "nieuws.txt").write_text(TEXT, encoding="utf-8")
    build_graph([where / "docs"], where / "kg")
    return where / "kg"


def steps(runner, kg, lang, source, target, *args):
    result = runner.invoke(cli, ["--lang", lang, "--graph", str(kg), "path", source, target, "--format", "markdown", *args])
    assert result.exit_code == 0, result.output
    return [tuple(cell.strip() for cell in line.split("|")[2:5]) for line in result.stdout.splitlines()[2:]]


@pytest.mark.parametrize("lang, backwards, forwards", [
    ("nl", [("G40", "Pijler Fysiek Domein", "heeft als onderdeel"),
            ("Pijler Fysiek Domein", "Femke Jansen", "rol vervuld door")],
     [("Femke Jansen", "Pijler Fysiek Domein", "heeft een rol bij"), ("Pijler Fysiek Domein", "G40", "onderdeel van")]),
    ("en", [("G40", "Pijler Fysiek Domein", "has as part"), ("Pijler Fysiek Domein", "Femke Jansen", "role held by")],
     [("Femke Jansen", "Pijler Fysiek Domein", "has a role in"), ("Pijler Fysiek Domein", "G40", "part of")]),
])
def test_each_step_reads_in_the_direction_of_its_arrow(runner, kg, lang, backwards, forwards):
    assert steps(runner, kg, lang, "G40", "Femke Jansen") == backwards
    assert steps(runner, kg, lang, "Femke Jansen", "G40") == forwards


def test_excel_reads_like_the_table_and_json_keeps_the_predicates(runner, kg):
    excel = runner.invoke(cli, ["--graph", str(kg), "path", "G40", "Femke Jansen", "--format", "csv", "--excel"])
    assert [line.split(";")[3] for line in excel.stdout.lstrip("\ufeff").splitlines()] == [
        "relaties", "heeft als onderdeel", "rol vervuld door"], excel.output
    data = runner.invoke(cli, ["--graph", str(kg), "path", "G40", "Femke Jansen", "--format", "json"])
    assert [(row["relations"], row["reversed"]) for row in json.loads(data.stdout)["rows"]] == [
        (["partOf"], ["partOf"]), (["hasRole"], ["hasRole"])]
    forwards = runner.invoke(cli, ["--graph", str(kg), "path", "Femke Jansen", "G40", "--format", "json"])
    assert [row["reversed"] for row in json.loads(forwards.stdout)["rows"]] == [[], []]
