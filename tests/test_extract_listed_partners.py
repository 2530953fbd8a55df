"""A programme's partners listed right after its name (round 49d, from heldout34's list of incoming
letters): "(partners: A, B en C)" and "<programme>: …; penvoerder is X, deelnemers A, B en C".
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def facts(text: str) -> set[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date="2024-03-20").relations
    return {(r.subject.text, r.predicate, r.object.text) for r in found if r.rule.startswith("relations.listed-")}


@pytest.mark.parametrize("text, expected", [
    ("Voortgang Woondeal Noordrand 2023 (partners: provincie Utrecht, Ede en Zeist).",
     {("Utrecht", "participatesIn", "Woondeal Noordrand"), ("Ede", "participatesIn", "Woondeal Noordrand"),
      ("Zeist", "participatesIn", "Woondeal Noordrand")}),
    ("| 1 | Regio Deal Noordrand: provinciale bijdrage; penvoerder is Ede, deelnemers Ede, Zeist en Baarn | ter kennisname |",
     {("Regio Deal Noordrand", "ledBy", "Ede"), ("Ede", "participatesIn", "Regio Deal Noordrand"),
      ("Zeist", "participatesIn", "Regio Deal Noordrand"), ("Baarn", "participatesIn", "Regio Deal Noordrand")}),
    # a bracket of something else, and a list with more than actors in it, say nothing
    ("Voortgang Woondeal Noordrand (stand van zaken: Ede en Zeist).", set()),
    ("Regio Deal Noordrand: deelnemers Ede, Zeist en andere gemeenten in de regio.", set()),
], ids=["bracket", "clause", "other-bracket", "not-only-actors"])
def test_listed_partners(text, expected):
    assert facts(text) == expected
