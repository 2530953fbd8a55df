"""Round 41d: roles, people, successions and entities not recognised (second half)."""

from __future__ import annotations

import pytest

from graph.extract.sentences import split_sentences
from tests.extract_facts import facts, mentions


# --- a news title whose headline after the colon is a quotation ----------------------------------------

@pytest.mark.parametrize("title, heading", [
    ('Vijf jaar Themagroep Zorg Dichtbij: "We bouwen verder"', True),
    ("Vijf jaar Themagroep Zorg Dichtbij: “Samen komen we verder”", True),
    ('Zij zei: "We bouwen verder."', False),  # a sentence that quotes, no title
])
def test_a_title_with_a_quoted_headline_is_a_heading(title, heading):
    sentences = split_sentences(title + "\n\nDe themagroep kwam bijeen.")
    assert sentences[0].is_heading is heading


def test_the_unit_of_such_a_title_is_what_the_themagroep_is_later():
    text = ('Vijf jaar Themagroep Zorg Dichtbij: "We bouwen verder"\n\nDe Themagroep Zorg Dichtbij vierde haar '
            "verjaardag.\n\n## Contact\n\nNeem contact op met Wim Kalse, secretaris van de themagroep.")
    assert ("Wim Kalse", "hasRole", "Themagroep Zorg Dichtbij", "secretaris") in facts(text)


# --- a role in a clause whose verb comes last: "Toen X in maart gedeputeerde van Y werd, …" ------------

def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] == "hasRole"}


@pytest.mark.parametrize("text, expected", [
    ("Toen Kees Dorland in maart 2024 gedeputeerde van de provincie Gelderland werd, nam Eva Smit zijn plaats in.",
     {("Kees Dorland", "hasRole", "Gelderland", "gedeputeerde")}),
    ("Nadat Kees Dorland in 2021 burgemeester van Assen werd, nam Eva Smit zijn plaats in.",
     {("Kees Dorland", "hasRole", "Assen", "burgemeester")}),
    # another person's role in the clause: not the subject's
    ("Toen Kees Dorland gedeputeerde Eva Smit van Drenthe ontmoette, sprak hij over wonen.",
     {("Eva Smit", "hasRole", "Drenthe", "gedeputeerde")}),
])
def test_a_role_in_a_clause_whose_verb_comes_last(text, expected):
    assert _roles(text) == expected


def test_the_role_taken_up_in_such_a_clause_does_not_pass_to_the_successor():
    text = "Toen Kees Dorland in juni voorzitter van de Pijler Fysiek werd, nam Eva Smit zijn plaats in de themagroep in."
    assert _roles(text) == {("Kees Dorland", "hasRole", "Pijler Fysiek", "voorzitter")}


def test_a_past_role_in_such_a_clause_is_past():
    from tests.extract_facts import dated_relations
    found = dated_relations("Toen Kees Dorland nog wethouder van Assen was, richtte hij de groep op.", "2024-01-01")
    assert [(s, o, role, past) for s, o, role, past, *_ in found] == [("Kees Dorland", "Assen", "wethouder", True)]


# --- a role aimed at is no role held: "beoogd voorzitter", "kandidaat-voorzitter" ----------------------

@pytest.mark.parametrize("text", [
    "Kees Dorland, beoogd voorzitter van de Pijler Fysiek, stelde zich voor.",
    "Kees Dorland, kandidaat-voorzitter van de Pijler Fysiek, stelde zich voor.",
    "De beoogde voorzitter van de Pijler Fysiek, Kees Dorland, stelde zich voor.",
])
def test_a_role_aimed_at_is_no_role(text):
    assert _roles(text) == set()


def test_a_role_held_is_still_read():
    assert _roles("Kees Dorland, voorzitter van de Pijler Fysiek, stelde zich voor.") == {
        ("Kees Dorland", "hasRole", "Pijler Fysiek", "voorzitter")}


# --- a fronted body before a verb of working: "Binnen de VNG werkt X als kwartiermaker" -----------------

@pytest.mark.parametrize("text, expected", [
    ("Themagroep Wonen\n\nDe themagroep kwam bijeen. Binnen de VNG werkt Kees Dorland als kwartiermaker wonen.",
     {("Kees Dorland", "hasRole", "VNG", "kwartiermaker")}),
    ("Bij de gemeente Ede werkt Kees Dorland sinds 2020 als programmamanager.",
     {("Kees Dorland", "hasRole", "Ede", "programmamanager")}),
    ("Bij de gemeente Ede is Kees Dorland wethouder.", {("Kees Dorland", "hasRole", "Ede", "wethouder")}),
])
def test_a_fronted_body_before_a_verb_of_working(text, expected):
    assert _roles(text) == expected


def test_a_field_between_the_role_and_its_employer_after_a_copula():
    text = "Eva Smit is beleidsadviseur ondernemersklimaat bij INretail, de brancheorganisatie voor de detailhandel."
    assert _roles(text) == {("Eva Smit", "hasRole", "INretail", "beleidsadviseur")}


# --- after a semicolon, a pronoun for the one person the first clause names ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Namens het Rijk zit Eva Smit in de stuurgroep; zij is directeur-generaal Wonen en Bouwen bij BZK.",
     {("Eva Smit", "hasRole", "BZK", "directeur-generaal")}),
    ("Eva Smit was trekker van 2019 tot 2022; sinds juni 2022 is zij gedeputeerde Energie van de provincie Fryslân.",
     {("Eva Smit", "hasRole", "Fryslân", "gedeputeerde")}),
    # two persons before the semicolon: whom the pronoun stands for is not said
    ("Eva Smit sprak met Jan Bos; hij is wethouder van Ede.", set()),
])
def test_a_pronoun_after_a_semicolon(text, expected):
    assert _roles(text) == expected


