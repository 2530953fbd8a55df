"""Round 25a: programme names, on invented sentences (what a rule finds and its near-miss).

1. Head word first with a place in the name: "het Programma Groene Daken Tilburg", "het Nationaal
   Programma Delft-Zuid", a quoted "programma 'Ede Centraal'"; a place after "van"/"en" stays a place.
2. "Aanpak" and compounds on "-aanpak" before a Title Case name ("de Aanpak Zon op het Dak",
   "de Winkelaanpak Centrumgebieden"); lower-case "de aanpak van …" is no name.
3. Lower-case "het programma X": one capitalised word that is no policy field ("het programma
   Buurtbemiddeling", not "het programma Wonen"), and slogan endings ("Zorgstelsel in balans").
4. The family of deals: "de Regio Deals", "de City Deals" without a name after them.
5. Taking part: "levert een bijdrage aan", "Beide steden doen mee aan" (the pair named before),
   and the owner after a programme ("het programma X van SZW") is no participant.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. head word first, with a place ----------------------------------------------------------------

def test_a_place_ends_a_programme_named_after_the_head_word():
    text = "Ede doet mee aan het Programma Groene Daken Tilburg, dat in 2021 begon."
    assert mentions(text, "Programme", DATE) == ["Programma Groene Daken Tilburg"]
    assert ("Ede", "participatesIn", "Programma Groene Daken Tilburg", None) in facts(text, DATE)


def test_a_national_programme_named_after_a_district():
    text = "Zij nam de lessen mee van het Nationaal Programma Delft-Zuid."
    assert mentions(text, "Programme", DATE) == ["Nationaal Programma Delft-Zuid"]
    assert mentions(text, "Municipality", DATE) == []


def test_a_place_in_a_quoted_programme_name():
    text = "Wethouder Eva Kok leidt in haar stad het programma 'Ede Centraal'."
    assert mentions(text, "Programme", DATE) == ["programma 'Ede Centraal'"]


def test_a_place_after_van_is_the_owner_not_part_of_the_name():
    text = "Breda doet mee aan het Programma Slimme Wijken van Tilburg."
    assert mentions(text, "Programme", DATE) == ["Programma Slimme Wijken"]
    assert mentions(text, "Municipality", DATE) == ["Breda", "Tilburg"]


# 2. Aanpak ---------------------------------------------------------------------------------------

def test_aanpak_before_a_title_case_name_is_a_programme():
    assert mentions("De pijler sprak met LNV over de Aanpak Zon op het Dak.", "Programme", DATE) \
        == ["Aanpak Zon op het Dak"]
    assert mentions("De pijler sprak met LNV over de Aanpak Schone Lucht in de Stad.", "Programme", DATE) \
        == ["Aanpak Schone Lucht in de Stad"]
    assert mentions("Ook de Winkelaanpak Centrumgebieden van EZK kreeg een vervolg.", "Programme", DATE) \
        == ["Winkelaanpak Centrumgebieden"]


def test_a_listed_aanpak_name():
    text = "De themagroep werkt mee aan de Aanpak Schulden, Zorg en Werk van het kabinet."
    assert mentions(text, "Programme", DATE) == ["Aanpak Schulden, Zorg en Werk"]


def test_a_lower_case_aanpak_is_no_name():
    assert mentions("De themagroep bespreekt de aanpak van laaggeletterdheid met Ede.", "Programme", DATE) == []
    assert mentions("Ede werkt aan de wijkaanpak en de Wijkaanpak.", "Programme", DATE) == []


# 3. lower-case "programma" -----------------------------------------------------------------------

def test_one_capitalised_compound_after_het_programma_is_its_name():
    text = "De pijler sluit aan bij het landelijk programma Buurtbemiddeling."
    assert mentions(text, "Programme", DATE) == ["programma Buurtbemiddeling"]


def test_a_policy_field_after_het_programma_is_a_topic():
    assert mentions("Zij sprak over het programma Wonen en de begroting.", "Programme", DATE) == []


def test_a_slogan_ending_belongs_to_the_name():
    text = "Breda doet mee aan het programma Zorgstelsel in balans."
    assert mentions(text, "Programme", DATE) == ["programma Zorgstelsel in balans"]
    assert ("Breda", "participatesIn", "Zorgstelsel in balans", None) in facts(text, DATE)


def test_a_slogan_ending_before_its_verb_is_a_predicate():
    assert mentions("Zij wil het programma Armoede in balans brengen.", "Programme", DATE) == []


# 4. the family of deals --------------------------------------------------------------------------

def test_the_regio_deals_are_one_programme():
    text = "Zij wordt ambassadeur van de G40 voor de Regio Deals."
    assert mentions(text, "Programme", DATE) == ["Regio Deals"]


def test_city_deals_followed_by_names_are_no_family():
    text = "Breda doet mee aan de City Deals Slimme Wijk en Groene Stad."
    assert "City Deals" not in mentions(text, "Programme", DATE)
    assert mentions("Er zijn veel City Deals.", "Programme", DATE) == []


# 5. taking part ----------------------------------------------------------------------------------

def test_a_contribution_to_a_programme_is_taking_part():
    text = "Samen met SZW levert de themagroep Armoede een bijdrage aan de Aanpak Schulden, Zorg en Werk."
    assert ("Themagroep Armoede", "participatesIn", "Aanpak Schulden, Zorg en Werk", None) in facts(text, DATE)
    assert not any(f[0] == "SZW" and f[1] == "participatesIn" for f in facts(text, DATE))


def test_both_cities_are_the_pair_named_before():
    text = ("Wethouder Joost Mol vertelde hoe Almelo en Oss samen werken aan schuldhulp. "
            "Beide steden doen mee aan het programma Schulden in balans van SZW.")
    found = facts(text, DATE)
    assert ("Almelo", "participatesIn", "Schulden in balans", None) in found
    assert ("Oss", "participatesIn", "Schulden in balans", None) in found
    assert ("SZW", "participatesIn", "Schulden in balans", None) not in found


def test_both_cities_need_exactly_one_pair_before():
    text = ("Wethouder Joost Mol vertelde hoe Almelo, Delft en Oss samen werken aan schuldhulp. "
            "Beide steden doen mee aan het programma Schulden in balans.")
    assert not any(f[1] == "participatesIn" and f[2] == "Schulden in balans" for f in facts(text, DATE))


def test_who_takes_part_on_behalf_of_a_town_takes_part_with_it():
    found = facts("Wethouder Anna Smit neemt namens de gemeente Breda deel aan de City Deal Kennis Maken.", DATE)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Anna Smit", "Breda"}  # as in round 3
    found = facts("Breda en Ede nemen deel aan de City Deal Kennis Maken.", DATE)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Breda", "Ede"}
