"""A succession said in a clause coordinated to the successor's own sentence, with no pronoun:
"Y is sinds 1 maart directeur bij X en volgt Z op". The subject of both clauses is the one person
who opens the sentence; someone named in between ("Y bedankt Z en volgt W op") makes it none.
"""

from __future__ import annotations

import pytest


def extracted(text: str):
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return extract("d", text, gazetteer=load_gazetteer(), date="2025-06-01").relations


def successions(text: str) -> list[tuple[str, str]]:
    return sorted((r.subject.text, r.object.text) for r in extracted(text) if r.predicate == "succeeded")


@pytest.mark.parametrize("text, expected", [
    ("Lotte Vermaas is sinds 1 maart 2025 directeur Wonen bij het ministerie van BZK en volgt Ruud Kempers op.",
     [("Lotte Vermaas", "Ruud Kempers")]),
    ("Wethouder Lotte Vermaas (Ede) is de nieuwe trekker van de themagroep en volgde Ruud Kempers op.",
     [("Lotte Vermaas", "Ruud Kempers")]),
    ("Per 1 mei is Lotte Vermaas voorzitter van de pijler en volgt zij Ruud Kempers (Breda) op.",
     [("Lotte Vermaas", "Ruud Kempers")]),
    ("Lotte Vermaas wordt secretaris van de pijler en volgt in die functie Ruud Kempers op.",
     [("Lotte Vermaas", "Ruud Kempers")]),
])
def test_succession_in_a_coordinated_clause(text, expected):
    assert successions(text) == expected, successions(text)


@pytest.mark.parametrize("text", [
    "Lotte Vermaas bedankt Ruud Kempers en volgt Sven Dijkhuis op.",
    "Lotte Vermaas is directeur bij BZK en volgt het werk van Ruud Kempers op de voet.",
    "Lotte Vermaas is directeur bij BZK en volgt Ruud Kempers niet op.",
])
def test_no_succession_without_one_subject(text):
    assert successions(text) == [], successions(text)


def test_the_one_succeeded_leaves_the_office_the_successor_takes():
    text = ("Ruud Kempers is directeur Wonen bij het ministerie van BZK. "
            "Lotte Vermaas is sinds 1 maart 2025 directeur Wonen bij BZK en volgt Ruud Kempers op.")
    roles = {(r.subject.text, r.role, r.past or bool(r.valid_until)) for r in extracted(text)
             if r.predicate == "hasRole"}
    assert ("Lotte Vermaas", "directeur", False) in roles, roles
    assert ("Ruud Kempers", "directeur", True) in roles, roles
