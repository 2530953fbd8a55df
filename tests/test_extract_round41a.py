"""Round 41a: participation and collaboration, and the rules that were wrong on unseen text."""

from __future__ import annotations

from tests.extract_facts import facts


def _taking_part(text):
    return {f for f in facts(text) if f[1] in ("participatesIn", "collaboratesWith")}


# --- "Ook A en B zijn partner": partners of what the passage is about, not of a programme named before it --

def test_partners_without_a_target_take_part_in_the_passages_programme():
    found = _taking_part("De City Deal Zon loopt sinds 2022. Ook Aedes en Platform31 zijn partner.")
    assert found == {("Aedes", "participatesIn", "City Deal Zon", None),
                     ("Platform31", "participatesIn", "City Deal Zon", None)}, found


def test_partners_after_a_body_named_since_the_programme_are_no_partners_of_the_programme():
    text = ("De City Deal Zon loopt sinds 2022.\n\nHet consortium Stichting Wijkkennis voert het onderzoek uit. "
            "Ook Aedes en Platform31 zijn partner.")
    assert not _taking_part(text), _taking_part(text)
    text = "De City Deal Zon loopt sinds 2022.\n\nDe Werkgroep Data verzamelt de cijfers. Verder zijn Aedes en Platform31 partner."
    assert not _taking_part(text), _taking_part(text)


def test_a_body_named_later_but_not_as_its_sentences_subject_leaves_the_programme():
    text = ("De City Deal Zon loopt sinds 2022. Drie ministeries nemen deel aan de Werkgroep Data. "
            "Ook Aedes en Platform31 zijn partner.")
    found = _taking_part(text)
    assert ("Aedes", "participatesIn", "City Deal Zon", None) in found, found


# --- "lid van": the joiners are the cue's own clause's subjects -------------------------------------------

def test_members_of_an_earlier_clause_after_a_semicolon_do_not_join_the_body_a_later_clause_names():
    text = ("Breda, Tilburg en Ede zijn vanaf de start lid; Venlo trad in 2021 toe, kort nadat de gemeente "
            "lid werd van de VNG.")
    found = {f for f in _taking_part(text) if f[2] == "VNG"}
    assert not {f for f in found if f[0] in ("Breda", "Tilburg", "Ede")}, found


def test_a_body_after_aan_is_the_object_of_the_first_verb_not_a_member_of_the_second_body():
    text = "Wethouder Anna Kok neemt deel aan de Pijler Economie en Werk en is daarnaast lid van de Themagroep Jeugd."
    found = _taking_part(text)
    assert ("Pijler Economie en Werk", "participatesIn", "Themagroep Jeugd", None) not in found, found


def test_a_town_before_lid_van_still_joins():
    found = _taking_part("Sinds 2020 is Venlo lid van de VNG; Breda is lid van het IPO.")
    assert ("Breda", "participatesIn", "IPO", None) in found and ("Venlo", "participatesIn", "VNG", None) in found, found


# --- "neemt deel aan de aanpak X van het ministerie van Y": the ministry owns it, it takes no part -------------

def test_the_ministry_whose_programme_it_is_takes_no_part():
    found = _taking_part("Ede neemt deel aan de City Deal Zon van het ministerie van Volkshuisvesting en Ruimtelijke Ordening.")
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found
    assert not {f for f in found if f[0] != "Ede"}, found
