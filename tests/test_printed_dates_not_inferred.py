"""A date the document prints is its own; only one from the file name or the file's metadata is inferred
(walkthrough 27, finding 15: every document's page said "Datum … (afgeleid)", also a news item that prints
"Nieuws | 1 september 2025" and a letter with "Datum 15 oktober 2024")."""

from __future__ import annotations

import json

from graph.cli import cli


def test_only_the_file_names_date_is_inferred_in_the_built_graph(tmp_path, runner):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nieuws.txt").write_text("Nieuws | 1 september 2025\n\nAnna Visser is wethouder van Breda.\n",
                                       encoding="utf-8")
    (folder / "brief.txt").write_text("Aan de voorzitter van de Tweede Kamer\n\nDatum 15 oktober 2024\n"
                                      "Betreft Samenwerking\n\nGeachte voorzitter,\n\nBreda werkt samen met het "
                                      "ministerie van BZK.\n", encoding="utf-8")
    (folder / "verslag-2023-06-12.txt").write_text("Verslag\n\nDe G40 werkt samen met het ministerie van EZK.\n",
                                                   encoding="utf-8")
    graph = tmp_path / "kg"
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(folder)]).exit_code == 0
    result = runner.invoke(cli, ["--graph", str(graph), "query", "--format", "json",
                                 "SELECT ?id ?date ?inferred WHERE { ?d a g40:Document ; dcterms:identifier ?id ; "
                                 "dcterms:date ?date OPTIONAL { ?d g40:dateInferred ?inferred } } ORDER BY ?id"])
    assert result.exit_code == 0, result.output
    rows = [(row["id"], row["date"], row["inferred"]) for row in json.loads(result.stdout)["rows"]]
    assert rows == [("brief", "2024-10-15", None), ("nieuws", "2025-09-01", None),
                    ("verslag-2023-06-12", "2023-06-12", True)]
