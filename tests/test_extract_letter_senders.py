"""A letter's signature with the role and its organisation on one line, a speaker "Namens <stad>", and a
letter's "wij" working with towns (walkthrough 17, finding 33)."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts

CLOSING = "Met vriendelijke groet,\n\n"


@pytest.mark.parametrize("name, line, fact", [
    ("mr. Sanne Kok", "directeur Bouwen, ministerie van BZK", ("Sanne Kok", "hasRole", "BZK", "directeur")),
    ("Eva de Wit", "programmamanager Werk en Inkomen, VNG", ("Eva de Wit", "hasRole", "VNG", "programmamanager")),
    ("ir. Tom Bos", "programmadirecteur Duurzame Mobiliteit, Ministerie van IenW",
     ("Tom Bos", "hasRole", "IenW", "programmadirecteur")),
])
def test_a_signature_line_of_role_portfolio_and_organisation_gives_the_role_there(name, line, fact):
    text = "Onderwerp: Voortgang\n\nGeachte heer,\n\nWij melden u de voortgang.\n\n" + CLOSING + f"{name}\n{line}\n"
    assert fact in facts(text, "2026-02-01")


def test_a_signature_line_with_more_than_one_organisation_gives_nothing():
    text = CLOSING + "Sanne Kok\ndirecteur Bouwen, ministerie van BZK en VNG\n"
    assert {f for f in facts(text, "2026-02-01") if f[1] == "hasRole"} == set()


def test_a_speaker_on_behalf_of_a_town_works_for_it():
    assert ("Jan Smit", "affiliatedWith", "Ede", None) in facts(
        "Namens Ede sprak Jan Smit op de bijeenkomst van 12 februari.", "2026-02-20")


def test_a_speaker_on_behalf_of_a_town_with_a_role_there_has_no_extra_affiliation():
    assert facts("Namens Ede sprak wethouder Jan Smit.", "2026-02-20") == {("Jan Smit", "hasRole", "Ede", "wethouder")}


LETTER = ("Den Haag, 3 maart 2026\n\nOnderwerp: Voortgang Regio Deal\n\nGeachte heer Kok,\n\n"
          "Het ministerie steunt de aanpak met een bijdrage. Wij werken hierin samen met de gemeenten Ede en Venlo."
          "\n\nMet vriendelijke groet,\n\n")


def test_the_we_of_a_letter_signed_for_a_ministry_works_with_the_towns_it_names():
    found = facts(LETTER + "ir. Tom Bos\nprogrammadirecteur Duurzame Groei, ministerie van IenW\n", "2026-03-03")
    assert {f for f in found if f[1] == "collaboratesWith"} == {("IenW", "collaboratesWith", "Ede", None),
                                                                 ("IenW", "collaboratesWith", "Venlo", None)}


def test_the_we_of_a_letter_whose_signature_names_no_body_works_with_no_one():
    found = facts(LETTER + "Tom Bos\nsecretaris-generaal\n", "2026-03-03")
    assert {f for f in found if f[1] == "collaboratesWith"} == set()
