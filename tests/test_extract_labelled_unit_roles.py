"""Round 46h: a kwartiermaker (or any unit role) held in the unit a label or "voor de (nieuwe) …" names
(fictional people)."""

from __future__ import annotations

import pytest

from extract_facts import assert_facts

KWARTIERMAKER = ("Sanne Hoekstra", "hasRole", "Themagroep Hittebestendige Stad", "kwartiermaker")


@pytest.mark.parametrize("text", [
    "Sanne Hoekstra is kwartiermaker van de nieuwe themagroep Hittebestendige Stad.",
    "Sanne Hoekstra is kwartiermaker voor de nieuwe themagroep Hittebestendige Stad.",
    "Als kwartiermaker van de themagroep Hittebestendige Stad bereidt Sanne Hoekstra de start voor.",
    "De G40 start een themagroep Hittebestendige Stad. Kwartiermaker themagroep Hittebestendige Stad: Sanne Hoekstra.",
])
def test_kwartiermaker_of_a_new_themagroep(text):
    assert_facts(text, {KWARTIERMAKER}, date="2026-03-03")


def test_a_labelled_role_lists_its_holders():
    assert_facts("- Kwartiermaker Taskforce Warmte: Sanne Hoekstra (Zwolle) en Bart Smit (Ede)\n", {
        ("Sanne Hoekstra", "hasRole", "Taskforce Warmte", "kwartiermaker"),
        ("Bart Smit", "hasRole", "Taskforce Warmte", "kwartiermaker"),
        ("Sanne Hoekstra", "affiliatedWith", "Zwolle", None),
        ("Bart Smit", "affiliatedWith", "Ede", None),
    }, date="2026-03-03")


def test_voor_the_new_unit_not_the_body_that_asks():
    text = "De pijler Fysiek Domein heeft Sanne Hoekstra gevraagd als kwartiermaker voor de nieuwe themagroep Hittebestendige Stad."
    assert_facts(text, {KWARTIERMAKER}, date="2026-03-03")


@pytest.mark.parametrize("text, expected", [
    # a former holder's label states no present role
    ("Oud-kwartiermaker Taskforce Warmte: Sanne Hoekstra\n", set()),
    # "voor" and a portfolio: the municipality, as before
    ("Sanne Hoekstra is wethouder voor Wonen in Zwolle.", {("Sanne Hoekstra", "hasRole", "Zwolle", "wethouder")}),
])
def test_no_unit_role_where_none_is_named(text, expected):
    assert_facts(text, expected, date="2026-03-03")
