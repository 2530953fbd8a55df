"""Round 35d: the tenth walkthrough: a reported clause's actor, nicknames, coordinated partners, …"""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


# --- W1: "X licht toe / meldt / zegt dat <actor> de samenwerking met Y …": the actor, not the speaker ----

@pytest.mark.parametrize("text", [
    "Anna Kok licht toe dat het ministerie van EZK de samenwerking met de Themagroep Wonen wil voortzetten.",
    "Anna Kok meldt dat het ministerie van EZK samen met de Themagroep Wonen een plan schrijft.",
    "Wethouder Anna Kok zegt dat Breda nauw samenwerkt met de Themagroep Wonen.",
])
def test_the_actor_of_a_reported_clause_collaborates(text):
    found = facts(text)
    partners = {(s, o) for s, p, o, _ in found if p == "collaboratesWith"}
    assert partners and not any(s == "Anna Kok" or o == "Anna Kok" for s, o in partners), found
    assert any("Themagroep Wonen" in pair for pair in partners), found


def test_a_speaker_of_a_clause_without_an_actor_keeps_the_cue():
    found = facts("De gemeente Breda laat weten dat zij samenwerkt met de VNG.")
    assert ("Breda", "collaboratesWith", "VNG", None) in found, found


# --- W3: a nickname in quotes between given name and surname belongs to the name ------------------

@pytest.mark.parametrize("text", [
    'Wethouder Piet "de Sloper" Bakker van Ede is voorzitter van de Themagroep Wonen.',
    "Wethouder Piet ('de Sloper') Bakker van Ede is voorzitter van de Themagroep Wonen.",
    "Wethouder Piet (“Pietje”) Bakker van Ede is voorzitter van de Themagroep Wonen.",
    "Wethouder Piet ‘Pietje’ Bakker van Ede is voorzitter van de Themagroep Wonen.",
])
def test_a_nickname_in_quotes_belongs_to_the_name(text):
    assert facts(text) == {("Piet Bakker", "hasRole", "Ede", "wethouder"),
                           ("Piet Bakker", "hasRole", "Themagroep Wonen", "voorzitter")}, facts(text)


def test_a_quoted_phrase_without_a_capital_is_no_nickname():
    from tests.extract_facts import mentions
    assert "Piet Bakker" not in mentions('Wethouder Piet "de sloper" Bakker van Ede opende het plein.', "Person")


# --- W4: a network's event names no parent; a stated parent beats the default one of a title ------

def test_an_event_named_after_the_network_is_organised_not_a_parent():
    found = facts("Op 4 maart organiseerde de Pijler Sociaal de G40-armoededag in Deventer.")
    assert ("Pijler Sociaal", "organised", "G40-armoededag", None) in found, found
    assert not any(p == "partOf" for _, p, _, _ in found), found


@pytest.mark.parametrize("text", [
    "De Pijler Sociaal sprak met de G40 over armoede.",
    "De Pijler Sociaal van het G40-stedennetwerk sprak over armoede.",
])
def test_the_network_named_on_its_own_is_a_parent(text):
    found = facts(text)
    assert any(s == "Pijler Sociaal" and p == "partOf" and o.startswith("G40") for s, p, o, _ in found), found


def test_a_lowercase_compound_without_a_name_is_no_event():
    from tests.extract_facts import mentions
    assert mentions("De woon-werkdag van Breda en de binnenstadsdag trokken veel bezoekers.", "Event") == []


def test_a_stated_parent_gives_the_evidence_not_the_title():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer
    text = ("Brief aan de G40 over de Pijler Sociaal\n\n"
            "Het ministerie werkt samen met de Pijler Sociaal van het G40-stedennetwerk aan schulden.")
    ex = extract("t", text, gazetteer=load_gazetteer(), date="2026-01-01")
    parts = [text[r.evidence_start:r.evidence_end] for r in ex.relations if r.predicate == "partOf"]
    assert parts and all(p.startswith("Het ministerie") for p in parts), parts


# --- W5: "met X en met het ministerie van Y": both partners ---------------------------------------

@pytest.mark.parametrize("text", [
    "De G40 is in gesprek met de VNG en met het ministerie van BZK.",
    "De G40 werkt samen met de VNG en met het ministerie van BZK aan een register.",
])
def test_a_repeated_met_before_a_ministry_lists_both_partners(text):
    found = facts(text)
    assert {("G40", "collaboratesWith", "VNG", None), ("G40", "collaboratesWith", "BZK", None)} <= found, found


# --- "A en B gaan samenwerken": the plan the text states ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Breda en het ministerie van OCW gaan samenwerken om de armoede terug te dringen.",
     {("Breda", "collaboratesWith", "OCW", None)}),
    ("Breda en Ede gaan vanaf 2026 samen optrekken.", {("Breda", "collaboratesWith", "Ede", None)}),
    ("Breda en Ede gaan niet samenwerken.", set()),
    ("Gaan Breda en Ede samenwerken?", set()),
    ("Breda en Ede willen misschien samenwerken.", set()),
])
def test_two_actors_that_go_to_work_together(text, expected):
    assert {f for f in facts(text) if f[1] == "collaboratesWith"} == expected, facts(text)


# --- "A en B hebben hun deelname aan X bevestigd" ------------------------------------------------

