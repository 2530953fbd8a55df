"""Round 59c: facts told across sentences — a surname standing for a name written with initials (invented text,
invented people).

Each rule has a text it reads and a near miss where the nearest candidate is the wrong one and must not be taken:
"wethouder N. Jansen … Jansen volgde R. Kok op" (the surname is the person of the initials, as after a first name;
two persons of that surname leave it to neither), "Drs. E.M. van Lieshout … Van Lieshout studeerde …" (a particle
surname after initials).
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
