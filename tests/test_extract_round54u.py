"""Round 54u: two time leftovers of round 54t (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a period open to the present written
with a plain hyphen and no spaces ("2024-heden", "2019-nu") starts in its year, where a date
("2024-01-31") and a range of years ("2019-2023") stay what they were; a post held until an event
told in the past with no date at all ("X was tot de fusie voorzitter", "die de functie tot de opheffing
vervulde") is past, told in the present it is not.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from graph.extract.periods import find_periods, held_until_event
from tests.extract_facts import dated_relations


@lru_cache(maxsize=None)
def roles_in(text: str, date: str = "2026-01-10") -> frozenset:
    """(holder, body, role, past, from, until) of ``text``'s roles, extracted once per module."""
    return frozenset(dated_relations(text, date))


# --- "| 2024-heden | X |": a hyphen without spaces ---

TABLE = ("Regio Deal Rivierenland\n\n10 januari 2026\n\n## Trekkers per periode\n\n"
         "| Periode | Bestuurlijk trekker | Ambtelijk trekker |\n|---|---|---|\n"
         "| 2019-2021 | Fenna Dijk (Tiel) | Gijs Ros (Tiel) |\n"
         "| PERIOD | Hanna Bos (Culemborg) | Ids Vos (Zaltbommel) |\n")
DEAL = "Regio Deal Rivierenland"


@pytest.mark.parametrize("period", ["2022-heden", "2022-nu", "2022-Heden"])
def test_a_row_open_to_the_present_with_a_plain_hyphen_starts_in_its_year(period):
    found = roles_in(TABLE.replace("PERIOD", period))
    assert ("Ids Vos", DEAL, "ambtelijk trekker", False, "2022-01-01", None) in found, found
    assert ("Hanna Bos", DEAL, "bestuurlijk trekker", False, "2022-01-01", None) in found, found
    # the range of years in the row above stays a closed period
    assert ("Fenna Dijk", DEAL, "bestuurlijk trekker", True, "2019-01-01", "2021-12-31") in found, found


def test_a_row_dated_by_a_day_written_with_hyphens_is_no_open_period():
    found = roles_in(TABLE.replace("PERIOD", "2022-01-31"))
    assert ("Ids Vos", DEAL, "ambtelijk trekker", False, None, None) in found, found


@pytest.mark.parametrize("text, expected", [
    ("Eva Smit is wethouder van Ede (2019-nu).", [("2019-01-01", None)]),
    ("| Eva Smit | wethouder | 2019-heden |", [("2019-01-01", None)]),
    ("Voorzitter, van 2020-heden: Eva Smit", [("2020-01-01", None)]),
    # near misses: a range of years, a day, a word that begins with "nu", a date inside a longer code
    ("| 2019-2023 | Eva Smit |", [("2019-01-01", "2023-12-31")]),
    ("Op 2024-01-31 sprak Eva Smit.", []),
    ("Het 2024-nummer van het blad.", []),
    ("Dossier 12.2024-heden.", []),
])
def test_a_year_hyphen_heden_is_a_start(text, expected):
    assert [(p.valid_from, p.valid_until) for p in find_periods(text, year="2026-01-10")] == expected


def test_a_role_after_a_name_with_a_plain_hyphen_period_starts_then():
    text = "Gemeente Tiel\n\n10 januari 2026\n\nFenna Dijk is wethouder van Tiel (2022-nu)."
    assert ("Fenna Dijk", "Tiel", "wethouder", False, "2022-01-01", None) in roles_in(text)


# --- "X was tot de fusie voorzitter": held until an event, no date ---

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
