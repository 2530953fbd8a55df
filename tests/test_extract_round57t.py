"""Round 57t: the time of facts, the rest of the development sets (invented text, invented people and bodies).

- A fact a document names first without a time and dates further on takes that time: a heading "Wethouder Eva
  Smit | Gemeente Tiel" over "Eva Smit is sinds 2 juni 2022 wethouder van Tiel", "het overlijden van
  oud-wethouder Jan Kok" before "Van 2010 tot 2022 was hij wethouder van Epe", a headline "… benoemd tot
  burgemeester van Tiel" over the decree's "met ingang van 9 december 2024" (``dated_twins.py``); not where the
  document gives the fact two periods, nor a present naming beside a period that ended before the document.

Each rule has a case that fires and a near miss; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.documents import built_from, unit_role_timeline
from tests.extract_facts import dated_relations


@lru_cache(maxsize=None)
def dated(text: str, date: str | None = "2025-03-14", predicate: str = "hasRole") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


# --- a fact named without a time, dated further on in the document ---

HEADED = "Wethouder Eva Smit | Gemeente Tiel\n\n{}\n"
MOURNED = ("Met verdriet namen wij kennis van het overlijden van oud-wethouder Jan Kok, op 1 maart 2025 in Epe. "
           "Van 2010 tot 2022 was hij wethouder van Epe.\n")
DECREED = ("Eva Smit benoemd tot burgemeester van Tiel\n\nBij Koninklijk Besluit van 20 november 2024 is mr. E.C. (Eva) "
           "Smit benoemd tot burgemeester van Tiel met ingang van 9 december 2024.\n")


def test_a_heading_takes_the_start_the_text_gives_further_on():
    assert dated(HEADED.format("Eva Smit is sinds 2 juni 2022 wethouder van Tiel.")) == {
        ("Eva Smit", "Tiel", "wethouder", False, "2022-06-02", None)}


def test_a_former_office_named_at_a_death_takes_the_term_told_after():
    assert dated(MOURNED) == {("Jan Kok", "Epe", "wethouder", True, "2010-01-01", "2021-12-31")}


def test_a_headline_appointment_takes_the_decrees_day_of_taking_office():
    assert {(since, until) for *_, since, until in dated(DECREED, "2024-11-22")} == {("2024-12-09", None)}


@pytest.mark.parametrize("text", [
    # two terms: which one the heading means the text does not say
    HEADED.format("Eva Smit was van 2010 tot 2014 wethouder van Tiel. Sinds 2018 is Eva Smit opnieuw wethouder van Tiel."),
    # a present heading beside a term that ended before the document: a second term, perhaps
    HEADED.format("Eva Smit was van 2010 tot 2014 wethouder van Tiel."),
])
def test_a_heading_beside_two_terms_or_an_ended_one_keeps_no_time(text):
    assert ("Eva Smit", "Tiel", "wethouder", False, None, None) in dated(text)


def test_another_holder_of_the_same_surname_takes_nothing():
    found = dated("Wethouder Jan Smit | Gemeente Tiel\n\nEva Smit is sinds 2 juni 2022 wethouder van Tiel.\n")
    assert ("Jan Smit", "Tiel", "wethouder", False, None, None) in found


def test_an_office_named_as_over_beside_an_open_term_keeps_no_time():
    found = dated("Oud-wethouder Jan Kok | Gemeente Epe\n\nJan Kok is sinds 2022 wethouder van Epe.\n")
    assert ("Jan Kok", "Epe", "wethouder", True, None, None) in found


# --- --as-of follows the dates ---

DOCUMENTS = {
    "profiel-smit": ("2025-03-14", HEADED.format("Eva Smit is sinds 2 juni 2022 wethouder van Tiel.")),
    "in-memoriam-kok": ("2025-03-14", "In memoriam\n\n" + MOURNED),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("r57t"), DOCUMENTS)


def test_as_of_follows_a_time_told_further_on(kg):
    assert unit_role_timeline(kg, "Tiel", "wethouder", "--as-of", "2023-01-01") == [("Eva Smit", "2022-06-02", None)]
    assert unit_role_timeline(kg, "Tiel", "wethouder", "--as-of", "2022-01-01") == []
    assert unit_role_timeline(kg, "Epe", "wethouder", "--as-of", "2015-06-01") == [("Jan Kok", "2010-01-01", "2021")]
    # the former office named at the death is that term, not a second one from the document's day
    assert unit_role_timeline(kg, "Epe", "wethouder") == [("Jan Kok", "2010-01-01", "2021")]
