"""Round 25c: organisations the extraction missed, on invented sentences.

1. Two partners joined by "en" are two names when the second closes with a head word ("ABC en
   Delta Hogeschool", "Noord Ontwikkeling en West NL").
2. Legal and sector head words: housing associations (Woonstichting, Woningcorporatie), water
   authorities (Waterschap), GGD, Regio, Veiligheidsregio, Omgevingsdienst, Werkgeversservicepunt
   (opening a name only) and College (closing one only: the "College van B en W" is a
   municipality's body); a hyphen between capitalised words stays inside the name
   ("Smit-Jansen Instituut"); a kind word before a head-word name is not part of it.
3. A place inside a name: the seat after a legal or housing head ("Stichting Buurtkracht Ede"),
   a place before College/University, one or two places after a capitalised "Regio" (not "in de
   Regio X", the area); a capitalised article after a kind word ("woningcorporatie De Vaste Grond").
4. National organisations from public registers (Nibud, CROW, Wageningen University & Research).
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. two partners -------------------------------------------------------------------------------

def test_two_partners_joined_by_en_are_two_names():
    text = "De ontwikkelingsmaatschappij ABC en Delta Hogeschool werken samen met de gemeente Ede."
    assert mentions(text, "Organisation", DATE) == ["ABC", "Delta Hogeschool"]
    text = "Partners zijn Noord Ontwikkeling en West NL."
    assert mentions(text, "Organisation", DATE) == ["Noord Ontwikkeling", "West NL"]


def test_a_one_word_part_before_en_stays_in_the_name():
    assert mentions("Het Kunst en Cultuur Instituut opende.", "Organisation", DATE) == ["Kunst en Cultuur Instituut"]


def test_two_partners_that_are_also_partner_take_part():
    found = facts("In Zwolle is de Green Deal Schone Terreinen ondertekend. Ook het UWV en Delta Hogeschool "
                  "zijn partner.", DATE)
    assert ("Delta Hogeschool", "participatesIn", "Green Deal Schone Terreinen", None) in found
    assert ("UWV", "participatesIn", "Green Deal Schone Terreinen", None) in found


def test_partners_opened_by_the_kind_of_the_first_take_part():
    found = facts("In Zwolle is de Green Deal Schone Terreinen ondertekend. Ook de regionale "
                  "ontwikkelingsmaatschappij ABC en Delta Hogeschool zijn partner.", DATE)
    assert ("ABC", "participatesIn", "Green Deal Schone Terreinen", None) in found
    assert ("Delta Hogeschool", "participatesIn", "Green Deal Schone Terreinen", None) in found


# 2. head words ---------------------------------------------------------------------------------

def test_housing_and_water_authority_heads_open_a_name():
    text = "Woonstichting Goed Thuis en Waterschap Rijn en Aa's tekenden het convenant."
    assert mentions(text, "Organisation", DATE) == ["Woonstichting Goed Thuis", "Waterschap Rijn en Aa's"]


def test_a_kind_word_before_a_head_word_name_is_not_part_of_it():
    text = "Woningcorporatie Woonstichting Veldzicht bouwt 200 woningen."
    assert mentions(text, "Organisation", DATE) == ["Woonstichting Veldzicht"]
    text = "Woningcorporatie Woonstichting Het Anker bouwt 200 woningen."  # a capitalised article opens the name
    assert mentions(text, "Organisation", DATE) == ["Woonstichting Het Anker"]
    assert mentions("Het Anker bouwt 200 woningen.", "Organisation", DATE) == []


def test_ggd_and_regio_open_a_name_and_a_hyphen_stays_inside():
    text = "De aanpak is samen met de GGD Hollands-Oost en de Regio Kempenland ontwikkeld."
    assert mentions(text, "Organisation", DATE) == ["GGD Hollands-Oost", "Regio Kempenland"]
    assert mentions("Het Smit-Jansen Instituut monitort de voortgang.", "Organisation", DATE) == \
        ["Smit-Jansen Instituut"]


def test_a_head_only_word_does_not_close_a_name():
    # "Agenda Sterke Regio's": Regio opens names, it does not close one
    assert mentions("Breda werkt aan de Agenda Sterke Regio's.", "Organisation", DATE) == []


def test_college_closes_a_name_but_does_not_open_one():
    assert mentions("- Nova College\n- Woningcorporatie Veldzicht Wonen", "Organisation", DATE) == \
        ["Nova College", "Woningcorporatie Veldzicht Wonen"]
    assert mentions("Het College van B en W van Breda besloot.", "Organisation", DATE) == []


# 3. places inside names ------------------------------------------------------------------------

def test_a_seat_after_a_legal_head_belongs_to_the_name():
    text = "Van 2015 tot 2019 was ik directeur van Stichting Buurtkracht Ede. Nu woon ik in Ede."
    assert mentions(text, "Organisation", DATE) == ["Stichting Buurtkracht Ede"]
    assert mentions(text, "Municipality", DATE) == ["Ede"]
    text = "Zij werkt bij woningcorporatie Goed Wonen Breda."
    assert mentions(text, "Organisation", DATE) == ["Goed Wonen Breda"]


def test_a_place_before_college_or_university_names_the_school():
    assert mentions("Zij studeerde aan het Drenthe College en de Tilburg University.", "Organisation", DATE) == \
        ["Drenthe College", "Tilburg University"]
    assert mentions("Zij studeerde aan het Drenthe College.", "Province", DATE) == []


def test_a_capitalised_regio_before_places_is_their_joint_body():
    text = "De uitvoering wordt gecoördineerd door de Regio Breda-Tilburg."
    assert mentions(text, "Organisation", DATE) == ["Regio Breda-Tilburg"]
    assert mentions(text, "Municipality", DATE) == []


def test_in_de_regio_is_the_area():
    text = "Breda doet mee aan de City Deal Slimme Haven in de Regio Zwolle."
    assert mentions(text, "Organisation", DATE) == []
    assert mentions(text, "Municipality", DATE) == ["Breda", "Zwolle"]


def test_a_programme_head_before_regio_keeps_the_programme():
    assert mentions("De Woondeal Regio Breda-Tilburg is getekend.", "Organisation", DATE) == []


def test_a_capitalised_article_after_a_kind_word_opens_the_name():
    text = "Hij zit in de raad van toezicht van woningcorporatie De Vaste Grond."
    assert mentions(text, "Organisation", DATE) == ["De Vaste Grond"]
    assert mentions("Hij werkt voor de woningcorporatie in Breda.", "Organisation", DATE) == []


# 4. national organisations ---------------------------------------------------------------------

def test_national_organisations_from_the_register():
    text = "Het Nibud en CROW leverden cijfers; Wageningen University & Research onderzocht de data."
    assert mentions(text, "Organisation", DATE) == ["Nibud", "CROW", "Wageningen University & Research"]
    assert mentions(text, "Municipality", DATE) == []


def test_a_region_glued_to_a_tail_word_is_no_name():
    assert mentions("Het project loopt in Midden-Nederland en Oost-Nederland.", "Organisation", DATE) == []


def test_a_kind_word_before_one_word_marks_it_as_a_first_partner():
    text = "Ook de regionale ontwikkelingsmaatschappij Limbo en Delta Hogeschool zijn partner."
    assert mentions(text, "Organisation", DATE) == ["Limbo", "Delta Hogeschool"]
    # a legal form may open one name with "en" inside
    assert mentions("De vereniging Wonen en Zorg Platform.", "Organisation", DATE) == ["Wonen en Zorg Platform"]


def test_kind_words_of_public_bodies_before_a_name():
    text = "Het waterschap Rijn en Berkel doet mee, net als de omgevingsdienst Achterhoek."
    assert mentions(text, "Organisation", DATE) == ["Rijn en Berkel", "Achterhoek"]
