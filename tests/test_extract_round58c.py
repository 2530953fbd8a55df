"""Round 58c: facts told across sentences — a pronoun standing for the one person of the sentence before (invented
text, invented people).

Each rule has a text it reads and a near miss where the nearest candidate is the wrong one and must not be taken:
"Zij vertegenwoordigt Ede in de pijler Y" and "Sinds 2023 vertegenwoordigt hij …" (the person takes part in Y, as
when named; also in a body named by its kind, "in de stuurgroep van de City Deal Z"); "Zij blijft / Hij bleef tot
2024 trekker van Y" (the copula "blijven" after a pronoun, as after a name); and the pijler of a themagroep told
through the person who sits in the one and leads the other ("X vertegenwoordigt Ede in de pijler Y. Zij is ook
trekker van de themagroep Z").
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations, facts


@lru_cache(maxsize=None)
def found_in(text: str) -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, "2026-03-01"))


# --- "Zij vertegenwoordigt Ede in de pijler Y": the person of the sentence before takes part in Y ---------------

def test_a_pronoun_that_represents_a_town_in_a_pijler_takes_part_in_it():
    text = "Wethouder Eva Kok van Zwolle opende de dag. Zij vertegenwoordigt Zwolle in de pijler Sociaal."
    assert ("Eva Kok", "participatesIn", "Pijler Sociaal", None) in found_in(text), found_in(text)


def test_a_pronoun_after_a_fronted_time_represents_the_network_in_a_deals_steering_group():
    text = ("Wethouder Eva Kok van Zwolle opende de dag. "
            "Sinds 2023 vertegenwoordigt zij de G40 in de stuurgroep van de City Deal Slimme Wegen.")
    found = found_in(text)
    assert ("Eva Kok", "affiliatedWith", "G40", None) in found, found
    assert any(f[0] == "Eva Kok" and f[1] == "participatesIn" and "tuurgroep" in f[2] for f in found), found


def test_a_named_representative_in_a_body_named_by_its_kind_takes_part_in_it():
    text = "Marieke Smit vertegenwoordigt Zwolle in de stuurgroep van de City Deal Slimme Wegen."
    found = found_in(text)
    assert any(f[0] == "Marieke Smit" and f[1] == "participatesIn" and "tuurgroep" in f[2] for f in found), found


def test_a_pronoun_after_a_sentence_naming_two_persons_represents_no_one():
    text = "Eva Kok en Piet Bos openden de dag. Zij vertegenwoordigt Zwolle in de pijler Sociaal."
    found = found_in(text)
    assert not any(f[1] in ("participatesIn", "affiliatedWith") and f[0] in ("Eva Kok", "Piet Bos") for f in found), found


# --- "Zij blijft / Hij bleef tot 2024 trekker van Y" --------------------------------------------------------------

def test_a_pronoun_that_stays_trekker_holds_the_role():
    text = "Wethouder Eva Kok van Zwolle opende de dag. Zij blijft trekker van de themagroep Wonen."
    assert ("Eva Kok", "hasRole", "Themagroep Wonen", "trekker") in found_in(text), found_in(text)


def test_a_pronoun_that_stayed_trekker_until_a_year_held_the_role_until_its_end():
    text = "Wethouder Eva Kok van Zwolle opende de dag. Zij bleef tot 2024 trekker van de themagroep Wonen."
    roles = dated_relations(text, "2026-03-01")
    assert ("Eva Kok", "themagroep Wonen", "trekker", True, None, "2023-12-31") in roles, roles


def test_a_pronoun_that_stays_in_talks_with_a_chair_holds_no_role():
    text = "Wethouder Eva Kok van Zwolle opende de dag. Zij blijft in gesprek met de voorzitter van de themagroep Wonen."
    assert not any(f[0] == "Eva Kok" and f[2] == "Themagroep Wonen" for f in found_in(text)), found_in(text)


# --- "X vertegenwoordigt Ede in de pijler Y. Zij is ook trekker van de themagroep Z": Z is Y's ------------------

def test_the_themagroep_led_by_the_one_who_sits_in_a_pijler_is_that_pijlers():
    text = ("Wethouder Eva Kok vertegenwoordigt Ede in de pijler Sociaal. "
            "Sinds 2023 is zij bovendien trekker van de themagroep Armoede.")
    assert ("Themagroep Armoede", "partOf", "Pijler Sociaal", None) in found_in(text), found_in(text)


def test_a_themagroep_led_by_one_in_two_pijlers_is_placed_in_neither():
    text = ("Wethouder Eva Kok is voorzitter van de pijler Sociaal en lid van de pijler Fysiek. "
            "Zij is ook trekker van de themagroep Wonen.")
    assert not any(f[0] == "Themagroep Wonen" and f[1] == "partOf" for f in found_in(text)), found_in(text)


def test_a_pijler_told_of_after_the_themagroep_places_it_nowhere():
    text = "Wethouder Eva Kok is trekker van de themagroep Wonen. Zij zit ook in de pijler Sociaal."
    assert not any(f[0] == "Themagroep Wonen" and f[1] == "partOf" for f in found_in(text)), found_in(text)


def test_a_pijler_named_beside_the_themagroep_in_its_sentence_places_it_nowhere():
    text = "Eva Kok is voorzitter van de themagroep Cultuur en lid van de pijler Sociaal."
    assert not any(f[0] == "Themagroep Cultuur" and f[1] == "partOf" for f in found_in(text)), found_in(text)
