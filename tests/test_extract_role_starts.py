"""The start a later sentence gives a role named before: "X, wethouder van Ede, … . Zij was sinds 2018
wethouder Wonen en sinds 2023 voorzitter van de Themagroep Wonen" (walkthrough 17, round 44k)."""

from __future__ import annotations

from tests.extract_facts import dated_relations


def test_a_pronoun_dates_the_office_named_before_and_the_next_role():
    text = ("Sanne Wolters, wethouder van Deventer, stopt na de verkiezingen. Zij was sinds 2018 wethouder Wonen "
            "en sinds 2023 voorzitter van de Themagroep Wonen.")
    found = {(o, role, start) for _, o, role, _, start, _ in dated_relations(text, "2026-04-02")}
    assert ("Deventer", "wethouder", "2018-01-01") in found
    assert ("Themagroep Wonen", "voorzitter", "2023-01-01") in found


def test_a_pronoun_without_a_start_adds_no_office_from_the_context():
    text = "Sanne Wolters, wethouder van Deventer, sprak de zaal toe. Zij is wethouder Wonen."
    found = {(o, role, start) for _, o, role, _, start, _ in dated_relations(text, "2026-04-02")}
    assert found == {("Deventer", "wethouder", None)}
