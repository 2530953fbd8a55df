"""A correction notice retracts the claim it repeats: "Correctie:", a heading "Rectificatie", "Dat moet zijn:",
"De melding dat … is onjuist" (walkthrough 17, round 44k); the right fact it states is read as any other."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts

RIGHT = ("Almelo", "participatesIn", "City Deal Wind", None)


@pytest.mark.parametrize("text", [
    "Correctie: in de vorige nieuwsbrief stond dat Almelo deelneemt aan de City Deal Zon. "
    "Almelo neemt deel aan de City Deal Wind.",
    "Nieuwsbrief\n\nRectificatie\n\nIn de nieuwsbrief van maart werd gemeld dat Almelo deelneemt aan de City Deal "
    "Zon. Almelo neemt deel aan de City Deal Wind.",
    "In de vorige nieuwsbrief stond dat Almelo deelneemt aan de City Deal Zon. Dat moet zijn: Almelo neemt deel "
    "aan de City Deal Wind.",
    "De melding dat Almelo deelneemt aan de City Deal Zon, is onjuist. Almelo neemt deel aan de City Deal Wind.",
    "Het bericht dat Almelo deelneemt aan de City Deal Zon klopt niet. Almelo neemt deel aan de City Deal Wind.",
])
def test_a_retracted_claim_states_no_fact_and_the_correction_does(text):
    assert_facts(text, {RIGHT})


@pytest.mark.parametrize("text", [
    "Almelo neemt deel aan de City Deal Zon, dat is juist.",
    "Nieuwsbrief\n\nCorrecties\n\nAlmelo neemt deel aan de City Deal Zon.",
])
def test_a_claim_not_retracted_stays(text):
    assert_facts(text, {("Almelo", "participatesIn", "City Deal Zon", None)})
