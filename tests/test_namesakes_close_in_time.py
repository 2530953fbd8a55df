"""One name placed in two municipalities within weeks, in other roles: kept as one person (a career step
may follow at once) but announced as a question (walkthrough 17, finding 25, round 42e)."""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.namesakes import namesake_notes
from graph.resolve import resolve

PERIODS = {"a": ("2026-01-20", "2026-01-20"), "b": ("2026-01-29", "2026-01-29"), "c": ("2026-09-30", "2026-09-30")}


def _namesakes(texts: dict[str, str]) -> list[dict]:
    gazetteer = load_gazetteer()
    extractions = [extract(doc, text, gazetteer=gazetteer, date=PERIODS[doc][0]) for doc, text in texts.items()]
    return resolve(extractions, gazetteer, periods=PERIODS).namesakes


def test_two_towns_within_weeks_in_other_roles_are_a_question():
    found = _namesakes({"a": "Eva Kokkelink, programmamanager van de gemeente Leeuwarden, sprak over water.",
                        "b": "Eva Kokkelink, wethouder van Helmond, sprak over mkb."})
    assert found == [{"name": "Eva Kokkelink", "keys": ["person/eva-kokkelink"], "maybe": True,
                      "places": ["Leeuwarden", "Helmond"]}], found
    assert namesake_notes(found)[0].startswith("twee personen heten Eva Kokkelink? Binnen enkele weken in Leeuwarden, Helmond")


def test_two_towns_months_apart_are_a_career_step():
    assert _namesakes({"a": "Eva Kokkelink, programmamanager van de gemeente Leeuwarden, sprak over water.",
                       "c": "Eva Kokkelink, wethouder van Helmond, sprak over mkb."}) == []


def test_one_name_with_an_organisation_and_a_town_in_brackets_of_one_list_is_a_question():
    text = ("# Verslag Pijler Fysiek, 20 januari 2026\n\n"
            "Aanwezig: T. Bos (Venlo, voorzitter), E. Kokkelink (G40-bureau, secretaris), R. Kuipers (Deventer)\n"
            "Afwezig met kennisgeving: E. Kokkelink (Helmond)\n")
    found = _namesakes({"a": text})
    assert [(n["keys"], n["maybe"], n["places"]) for n in found] == [
        (["person/e-kokkelink"], True, ["G40", "Helmond"])], found
    assert namesake_notes(found)[0].startswith("twee personen heten E. Kokkelink? In één document tussen haakjes bij "
                                               "G40, Helmond")


def test_one_name_with_one_body_in_brackets_twice_is_no_question():
    text = ("# Verslag Pijler Fysiek, 20 januari 2026\n\n"
            "Aanwezig: T. Bos (Venlo, voorzitter), E. Kokkelink (Helmond)\n\nE. Kokkelink (Helmond) meldt dat …\n")
    assert _namesakes({"a": text}) == []
