"""Round 38b: the roles of people and their other relations (hasRole, succeeded, ledBy, contactFor,
affiliatedWith, initiated)."""

from __future__ import annotations

import pytest

from graph.markup import html_visible_text
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
    # (the "Rol in de jury" column still makes them members of the jury: round 42b)
    found = _roles(_JURY)
    assert not any(f[0] in ("Eva Smit", "Piet de Wit") and f[2] != "jury" for f in found), found
    assert {f for f in found if f[0] in ("Eva Smit", "Piet de Wit")} == {
        ("Eva Smit", "hasRole", "jury", "lid"), ("Piet de Wit", "hasRole", "jury", "lid")}, found


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


# --- an office taken over ("het trekkerschap") passes that office only, of the unit named before ---------

def test_office_taken_over_of_the_unit_the_sentence_before_names():
    found = facts("De themagroep Energie kwam bijeen. Jorien Bakx neemt het trekkerschap over van Gert-Jan ter Haar.")
    assert ("Jorien Bakx", "hasRole", "Themagroep Energie", "trekker") in found, found
    assert ("Gert-Jan ter Haar", "hasRole", "Themagroep Energie", "trekker") in found, found
    assert ("Jorien Bakx", "succeeded", "Gert-Jan ter Haar", None) in found, found


def test_office_taken_over_with_two_units_before_names_none():
    found = facts("De themagroep Energie en de pijler Fysiek kwamen bijeen. "
                  "Jorien Bakx neemt het trekkerschap over van Gert-Jan ter Haar.")
    assert not any(f[1] == "hasRole" for f in found), found


def test_office_taken_over_passes_no_other_role():
    text = ("Bram Wit is voorzitter van de themagroep Energie. "
            "Jorien Bakx neemt het trekkerschap van de themagroep Energie over van Bram Wit.")
    found = facts(text)
    assert ("Jorien Bakx", "hasRole", "Themagroep Energie", "trekker") in found, found
    assert ("Jorien Bakx", "hasRole", "Themagroep Energie", "voorzitter") not in found, found


# --- "onder leiding van" after "<noun> van de <unit>,": the noun is led, not the unit ----------------------

def test_led_noun_that_a_unit_completes():
    found = facts("Workshop energietransitie van de themagroep Energie, onder leiding van wethouder Jorien Bakx uit Tilburg.")
    assert not any(f[1] == "hasRole" and f[2] == "Themagroep Energie" for f in found), found


@pytest.mark.parametrize("text, unit", [
    ("De themagroep Energie, onder leiding van wethouder Jorien Bakx uit Tilburg, kwam bijeen.", "Themagroep Energie"),
    ("De werkgroep Warmte van de themagroep Energie, onder leiding van Jorien Bakx, kwam bijeen.", "Werkgroep Warmte"),
])
def test_led_unit_itself(text, unit):
    assert ("Jorien Bakx", "hasRole", unit, "voorzitter") in facts(text)


def test_organisation_leading_a_process_of_a_programme_leads_the_programme():
    text = "Bij de ontwikkeling van het programma Slimme Wijk, o.l.v. BZK, heeft de G40 inbreng geleverd."
    assert ("Slimme Wijk", "ledBy", "BZK", None) in facts(text), facts(text)


# --- an infobox: rows of a <th> label and a <td> value are card fields -------------------------------------

_INFOBOX = ("<h1>City Deal Groene Randen</h1><table class=\"infobox\"><caption>City Deal Groene Randen</caption>"
            "<tr><th>Type</th><td>City Deal</td></tr>"
            "<tr><th>Initiatiefnemers</th><td>Stedennetwerk G40, ministerie van BZK</td></tr>"
            "<tr><th>Voorzitter stuurgroep</th><td>Pim Hagenaars</td></tr></table>"
            "<p>De City Deal Groene Randen liep tot 2024.</p>")


