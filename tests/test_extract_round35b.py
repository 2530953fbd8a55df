"""Round 35b: roles, affiliation, part-of and contact persons where both entities are recognised."""

from __future__ import annotations

from tests.extract_facts import facts


# --- a unit's parent unit in the bracket after its name: "Themagroep Jeugd (Pijler Sociaal Domein)" ------

def test_a_parent_unit_in_a_heading_bracket_holds_the_unit():
    text = ("Themagroep Jeugd (Pijler Sociaal Domein)\n"
            "Anna de Vries, wethouder Jeugd in Almere, is de nieuwe bestuurlijk trekker.")
    found = facts(text)
    assert ("Themagroep Jeugd", "partOf", "Pijler Sociaal Domein", None) in found, found
    assert ("Anna de Vries", "hasRole", "Themagroep Jeugd", "bestuurlijk trekker") in found, found
    assert ("Anna de Vries", "hasRole", "Pijler Sociaal Domein", "bestuurlijk trekker") not in found, found


def test_a_role_under_the_heading_goes_to_the_unit_not_its_bracket():
    text = ("Themagroep Energie (Pijler Fysiek Domein)\n"
            "Jan Smit, wethouder Energie in Helmond, wordt bestuurlijk trekker. Hij volgt Piet Bakker (Assen) op.")
    found = facts(text)
    assert ("Jan Smit", "hasRole", "Themagroep Energie", "bestuurlijk trekker") in found, found
    assert not any(f[1] == "hasRole" and f[2] == "Pijler Fysiek Domein" for f in found), found


def test_a_pijler_is_part_of_no_unit_in_its_bracket():
    found = facts("Pijler Fysiek Domein (Themagroep Wonen)\nDe pijler vergaderde in mei.")
    assert not any(f[1] == "partOf" and f[0] == "Pijler Fysiek Domein" and f[2] == "Themagroep Wonen"
                   for f in found), found


def test_a_unit_of_the_same_kind_in_the_bracket_is_no_parent():
    found = facts("Themagroep Wonen (Themagroep Bouwen)\nDe themagroep vergaderde in mei.")
    assert not any(f[1] == "partOf" for f in found if f[0] == "Themagroep Wonen"), found
