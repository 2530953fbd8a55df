"""Two holders of one role: "X is samen met Y trekker van Z" (round 52a).

The second holder stands in a phrase "samen met" between the verb and the role; the clause's subject holds
the role as well: a named person right before the verb, or the speaker of a column for "ik". A "samen met"
that shares no role ("… samen met Y naar Den Haag") adds nothing.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def _holders(text: str, body: str) -> list[tuple]:
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2024-02-01")
    return sorted((r.subject.text, r.role) for r in extraction.relations
                  if r.predicate == "hasRole" and r.object.text == body)


@pytest.mark.parametrize("sentence", [
    "Wethouder Femke Jansen is samen met Pieter Kuipers voorzitter van de Werkgroep Netcongestie.",
    "Femke Jansen is sinds januari samen met haar collega Pieter Kuipers voorzitter van de Werkgroep Netcongestie.",
])
def test_the_subject_shares_the_role_of_the_one_named_with_samen_met(sentence):
    assert _holders(sentence, "Werkgroep Netcongestie") == [("Femke Jansen", "voorzitter"), ("Pieter Kuipers", "voorzitter")]


def test_the_speaker_of_a_column_shares_the_role_for_ik():
    text = ("Column\n\nDoor Femke Jansen\n\nIk ben samen met mijn collega Pieter Kuipers voorzitter van de "
            "Werkgroep Netcongestie. Daar leren we veel.\n")
    assert _holders(text, "Werkgroep Netcongestie") == [("Femke Jansen", "voorzitter"), ("Pieter Kuipers", "voorzitter")]


def test_an_apposition_after_samen_met_is_no_shared_role():
    text = ("Wethouder Femke Jansen is sinds 2020 voorzitter van de Werkgroep Netcongestie, samen met Pieter Kuipers, "
            "wethouder in Tilburg.")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2024-02-01")
    shared = [(r.subject.text, r.object.text, r.role) for r in extraction.relations if r.rule == "roles.samen-met-holder"]
    # the subject takes no role of the apposition ("wethouder in Tilburg" is Kuipers' own); since round 57o the one
    # "samen met" names after the body shares the subject's role ("voorzitter …, samen met Y, wethouder in Z")
    assert shared == [("Pieter Kuipers", "Werkgroep Netcongestie", "voorzitter")], shared


def test_samen_met_without_a_shared_role_adds_nothing():
    text = "Femke Jansen is samen met Pieter Kuipers naar de Werkgroep Netcongestie gegaan."
    assert _holders(text, "Werkgroep Netcongestie") == []
