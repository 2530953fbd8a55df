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
