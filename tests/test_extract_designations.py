"""An aanwijzingsbesluit: the college designates its representatives in the articles ("Als vertegenwoordiger
van Ede in de pijler Sociaal wordt aangewezen: X", "Als haar plaatsvervanger wordt aangewezen: Y"; the body
from the article when the lead names none) and names earlier or standing designations ("werd aangewezen als
vertegenwoordiger in …", "De aanwijzing van X als vertegenwoordiger in …"). A representative of nobody's body
and a "vertegenwoordiger" outside a designation are no role."""

from __future__ import annotations

import pytest


def roles(text: str) -> list[tuple[str, str, str, bool]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.role, r.object.text, r.past)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-06-04").relations
                  if r.rule.startswith("appointments."))


BESLUIT = ("Aanwijzingsbesluit vertegenwoordiging G40 Ede 2024\n\nbesluit vast te stellen:\n\n"
           "Artikel 1 Pijler Sociaal\n"
           "1. Als vertegenwoordiger van Ede in de pijler Sociaal van de G40 wordt aangewezen: mevrouw A. (Anke) Bosma, "
           "wethouder Zorg.\n"
           "2. Als haar plaatsvervanger wordt aangewezen: de heer K. (Kees) Veldkamp, wethouder Jeugd.\n\n"
           "Artikel 2 Werkgroep Energie\n"
           "Als plaatsvervangend lid van de werkgroep Energie van de pijler Fysiek wordt aangewezen: wethouder Veldkamp.\n")


def test_the_articles_designate_representatives_and_substitutes():
    found = roles(BESLUIT)
    assert found == [("A. (Anke) Bosma", "vertegenwoordiger", "pijler Sociaal", False),
                     ("K. (Kees) Veldkamp", "plaatsvervanger", "pijler Sociaal", False),
                     ("Veldkamp", "plaatsvervangend lid", "werkgroep Energie", False)], found


def test_earlier_and_standing_designations():
    text = ("Het besluit van 16 mei 2022 wordt ingetrokken voor zover daarbij de heer J. (Joost) Mulder werd aangewezen "
            "als vertegenwoordiger in de pijler Sociaal. De aanwijzing van wethouder P. (Petra) de Graaf als "
            "vertegenwoordiger in de pijler Fysiek blijft ongewijzigd.")
    found = roles(text)
    assert found == [("J. (Joost) Mulder", "vertegenwoordiger", "pijler Sociaal", True),
                     ("P. (Petra) de Graaf", "vertegenwoordiger", "pijler Fysiek", False)], found


@pytest.mark.parametrize("text", [
    # no body: whose representative is not said
    "Als vertegenwoordiger wordt aangewezen: mevrouw A. (Anke) Bosma.",
    # a representative outside a designation
    "Mevrouw A. (Anke) Bosma is vertegenwoordiger in de pijler Sociaal namens de huurders.",
    # the designation of a town, not of a person
    "De aanwijzing van Ede als vertegenwoordiger in de pijler Sociaal is besproken.",
], ids=["no-body", "no-designation", "a-town"])
def test_no_designation_without_a_body_a_designation_or_a_person(text):
    assert roles(text) == [], roles(text)
