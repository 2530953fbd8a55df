"""Round 50a: walkthrough 24's leftovers (a programmasecretaris of a G40 pijler) and heldout33/34's — contact
persons told in the past, the trekker of an activity, a town in a werkgroep. Invented people and sentences."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import dated_relations, facts

# --- contact persons in the past tense (walkthrough 24, finding 12) ------------------------------------------

PAST_CONTACTS = [
    ("Contactpersoon bij EZ was Karel Dijk.", ("Karel Dijk", "EZ", None, None)),
    ("Karel Dijk was namens het ministerie van KGG contactpersoon voor de City Deal Zon.",
     ("Karel Dijk", "City Deal Zon", None, None)),
    ("Karel Dijk was tot 1 september 2025 contactpersoon voor de City Deal Zon.",
     ("Karel Dijk", "City Deal Zon", None, "2025-08-31")),
    ("Karel Dijk bleef contactpersoon voor de City Deal Zon.", ("Karel Dijk", "City Deal Zon", None, None)),
]


@pytest.mark.parametrize("sentence,expected", PAST_CONTACTS, ids=["bij-body-was", "was-namens", "was-tot", "bleef"])
def test_a_contact_person_told_in_the_past_is_a_contact(sentence, expected):
    text = f"Jaarverslag 2025\n\n28 januari 2026\n\n{sentence}\n"
    found = {(s, o, v_from, v_until) for s, o, _, _, v_from, v_until in dated_relations(text, "2026-01-28", "contactFor")}
    assert found == {expected}


def test_a_contact_told_with_was_is_told_in_the_past_and_ended_when_dated():
    text = "Jaarverslag 2025\n\n28 januari 2026\n\nKarel Dijk was tot 1 september 2025 contactpersoon voor de City Deal Zon.\n"
    [contact] = [r for r in extract("t", text, gazetteer=load_gazetteer(), date="2026-01-28").relations
                 if r.predicate == "contactFor"]
    assert (contact.past, contact.valid_until) == (True, "2025-08-31")


def test_a_contact_of_a_ministry_for_a_programme_works_there():
    text = "Verslag\n\nKarel Dijk is contactpersoon van het ministerie van EZK voor de City Deal Zon.\n"
    assert facts(text) >= {("Karel Dijk", "contactFor", "City Deal Zon", None),
                           ("Karel Dijk", "affiliatedWith", "EZK", None)}
    assert not {f for f in facts(text) if f[1] == "contactFor" and f[2] == "EZK"}


# --- the trekker of an activity (walkthrough 24, finding 9) ---------------------------------------------------

def test_the_trekker_of_an_activity_is_no_trekker_of_the_body():
    text = ("Jaarverslag\n\nDe themagroep Wonen heeft in 2025 een verkenning naar leegstand afgerond; "
            "Eva Kok (Ede) was daarvan de trekker.\n")
    assert not [f for f in facts(text) if f[1] == "hasRole"]


def test_the_trekker_of_a_body_named_last_stays_one():
    text = "Jaarverslag\n\nIn 2024 startte de G40 de themagroep Wonen; Eva Kok (Ede) was daarvan de trekker.\n"
    assert ("Eva Kok", "hasRole", "Themagroep Wonen", "trekker") in facts(text)


def test_an_action_lists_owner_and_a_sentences_trekker_follow_one_rule():
    text = ("# Actielijst themagroep Wonen\n\n| actiepunt | trekker | deadline |\n|---|---|---|\n"
            "| Verkenning leegstand | Eva Kok | 1 december 2024 |\n\n"
            "De themagroep Wonen heeft een verkenning naar leegstand gedaan; Eva Kok was daarvan de trekker.\n")
    assert not [f for f in facts(text) if f[1] == "hasRole"]


# --- a town in a werkgroep (walkthrough 24, finding 10) -------------------------------------------------------

def test_a_town_in_a_werkgroep_takes_no_part_in_the_passages_programme():
    text = ("# Verslag themagroep Jeugd\n\nDe themagroep Jeugd werkt samen met het ministerie van VWS aan de "
            "City Deal Zon. Eva Kok (Ede) neemt deel aan de werkgroep monitoring. Zwolle neemt deel aan de City Deal Zon.\n")
    takers = {f[0] for f in facts(text) if f[1] == "participatesIn" and f[2] == "City Deal Zon"}
    assert "Ede" not in takers and "Zwolle" in takers
