"""Office holders in a table under a heading that is their office: "Wethouders" over "| Naam | … |" (round 52a).

A municipality's page on its college lists the burgemeester and the wethouders each in a table of its
own, the office as the section's heading: every person of the name column holds that office in the
page's municipality, at the page's date (the dates in the rows are the nevenfuncties'). A heading that
is no office names none, and without the page's own municipality there is no place to hold it in.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.markup import markdown_text
from tests.extract_facts import facts

_REGISTER = markdown_text(
    "# Nevenfuncties van het college\n\n**Gemeente Deventer — stand 1 maart 2024**\n\n"
    "## Burgemeester\n\n| Naam | Nevenfunctie | Sinds |\n|---|---|---|\n"
    "| drs. Pieter Hoekman | Voorzitter Stichting Stadsarchief | 12 mei 2019 |\n\n"
    "## Wethouders\n\n| Naam (portefeuille) | Nevenfunctie | Sinds |\n|---|---|---|\n"
    "| Noor van Leeuwen (Wonen) | Lid bestuur Stichting Wijkfonds | 2020 |\n"
    "| Noor van Leeuwen (Wonen) | Lid raad van toezicht Bibliotheek | 2021 |\n"
    "| Joost Brandsma (Werk) | geen | |\n")


def _office_rows(text: str, date: str = "2024-03-01") -> list[tuple]:
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return sorted((r.subject.text, r.role, r.object.text, r.valid_from, r.valid_until, r.past)
                  for r in extraction.relations if r.rule == "tables.office-heading")


def test_each_person_under_an_office_heading_holds_that_office_in_the_page_town():
    found = facts(_REGISTER, "2024-03-01")
    assert {("Pieter Hoekman", "hasRole", "Deventer", "burgemeester"),
            ("Noor van Leeuwen", "hasRole", "Deventer", "wethouder"),
            ("Joost Brandsma", "hasRole", "Deventer", "wethouder")} <= found, found


def test_the_office_is_stated_once_per_person_and_not_dated_by_the_rows():
    assert _office_rows(_REGISTER) == [("Joost Brandsma", "wethouder", "Deventer", None, None, False),
                                       ("Noor van Leeuwen", "wethouder", "Deventer", None, None, False),
                                       ("Pieter Hoekman", "burgemeester", "Deventer", None, None, False)]


def test_a_heading_that_is_no_office_names_none():
    text = _REGISTER.replace("Wethouders", "Overige leden").replace("Burgemeester\n", "Voorzitter\n")
    assert _office_rows(text) == []


def test_without_the_page_town_there_is_no_office():
    text = _REGISTER.replace("Gemeente Deventer — stand 1 maart 2024", "Stand 1 maart 2024")
    assert _office_rows(text) == []
