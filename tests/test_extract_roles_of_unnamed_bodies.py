"""A role held in a body the text names only by its kind ("voorzitter stemcommissie", "De jury bestond uit
X, voorzitter, …"): that body's, not the unit the passage is about (round 44b)."""

from __future__ import annotations

from tests.extract_facts import facts

PAGE = "# Uitslag verkiezing bestuur pijler Wonen\n\nEva Smit, voorzitter van de pijler Wonen, opende de vergadering.\n\n"


def _roles(text):
    return {f for f in facts(PAGE + text) if f[1] == "hasRole"}


def test_a_role_followed_by_a_compound_of_a_body_kind_is_no_role_in_the_passage_unit():
    found = _roles("*Vastgesteld: P. Kok, voorzitter stemcommissie*\n")
    assert not {f for f in found if f[0] == "P. Kok"}, found
    found = _roles("Karin Mol, lid van de benoemingscommissie, las de uitslag voor.\n")
    assert not {f for f in found if f[0] == "Karin Mol"}, found


def test_the_people_a_body_named_by_its_kind_consists_of_hold_their_roles_there():
    found = _roles("De stemcommissie bestond uit burgemeester Piet Kok (Ede), voorzitter, en Els Bos.\n")
    assert ("Piet Kok", "hasRole", "Ede", "burgemeester") in found, found
    assert not {f for f in found if f[0] == "Piet Kok" and f[2] != "Ede"}, found


def test_a_role_of_the_named_unit_or_of_the_unit_by_its_bare_kind_stays():
    found = _roles("Secretaris van de pijler is Joris Dam.\n")
    assert ("Eva Smit", "hasRole", "Pijler Wonen", "voorzitter") in found, found
    assert ("Joris Dam", "hasRole", "Pijler Wonen", "secretaris") in found, found
