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
