"""Round 4 of the rule-based extraction: list items with an article, paragraph lead-ins, meetings of
a unit, titles with a bracketed parent, intentions over a list of names, datelines, roles held
elsewhere, and the given name "Per" (graph.extract + graph.resolve).

Each row is a small Dutch text and every fact a careful reader finds in it, as (subject label,
predicate, object label, role). Names are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, facts
from graph.extract import extract
from graph.gazetteer import load_gazetteer

DATE = "2023-06-01"  # the date of every text here


def persons(text: str) -> list[str]:
    """The person mentions of ``text``, in text order."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    return [m.text for m in extraction.mentions if m.type == "Person"]


# --- units named in list items and paragraph lead-ins --------------------------------------------

def test_an_article_before_a_listed_unit_is_no_part_of_its_name():
    text = ("Jaarverslag Pijler Werk\n\nDe pijler werkte met twee themagroepen:\n\n"
            "- de Themagroep Schulden, getrokken door wethouder Sanne Boekhout (Breda);\n"
            "- de Themagroep Statushouders, met Omar Haddou (Zwolle) als trekker.")
    assert_facts(text, {
        ("Sanne Boekhout", "hasRole", "Breda", "wethouder"),
        ("Sanne Boekhout", "hasRole", "Themagroep Schulden", "trekker"),
        ("Omar Haddou", "affiliatedWith", "Zwolle", None),
        ("Omar Haddou", "hasRole", "Themagroep Statushouders", "trekker"),
        ("Themagroep Schulden", "partOf", "Pijler Werk", None),
        ("Themagroep Statushouders", "partOf", "Pijler Werk", None)}, DATE)


def test_a_paragraph_lead_in_names_the_unit_its_paragraph_is_about():
    # "Schulden." opens the paragraph: "de themagroep" there is the Themagroep Schulden, not a
    # "Themagroep Resultaten" made from the section heading
    text = ("Jaarverslag Pijler Werk\n\nDe pijler werkte met twee themagroepen:\n\n"
            "- de Themagroep Schulden;\n- de Themagroep Statushouders.\n\nResultaten\n\n"
            "Schulden. Samen met Divosa heeft de themagroep de Pilot Kasboek opgezet.\n\n"
            "Statushouders. In samenwerking met Vluchtelingenwerk organiseerde de themagroep een webinar.")
    assert_facts(text, {
        ("Themagroep Schulden", "partOf", "Pijler Werk", None),
        ("Themagroep Statushouders", "partOf", "Pijler Werk", None),
        ("Themagroep Schulden", "collaboratesWith", "Divosa", None),
        ("Themagroep Schulden", "initiated", "Pilot Kasboek", None),
        ("Divosa", "initiated", "Pilot Kasboek", None),  # set up "samen met Divosa": Divosa too (round 57s)
        ("Themagroep Statushouders", "collaboratesWith", "Vluchtelingenwerk", None)}, DATE)


# --- the meeting of a unit, and titles with a bracketed parent -----------------------------------

def test_the_meeting_of_a_unit_is_the_unit():
    text = "Pijleroverleg Pijler Groen: Karin Molenaar (Oss, voorzitter) opende het overleg."
    assert_facts(text, {
        ("Karin Molenaar", "affiliatedWith", "Oss", None),
        ("Karin Molenaar", "hasRole", "Pijler Groen", "voorzitter")}, DATE)


def test_a_title_with_a_bracketed_parent_names_the_unit_the_minutes_are_about():
    # "de themagroep" under the agenda point "1. Opening" is the one of the title
    text = ("Verslag bestuurlijk overleg Themagroep Slimme Mobiliteit (Pijler Ruimte)\n\n1. Opening\n"
            "Hij meldt dat Hans Ouwerkerk (Ede) per 1 mei is teruggetreden als trekker van de themagroep.")
    assert_facts(text, {
        ("Hans Ouwerkerk", "affiliatedWith", "Ede", None),
        ("Hans Ouwerkerk", "hasRole", "Themagroep Slimme Mobiliteit", "trekker"),
        # round 35b: the pijler in the title's bracket holds the themagroep
        ("Themagroep Slimme Mobiliteit", "partOf", "Pijler Ruimte", None)}, DATE)


