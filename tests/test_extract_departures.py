"""Departures end the office named before the name (walkthrough 23, finding 1).

"De wethouders A en B hebben op 13 mei 2026 afscheid genomen" ends their office the day before (as a
departure "per" a day does), never affirms it; "het ontslag van wethouder A per 1 september" ends it
on 31 August, with the new post after the semicolon; "X heeft per 1 december haar lidmaatschap van
de adviesraad van Y beëindigd" ends her membership of Y. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def roles(text: str, date: str) -> set[tuple]:
    """(person, body, role, past, valid_from, valid_until) of every role found in ``text``."""
    found = extract("t", "Gemeente Ede\n\n" + text, gazetteer=load_gazetteer(), date=date)
    return {(r.subject.text, r.object.text, r.role, r.past, r.valid_from, r.valid_until)
            for r in found.relations if r.predicate == "hasRole"}


@pytest.mark.parametrize("text, date, expected", [
    ("De wethouders Eva Kok en Jan Smit hebben op 13 mei 2026 afscheid genomen. Wij danken hen.", "2026-05-20",
     {("Eva Kok", "Ede", "wethouder", True, None, "2026-05-12"), ("Jan Smit", "Ede", "wethouder", True, None, "2026-05-12")}),
    ("Wethouder Jan Smit vertrekt per 1 juni 2026.", "2026-05-20",
     {("Jan Smit", "Ede", "wethouder", False, None, "2026-05-31")}),  # announced: not over yet
    ("Het college neemt kennis van het ontslag van wethouder Jan Smit per 1 september 2026; "
     "hij is benoemd tot gedeputeerde van de provincie Gelderland.", "2026-08-25",
     {("Jan Smit", "Ede", "wethouder", False, None, "2026-08-31"),
      ("Jan Smit", "Gelderland", "gedeputeerde", False, "2026-09-01", None)}),
    # the same in a row of a decision list, whose title names the departure too
    ("| nr | onderwerp | besluit |\n|---|---|---|\n| 2 | Vertrek wethouder Smit | Het college neemt kennis van het "
     "ontslag van wethouder Jan Smit per 1 september 2026; hij is benoemd tot gedeputeerde van de provincie Gelderland. |\n",
     "2026-08-25",
     {("Smit", "Ede", "wethouder", False, None, "2026-08-31"), ("Jan Smit", "Ede", "wethouder", False, None, "2026-08-31"),
      ("Jan Smit", "Gelderland", "gedeputeerde", False, "2026-09-01", None)}),
    # leaving something else keeps the office
    ("Wethouder Jan Smit stopt als voorzitter van de Pijler Sociaal.", "2026-05-20",
     {("Jan Smit", "Ede", "wethouder", False, None, None), ("Jan Smit", "Pijler Sociaal", "voorzitter", True, None, None)}),
], ids=["farewell-of-two", "announced", "dismissal-and-new-post", "decision-list-row", "other-post"])
def test_a_departure_ends_the_office_before_the_name(text, date, expected):
    assert roles(text, date) == expected


def test_ending_a_membership_ends_the_role():
    text = ("Burgemeester Eva Kok heeft per 1 december 2026 haar lidmaatschap van de adviesraad van de VNG beëindigd. "
            "Per 1 december 2026 is zij voorzitter van het bestuur van de Stichting Ede Cultuur.")
    found = roles(text, "2026-12-02")
    assert ("Eva Kok", "VNG", "lid", True, None, "2026-11-30") in found
    assert not any(r[1] == "VNG" and r[5] is None for r in found)
