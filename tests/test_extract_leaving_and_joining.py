"""Leaving a post or an employer and taking up the next one: which fact ends, which starts, and when
(walkthrough 17, round 44k)."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations, facts, mentions


def test_leaving_a_municipality_on_a_day_for_a_new_employer_ends_one_and_starts_the_other():
    text = "Sanne Wolters verlaat per 1 juni 2026 de gemeente Deventer en treedt in dienst bij het IPO."
    found = {(o, past, start, end) for _, o, _, past, start, end in dated_relations(text, "2026-07-01", "affiliatedWith")}
    assert found == {("Deventer", True, None, "2026-05-31"), ("IPO", False, "2026-06-01", None)}


def test_leaving_on_a_later_day_for_a_new_employer_is_not_over_yet():
    text = "Sanne Wolters verlaat per 1 juni 2026 de gemeente Deventer en komt in dienst van het IPO."
    found = {(o, past, start, end) for _, o, _, past, start, end in dated_relations(text, "2026-05-10", "affiliatedWith")}
    assert found == {("Deventer", False, None, "2026-05-31"), ("IPO", False, "2026-06-01", None)}


@pytest.mark.parametrize("text, until", [
    ("Sanne Wolters legt haar functie als wethouder van Deventer neer.", None),
    ("Sanne Wolters treedt per 1 april 2026 als wethouder van Deventer af.", "2026-03-31"),
    ("Sanne Wolters is als wethouder van Deventer gestopt.", None),
])
def test_a_role_left_with_a_verb_around_it_is_past(text, until):
    found = dated_relations(text, "2026-05-10")
    assert [(s, o, role, past, end) for s, o, role, past, _, end in found] == \
        [("Sanne Wolters", "Deventer", "wethouder", True, until)]


def test_a_role_to_be_laid_down_later_ends_then_and_is_not_over_yet():
    text = "Sanne Wolters legt per 1 juni 2026 haar functie als voorzitter van de Pijler Sociaal neer."
    found = dated_relations(text, "2026-05-10")
    assert [(o, role, past, end) for _, o, role, past, _, end in found] == \
        [("Pijler Sociaal", "voorzitter", False, "2026-05-31")]


def test_a_verb_particle_after_a_unit_is_no_part_of_its_name():
    assert mentions("Sanne Wolters treedt als voorzitter van de Pijler Sociaal af.", "OrganisationalUnit") == \
        ["Pijler Sociaal"]


def test_laying_a_stone_as_wethouder_is_no_leaving():
    found = dated_relations("Sanne Wolters legt als wethouder van Deventer de eerste steen.", "2026-05-10")
    assert [past for *_, past, _, _ in found] in ([], [False])


def test_a_pronoun_that_leaves_a_body_is_the_person_named_before():
    text = ("In het bericht van 3 maart stond abusievelijk dat Sanne Wolters lid blijft van de Taskforce Mkb. "
            "Zij heeft de taskforce per 1 maart 2026 verlaten.")
    assert facts(text, "2026-04-02") == {("Sanne Wolters", "hasRole", "Taskforce Mkb", "lid")}
    found = dated_relations(text, "2026-04-02")
    assert [(s, role, past, end) for s, _, role, past, _, end in found] == [("Sanne Wolters", "lid", True, "2026-02-28")]


def test_a_pronoun_after_two_persons_leaves_nothing():
    text = "Sanne Wolters en Ruben Kuiper zijn lid van de Taskforce Mkb. Zij verlaten de taskforce."
    assert all(not past for *_, past, _, _ in dated_relations(text, "2026-04-02"))


@pytest.mark.parametrize("text, until", [
    ("Na de gemeenteraadsverkiezingen van 18 maart 2026 is Sanne Wolters, wethouder in Deventer, niet "
     "teruggekeerd als wethouder.", "2026-03-18"),
    ("Sanne Wolters keert na de verkiezingen niet terug als wethouder van Deventer.", None),
    ("Sanne Wolters is niet herkozen als wethouder van Deventer.", None),
])
def test_not_returning_to_an_office_ends_it(text, until):
    found = dated_relations(text, "2026-04-09")
    assert [(o, role, past, end) for _, o, role, past, _, end in found] == [("Deventer", "wethouder", True, until)]


def test_a_participle_after_a_unit_is_no_part_of_its_name():
    assert mentions("Sanne Wolters is als voorzitter van de Pijler Sociaal herkozen.", "OrganisationalUnit") == \
        ["Pijler Sociaal"]
