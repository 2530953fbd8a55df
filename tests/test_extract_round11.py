"""Round 11 of the rule-based extraction: mistakes a policy officer found on real-looking documents.

Names of units, programmes and organisations are no persons ("Pijler Sociaal", "Themagroep
Gezondheid", "Gedeputeerde Staten", "Stichting X", "Werkagenda Y"); roles in attendance lists go to
the person of their own bracket; "die sinds 2022 aan het roer stond" makes the one succeeded a
former holder; "in 2023" dates a past state; former roles ("Voor haar wethouderschap … was X
directeur", "X was de afgelopen twee jaar vicevoorzitter") are past; requests and proposals ("om
samen met … te bezien", "Laat X … trekken, in samenwerking met Y") state no collaboration; a title
line or a meeting named as an object gives no link; "X en Y richten samen … op" and "Het ministerie
van X en Y zijn partner" do.

Each row is a small Dutch text and the facts a careful reader finds in it, as (subject label,
predicate, object label, role); negative rows state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts, mentions
from graph.extract import extract
from graph.gazetteer import load_gazetteer

DATE = "2024-06-01"  # the date of every text here

PS = "Pijler Sociaal"

NOT_PERSONS = [
    "Aanwezig: Jorien Dekkers (wethouder Venlo, voorzitter Pijler Sociaal).",
    "Een afschrift van deze brief zenden wij aan Gedeputeerde Staten van Noord-Brabant.",
    "Trekker: Stichting Buurtwerk, met de gemeente Breda.",
    "Vacature: programmamanager Werkagenda Vakmanschap.",
    "Bram Ketelaar (wethouder Ede, trekker Themagroep Gezondheid en Preventie) was er ook.",
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_names_of_units_programmes_and_organisations_are_no_persons(text):
    persons = mentions(text, "Person", DATE)
    assert not any(word in name for name in persons
                   for word in ("Pijler", "Staten", "Stichting", "Werkagenda", "Themagroep")), persons


ROWS = [
    # 1-3: attendance lists, each role of its own bracket
    ("Aanwezig: Jorien Dekkers (wethouder Venlo, voorzitter Pijler Sociaal), Bram Ketelaar (directeur G40-bureau, secretaris).",
     {("Jorien Dekkers", "hasRole", PS, "voorzitter"), ("Jorien Dekkers", "hasRole", "Venlo", "wethouder"),
      ("Bram Ketelaar", "hasRole", "G40", "directeur"), (PS, "partOf", "G40", None)}),
    ("Namens de G40: Jorien Dekkers (wethouder Venlo, voorzitter Pijler Sociaal Domein, voorzitter van dit overleg), "
     "Bram Ketelaar (wethouder Ede, trekker Themagroep Gezondheid en Preventie).",
     {("Jorien Dekkers", "hasRole", "Pijler Sociaal Domein", "voorzitter"), ("Jorien Dekkers", "hasRole", "Venlo", "wethouder"),
      ("Bram Ketelaar", "hasRole", "Ede", "wethouder"),
      ("Bram Ketelaar", "hasRole", "Themagroep Gezondheid en Preventie", "trekker"),
      ("Pijler Sociaal Domein", "partOf", "G40", None)}),
    ("Bram Ketelaar is de nieuwe voorzitter van de Pijler Sociaal. Hij volgt Jorien Dekkers op, die sinds 2021 aan het roer stond.",
     {("Bram Ketelaar", "hasRole", PS, "voorzitter"), ("Bram Ketelaar", "succeeded", "Jorien Dekkers", None),
      ("Jorien Dekkers", "hasRole", PS, "voorzitter")}),
    # 6: requests and proposals state no collaboration
    ("Wij vragen u:\n\n1. om samen met het ministerie van Economische Zaken te bezien hoe bedrijven worden geholpen;\n", set()),
    ("Ons verzoek\n1. Laat IenW dit programma trekken, in nauwe samenwerking met BZK.\n", set()),
    ("Om de wachtlijsten te verkorten werkt Breda samen met het ministerie van EZK.",
     {("Breda", "collaboratesWith", "EZK", None)}),
    ("Zorg en Welzijn\n\nBreda werkt samen met het ministerie van VWS.", {("Breda", "collaboratesWith", "VWS", None)}),
    # a meeting named as an object, a title line: who met is not said
    ("Besluit: het bestuur stelt de lobbyagenda vast. De prioriteiten worden ingebracht in het bestuurlijk overleg met "
     "BZK en EZK op 14 april.", set()),
    ("Nieuws\n- Gesprek met KGG over netcongestie\n\nDe Pijler Fysiek sprak met KGG.",
     {("Pijler Fysiek", "collaboratesWith", "KGG", None)}),
    ("Themagroep Wonen\n\n## Gesprek met KGG over netcongestie\nDe wethouders spraken over netcongestie.", set()),
    ("# Breda werkt samen met EZK\n\nDe stad zoekt ruimte.", {("Breda", "collaboratesWith", "EZK", None)}),
    ("Werkgroep Preventie\n\nBeide instellingen hebben in juni een intentieverklaring met de gemeente Breda getekend.", set()),
    ("Samen met de Haarlemse wethouder Bram Ketelaar vormt Jorien Dekkers nu het trekkersduo.",
     {("Bram Ketelaar", "hasRole", "Haarlem", "wethouder")}),
    ("Pijler Fysiek\n\nSinds 2023 werken onze gemeenten samen met netbeheerder Enexis.", set()),
    # the reader of a vacancy is no entity; "we" in a letter to "u" is the writer
    ("Vacature programmamanager Werkagenda Vakmanschap\n\nJe werkt nauw samen met pijlersecretaris Bram Ketelaar en met "
     "de Themagroep Leren en Werken.", set()),
    ("Pijler Fysiek\n\nHierbij melden wij u dat wij als gemeente Zwolle samen met Deventer de aanpak uitvoeren.",
     {("Zwolle", "collaboratesWith", "Deventer", None)}),
    # a fronted "Samen met": the subject follows the verb
    ("Samen met Aedes en Neprom bracht de Themagroep Wonen in kaart waar woningen nodig zijn.",
     {("Themagroep Wonen", "collaboratesWith", "Aedes", None), ("Themagroep Wonen", "collaboratesWith", "Neprom", None)}),
    # 7: acceding in a letter of a municipality; a person who accedes does not make the place take part
    ("Met deze brief informeren wij als gemeente Zwolle u over ons besluit om toe te treden tot de City Deal Slimme Buurten.",
     {("Zwolle", "participatesIn", "City Deal Slimme Buurten", None)}),
    ("Jorien Dekkers, wethouder in Ede, is toegetreden tot de werkgroep Schuldhulp.",
     {("Jorien Dekkers", "hasRole", "Ede", "wethouder"), ("Jorien Dekkers", "participatesIn", "Werkgroep Schuldhulp", None)}),
    # 10: joint founding, partners with a ministry's head noun
    ("Besluiten:\n- VWS en de G40 richten samen de werkgroep Preventie in de Wijk op.\n",
     {("VWS", "collaboratesWith", "G40", None)}),
    ("Wat is de City Deal Slimme Buurten?\nHet ministerie van BZK en Platform31 zijn partner.",
     {("BZK", "participatesIn", "City Deal Slimme Buurten", None),
      ("Platform31", "participatesIn", "City Deal Slimme Buurten", None)}),
    # a given name before a kind word is still a person
    ("Jan Stichting is voorzitter van de Pijler Fysiek.", {("Jan Stichting", "hasRole", "Pijler Fysiek", "voorzitter")}),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_round11_facts(text, expected):
    assert_facts(text, expected, DATE)


def _relations(text: str):
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=DATE)
    return {(r.subject.label, r.predicate, r.object.label, r.role): r for r in extraction.relations}


# (text, fact, past, valid_from, valid_until)
DATED = [
    ("Bram Ketelaar is de nieuwe voorzitter van de Pijler Sociaal. Hij volgt Jorien Dekkers op, die sinds 2021 aan het roer stond.",
     ("Jorien Dekkers", "hasRole", PS, "voorzitter"), True, "2021-01-01", None),
    ("In 2023 stond de pijler Fysiek onder voorzitterschap van Jorien Dekkers.",
     ("Jorien Dekkers", "hasRole", "Pijler Fysiek", "voorzitter"), False, "2023-01-01", "2023-12-31"),
    ("De Pijler Sociaal werkte in 2023 samen met het ministerie van SZW.",
     ("Pijler Sociaal", "collaboratesWith", "SZW", None), False, "2023-01-01", "2023-12-31"),
    ("Voor haar wethouderschap in Deventer was Jorien Dekkers directeur van de Stichting Buurtwerk.",
     ("Jorien Dekkers", "hasRole", "Stichting Buurtwerk", "directeur"), True, None, None),
    ("Jorien Dekkers werd gekozen. Dekkers was de afgelopen twee jaar vicevoorzitter van de Pijler Sociaal.",
     ("Dekkers", "hasRole", PS, "vicevoorzitter"), True, None, None),
    ("Daarvoor was Bram Ketelaar trekker van de Themagroep Jeugd.",
     ("Bram Ketelaar", "hasRole", "Themagroep Jeugd", "trekker"), True, None, None),
    ("Jorien Dekkers kwam. Dekkers was wethouder in Deventer en is in maart geïnstalleerd als burgemeester van Ede.",
     ("Dekkers", "hasRole", "Deventer", "wethouder"), True, None, None),
    ("Jorien Dekkers kwam. Dekkers was wethouder in Deventer en is in maart geïnstalleerd als burgemeester van Ede.",
     ("Dekkers", "hasRole", "Ede", "burgemeester"), False, None, None),
    # a change in a year starts a role (its first day, as "sinds 2023"); it does not end with the year
    ("Bram Ketelaar werd in 2023 voorzitter van de Pijler Fysiek.",
     ("Bram Ketelaar", "hasRole", "Pijler Fysiek", "voorzitter"), False, "2023-01-01", None),
    ("Bram Ketelaar is voorzitter van de Pijler Fysiek.",
     ("Bram Ketelaar", "hasRole", "Pijler Fysiek", "voorzitter"), False, None, None),
]


@pytest.mark.parametrize("text, fact, past, valid_from, valid_until", DATED)
def test_round11_periods_and_former_roles(text, fact, past, valid_from, valid_until):
    relations = _relations(text)
    assert fact in relations, sorted(relations)
    relation = relations[fact]
    assert (relation.past, relation.valid_from, relation.valid_until) == (past, valid_from, valid_until)
