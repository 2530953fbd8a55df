""""X werkte (in JJJJ) met Y aan …": working with someone on something is collaboration, with every ministry's
name of its period (round 45k, walkthrough 20, finding 16)."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts


@pytest.mark.parametrize("text, date, expected", [
    ("De pijler Wonen werkte met het ministerie van Economische Zaken aan vakmanschap.", "2025-03-01",
     {("Pijler Wonen", "collaboratesWith", "EZK", None)}),
    ("De pijler Wonen werkte met het ministerie van Economische Zaken en Klimaat aan vakmanschap.", "2023-03-01",
     {("Pijler Wonen", "collaboratesWith", "EZK", None)}),
    ("Het ministerie van Volkshuisvesting en Ruimtelijke Ordening werkt met de pijler Wonen aan tempo.", "2025-03-01",
     {("VRO", "collaboratesWith", "Pijler Wonen", None)}),
    ("De pijler Zorg werkte met SZW en VWS aan schulden.", "2025-03-01",
     {("Pijler Zorg", "collaboratesWith", "SZW", None), ("Pijler Zorg", "collaboratesWith", "VWS", None)}),
])
def test_working_with_a_ministry_is_collaboration(text, date, expected):
    assert_facts(text, expected, date)


def test_an_inverted_subject_and_a_year_between_verb_and_partner():
    found = facts("Onder leiding van wethouder Ilse Voorn werkte de pijler Wonen in 2025 met het ministerie van "
                  "Economische Zaken aan vakmanschap.", "2025-12-31")
    assert ("Pijler Wonen", "collaboratesWith", "EZK", None) in found
    assert not any(f[0] == "Ilse Voorn" and f[1] == "collaboratesWith" for f in found)


@pytest.mark.parametrize("text", [
    "Deventer stopte in 2024 met de Taskforce Binnenstad.",  # stopping is no working with
    "De pijler Wonen werkt met een nieuw plan van het Rijk.",  # no partner named
    "De pijler Wonen werkt niet met het ministerie van Financiën aan de begroting.",  # denied
    "De pijler Zorg werkte met SZW en VWS.",  # no "aan": too little to read (round 30c)
    "De pijler Zorg werkt met SZW aan te sluiten partners.",  # "aan te …" is no task
])
def test_met_without_working_together_is_no_collaboration(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text, "2025-03-01"))


def test_a_unit_coordinated_before_a_plural_verb_keeps_its_name():
    assert_facts("KGG en de pijler Wonen werken samen aan de warmtetransitie.",
                 {("KGG", "collaboratesWith", "Pijler Wonen", None)}, "2025-03-01")
