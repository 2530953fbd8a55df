"""A person's page lists their positions under "Nevenfuncties" and "Eerdere functies": each item a role
word and the body it is held in. Items of other headings, items with an unrecognised name between role
and body, and pages about more than one person state no role."""

from __future__ import annotations

import pytest


def positions(text: str) -> list[tuple[str, str, str, str | None, str | None, bool]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.role, r.object.text, r.valid_from, r.valid_until, r.past)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2026-03-01").relations
                  if r.rule == "roles.position-list")


PAGE = "Wethouder Karin van Dalen-Smits | Gemeente Ede\n\nKarin van Dalen-Smits\n\n{heading}\n\n{items}"


def test_current_positions_with_their_start_and_the_commission_of_a_prefixed_organisation():
    items = ("• Voorzitter themagroep Wonen, pijler Fysiek van het Stedennetwerk G40, sinds 1 maart 2024 (ambtshalve)\n\n"
             "• Lid VNG-commissie Zorg, Jeugd en Onderwijs (ambtshalve)\n\n"
             "• Lid adviesraad Platform31 (onbezoldigd)\n")
    found = positions(PAGE.format(heading="Nevenfuncties", items=items))
    assert found == [
        ("Karin van Dalen-Smits", "lid", "Platform31", None, None, False),
        ("Karin van Dalen-Smits", "lid", "commissie Zorg, Jeugd en Onderwijs", None, None, False),
        ("Karin van Dalen-Smits", "voorzitter", "themagroep Wonen", "2024-03-01", None, False),
    ], found


def test_earlier_positions_are_past_with_their_years():
    items = "• Beleidsmedewerker bij Divosa, 2010–2014\n\n• Programmamanager armoedebeleid, gemeente Groningen, 2014–2018\n"
    found = positions(PAGE.format(heading="Eerdere functies", items=items))
    assert found == [("Karin van Dalen-Smits", "beleidsmedewerker", "Divosa", "2010-01-01", "2014-12-31", True),
                     ("Karin van Dalen-Smits", "programmamanager", "Groningen", "2014-01-01", "2018-12-31", True)], found


@pytest.mark.parametrize("heading, items", [
    ("Portefeuilles", "• Wonen en Ruimte\n\n• Voorzitter Divosa-overleg\n"),  # not a list of positions
    ("Nevenfuncties", "• Voorzitter raadscommissie Sociaal Domein Ede, 2018–2022\n"),  # the body is an unrecognised name
    ("Nevenfuncties", "• Armoede en schulden, samen met Divosa\n"),  # no role word opens the item
], ids=["portfolios", "unrecognised-body", "no-role"])
def test_items_without_a_role_in_a_named_body_state_nothing(heading, items):
    assert positions(PAGE.format(heading=heading, items=items)) == []


def test_a_page_whose_title_names_two_persons_states_nothing():
    text = ("Wethouders Karin van Dalen-Smits en Pieter de Groot | Gemeente Ede\n\nNevenfuncties\n\n"
            "• Lid adviesraad Platform31\n")
    assert positions(text) == []
