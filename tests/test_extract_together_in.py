"""Working together inside a programme: "In de Regio Deal X werkt A samen met B" (round 43i)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _taking_part(text):
    return {(f[0], f[2]) for f in facts(text) if f[1] == "participatesIn"}


def test_the_partners_after_samen_met_take_part_in_the_fronted_programme():
    text = "In de Regio Deal Veluwe werkt Apeldoorn samen met de provincie Gelderland en het ministerie van SZW."
    found = _taking_part(text)
    assert {("Apeldoorn", "Regio Deal Veluwe"), ("Gelderland", "Regio Deal Veluwe"),
            ("SZW", "Regio Deal Veluwe")} <= found, found


def test_a_plural_noun_subject_and_the_stuurgroep_of_a_programme():
    text = "• In de stuurgroep van de Regio Deal Veluwe werken de regiogemeenten samen met de provincie Gelderland."
    assert ("Gelderland", "Regio Deal Veluwe") in _taking_part(text), _taking_part(text)


@pytest.mark.parametrize("text", [
    "In de Regio Deal Veluwe willen de steden samenwerken met de provincie Gelderland.",
    "In de Regio Deal Veluwe werken de steden niet samen met de provincie Gelderland.",
])
def test_a_wish_or_a_denial_is_no_taking_part(text):
    assert ("Gelderland", "Regio Deal Veluwe") not in _taking_part(text), _taking_part(text)


def test_an_unnamed_plural_subject_is_not_the_passage_s_body():
    text = ("De themagroep Wonen vergaderde in mei over de woondeals. "
            "In de Regio Deal Veluwe werken de regiogemeenten samen met de provincie Gelderland.")
    found = facts(text)
    assert not {f for f in found if f[1] == "collaboratesWith" and f[2] == "Gelderland"}, found
    assert ("Gelderland", "participatesIn", "Regio Deal Veluwe", None) in found, found

