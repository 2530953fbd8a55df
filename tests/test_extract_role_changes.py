"""Changes of role the text states: retractions, denials ("geen … meer"), hand-overs, earlier work,
leaving one employer for another, and "tot" a month's last day (walkthrough 17, round 42e)."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, dated_relations, facts


# --- finding 29: "stond abusievelijk dat …" retracts its own claim ---------------------------------------

@pytest.mark.parametrize("retraction", [
    "In de nieuwsbrief van 3 maart stond abusievelijk dat Lieke Bos voorzitter is van de Themagroep Wonen.",
    "Eerder is ten onrechte vermeld dat Lieke Bos voorzitter is van de Themagroep Wonen.",
    "In het vorige bericht stond per abuis dat Lieke Bos voorzitter is van de Themagroep Wonen.",
])
def test_a_claim_said_to_be_printed_by_mistake_states_no_fact(retraction):
    text = retraction + " Lieke Bos is secretaris van de themagroep."
    assert_facts(text, {("Lieke Bos", "hasRole", "Themagroep Wonen", "secretaris")})


def test_a_correction_that_states_the_right_fact_keeps_it():
    assert_facts("Anders dan eerder gemeld is Lieke Bos voorzitter van de Themagroep Wonen.",
                 {("Lieke Bos", "hasRole", "Themagroep Wonen", "voorzitter")})


# --- finding 30: "geen … meer" is a role that is over --------------------------------------------------

def test_a_role_denied_with_geen_meer_is_past():
    found = dated_relations("Zij volgt Eva Kok op, die sinds de verkiezingen geen wethouder van Ede meer is.",
                            "2026-04-02")
    assert [(s, o, role, past) for s, o, role, past, *_ in found] == [("Eva Kok", "Ede", "wethouder", True)]


def test_a_role_denied_with_geen_alone_is_no_fact():
    assert dated_relations("Eva Kok is geen wethouder van Ede.", "2026-04-02") == set()


# --- finding 24: "Y, <rol>, neemt per <dag> het voorzitterschap van X over van Z" ---------------------------

def test_a_chair_taken_over_after_an_apposition_starts_then_and_ends_the_predecessor_the_day_before():
    found = dated_relations("Eva Kok, wethouder Wonen van Ede, neemt per 1 maart 2026 het voorzitterschap van de "
                            "Pijler Fysiek over van Anna Smit.", "2026-03-02")
    assert found == {("Eva Kok", "Ede", "wethouder", False, None, None),
                     ("Eva Kok", "Pijler Fysiek", "voorzitter", False, "2026-03-01", None),
                     ("Anna Smit", "Pijler Fysiek", "voorzitter", True, None, "2026-02-28")}
    assert ("Eva Kok", "succeeded", "Anna Smit", None) in facts("Eva Kok, wethouder Wonen van Ede, neemt per 1 maart "
                                                                "2026 het voorzitterschap van de Pijler Fysiek over van Anna Smit.")


# --- finding 35: "tot" the last day of a month includes that day --------------------------------------

@pytest.mark.parametrize("until, end", [("tot 31 december 2025", "2025-12-31"), ("tot 30 juni 2025", "2025-06-30"),
                                        ("tot 1 januari 2026", "2025-12-31"), ("tot 15 mei 2025", "2025-05-14")])
def test_until_the_last_day_of_a_month_includes_it(until, end):
    found = dated_relations(f"Eva Kok was {until} voorzitter van de Pijler Fysiek.", "2026-03-01")
    assert [(o, past, u) for s, o, role, past, f, u in found] == [("Pijler Fysiek", True, end)]


# --- finding 31: "werkte eerder bij" is a past affiliation ----------------------------------------------

@pytest.mark.parametrize("text, past", [
    ("Eva Kok werkte eerder bij de gemeente Ede.", True),
    ("Eva Kok, die vroeger bij de gemeente Ede werkte, is nu adviseur.", True),
    ("Eva Kok werkt bij de gemeente Ede.", False),
])
def test_work_said_to_be_earlier_is_past(text, past):
    found = dated_relations(text, "2026-03-01", predicate="affiliatedWith")
    assert [(s, o, p) for s, o, role, p, *_ in found] == [("Eva Kok", "Ede", past)]


# --- finding 32: leaving one employer for another on a day ---------------------------------------------

def test_leaving_an_employer_on_a_day_for_another_ends_one_and_starts_the_other():
    text = "Eva Kok vertrekt per 1 maart 2026 bij het ministerie van BZK en gaat werken bij de VNG."
    found = dated_relations(text, "2026-03-10", predicate="affiliatedWith")
    assert {(o, past, f, u) for s, o, role, past, f, u in found} == {("BZK", True, None, "2026-02-28"),
                                                                     ("VNG", False, "2026-03-01", None)}


# --- finding 32 (round 42g): leaving after a day, start years of a second role, leaving later ----------

@pytest.mark.parametrize("text", [
    "Eva Kok meldt dat zij na de gemeenteraadsverkiezingen van 18 maart 2026 stopt als wethouder van Ede.",
    "Eva Kok stopt na 18 maart 2026 als wethouder van Ede.",
])
def test_leaving_after_a_day_holds_the_post_through_that_day(text):
    assert dated_relations(text, "2026-03-02") == {("Eva Kok", "Ede", "wethouder", False, None, "2026-03-18")}
    assert dated_relations(text, "2026-03-25") == {("Eva Kok", "Ede", "wethouder", True, None, "2026-03-18")}


def test_a_day_after_na_that_leaves_nothing_dates_nothing():
    assert dated_relations("Na 18 maart 2026 is Eva Kok voorzitter van de Pijler Fysiek.", "2026-03-02") == {
        ("Eva Kok", "Pijler Fysiek", "voorzitter", False, None, None)}


@pytest.mark.parametrize("text, first", [
    ("Eva Kok is sinds 2018 wethouder Wonen van Ede en sinds 2023 voorzitter van de Pijler Fysiek.",
     {("Eva Kok", "Ede", "wethouder", False, "2018-01-01", None)}),
    ("Eva Kok spreekt. Zij is sinds 2018 wethouder Wonen en sinds 2023 voorzitter van de Pijler Fysiek.", set()),
])
def test_a_second_role_after_en_with_its_own_since_starts_then(text, first):
    assert dated_relations(text, "2026-03-02") == first | {("Eva Kok", "Pijler Fysiek", "voorzitter", False,
                                                            "2023-01-01", None)}


def test_leaving_an_employer_on_a_later_day_is_not_over_yet():
    found = dated_relations("Eva Kok vertrekt per 1 maart 2026 bij het ministerie van BZK.", "2026-02-10",
                            predicate="affiliatedWith")
    assert found == {("Eva Kok", "BZK", None, False, None, "2026-02-28")}
