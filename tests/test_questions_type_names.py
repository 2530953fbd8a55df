"""``g40kg questions`` names the parameter types in the interface's language (round 46g, walkthrough 20,
finding 23); JSON and CSV keep the declared types, a contract for scripts."""

from __future__ import annotations

import json

from graph.cli import cli
from graph.questions import PARAMETER_TYPE_NAMES, PARAMETER_TYPES


def _line(output: str, name: str) -> str:
    return next(line for line in output.splitlines() if line.startswith(name + " "))


def test_the_table_names_the_types_in_dutch(runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "questions"])
    assert result.exit_code == 0, result.output
    assert _line(result.stdout, "city-ministry").endswith(
        "city:gemeente, ministry:ministerie, at:datum, from:datum, until:datum, as_of:datum"), result.stdout
    assert "kommagetal" in _line(result.stdout, "collaborations-matrix")


def test_in_english_with_lang_en(runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "questions"])
    assert _line(result.stdout, "city-ministry").endswith(
        "city:municipality, ministry:ministry, at:date, from:date, until:date, as_of:date"), result.stdout


def test_json_keeps_the_declared_types(runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "questions", "--format", "json"])
    rows = {row["name"]: row for row in json.loads(result.stdout)["rows"]}
    assert rows["city-involvement"]["parameters"][:2] == ["city:municipality!", "at:date"], rows["city-involvement"]


def test_every_type_has_a_name_in_each_language():
    assert {lang: sorted(names) for lang, names in PARAMETER_TYPE_NAMES.items()} == {
        "nl": sorted(PARAMETER_TYPES), "en": sorted(PARAMETER_TYPES)}
