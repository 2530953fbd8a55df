"""A role at a ministry that ceased is no current role after its last day, and a contact's ministry is the
one of the day asked (walkthrough 25, finding 5): VRO existed from 2024-07-02 to 2026-02-22."""

from __future__ import annotations

import pytest

from tests.documents import ask_rows, built_from

DOCUMENTS = {
    "mail-2024": ("2024-11-20", "Lisa Vermeer is plaatsvervangend directeur bij het ministerie van Volkshuisvesting en "
                                "Ruimtelijke Ordening.\n\nNamens het ministerie van VRO is Lisa Vermeer contactpersoon "
                                "voor de Woondeal Noorderkwartier.\n"),
    "mail-2026": ("2026-03-02", "Lisa Vermeer is sinds 23 februari 2026 directeur Woningbouw bij het ministerie van BZK.\n"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("ceased"), DOCUMENTS)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("as_of, expected", [
    ("2025-06-01", [("plaatsvervangend directeur", "VRO")]),
    ("2026-06-01", [("directeur", "BZK")]),
])
def test_a_role_at_a_ministry_that_ceased_ends_on_its_last_day(runner, kg, engine, as_of, expected):
    found = ask_rows(runner, kg, engine, "who-does-what", "--as-of", as_of)
    assert sorted((r["role"], r["bodyLabel"]) for r in found if r["personLabel"] == "Lisa Vermeer") == expected


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_contact_s_ministry_is_the_one_of_the_day_asked(runner, kg, engine):
    found = ask_rows(runner, kg, engine, "ministry-contacts", "--as-of", "2025-06-01")
    assert [(r["ministryLabel"], r["dossierLabel"]) for r in found if r["personLabel"] == "Lisa Vermeer"] == [
        ("VRO", "Woondeal Noorderkwartier")]
