"""Round 52e: heldout37's genres as rules — a consortium named after its kind word (invented people)."""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import facts


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2024-05-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


CONSORTIUM = ("NIEUWSBERICHT\n\n"
              "Consortium SlimWater Noord begint in drie steden\n\n"
              "Groningen, 2 april 2024 - Drie gemeenten en twee bedrijven vormen samen het consortium SlimWater "
              "Noord. Het ministerie van Infrastructuur en Waterstaat betaalt mee uit zijn Programma Droge Voeten.\n\n"
              "De gemeente Assen is penvoerder. Verder zijn de Hogeschool Windesheim, "
              "Woonstichting Lindehof en Woonbedrijf Esdal partner in het consortium.\n\n"
              "Projectleider is dr. Femke Olthof, universitair hoofddocent aan de Universiteit Leiden.\n")


def test_a_consortium_named_after_its_kind_word_its_lead_and_partners():
    found = found_in(CONSORTIUM)
    assert {("SlimWater Noord", "ledBy", "Assen", None),
            ("Windesheim", "participatesIn", "SlimWater Noord", None),
            ("Woonstichting Lindehof", "participatesIn", "SlimWater Noord", None),
            ("Woonbedrijf Esdal", "participatesIn", "SlimWater Noord", None),
            ("Femke Olthof", "hasRole", "Universiteit Leiden", "universitair hoofddocent")} <= found
    assert not any(f[0] == "Programma Droge Voeten" and f[1] == "ledBy" for f in found)  # it pays, Assen leads the consortium
    assert not any("Woonstichting Lindehof en" in f[0] for f in found)  # two corporations, not one name
