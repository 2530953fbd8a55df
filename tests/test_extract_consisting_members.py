"""'bestaat uit' in either word order, with kind words in the list (round 49e).

"Zoals je weet bestaat de City Deal uit het ministerie van BZK, de gemeenten Breda en Ede en de GGD
Utrecht": every actor listed takes part in the programme; a list that runs into other words, or a
"bestaat uit" of a unit's parts, states no members. All names of people are invented.
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


def members(sentence: str) -> set[tuple]:
    found = extract("t", "De City Deal Zon is gestart.\n\n" + sentence, gazetteer=load_gazetteer(), date="2025-04-01")
    return {(r.subject.text, r.object.text) for r in found.relations if r.rule == "relations.bestaat-uit"}


@pytest.mark.parametrize("sentence, expected", [
    ("Zoals je weet bestaat de City Deal uit het ministerie van BZK, de gemeenten Breda en Ede en de provincie Utrecht.",
     {("BZK", "de City Deal"), ("Breda", "de City Deal"), ("Ede", "de City Deal"), ("Utrecht", "de City Deal")}),
    ("Sinds 2024 bestaat de City Deal Zon uit Breda, Ede en Tilburg.",
     {("Breda", "City Deal Zon"), ("Ede", "City Deal Zon"), ("Tilburg", "City Deal Zon")}),
    ("De City Deal bestaat uit het ministerie van BZK en de gemeenten Breda en Ede.",
     {("BZK", "De City Deal"), ("Breda", "De City Deal"), ("Ede", "De City Deal")}),
    ("Zoals je weet bestaat de City Deal uit een bijdrage van Breda en Ede.", set()),
    ("Zoals je weet bestaat de City Deal uit Breda en Ede en nog twee steden die volgen.", set()),
], ids=["inverted-kinds", "inverted-plain", "subject-first-kinds", "no-list", "list-runs-on"])
def test_consisting_members(sentence, expected):
    assert members(sentence) == expected
