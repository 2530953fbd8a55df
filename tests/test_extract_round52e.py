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


STATENBRIEF = ("Provincie Drenthe\n\n"
               "Statenbrief\n\n"
               "Geachte leden,\n\n"
               "De Stuurgroep Dorpen Vitaal bewaakt de voortgang. Gedeputeerde Roos Kiers is voorzitter. "
               "Daarnaast hebben zitting: Wessel Hilbrants (wethouder Emmen), Noor Tabak (wethouder Assen) en "
               "Gijs Oldenhof (wethouder Hoogeveen).\n\n"
               "Gedeputeerde Staten van Drenthe,\n\n"
               "H.P. Wolda, voorzitter\n"
               "T.M. Brink-Akkerman, secretaris\n")


def test_who_have_a_seat_in_the_passages_unit_take_part_in_it():
    found = found_in(STATENBRIEF)
    assert {("Wessel Hilbrants", "participatesIn", "Stuurgroep Dorpen Vitaal", None),
            ("Noor Tabak", "participatesIn", "Stuurgroep Dorpen Vitaal", None),
            ("Gijs Oldenhof", "participatesIn", "Stuurgroep Dorpen Vitaal", None),
            ("Wessel Hilbrants", "hasRole", "Emmen", "wethouder")} <= found


def test_signatures_under_gedeputeerde_staten_are_the_provinces_offices():
    found = found_in(STATENBRIEF)
    assert {("H.P. Wolda", "hasRole", "Drenthe", "voorzitter"),
            ("T.M. Brink-Akkerman", "hasRole", "Drenthe", "secretaris")} <= found
    assert not any(f[0] in ("H.P. Wolda", "T.M. Brink-Akkerman") and f[2] == "Stuurgroep Dorpen Vitaal" for f in found)


def test_a_gedeputeerde_under_a_provinces_letterhead_is_that_provinces():
    assert ("Roos Kiers", "hasRole", "Drenthe", "gedeputeerde") in found_in(STATENBRIEF)
