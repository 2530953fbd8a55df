"""A network's member list as a table of towns: the wethouder column (a title with a note in brackets,
"Wethouder (portefeuille)"), the contact column's person, dated by their own cell only, and the units
column by name or by a legend's abbreviations (round 48d, heldout33's ledenlijst)."""

from __future__ import annotations

import pytest


def facts(text: str, prefix: str = "tables.") -> list[tuple]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.predicate, r.object.text, r.role, r.valid_from, r.valid_until)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-10-01").relations
                  if r.rule.startswith(prefix))


LEDENLIJST = ("# Ledenlijst Stedennetwerk G40 – regio Zuid\n\n"
              "Afkortingen pijlers: **EW** = pijler Economie en Werk, **SO** = pijler Sociaal.\n\n"
              "| Gemeente | Wethouder (portefeuille) | Ambtelijk contact | Pijlers |\n|---|---|---|---|\n{rows}")


def test_a_wethouder_column_with_a_note_in_brackets_holds_the_office_in_the_rows_town():
    found = facts(LEDENLIJST.format(rows="| Oss | Gert-Jan Wolfswinkel (Economie) | – | – |\n"), "tables.role-column")
    assert found == [("Gert-Jan Wolfswinkel", "hasRole", "Oss", "wethouder", None, None)], found


def test_the_contact_and_the_units_abbreviated_in_the_legend_belong_to_the_rows_town():
    rows = ("| Oss | Gert-Jan Wolfswinkel (Economie) | Marieke Paardekooper, adviseur | EW, SO |\n"
            "| Weert | Kees Vlasblom (Zorg) | Sanne Tielemans | SO ² |\n")
    found = facts(LEDENLIJST.format(rows=rows), "tables.town-")
    assert found == [("Marieke Paardekooper", "affiliatedWith", "Oss", None, None, None),
                     ("Oss", "participatesIn", "pijler Economie en Werk", None, None, None),
                     ("Oss", "participatesIn", "pijler Sociaal", None, None, None),
                     ("Sanne Tielemans", "affiliatedWith", "Weert", None, None, None),
                     ("Weert", "participatesIn", "pijler Sociaal", None, None, None)], found


def test_only_the_contacts_own_cell_dates_the_contact():
    rows = ("| Oss | *vacant* – tot 1 juli 2025 Gert-Jan Wolfswinkel | Marieke Paardekooper | EW |\n"
            "| Weert | Kees Vlasblom | Sanne Tielemans – nieuw per 1 september 2025, volgt Bas Knoops op | SO |\n")
    found = facts(LEDENLIJST.format(rows=rows), "tables.town-")
    assert found == [("Marieke Paardekooper", "affiliatedWith", "Oss", None, None, None),
                     ("Oss", "participatesIn", "pijler Economie en Werk", None, None, None),
                     ("Sanne Tielemans", "affiliatedWith", "Weert", None, "2025-09-01", None),
                     ("Weert", "participatesIn", "pijler Sociaal", None, None, None)], found


@pytest.mark.parametrize("cell", ["–", "EW, XY", "nog niet"], ids=["dash", "unexplained-abbreviation", "words"])
def test_a_units_cell_without_units_states_no_participation(cell):
    found = facts(LEDENLIJST.format(rows=f"| Oss | Gert-Jan Wolfswinkel | – | {cell} |\n"), "tables.town-units")
    assert found == [], found
