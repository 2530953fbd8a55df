"""Starts the sentence states reach the fact they date (walkthrough 23, finding 11). All people are invented.

"Wethouder X wordt per 1 maart 2025 voorzitter van de G40-themagroep Wonen en volgt daarmee Y op": the
themagroep is "Themagroep Wonen" (the name stops before "en volgt"), with X's chair from 1 March and the
succession; "…, met ingang van 1 maart 2025." at the end dates the sentence; "Burgemeester X is sinds 1
september 2021 burgemeester van Y" keeps its start; "X is daarbij aangewezen als vicevoorzitter" after "in
de vergadering van 3 december 2026" starts on that day.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def relations(text: str, date: str) -> set[tuple]:
    found = extract("t", "Gemeente Ede\n\n" + text, gazetteer=load_gazetteer(), date=date)
    return {(r.subject.text, r.predicate, r.role, r.object.label, r.valid_from, r.valid_until)
            for r in found.relations if r.predicate in ("hasRole", "succeeded")}


@pytest.mark.parametrize("text, expected", [
    ("Wethouder Jan Smit wordt per 1 maart 2025 voorzitter van de G40-themagroep Wonen en volgt daarmee Eva Kok op.",
     {("Jan Smit", "hasRole", "voorzitter", "Themagroep Wonen", "2025-03-01", None),
      ("Jan Smit", "succeeded", None, "Eva Kok", "2025-03-01", None),
      ("Eva Kok", "hasRole", "voorzitter", "Themagroep Wonen", None, "2025-02-28"),
      ("Jan Smit", "hasRole", "wethouder", "Ede", None, None)}),
    ("Het college wijst wethouder Jan Smit aan als lid van de G40-themagroep Binnensteden, met ingang van 1 maart 2025.",
     {("Jan Smit", "hasRole", "lid", "Themagroep Binnensteden", "2025-03-01", None)}),
    ("| nr | besluit |\n|---|---|\n| 2 | Het college wijst wethouder Jan Smit aan als lid van de G40-themagroep "
     "Binnensteden, met ingang van 1 maart 2025. |\n",
     {("Jan Smit", "hasRole", "lid", "Themagroep Binnensteden", "2025-03-01", None)}),
    ("Burgemeester Eva Kok is sinds 1 september 2021 burgemeester van Ede.",
     {("Eva Kok", "hasRole", "burgemeester", "Ede", "2021-09-01", None)}),
    ("Het verslag is vastgesteld in de vergadering van 3 december 2026; Jan Smit is daarbij aangewezen als "
     "vicevoorzitter van de G40-pijler Fysiek.",
     {("Jan Smit", "hasRole", "vicevoorzitter", "Pijler Fysiek", "2026-12-03", None)}),
], ids=["chair-and-succession", "trailing-start", "trailing-start-in-a-row", "restated-office", "meeting-day"])
def test_a_stated_start_dates_its_fact(text, expected):
    assert relations(text, "2025-02-11") == expected


def test_a_name_of_fields_keeps_its_and():
    found = relations("Jan Smit is lid van de G40-themagroep Wonen en Bouwen.", "2025-02-11")
    assert {r[3] for r in found} == {"Themagroep Wonen en Bouwen"}
