"""Round 24: precision first (rules that fired where Dutch says something else), then recall by
mechanism, on invented sentences.

1. Precision: an "-er" place adjective before a role word ("de Asser wethouder X") is no partner; a
   place glued to a compass word ("GGD Gelderland-Midden") is a region, not the place; a second
   "en aan de Y" after "neemt deel aan X" is a second thing taken part in, not an actor; "de relatie
   met X" is a topic, no partnership; "bedacht door X, samen met Y" names co-authors; a fronted
   "Samen met …, <verb> hij" has a person as subject, not the passage's unit; a person's
   participatesIn gives way to the role the document names at the same body; a G40-themagroep
   sits under its pijler, not directly under the G40.
2. Names: surnames linked by a one-letter part ("Tjon-A-Fat").
3. Layouts: a table of a municipality's aldermen ("| Wethouder | Portefeuille | Rol in de G40 |"):
   the role column header names the role in the document's own municipality, and each
   "role unit" part of the role cell is a role in that unit.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. precision -----------------------------------------------------------------------------------

def test_an_er_adjective_before_a_role_word_is_the_persons_town():
    found = facts("Daarna trok zij de themagroep Zorg, samen met de Emmer wethouder Joke Brink.", DATE)
    assert ("Joke Brink", "hasRole", "Emmen", "wethouder") in found
    assert not any(f[1] == "collaboratesWith" for f in found)


def test_an_er_adjective_without_a_role_word_names_no_place():
    assert mentions("De Asser kermis trok veel bezoekers.", "Municipality", DATE) == []


def test_a_place_glued_to_a_compass_word_is_a_region():
    found = facts("De aanpak is samen met de GGD Gelderland-Zuid ontwikkeld door de gemeente Ede.", DATE)
    assert not any("Gelderland" == f[2] for f in found)
    assert mentions("De sloop in Tiel-Oost is vertraagd.", "Municipality", DATE) == ["Tiel"]
    assert mentions("De provincie Utrecht en de gemeente Ede werken samen.", "Province", DATE) == ["Utrecht"]


def test_a_second_thing_taken_part_in_is_no_actor():
    found = facts("Wethouder Sanne Mol neemt deel aan de pijler Sociaal en aan de themagroep Armoede.", DATE)
    assert not any(f[0] == "Themagroep Armoede" for f in found)
    found = facts("Aan de City Deal Slim Wonen nemen Breda, Ede en Zwolle deel.", DATE)
    assert ("Ede", "participatesIn", "City Deal Slim Wonen", None) in found


def test_a_relation_with_a_place_is_a_topic_not_a_partnership():
    found = facts("De pijler Fysiek sprak over de relatie met Den Haag.", DATE)
    assert not any(f[1] == "collaboratesWith" for f in found)
    found = facts("De pijler Fysiek heeft met Den Haag gesproken over woningbouw.", DATE)
    assert ("Pijler Fysiek", "collaboratesWith", "Den Haag", None) in found


def test_thought_up_by_x_together_with_y_names_no_partnership_of_the_deal():
    found = facts("Die City Deal Slim Wonen is ooit bedacht door de G40, samen met het ministerie van BZK.", DATE)
    assert not any(f[0] == "City Deal Slim Wonen" and f[1] == "collaboratesWith" for f in found)


def test_a_fronted_together_with_and_a_pronoun_subject_is_no_unit_fact():
    text = ("De themagroep Werklocaties is actief. Samen met de gedeputeerde van Utrecht, Kees Bol, "
            "legde hij de basis voor het programma.")
    found = facts(text, DATE)
    assert not any(f[0] == "Themagroep Werklocaties" and f[1] == "collaboratesWith" for f in found)
    found = facts("De themagroep Wonen is actief. Samen met Aedes bracht de werkgroep de knelpunten in kaart.", DATE)
    assert ("Themagroep Wonen", "collaboratesWith", "Aedes", None) in found


def test_a_role_at_a_body_replaces_taking_part_in_it():
    text = ("Aan de taskforce Vitale Wijken nemen deel:\n\n- Bas Smit, wethouder van Ede (voorzitter)\n"
            "- Eva Kok, wethouder van Breda\n")
    found = facts(text, DATE)
    assert ("Bas Smit", "hasRole", "Taskforce Vitale Wijken", "voorzitter") in found
    assert ("Bas Smit", "participatesIn", "Taskforce Vitale Wijken", None) not in found
    assert ("Eva Kok", "participatesIn", "Taskforce Vitale Wijken", None) in found


def test_a_g40_themagroep_is_placed_under_the_one_pijler_of_the_text():
    text = ("De pijler Fysiek van de G40 werkt aan woningbouw. "
            "De themagroep Wonen van de G40 nodigt u uit voor een bijeenkomst.")
    found = facts(text, DATE)
    assert ("Themagroep Wonen", "partOf", "Pijler Fysiek", None) in found
    assert ("Themagroep Wonen", "partOf", "G40", None) not in found


def test_a_themagroep_stays_under_the_g40_when_the_text_names_two_pijlers():
    text = ("De pijler Fysiek en de pijler Sociaal van de G40 werken samen. "
            "De themagroep Wonen van de G40 nodigt u uit.")
    found = facts(text, DATE)
    assert ("Themagroep Wonen", "partOf", "Pijler Fysiek", None) not in found


# 2. names ---------------------------------------------------------------------------------------

def test_a_surname_with_a_one_letter_link():
    assert mentions("Programmamanager is Karin Lie-A-Ling uit Almere.", "Person", DATE) == ["Karin Lie-A-Ling"]
    assert mentions("Wethouder Piet Jansen - A-merk kwam ook.", "Person", DATE) == ["Piet Jansen"]


# 3. layouts -------------------------------------------------------------------------------------

_ALDERMEN = """# Jaarverslag 2023 gemeente Deventer

## Deventer in de G40

| Wethouder | Portefeuille | Rol in de G40 |
|---|---|---|
| Joris Visser | Economie | lid Pijler Economie en Werk; trekker themagroep Circulaire Economie |
| Anna de Boer | Zorg | vicevoorzitter Pijler Sociaal |
"""


def test_a_table_of_a_municipalitys_aldermen():
    found = facts(_ALDERMEN, DATE)
    assert ("Joris Visser", "hasRole", "Deventer", "wethouder") in found
    assert ("Anna de Boer", "hasRole", "Deventer", "wethouder") in found
    assert ("Joris Visser", "hasRole", "Themagroep Circulaire Economie", "trekker") in found
    assert ("Anna de Boer", "hasRole", "Pijler Sociaal", "vicevoorzitter") in found


def test_a_role_column_without_an_owner_in_the_title_gives_no_place():
    text = _ALDERMEN.replace("# Jaarverslag 2023 gemeente Deventer", "# Jaarverslag 2023")
    text = text.replace("## Deventer in de G40", "## De G40")
    found = facts(text, DATE)
    assert not any(f[1] == "hasRole" and f[3] == "wethouder" for f in found)
