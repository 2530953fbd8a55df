"""Whose a programme known by its name is: an apposition "het Programma X, het programma van A en B" (round 43i)."""

from __future__ import annotations

from tests.extract_facts import facts


def test_an_apposition_after_a_known_programme_names_who_leads_it():
    text = ("Wij vragen u contact te leggen met het Programma Aardgasvrije Wijken, het interbestuurlijke programma van "
            "het ministerie van SZW, de VNG en het IPO.")
    found = {f for f in facts(text) if f[1] == "ledBy"}
    assert {("Programma Aardgasvrije Wijken", "ledBy", "SZW", None), ("Programma Aardgasvrije Wijken", "ledBy", "VNG", None),
            ("Programma Aardgasvrije Wijken", "ledBy", "IPO", None)} <= found, found


def test_the_apposition_ends_before_the_clause_goes_on():
    text = "Met het Programma Aardgasvrije Wijken, een programma van de VNG, werkt Zwolle aan de wijken."
    found = facts(text)
    assert ("Programma Aardgasvrije Wijken", "ledBy", "VNG", None) in found, found
    assert not {f for f in found if f[0] == "Zwolle" and f[1] in ("participatesIn", "collaboratesWith")
                and f[2] in ("VNG",)}, found
