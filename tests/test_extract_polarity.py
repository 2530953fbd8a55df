"""Denied, asked and merely possible relations are no facts (graph.extract.polarity).

Each row is a sentence and the relations a careful reader takes from it (affiliations left
out), as (subject label, predicate, object label). Names are invented.
"""

from __future__ import annotations

import pytest

from graph.extract.polarity import asserted
from test_extract_relations import facts

BZK, EZK = "het ministerie van BZK", "het ministerie van EZK"


def relations(text: str) -> set[tuple]:
    return {f[:3] for f in facts(text) if f[1] != "affiliatedWith"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # negation before or inside the cue
        (f"De G40 werkt niet samen met {BZK}.", set()),
        (f"De G40 werkt nog niet samen met {BZK}.", set()),
        (f"Met {BZK} is niet samengewerkt.", set()),
        ("Enschede doet niet mee aan de City Deal Kennis Maken.", set()),
        # a question; a modal or conditional before a verbal cue
        (f"Werkt de G40 samen met {BZK}?", set()),
        (f"De G40 zou kunnen samenwerken met {BZK}.", set()),
        (f"Kan de G40 samen met {BZK} een pilot starten?", set()),
        # taken back by a "maar"-clause that names no one else
        ("Een samenwerking met het ministerie van OCW is besproken, maar niet van de grond gekomen.", set()),
        ("De G40 sprak over een samenwerking met het ministerie van Financiën, maar daarvan is afgezien.", set()),
        # ... but a "maar"-clause that names someone only leaves that one out
        ("Zwolle werkt samen met Deventer, maar niet met Apeldoorn.", {("Zwolle", "collaboratesWith", "Deventer")}),
        # still facts: "niet alleen", a denial in another clause, a collaboration that exists
        (f"De G40 werkt niet alleen samen met {BZK}.", {("G40", "collaboratesWith", "BZK")}),
        (f"Hoewel het geld er nog niet is, werkt Breda samen met {EZK}.", {("Breda", "collaboratesWith", "EZK")}),
        ("De G40 wil de samenwerking met het ministerie van OCW uitbreiden.", {("G40", "collaboratesWith", "OCW")}),
        ("Enschede doet mee aan de City Deal Kennis Maken.",
         {("Enschede", "participatesIn", "City Deal Kennis Maken")}),
    ],
)
def test_only_asserted_relations_are_facts(text, expected):
    assert relations(text) == expected


def test_the_clause_of_the_cue_decides():
    text = "Breda is niet groot, maar werkt samen met EZK?"
    cue = text.index("samen")
    assert asserted(text, 0, len(text) - 1, cue, cue + 10)  # without the question mark
    assert not asserted(text, 0, len(text), cue, cue + 10)
    text = "Breda werkt samen met EZK, maar dat is niet nieuw voor Tilburg."
    cue = text.index("samen")
    assert not asserted(text, 0, len(text), cue, cue + 10)
    assert asserted(text, 0, len(text), cue, cue + 10, mentions_in=lambda a, b: ["Tilburg"])

