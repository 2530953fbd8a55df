"""Round 27b: constructions of Dutch met in annual reports, news items, newsletters and minutes,
tested on invented sentences (other names, other places, other wordings).

1. A given name with middle initials ("Anna M. de Wit", "Kees P.J. Vermeulen") is one person; a
   capitalised verb form that is also a surname after a given name ("Ingrid Sloot") is the surname.
2. Minutes of a unit's meeting ("Verslag werkgroep X"): the persons under the heading "Aanwezig"
   take part in the unit, those under "Afwezig (met kennisgeving)" do not; an item "Naam, ministerie
   van X" or "Naam, UWV, adviseur …" says where the person works and as what.
"""

from __future__ import annotations

from extract_facts import facts, mentions

DATE = "2024-06-01"


# 1. names ------------------------------------------------------------------------------------

def test_a_name_with_a_middle_initial_is_one_person():
    text = "Wethouder Anna M. de Wit (Breda) is de nieuwe voorzitter van de themagroep Wonen."
    assert mentions(text, "Person", DATE) == ["Anna M. de Wit"]
    found = facts(text, DATE)
    assert ("Anna M. de Wit", "hasRole", "Themagroep Wonen", "voorzitter") in found


def test_a_name_with_several_middle_initials_and_a_title():
    text = "Burgemeester Kees P.J. Vermeulen van Zwolle opende de bijeenkomst."
    assert mentions(text, "Person", DATE) == ["Kees P.J. Vermeulen"]
    assert ("Kees P.J. Vermeulen", "hasRole", "Zwolle", "burgemeester") in facts(text, DATE)


def test_initials_alone_stay_initials():
    assert mentions("Het stuk is van J.P. de Boer (VNG).", "Person", DATE) == ["J.P. de Boer"]


def test_a_verb_form_after_a_given_name_is_a_surname():
    assert mentions("Ingrid Sloot (Deventer) was aanwezig.", "Person", DATE) == ["Ingrid Sloot"]
    assert mentions("Daarna sloot Ingrid de vergadering.", "Person", DATE) == []


# 2. minutes of a unit's meeting -------------------------------------------------------------

MINUTES = """Verslag werkgroep Laaggeletterdheid

Aanwezig

- Joris Kamphuis (Zaanstad), voorzitter
- Femke Wolters (Leiden)
- Hanna Brouwer, UWV, adviseur werkgeversdienstverlening
- Daan Overmars, ministerie van OCW (tot 11.00 uur)

Afwezig met kennisgeving

- Bram Houtman (Delft)

Afwezig

- Sien Vlaskamp, Divosa

1. Opening

De voorzitter opent de vergadering.
"""


def test_who_is_present_takes_part_in_the_unit_whose_minutes_these_are():
    found = facts(MINUTES, DATE)
    unit = "Werkgroep Laaggeletterdheid"
    for person in ("Femke Wolters", "Daan Overmars"):
        assert (person, "participatesIn", unit, None) in found
    assert ("Joris Kamphuis", "hasRole", unit, "voorzitter") in found


def test_who_is_absent_takes_no_part():
    found = facts(MINUTES, DATE)
    assert not [f for f in found if f[0] in ("Bram Houtman", "Sien Vlaskamp") and f[2] == "Werkgroep Laaggeletterdheid"]
    assert ("Bram Houtman", "affiliatedWith", "Delft", None) in found


def test_an_attendance_item_names_the_employer_and_the_function():
    found = facts(MINUTES, DATE)
    assert ("Hanna Brouwer", "hasRole", "UWV", "adviseur") in found
    assert ("Daan Overmars", "affiliatedWith", "OCW", None) in found


def test_an_attendance_heading_without_minutes_of_a_unit_frames_nothing():
    text = "Nieuws over de werkgroep Laaggeletterdheid\n\nAanwezig\n\n- Femke Wolters (Leiden)\n"
    found = facts(text, DATE)
    assert not [f for f in found if f[1] == "participatesIn"]
