"""Round 48a: the extraction leftovers of walkthrough 47 — "resp." in its other shapes, a table of
figures whose label cells are no names, a PDF table's rows giving a role with its start date, "is
(eerste) aanspreekpunt voor". Invented people and sentences."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations, facts, mentions

# --- "resp." in its other shapes ------------------------------------------------------------------------

RESPECTIVELY = [
    ("Breda en Ede nemen resp. deel aan de City Deal Zon en de Regio Deal Noord.",
     {("Breda", "participatesIn", "City Deal Zon", None), ("Ede", "participatesIn", "Regio Deal Noord", None)}),
    ("Breda en Ede nemen respectievelijk deel aan de City Deal Zon en de Regio Deal Noord.",
     {("Breda", "participatesIn", "City Deal Zon", None), ("Ede", "participatesIn", "Regio Deal Noord", None)}),
    ("Breda, Ede en Emmen doen mee aan de City Deal Zon, de Regio Deal Noord resp. de Woondeal Oost.",
     {("Breda", "participatesIn", "City Deal Zon", None), ("Ede", "participatesIn", "Regio Deal Noord", None),
      ("Emmen", "participatesIn", "Woondeal Oost", None)}),
    ("Breda, Ede en Emmen nemen respectievelijk deel aan de City Deal Zon, de Regio Deal Noord en de Woondeal Oost.",
     {("Breda", "participatesIn", "City Deal Zon", None), ("Ede", "participatesIn", "Regio Deal Noord", None),
      ("Emmen", "participatesIn", "Woondeal Oost", None)}),
]


@pytest.mark.parametrize("text, expected", RESPECTIVELY, ids=["resp-deel", "respectievelijk-deel", "three-resp",
                                                                "three-respectievelijk"])
def test_respectively_pairs_each_actor_with_its_own_programme(text, expected):
    assert {f for f in facts(text) if f[1] == "participatesIn"} == expected


@pytest.mark.parametrize("cue", ["respectievelijk", "resp."])
def test_respectively_pairs_people_with_their_roles(cue):
    text = f"Hanna Vos, Timo Brand en Sara Wijk zijn {cue} voorzitter, secretaris en penningmeester van de Themagroep Wonen."
    assert {f for f in facts(text) if f[1] == "hasRole"} == {
        ("Hanna Vos", "hasRole", "Themagroep Wonen", "voorzitter"),
        ("Timo Brand", "hasRole", "Themagroep Wonen", "secretaris"),
        ("Sara Wijk", "hasRole", "Themagroep Wonen", "penningmeester")}


# --- a table of figures ----------------------------------------------------------------------------------

FIGURES = ("Raadsinformatiebrief\n\nHet college informeert u over de voortgang van de Woondeal Regio Ede.\n\n"
           "| Onderdeel | Stand |\n|---|---|\n| Woningen gerealiseerd 2025 | 1.250 |\n| Doel 2030 | 8.000 |\n"
           "| Budget | € 2,5 mln |\n")


def test_the_label_cells_of_a_table_of_figures_are_no_names():
    found = mentions(FIGURES, "Programme")
    assert found == ["Woondeal Regio Ede"]


def test_a_table_of_parts_with_words_in_its_cells_still_names_its_parts():
    text = ("Werkplan\n\n| Onderdeel | Trekker |\n|---|---|\n| Slimme Wijken | Hanna Vos |\n")
    assert "Slimme Wijken" in mentions(text, "Programme")


# --- a PDF's table: a header line of labels over one line per row ----------------------------------------

PDF_TABLE = ("Jaarverslag 2025\nHoofdstuk 2 – Bestuur\n2.1 De pijlers\nPijler Voorzitter Sinds\n"
             "Pijler Fysiek Hanna Vos (Breda) 1 juli 2025\nPijler Sociaal Timo Brand (Ede) 1 maart 2024\n"
             "2.2 Programma's\nDe gemeente Ede neemt deel aan de Woondeal Ede.\n")


def test_a_pdf_tables_rows_give_the_role_of_its_role_column_from_its_date():
    chairs = {r for r in dated_relations(PDF_TABLE, "2026-01-15") if r[2] == "voorzitter"}
    assert chairs == {("Hanna Vos", "Pijler Fysiek", "voorzitter", False, "2025-07-01", None),
                      ("Timo Brand", "Pijler Sociaal", "voorzitter", False, "2024-03-01", None)}


def test_a_header_line_with_two_role_columns_gives_no_role():
    text = ("Overzicht\nPijler Voorzitter Secretaris\nPijler Fysiek Hanna Vos Timo Brand\n")
    assert not {f for f in facts(text) if f[1] == "hasRole"}


def test_a_header_line_of_ordinary_words_is_no_table():
    text = ("Overzicht\nPijler Fysiek Werkt Samen\nPijler Sociaal Hanna Vos (Breda) 1 juli 2025\n")
    assert not {f for f in facts(text) if f[1] == "hasRole" and f[3] == "voorzitter"}


# --- "is (eerste) aanspreekpunt voor" --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, thing", [
    ("Hanna Vos is eerste aanspreekpunt voor de G40.", "G40"),
    ("Hanna Vos, directeur Stedelijke Vernieuwing bij het ministerie van BZK, is eerste aanspreekpunt voor de G40.", "G40"),
    ("Timo Brand is aanspreekpunt voor de Themagroep Wonen.", "Themagroep Wonen"),
    ("Timo Brand is het vaste aanspreekpunt voor de Themagroep Wonen.", "Themagroep Wonen"),
], ids=["eerste", "after-apposition", "bare", "het-vaste"])
def test_a_contact_point_without_an_article_is_the_contact(sentence, thing):
    assert {(f[0], f[2]) for f in facts(sentence) if f[1] == "contactFor"} == {(sentence.split(",")[0].split(" is ")[0], thing)}


def test_no_contact_point_is_no_contact():
    assert not {f for f in facts("Timo Brand is geen aanspreekpunt voor de Themagroep Wonen.") if f[1] == "contactFor"}


# --- the same "zij" twice is one person ------------------------------------------------------------------

def test_a_pronoun_after_a_sentence_with_the_same_pronoun_is_not_whom_that_one_succeeded():
    text = ("Hanna Vos is sinds juni 2022 wethouder van de gemeente Breda. Sinds september 2024 is zij trekker van de "
            "Themagroep Wonen. Zij volgde daarin Timo Brand (Ede) op, die de themagroep sinds 2020 trok. "
            "Namens de themagroep zit zij ook in de stuurgroep van de City Deal Zon.")
    sitting = {f[0] for f in facts(text) if f[1] == "participatesIn"}
    assert sitting == {"Hanna Vos"}



# --- successions with a pronoun, a title or a semicolon --------------------------------------------------

SUCCESSIONS = [
    ("Sanne Lems is lid van de pijler Sociaal. Per 1 maart 2025 werd zij daar opgevolgd als vicevoorzitter door "
     "wethouder Bram Kok (Breda).", ("Bram Kok", "Sanne Lems")),
    ("Sanne Lems is voorzitter van de pijler Sociaal. Zij werd opgevolgd als voorzitter door Bram Kok.",
     ("Bram Kok", "Sanne Lems")),
    ("Sanne Lems is lid van de pijler Sociaal. Wethouder Bram Kok volgt haar op.", ("Bram Kok", "Sanne Lems")),
    ("De heer Ruud Ramsel werd aangewezen als lid van de stuurgroep. Hij was lid van 1 juni 2022 tot en met 31 mei 2024. "
     "Burgemeester Vera Veld volgt hem op.", ("Vera Veld", "Ruud Ramsel")),
    ("Gemeentesecretaris Frits Haal ging in 2023 met pensioen; Jan van Leer volgde hem op.", ("Jan van Leer", "Frits Haal")),
    ("Burgemeester Piet Ruis was in functie tot 2021; in oktober 2021 werd hij opgevolgd door Eva Mok.",
     ("Eva Mok", "Piet Ruis")),
    ("Wethouder Jan Dijk wordt aangewezen als lid van de stuurgroep, als opvolger van wethouder Joke Smit, die per "
     "1 juni 2025 is vertrokken.", ("Jan Dijk", "Joke Smit")),
]


@pytest.mark.parametrize("text, pair", SUCCESSIONS, ids=["passive-daar-als", "passive-als-after", "titled-successor",
                                                         "titled-after-pronoun-chain", "semicolon-active",
                                                         "semicolon-inverted-passive", "als-opvolger-van-role"])
def test_a_succession_with_a_pronoun_title_or_semicolon(text, pair):
    assert {(f[0], f[2]) for f in facts(text) if f[1] == "succeeded"} == {pair}


def test_a_succession_after_a_semicolon_starts_the_day_after_the_term_before_it():
    text = ("De heer Jan Brons werd aangewezen als vertegenwoordiger in de pijler Sociaal. De heer Brons vervulde deze "
            "vertegenwoordiging van 1 juni 2022 tot en met 31 mei 2024; mevrouw Ida Kars volgt hem op.")
    assert {r[:3] + r[4:] for r in dated_relations(text, "2024-06-04", "succeeded")} == {
        ("Ida Kars", "Brons", None, "2024-06-01", None)}


def test_no_succession_when_the_clause_after_the_semicolon_denies_it():
    text = "Frits Haal ging in 2023 met pensioen; Jan van Leer volgde hem niet op."
    assert not {f for f in facts(text) if f[1] == "succeeded"}


@pytest.mark.parametrize("clause", ["hij volgde per 1 mei 2026 Anna Harms op", "hij volgde toen de Venlose oud-wethouder Anna Harms op"],
                         ids=["dated", "toen-described"])
def test_a_pronoun_clause_after_a_semicolon_follows_with_a_time_between(clause):
    text = f"Daan Ovink is programmamanager van de City Deal Zon; {clause}."
    assert {(f[0], f[2]) for f in facts(text) if f[1] == "succeeded"} == {("Daan Ovink", "Anna Harms")}


# --- common given names ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Roos Hendriks", "Aylin Kaplan", "Jochem Veen", "Rinske Bosma", "Marielle Smit"])
def test_a_common_given_name_opens_a_person_name(name):
    assert mentions(f"Het programma is in 2026 overgedragen aan {name}.", "Person") == [name]


# --- a unit's name does not run into the sentence's next verb; "Vragen over de monitor: X" -----------------

def test_a_units_name_ends_before_en_and_a_finite_verb():
    text = "Ik zit namens Breda in de Pijler Fysiek en ben sinds vorig jaar trekker van de Themagroep Wonen."
    assert mentions(text, "OrganisationalUnit") == ["Pijler Fysiek", "Themagroep Wonen"]


def test_a_units_name_in_sentence_case_keeps_its_en_part():
    assert mentions("De Themagroep Zorg en welzijn start in mei.", "OrganisationalUnit") == ["Themagroep Zorg en welzijn"]


def test_questions_about_the_documents_own_thing_name_its_contact():
    text = ("Monitor deelname City Deal Zon 2022–2025\n\nBreda neemt deel aan de City Deal Zon.\n\n"
            "Vragen over de monitor: Hanna Vos, h.vos@breda.nl.\n")
    assert ("Hanna Vos", "contactFor", "City Deal Zon", None) in facts(text)


def test_questions_about_a_document_about_two_things_name_no_contact():
    text = ("Monitor Themagroep Wonen / Taskforce Ruimte\n\nDe groepen kwamen bijeen.\n\nVragen over de monitor: Hanna Vos")
    assert not any(f[1] == "contactFor" for f in facts(text))
