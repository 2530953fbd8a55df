"""Round 36b: relations other than roles — tasks taken over, contacts and supporters of a unit, the
units a pijler's section lists, names that go on after a kind word."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _states(text: str, fact: tuple) -> None:
    found = facts(text)
    assert fact in found, found


# --- "Zij neemt de taken over van X": a task taken over names the one succeeded -------------------

@pytest.mark.parametrize("text, successor, predecessor", [
    ("Esra Yıldız is secretaris. Zij neemt de taken over van Floor Mertens, die is vertrokken.",
     "Esra Yıldız", "Floor Mertens"),
    ("De gemeente wordt vertegenwoordigd door Bram Heijnen. Hij neemt deze rol over van Yasmina Ouali.",
     "Bram Heijnen", "Yasmina Ouali"),
    ("Anna Kok neemt de werkzaamheden over van Bram Wit.", "Anna Kok", "Bram Wit"),
    ("Anna Kok nam in mei het stokje over van Bram Wit.", "Anna Kok", "Bram Wit"),
])
def test_task_taken_over(text, successor, predecessor):
    _states(text, (successor, "succeeded", predecessor, None))


@pytest.mark.parametrize("text", [
    "Anna Kok neemt niet de taken over van Bram Wit.",
    "Anna Kok neemt de agenda over van Bram Wit.",  # an agenda is no task one holds
])
def test_no_task_taken_over(text):
    assert not any(f[1] == "succeeded" for f in facts(text))


# --- a role word before a unit's name: "pijlersecretaris Fysiek Domein" is no person ---------------

def test_field_of_a_role_named_like_a_unit_is_no_person():
    text = ("Pijler Fysiek Domein\n\n"
            "Esra Yıldız - pijlersecretaris Fysiek Domein. Zij werkt samen met het ministerie van BZK.")
    found = facts(text)
    assert not any(f[0] == "Fysiek Domein" for f in found), found
    assert ("Esra Yıldız", "collaboratesWith", "BZK", None) in found, found


def test_surname_after_a_role_word_stays_a_person():
    from tests.extract_facts import mentions
    text = "De Commissie Van der Meer brengt advies uit. Het advies kwam van voorzitter Van der Meer."
    assert "Van der Meer" in mentions(text, "Person")


# --- who supports a unit is its contact: "ondersteunt de Themagroep X", "- contactpersoon van X" ----

@pytest.mark.parametrize("text, person, things", [
    ("Nadia Bos - pijlersecretaris, ondersteunt de Themagroep Armoede en Schulden en de Themagroep Jeugd.",
     "Nadia Bos", {"Themagroep Armoede en Schulden", "Themagroep Jeugd"}),
    ("Thijs Brouwer - programmamanager. Hij ondersteunt de Themagroep Smart Cities en is lid van het bestuur.",
     "Thijs Brouwer", {"Themagroep Smart Cities"}),
    ("• Esra Kaya - pijlersecretaris en contactpersoon van de Themagroep Wonen.", "Esra Kaya", {"Themagroep Wonen"}),
    ("Gerrit-Jan Pronk - beleidsadviseur en ondersteuner van de Taskforce Ondermijning.",
     "Gerrit-Jan Pronk", {"Taskforce Ondermijning"}),
    ("Rachid Amrani - beleidsadviseur bestuurszaken; aanspreekpunt voor de Stedendag 2024.",
     "Rachid Amrani", {"Stedendag"}),
    ("Mail gerust naar Anna Kok, die de Themagroep Wonen ondersteunt vanuit het bureau.",
     "Anna Kok", {"Themagroep Wonen"}),
])
def test_supporter_is_a_contact(text, person, things):
    found = {f[2] for f in facts(text) if f[:2] == (person, "contactFor")}
    assert found == things, facts(text)


@pytest.mark.parametrize("text", [
    "Platform31 ondersteunt de Themagroep Wonen met onderzoek.",  # an organisation supports: no contact person
    "Anna Kok zoekt een contactpersoon voor de Themagroep Wonen.",  # the noun outside an apposition
    "Anna Kok ondersteunt het voorstel van de Themagroep Wonen.",  # a plan, not the unit
    "Anna Kok ondersteunt de Themagroep Wonen niet langer.",
])
def test_no_supporter(text):
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- names in sentence case after a plural kind word ------------------------------------------------

def test_plural_kind_word_before_names_in_sentence_case():
    from tests.extract_facts import mentions
    text = "Zij ondersteunt de themagroepen MKB en economische vernieuwing en Vitale binnensteden en werklocaties."
    assert mentions(text, "OrganisationalUnit") == ["themagroepen MKB en economische vernieuwing",
                                                    "Vitale binnensteden en werklocaties"]


@pytest.mark.parametrize("text", [
    "De themagroepen Wonen en energie hebben een plan.",  # a verb after the names: no name runs into it
    "De themagroepen Wonen en nog veel meer.",  # one name only
])
def test_no_sentence_case_names(text):
    from tests.extract_facts import mentions
    assert mentions(text, "OrganisationalUnit") == [], mentions(text, "OrganisationalUnit")


# --- a list right under a pijler's heading: the themagroepen its items name are the pijler's -------

def test_list_right_under_a_pijler_heading():
    text = ("Wie is wie\n\nPijler Sociaal Domein\n\n"
            "• Nadia Bos - pijlersecretaris, ondersteunt de Themagroep Armoede en Schulden en de Themagroep Jeugd.\n\n"
            "Pijler Veiligheid\n\n"
            "• Anna Kok - coördinator van de Themagroep Ondermijning.\n")
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "partOf"}
    assert {("Themagroep Armoede en Schulden", "Pijler Sociaal Domein"), ("Themagroep Jeugd", "Pijler Sociaal Domein"),
            ("Themagroep Ondermijning", "Pijler Veiligheid")} <= found, found


def test_list_after_a_paragraph_of_a_pijler_section_says_nothing():
    text = ("Verslag\n\nPijler Sociaal Domein\n\nDe pijler vergaderde twee keer.\n\n"
            "• De Themagroep Wonen presenteerde haar plan.\n")
    assert not any(f[0] == "Themagroep Wonen" and f[1] == "partOf" for f in facts(text)), facts(text)


def test_partner_themagroep_in_a_pijler_list_is_not_its_part():
    text = ("Wie is wie\n\nPijler Sociaal Domein\n\n"
            "• Nadia Bos werkt samen met de Themagroep Wonen.\n")
    assert not any(f[0] == "Themagroep Wonen" and f[1] == "partOf" and f[2] == "Pijler Sociaal Domein"
                   for f in facts(text)), facts(text)


# --- a City Deal's name goes on with "in de <Woord>": "City Deal Vakmanschap in de Regio" ----------

def test_deal_name_in_de_word():
    text = "Aan de City Deal Vakmanschap in de Regio nemen Eindhoven en Tilburg deel."
    from tests.extract_facts import mentions
    assert mentions(text, "Programme") == ["City Deal Vakmanschap in de Regio"]
    found = facts(text)
    assert ("Eindhoven", "participatesIn", "City Deal Vakmanschap in de Regio", None) in found, found


@pytest.mark.parametrize("text, name", [
    ("Zij presenteerde de City Deal Wonen in de Tweede Kamer.", "City Deal Wonen"),  # a body of two words after it
    ("Zij sprak over de City Deal Wonen in de regio.", "City Deal Wonen"),  # a word in lower case
    ("De City Deal 'Wonen' in de Regio is gestart.", "City Deal 'Wonen'"),  # a quoted name ends at its quote
])
def test_deal_name_without_in_de_word(text, name):
    from tests.extract_facts import mentions
    assert mentions(text, "Programme")[:1] == [name], mentions(text, "Programme")


# --- "Aan X nemen op dit moment de gemeenten A en B deel, evenals C": the inverted list with adverbs --

def test_inverted_taking_part_with_adverb_kind_word_and_evenals():
    text = ("De City Deal Zon is gestart. Aan de City Deal nemen op dit moment de gemeenten Eindhoven, Tilburg en "
            "Helmond deel, evenals de MBO Raad en het UWV.")
    found = {f[0] for f in facts(text) if f[1:3] == ("participatesIn", "City Deal Zon")}
    assert found == {"Eindhoven", "Tilburg", "Helmond", "MBO Raad", "UWV"}, facts(text)


def test_inverted_taking_part_denied_after_the_list():
    text = "De City Deal Zon is gestart. Aan de City Deal nemen Eindhoven en Tilburg deel, maar niet Breda."
    assert not any(f[0] == "Breda" and f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a programme bureau housed at a partner, in a section about the programme ------------------------

def test_housed_bureau_of_the_section_programme():
    text = ("Toelichting\n\nDe City Deal Kennis Maken is in 2022 gestart. Aan de City Deal nemen Breda en Ede deel.\n\n"
            "Het programmabureau is ondergebracht bij de gemeente Breda.\n")
    found = facts(text)
    assert ("City Deal Kennis Maken", "ledBy", "Breda", None) in found, found
    assert not any(f[:3] == ("programmabureau", "partOf", "Breda") for f in found), found


def test_housed_bureau_without_a_programme_stays_part_of_its_host():
    text = "Toelichting\n\nDe pijler vergaderde.\n\nHet programmabureau is ondergebracht bij de gemeente Breda.\n"
    assert not any(f[1] == "ledBy" for f in facts(text)), facts(text)


# --- "Met X worden nog gesprekken gevoerd" after a sentence naming a programme: no programme talks ----

def test_talks_in_the_passive_are_no_programme_s():
    text = "Toelichting\n\nDeelname past bij de Arbeidsmarktagenda Noord 2022-2026. Met Fontys worden nog gesprekken gevoerd.\n"
    assert not any(f[2].startswith("Arbeidsmarktagenda") for f in facts(text)), facts(text)


def test_programme_made_with_help_named_in_its_sentence():
    text = "De Samenwerkingsagenda Werk is opgesteld met medewerking van Divosa en de VNG."
    found = facts(text)
    assert ("Divosa", "participatesIn", "Samenwerkingsagenda Werk", None) in found, found


# --- a day and month after a name end it: "Actiepunten themagroep Wonen 12 november 2024" ------------

@pytest.mark.parametrize("text, kind, name", [
    ("Onderwerp: Actiepunten themagroep Armoede en Schulden 12 november 2024", "OrganisationalUnit",
     "themagroep Armoede en Schulden"),
    ("Verslag Pijler Sociaal Domein 4 april 2023", "OrganisationalUnit", "Pijler Sociaal Domein"),
    ("De City Deal Zon 12 november 2024 gestart.", "Programme", "City Deal Zon"),
    ("De City Deal Stad 3 start.", "Programme", "City Deal Stad 3"),  # a number in the name itself
])
def test_date_after_a_name_is_not_in_it(text, kind, name):
    from tests.extract_facts import mentions
    assert mentions(text, kind) == [name], mentions(text, kind)


# --- "de themagroep" in a section "Actiepunten" is no "Themagroep Actiepunten" ------------------------

def test_generic_meeting_heading_names_no_themagroep():
    text = ("Verslag\n\nActiepunten\n\n1. Samenwerking met Divosa: Maastricht verkent of de themagroep kan "
            "aansluiten bij Divosa.\n")
    from tests.extract_facts import mentions
    assert not any("Actiepunten" in f[0] or "Actiepunten" in f[2] for f in facts(text)), facts(text)
    assert "Themagroep Actiepunten" not in mentions(text, "OrganisationalUnit")


def test_section_heading_names_its_themagroep():
    text = "Jaarverslag\n\nMobiliteit\n\nDe themagroep werkt samen met het ministerie van IenW.\n"
    assert ("Themagroep Mobiliteit", "collaboratesWith", "IenW", None) in facts(text), facts(text)


# --- the joint undertaking with its subjects after the verb: "Sinds 2020 werken A en B samen" ---------

@pytest.mark.parametrize("text", [
    "Sinds 2020 werken Arnhem en Nijmegen samen.",
    "Voor het thema inburgering werken Arnhem en Nijmegen samen in een regionale pilot.",
])
def test_inverted_joint_subjects(text):
    _states(text, ("Arnhem", "collaboratesWith", "Nijmegen", None))


@pytest.mark.parametrize("text", [
    "Met Breda werken Arnhem en Nijmegen samen.",  # the fronted phrase names the partner
    "Werken Arnhem en Nijmegen samen?",
    "Sinds 2020 werken Arnhem en Nijmegen niet samen.",
])
def test_no_inverted_joint_subjects(text):
    assert ("Arnhem", "collaboratesWith", "Nijmegen", None) not in facts(text), facts(text)


def test_inverted_joint_subjects_in_a_programme_take_part_only():
    found = facts("Sinds 2021 werken Emmen en Assen samen in de Regio Deal Noordkust.")
    assert ("Emmen", "collaboratesWith", "Assen", None) not in found, found


# --- a capitalised compound on "-lab", "-pilot", "-proeftuin" names a lab with the name after it ------

def test_lab_compound_with_its_name():
    text = ("Het was een mooi jaar voor de deal!\n\nEnergielab Velve-Lindenhof in Enschede\n\n"
            "In de wijk Velve-Lindenhof is het lab geopend. In het lab werken de gemeente Enschede en "
            "woningcorporatie Domijn samen.\n")
    from tests.extract_facts import mentions
    assert mentions(text, "Programme")[0] == "Energielab Velve-Lindenhof", mentions(text, "Programme")
    found = facts(text)
    assert ("Enschede", "participatesIn", "Energielab Velve-Lindenhof", None) in found, found
    assert ("Domijn", "participatesIn", "Energielab Velve-Lindenhof", None) in found, found


@pytest.mark.parametrize("text", [
    "Het energielab van de gemeente is open.",  # in lower case, no name after it
    "Het Energielab is open.",  # no name after the compound
])
def test_no_lab_compound_name(text):
    from tests.extract_facts import mentions
    assert mentions(text, "Programme") == [], mentions(text, "Programme")


def test_participle_and_agent_after_a_deal_are_no_name():
    from tests.extract_facts import mentions
    text = "De City Deal Zon is gestart. Het eerste lab van de City Deal geopend door wethouder Anna Kok."
    assert "City Deal geopend" not in mentions(text, "Programme"), mentions(text, "Programme")


# --- a programme under a ministry's directorate is led by it ------------------------------------------

@pytest.mark.parametrize("text", [
    "Het Programma Vitale Stadscentra valt onder de directie Ondernemingsklimaat en Innovatie.",
    "Het Programma Vitale Stadscentra is gestart. Het programma valt onder de directie Ondernemingsklimaat "
    "en Innovatie van mijn ministerie.",
])
def test_programme_falls_under_a_directorate(text):
    _states(text, ("Programma Vitale Stadscentra", "ledBy", "Directie Ondernemingsklimaat en Innovatie", None))


def test_programme_not_under_a_directorate():
    text = "Het Programma Vitale Stadscentra valt niet onder de directie Ondernemingsklimaat en Innovatie."
    assert not any(f[1] == "ledBy" for f in facts(text)), facts(text)


# --- "de gemeente" as the subject: the municipality the sentence itself names ------------------------

@pytest.mark.parametrize("text, town, partner", [
    ("In Roosendaal loopt een pilot waarin de gemeente samen met de Brabantse Ontwikkelings Maatschappij (BOM) "
     "een fonds opzet.", "Roosendaal", "BOM"),
    ("Ede doet mee aan de City Deal Zon. In Schiedam werkt de gemeente samen met woningcorporatie Woonplus.",
     "Schiedam", "Woonplus"),
])
def test_the_municipality_by_its_kind_is_the_one_of_its_sentence(text, town, partner):
    _states(text, (town, "collaboratesWith", partner, None))


def test_the_municipality_by_its_kind_after_two_towns_is_nobody():
    text = "In Schiedam en Delft werkt de gemeente samen met woningcorporatie Woonplus."
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


# --- a town or body with, in brackets, who acts for it: "Zoetermeer (Ruben de Graaf) verwerkt …" -----

@pytest.mark.parametrize("text, person, body", [
    ("2. Uitvraag: Nadia Bos verstuurt de uitvraag, Zoetermeer (Ruben de Graaf) verwerkt de resultaten.",
     "Ruben de Graaf", "Zoetermeer"),
    ("Maastricht (Chantal Hermans) verkent of de themagroep kan aansluiten.", "Chantal Hermans", "Maastricht"),
])
def test_person_in_brackets_after_a_body(text, person, body):
    _states(text, (person, "affiliatedWith", body, None))


@pytest.mark.parametrize("text", [
    "Het programma (Chantal Hermans) loopt.",  # a programme is no body one works for
    "Maastricht (Chantal Hermans en Ruben de Graaf) verkent het.",  # more than the name in the bracket
])
def test_no_person_in_brackets_after_a_body(text):
    assert not any(f[1] == "affiliatedWith" for f in facts(text)), facts(text)


# --- the finite forms of "opstellen", "opzetten", "ontwikkelen" with "met X" ---------------------------

@pytest.mark.parametrize("text, a, b", [
    ("1. Reactie op de consultatie: Zaanstad stelt met Ede een concept op.", "Zaanstad", "Ede"),
    ("Breda ontwikkelt met de VNG een plan.", "Breda", "VNG"),
    ("Breda zette met Divosa een pilot op.", "Breda", "Divosa"),
])
def test_finite_verb_of_making_with(text, a, b):
    _states(text, (a, "collaboratesWith", b, None))


@pytest.mark.parametrize("text", [
    "Breda stelt zich met de VNG op als partner.",
    "Breda stelt met de VNG geen plan op.",
])
def test_no_finite_verb_of_making_with(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


# --- "De coördinatie ligt bij X en Y": contacts for the programme of the document ---------------------

def test_coordination_lies_with_persons():
    text = ("Samenwerkingsagenda Werk 2025\n\nDe coördinatie ligt bij Maaike Stoffels (G40-bureau) en "
            "Jeroen Lammers (SZW).\n")
    found = {f[0] for f in facts(text) if f[1:3] == ("contactFor", "Samenwerkingsagenda Werk")}
    assert found == {"Maaike Stoffels", "Jeroen Lammers"}, facts(text)


@pytest.mark.parametrize("text", [
    "Verslag\n\nDe coördinatie ligt bij Maaike Stoffels.\n",  # no programme in sight
    "Samenwerkingsagenda Werk 2025\n\nDe coördinatie ligt niet bij Maaike Stoffels.\n",
])
def test_no_coordination_contact(text):
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- a relative clause with the verb last: "X, de corporatie uit Z die al langer met Y samenwerkt" -----

@pytest.mark.parametrize("text, pairs", [
    ("- Rijnhart Wonen, de woningcorporatie uit Leiden die al langer met de gemeente Leiden samenwerkt aan "
     "isolatie van huurwoningen.", {("Rijnhart Wonen", "Leiden")}),
    ("Vandaag tekenden Breda en Ede, die met Divosa samenwerken, het convenant.", {("Breda", "Divosa"), ("Ede", "Divosa")}),
])
def test_relative_clause_verb_last(text, pairs):
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "collaboratesWith"}
    assert pairs <= found, facts(text)


def test_relative_clause_verb_last_denied():
    text = "Vandaag tekenden Breda en Ede, die niet met Divosa samenwerken, het convenant."
    assert not any(f[2] == "Divosa" or f[0] == "Divosa" for f in facts(text)), facts(text)


# --- a move to an employer: "die de overstap heeft gemaakt naar het ministerie van SZW" ----------------

@pytest.mark.parametrize("text, person, body", [
    ("Hij neemt het stokje over van Ingrid Posthuma, die de overstap heeft gemaakt naar het ministerie van SZW.",
     "Ingrid Posthuma", "SZW"),
    ("Anna Kok stapt per 1 mei over naar de gemeente Ede.", "Anna Kok", "Ede"),
])
def test_move_to_an_employer(text, person, body):
    _states(text, (person, "affiliatedWith", body, None))


def test_no_move_to_an_employer():
    assert not any(f[1] == "affiliatedWith" for f in facts("Anna Kok maakt niet de overstap naar de VNG.")), \
        facts("Anna Kok maakt niet de overstap naar de VNG.")
