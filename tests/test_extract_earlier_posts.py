"""A post held before the present one: "X was hiervoor directeur van Y", "X werkte hiervoor als
beleidsadviseur bij Y", "kent X nog uit haar tijd als directeur bij Y" are past roles, like "daarvoor";
"hiervoor" without a past verb ("zet zich hiervoor in als voorzitter") is no time (walkthrough 19, finding 27).
"""

from __future__ import annotations

import pytest


def roles(text: str) -> list[tuple[str, str, str, bool]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.role, r.object.text, r.past)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-06-01").relations
                  if r.predicate == "hasRole" and r.object.text in ("Aedes", "IPO", "Pijler Sociaal", "VNG"))


@pytest.mark.parametrize("text, expected", [
    ("Lotte Vermaas is wethouder in Ede. Vermaas was hiervoor directeur bij Aedes.",
     [("Vermaas", "directeur", "Aedes", True)]),
    ("Ruud Kempers is per 1 mei adviseur bij BZK. Kempers werkte hiervoor als beleidsadviseur bij het IPO.",
     [("Kempers", "beleidsadviseur", "IPO", True)]),
    ("Sven Dijkhuis (BZK) kent de wethouder nog uit zijn tijd als directeur bij Aedes.",
     [("Sven Dijkhuis", "directeur", "Aedes", True)]),
    ("Hiervoor was Sven Dijkhuis directeur bij de VNG.", [("Sven Dijkhuis", "directeur", "VNG", True)]),
])
def test_an_earlier_post_is_past(text, expected):
    assert roles(text) == expected, roles(text)


def test_hiervoor_without_a_past_verb_is_no_time():
    text = "Sven Dijkhuis zet zich hiervoor in als voorzitter van de Pijler Sociaal."
    assert roles(text) == [("Sven Dijkhuis", "voorzitter", "Pijler Sociaal", False)], roles(text)
