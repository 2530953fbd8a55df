"""A rooster van aftreden's dates (round 49d, from heldout34's roster of a pijler's board).

The column of the first appointment starts each member's membership of the table's body; a
re-appointment and the end of a term are no start or end; "afgetreden <dag>" ends it the day
before, and a struck-through role ("~~lid~~") is a role all the same. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

ROSTER = """# Rooster van aftreden Pijler Sociaal

De leden van de Pijler Sociaal:

| Naam | Functie | Namens | {start} | Herbenoemd | Einde termijn |
|---|---|---|---|---|---|
| Eva Smit | voorzitter | Ede | 01-05-2022 | 01-05-2024 | 01-05-2026 |
| ~~Jan Kok~~ | ~~lid~~ | Delft | 1 mei 2022 | – | *afgetreden 01-03-2025* |
| Mila Sari | lid | Breda | 2024-09-01 | – | 01-09-2026 |
"""


def memberships(text: str) -> set[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date="2025-09-18").relations
    return {(r.subject.text, r.predicate, r.object.text, r.role, r.valid_from, r.valid_until, r.past)
            for r in found if r.object.text == "Pijler Sociaal" and r.subject.type == "Person"}


@pytest.mark.parametrize("start", ["Eerste benoeming", "Benoemd per", "Lid sinds", "In functie sinds"])
def test_the_appointment_column_starts_the_membership(start):
    assert memberships(ROSTER.format(start=start)) == {
        ("Eva Smit", "hasRole", "Pijler Sociaal", "voorzitter", "2022-05-01", None, False),
        ("Jan Kok", "hasRole", "Pijler Sociaal", "lid", "2022-05-01", "2025-02-28", True),
        ("Mila Sari", "hasRole", "Pijler Sociaal", "lid", "2024-09-01", None, False),
    }


def test_a_term_end_alone_dates_nothing():
    """Without a column of appointment the row's days are terms, no start or end of office."""
    found = memberships(ROSTER.format(start="Herbenoembaar"))
    assert {(s, v, u) for s, _, _, _, v, u, _ in found} == {("Eva Smit", None, None), ("Jan Kok", None, None),
                                                           ("Mila Sari", None, None)}


def test_the_row_dates_no_role_in_a_body_it_names():
    """"| lid; trekker Themagroep Wonen |": the roster dates the seat in the table's body, not the other role."""
    text = ROSTER.format(start="Eerste benoeming").replace("| lid | Breda |", "| lid; trekker Themagroep Wonen | Breda |")
    found = extract("t", text, gazetteer=load_gazetteer(), date="2025-09-18").relations
    roles = {(r.object.text, r.role, r.valid_from) for r in found if r.subject.text == "Mila Sari" and r.predicate == "hasRole"}
    assert roles == {("Pijler Sociaal", "lid", "2024-09-01"), ("Themagroep Wonen", "trekker", None)}
