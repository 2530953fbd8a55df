"""A register's office cell names its role and body without "van" (round 49e).

"| functie | houder |" with "| accountmanager G40 | X |": X is accountmanager of the G40; "directeur
Wonen en Werken" is the directeur of the directie the document names so; "(oud)" marks the former
holder; "teamleider Economische Zaken" of a town is no role at the ministry. All people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer

INTRO = "Gemeente Ede\n\nDe directie Wonen en Werken is een onderdeel van de gemeente.\n\nRegister\n\n"


def register_roles(rows: str, header: str = "| nr | functie | houder |\n|---|---|---|\n") -> set[tuple]:
    found = extract("t", INTRO + header + rows, gazetteer=load_gazetteer(), date="2025-04-01")
    return {(r.subject.text, r.object.text, r.role, r.past) for r in found.relations if r.rule == "tables.register-role"}


@pytest.mark.parametrize("rows, expected", [
    ("| 1 | accountmanager G40 | Kees Bos |\n", {("Kees Bos", "G40", "accountmanager", False)}),
    ("| 1 | directeur Wonen en Werken | Eva Smit (sinds 1 maart 2025, opvolger van Jan Bos) |\n",
     {("Eva Smit", "directie Wonen en Werken", "directeur", False)}),
    ("| 1 | directeur Wonen en Werken (oud) | Jan Bos |\n", {("Jan Bos", "directie Wonen en Werken", "directeur", True)}),
    ("| 1 | teamleider Economische Zaken | Jan Bos |\n", set()),
    ("| 1 | directeur Sport | Jan Bos |\n", set()),  # no directie Sport named
], ids=["organisation", "unit-by-kind", "former", "no-ministry", "no-unit"])
def test_register_rows(rows, expected):
    assert register_roles(rows) == expected


def test_a_names_column_is_a_holder_column_too():
    assert register_roles("| Kees Bos | accountmanager G40 |\n", "| naam | functie |\n|---|---|\n") == {
        ("Kees Bos", "G40", "accountmanager", False)}
