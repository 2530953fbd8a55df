"""Round 28b: entities, layouts and references found on the development sets, tested on texts of our own."""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2023-05-01"


def of(text: str, predicate: str) -> set[tuple]:
    return {f for f in facts(text, DATE) if f[1] == predicate}


# --- an agreement's parties: "De ondergetekenden: 1. …; hierna te noemen: partijen" -------------

_AGREEMENT = ("Convenant Schone Lucht\n\nDe ondergetekenden:\n\n1. de gemeente Breda, vertegenwoordigd door "
              "de wethouder Milieu;\n2. de gemeente Tilburg;\n3. Platform31;\n\nhierna gezamenlijk te noemen: "
              "partijen,\n\nkomen het volgende overeen:\n\nArtikel 1 Samenwerking\n{}\n")


def test_partijen_setting_up_a_programme_makes_each_listed_party_its_initiator():
    text = _AGREEMENT.format("Partijen zetten samen het programma Frisse Straten op.")
    assert of(text, "initiated") == {(p, "initiated", "Frisse Straten", None)
                                     for p in ("Breda", "Tilburg", "Platform31")}


def test_partijen_taking_part_makes_each_listed_party_a_participant():
    text = _AGREEMENT.format("De partijen nemen deel aan het project Gezonde Scholen.")
    assert {f for f in of(text, "participatesIn") if f[2] == "Gezonde Scholen"} == {
        (p, "participatesIn", "Gezonde Scholen", None) for p in ("Breda", "Tilburg", "Platform31")}


def test_partijen_denied_or_without_a_list_of_parties_states_nothing():
    text = _AGREEMENT.format("Partijen richten geen programma Frisse Straten op.")
    assert of(text, "initiated") == set()
    text = "Nieuws\n\nPartijen richten samen het programma Frisse Straten op."
    assert of(text, "initiated") == set()


def test_a_list_of_parties_under_a_partijen_lead_in_counts_too():
    text = ("Partijen:\n\n- de gemeente Delft;\n- de provincie Zuid-Holland;\n\n"
            "Partijen starten in 2024 het programma Water Slim.")
    assert of(text, "initiated") == {("Delft", "initiated", "Water Slim", None),
                                     ("Zuid-Holland", "initiated", "Water Slim", None)}


# --- the articles of an agreement are one text for a reference ---------------------------------

def test_het_programma_in_a_later_article_points_back_to_the_programme_named_before():
    text = ("Nieuwsbrief\n\nArtikel 2 Aanpak\nDe gemeente Oss start het programma Slimme Dijken.\n\n"
            "Artikel 3 Regie\nHet programma wordt getrokken door de provincie Noord-Brabant.")
    assert of(text, "ledBy") == {("Slimme Dijken", "ledBy", "Noord-Brabant", None)}


def test_het_programma_under_another_ordinary_heading_is_left_alone():
    text = ("Nieuwsbrief\n\nAanpak\nDe gemeente Oss start het programma Slimme Dijken.\n\n"
            "Regie\nHet programma wordt getrokken door de provincie Noord-Brabant.")
    assert of(text, "ledBy") == set()


# --- a place of signing is no party ------------------------------------------------------------

def test_the_place_an_agreement_is_signed_in_takes_no_part():
    text = ("Het programma Slimme Dijken\n\nHet programma Slimme Dijken loopt tot 2026.\n"
            "Aldus getekend te Nijmegen op 3 maart 2023.")
    assert of(text, "participatesIn") == set()
    text = "Het programma Slimme Dijken\n\nHet programma Slimme Dijken loopt.\nDeventer tekende het programma."
    assert of(text, "participatesIn") == {("Deventer", "participatesIn", "Slimme Dijken", None)}


# --- names: a programme "… in de Wijk", a signature's initials, role words ----------------------

def test_a_programme_name_ends_with_in_de_and_one_capitalised_word():
    assert mentions("Wij starten het programma Gezond Leven in de Wijk.", "Programme") == [
        "programma Gezond Leven in de Wijk"]
    assert mentions("Het project Schone Lucht in de Binnenstad Noord loopt.", "Programme") == ["project Schone Lucht"]


def test_initials_alone_on_a_signature_line_above_a_role_line_are_a_person():
    text = "Namens Divosa\nP.J. van Dam\nvoorzitter\n\nNamens de VNG\nK.L. de Wit\nlid directieraad"
    assert of(text, "hasRole") == {("P.J. van Dam", "hasRole", "Divosa", "voorzitter"),
                                   ("K.L. de Wit", "hasRole", "VNG", "lid directieraad")}


def test_lid_van_de_directieraad_and_programmaleider_are_roles():
    assert of("Karin Bos, lid van de directieraad van de VNG, opende de dag.", "hasRole") == {
        ("Karin Bos", "hasRole", "VNG", "lid directieraad")}
    assert of("Contact: Pieter Smit, programmaleider wonen bij de gemeente Zwolle.", "hasRole") == {
        ("Pieter Smit", "hasRole", "Zwolle", "programmaleider")}
