"""Round 46h, walkthrough leftover 4: "werken met" without "samen" or "aan" stays no collaboration, a body as
subject too. In the development sets heldout11–heldout30 every such clause with a body as subject (eight:
"De pijler werkt met vier themagroepen", "Het Stedennetwerk G40 werkt met drie pijlers", "De steden werken elk
met een eigen programmamanager", "Het bureau werkt met een kleine vaste kern en … collega's … van het Rijk")
says what the body is made of or works by, and none names a partner; every collaboration read from "werken met"
there has "aan" (tests/test_extract_worked_with.py). Fictional text."""

from __future__ import annotations

import pytest

from extract_facts import facts


@pytest.mark.parametrize("text", [
    "De pijler Zorg werkte met SZW en VWS.",
    "Breda werkte met SZW en VWS.",
    "Het G40-bureau werkt met een kleine vaste kern en gedetacheerde collega's uit Ede en van het ministerie van BZK.",
])
def test_working_with_without_aan_is_no_collaboration(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text, "2025-03-01"))


def test_the_parts_a_body_works_with_are_its_parts():
    assert facts("De pijler Sociaal werkt met drie themagroepen: Armoede, Jeugd en Zorg.", "2025-03-01") == {
        ("Themagroep Armoede", "partOf", "Pijler Sociaal", None),
        ("Themagroep Jeugd", "partOf", "Pijler Sociaal", None),
        ("Themagroep Zorg", "partOf", "Pijler Sociaal", None),
    }
