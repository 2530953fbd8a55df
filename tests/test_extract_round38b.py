"""Round 38b: the roles of people and their other relations (hasRole, succeeded, ledBy, contactFor,
affiliatedWith, initiated)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] in ("hasRole", "affiliatedWith")}


# --- a table's function cell that names the organisation: "| X | beleidsadviseur, Divosa |" --------------

_JURY = ("De jury\n\n| Naam | Functie | Rol in de jury |\n|---|---|---|\n"
         "| Koen Dijkstra | beleidsadviseur, Divosa | lid |\n"
         "| prof. dr. Anna Kok | lector Armoede, Hogeschool Windesheim | voorzitter |\n"
         "| Eva Smit | adviseur, Breda, Tilburg | lid |\n"
         "| Piet de Wit | adviseur, VNG en IPO | lid |\n")


def test_function_cell_names_the_organisation():
    found = _roles(_JURY)
    assert ("Koen Dijkstra", "hasRole", "Divosa", "beleidsadviseur") in found, found
    assert ("Anna Kok", "hasRole", "Windesheim", "lector") in found, found


def test_function_cell_with_two_organisations_says_nothing():
    found = _roles(_JURY)
    assert not any(f[0] in ("Eva Smit", "Piet de Wit") for f in found), found


def test_function_cell_of_a_municipal_office_in_the_municipality_page():
    text = ("# Portefeuilleverdeling college 2022-2026 gemeente Ede\n\n"
            "| Naam | Functie | Portefeuilles |\n|---|---|---|\n"
            "| Heleen Mulder | burgemeester | Openbare orde |\n| Mehmet Aksoy | wethouder | Sociaal domein |\n")
    found = _roles(text)
    assert ("Heleen Mulder", "hasRole", "Ede", "burgemeester") in found, found
    assert ("Mehmet Aksoy", "hasRole", "Ede", "wethouder") in found, found


def test_function_cell_of_a_municipal_office_without_a_municipality_says_nothing():
    text = ("# Overzicht van de sprekers\n\n| Naam | Functie |\n|---|---|\n"
            "| Heleen Mulder | burgemeester |\n| Mehmet Aksoy | wethouder |\n")
    assert not _roles(text)
