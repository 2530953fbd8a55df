"""Walkthrough 38 (the programme bureau's knowledge manager): wrong facts, analysis and usability
(round 38q). Fixture sentences use fictional people."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _facts(gazetteer, text: str, predicate: str | None = None) -> set[tuple]:
    return {(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=gazetteer).relations
            if predicate is None or r.predicate == predicate}


# ----------------------------------------------------------------------------- W9/A1: joining together is no collaboration


@pytest.mark.parametrize("sentence", [
    "Helmond en 's-Hertogenbosch sluiten zich aan bij de City Deal Impact Ondernemen.",
    "Helmond en Breda nemen deel aan de City Deal Impact Ondernemen.",
    "Helmond en Breda doen mee aan de City Deal Impact Ondernemen.",
    "Helmond en Breda tekenen de City Deal Impact Ondernemen.",
])
def test_cities_that_join_one_city_deal_each_take_part_and_do_not_collaborate(gazetteer, sentence):
    first = "Helmond"
    second = "'s-Hertogenbosch" if "Hertogenbosch" in sentence else "Breda"
    assert _facts(gazetteer, sentence) == {
        (first, "participatesIn", "City Deal Impact Ondernemen"),
        (second, "participatesIn", "City Deal Impact Ondernemen")}


@pytest.mark.parametrize("sentence", [
    "Helmond en Breda werken samen aan de City Deal Impact Ondernemen.",
    "Helmond en Breda sluiten een akkoord.",
    "Helmond en Breda sloten een klimaatpact.",
])
def test_cities_that_say_they_work_together_still_collaborate(gazetteer, sentence):
    assert ("Helmond", "collaboratesWith", "Breda") in _facts(gazetteer, sentence)


def test_signing_for_a_share_is_no_participation(gazetteer):
    assert _facts(gazetteer, "Helmond en Breda tekenen voor 40 procent van de City Deal Impact Ondernemen.") == set()


# ----------------------------------------------------------------------------- W4: the body a writer speaks for


def test_the_body_a_writer_speaks_for_is_no_participant_of_the_reported_clause(gazetteer):
    text = "Namens de VNG laat ik weten dat Enschede, Venlo en Almere deelnemen aan de City Deal Kansengelijkheid."
    assert _facts(gazetteer, text) == {(town, "participatesIn", "City Deal Kansengelijkheid")
                                       for town in ("Enschede", "Venlo", "Almere")}


def test_a_writers_frame_with_the_body_later_still_reports_only_the_clause(gazetteer):
    text = "Hierbij meld ik u namens het IPO dat Enschede deelneemt aan de City Deal Kansengelijkheid."
    assert _facts(gazetteer, text) == {("Enschede", "participatesIn", "City Deal Kansengelijkheid")}


def test_a_body_that_takes_part_itself_still_does(gazetteer):
    assert ("VNG", "participatesIn", "City Deal Kansengelijkheid") in _facts(
        gazetteer, "Namens de VNG laat ik weten dat de VNG deelneemt aan de City Deal Kansengelijkheid.")
    assert ("VNG", "participatesIn", "City Deal Kansengelijkheid") in _facts(
        gazetteer, "Namens de VNG neemt Enschede deel aan de City Deal Kansengelijkheid.")


# ----------------------------------------------------------------------------- W5/W6: "zij" after a person's name


@pytest.mark.parametrize("text", [
    "G40 nieuwsbericht 32\n\nM. Bosman werd benoemd tot voorzitter van de Pijler Fysiek; zij werkt samen met BZK.",
    "G40 nieuwsbericht 32\n\nM. Bosman werd benoemd tot voorzitter van de Pijler Fysiek. Zij werkt samen met BZK.",
    "Nieuws\n\nDe gemeente Breda werkt samen met de VNG in de City Deal Impact Ondernemen.\n"
    "M. Bosman werd benoemd tot voorzitter van de Pijler Fysiek; zij werkt samen met BZK.",
])
def test_she_after_a_persons_initials_is_that_person_not_a_body_of_the_passage(gazetteer, text):
    facts = _facts(gazetteer, text)
    assert not {f for f in facts if "BZK" in f}, facts


def test_she_after_a_named_person_is_that_person(gazetteer):
    text = "G40 nieuws\n\nAnna Vermeer werd benoemd tot voorzitter van de Pijler Fysiek; zij werkt samen met BZK."
    assert ("Anna Vermeer", "collaboratesWith", "BZK") in _facts(gazetteer, text)


@pytest.mark.parametrize("text", [
    "G40 nieuws\n\nDe gemeente Enschede trekt het project; zij werkt samen met Hengelo.",
    "G40 nieuws\n\nDe gemeente Enschede trekt het project. Zij werkt samen met Hengelo.",
])
def test_she_after_a_municipality_is_still_the_municipality(gazetteer, text):
    assert _facts(gazetteer, text, "collaboratesWith") == {("Enschede", "collaboratesWith", "Hengelo")}


# ----------------------------------------------------------------------------- W3: a departure's date and the next office


def _periods(gazetteer, text: str) -> set[tuple]:
    return {(r.object.text, r.role, r.valid_from, r.valid_until)
            for r in extract("d", text, gazetteer=gazetteer).relations if r.predicate == "hasRole"}


def test_a_departures_date_ends_the_office_left_and_starts_the_office_taken_up(gazetteer):
    text = "Anna Vermeer vertrekt per 1 september 2024 als wethouder van Leiden; zij wordt burgemeester van Gouda."
    assert _periods(gazetteer, text) == {("Leiden", "wethouder", None, "2024-08-31"),
                                         ("Gouda", "burgemeester", "2024-09-01", None)}


def test_a_departure_and_a_new_office_joined_by_en(gazetteer):
    text = "Anna Vermeer stopt per 1 maart 2024 als wethouder van Breda en wordt burgemeester van Tilburg."
    assert _periods(gazetteer, text) == {("Breda", "wethouder", None, "2024-02-29"),
                                         ("Tilburg", "burgemeester", "2024-03-01", None)}


def test_a_post_kept_after_a_departure_does_not_end(gazetteer):
    text = "Anna Vermeer stopt per 1 maart 2024 als wethouder van Breda; zij blijft lid van de Pijler Fysiek."
    assert _periods(gazetteer, text) == {("Breda", "wethouder", None, "2024-02-29"),
                                         ("Pijler Fysiek", "lid", None, None)}


def test_a_departure_alone_still_ends_its_office(gazetteer):
    assert _periods(gazetteer, "Anna Vermeer stopt per 1 maart 2024 als wethouder van Breda.") == {
        ("Breda", "wethouder", None, "2024-02-29")}


# ----------------------------------------------------------------------------- W8: "de G40-steden X, Y en Z"


def test_the_g40_cities_a_list_names_are_the_partners_not_the_g40(gazetteer):
    text = ("Hierbij bevestig ik dat het ministerie van VRO de samenwerking met de G40-steden Zwolle, Amersfoort "
            "en Apeldoorn voortzet in de Woondeal Regio Zwolle.")
    towns = ("Zwolle", "Amersfoort", "Apeldoorn")
    assert _facts(gazetteer, text) == {*(("VRO", "collaboratesWith", town) for town in towns),
                                       *((actor, "participatesIn", "Woondeal Regio Zwolle") for actor in ("VRO", *towns))}


def test_the_g40_cities_without_a_list_stay_the_g40(gazetteer):
    assert _facts(gazetteer, "Het ministerie van VRO werkt samen met de G40-steden.") == {("VRO", "collaboratesWith", "G40")}
    assert _facts(gazetteer, "Het ministerie van VRO werkt samen met de G40 en Zwolle.") == {
        ("VRO", "collaboratesWith", "G40"), ("VRO", "collaboratesWith", "Zwolle")}
