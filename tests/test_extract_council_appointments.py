"""An appointment in the active voice, the participle before "tot": "De gemeenteraad van Ede heeft X
benoemd tot wethouder (Wonen)". The role is held in the town of the council; with a body of its own
after the role word, there; an appointment denied gives none.
"""

from __future__ import annotations

import pytest


def roles(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.role, r.object.text)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-06-01").relations
                  if r.predicate == "hasRole")


@pytest.mark.parametrize("text, expected", [
    ("De gemeenteraad van Ede heeft Lotte Vermaas benoemd tot wethouder Wonen, Ruimte en Klimaat.",
     [("Lotte Vermaas", "wethouder", "Ede")]),
    ("De raad van Zwolle heeft donderdagavond Ruud Kempers gekozen tot wethouder.",
     [("Ruud Kempers", "wethouder", "Zwolle")]),
    ("Het bestuur heeft Ruud Kempers benoemd tot voorzitter van de Pijler Fysiek.",
     [("Ruud Kempers", "voorzitter", "Pijler Fysiek")]),
])
def test_an_active_appointment_gives_the_role(text, expected):
    assert roles(text) == expected, roles(text)


@pytest.mark.parametrize("text", [
    "De gemeenteraad van Ede heeft Lotte Vermaas niet benoemd tot wethouder.",
    "De gemeenteraad van Ede heeft Lotte Vermaas nooit benoemd tot wethouder.",
])
def test_no_role_from_an_appointment_not_made(text):
    assert roles(text) == [], roles(text)
