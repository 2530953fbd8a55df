"""Round 40y (walkthrough 15, findings 21-23): a role's topic is no person, a town ending a
programme's name belongs to it, and a letter's salutation names no person of its own."""

from __future__ import annotations

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve
from tests.extract_facts import assert_facts, mentions


# --- 21: "X is thematrekker <Topic> van de Themagroep Y" ---------------------------------------------------

def test_a_capitalised_topic_after_a_role_is_no_person_and_the_subject_holds_the_role():
    text = "Karin Smit is thematrekker Slimme Mobiliteit van de Themagroep Stedelijke Data."
    assert mentions(text, "Person") == ["Karin Smit"]
    assert_facts(text, {("Karin Smit", "hasRole", "Themagroep Stedelijke Data", "thematrekker")})


def test_a_topic_the_lexicon_does_not_know_also_stands_between_role_and_body():
    assert_facts("Karin Smit is trekker Digitale Inclusie van de Themagroep Sociaal.",
                 {("Karin Smit", "hasRole", "Themagroep Sociaal", "trekker")})


def test_a_full_name_after_a_role_after_a_copula_is_still_a_person():
    text = "De trekker is wethouder Anna de Wit van Tilburg."
    assert mentions(text, "Person") == ["Anna de Wit"]
    assert_facts(text, {("Anna de Wit", "hasRole", "Tilburg", "wethouder")})


# --- 22: "het programma Klimaatbestendig Zwolle" ------------------------------------------------------------

def test_a_town_ending_a_programme_name_after_lower_case_programma_belongs_to_it():
    text = "Lieke Bos is trekker van het programma Klimaatbestendig Zwolle."
    assert mentions(text, "Programme") == ["programma Klimaatbestendig Zwolle"]
    assert_facts(text, {("Lieke Bos", "hasRole", "Klimaatbestendig Zwolle", "trekker")})


def test_a_town_after_a_connector_or_opening_the_name_is_no_part_of_it():
    assert mentions("Breda doet mee aan het programma Groen Wonen.", "Programme") == ["programma Groen Wonen"]
    assert mentions("Het programma Groene Daken van Ede loopt door.", "Programme") == ["programma Groene Daken"]


# --- 23: "Geachte heer X," ----------------------------------------------------------------------------------

def _persons(text: str) -> list[str]:
    gazetteer = load_gazetteer()
    extraction = extract("t", text, gazetteer=gazetteer, date="2026-04-15")
    resolution = resolve([extraction], gazetteer)
    return sorted(e.label for e in resolution.entities.values() if e.type == "Person")


def test_a_salutation_whose_addressee_the_letter_does_not_name_is_no_person():
    text = ("Aan: ministerie van BZK\nBetreft: deelname\n\nGeachte heer Brouwer,\n\n"
            "Hierbij bevestigt de gemeente Zwolle haar deelname.\n\nMet vriendelijke groet,\n\nTessa Mulder")
    assert mentions(text, "Person") == ["Tessa Mulder"]
    assert _persons(text) == ["Tessa Mulder"]


def test_a_salutation_joins_the_addressee_the_letter_names_in_full():
    for addressee in ("Daan Brouwer", "de heer D. Brouwer"):
        text = f"Aan: {addressee}, ministerie van BZK\n\nGeachte heer Brouwer,\n\nHierbij bevestigen wij."
        assert mentions(text, "Person")[-1] == "Brouwer", text
        assert _persons(text) == [addressee.replace("de heer ", "")], text


def test_a_title_and_surname_outside_a_salutation_stays_a_person():
    assert _persons("Minister Brouwer opende de dag in Zwolle.") == ["Brouwer"]


# --- 24: "… Dat is onjuist: …" ------------------------------------------------------------------------------

def test_a_sentence_the_next_one_calls_wrong_states_no_fact():
    text = ("Tilburg, 1 april 2026 – In een eerder bericht stond dat Lieke Bos trekker is van het programma "
            "Klimaatbestendig Zwolle. Dat is onjuist: Lieke Bos is projectleider, de trekker is wethouder "
            "Anna de Wit van Tilburg.")
    assert_facts(text, {("Anna de Wit", "hasRole", "Tilburg", "wethouder")})


def test_a_partial_denial_or_one_after_a_blank_line_keeps_the_sentence_before():
    kept = {("Lieke Bos", "hasRole", "Klimaatbestendig Zwolle", "trekker")}
    assert_facts("Lieke Bos is trekker van het programma Klimaatbestendig Zwolle. Dat klopt niet helemaal.", kept)
    assert_facts("Lieke Bos is trekker van het programma Klimaatbestendig Zwolle.\n\nDat is onjuist.", kept)
    assert_facts("Lieke Bos is trekker van het programma Klimaatbestendig Zwolle. Dat is een goede keuze.", kept)
