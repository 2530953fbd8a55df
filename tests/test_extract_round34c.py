"""Round 34c: roles where the role and the person are both named but not side by side."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, facts


def _roles(text: str) -> set[tuple]:
    return {f for f in facts(text) if f[1] == "hasRole"}


# --- "Voor de X is dat P, voor de Y Q": "dat" points back to a role, per holder ------------------

def test_that_points_back_to_a_role_per_unit():
    text = ("Elke themagroep heeft een trekker. Voor de themagroep Wonen is dat Sanne Bakker (Ede), "
            "voor de themagroep Jeugd Kees Mulder (Breda).")
    assert _roles(text) == {("Sanne Bakker", "hasRole", "Themagroep Wonen", "trekker"),
                            ("Kees Mulder", "hasRole", "Themagroep Jeugd", "trekker")}


def test_that_points_back_to_a_plural_role_the_subject_of_the_sentence_before():
    text = ("De pijlersecretarissen ondersteunen de voorzitters. Voor de Pijler Sociaal is dat Mirjam Dekker, "
            "voor de Pijler Fysiek Kevin Smits.")
    assert _roles(text) == {("Mirjam Dekker", "hasRole", "Pijler Sociaal", "pijlersecretaris"),
                            ("Kevin Smits", "hasRole", "Pijler Fysiek", "pijlersecretaris")}


def test_that_points_back_to_a_role_per_town():
    text = "Elke stad heeft een wethouder Wonen. Voor Breda is dat Sanne Bakker en voor Ede Kees Mulder."
    assert _roles(text) == {("Sanne Bakker", "hasRole", "Breda", "wethouder"),
                            ("Kees Mulder", "hasRole", "Ede", "wethouder")}


@pytest.mark.parametrize("text", [
    # a wethouder is no role of a themagroep
    "Elke stad heeft een wethouder Wonen. Voor de themagroep Wonen is dat Sanne Bakker.",
    # two roles, neither the subject: which one "dat" is, is not said
    "Het bureau ondersteunt de voorzitters en de trekkers. Voor de Pijler Sociaal is dat Sanne Bakker.",
    # no role before "dat" at all
    "De pijler werkt aan wonen. Voor de Pijler Sociaal is dat Sanne Bakker.",
])
def test_that_without_a_fitting_role_gives_none(text):
    assert not _roles(text), _roles(text)
