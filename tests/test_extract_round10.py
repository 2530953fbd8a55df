"""Round 10 of the rule-based extraction: document structures rather than phrases. "Label: value"
fields of a factsheet or project card (graph.extract.cards), Markdown tables with a header row
(graph.extract.tables), bullet lists announced as members (graph.extract.lists) and the first
person of a speech or a letter of a municipality (graph.extract.firstperson).

Each row is a small Dutch text and the facts a careful reader finds in it, as (subject label,
predicate, object label, role); the negative rows (a "Datum:" field, a budget table, action
points, an agenda, an item about something unnamed) state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts
from graph.extract import extract
from graph.gazetteer import load_gazetteer

DATE = "2024-03-01"  # the date of every text here

CD = "City Deal Slimme Buurten"
TG = "Themagroep Stadslogistiek"
SG = "Stuurgroep Regio Deal Peelland"

CARDS = [
    ("Factsheet City Deal Slimme Buurten\n\nPenvoerder: gemeente Breda\nPartners: Tilburg, Zwolle en de VNG\n"
     "Initiatiefnemer: het ministerie van BZK\nLooptijd: 2022-2025\n",
     {(CD, "ledBy", "Breda", None), ("Tilburg", "participatesIn", CD, None), ("Zwolle", "participatesIn", CD, None),
      ("VNG", "participatesIn", CD, None), ("BZK", "initiated", CD, None)}),
    ("Projectkaart Themagroep Stadslogistiek\n\nVoorzitter: Femke Voskuil (wethouder Zwolle)\nSecretaris: Ruben Hazendonk\n",
     {("Femke Voskuil", "hasRole", TG, "voorzitter"), ("Femke Voskuil", "hasRole", "Zwolle", "wethouder"),
      ("Ruben Hazendonk", "hasRole", TG, "secretaris")}),
    ("Pijlers\n\n- Pijler Sociale Stad – voorzitter: wethouder Maaike Lindhout van Ede. De pijler werkt aan jeugdzorg.\n"
     "- Pijler Werk – trekker: gemeente Venlo.\n",
     {("Maaike Lindhout", "hasRole", "Pijler Sociale Stad", "voorzitter"), ("Maaike Lindhout", "hasRole", "Ede", "wethouder"),
      ("Pijler Werk", "ledBy", "Venlo", None)}),
    ("Projectkaart Proeftuin Slimme Buurten\n\nTrekker: Femke Voskuil (gemeente Breda)\n"
     "Deelnemende gemeenten: Breda, Tilburg en Ede\nContactpersoon: Ruben Hazendonk (r.hazendonk@zwolle.nl)\n",
     {("Femke Voskuil", "hasRole", "Proeftuin Slimme Buurten", "trekker"), ("Femke Voskuil", "affiliatedWith", "Breda", None),
      ("Breda", "participatesIn", "Proeftuin Slimme Buurten", None), ("Tilburg", "participatesIn", "Proeftuin Slimme Buurten", None),
      ("Ede", "participatesIn", "Proeftuin Slimme Buurten", None),
      ("Ruben Hazendonk", "contactFor", "Proeftuin Slimme Buurten", None), ("Ruben Hazendonk", "affiliatedWith", "Zwolle", None)}),
    # the minutes of a meeting of one organisation's board: the chair's field is a role there
    ("Verslag vergadering bestuur VNG\n\nDatum: 4 maart 2024\nVoorzitter: dhr. K.J. Lindhout, burgemeester van Ede\n",
     {("K.J. Lindhout", "hasRole", "VNG", "voorzitter"), ("K.J. Lindhout", "hasRole", "Ede", "burgemeester")}),
    ("Projectkaart Proeftuin Slimme Buurten\n\nTrekkers: Femke Voskuil (Breda) en Ruben Hazendonk (Tilburg)\n"
     "Deelnemende G40-steden: Breda, Ede\nTrekkende gemeente: Zwolle\n",
     {("Femke Voskuil", "hasRole", "Proeftuin Slimme Buurten", "trekker"), ("Femke Voskuil", "affiliatedWith", "Breda", None),
      ("Ruben Hazendonk", "hasRole", "Proeftuin Slimme Buurten", "trekker"),
      ("Ruben Hazendonk", "affiliatedWith", "Tilburg", None), ("Breda", "participatesIn", "Proeftuin Slimme Buurten", None),
      ("Ede", "participatesIn", "Proeftuin Slimme Buurten", None), ("Proeftuin Slimme Buurten", "ledBy", "Zwolle", None)}),
    # negative: fields that name no predicate, a former holder, a field of an item about something unnamed
    ("Projectkaart Proeftuin Slimme Buurten\n\nVoormalig voorzitter: Maaike Lindhout\nBeoogde partners: VNG\n", set()),
    ("Projectkaart Proeftuin Slimme Buurten\n\nVragen aan de voorzitter: Maaike Lindhout\n", set()),
    ("City Deal Slimme Buurten\n\nStuurgroep\n\nVoorzitter: Maaike Lindhout\n", set()),
    ("Factsheet City Deal Slimme Buurten\n\nDatum: 4 maart 2024\nLocatie: gemeente Breda\n", set()),
    ("Factsheet City Deal Slimme Buurten\n\nOrganisatie: gemeente Breda\n", set()),
    ("City Deal Slimme Buurten\n\nWat gaan we doen?\n\n1. Slimme inkoop – de gemeenten kopen samen in. Trekker: gemeente Breda.\n",
     set()),
]

TABLES = [
    ("Factsheet City Deal Slimme Buurten\n\nPartners\n\n| categorie | partners |\n|---|---|\n"
     "| Gemeenten | Breda, Tilburg |\n| Rijk | ministerie van BZK |\n",
     {("Breda", "participatesIn", CD, None), ("Tilburg", "participatesIn", CD, None), ("BZK", "participatesIn", CD, None)}),
    ("Stuurgroep Regio Deal Peelland\n\nSamenstelling\n\n| Organisatie | Vertegenwoordiger | Rol |\n|---|---|---|\n"
     "| Gemeente Helmond | Femke Voskuil | voorzitter |\n| Provincie Noord-Brabant | Ruben Hazendonk | lid |\n",
     {("Helmond", "participatesIn", SG, None), ("Noord-Brabant", "participatesIn", SG, None),
      ("Femke Voskuil", "hasRole", SG, "voorzitter"), ("Femke Voskuil", "affiliatedWith", "Helmond", None),
      ("Ruben Hazendonk", "hasRole", SG, "lid"), ("Ruben Hazendonk", "affiliatedWith", "Noord-Brabant", None),
      (SG, "partOf", "Regio Deal Peelland", None)}),  # round 33a: the steering group named after its deal is part of it
    ("Programmaplan Regio Deal Peelland\n\nGovernance\n\n| orgaan | samenstelling | voorzitter |\n|---|---|---|\n"
     "| Stuurgroep Peelland | Helmond, Deurne en de provincie Noord-Brabant | Femke Voskuil (Helmond) |\n",
     {("Helmond", "participatesIn", "Stuurgroep Peelland", None), ("Deurne", "participatesIn", "Stuurgroep Peelland", None),
      ("Noord-Brabant", "participatesIn", "Stuurgroep Peelland", None),
      ("Femke Voskuil", "hasRole", "Stuurgroep Peelland", "voorzitter"),
      ("Femke Voskuil", "affiliatedWith", "Helmond", None), ("Stuurgroep Peelland", "partOf", "Regio Deal Peelland", None)}),
    ("Programmaplan Regio Deal Peelland\n\nSporen\n\n| spoor | inhoud | trekker |\n|---|---|---|\n"
     "| 1. Slimme maakindustrie | fieldlabs | gemeente Helmond |\n| 2. Wonen en werken | herstructurering | gemeente Deurne |\n",
     {("Slimme maakindustrie", "partOf", "Regio Deal Peelland", None), ("Slimme maakindustrie", "ledBy", "Helmond", None),
      ("Wonen en werken", "partOf", "Regio Deal Peelland", None), ("Wonen en werken", "ledBy", "Deurne", None)}),
    ("City Deal Slimme Buurten\n\nDeelnemende gemeenten\n\n| Gemeente | Wethouder | Bijdrage |\n|---|---|---|\n"
     "| Breda | Femke Voskuil | 10.000 euro |\n| Tilburg | Maaike Lindhout | 5.000 euro |\n",
     {("Breda", "participatesIn", CD, None), ("Tilburg", "participatesIn", CD, None),
      ("Femke Voskuil", "hasRole", "Breda", "wethouder"), ("Maaike Lindhout", "hasRole", "Tilburg", "wethouder")}),
    ("Jaarverslag Pijler Sociale Stad\n\nThemagroepen\n\n| Themagroep | Voorzitter | Secretaris |\n|---|---|---|\n"
     "| Themagroep Jeugd | Femke Voskuil (Breda) | Ruben Hazendonk |\n",
     {("Themagroep Jeugd", "partOf", "Pijler Sociale Stad", None), ("Femke Voskuil", "hasRole", "Themagroep Jeugd", "voorzitter"),
      ("Femke Voskuil", "affiliatedWith", "Breda", None), ("Ruben Hazendonk", "hasRole", "Themagroep Jeugd", "secretaris")}),
    # a section about a body it does not name: roles in the row's own organisation only
    ("City Deal Slimme Buurten\n\nSamenstelling stuurgroep\n\n| Naam | Functie | Organisatie |\n|---|---|---|\n"
     "| Femke Voskuil | wethouder Economie | Gemeente Breda |\n| Ruben Hazendonk | directeur | VNG |\n"
     "| Maaike Lindhout | voorzitter | Gemeente Ede |\n",
     {("Femke Voskuil", "hasRole", "Breda", "wethouder"), ("Ruben Hazendonk", "hasRole", "VNG", "directeur"),
      ("Maaike Lindhout", "affiliatedWith", "Ede", None)}),
    # negative: a table that is not about membership, and action points
    ("Factsheet City Deal Slimme Buurten\n\nBudget\n\n| Gemeente | Bijdrage |\n|---|---|\n"
     "| Breda | 100.000 euro |\n| Tilburg | 50.000 euro |\n", set()),
    ("Verslag Themagroep Stadslogistiek\n\nActiepunten\n\n| nr | actie | wie |\n|---|---|---|\n"
     "| 1 | Notitie opstellen | Femke Voskuil |\n| 2 | Planning maken | Ruben Hazendonk |\n", set()),
]

LISTS = [
    ("City Deal Slimme Buurten\n\nPartners\n\n- gemeente Breda\n- VNG (kennispartner)\n- Stichting Wijkkracht\n",
     {("Breda", "participatesIn", CD, None), ("VNG", "participatesIn", CD, None),
      ("Stichting Wijkkracht", "participatesIn", CD, None)}),
    ("Nieuws\n\nDe Themagroep Stadslogistiek bestaat uit:\n- Femke Voskuil (voorzitter, gemeente Breda)\n"
     "- Ruben Hazendonk (Tilburg)\n",
     {("Femke Voskuil", "hasRole", TG, "voorzitter"), ("Ruben Hazendonk", "participatesIn", TG, None),
      ("Ruben Hazendonk", "affiliatedWith", "Tilburg", None),
      ("Femke Voskuil", "affiliatedWith", "Breda", None)}),  # "(voorzitter, gemeente Breda)": her town (46k)
    # negative: a list of agenda items
    ("Verslag Themagroep Stadslogistiek\n\nAgenda\n\n- Opening door Breda\n- VNG (mededelingen)\n- Rondvraag\n", set()),
]

FIRST_PERSON = [
    ("Raadsinformatiebrief\n\nWij als gemeente Breda vinden samenwerking belangrijk. "
     "Daarom doen we mee aan de City Deal Slimme Buurten.\n",
     {("Breda", "participatesIn", CD, None)}),
    ("Toespraak van burgemeester Femke Voskuil bij de Stedendag\n\n"
     "Sinds mei ben ik voorzitter van de Pijler Sociale Stad. Ik dank u allen.\n\nFemke Voskuil\nburgemeester van Helmond\n",
     {("Femke Voskuil", "hasRole", "Pijler Sociale Stad", "voorzitter"),
      ("Femke Voskuil", "hasRole", "Helmond", "burgemeester")}),
    # a letter signed by the college of a municipality: its "wij", its wethouder, its signatories
    ("Raadsinformatiebrief Slimme Buurten\n\nGeachte leden van de raad,\n\nWij nemen deel aan de City Deal Slimme Buurten. "
     "Wethouder Lindhout tekent de verklaring in Tilburg.\n\nHoogachtend,\nburgemeester en wethouders van Breda,\n\n"
     "de secretaris, Ruben Hazendonk\nde burgemeester, Femke Voskuil\n",
     {("Breda", "participatesIn", CD, None), ("Lindhout", "hasRole", "Breda", "wethouder"),
      ("Ruben Hazendonk", "hasRole", "Breda", "gemeentesecretaris"), ("Femke Voskuil", "hasRole", "Breda", "burgemeester")}),
    ("Toespraak van burgemeester Femke Voskuil\n\nWij als gemeente Breda doen mee aan de City Deal Slimme Buurten. "
     "Als burgemeester van deze stad ben ik daar trots op. Onze wethouder Ruben Hazendonk trekt de Themagroep Stadslogistiek."
     "\n\nFemke Voskuil\n",
     {("Breda", "participatesIn", CD, None), ("Femke Voskuil", "hasRole", "Breda", "burgemeester"),
      ("Ruben Hazendonk", "hasRole", "Breda", "wethouder"), ("Ruben Hazendonk", "hasRole", TG, "trekker")}),
    # negative: "onze wethouder" in a text that does not say whom "wij" stands for
    ("Nieuws\n\nOnze wethouder Ruben Hazendonk trekt de Themagroep Stadslogistiek.\n",
     {("Ruben Hazendonk", "hasRole", TG, "trekker")}),
    # negative: the "ik" of a quote in a news item signed by its author is not the author (round 30a: it is
    # the one the quote names)
    ("Nieuws over de Pijler Sociale Stad\n\n\"Sinds mei ben ik voorzitter van de Pijler Sociale Stad\", zegt Ruben "
     "Hazendonk.\n\nFemke Voskuil\n", {("Ruben Hazendonk", "hasRole", "Pijler Sociale Stad", "voorzitter")}),
    # negative: "als voorzitter" of another person, in a speech
    ("Toespraak van burgemeester Femke Voskuil\n\nIk ben blij dat Ruben Hazendonk als voorzitter van de Pijler Sociale Stad "
     "hier is.\n\nFemke Voskuil\n",
     {("Ruben Hazendonk", "hasRole", "Pijler Sociale Stad", "voorzitter")}),
]


CONTACTS = [
    ("Factsheet City Deal Slimme Buurten\n\nMeer informatie\n\nFemke Voskuil, programmamanager – f.voskuil@breda.nl\n",
     {("Femke Voskuil", "contactFor", CD, None),
      # round 17: an address of initials and surname spells the name, so its domain is her employer
      ("Femke Voskuil", "affiliatedWith", "Breda", None),
      # round 27c: a programme role word on the programme's page is a role in that programme
      ("Femke Voskuil", "hasRole", CD, "programmamanager")}),
]


STATED_LEADS = [
    ("Over de City Deal Slimme Buurten\n\nDe City Deal Slimme Buurten startte in 2020. De gemeente Breda is penvoerder.\n",
     {(CD, "ledBy", "Breda", None)}),
    ("De City Deal Slimme Buurten startte in 2020. Tilburg is trekker van de City Deal Slimme Buurten.",
     {(CD, "ledBy", "Tilburg", None), ("Tilburg", "participatesIn", CD, None)}),
    # negative: a denied lead, and the lead of something not named
    ("De City Deal Slimme Buurten startte in 2020. Breda is niet langer penvoerder.", set()),
    ("De City Deal Slimme Buurten startte in 2020. Breda is penvoerder van het lab.", set()),
]


@pytest.mark.parametrize("text, expected", STATED_LEADS)
def test_a_lead_field_stated_as_a_sentence_names_who_leads(text, expected):
    assert_facts(text, expected, DATE)


@pytest.mark.parametrize("text, expected", CONTACTS)
def test_a_line_opening_with_a_person_in_a_contact_section_names_the_contact(text, expected):
    assert_facts(text, expected, DATE)


@pytest.mark.parametrize("text, expected", CARDS)
def test_a_label_value_field_states_a_fact_of_what_the_card_is_about(text, expected):
    assert_facts(text, expected, DATE)


@pytest.mark.parametrize("text, expected", TABLES)
def test_a_table_row_states_facts_of_the_section_or_of_the_unit_it_names(text, expected):
    assert_facts(text, expected, DATE)


@pytest.mark.parametrize("text, expected", LISTS)
def test_the_items_of_a_list_announced_as_members_are_members(text, expected):
    assert_facts(text, expected, DATE)


@pytest.mark.parametrize("text, expected", FIRST_PERSON)
def test_wij_and_ik_are_the_municipality_and_the_speaker_of_the_document(text, expected):
    assert_facts(text, expected, DATE)


def test_a_field_label_before_a_name_confirms_a_person():
    text = "Projectkaart Themagroep Stadslogistiek\n\nVoorzitter: Sevgi Yurtsever\n"
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    assert [m.text for m in extraction.mentions if m.type == "Person"] == ["Sevgi Yurtsever"]


def test_the_evidence_of_a_table_fact_is_its_row():
    text = ("Factsheet City Deal Slimme Buurten\n\nPartners\n\n| categorie | partners |\n|---|---|\n"
            "| Gemeenten | Breda, Tilburg |\n")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    found = [r for r in extraction.relations if r.rule.startswith("tables.")]
    assert found and all(text[r.evidence_start:r.evidence_end] == "| Gemeenten | Breda, Tilburg |" for r in found)
