"""Sitting in the network's board: "X zit (namens de pijler ook) in het algemeen bestuur van de G40"
puts X in the board, a unit of its own, not in the G40 (round 44e).

The words between "zit" and "in" may run to five ("namens de pijler ook"); another organisation's
board is still that organisation ("in het algemeen bestuur van de MRDH").
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def sits_in(text: str) -> list[tuple]:
    return sorted((r.subject.text, r.object.label) for r in extract("d", text, gazetteer=load_gazetteer()).relations
                  if r.rule == "membership.zat-in")


@pytest.mark.parametrize("text, expected", [
    ("Nieuws van de G40\n\nTom Wit zit namens de pijler ook in het algemeen bestuur van de G40.",
     [("Tom Wit", "G40-bestuur")]),
    ("Nieuws van de G40\n\nTom Wit zit in het algemeen bestuur van de G40.", [("Tom Wit", "G40-bestuur")]),
    # another organisation's board: that organisation
    ("Tom Wit zat namens Ede in het algemeen bestuur van de VNG.", [("Tom Wit", "VNG")]),
])
def test_a_seat_in_the_network_board(text, expected):
    assert sits_in(text) == expected