@pytest.mark.parametrize("text, takers", [
    ("Ook Breda en Ede bevestigden hun deelname aan de City Deal Zon.", {"Breda", "Ede"}),
    ("Breda en Ede bevestigen hun deelname aan de City Deal Zon.", {"Breda", "Ede"}),
    ("Inmiddels hebben Breda en Ede hun deelname aan de City Deal Zon met een jaar verlengd.", {"Breda", "Ede"}),
    ("Breda en Ede heroverwegen hun deelname aan de City Deal Zon.", set()),
    ("Breda en Ede hebben hun deelname aan de City Deal Zon niet bevestigd.", set()),
    ("Met Breda en Ede is hun deelname aan de City Deal Zon besproken.", set()),
])
def test_a_confirmed_participation_of_the_subject(text, takers):
    found = facts(text)
    assert {s for s, p, o, _ in found if p == "participatesIn" and o == "City Deal Zon"} == takers, found


# --- "X is het aanspreekpunt voor de G40"; "X is bestuurlijk trekker namens de G40" ----------------

@pytest.mark.parametrize("text, expected", [
    ("Anna Kok, directeur Wonen van BZK, is het aanspreekpunt voor de G40.",
     {("Anna Kok", "hasRole", "BZK", "directeur"), ("Anna Kok", "contactFor", "G40", None)}),
    ("Anna Kok is de contactpersoon voor de VNG.", {("Anna Kok", "contactFor", "VNG", None)}),
    ("Anna Kok is het aanspreekpunt voor Breda.", set()),
    ("Anna Kok is niet langer het aanspreekpunt voor de G40.", set()),
])
def test_a_contact_point_for_an_organisation(text, expected):
    assert facts(text) == expected, facts(text)


@pytest.mark.parametrize("text, expected", [
    ("Wethouder Anna Kok van Breda is bestuurlijk trekker namens de G40.",
     {("Anna Kok", "hasRole", "Breda", "wethouder"), ("Anna Kok", "hasRole", "G40", "bestuurlijk trekker")}),
    ("Anna Kok is trekker namens de VNG.", {("Anna Kok", "hasRole", "VNG", "trekker")}),
    ("Anna Kok is wethouder namens de G40.", set()),
    ("Anna Kok is geen trekker namens de G40.", set()),
])
def test_a_role_held_on_behalf_of_a_network(text, expected):
    assert facts(text) == expected, facts(text)


# --- one ministry named twice (its name and its abbreviation) is one antecedent; lists after brackets ----

def test_a_ministry_named_with_its_abbreviation_is_one_antecedent():
    text = ("Dat meldt het ministerie van Volkshuisvesting en Ruimtelijke Ordening (VRO). Het geld komt uit de "
            "regeling Wijkkracht, die het ministerie samen met de VNG heeft opgesteld.")
    assert ("VRO", "collaboratesWith", "VNG", None) in facts(text, "2025-03-01"), facts(text, "2025-03-01")


def test_two_ministries_before_a_kind_subject_stay_unguessed():
    text = ("Dat melden de ministeries van BZK en EZK. Het geld komt uit de regeling Wijkkracht, "
            "die het ministerie samen met de VNG heeft opgesteld.")
    assert not any(p == "collaboratesWith" and "VNG" in (s, o) for s, p, o, _ in facts(text)), facts(text)


def test_a_list_of_ministries_goes_on_after_an_abbreviation_in_brackets():
    text = ("De G40 werkt samen met het ministerie van Economische Zaken en Klimaat (EZK) en het ministerie van "
            "Sociale Zaken en Werkgelegenheid (SZW) aan de agenda.")
    found = facts(text)
    assert {("G40", "collaboratesWith", "EZK", None), ("G40", "collaboratesWith", "SZW", None)} <= found, found


# --- "nemen … mee" is taking along ("meenemen"), no taking part ("meedoen") ------------------------

@pytest.mark.parametrize("text", [
    "De G40 en Divosa nemen de wensen mee in hun gesprekken met het ministerie van SZW.",
    "De VNG neemt dit mee in het overleg met het ministerie van SZW.",
])
def test_taking_along_into_talks_is_no_co_participation(text):
    found = facts(text)
    assert any(p == "collaboratesWith" and "SZW" in (s, o) for s, p, o, _ in found), found


def test_taking_part_along_with_another_stays_co_participation():
    assert not any(p == "collaboratesWith" for _, p, _, _ in facts("Nu doen Ede en Epe mee, samen met de VNG."))


# --- "nam deel aan het overleg met X": who meets X, not a co-participant ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Breda nam deel aan het bestuurlijk overleg met het ministerie van VWS.", {("Breda", "collaboratesWith", "VWS", None)}),
    ("Breda nam samen met de VNG deel aan de City Deal Zon.",
     {("Breda", "participatesIn", "City Deal Zon", None), ("VNG", "participatesIn", "City Deal Zon", None)}),
])
def test_taking_part_in_a_meeting_with_a_party(text, expected):
    assert facts(text) == expected, facts(text)


# --- "samen met X, dat …, en met Y": Y is the subject's partner, not X's ------------------------------

def test_a_partner_after_a_relative_clause_about_the_one_before():
    text = "Breda werkt sinds 2022 samen met Platform31, dat een kennisbank over wonen bijhoudt, en met Aedes."
    assert facts(text) == {("Breda", "collaboratesWith", "Platform31", None),
                           ("Breda", "collaboratesWith", "Aedes", None)}, facts(text)

