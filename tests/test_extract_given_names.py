"""Given names of people living in the Netherlands, of every origin: a name without a role or list
around it is a person when its first word is a common given name (``data/gazetteer/first_names.txt``)."""

from __future__ import annotations

import pytest

from extract_facts import mentions

DATE = "2024-06-01"


@pytest.mark.parametrize("text, persons", [
    ("Ook Gülsen Aksoy en Tjalling Bosma waren erbij.", ["Gülsen Aksoy", "Tjalling Bosma"]),  # Turkish, Frisian
    ("Volgens Priya Ramsaran-Chedi gaat het goed.", ["Priya Ramsaran-Chedi"]),  # Hindustani
    ("Esra Doğan en Youssef Amrani schreven het plan.", ["Esra Doğan", "Youssef Amrani"]),
    ("Het verslag is van Bayu Sastro.", ["Bayu Sastro"]),  # Javanese
])
def test_a_common_given_name_opens_a_person_name(text, persons):
    assert mentions(text, "Person", DATE) == persons


@pytest.mark.parametrize("text", [
    "Het project in Sri Lanka liep door.",  # "Sri" is no given name here
    "De Lex Specialis geldt.",
    "Ook Groningen en Assen waren erbij.",
])
def test_no_person_without_a_given_name(text):
    assert mentions(text, "Person", DATE) == []
