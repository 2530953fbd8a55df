"""Job titles of two words that the lexicon lists (round 43b): "strategisch adviseur", "coördinerend
beleidsmedewerker" are one role, also where a table's function cell opens with them.
"""

from __future__ import annotations


def roles(text: str) -> list[tuple[str, str, str]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text, r.role)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-01-20").relations
                  if r.predicate == "hasRole")


def test_a_strategic_adviser_in_a_participant_table():
    text = ("| # | Naam | Functie | Organisatie |\n|---|---|---|---|\n"
            "| 1 | Eva Smit | strategisch adviseur arbeidsmarkt | gemeente Helmond |\n")
    assert roles(text) == [("Eva Smit", "Helmond", "strategisch adviseur")]


def test_a_coordinating_policy_officer_of_a_ministry():
    assert roles("Jan Kok, coördinerend beleidsmedewerker bij het ministerie van Economische Zaken, sprak.") == [
        ("Jan Kok", "Economische Zaken", "coördinerend beleidsmedewerker")]
