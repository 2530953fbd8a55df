"""Round 21 of the rule-based extraction: starting from the language, not from documents.

Each relation is stated in Dutch in a handful of regular ways: the active and the passive, the verb
last in a subordinate or relative clause, the subject after the verb when an adverbial comes first,
several subjects coordinated, a copula with a noun ("is de opvolger van", "is contactpersoon voor").
The rows below are those constructions, one each, with the exact facts a careful reader finds;
negations, wishes and plans state no fact and give none.

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

import pytest

from extract_facts import assert_facts


DATE = "2025-06-01"  # the date of every text here
DEAL = "City Deal Kansrijke Wijk"


# 1. participatesIn: inverted, subordinate and relative clauses, the perfect, and other verbs of joining
PARTICIPATION = [
    ("Sinds 2021 neemt Ede deel aan de City Deal Kansrijke Wijk.", {("Ede", "participatesIn", DEAL, None)}),
    ("De wethouder is blij, omdat Zwolle aan de City Deal Kansrijke Wijk deelneemt.",
     {("Zwolle", "participatesIn", DEAL, None)}),
    ("De City Deal Kansrijke Wijk, waaraan Zwolle deelneemt, loopt tot 2025.", {("Zwolle", "participatesIn", DEAL, None)}),
    ("Ede heeft deelgenomen aan de City Deal Kansrijke Wijk.", {("Ede", "participatesIn", DEAL, None)}),
    ("Deventer heeft zich aangemeld voor de City Deal Kansrijke Wijk.", {("Deventer", "participatesIn", DEAL, None)}),
    ("Deelnemers aan de City Deal Kansrijke Wijk zijn Breda en Tilburg.",
     {("Breda", "participatesIn", DEAL, None), ("Tilburg", "participatesIn", DEAL, None)}),
    ("Breda en Tilburg maken deel uit van de Themagroep Wonen.",
     {("Breda", "participatesIn", "Themagroep Wonen", None), ("Tilburg", "participatesIn", "Themagroep Wonen", None)}),
    ("Breda en Tilburg zijn toegetreden tot de City Deal Kansrijke Wijk.",
     {("Breda", "participatesIn", DEAL, None), ("Tilburg", "participatesIn", DEAL, None)}),
    ("Ede is een van de deelnemers aan de City Deal Kansrijke Wijk.", {("Ede", "participatesIn", DEAL, None)}),
    ("Ede en Epe zijn deelnemers aan de City Deal Kansrijke Wijk.",
     {("Ede", "participatesIn", DEAL, None), ("Epe", "participatesIn", DEAL, None)}),
    # the person takes part, not the municipality named with "namens"
    ("Namens Tilburg neemt Anne Bakker deel aan de Themagroep Wonen.",
     {("Anne Bakker", "affiliatedWith", "Tilburg", None), ("Anne Bakker", "participatesIn", "Themagroep Wonen", None)}),
    # denied or only intended: no fact
    ("Tilburg neemt niet deel aan de City Deal Kansrijke Wijk.", set()),
    ("Sinds 2021 neemt Ede niet deel aan de City Deal Kansrijke Wijk.", set()),
    ("Tilburg overweegt deel te nemen aan de City Deal Kansrijke Wijk.", set()),
    ("Ede heeft zich niet aangemeld voor de City Deal Kansrijke Wijk.", set()),
    ("Breda wil deelnemen aan de City Deal Kansrijke Wijk.", set()),
]


@pytest.mark.parametrize("text, expected", PARTICIPATION)
def test_taking_part_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)


# 2. collaboratesWith: idioms of joining forces, a collaboration named by its partners, a subordinate clause
COLLABORATION = [
    ("Ede slaat de handen ineen met Platform31.", {("Ede", "collaboratesWith", "Platform31", None)}),
    ("Breda en Tilburg slaan de handen ineen.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Breda en Tilburg bundelen hun krachten.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Breda en Tilburg hebben de krachten gebundeld.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Ede bundelt de krachten met Platform31.", {("Ede", "collaboratesWith", "Platform31", None)}),
    ("Zwolle is een samenwerking aangegaan met Platform31.", {("Zwolle", "collaboratesWith", "Platform31", None)}),
    ("Er is een samenwerking tussen Zwolle en Deventer.", {("Zwolle", "collaboratesWith", "Deventer", None)}),
    ("De samenwerking tussen Breda en Platform31 is in 2022 gestart.",
     {("Breda", "collaboratesWith", "Platform31", None)}),
    ("De wethouder is blij, omdat Breda samenwerkt met Tilburg.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    # "het ministerie van SZW" opening the sentence is its subject ("van" is part of the name)
    ("Het ministerie van SZW werkt in de aanpak nauw samen met de VNG en Divosa.",
     {("SZW", "collaboratesWith", "VNG", None), ("SZW", "collaboratesWith", "Divosa", None)}),
    ("Breda sloot een convenant met Tilburg.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Breda heeft met Tilburg een convenant gesloten.", {("Breda", "collaboratesWith", "Tilburg", None)}),
    ("Breda heeft geen convenant gesloten met Tilburg.", set()),
    ("Er is geen samenwerking tussen Breda en Tilburg.", set()),
    ("Ede wil de handen ineen slaan met Platform31.", set()),
    ("Breda en Tilburg willen hun krachten bundelen.", set()),
    ("Zwolle zou graag willen samenwerken met Deventer.", set()),
]


@pytest.mark.parametrize("text, expected", COLLABORATION)
def test_working_together_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)


# 3. initiated: an active verb of launching with the programme as its object
INITIATIVE = [
    ("Tilburg lanceerde de City Deal Kansrijke Wijk.", {("Tilburg", "initiated", DEAL, None)}),
    ("BZK startte in 2019 de City Deal Kansrijke Wijk.", {("BZK", "initiated", DEAL, None)}),
    ("In 2019 startte de G40 het programma Sterke Kernen.", {("G40", "initiated", "Sterke Kernen", None)}),
    ("Tilburg en Breda lanceerden de City Deal Kansrijke Wijk.",
     {("Tilburg", "initiated", DEAL, None), ("Breda", "initiated", DEAL, None)}),
    ("Het programma Sterke Kernen startte in 2019.", set()),  # the programme is the subject: no initiator
    ("Breda wil de City Deal Kansrijke Wijk lanceren.", set()),
]


@pytest.mark.parametrize("text, expected", INITIATIVE)
def test_launching_a_programme(text, expected):
    assert_facts(text, expected, DATE)


# 4. ledBy: an organisation that pulls or leads a unit, the lead as a task that lies with someone
LEAD = [
    ("Tilburg trekt de Themagroep Wonen.", {("Themagroep Wonen", "ledBy", "Tilburg", None)}),
    ("Zwolle leidt de Themagroep Wonen.", {("Themagroep Wonen", "ledBy", "Zwolle", None)}),
    ("Het penvoerderschap van de City Deal Kansrijke Wijk ligt bij Zwolle.", {(DEAL, "ledBy", "Zwolle", None)}),
    ("De regie van de City Deal Kansrijke Wijk ligt sinds 2022 bij BZK.", {(DEAL, "ledBy", "BZK", None)}),
    ("Zwolle heeft het penvoerderschap van de City Deal Kansrijke Wijk.", {(DEAL, "ledBy", "Zwolle", None)}),
    ("Zwolle neemt het trekkerschap van de Themagroep Wonen op zich.",
     {("Themagroep Wonen", "ledBy", "Zwolle", None)}),
    ("Ede is een van de trekkers van de Themagroep Wonen.", {("Themagroep Wonen", "ledBy", "Ede", None)}),
    ("Zwolle wil het penvoerderschap van de City Deal Kansrijke Wijk.", set()),
    # a person who pulls the unit is its trekker; the town in brackets does not lead it
    ("Anne Bakker (Tilburg) trekt de Themagroep Wonen.",
     {("Anne Bakker", "hasRole", "Themagroep Wonen", "trekker"), ("Anne Bakker", "affiliatedWith", "Tilburg", None)}),
    ("De ambtelijke regie van de Themagroep Wonen ligt bij Delft.", set()),  # support, no lead
    ("Tilburg trekt niet langer de Themagroep Wonen.", set()),
    ("Het penvoerderschap van de City Deal Kansrijke Wijk ligt niet bij Zwolle.", set()),
]


@pytest.mark.parametrize("text, expected", LEAD)
def test_leading_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)


# 5. hasRole (voorzitter) and affiliatedWith: the verb "voorzitten", taking over the chair, "namens", "vertegenwoordigt"
ROLES = [
    ("Anne Bakker zit de Themagroep Wonen voor.", {("Anne Bakker", "hasRole", "Themagroep Wonen", "voorzitter")}),
    ("Sinds 2023 zit wethouder Anne Bakker de Themagroep Wonen voor.",
     {("Anne Bakker", "hasRole", "Themagroep Wonen", "voorzitter")}),
    ("Anne Bakker neemt het voorzitterschap van de Themagroep Wonen over.",
     {("Anne Bakker", "hasRole", "Themagroep Wonen", "voorzitter")}),
    ("Per 1 mei neemt Anne Bakker het voorzitterschap van de Pijler Sociaal over.",
     {("Anne Bakker", "hasRole", "Pijler Sociaal", "voorzitter")}),
    ("Anne Bakker neemt het vicevoorzitterschap van de Pijler Sociaal over.",
     {("Anne Bakker", "hasRole", "Pijler Sociaal", "vicevoorzitter")}),
    ("Het voorzitterschap van de Pijler Sociaal is in handen van Anne Bakker.",
     {("Anne Bakker", "hasRole", "Pijler Sociaal", "voorzitter")}),
    ("Anne Bakker, namens Tilburg, sprak over de aanpak.", {("Anne Bakker", "affiliatedWith", "Tilburg", None)}),
    ("Anne Bakker (namens BZK) opende de bijeenkomst.", {("Anne Bakker", "affiliatedWith", "BZK", None)}),
    ("Anne Bakker vertegenwoordigt Tilburg in de Themagroep Wonen.",
     {("Anne Bakker", "affiliatedWith", "Tilburg", None), ("Anne Bakker", "participatesIn", "Themagroep Wonen", None)}),
    # a fronted "Als <rol> van <body>": the subject right after the finite verb holds the role
    ("Als voorzitter van de Themagroep Wonen opende Anne Bakker de bijeenkomst.",
     {("Anne Bakker", "hasRole", "Themagroep Wonen", "voorzitter")}),
    ("Als nieuwe trekker van de Themagroep Wonen sprak wethouder Anne Bakker de zaal toe.",
     {("Anne Bakker", "hasRole", "Themagroep Wonen", "trekker")}),
    ("Als voorzitter van de Themagroep Wonen bedankte de G40 Anne Bakker.", set()),  # the G40 is the subject
    ("Anne Bakker zit de Themagroep Wonen niet voor.", set()),
    ("Anne Bakker zit in de Themagroep Wonen voor Breda.", {("Anne Bakker", "participatesIn", "Themagroep Wonen", None)}),  # a member, no chair
    ("Anne Bakker wil het voorzitterschap van de Themagroep Wonen overnemen.", set()),
    ("Leeuwarden heeft het voorzitterschap van de Themagroep Wonen niet overgenomen.", set()),
    ("Het voorzitterschap van de Themagroep Wonen ligt niet bij Anne Bakker.", set()),
]


@pytest.mark.parametrize("text, expected", ROLES)
def test_chairing_and_speaking_for_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)


# 6. succeeded: a copula with "opvolger", "de plaats innemen", the perfect, the verb last in a relative clause
SUCCESSION = [
    ("Anne Bakker is de opvolger van Kees de Vries.", {("Anne Bakker", "succeeded", "Kees de Vries", None)}),
    ("Anne Bakker is per 1 januari de opvolger van Kees de Vries.",
     {("Anne Bakker", "succeeded", "Kees de Vries", None)}),
    ("Anne Bakker neemt de plaats in van Kees de Vries.", {("Anne Bakker", "succeeded", "Kees de Vries", None)}),
    ("Anne Bakker heeft Kees de Vries opgevolgd als voorzitter.", {("Anne Bakker", "succeeded", "Kees de Vries", None)}),
    ("Anne Bakker, die Kees de Vries opvolgt, begint in maart.", {("Anne Bakker", "succeeded", "Kees de Vries", None)}),
    # the passive in a later clause with a pronoun: the role passes on with it
    ("Kees de Vries treedt af als voorzitter van de Pijler Sociaal; hij wordt opgevolgd door Anne Bakker.",
     {("Anne Bakker", "succeeded", "Kees de Vries", None),
      ("Kees de Vries", "hasRole", "Pijler Sociaal", "voorzitter"),
      ("Anne Bakker", "hasRole", "Pijler Sociaal", "voorzitter")}),
    ("Kees de Vries vertrekt; hij wordt niet opgevolgd door Anne Bakker.", set()),
    ("Anne Bakker zal Kees de Vries mogelijk opvolgen.", set()),
    ("Anne Bakker heeft Kees de Vries niet opgevolgd.", set()),
]


@pytest.mark.parametrize("text, expected", SUCCESSION)
def test_succession_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)


# 7. organised: coordinated organisers (also after the verb), hosting
ORGANISED = [
    ("Breda en Tilburg organiseerden op 3 maart een werkconferentie.",
     {("Breda", "organised", "werkconferentie", None), ("Tilburg", "organised", "werkconferentie", None)}),
    ("Op 5 juni organiseerden Breda en Tilburg een werkconferentie.",
     {("Breda", "organised", "werkconferentie", None), ("Tilburg", "organised", "werkconferentie", None)}),
    # a co-organiser between the subject and the participle at the end
    ("Breda heeft samen met Platform31 een werkconferentie georganiseerd.",
     {("Breda", "organised", "werkconferentie", None), ("Platform31", "organised", "werkconferentie", None),
      ("Breda", "collaboratesWith", "Platform31", None)}),
    ("Tilburg was gastheer van de werkconferentie over wonen.", {("Tilburg", "organised", "werkconferentie", None)}),
    ("Ede was gastgemeente van de werkconferentie.", {("Ede", "organised", "werkconferentie", None)}),
    ("Breda heeft geen werkconferentie georganiseerd.", set()),
    ("Tilburg was geen gastheer van de werkconferentie.", set()),
]


@pytest.mark.parametrize("text, expected", ORGANISED)
def test_organising_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)


# 8. contactFor and partOf: a copula with "contactpersoon", "hoort bij", "een van de themagroepen van", "bestaat uit"
CONTACTS_AND_PARTS = [
    ("Anne Bakker is contactpersoon voor de City Deal Kansrijke Wijk.", {("Anne Bakker", "contactFor", DEAL, None)}),
    ("Anne Bakker is sinds 2023 contactpersoon voor de Themagroep Wonen.",
     {("Anne Bakker", "contactFor", "Themagroep Wonen", None)}),
    ("De Themagroep Wonen en de Themagroep Armoede vallen onder de Pijler Sociaal.",
     {("Themagroep Wonen", "partOf", "Pijler Sociaal", None), ("Themagroep Armoede", "partOf", "Pijler Sociaal", None)}),
    ("De Themagroep Wonen hoort bij de Pijler Sociaal.", {("Themagroep Wonen", "partOf", "Pijler Sociaal", None)}),
    ("De Themagroep Wonen is een van de themagroepen van de Pijler Sociaal.",
     {("Themagroep Wonen", "partOf", "Pijler Sociaal", None)}),
    ("De Pijler Sociaal bestaat uit de Themagroep Wonen en de Themagroep Armoede.",
     {("Themagroep Wonen", "partOf", "Pijler Sociaal", None), ("Themagroep Armoede", "partOf", "Pijler Sociaal", None)}),
    # "vallen" ends the name "Pijler Sociaal" (a verb is no part of a name in sentence case)
    ("Onder de Pijler Sociaal vallen de Themagroep Wonen en de Themagroep Armoede.",
     {("Themagroep Wonen", "partOf", "Pijler Sociaal", None), ("Themagroep Armoede", "partOf", "Pijler Sociaal", None)}),
    ("De Themagroep Wonen hoort niet bij de Pijler Sociaal.", set()),
    ("De Pijler Sociaal bestaat niet uit de Themagroep Wonen.", set()),
    ("Anne Bakker is geen contactpersoon voor de Themagroep Wonen.", set()),
]


@pytest.mark.parametrize("text, expected", CONTACTS_AND_PARTS)
def test_contacts_and_parts_said_in_the_regular_ways(text, expected):
    assert_facts(text, expected, DATE)
