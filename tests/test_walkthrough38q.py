"""Walkthrough 38 (the programme bureau's knowledge manager): wrong facts, analysis and usability
(round 38q). Fixture sentences use fictional people."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(gazetteer, text: str, predicate: str | None = None) -> set[tuple]:
    return {(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=gazetteer).relations
            if predicate is None or r.predicate == predicate}


# ----------------------------------------------------------------------------- W9/A1: joining together is no collaboration


@pytest.mark.parametrize("sentence", [
    "Helmond en 's-Hertogenbosch sluiten zich aan bij de City Deal Impact Ondernemen.",
    "Helmond en Breda nemen deel aan de City Deal Impact Ondernemen.",
    "Helmond en Breda doen mee aan de City Deal Impact Ondernemen.",
    "Helmond en Breda tekenen de City Deal Impact Ondernemen.",
])
def test_cities_that_join_one_city_deal_each_take_part_and_do_not_collaborate(gazetteer, sentence):
    first = "Helmond"
    second = "'s-Hertogenbosch" if "Hertogenbosch" in sentence else "Breda"
    assert _facts(gazetteer, sentence) == {
        (first, "participatesIn", "City Deal Impact Ondernemen"),
        (second, "participatesIn", "City Deal Impact Ondernemen")}


@pytest.mark.parametrize("sentence", [
    "Helmond en Breda werken samen aan de City Deal Impact Ondernemen.",
    "Helmond en Breda sluiten een akkoord.",
    "Helmond en Breda sloten een klimaatpact.",
])
def test_cities_that_say_they_work_together_still_collaborate(gazetteer, sentence):
    assert ("Helmond", "collaboratesWith", "Breda") in _facts(gazetteer, sentence)


def test_signing_for_a_share_is_no_participation(gazetteer):
    assert _facts(gazetteer, "Helmond en Breda tekenen voor 40 procent van de City Deal Impact Ondernemen.") == set()
