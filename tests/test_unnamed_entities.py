"""Entities a document only describes ("de opgavegroep") are listed with the document they come from."""

import csv
import io
import json

from graph.cli import cli


def test_an_unnamed_unit_is_listed_with_its_document(runner, tmp_path):
    """"de opgavegroep" names no particular group: the tables say which document's group it is."""
    document = tmp_path / "verslag-2021.txt"
    document.write_text("Verslag\n\nIn april is een opgavetafel van start gegaan. In september heeft het ministerie "
                        "van BZK met de opgavegroep een agenda opgesteld.\n", encoding="utf-8")
    graph = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(document)]).exit_code == 0
    matrix = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["--graph", str(graph), "collaborators",
                                                                  "--format", "csv"]).stdout)))
    assert [(row["actor"], row["BZK"]) for row in matrix] == [("opgavegroep (verslag-2021)", "1")]
    listed = json.loads(runner.invoke(cli, ["--graph", str(graph), "collaborators", "BZK", "--format", "json"]).stdout)
    assert [row["label"] for row in listed["rows"]] == ["opgavegroep (verslag-2021)"]
