"""Those a newcomer joins are the programme's members: "A en B zijn toegetreden tot de City Deal X. Zij
sluiten aan bij C, D en E." makes C, D and E take part in X; without a joining in the sentence before, or
with a programme of its own, the sentence says nothing of the kind."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def test_the_ones_joined_take_part_in_the_programme_joined():
    found = facts("Ede en Epe zijn toegetreden tot de City Deal Zon. Zij sluiten aan bij Breda, Venlo en ProRail.")
    assert {(m, "participatesIn", "City Deal Zon", None) for m in ("Breda", "Venlo", "ProRail", "Ede", "Epe")} <= found, found


@pytest.mark.parametrize("text", [
    "De City Deal Zon is in 2022 gestart. Ede sluit aan bij Breda, Venlo en ProRail.",
    "Ede is toegetreden tot de City Deal Zon.\n\nZij sluit aan bij Breda, Venlo en ProRail.",
])
def test_without_a_joining_just_before_the_ones_named_take_no_part(text):
    found = {f for f in facts(text) if f[0] in ("Breda", "Venlo", "ProRail")}
    assert found == set(), found
