"""A row of who-does-what or ministry-contacts names its ministry as at its fact (round 48i,
walkthrough 23 finding 13).

Both questions call a row's start ``since``, not ``start``: the relabelling found no date and kept
the ministry's current name, so a contact from a news item of 10-09-2024 ("ministerie van
Economische Zaken (EZ)") read "EZK" in the rows while the facts export said "EZ". The README: "Without
a time, a row names a ministry as at the time of its fact".
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents


@pytest.fixture(scope="module")
def renamed_graph(tmp_path_factory):
    """A contact at EZ (a news item of 2024) and one at EZK (a news item of 2026)."""
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("renamed")
    docs = dated_documents(where, {
        "nieuws": ("Namens EZ is Mirte Vonk, directeur Regionale Economie, contactpersoon voor de Regio Deal Westhoek.",
                   "2024-09-10"),
        "later": ("Namens het ministerie van Economische Zaken en Klimaat is Bart Okkema, directeur Innovatie, "
                  "contactpersoon voor de Regio Deal Westhoek.", "2026-06-01")})
    build_graph([docs], where / "kg")
    return where / "kg"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("question, label", [("ministry-contacts", "ministryLabel"), ("who-does-what", "bodyLabel")])
def test_a_row_names_the_ministry_as_at_its_since(runner, renamed_graph, engine, question, label):
    result = runner.invoke(cli, ["--graph", str(renamed_graph), "--engine", engine, "ask", question, "--format", "json"])
    assert result.exit_code == 0, result.output
    named = sorted((row["personLabel"], row[label], row["since"]) for row in json.loads(result.stdout)["rows"])
    assert named == [("Bart Okkema", "EZK", "2026-06-01"), ("Mirte Vonk", "EZ", "2024-09-10")], named


def test_the_table_shows_the_name_of_the_time_and_a_window_still_names_its_own(runner, renamed_graph):
    result = runner.invoke(cli, ["--graph", str(renamed_graph), "ask", "ministry-contacts"])
    assert result.exit_code == 0, result.output
    vonk = next(line for line in result.stdout.splitlines() if "Mirte Vonk" in line)
    assert vonk.split()[0] == "EZ", vonk
    result = runner.invoke(cli, ["--graph", str(renamed_graph), "ask", "ministry-contacts", "--as-of", "2026-12-01",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {row["ministryLabel"] for row in json.loads(result.stdout)["rows"]} == {"EZK"}
