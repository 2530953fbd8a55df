"""Round 39d (walkthrough 13, item 5): facts the thirteenth walkthrough missed — a contact for a city,
joining without "zich", a chair named by initials — and the director-general of a ministry named by
its short name, which is found already (kept here so that it stays found). Fictional people."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts


# --- a contact for a city -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Contactpersoon voor Venlo: Petra Smit.",
    "Contactpersoon voor de gemeente Venlo is Petra Smit.",
    "Vragen? Neem contact op met Petra Smit, gemeente Venlo.",
    "Vragen? Kunt u contact opnemen met Petra Smit (gemeente Venlo).",
])
def test_a_contact_line_for_a_city(text):
    assert ("Petra Smit", "contactFor", "Venlo", None) in facts(text), facts(text)


@pytest.mark.parametrize("text, expected", [
    # a role that names what the contact is for wins over the city
    ("Voor vragen kunt u contact opnemen met Esra Kaya, projectleider Regio Deal Twente van de gemeente Enschede.",
     ("Esra Kaya", "contactFor", "Regio Deal Twente", None)),
])
def test_a_contact_for_what_the_role_names_not_for_the_city(text, expected):
    found = facts(text)
    assert expected in found and not any(f[1] == "contactFor" and f[2] == "Enschede" for f in found), found


def test_a_city_named_without_a_contact_cue_is_no_contact():
    found = facts("Petra Smit, gemeente Venlo, sprak over wonen.")
    assert not any(f[1] == "contactFor" for f in found), found


# --- joining without "zich" -----------------------------------------------------------------------

@pytest.mark.parametrize("text, joiners", [
    ("Oss sluit aan bij de City Deal Circulaire Stad.", {"Oss"}),
    ("Ook Oss sluit zich aan bij de City Deal Circulaire Stad.", {"Oss"}),
    ("Oss en Ede sluiten aan bij de City Deal Circulaire Stad.", {"Oss", "Ede"}),
])
def test_a_town_that_joins_a_city_deal(text, joiners):
    assert {f[0] for f in facts(text) if f[1] == "participatesIn"} == joiners, facts(text)


@pytest.mark.parametrize("text", [
    "Het plan van Oss sluit aan bij de City Deal Circulaire Stad.",  # the plan fits, Oss joins nothing
    "Dit sluit aan bij de City Deal Circulaire Stad.",
    "Oss sluit niet aan bij de City Deal Circulaire Stad.",
])
def test_what_fits_a_deal_or_does_not_join_is_no_joining(text):
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


# --- a chair named by initials --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "M. Bosman zit de Themagroep Wonen voor.",
    "De Themagroep Wonen vergaderde onder voorzitterschap van M. Bosman.",
    "Onder voorzitterschap van M. Bosman besprak de Themagroep Wonen de plannen.",
    "De Themagroep Wonen wordt voorgezeten door M. Bosman.",
])
def test_a_chair_named_by_initials(text):
    assert_facts(text, {("M. Bosman", "hasRole", "Themagroep Wonen", "voorzitter")})


# --- a director-general at a ministry named by its short name --------------------------------------

@pytest.mark.parametrize("text", [
    "Karin Post, directeur-generaal Wonen bij VRO, opende de bijeenkomst.",
    "Karin Post (directeur-generaal Wonen, VRO) opende de bijeenkomst.",
])
def test_a_director_general_at_a_ministry_by_its_short_name(text):
    assert_facts(text, {("Karin Post", "hasRole", "VRO", "directeur-generaal")}, date="2024-06-01")
