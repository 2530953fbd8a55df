"""The board of the organisation a document is about, and surnames that are place names after initials (round 43b).

A foundation's report closes with "Namens het bestuur," and, each on a line of its own with blank lines
between, "A. de Wit, voorzitter" and "F. Kok, secretaris": the roles are of the board of the
organisation the document's title names, not of a unit the report mentions in passing. Under "Namens
de jury," they are the jury's: no role of the passage's unit. "A. van Rijswijk-Demirci" is a person:
after initials a town's name is a surname. A table "| Naam | Functie in het bestuur |" lists the board of
that organisation too; a bracket "(wethouder Hoorn)" in a row's other cell is the office of the row's
person.
"""

from __future__ import annotations


def roles(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text, r.role)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-03-01").relations
                  if r.predicate == "hasRole")


REPORT = ("Jaarverslag 2023 - Stichting Stadslab Oost\n\n"
          "De stichting werkt samen met de Themagroep Wonen van de G40.\n\n"
          "{opening}\n\nA. van Rijswijk-Demirci, voorzitter\n\nF. Kok, secretaris\n")


def test_the_board_signs_for_the_organisation_of_the_title():
    assert roles(REPORT.format(opening="Namens het bestuur,")) == [
        ("A. van Rijswijk-Demirci", "Stichting Stadslab Oost", "voorzitter"),
        ("F. Kok", "Stichting Stadslab Oost", "secretaris")]


def test_a_jury_signs_for_no_unit_of_the_passage():
    assert roles(REPORT.format(opening="Namens de jury,")) == []


def test_no_board_without_one_organisation_in_the_title():
    text = REPORT.format(opening="Namens het bestuur,").replace("Jaarverslag 2023 - Stichting Stadslab Oost",
                                                              "Jaarverslag 2023")
    assert roles(text) == []


def test_a_town_after_initials_is_a_surname():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    found = extract("d", "Aanwezig: A. van Rijswijk-Demirci, wethouder; J. Heemskerk, secretaris.", gazetteer=load_gazetteer())
    assert sorted((m.text, m.type) for m in found.mentions) == [
        ("A. van Rijswijk-Demirci", "Person"), ("J. Heemskerk", "Person")]


BOARD_TABLE = ("Jaarverslag 2023 - Stichting Stadslab Oost\n\n"
               "| Naam | {column} | Voorgedragen door | Periode |\n|---|---|---|---|\n"
               "| Wouter Brink | voorzitter | G40 (wethouder Hoorn) | sinds 2021 |\n"
               "| Lieke Damsma | penningmeester | INretail | sinds 2019 |\n")


def test_a_role_column_of_the_board_is_of_the_organisation_of_the_title():
    assert roles(BOARD_TABLE.format(column="Functie in het bestuur")) == [
        ("Lieke Damsma", "Stichting Stadslab Oost", "penningmeester"),
        ("Wouter Brink", "Hoorn", "wethouder"), ("Wouter Brink", "Stichting Stadslab Oost", "voorzitter")]


def test_a_plain_role_column_names_no_board():
    assert roles(BOARD_TABLE.format(column="Functie")) == [("Wouter Brink", "Hoorn", "wethouder")]
