"""A table cell bounds the subject of a role: "als <role>" in a changelog's cell is the role of the names
in that cell, not of the editor named in the cell before (round 44e).

"| v3 | Mirjam Vos | Tom Bakker vervangt Els de Wit als secretaris … |" gave the secretary's role to
Mirjam Vos, who only wrote the change.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def roles(text: str) -> list[tuple]:
    return sorted((r.subject.text, r.object.text, r.role, r.past)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-11-03").relations
                  if r.predicate == "hasRole")


@pytest.mark.parametrize("text, expected", [
    # the editor in the cell before is not the one who becomes secretary
    ("| Versie | Door | Wijziging |\n|---|---|---|\n"
     "| v3 | Mirjam Vos | Tom Bakker vervangt Els de Wit als secretaris van de pijler Fysiek |\n",
     [("Els de Wit", "pijler Fysiek", "secretaris", True), ("Tom Bakker", "pijler Fysiek", "secretaris", False)]),
    # a cell with no name of its own: the row's person
    ("| Naam | Rol |\n|---|---|\n| Tom Bakker | gaat door als secretaris van de pijler Fysiek |\n",
     [("Tom Bakker", "pijler Fysiek", "secretaris", False)]),
    # outside a table the names before "als" keep the role, as before
    ("Mirjam Vos en Tom Bakker gaan door als secretaris van de pijler Fysiek.",
     [("Mirjam Vos", "pijler Fysiek", "secretaris", False), ("Tom Bakker", "pijler Fysiek", "secretaris", False)]),
])
def test_a_cell_bounds_the_subject_of_als(text, expected):
    assert roles(text) == expected
