"""``--as-of`` reads a period the text gives at the precision it gives (round 46g, walkthrough 20,
finding 9): "trekker in 2024" in the overview of 2024 ended with 2024, and a start known only to its
year or month ("sinds 2024", "sinds februari 2024") counts from that year's or month's first day, as
``--at`` reads it (the tables show the start as "2024"). The same on both engines."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("docs")
    documents = {
        "jaaroverzicht-2024": ("2024", "In 2024 was wethouder Anna Visser (Deventer) trekker van de themagroep Wonen.\n\n"
                                       "Wethouder Dirk Mulder (Leiden) is voorzitter van de themagroep Zorg."),
        "terugblik": ("2025-02-10", "Sinds 2024 is wethouder Carla Smit (Breda) trekker van de themagroep Cultuur.\n\n"
                                    "Sinds februari 2024 is wethouder Eva Bos (Tilburg) trekker van de themagroep Sport."),
    }
    for name, (date, text) in documents.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    path = tmp_path_factory.mktemp("graph") / "kg"  # a folder of its own, not the shared base folder
    result = CliRunner().invoke(cli, ["--graph", str(path), "build", str(folder)])
    assert result.exit_code == 0, result.output
    return path


def _trekkers(runner, graph, engine, day):
    result = runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "ask", "who-does-what", "--as-of", day,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted((row["personLabel"], row["role"]) for row in json.loads(result.stdout)["rows"]
                  if row["role"] in ("trekker", "voorzitter"))


ENGINES = ["oxigraph", "rdflib"]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("day, expected", [
    # a period the text gives ends, also in its document's own year; a role only its document dates is reported
    ("2026-12-06", [("Carla Smit", "trekker"), ("Dirk Mulder", "voorzitter"), ("Eva Bos", "trekker")]),
    ("2024-12-31", [("Anna Visser", "trekker"), ("Carla Smit", "trekker"), ("Dirk Mulder", "voorzitter"),
                    ("Eva Bos", "trekker")]),
    # "in 2024" and "sinds 2024" hold from 1 January 2024, "sinds februari 2024" from 1 February (a question
    # asked in the current year keeps a holder the text dates to the year only)
    ("2024-01-01", [("Anna Visser", "trekker"), ("Carla Smit", "trekker"), ("Dirk Mulder", "voorzitter")]),
    ("2024-01-31", [("Anna Visser", "trekker"), ("Carla Smit", "trekker"), ("Dirk Mulder", "voorzitter")]),
    ("2024-02-01", [("Anna Visser", "trekker"), ("Carla Smit", "trekker"), ("Dirk Mulder", "voorzitter"),
                    ("Eva Bos", "trekker")]),
    ("2023-12-31", []),
])
def test_as_of_reads_a_period_at_its_precision(graph, runner, engine, day, expected):
    assert _trekkers(runner, graph, engine, day) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_at_still_reads_a_year_as_all_its_days(graph, runner, engine):
    result = runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "ask", "who-does-what", "--at", "2024-06-01",
                                 "--format", "json"])
    names = sorted(row["personLabel"] for row in json.loads(result.stdout)["rows"] if row["role"] == "trekker")
    assert names == ["Anna Visser", "Carla Smit", "Eva Bos"], result.output
