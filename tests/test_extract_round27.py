"""Round 27: constructions of Dutch found on the development sets, tested on sentences of our own."""

from __future__ import annotations

from extract_facts import facts

DATE = "2023-05-01"


def taking_part(text: str) -> set[tuple]:
    return {(f[0], f[2]) for f in facts(text, DATE) if f[1] == "participatesIn"}


def test_the_partners_a_programme_is_said_to_be_a_partnership_of_take_part_in_it():
    text = ("Regio Deal Twente\n\nDe Regio Deal is een samenwerking van Enschede, Hengelo en Almelo "
            "met de ministeries van LNV en SZW.")
    assert taking_part(text) == {(p, "Regio Deal Twente") for p in ("Enschede", "Hengelo", "Almelo", "LVVN", "SZW")}
    text = "Nieuws\n\nDe City Deal Kennis Maken is een partnerschap tussen Zwolle en de VNG."
    assert taking_part(text) == {("Zwolle", "City Deal Kennis Maken"), ("VNG", "City Deal Kennis Maken")}


def test_a_denied_partnership_or_one_whose_subject_is_no_programme_states_no_taking_part():
    assert taking_part("Nieuws\n\nDe City Deal Kennis Maken is geen samenwerking van Zwolle en de VNG.") == set()
    assert taking_part("Nieuws\n\nHet stadhuis is een initiatief van Zwolle en de VNG.") == set()


def test_de_regio_deal_points_back_to_the_regio_deal_named_before():
    text = ("Nieuws\n\nDe Regio Deal Noord-Veluwe is in 2022 getekend; de City Deal Kennis Maken loopt al. "
            "De Regio Deal is een samenwerking van Harderwijk en Ermelo.")
    assert taking_part(text) == {("Harderwijk", "Regio Deal Noord-Veluwe"), ("Ermelo", "Regio Deal Noord-Veluwe")}
