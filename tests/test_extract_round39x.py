"""Round 39x: entities that were not recognised, so that no relation could be made: a research project
with a quoted name, and what "het onderzoek" refers back to."""

from __future__ import annotations

from tests.extract_facts import facts, mentions


# --- research with a quoted name: 'het onderzoek "Werklocaties van morgen"' ---------------------------------

def test_research_with_a_quoted_name_is_a_project_and_het_onderzoek_refers_to_it():
    text = ('De pijler laat het onderzoek "Ruimte voor bedrijven in de stad" uitvoeren. '
            "Het onderzoek wordt medegefinancierd door het Ministerie van Economische Zaken en Klimaat.")
    assert mentions(text, "Programme") == ['onderzoek "Ruimte voor bedrijven in de stad"', "Het onderzoek"]
    found = facts(text)
    assert ("EZK", "participatesIn", "Ruimte voor bedrijven in de stad", None) in found, found


def test_research_without_quotes_or_a_bare_onderzoek_is_no_programme():
    for text in ("Het onderzoek van het PBL is klaar.",
                 "Uit onderzoek Werklocaties blijkt weinig.",
                 "Het Centraal Planbureau publiceert een verkenning over de woningmarkt."):
        assert mentions(text, "Programme") == [], text