def test_an_apposition_after_the_particle_of_volgen_op_is_the_predecessors():
    text = "Eva Smit volgde Kees de Wit op, burgemeester van Hoorn, die het netwerk sinds 2019 had voorgezeten."
    assert ("Kees de Wit", "hasRole", "Hoorn", "burgemeester") in facts(text)
    assert not any(f[0] == "Eva Smit" and f[1] == "hasRole" for f in facts(text))


# --- a role column under a paragraph that names one municipality --------------------------------------

def test_a_role_column_under_a_paragraph_naming_one_town():
    text = ("# Bestuur\n\nIn de portefeuilleverdeling staat welke wethouder Deventer in welk netwerk vertegenwoordigt. "
            "Het gaat om:\n\n| Wethouder | Portefeuille |\n|---|---|\n| Kees Dorland | Wonen |\n| Eva Smit | Werk |\n")
    assert _roles(text) == {("Kees Dorland", "hasRole", "Deventer", "wethouder"),
                            ("Eva Smit", "hasRole", "Deventer", "wethouder")}


def test_a_role_column_under_a_paragraph_naming_two_towns_says_nothing():
    text = ("# Bestuur\n\nDeventer en Zwolle werken samen. Het gaat om:\n\n| Wethouder | Portefeuille |\n|---|---|\n"
            "| Kees Dorland | Wonen |\n")
    assert _roles(text) == set()


# --- a project card's "Projectnaam:" field names whose "de stuurgroep" it is; "bestaat verder uit:" ----

def test_the_stuurgroep_of_a_project_card_is_the_projects():
    text = ("PROJECTFICHE\n\nProjectnaam:      Leerwerkplaats Zonnedak (LWZ)\nLooptijd:         2024 – 2026\n\n"
            "1. Organisatie\n\nBestuurlijk opdrachtgever is Eva Smit, wethouder Werk van Ede. Zij is tevens voorzitter "
            "van de stuurgroep. De stuurgroep bestaat verder uit:\n\n- Jan Bos, wethouder Economie, gemeente Breda\n"
            "- Kees Dorland, directeur Twente Board\n")
    found = facts(text)
    assert ("Eva Smit", "hasRole", "Stuurgroep Leerwerkplaats Zonnedak", "voorzitter") in found
    assert ("Jan Bos", "participatesIn", "Stuurgroep Leerwerkplaats Zonnedak", None) in found
    assert ("Kees Dorland", "participatesIn", "Stuurgroep Leerwerkplaats Zonnedak", None) in found


# --- a table column of where the row's person comes from: "| Afkomstig van |", "| Werkgever |" ----------

@pytest.mark.parametrize("column", ["Afkomstig van", "Werkgever", "In dienst bij"])
def test_a_column_of_where_the_person_comes_from(column):
    text = (f"# Programma Zon\n\n## Werkstromen\n\n| Werkstroom | Trekker | {column} |\n|---|---|---|\n"
            "| Wonen | Kees Dorland | gemeente Emmen |\n| Werk | Eva Smit | Divosa |\n")
    found = facts(text)
    assert ("Kees Dorland", "affiliatedWith", "Emmen", None) in found
    assert ("Eva Smit", "affiliatedWith", "Divosa", None) in found


def test_a_table_of_werkstromen_gives_each_its_trekker_and_no_member_from_the_employer_column():
    text = ("# Programma Zon\n\n## Werkstromen\n\n| Werkstroom | Trekker | Afkomstig van |\n|---|---|---|\n"
            "| Wonen en Leefomgeving | Kees Dorland | gemeente Emmen |\n")
    found = facts(text)
    assert ("Kees Dorland", "hasRole", "Wonen en Leefomgeving", "trekker") in found
    assert ("Kees Dorland", "affiliatedWith", "Emmen", None) in found
    assert not any(f[0] == "Emmen" and f[1] == "participatesIn" for f in found)


def test_a_werkstroom_is_a_unit():
    assert "werkstroom Bestaanszekerheid" in mentions("De werkstroom Bestaanszekerheid stemt af met Divosa.",
                                                      "OrganisationalUnit")


# --- "Greenport <plaats>", "Euregio <naam>": organisations whose head word opens the name -------------

@pytest.mark.parametrize("text, name", [
    ("Venlo werkt in Greenport Venlo samen met ondernemers.", "Greenport Venlo"),
    ("Kerkrade is lid van de Euregio Maas-Rijn.", "Euregio Maas-Rijn"),
])
def test_a_regional_cluster_or_euregio_is_an_organisation(text, name):
    assert name in mentions(text, "Organisation")


# --- "onder leiding van X, wethouder …" with a given name the list lacks ---------------------------------

@pytest.mark.parametrize("text", [
    "De groep kwam bijeen onder leiding van Okke Hamstra, wethouder in Heerenveen.",
    "De groep kwam bijeen onder voorzitterschap van Okke Hamstra, wethouder in Heerenveen.",
])
def test_a_name_after_onder_leiding_van_with_a_role_in_apposition(text):
    assert _roles(text) == {("Okke Hamstra", "hasRole", "Heerenveen", "wethouder")}


def test_a_name_inside_a_longer_name_after_van_stays_no_person():
    assert mentions("De Stichting Vrienden van Okke Hamstra, wethouder in Heerenveen.", "Person") == []
