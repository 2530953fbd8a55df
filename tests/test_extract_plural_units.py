"""Units named after a plural kind word ("de themagroepen Wonen en Mobiliteit"), and a unit after the
unit taken part in, which is one more thing taken part in, not one more participant."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


@pytest.mark.parametrize("text", [
    "Breda neemt deel aan de themagroepen Wonen en Mobiliteit.",
    "Breda neemt deel aan de Themagroep Wonen en de Themagroep Mobiliteit.",
])
def test_taking_part_in_two_units_named_together(text):
    assert facts(text) == {("Breda", "participatesIn", "Themagroep Wonen", None),
                           ("Breda", "participatesIn", "Themagroep Mobiliteit", None)}


def test_a_plural_kind_word_names_each_unit_after_it():
    assert facts("De themagroepen Wonen en Mobiliteit werken samen met het ministerie van BZK.") == {
        ("Themagroep Wonen", "collaboratesWith", "BZK", None), ("Themagroep Mobiliteit", "collaboratesWith", "BZK", None)}
    assert facts("Jan Bos is trekker van de themagroepen Jeugd, Zorg en Onderwijs.") == {
        ("Jan Bos", "hasRole", f"Themagroep {name}", "trekker") for name in ("Jeugd", "Zorg", "Onderwijs")}


def test_a_name_with_en_that_the_text_names_stays_whole():
    text = ("De Pijler Economie en Werk vergaderde in maart. Breda neemt deel aan de pijlers Economie en Werk en "
            "Fysiek.")
    assert {o for s, p, o, _ in facts(text) if s == "Breda"} == {"Pijler Economie en Werk", "Pijler Fysiek"}


@pytest.mark.parametrize("text", [
    "De steden Breda en Tilburg werken samen.",  # places, no units
    "De themagroepen vergaderen in Breda en Tilburg.",  # no names after the kind word
])
def test_no_units_where_no_names_follow_the_kind_word(text):
    assert not any("Themagroep" in s or "Themagroep" in o for s, _, o, _ in facts(text)), facts(text)
