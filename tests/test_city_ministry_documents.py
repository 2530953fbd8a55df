"""Round 49q: ``city-ministry`` counts a link through a programme by the documents of either side —
the city's, the ministry's, and one that states both counted once — and names the latest of them,
on both engines (the question counts each side on its own and takes the shared documents off)."""

from __future__ import annotations

import json

import pytest
from fixture_graph import ENGINES

from graph.cli import cli
from tests.documents import dated_documents

DOCUMENTS = {
    "beide": ("Breda neemt deel aan de Regio Deal Noordoost-Brabant. Het ministerie van BZK neemt deel aan de "
              "Regio Deal Noordoost-Brabant.", "2024-03-01"),
    "stad": ("Breda neemt deel aan de Regio Deal Noordoost-Brabant.", "2024-09-01"),
    "ministerie": ("Het ministerie van BZK neemt deel aan de Regio Deal Noordoost-Brabant.", "2025-05-01"),
}
COLUMNS = ("cityLabel", "ministryLabel", "programmeLabel", "relation", "documents", "documentId")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from click.testing import CliRunner

    where = tmp_path_factory.mktemp("city-ministry-documents")
    graph = where / "kg"
    built = CliRunner().invoke(cli, ["--graph", str(graph), "build", str(dated_documents(where, DOCUMENTS))])
    assert built.exit_code == 0, built.output
    return graph


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("options, expected", [
    # three documents: the one that names both sides counted once; the latest is the ministry's
    ((), [("Breda", "BZK", "Regio Deal Noordoost-Brabant", "participatesIn", 3, "ministerie")]),
    # known at the end of 2024: the shared document and the city's
    (("--as-of", "2024-12-31"), [("Breda", "BZK", "Regio Deal Noordoost-Brabant", "participatesIn", 2, "stad")]),
    # known in the spring of 2024: only the shared one
    (("--as-of", "2024-04-01"), [("Breda", "BZK", "Regio Deal Noordoost-Brabant", "participatesIn", 1, "beide")]),
])
def test_documents_of_either_side_counted_once(runner, kg, engine, options, expected):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "city-ministry", *options,
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert [tuple(row[c] for c in COLUMNS) for row in rows] == expected, rows
