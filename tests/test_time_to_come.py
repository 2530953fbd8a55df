"""A start announced for the year to come, written without its year (session 48's review of round 60g's rest):
a letter of December that says "Per 1 januari a.s. wordt X voorzitter" means the January to come, not the one
gone by (``periods._start_to_come``). "aanstaande"/"a.s." after the date, or a clause that announces the start
("wordt", "zal", …) with the date more than two months before the document's, moves it to the next year; a start
told as done, one with its year, a "sinds" and an announced start a few weeks back keep the document's year.
Invented text, invented people.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.extract_facts import dated_relations

DECEMBER = "2025-12-15"  # a December letter announcing the new year's changes


@lru_cache(maxsize=None)
def roles(text: str) -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s roles, extracted once."""
    return frozenset(dated_relations(text, DECEMBER, "hasRole"))


SENTENCE = "{} Sevda Yilmaz, wethouder in Tiel, voorzitter van de Pijler Fysiek."


@pytest.mark.parametrize("opening, since", [
    ("Per 1 januari a.s. wordt", "2026-01-01"),
    ("Met ingang van 1 januari aanstaande wordt", "2026-01-01"),
    ("Per 1 februari wordt", "2026-02-01"),  # announced, ten months before the letter: the February to come
])
def test_a_start_to_come_without_its_year_is_of_the_next_year(opening, since):
    assert ("Sevda Yilmaz", "Pijler Fysiek", "voorzitter", False, since, None) in roles(SENTENCE.format(opening))


@pytest.mark.parametrize("opening, since", [
    ("Per 1 januari is", "2025-01-01"),  # told as done: this year's January
    ("Per 1 november wordt", "2025-11-01"),  # announced, six weeks back: the letter is late, not a year early
    ("Per 1 januari 2025 wordt", "2025-01-01"),  # its year written
    ("Sinds 1 januari is", "2025-01-01"),
])
def test_a_start_told_as_done_near_or_with_its_year_keeps_the_documents_year(opening, since):
    assert ("Sevda Yilmaz", "Pijler Fysiek", "voorzitter", False, since, None) in roles(SENTENCE.format(opening))
