"""Membership with a longer time phrase between the verb and "lid van" (round 52a).

"X is sinds de oprichting van het netwerk lid van de G40": the phrase of when ("sinds de oprichting van
het netwerk", "al vanaf het allereerste begin") may stand between "is" and "lid van"; a denied clause still
states nothing.
"""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


@pytest.mark.parametrize("sentence", [
    "Almelo is sinds de oprichting van het netwerk lid van de G40.",
    "Almelo is al vanaf het allereerste begin van 2001 lid van de G40.",
])
def test_a_time_phrase_between_the_verb_and_lid_van(sentence):
    assert ("Almelo", "participatesIn", "G40", None) in facts(sentence)


def test_a_denied_membership_states_nothing():
    found = facts("Almelo is sinds de oprichting van het netwerk geen lid van de G40.")
    assert ("Almelo", "participatesIn", "G40", None) not in found, found