def test_infobox_rows_are_fields():
    text = html_visible_text(_INFOBOX)
    assert "Initiatiefnemers: Stedennetwerk G40, ministerie van BZK" in text, text
    found = facts(text)
    assert ("G40", "initiated", "City Deal Groene Randen", None) in found, found
    assert ("BZK", "initiated", "City Deal Groene Randen", None) in found, found
    assert ("Pim Hagenaars", "hasRole", "City Deal Groene Randen", "voorzitter") in found, found


def test_table_with_a_header_row_stays_a_table():
    page = ("<table><tr><th>Themagroep</th><th>Trekker</th></tr>"
            "<tr><th>Wonen</th><td>Eva Smit</td></tr></table>")
    assert "| Wonen | Eva Smit |" in html_visible_text(page)


def test_role_label_of_another_body_is_no_role_in_the_subject():
    text = "City Deal Groene Randen\n\nVoorzitter werkgroep Water: Pim Hagenaars\n"
    assert not any(f[1] == "hasRole" and f[2] == "City Deal Groene Randen" for f in facts(text))


# --- a director named by the directorate's name alone: "directeur Woningmarkt" ------------------------------

_DIRECTORATE_LETTER = ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nDirectie Woningmarkt\n\nGeacht college,\n\n"
                       "De aanvraag is eerder ondertekend door de directeur Woningmarkt, de heer W. Visscher.\n\n"
                       "Hoogachtend,\n\nDe minister,\nnamens deze,\n\ndrs. M.J. Hoekstra-Bakker\ndirecteur Woningmarkt\n")


def test_signature_role_line_names_the_directorate():
    found = facts(_DIRECTORATE_LETTER)
    assert ("M.J. Hoekstra-Bakker", "hasRole", "Directie Woningmarkt", "directeur") in found, found


def test_director_in_apposition_with_a_salutation():
    found = facts(_DIRECTORATE_LETTER)
    assert ("W. Visscher", "hasRole", "Directie Woningmarkt", "directeur") in found, found


def test_director_of_a_directorate_the_text_does_not_name():
    text = _DIRECTORATE_LETTER.replace("Directie Woningmarkt\n", "").replace("directeur Woningmarkt", "directeur Wonen")
    found = facts(text)
    assert not any(f[1] == "hasRole" and f[2].startswith("Directie") for f in found), found


# --- "Ik volg hem op" in a signed letter: the signatory succeeded the one person named before -------------

def _signed_letter(middle: str) -> str:
    return (f"Geacht college,\n\n{middle}\n\nHoogachtend,\n\nDe minister,\nnamens deze,\n\n"
            "drs. M.J. Hoekstra-Bakker\ndirecteur Woningmarkt\n")


def test_writer_follows_the_one_named_before():
    text = _signed_letter("De toekenning werd ondertekend door mijn voorganger, de heer W. Visscher. "
                          "Ik volg hem sinds 1 maart 2023 op.")
    assert ("M.J. Hoekstra-Bakker", "succeeded", "W. Visscher", None) in facts(text)


@pytest.mark.parametrize("middle", [
    "De toekenning werd ondertekend door Willem Visscher en Eva Smit. Ik volg hem sinds 1 maart 2023 op.",
    "De toekenning werd ondertekend door W. Visscher. Ik volg hem niet op.",
])
def test_writer_follows_nobody_named(middle):
    assert not any(f[1] == "succeeded" for f in facts(_signed_letter(middle)))


# --- "X initieerde (samen met Y) <programma>" ----------------------------------------------------------------

def test_initiated_with_a_partner():
    found = facts("Daarnaast initieerde de pijler Fysiek samen met het ministerie van Infrastructuur en Waterstaat "
                  "de Agenda Stedelijke Mobiliteit.")
    assert ("Pijler Fysiek", "initiated", "Agenda Stedelijke Mobiliteit", None) in found, found
    assert ("IenW", "initiated", "Agenda Stedelijke Mobiliteit", None) in found, found


def test_initiated_in_a_year():
    assert ("G40", "initiated", "City Deal Stadsranden", None) in facts("De G40 initieerde in 2020 de City Deal Stadsranden.")


