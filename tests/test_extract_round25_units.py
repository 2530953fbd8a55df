"""Round 25b: organisational units that were missed, on invented sentences.

1. Lists: an announced list of units with a comma before its last "en" ("Armoede en Schulden,
   Jeugd, en Zorg en Welzijn") closes the list there; the "en" inside the last name stays.
2. Committees: "de (vaste) commissie voor <field>" is a committee named by its field, also when the
   field is a ministry's name; a standing committee is part of the chamber its sentence names.
3. Introduced bodies: a bare kind word introduced with "een ambtelijke/bestuurlijke" is a body
   ("een ambtelijke kerngroep"); "een bestuurlijk overleg" is a meeting, "een nieuwe werkgroep" no kind.
4. Directorates-general: "het Directoraat-Generaal X" and "DG X" are one unit of a ministry; "DG"
   before a person is a title.
5. Sentence-case names: "de themagroep Leefomgeving en gezondheid" keeps its lower-case part when
   the document writes the longer name on a line of its own; a unit phrase opened by a capitalised
   adjective ("| Ambtelijke werkgroep bestaanszekerheid |", a table cell) may have a lower-case name.
6. Programme bureaus: "het programmabureau" is a unit (the bureau that runs the programme);
   "Programmabureau <programme>" names it; "het programmabureau van de G40" stays the organisation's body.
7. Boards: "het dagelijks bestuur van <organisation>" is the organisation's board (a unit under
   it, whose members' roles are held in it); "het algemeen bestuur van …" is not (its delegates
   take part in the body itself).
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. lists ---------------------------------------------------------------------------------------

def test_a_comma_before_the_last_en_closes_an_announced_list():
    found = facts("De pijler Sociaal kent drie themagroepen: Wonen en Zorg, Sport, en Cultuur en Erfgoed.", DATE)
    assert {f for f in found if f[1] == "partOf" and f[2] == "Pijler Sociaal"} == {
        ("Themagroep Wonen en Zorg", "partOf", "Pijler Sociaal", None),
        ("Themagroep Sport", "partOf", "Pijler Sociaal", None),
        ("Themagroep Cultuur en Erfgoed", "partOf", "Pijler Sociaal", None)}


def test_without_the_comma_the_count_still_decides_the_split():
    found = facts("De pijler Sociaal kent twee themagroepen: Wonen en Zorg, Cultuur en Erfgoed.", DATE)
    assert {f[0] for f in found if f[1] == "partOf" and f[2] == "Pijler Sociaal"} == {
        "Themagroep Wonen en Zorg", "Themagroep Cultuur en Erfgoed"}


# 2. committees -----------------------------------------------------------------------------------

def test_a_standing_committee_is_named_by_its_field_and_belongs_to_the_chamber():
    found = facts("Namens de Tweede Kamer sprak Kamerlid Rik Zandbergen, lid van de vaste commissie voor "
                  "Binnenlandse Zaken.", DATE)
    assert ("Commissie voor Binnenlandse Zaken", "partOf", "Tweede Kamer", None) in found


def test_a_committee_named_by_a_ministrys_field_keeps_the_ministry_apart():
    text = "Ook Kees Wolters is lid van de commissie voor Sociale Zaken en Werkgelegenheid."
    assert mentions(text, "OrganisationalUnit", DATE) == ["commissie"]
    assert ("Kees Wolters", "hasRole", "Commissie voor Sociale Zaken en Werkgelegenheid", "lid") in facts(text, DATE)


def test_a_committee_for_a_lower_case_purpose_is_no_name():
    assert mentions("Er komt een commissie voor advies over de wijken.", "OrganisationalUnit", DATE) == []


def test_a_committee_without_vaste_is_not_put_in_the_chamber():
    found = facts("De Tweede Kamer ontving een brief van de commissie voor Binnenlandse Zaken.", DATE)
    assert not any(f[1] == "partOf" for f in found)


# 3. introduced bodies ----------------------------------------------------------------------------

def test_a_body_introduced_with_its_kind_adjective_is_a_unit():
    assert mentions("Zij wordt bijgestaan door een ambtelijke kerngroep.", "OrganisationalUnit", DATE) == [
        "ambtelijke kerngroep"]


def test_a_new_group_or_an_administrative_meeting_is_no_unit():
    assert mentions("Er komt een nieuwe werkgroep.", "OrganisationalUnit", DATE) == []
    assert mentions("De steden vragen om een bestuurlijk overleg.", "OrganisationalUnit", DATE) == []


# 4. directorates-general -------------------------------------------------------------------------

def test_a_directorate_general_belongs_to_its_ministry():
    found = facts("Het programma valt onder het Directoraat-Generaal Wonen en Bouwen van het ministerie van BZK.", DATE)
    assert ("Directoraat-Generaal Wonen en Bouwen", "partOf", "BZK", None) in found


def test_dg_and_its_field_is_the_directorate_general():
    text = "De dag wordt geopend door Anneke Bosgraaf (DG Mobiliteit)."
    assert mentions(text, "OrganisationalUnit", DATE) == ["DG Mobiliteit"]


def test_dg_before_a_person_is_a_title():
    assert mentions("DG Anneke Bosgraaf opent de dag.", "OrganisationalUnit", DATE) == []


# 5. sentence-case names --------------------------------------------------------------------------

def test_a_heading_confirms_a_sentence_case_name():
    text = "Jaarverslag Pijler Fysiek\n\nWijk en gezondheid\nIn 2023 is de themagroep Wijk en gezondheid gestart."
    assert "themagroep Wijk en gezondheid" in mentions(text, "OrganisationalUnit", DATE)


def test_a_capitalised_adjective_lets_a_lower_case_name_follow():
    text = "| 2 | Ambtelijke werkgroep armoedebeleid wordt ingesteld | Breda |"
    assert mentions(text, "OrganisationalUnit", DATE) == ["Ambtelijke werkgroep armoedebeleid"]
    assert mentions("De ambtelijke werkgroep armoedebeleid wordt ingesteld.", "OrganisationalUnit", DATE) == []


def test_without_the_heading_the_name_stops_at_the_lower_case_word():
    text = "In 2023 is de themagroep Wijk en gezondheid gestart."
    assert mentions(text, "OrganisationalUnit", DATE) == ["themagroep Wijk"]


# 6. programme bureaus ----------------------------------------------------------------------------

def test_the_programme_bureau_is_a_unit_and_its_leader_holds_a_role():
    text = "Het programmabureau wordt geleid door programmamanager Rika Wolters."
    assert mentions(text, "OrganisationalUnit", DATE) == ["programmabureau"]
    assert ("Rika Wolters", "hasRole", "programmabureau", "programmamanager") in facts(text, DATE)


def test_a_programme_bureau_named_after_its_programme():
    text = "Contact\n\nProgrammabureau Regio Deal Noordkust\nRika Wolters, programmamanager\n"
    assert "Programmabureau Regio Deal Noordkust" in mentions(text, "OrganisationalUnit", DATE)


def test_the_programme_bureau_of_an_organisation_stays_its_body():
    found = facts("Het programmabureau van de G40 helpt de steden.", DATE)
    assert ("G40-programmabureau", "partOf", "G40", None) in found


# 7. boards ---------------------------------------------------------------------------------------

def test_the_daily_board_of_an_organisation_is_its_unit():
    text = ("Met de benoeming is het dagelijks bestuur van de G40 weer compleet. Het bestaat uit:\n"
            "- Jan Rademaker (Breda), voorzitter\n- Piet Holleman (Ede), vicevoorzitter\n")
    found = facts(text, DATE)
    assert ("Dagelijks bestuur G40", "partOf", "G40", None) in found
    assert ("Jan Rademaker", "hasRole", "Dagelijks bestuur G40", "voorzitter") in found
    assert ("Piet Holleman", "hasRole", "Dagelijks bestuur G40", "vicevoorzitter") in found


def test_the_general_board_of_a_joint_arrangement_is_no_unit():
    text = "Daarnaast zat Kees Wolters namens Delft in het algemeen bestuur van de VNG."
    assert mentions(text, "OrganisationalUnit", DATE) == []


def test_a_bare_board_word_names_no_board():
    assert mentions("Het dagelijks bestuur vergadert maandelijks.", "OrganisationalUnit", DATE) == []
