"""Round 59c: facts told across sentences — a surname standing for a name written with initials, and a town named by
its kind ("de gemeente", "de stad") (invented text, invented people).

Each rule has a text it reads and a near miss where the nearest candidate is the wrong one and must not be taken:
"wethouder N. Jansen … Jansen volgde R. Kok op" (the surname is the person of the initials, as after a first name;
two persons of that surname leave it to neither), "Drs. E.M. van Lieshout … Van Lieshout studeerde …" (a particle
surname after initials); "Venlo treedt toe … Ambtelijk wordt de gemeente vertegenwoordigd door X" (the one town named
before in the paragraph; none after two towns, nor after one in another paragraph).
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str) -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, "2026-03-01"))


# --- a surname after a name written with initials -------------------------------------------------------------------

def test_a_surname_after_a_name_with_initials_is_that_person():
    text = ("Gemeente Apeldoorn, wethouder N. Jansen, bestuurlijk trekker Regio Deal Stedendriehoek. "
            "Jansen volgde per 1 januari 2024 wethouder R. Kok op als trekker.")
    assert ("N. Jansen", "succeeded", "R. Kok", None) in found_in(text), found_in(text)


def test_a_surname_after_two_namesakes_with_initials_is_neither():
    text = ("Wethouder N. Jansen (Apeldoorn) en wethouder P. Jansen (Deventer) spraken. "
            "Jansen volgde per 1 januari 2024 wethouder R. Kok op als trekker.")
    found = found_in(text)
    assert not any(f[0] in ("N. Jansen", "P. Jansen") and f[1] == "succeeded" for f in found), found


def test_a_surname_before_the_name_with_initials_is_no_repeat():
    text = "Jansen sprak over de wijk. Later sprak wethouder N. Jansen (Apeldoorn)."
    assert mentions(text, "Person") == ["N. Jansen"]


def test_a_particle_surname_after_initials_is_that_person():
    text = ("Op 14 november aanvaardt prof. dr. E.M. (Esmée) van Lieshout het ambt van hoogleraar. "
            "Van Lieshout studeerde planologie. Van 2010 tot 2018 werkte zij als onderzoeker bij het Planbureau voor "
            "de Leefomgeving.")
    assert ("Esmée van Lieshout", "hasRole", "PBL", "onderzoeker") in found_in(text), found_in(text)


def test_a_particle_surname_that_names_someone_else_is_no_repeat():
    text = ("Op 14 november aanvaardt prof. dr. E.M. (Esmée) van Lieshout het ambt van hoogleraar. "
            "Van Dam studeerde planologie.")
    assert mentions(text, "Person") == ["E.M. (Esmée) van Lieshout"]


# --- "de gemeente", "de stad": the one town named before --------------------------------------------------------------

def test_de_gemeente_is_the_one_town_named_before():
    text = ("Het college van Venlo besluit toe te treden tot de City Deal Vakmanschap. "
            "Ambtelijk wordt de gemeente in de werkgroep vertegenwoordigd door Bram Heijnen.")
    assert ("Bram Heijnen", "affiliatedWith", "Venlo", None) in found_in(text), found_in(text)


def test_de_gemeente_after_two_towns_is_neither():
    text = ("Zwolle en Deventer treden toe tot de City Deal Vakmanschap. "
            "Ambtelijk wordt de gemeente in de werkgroep vertegenwoordigd door Bram Heijnen.")
    found = found_in(text)
    assert not any(f[0] == "Bram Heijnen" and f[2] in ("Zwolle", "Deventer") for f in found), found
    assert "de gemeente" not in mentions(text, "Municipality")


def test_de_stad_is_the_one_town_named_before():
    text = "Venlo sluit zich aan bij de taskforce. Wethouder Noah Peeters vertegenwoordigt de stad."
    assert "de stad" in mentions(text, "Municipality")
    assert ("Noah Peeters", "hasRole", "Venlo", "wethouder") in found_in(text), found_in(text)


def test_de_stad_after_two_towns_is_neither():
    text = "Venlo en Tilburg sluiten zich aan bij de taskforce. Wethouder Noah Peeters vertegenwoordigt de stad."
    found = found_in(text)
    assert not any(f[0] == "Noah Peeters" and f[2] in ("Venlo", "Tilburg") for f in found), found
    assert "de stad" not in mentions(text, "Municipality")


def test_de_stad_after_towns_in_two_sentences_is_neither():
    text = ("Venlo sluit zich aan bij de taskforce. Ook Tilburg doet mee. "
            "Wethouder Noah Peeters vertegenwoordigt de stad in de taskforce.")
    found = found_in(text)
    assert not any(f[0] == "Noah Peeters" and f[2] in ("Venlo", "Tilburg") for f in found), found


def test_de_stad_after_a_town_of_another_paragraph_is_none():
    text = "Venlo sluit zich aan bij de taskforce.\n\nWethouder Noah Peeters vertegenwoordigt de stad."
    assert "de stad" not in mentions(text, "Municipality")


def test_the_paragraph_names_the_town_not_the_text_before_it():
    text = ("Verslag van de dag\n\nZwolle opende de dag.\n\nToetreding Venlo\n\n"
            "Venlo treedt toe tot de City Deal Vakmanschap. Ambtelijk wordt de gemeente in de werkgroep van de City Deal "
            "vertegenwoordigd door Bram Heijnen.")
    found = found_in(text)
    assert ("Bram Heijnen", "affiliatedWith", "Venlo", None) in found, found
    assert ("Bram Heijnen", "affiliatedWith", "Zwolle", None) not in found, found


def test_de_gemeente_with_its_name_is_no_reference():
    text = "Zwolle opende de dag. Ambtelijk wordt de gemeente Venlo vertegenwoordigd door Bram Heijnen."
    found = found_in(text)
    assert ("Bram Heijnen", "affiliatedWith", "Venlo", None) in found, found
    assert ("Bram Heijnen", "affiliatedWith", "Zwolle", None) not in found, found


def test_one_who_represents_de_stad_in_a_pijler_takes_part_in_it():
    text = ("Deventer doet mee aan de City Deal Vakmanschap. "
            "Wethouder Jan ter Horst vertegenwoordigt de stad in de pijler Economie en Werk.")
    assert ("Jan ter Horst", "participatesIn", "Pijler Economie en Werk", None) in found_in(text), found_in(text)


def test_one_who_represents_de_stad_after_two_towns_takes_no_part():
    text = ("Deventer en Zwolle doen mee aan de City Deal Vakmanschap. "
            "Wethouder Jan ter Horst vertegenwoordigt de stad in de pijler Economie en Werk.")
    found = found_in(text)
    assert not any(f[0] == "Jan ter Horst" for f in found), found


def test_a_role_of_de_gemeente_is_held_at_the_town_the_reference_names():
    # "De gemeente wil …" before "programmamanager van de gemeente": both the same town, not two (round 34c's reading)
    text = ("In Gouda wonen veel huishoudens met een hoge energierekening. De gemeente wil sneller isoleren. Het werk "
            "wordt gecoördineerd door Lieke Vermaat, programmamanager Energietransitie van de gemeente.")
    assert ("Lieke Vermaat", "hasRole", "Gouda", "programmamanager") in found_in(text), found_in(text)
