"""A bare "de partners zijn A en B" names the partners of the topic only after a sentence on its working
together (round 43a); "de partners van X zijn A en B" names them itself."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


def _partnerships(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith")}


@pytest.mark.parametrize("text, expected", [
    ("In de City Deal Slimme Daken werken zes steden samen. De kennispartners zijn Aedes en Platform31.",
     {("Aedes", "participatesIn", "City Deal Slimme Daken", None),
      ("Platform31", "participatesIn", "City Deal Slimme Daken", None)}),
    ("De partners van de City Deal Slimme Daken zijn Aedes en de VNG.",
     {("Aedes", "participatesIn", "City Deal Slimme Daken", None),
      ("VNG", "participatesIn", "City Deal Slimme Daken", None)}),
])
def test_partners_of_the_collaboration_take_part(text, expected):
    found = _partnerships(text)
    assert expected <= found, found


def test_bare_partners_after_another_topic_are_no_fact():
    text = ("De City Deal Slimme Daken loopt sinds 2021. Breda rapporteert jaarlijks over de voortgang. "
            "De partners zijn Aedes en Platform31.")
    found = {f for f in _partnerships(text) if f[0] in ("Aedes", "Platform31")}
    assert found == set(), found