# --- intentions, subjects that are no entity, datelines ------------------------------------------

def test_a_modal_before_a_list_of_names_makes_the_collaboration_an_intention():
    text = ("Met het plan willen Breda, Tilburg, Oss en Venlo samen met de provincie Noord-Brabant "
            "onderzoeken hoe de binnenstad groeit.")
    assert_facts(text, set(), DATE)


def test_a_counted_group_of_municipalities_is_no_entity():
    # the network of the title is not the subject of "Drie Brabantse gemeenten zijn samen met …"
    text = ("G40-steden en UWV starten Werkfit\n\n"
            "Drie Brabantse gemeenten zijn samen met het UWV de Pilot Werkfit gestart.")
    assert_facts(text, set(), DATE)


def test_the_places_of_a_dateline_take_no_part():
    text = ("Breda/Den Haag - De provincie Noord-Brabant en de gemeenten Breda en Tilburg hebben vandaag "
            "de Regio Deal Baronie ondertekend.")
    assert_facts(text, {
        ("Breda", "participatesIn", "Regio Deal Baronie", None),
        ("Tilburg", "participatesIn", "Regio Deal Baronie", None),
        ("Noord-Brabant", "participatesIn", "Regio Deal Baronie", None)}, DATE)


# --- roles held elsewhere ------------------------------------------------------------------------

def test_a_role_at_an_unknown_body_is_not_a_role_in_the_unit_of_the_passage():
    text = ("Wouter Kuipers (Breda) is bestuurslid van de Pijler Zorg. "
            "Kuipers is ook penningmeester van de Zorgregio West-Brabant.")
    assert_facts(text, {
        ("Wouter Kuipers", "affiliatedWith", "Breda", None),
        ("Wouter Kuipers", "hasRole", "Pijler Zorg", "bestuurslid")}, DATE)


def test_a_role_after_a_preposition_is_someone_elses():
    text = "Wouter Kuipers (Breda) stuurt een brief aan de minister van BZK."
    assert_facts(text, {("Wouter Kuipers", "affiliatedWith", "Breda", None)}, DATE)


def test_a_portfolio_after_wethouder_is_no_surname():
    text = ("Aanwezig:\n- Tom Hagedoorn, wethouder Dienstverlening en Digitalisering Apeldoorn (voorzitter)\n"
            "- Lotte Wijnands (Ede)")
    found = facts(text, DATE)
    assert ("Tom Hagedoorn", "hasRole", "Apeldoorn", "wethouder") in found, found
    assert not any(s == "Dienstverlening" for s, *_ in found), found


# --- the given name "Per" -------------------------------------------------------------------------

PER_NAMES = [
    ("Per Jansen, wethouder van Zwolle, opende de bijeenkomst.", ["Per Jansen"]),
    ("Sinds maart is Per van der Berg trekker van de Themagroep Werk.", ["Per van der Berg"]),
    ("Per 1 mei is Karin Smit voorzitter.", ["Karin Smit"]),
    ("Per Januari 2024 is Karin Smit voorzitter.", ["Karin Smit"]),
    ("Per Saldo blijft er geld over.", []),
    ("De themagroep Wonen per 1 mei onder leiding van Per Holm (Breda).", ["Per Holm"]),
]


@pytest.mark.parametrize("text, expected", PER_NAMES)
def test_per_is_a_given_name_only_before_a_surname(text, expected):
    assert persons(text) == expected


def test_a_person_called_per_holds_roles():
    assert_facts("Wethouder Per Jansen (Zwolle) is voorzitter van de Pijler Wonen.", {
        ("Per Jansen", "hasRole", "Zwolle", "wethouder"),
        ("Per Jansen", "hasRole", "Pijler Wonen", "voorzitter")}, DATE)


# --- numbered headings with a bracket, attendance lines, "trekt", ", onderdeel van" ---------------

