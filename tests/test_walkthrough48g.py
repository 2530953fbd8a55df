"""Walkthrough 23 (round 48g): structure and participation in a city's overview of roles and programmes.

Invented people and text throughout."""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts

_COLLEGE_TABLE = ("Portefeuilleverdeling en G40-vertegenwoordiging college Deventer 2026\n\n"
                  "Deventer, 2 juni 2026\n\n"
                  "Dit overzicht geeft per wethouder de portefeuille en het G40-gremium.\n\n"
                  "| wethouder | portefeuille | G40-gremium | sinds |\n|---|---|---|---|\n"
                  "| Karel Smit | Wonen en Ruimte | voorzitter themagroep Wonen | 1 maart 2025 |\n"
                  "| Oda Veldkamp-Rietberg | Financiën | lid G40-pijler Duurzaamheid | 13 mei 2026 |\n")


def _relations(text: str, date: str = "2026-06-02"):
    return extract("t", text, gazetteer=load_gazetteer(), date=date).relations


def test_a_college_table_gives_each_wethouder_the_seat_of_the_gremium_column_from_the_sinds_day():
    found = {(r.subject.text, r.predicate, r.object.text, r.role, r.valid_from)
             for r in _relations(_COLLEGE_TABLE) if r.rule.startswith("tables.representation")}
    assert found == {("Karel Smit", "hasRole", "themagroep Wonen", "voorzitter", "2025-03-01"),
                     ("Oda Veldkamp-Rietberg", "participatesIn", "pijler Duurzaamheid", None, "2026-05-13")}


def test_a_college_table_makes_its_persons_wethouder_of_the_colleges_town_with_the_portfolio():
    found = {(r.subject.text, r.object.text, r.role, r.portfolio) for r in _relations(_COLLEGE_TABLE)
             if r.predicate == "hasRole" and r.role == "wethouder"}
    assert found == {("Karel Smit", "Deventer", "wethouder", "Wonen en Ruimte"),
                     ("Oda Veldkamp-Rietberg", "Deventer", "wethouder", "Financiën")}


def test_a_name_in_a_wethouder_column_is_a_person_even_with_an_unknown_given_name():
    assert ("Oda Veldkamp-Rietberg", "participatesIn", "Pijler Duurzaamheid", None) in facts(_COLLEGE_TABLE, "2026-06-02")


def test_a_capitalised_word_continuing_a_city_deals_name_is_no_organisation_of_its_own():
    text = ("De gemeente werkt samen met de ondernemersvereniging Marktplein Deventer.\n\n"
            "Op 3 mei 2023 sloten Deventer en Breda met het ministerie van EZK de City Deal Schone Marktplein. "
            "Wethouder Karel Smit is bestuurlijk trekker van de City Deal Schone Marktplein.")
    found = facts(text, "2023-06-01")
    assert ("Deventer", "participatesIn", "City Deal Schone Marktplein", None) in found, found
    assert ("Karel Smit", "hasRole", "City Deal Schone Marktplein", "bestuurlijk trekker") in found, found
    assert not {f for f in found if "Marktplein" in f[0] or f[2] == "City Deal Schone"}, found


def test_the_predecessor_described_by_office_and_town_gives_the_successor_no_office_there():
    for text in ("Karel Smit is sinds 1 juli 2026 voorzitter van de G40-pijler Fysiek; hij volgde de wethouder van "
                 "Enschede op.",
                 "Karel Smit is sinds 1 juli 2026 voorzitter van de G40-pijler Fysiek, als opvolger van de wethouder "
                 "van Enschede."):
        found = facts(text, "2026-10-08")
        assert ("Karel Smit", "hasRole", "Pijler Fysiek", "voorzitter") in found, found
        assert not {f for f in found if f[2] == "Enschede" or f[0] == "Enschede"}, found
