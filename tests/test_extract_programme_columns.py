"""A survey's table of towns (round 49d, from heldout34's survey report): a column titled with a
programme's name says with "ja" that the row's town takes part (a plan or "nee" does not), and the
respondent column gives each respondent's function at the town. All people are invented.
"""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer

SURVEY = """# Peiling binnensteden

| Gemeente | BIZ binnenstad | Programma Groene Hallen | Respondent |
|---|---|---|---|
| Breda | ja | ja | Eva Smit, beleidsadviseur economie |
| Tilburg | ja | gepland 2025 | Jan Kok, binnenstadsmanager |
| Emmen | nee | nee | – |
| Venlo | in voorbereiding | deelnemer | Mila Sari (Venlo) |
"""


def relations(text: str) -> set[tuple]:
    found = extract("t", text, gazetteer=load_gazetteer(), date="2024-11-18").relations
    return {(r.subject.text, r.predicate, r.object.text, r.role, r.valid_from) for r in found}


def test_yes_in_a_programme_column_is_taking_part():
    found = {f for f in relations(SURVEY) if f[1] == "participatesIn"}
    assert found == {("Breda", "participatesIn", "Programma Groene Hallen", None, None),
                     ("Venlo", "participatesIn", "Programma Groene Hallen", None, None)}


def test_a_respondent_holds_their_function_at_the_town():
    found = {f for f in relations(SURVEY) if f[1] == "hasRole"}
    assert found == {("Eva Smit", "hasRole", "Breda", "beleidsadviseur", None),
                     ("Jan Kok", "hasRole", "Tilburg", "binnenstadsmanager", None)}


def test_a_column_not_titled_with_a_programme_says_nothing():
    text = SURVEY.replace("Programma Groene Hallen", "Groen beleid")
    assert not {f for f in relations(text) if f[1] == "participatesIn"}