def test_a_numbered_heading_may_end_in_an_abbreviation():
    # "3. Programma … (SDW)" is a heading: the section is about the programme
    text = ("Verslag Themagroep Wijken\n\n3. Programma Slimme Data-Wijken (SDW)\n"
            "De adviseur licht de stand van zaken toe. Ede, Oss en Venlo nemen deel als proeftuin.")
    assert_facts(text, {
        ("Ede", "participatesIn", "Slimme Data-Wijken", None),
        ("Oss", "participatesIn", "Slimme Data-Wijken", None),
        ("Venlo", "participatesIn", "Slimme Data-Wijken", None)}, DATE)


def test_a_bracket_closing_an_attendance_line_gives_the_role_in_the_unit():
    text = ("Verslag Themagroep Wijken\n\nAanwezig:\n"
            "- Tom Hagedoorn, wethouder Wonen en Zorg Zwolle (voorzitter)\n- Lotte Wijnands (Ede)")
    assert_facts(text, {
        ("Tom Hagedoorn", "hasRole", "Zwolle", "wethouder"),
        ("Tom Hagedoorn", "hasRole", "Themagroep Wijken", "voorzitter"),
        ("Lotte Wijnands", "affiliatedWith", "Ede", None),
        # round 33a: the list after "Aanwezig:" attends the unit's meeting, as under a heading "Aanwezig"
        ("Lotte Wijnands", "participatesIn", "Themagroep Wijken", None)}, DATE)


PULLS = [
    ("Wouter Kuipers (Breda) trekt de Themagroep Zorg.",
     {("Wouter Kuipers", "affiliatedWith", "Breda", None),
      ("Wouter Kuipers", "hasRole", "Themagroep Zorg", "trekker")}),
    # a pronoun, a phrase before the unit, and an apposition that puts the unit under a pijler
    ("Anna de Boer (Ede) is wethouder. Zij trekt sinds 2021 binnen de G40 de Taskforce Wijken, "
     "onderdeel van de Pijler Sociaal.",
     {("Anna de Boer", "hasRole", "Ede", "wethouder"),
      ("Anna de Boer", "hasRole", "Taskforce Wijken", "trekker"),
      ("Taskforce Wijken", "partOf", "Pijler Sociaal", None),
      ("Pijler Sociaal", "partOf", "G40", None)}),
    ("Jan Smit trekt niet langer de themagroep Energie.",
     {("Jan Smit", "hasRole", "Themagroep Energie", "trekker")}),
    ("Jan Smit (Oss) trekt niet de Themagroep Zorg.", {("Jan Smit", "affiliatedWith", "Oss", None)}),
    ("Karin Molenaar (Oss) trok zich terug uit de Themagroep Zorg.",
     {("Karin Molenaar", "affiliatedWith", "Oss", None)}),
]


@pytest.mark.parametrize("text, expected", PULLS)
def test_a_person_who_pulls_a_unit_is_its_trekker(text, expected):
    assert_facts(text, expected, DATE)


# --- place adjectives, relative "die … trekt", members of a network, head-first programme names ----

PLACE_ADJECTIVES = [
    ("Het plan kwam van de Zwolse wethouder Anna Kok en de Leidse burgemeester Piet Mol.",
     {("Anna Kok", "hasRole", "Zwolle", "wethouder"), ("Piet Mol", "hasRole", "Leiden", "burgemeester")}),
    ("Het plan kwam van de Haagse wethouder Anna Kok.", {("Anna Kok", "hasRole", "Den Haag", "wethouder")}),
    # a region is no municipality: no adjective of one
    ("De Twentse wethouder Anna Kok sprak.", set()),
]


@pytest.mark.parametrize("text, expected", PLACE_ADJECTIVES)
def test_a_place_adjective_before_a_municipal_role_names_the_municipality(text, expected):
    assert_facts(text, expected, DATE)


def test_place_adjectives_follow_the_dutch_endings():
    from graph.extract.gazetteer import place_adjectives
    assert {"Delftse", "Delftsche"} <= place_adjectives("Delft")
    assert "Goudse" in place_adjectives("Gouda")
    assert "Zwolse" in place_adjectives("Zwolle")
    assert "Leidse" in place_adjectives("Leiden")
    assert "Haagse" in place_adjectives("Den Haag")


