"""A ministry contact handed over on a stated day (walkthrough 25, finding 3): "X is sinds 1 januari 2025 namens
het ministerie van EZ contactpersoon voor …" and "Y is per 1 januari 2025 overgestapt naar het ministerie van KGG;
X heeft haar taken voor … overgenomen" make X the contact from that day and end Y's contact the day before,
which ``ask ministry-contacts --as-of`` reads."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.documents import built_from

START = ("Joris Lam is sinds 1 januari 2025 namens het ministerie van Economische Zaken contactpersoon voor de "
         "City Deal Kennis Maken.")
HANDOVER = ("Sanne Bosman is per 1 januari 2025 overgestapt naar het ministerie van Klimaat en Groene Groei; Joris Lam "
            "heeft haar taken voor de City Deal Kennis Maken overgenomen.")
DOCUMENTS = {
    "brief-2023": ("2023-03-15", "Namens het ministerie van EZK is Sanne Bosman contactpersoon voor de City Deal Kennis Maken."),
    "contactlijst-2025": ("2025-03-03", "Contactlijst\n\n" + HANDOVER),
    "verslag-2025": ("2025-06-10", "Verslag\n\n" + START),
}


def _relations(text: str) -> list[tuple]:
    found = extract("d", text, gazetteer=load_gazetteer(), date="2025-06-10").relations
    return sorted((r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until, r.past) for r in found)


def test_a_start_before_namens_dates_the_contact():
    assert _relations(START) == [
        ("Joris Lam", "affiliatedWith", "Economische Zaken", "2025-01-01", None, False),
        ("Joris Lam", "contactFor", "City Deal Kennis Maken", "2025-01-01", None, False)]


def test_tasks_taken_over_after_a_move_hand_the_contact_over():
    assert _relations(HANDOVER) == [
        ("Joris Lam", "contactFor", "City Deal Kennis Maken", "2025-01-01", None, False),
        ("Sanne Bosman", "affiliatedWith", "Klimaat en Groene Groei", "2025-01-01", None, False),
        ("Sanne Bosman", "contactFor", "City Deal Kennis Maken", None, "2024-12-31", True)]


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("handover"), DOCUMENTS)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("as_of, ministry, expected", [
    ("2023-09-01", "EZK", [("Sanne Bosman", "2023-03-15")]),
    ("2025-06-01", "EZ", [("Joris Lam", "2025-01-01")]),
])
def test_the_contact_of_a_day_is_the_one_of_then(runner, kg, engine, as_of, ministry, expected):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "ministry-contacts", "-p",
                                 f"ministry={ministry}", "--as-of", as_of, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["rows"]
    assert sorted((r["personLabel"], r["since"]) for r in rows if r["dossierLabel"] == "City Deal Kennis Maken") == expected
