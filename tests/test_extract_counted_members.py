"""Who a counted sentence speaks of: "Negen gemeenten krijgen geld uit X. Het gaat om A, B en C." makes each
take part in X; "op A na" excepts A; a wire's dateline ("DEN HAAG (ANP) - ") is no subject; a quoted
description after a kind word ('noemt het fonds "een goed begin"') is no name."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts

_FUND = "Impulsfonds Sterke Steden"


@pytest.mark.parametrize("text", [
    f"Nieuws\n\nDrie steden krijgen geld uit het {_FUND}. Het gaat om Ede, Breda en Venlo.",
    f"Nieuws\n\nDrie gemeenten krijgen samen 9 miljoen euro uit het {_FUND}. Dat meldt de minister.\n\n"
    "Het gaat om Ede, Breda en Venlo.",
    f"Nieuws\n\nAan het {_FUND} doen drie gemeenten mee. Dat zijn Ede, Breda en Venlo.",
])
def test_the_towns_named_after_a_counted_sentence_take_part(text):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert {(town, "participatesIn", _FUND, None) for town in ("Ede", "Breda", "Venlo")} <= found, found


@pytest.mark.parametrize("text", [
    f"Nieuws\n\nDrie steden krijgen geen geld uit het {_FUND}. Het gaat om Ede, Breda en Venlo.",
    f"Nieuws\n\nHet {_FUND} is in 2024 gestart. Het gaat om Ede, Breda en Venlo.",
])
def test_without_a_counted_sentence_that_states_it_the_named_take_no_part(text):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == set(), found


def test_the_one_excepted_by_op_na_is_no_member():
    found = facts("Nieuws\n\nEde en Breda krijgen geld. Op Breda na zijn het allemaal leden van de VNG.")
    assert ("Breda", "participatesIn", "VNG", None) not in found, found


def test_a_wire_dateline_is_no_subject():
    found = facts(f"DEN HAAG (ANP) - Drie gemeenten krijgen samen 9 miljoen euro uit het {_FUND}.")
    assert not {f for f in found if f[0] == "Den Haag"}, found
    found = facts(f"UTRECHT (ANP) - Breda krijgt 3 miljoen euro uit het {_FUND}.")
    assert ("Breda", "participatesIn", _FUND, None) in found, found


def test_a_quoted_description_after_a_kind_word_is_no_name():
    text = ('De minister noemt het fonds "een goed begin". De provincies Gelderland en Limburg leggen samen '
            "6 miljoen euro bij voor de projecten.")
    assert not {f for f in facts(text) if f[1] == "participatesIn"}, facts(text)
    named = facts('Het fonds "Sterke Steden" is gestart. De provincies Gelderland en Limburg leggen samen '
                  "6 miljoen euro bij voor de projecten.")
    assert ("Gelderland", "participatesIn", "Sterke Steden", None) in named, named