RELATIVE_PULLS = [
    ("Wethouder Bas Vos (Ede), die binnen de G40 de Themagroep Zorg trekt, opende de dag.",
     {("Bas Vos", "hasRole", "Ede", "wethouder"), ("Bas Vos", "hasRole", "Themagroep Zorg", "trekker")}),
    ("Anna Kok (Oss), die eerder de Taskforce Wijken trok, sprak.",
     {("Anna Kok", "affiliatedWith", "Oss", None), ("Anna Kok", "hasRole", "Taskforce Wijken", "trekker")}),
    # "zich … trekken uit" is leaving, not pulling
    ("Anna Kok (Oss), die zich uit de Themagroep Zorg trekt, sprak.", {("Anna Kok", "affiliatedWith", "Oss", None)}),
]


@pytest.mark.parametrize("text, expected", RELATIVE_PULLS)
def test_a_person_who_pulls_a_unit_in_a_relative_clause_is_its_trekker(text, expected):
    assert_facts(text, expected, DATE)


NETWORK_MEMBERS = [
    ("Oss, Ede en Breda maken alle drie deel uit van het G40-stedennetwerk.",
     {("Oss", "participatesIn", "G40", None), ("Ede", "participatesIn", "G40", None),
      ("Breda", "participatesIn", "G40", None)}),
    # a unit that is part of another stays partOf
    ("De Themagroep Zorg maakt deel uit van de Pijler Sociaal.", {("Themagroep Zorg", "partOf", "Pijler Sociaal", None)}),
]


@pytest.mark.parametrize("text, expected", NETWORK_MEMBERS)
def test_municipalities_that_are_part_of_a_network_take_part_in_it(text, expected):
    assert_facts(text, expected, DATE)


HEAD_FIRST_PROGRAMMES = [
    ("Op dit moment doen Oss en Ede mee aan de Agenda Gezonde Wijken in de Stad.",
     {("Oss", "participatesIn", "Agenda Gezonde Wijken in de Stad", None),
      ("Ede", "participatesIn", "Agenda Gezonde Wijken in de Stad", None)}),
    ("Oss en Ede tekenden het Convenant Schone Lucht.",  # parties that sign together collaborate (round 31c)
     {("Oss", "participatesIn", "Convenant Schone Lucht", None),
      ("Ede", "participatesIn", "Convenant Schone Lucht", None),
      ("Oss", "collaboratesWith", "Ede", None)}),
    # a meeting's agenda is no programme
    ("De Agenda van de vergadering werd vastgesteld.", set()),
]


@pytest.mark.parametrize("text, expected", HEAD_FIRST_PROGRAMMES)
def test_a_head_word_before_a_title_case_name_names_a_programme(text, expected):
    assert_facts(text, expected, DATE)


def test_a_head_first_programme_keeps_its_plural():
    extraction = extract("t", "Breda werkt aan de Agenda Sterke Regio's.", gazetteer=load_gazetteer(), date=DATE)
    assert [m.label for m in extraction.mentions if m.type == "Programme"] == ["Agenda Sterke Regio's"]


TAKE_OVER_OFFICE = [
    ("Anna Kok trekt de Themagroep Zorg. Zij nam het trekkerschap in maart over van Piet Mol.",
     {("Anna Kok", "hasRole", "Themagroep Zorg", "trekker"), ("Anna Kok", "succeeded", "Piet Mol", None),
      ("Piet Mol", "hasRole", "Themagroep Zorg", "trekker")}),
    ("Anna Kok trekt de Themagroep Zorg. Kok nam het trekkerschap in maart over van de Zwolse wethouder Piet Mol.",
     {("Anna Kok", "hasRole", "Themagroep Zorg", "trekker"), ("Anna Kok", "succeeded", "Piet Mol", None),
      ("Piet Mol", "hasRole", "Themagroep Zorg", "trekker"), ("Piet Mol", "hasRole", "Zwolle", "wethouder")}),
    # denied: no succession
    ("Anna Kok trekt de Themagroep Zorg. Zij nam het trekkerschap niet over van Piet Mol.",
     {("Anna Kok", "hasRole", "Themagroep Zorg", "trekker")}),
]


@pytest.mark.parametrize("text, expected", TAKE_OVER_OFFICE)
def test_who_takes_over_an_office_from_someone_succeeds_them(text, expected):
    assert_facts(text, expected, DATE)
