"""`collaborators` with a ministry's earlier abbreviation says both names in its title."""

import json

from graph.cli import cli


def test_an_earlier_abbreviation_is_named_beside_the_current_one(runner, tmp_path):
    document = tmp_path / "brief-2024-02-02.txt"
    document.write_text("Breda werkt samen met het ministerie van LNV aan de Regio Deal.\n", encoding="utf-8")
    graph = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(document)]).exit_code == 0
    asked = runner.invoke(cli, ["--graph", str(graph), "collaborators", "lnv"])
    assert asked.exit_code == 0 and asked.stdout.splitlines()[0] == "Samenwerkingen met LVVN (eerder LNV)", asked.output
    current = runner.invoke(cli, ["--graph", str(graph), "collaborators", "LVVN"])
    # the heading stands for the ministry over time, whatever name is asked: its quote of 2024 says LNV
    assert current.stdout.splitlines()[0] == "Samenwerkingen met LVVN (eerder LNV)", current.output
    dated = runner.invoke(cli, ["--graph", str(graph), "collaborators", "LNV", "--at", "2024-02"])
    assert dated.stdout.splitlines()[0] == "Samenwerkingen met LNV", dated.output  # the name of that date, alone
    as_json = json.loads(runner.invoke(cli, ["--graph", str(graph), "collaborators", "LNV", "--format", "json"]).stdout)
    assert {row["ministry"] for row in as_json["rows"]} == {"LVVN"}  # scripts keep the label
