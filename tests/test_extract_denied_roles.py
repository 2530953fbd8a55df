"""A role the text denies states no fact: "X is niet (de) voorzitter van Y", "Voorzitter van Y is niet X";
a role the text says is over ("niet langer", "geen … meer") stays a past one (walkthrough 17, round 44k)."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, dated_relations


@pytest.mark.parametrize("text", [
    "Correctie: Lotte Vermeer is niet de voorzitter van de Themagroep Cultuur.",
    "Lotte Vermeer is niet voorzitter van de Themagroep Cultuur.",
    "Voorzitter van de Themagroep Cultuur is niet Lotte Vermeer.",
])
def test_a_role_denied_with_niet_is_no_fact(text):
    assert_facts(text, set())


def test_a_denied_role_leaves_the_role_stated_beside_it():
    assert_facts("Lotte Vermeer is niet voorzitter van de Themagroep Cultuur, maar secretaris.", set())
    assert_facts("Lotte Vermeer is niet alleen voorzitter van de Themagroep Cultuur, maar ook lid van de "
                 "Pijler Sociaal.", {("Lotte Vermeer", "hasRole", "Themagroep Cultuur", "voorzitter"),
                                     ("Lotte Vermeer", "hasRole", "Pijler Sociaal", "lid")})


@pytest.mark.parametrize("text", [
    "Lotte Vermeer is niet langer wethouder van Almelo.",
    "Lotte Vermeer is niet meer wethouder van Almelo.",
])
def test_a_role_no_longer_held_is_past(text):
    assert [(s, o, role, past) for s, o, role, past, *_ in dated_relations(text, "2026-04-02")] == \
        [("Lotte Vermeer", "Almelo", "wethouder", True)]


@pytest.mark.parametrize("text, until", [
    ("Lotte Vermeer is geen wethouder van Almelo meer.", None),
    ("Lotte Vermeer is sinds 1 april 2026 geen wethouder van Almelo meer.", "2026-03-31"),
    ("Lotte Vermeer is geen lid van de Pijler Sociaal meer.", None),
])
def test_a_role_denied_with_geen_meer_in_a_main_clause_is_past(text, until):
    found = dated_relations(text, "2026-05-10")
    assert [(s, past, end) for s, _, _, past, _, end in found] == [("Lotte Vermeer", True, until)]
    assert [o for _, o, *_ in found] in (["Almelo"], ["Pijler Sociaal"])


@pytest.mark.parametrize("text", [
    "Lotte Vermeer is geen wethouder van Almelo.",
    "Lotte Vermeer is geen nieuwe voorzitter van de Pijler Sociaal.",
])
def test_a_role_denied_with_geen_alone_is_no_fact(text):
    assert dated_relations(text, "2026-05-10") == set()


def test_geen_lid_meer_van_a_body_is_that_bodys_not_the_passages():
    text = "Ruben Kuiper is lid van de Taskforce Mkb. Lotte Vermeer is per 1 april 2026 geen lid meer van de Pijler Sociaal."
    found = {(s, o, past, end) for s, o, _, past, _, end in dated_relations(text, "2026-05-10")}
    assert ("Lotte Vermeer", "Pijler Sociaal", True, "2026-03-31") in found
    assert not any(s == "Lotte Vermeer" and o == "Taskforce Mkb" for s, o, *_ in found)
