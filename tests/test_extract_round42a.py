"""Round 42a: participation and collaboration, and the rules that were wrong on unseen text."""

from __future__ import annotations

from tests.extract_facts import facts


def _taking_part(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith", "initiated", "organised")}


# --- "het consortium “X” (AB)": a partnership of members, named again as "het consortium" and "AB" ---------

def test_a_quoted_consortium_is_a_programme_its_partners_take_part_in():
    text = ("Het consortium “Zorg Dichtbij in de Stad” (ZDS) krijgt geld uit de Nationale Wetenschapsagenda (NWA). "
            "In het consortium werken drie hogescholen samen.\n\n"
            "De gemeenten Zwolle en Ede zijn maatschappelijk partner. Ook Platform31 is partner.")
    found = _taking_part(text)
    assert {("Zwolle", "participatesIn", "Zorg Dichtbij in de Stad", None),
            ("Ede", "participatesIn", "Zorg Dichtbij in de Stad", None),
            ("Platform31", "participatesIn", "Zorg Dichtbij in de Stad", None)} <= found, found
    assert not {f for f in found if f[2] in ("Nationale Wetenschapsagenda", "NWA")}, found


def test_the_abbreviation_of_a_consortium_names_it_again():
    text = "Het consortium “Zorg Dichtbij in de Stad” (ZDS) start in mei. Breda neemt deel aan ZDS."
    assert ("Breda", "participatesIn", "Zorg Dichtbij in de Stad", None) in _taking_part(text), _taking_part(text)


def test_a_consortium_of_members_in_apposition_names_its_members():
    text = "Breda werkt mee aan Slim Wonen Zuid, een consortium van Avans Hogeschool en de gemeente Tilburg."
    found = _taking_part(text)
    assert ("Tilburg", "participatesIn", "Slim Wonen Zuid", None) in found, found


def test_het_consortium_is_no_reference_when_two_consortia_are_named():
    text = ("Het consortium “Zorg Dichtbij” en het consortium “Wijk Centraal” krijgen geld. "
            "Ede is partner in het consortium.")
    found = _taking_part(text)
    assert not {f for f in found if f[0] == "Ede"}, found
