"""Round 36d: the eleventh walkthrough: dates after a unit's name, sections that name no unit, …"""

from __future__ import annotations

import pytest

from tests.extract_facts import facts, mentions


# --- W2: a date ends a unit's or programme's name ("Verslag Themagroep Zorg 3 juni 2024") ------------

@pytest.mark.parametrize("title", [
    "# Verslag Themagroep Zorg 3 juni 2024",
    "# Notulen Themagroep Zorg 3-6-2024",
    "# Agenda Themagroep Zorg juni 2024",
    "# Besluitenlijst Themagroep Zorg, 3 Juni 2024",
])
def test_a_date_after_a_unit_name_is_no_part_of_it(title):
    text = f"{title}\n\nAanwezig: Piet Kok (Ede, voorzitter), Els Baan (Delft)\n\nDe themagroep bespreekt de zorgkosten."
    assert mentions(text, "OrganisationalUnit")[0] == "Themagroep Zorg", mentions(text, "OrganisationalUnit")


def test_a_date_after_a_programme_name_is_no_part_of_it():
    text = "# Verslag City Deal Slimme Zorg 8 oktober 2023\n\nEde en Delft nemen deel aan de City Deal Slimme Zorg."
    assert mentions(text, "Programme")[0] == "City Deal Slimme Zorg", mentions(text, "Programme")
    assert ("Ede", "participatesIn", "City Deal Slimme Zorg", None) in facts(text)


def test_a_number_in_a_name_stays():
    assert mentions("De Themagroep Stad 3 en de Werkgroep Thema 7 komen samen.", "OrganisationalUnit") == \
        ["Themagroep Stad 3", "Werkgroep Thema 7"]
