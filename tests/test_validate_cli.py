"""``g40kg validate``: exit 0 when the graph conforms, 1 on violations, 2 on load or usage errors."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset

from graph.cli import cli
from graph.store import save_dataset

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "shacl" / "valid.trig"


def _broken_file(tmp_path: Path) -> Path:
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace('g40:quote "De themagroep werkt samen met MVB" ;', "")  # evidence without quote
    text = text.replace('g40:cbsCode "GM9999"', 'g40:cbsCode "9999"')
    path = tmp_path / "broken.trig"
    path.write_text(text, encoding="utf-8")
    return path


def test_conforming_file_exits_0(runner):
    result = runner.invoke(cli, ["validate", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "De graaf voldoet aan de SHACL-shapes (117 triples)."


def test_built_graph_is_validated_from_the_store(runner, tmp_path):
    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURE, format="trig")
    save_dataset(dataset, tmp_path / "kg", {"documents": []})
    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "--lang", "en", "validate"])
    assert result.exit_code == 0, result.output
    assert "conforms to the SHACL shapes (117 triples)" in result.output


def test_violations_exit_1_grouped_and_readable(runner, tmp_path):
    result = runner.invoke(cli, ["validate", str(_broken_file(tmp_path))])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] == "De graaf voldoet NIET aan de SHACL-shapes (116 triples): 2 schendingen, 0 waarschuwingen."
    assert "[schending] een gemeente heeft precies één CBS-code van de vorm GM0000 (1×)" in lines
    assert "  - g40id:municipality/gm9999  pad g40:cbsCode  waarde '9999'" in lines
    assert "[schending] een bewijsknoop heeft precies één niet-leeg citaat (g40:quote) (1×)" in lines


def test_english_and_json(runner, tmp_path):
    result = runner.invoke(cli, ["--lang", "en", "validate", "--format", "json", str(_broken_file(tmp_path))])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert report["conforms"] is False
    assert sorted((v["focus"], v["path"], v["message"]) for v in report["violations"]) == [
        ("g40id:evidence/doc-x/2", "g40:quote", "an evidence node has exactly one non-empty quote (g40:quote)"),
        ("g40id:municipality/gm9999", "g40:cbsCode", "a municipality has exactly one CBS code shaped GM0000"),
    ]


def test_missing_graph_exits_2(runner, tmp_path):
    result = runner.invoke(cli, ["--graph", str(tmp_path / "none"), "validate"])
    assert result.exit_code == 2, result.output
    assert "g40kg build" in result.output


def test_unparsable_file_exits_2_naming_the_file(runner, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is { not turtle", encoding="utf-8")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Fout: {bad}, regel 1: niet te lezen als turtle (")
    english = runner.invoke(cli, ["--lang", "en", "validate", str(bad)])
    assert english.output.startswith(f"Error: {bad}, line 1: cannot parse as turtle (")
    other = tmp_path / "graaf.xyz"
    other.write_text("", encoding="utf-8")
    unknown = runner.invoke(cli, ["validate", str(other)])
    assert unknown.exit_code == 2 and unknown.output.startswith(f"Fout: {other}: onbekend RDF-formaat; gebruik een van ")
    shapes = runner.invoke(cli, ["validate", str(bad), "--shapes", str(tmp_path / "geen.ttl")])
    assert shapes.exit_code == 2


def test_unknown_option_value_exits_2(runner):
    result = runner.invoke(cli, ["validate", "--inference", "owl"])
    assert result.exit_code == 2, result.output


def test_help_has_an_example(runner):
    result = runner.invoke(cli, ["validate", "--help"])
    assert result.exit_code == 0
    assert "g40kg build && g40kg validate" in result.output
