"""Round 59p: five rules that read the whole text skip its scan when the text lacks their pattern's words (invented text).

A death ("het overlijden van"), a leaving "als <rol>", "waarin X deelneemt:", a transcript's "dit webinar" and the
learning networks' kind words first ask whether the text holds a word of each set every match of their pattern
holds (:func:`graph.extract.cues.may_occur`, :func:`~graph.extract.cues.finditer_text`, :meth:`DocContext.search`):
the facts are those of the scan, which runs as before where the words are there.
"""

from __future__ import annotations

import re

import pytest

from graph.extract import extract
from graph.extract.cues import may_occur
from graph.gazetteer import load_gazetteer


def _facts(text: str) -> list[tuple]:
    relations = extract("d", text, gazetteer=load_gazetteer(), date="2025-01-01").relations
    return sorted((r.subject.label, r.predicate, r.object.label, r.rule, r.valid_until, r.past) for r in relations)


@pytest.mark.parametrize("text, facts", [
    ("Jan Kok is sinds 2018 wethouder van Ede. Met verdriet melden wij het overlijden van wethouder Jan Kok.\n",
     [("Jan Kok", "hasRole", "Ede", "roles.before-name", None, True), ("Jan Kok", "hasRole", "Ede", "roles.copula", None, True)]),
    ("Jan Kok is sinds 2018 wethouder van Ede. Morgen is er overleg met wethouder Jan Kok.\n",  # "overl", no death
     [("Jan Kok", "hasRole", "Ede", "roles.before-name", None, False), ("Jan Kok", "hasRole", "Ede", "roles.copula", None, False)]),
    ("Jan Kok was wethouder van Gouda. Na zijn vertrek als wethouder van Gouda in december 2023 werd hij adviseur.\n",
     [("Jan Kok", "hasRole", "Gouda", "roles.copula", "2023-12-31", True)]),
    ("Jan Kok was wethouder van Gouda. Na zijn vertrek uit Gouda in december 2023 werd hij adviseur.\n",
     [("Jan Kok", "hasRole", "Gouda", "roles.copula", None, False)]),
    ("De netwerken WAARIN Ede deelneemt: Platform31 en de VNG.\n",
     [("Ede", "participatesIn", "Platform31", "relations.listed-participation", None, False),
      ("Ede", "participatesIn", "VNG", "relations.listed-participation", None, False)]),
    ("De netwerken van Ede: Platform31 en de VNG.\n", []),
])
def test_the_gated_whole_text_rules_find_what_they_found(text, facts):
    assert _facts(text) == facts


@pytest.mark.parametrize("module, name", [("deceased", "_DEATH_OF"), ("deceased", "_DIED"), ("left_as", "_LEFT_AS"),
                                          ("listed_participations", "_CLAUSE"), ("turn_speakers", "_THIS_EVENT")])
def test_a_gate_never_hides_a_match(module, name):
    import importlib
    pattern = getattr(importlib.import_module(f"graph.extract.{module}"), name)
    texts = ["Na zijn vertrek als wethouder van Gouda", "NA HAAR AFSCHEID ALS voorzitter bij Ede", "waaraan Ede meedoet: A",
             "het overlijden van oud-burgemeester Kok", "Welkom bij deze online bijeenkomst", "Jan Kok is overleden",
             "In memoriam Jan Kok", "geen van alle", "overleg met de gemeente, waar Ede aan deelneemt"]
    for text in texts:
        assert may_occur(pattern, text) or not pattern.search(text), text
    assert any(pattern.search(text) for text in texts)
    assert not may_occur(pattern, "geen van alle")


def test_a_folding_letter_is_never_skipped():
    pattern = re.compile(r"\bsamen\s+met\b", re.IGNORECASE)
    assert may_occur(pattern, "ſamen met Ede") and pattern.search("ſamen met Ede")