@pytest.mark.parametrize("text", [
    "De G40 initieerde niet de City Deal Stadsranden.",
    "De G40 startte niet de City Deal Stadsranden.",
    "De G40 lanceerde een onderzoek, en BZK startte de City Deal Stadsranden.",
])
def test_no_initiative_of_the_subject(text):
    assert not any(f[0] == "G40" and f[1] == "initiated" for f in facts(text))


# --- "plv." and a role beside the name in a signature ------------------------------------------------------

@pytest.mark.parametrize("signature", [
    "Pieter van Dam\nplv. directeur\nMinisterie van BZK\n",
    "Pieter van Dam, plv. directeur\nMinisterie van BZK\n",
])
def test_deputy_director_signs(signature):
    found = facts("Met vriendelijke groet,\n\n" + signature)
    assert ("Pieter van Dam", "hasRole", "BZK", "plaatsvervangend directeur") in found, found


def test_role_beside_name_with_two_bodies_below_says_nothing():
    found = facts("Met vriendelijke groet,\n\nFatima Ouali, beleidsadviseur\nGemeente Almere en provincie Flevoland\n")
    assert not any(f[1] == "hasRole" for f in found), found


def test_municipal_role_beside_name_over_a_ministry_says_nothing():
    assert not facts("Met vriendelijke groet,\n\nFatima Ouali, wethouder\nMinisterie van BZK\n")


def test_deputy_director_general():
    text = "Bij de vaststelling was ook Ingrid Baarsma-Tol aanwezig, plaatsvervangend directeur-generaal bij SZW."
    assert ("Ingrid Baarsma-Tol", "hasRole", "SZW", "plaatsvervangend directeur-generaal") in facts(text)


# --- "de <rol>, <naam>, …": the name in apposition to the role noun ----------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("De themagroep valt onder de pijler Fysiek, en de pijlervoorzitter, Marleen Vos-Tjon, heeft mij gevraagd.",
     ("Marleen Vos-Tjon", "hasRole", "Pijler Fysiek", "pijlervoorzitter")),
    ("Namens de gemeente Zwolle sprak onze wethouder, Anna Kok, over wonen.", ("Anna Kok", "hasRole", "Zwolle", "wethouder")),
])
def test_name_in_apposition_to_the_role(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Aanwezig: de voorzitter, Jan Smit, Piet Kok en Eva de Wit.",
    "De voorzitter, Jan Smit en Eva de Wit spraken.",
])
def test_a_list_after_the_role_is_no_apposition(text):
    assert not any(f[1] == "hasRole" and f[0] == "Jan Smit" for f in facts(text))


# --- "secretaris van de themagroep": the last themagroep named, not the passage's pijler -----------------

def test_role_of_a_unit_named_by_its_kind():
    text = "De themagroep Wonen vergaderde. De pijler Sociaal werkt aan armoede. Jan Smit is secretaris van de themagroep."
    found = facts(text)
    assert ("Jan Smit", "hasRole", "Themagroep Wonen", "secretaris") in found, found
    assert ("Jan Smit", "hasRole", "Pijler Sociaal", "secretaris") not in found, found


def test_role_of_a_kind_nothing_names_goes_nowhere():
    found = facts("De pijler Sociaal werkt aan armoede. Jan Smit is secretaris van de themagroep.")
    assert not any(f[1] == "hasRole" for f in found), found


# --- signatories "Namens de jury,": the jury's roles, not the passage's unit ---------------------------------

def test_signatories_of_an_unnamed_body_hold_no_role_in_the_passage_unit():
    text = "De pijler Sociaal werkt aan armoede.\n\nNamens de jury,\nAnna Kok, voorzitter\nJan de Wit, secretaris\n"
    assert not any(f[1] == "hasRole" for f in facts(text)), facts(text)


def test_signatories_of_a_named_body_hold_their_role_there():
    text = "De pijler Sociaal werkt aan armoede.\n\nNamens de pijler Sociaal,\nAnna Kok, voorzitter\n"
    assert ("Anna Kok", "hasRole", "Pijler Sociaal", "voorzitter") in facts(text)
