"""Members named with their town, staff "in dienst van X als Y", and an agenda item of minutes
(walkthrough 17, finding 34)."""

from __future__ import annotations

from tests.extract_facts import dated_relations, facts, mentions

MINUTES = ("# Verslag Pijler Fysiek, 4 maart 2026\n\nAanwezig: E. Kok (Ede), T. Bos (Venlo)\n\n1. Opening\n"
           "De voorzitter opent de vergadering.\n\n2. Energiefonds\nDe pijler werkt samen met het ministerie van EZK "
           "aan de verduurzaming.\n")


def test_a_compound_named_only_as_a_numbered_agenda_item_is_no_programme():
    assert mentions(MINUTES, "Programme", "2026-03-04") == []
    assert ("Pijler Fysiek", "collaboratesWith", "EZK", None) in facts(MINUTES, "2026-03-04")


def test_an_agenda_item_the_minutes_name_again_stays_a_programme():
    text = MINUTES + "Het Energiefonds opent in mei.\n"
    assert mentions(text, "Programme", "2026-03-04") == ["Energiefonds", "Energiefonds"]


def test_members_named_with_their_town_are_the_members_not_the_towns():
    text = ("De Taskforce Wonen komt in mei bijeen. Ook Eva Kok (Ede) en Tom Bos, wethouder van Venlo, "
            "zijn lid van de taskforce.")
    assert facts(text, "2026-03-01") == {("Eva Kok", "affiliatedWith", "Ede", None),
                                         ("Tom Bos", "hasRole", "Venlo", "wethouder"),
                                         ("Eva Kok", "hasRole", "Taskforce Wonen", "lid"),
                                         ("Tom Bos", "hasRole", "Taskforce Wonen", "lid")}


def test_towns_that_are_members_take_part():
    assert facts("Ede en Venlo zijn lid van de Taskforce Wonen.", "2026-03-01") == {
        ("Ede", "participatesIn", "Taskforce Wonen", None), ("Venlo", "participatesIn", "Taskforce Wonen", None)}


def test_in_service_of_a_body_as_a_role_is_that_role_from_the_day():
    found = dated_relations("Per 1 februari 2026 is Eva Kok in dienst van de gemeente Ede als beleidsadviseur.",
                            "2026-01-20")
    assert found == {("Eva Kok", "Ede", "beleidsadviseur", False, "2026-02-01", None)}
