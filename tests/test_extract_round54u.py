"""Round 54u: two time leftovers of round 54t (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a period open to the present written
with a plain hyphen and no spaces ("2024-heden", "2019-nu") starts in its year, where a date
("2024-01-31") and a range of years ("2019-2023") stay what they were; a post held until an event
told in the past without an end date ("X was tot de fusie voorzitter", "die de functie tot de opheffing
vervulde", "een rol die hij tot zijn afscheid vervulde") is past, told in the present it is not.
"""

from __future__ import annotations

import pytest

from graph.extract.periods import find_periods, held_until_event
from tests.extract_facts import dated_roles as roles_in  # (holder, body, role, past, from, until)


# --- "| 2024-heden | X |": a hyphen without spaces (a table's row: tests/test_extract_round54t.py) ---

@pytest.mark.parametrize("text, expected", [
    ("Eva Smit is wethouder van Ede (2019-nu).", [("2019-01-01", None)]),
    ("| Eva Smit | wethouder | 2019-heden |", [("2019-01-01", None)]),
    ("Voorzitter, van 2020-heden: Eva Smit", [("2020-01-01", None)]),
    # near misses: a range of years, a day, a word that begins with "nu", a date inside a longer code
    ("| 2019-2023 | Eva Smit |", [("2019-01-01", "2023-12-31")]),
    ("Op 2024-01-31 sprak Eva Smit.", []),
    ("| 2024-01-31 | Eva Smit | wethouder |", []),
    ("Het 2024-nummer van het blad.", []),
    ("Dossier 12.2024-heden.", []),
])
def test_a_year_hyphen_heden_is_a_start(text, expected):
    assert [(p.valid_from, p.valid_until) for p in find_periods(text, year="2026-01-10")] == expected


def test_a_role_after_a_name_with_a_plain_hyphen_period_starts_then():
    text = "Gemeente Tiel\n\n10 januari 2026\n\nFenna Dijk is wethouder van Tiel (2022-nu)."
    assert ("Fenna Dijk", "Tiel", "wethouder", False, "2022-01-01", None) in roles_in(text)


# --- "X was tot de fusie voorzitter": held until an event, no end date ---

UNION = ("Samenwerkingsverband Lingestreek\n\nTiel, 10 januari 2026\n\n"
         "Het Samenwerkingsverband Lingestreek werd in 2008 opgericht door de gemeenten Tiel en Buren. ")
UNION_NAME = "Samenwerkingsverband Lingestreek"


@pytest.mark.parametrize("sentence", [
    "Joris Wit was tot de fusie voorzitter van het Samenwerkingsverband Lingestreek.",
    "Joris Wit bleef tot de opheffing voorzitter van het Samenwerkingsverband Lingestreek.",
    "Voorzitter van het Samenwerkingsverband Lingestreek was Joris Wit, die de functie tot de opheffing vervulde.",
    "Joris Wit, die de functie van voorzitter van het Samenwerkingsverband Lingestreek tot zijn afscheid "
    "bekleedde, woont in Buren.",
])
def test_a_post_held_until_an_event_in_the_past_without_a_date_is_past(sentence):
    found = roles_in(UNION + sentence)
    assert ("Joris Wit", UNION_NAME, "voorzitter", True, None, None) in found, found


@pytest.mark.parametrize("sentence", [
    "Joris Wit blijft tot de opheffing voorzitter van het Samenwerkingsverband Lingestreek.",
    "Joris Wit is tot de fusie voorzitter van het Samenwerkingsverband Lingestreek.",
    "Voorzitter van het Samenwerkingsverband Lingestreek is Joris Wit, die de functie tot de opheffing vervult.",
])
def test_a_post_held_until_an_event_in_the_present_is_not_past(sentence):
    found = roles_in(UNION + sentence)
    assert ("Joris Wit", UNION_NAME, "voorzitter", False, None, None) in found, found


def test_a_relative_clause_about_another_post_leaves_the_role_current():
    found = roles_in(UNION + "Voorzitter van het Samenwerkingsverband Lingestreek is Joris Wit, "
                             "die tot de fusie wethouder van Buren was.")
    assert ("Joris Wit", UNION_NAME, "voorzitter", False, None, None) in found, found
    assert ("Joris Wit", "Buren", "wethouder", True, None, None) in found, found


def test_held_until_event_needs_the_event_and_the_past():
    assert held_until_event("die de functie tot haar pensionering vervulde")
    assert not held_until_event("die de functie tot 2023 vervulde")  # a date: find_periods reads it
    assert not held_until_event("die de functie met plezier vervulde")


def test_a_role_that_he_held_until_his_farewell_is_past():
    text = UNION + ("Sinds 2015 was Joris Wit lid van het Samenwerkingsverband Lingestreek. In 2019 werd Joris Wit "
                    "voorzitter van het Samenwerkingsverband Lingestreek, een rol die hij tot zijn afscheid vervulde.")
    found = roles_in(text)
    assert ("Joris Wit", UNION_NAME, "voorzitter", True, "2019-01-01", None) in found, found
    assert ("Joris Wit", UNION_NAME, "lid", False, "2015-01-01", None) in found, found  # not the post of the clause


def test_a_role_that_he_holds_until_his_farewell_is_not_past():
    found = roles_in(UNION + "Joris Wit is voorzitter van het Samenwerkingsverband Lingestreek, een rol die hij tot "
                             "zijn afscheid vervult.")
    assert ("Joris Wit", UNION_NAME, "voorzitter", False, None, None) in found, found
