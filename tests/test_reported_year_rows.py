"""who-does-what in the last known state shows a year report's role as reported for its year, not ended with
it (walkthrough 26, finding 6, round 52f): "stond in 2026 onder voorzitterschap van X" in the report on 2026
is kept by --as-of 2027-03-01 (as before) and its row now has no end where it showed 31 December 2026; a
role a text ends keeps its end. Invented people."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.documents import ask_rows, dated_documents


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("jaar")
    docs = dated_documents(where, {"afscheid": (
        "Wethouder Anton Roelofsz van Ede neemt per 1 april 2027 afscheid als voorzitter van de Pijler Water.",
        "2027-02-20")})
    (docs / "jaarverslag-2026.txt").write_text(
        "Jaarverslag 2026\n\nUtrecht, 4 februari 2027\n\nPijler Wonen\n\nDe Pijler Wonen stond in 2026 onder "
        "voorzitterschap van wethouder Liesbeth Haverkamp van Epe.\n\nPijler Water\n\nDe Pijler Water stond in 2026 "
        "onder voorzitterschap van wethouder Anton Roelofsz van Ede.\n", encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_last_known_state_shows_no_end_for_a_reported_year(kg, engine):
    rows = ask_rows(CliRunner(), kg, engine, "who-does-what", "--as-of", "2027-03-01")
    found = sorted((r["personLabel"], r["bodyLabel"], r["since"], r["end"] or "") for r in rows if r["role"] == "voorzitter")
    assert found == [("Anton Roelofsz", "Pijler Water", "2026", "2027-03-31"),
                     ("Liesbeth Haverkamp", "Pijler Wonen", "2026", "")], found
