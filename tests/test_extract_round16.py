"""Round 16 of the rule-based extraction: roles and their time, in sentence wording of any genre.

A name given a role word before a copula, or with a role in apposition after one ("Vicevoorzitter
was Orhan Yildiz, wethouder …") is a person, also when the given name is not a known one; an office
handed over ("X heeft het secretariaat overgedragen aan Y", "Y heeft het voorzitterschap overgenomen
van X") gives Y the role, X the role before and Y succeeded X, dated by the handover's day; an
appointment with an apposition after the name ("benoemt X, wethouder Economie van Y, tot
vicevoorzitter"); a capitalised field of work before "bij" and a ministry ("directeur Samenleving en
Integratie bij SZW").

Each row is a small Dutch text and the exact facts a careful reader finds in it, as (subject label,
predicate, object label, role); rows with an empty set state none. Names and texts are invented.
"""

from __future__ import annotations

from extract_facts import assert_facts, dated_relations, mentions

from graph.extract.periods import change_date

DATE = "2024-06-01"  # the date of every text here

UNIT = "De Pijler Fysiek vergaderde vier keer. "


def _dated(text: str, predicate: str = "hasRole") -> set[tuple]:
    return dated_relations(text, DATE, predicate)


# a role word before a copula confirms the name it is given to, a role in apposition too
def test_name_after_a_role_and_a_copula_is_a_person():
    assert_facts(UNIT + "Vicevoorzitter was Orhan Yaldiz, wethouder Wonen in Schiedam.", {
        ("Orhan Yaldiz", "hasRole", "Pijler Fysiek", "vicevoorzitter"),
        ("Orhan Yaldiz", "hasRole", "Schiedam", "wethouder")}, DATE)
    assert mentions("Secretaris is Jorrit Halsema.", "Person", DATE) == ["Jorrit Halsema"]


def test_capitals_after_a_copula_without_a_role_are_no_person():
    assert mentions("Het thema was Groene Daken, met een markt.", "Person", DATE) == []
    assert mentions("De plek was Hotel Breukelen, vlak bij het station.", "Person", DATE) == []


# an office handed over: both roles, the succession, and the day that ends one and starts the other
def test_an_office_handed_over_gives_both_roles_and_the_succession():
    text = UNIT + "Per 1 mei 2024 heeft Liesbeth de Groot het secretariaat overgedragen aan Sanne Mol."
    assert_facts(text, {("Sanne Mol", "succeeded", "Liesbeth de Groot", None),
                        ("Liesbeth de Groot", "hasRole", "Pijler Fysiek", "secretaris"),
                        ("Sanne Mol", "hasRole", "Pijler Fysiek", "secretaris")}, DATE)
    assert _dated(text) == {("Liesbeth de Groot", "Pijler Fysiek", "secretaris", True, None, "2024-04-30"),
                            ("Sanne Mol", "Pijler Fysiek", "secretaris", False, "2024-05-01", None)}


def test_an_office_taken_over_dated_with_in_names_its_unit():
    text = UNIT + "Sanne Mol heeft in maart 2023 het voorzitterschap van de themagroep Wonen overgenomen van Liesbeth de Groot."
    assert _dated(text) == {("Liesbeth de Groot", "themagroep Wonen", "voorzitter", True, None, "2023-02-28"),
                            ("Sanne Mol", "themagroep Wonen", "voorzitter", False, "2023-03-01", None)}


def test_a_report_handed_over_is_no_office():
    assert_facts(UNIT + "Liesbeth de Groot heeft het verslag overgedragen aan Sanne Mol.",
                 set(), DATE)


# an appointment with an apposition between the name and "tot"
def test_appointment_with_an_apposition_after_the_name():
    assert_facts("De Pijler Fysiek benoemt Nadia Kramer, wethouder Economie van Breda, tot vicevoorzitter.", {
        ("Nadia Kramer", "hasRole", "Breda", "wethouder"),
        ("Nadia Kramer", "hasRole", "Pijler Fysiek", "vicevoorzitter")}, DATE)


def test_tot_after_a_relative_clause_is_no_appointment():
    assert_facts("Nadia Kramer, die tot vorig jaar wethouder was, sprak tot de zaal.", set(), DATE)


# a capitalised field of work before "bij" and the employing ministry
def test_field_before_bij_names_the_employer():
    assert_facts("Michiel van Ruiven, directeur Samenleving en Integratie bij SZW, zit in de stuurgroep.", {
        ("Michiel van Ruiven", "hasRole", "SZW", "directeur")}, DATE)


def test_field_before_bij_a_unit_names_no_employer():
    assert_facts("Michiel van Ruiven, directeur Wijk Noord bij de Pijler Fysiek, sprak.",
                 set(), DATE)


# the day a change took effect: "per", or "in" in a sentence of a handover or succession
def test_change_date():
    assert change_date("Zij volgde in september 2022 Piet Kok op.") == "2022-09-01"
    assert change_date("Per 1 maart 2024 heeft X het voorzitterschap overgedragen aan Y.") == "2024-03-01"
    assert change_date("X volgt Y op.") is None
