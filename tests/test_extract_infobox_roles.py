"""An infobox about a unit: each holder of a role field holds the role in the unit, in the period written
after them, an ended one before a later holder as a past one; a field that is no role, a person in a
bracket and an infobox whose header names no body give nothing (round 48d, heldout33's wiki article)."""

from __future__ import annotations

import pytest

INFOBOX = ("Pijler Groen (G40) - Wikipedia\n\n| Pijler Groen |\n|---|\n| Onderdeel van | Stedennetwerk G40 |\n"
           "| {label} | Wieteke Hollander (Ede), 2016–2019, Bastiaan Rijnders (Oss; opvolger van Kees Duinmeijer), "
           "sinds 2020 |\n")


def holders(text: str) -> list[tuple]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return [(r.subject.text, r.role, r.object.label, r.valid_from, r.valid_until, r.past)
            for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == "roles.infobox-field"]


@pytest.mark.parametrize("label, role", [("Voorzitters", "voorzitter"), ("Trekker", "trekker")],
                         ids=["voorzitters", "trekker"])
def test_each_holder_of_a_role_field_with_their_period(label, role):
    found = holders(INFOBOX.format(label=label))
    assert found == [("Wieteke Hollander", role, "Pijler Groen", "2016-01-01", "2019-12-31", True),
                     ("Bastiaan Rijnders", role, "Pijler Groen", "2020-01-01", None, False)], found


@pytest.mark.parametrize("text", [INFOBOX.format(label="Opgericht"),
                                  INFOBOX.format(label="Voorzitters").replace("| Pijler Groen |", "| Gegevens |")],
                         ids=["no-role", "no-body-in-header"])
def test_no_role_field_or_no_body_gives_nothing(text):
    assert holders(text) == []
