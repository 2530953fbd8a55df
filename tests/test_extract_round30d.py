"""Round 30d: programme names with lower-case words inside, cue words inside a name, elections that
date a role without ending it, and the actor a cue belongs to (a reporter, an unnamed actor, co-organisers,
an agreement of its own, a time after "tijdens"); two-word and linked surnames."""

from __future__ import annotations

import pytest

from tests.extract_facts import assert_facts, dated_relations, facts, mentions


# --- programme names that go on over "met (de)" ---------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Ede doet mee aan de City Deal Kennismaken met Laaggeletterdheid.", "City Deal Kennismaken met Laaggeletterdheid"),
    ("Ede doet mee aan de City Deal Samen met de Buurt.", "City Deal Samen met de Buurt"),
    ("Ede doet mee aan de Green Deal Bouwen met Hout.", "Green Deal Bouwen met Hout"),
    ("Het Fonds Wonen met Zorg steunt Ede.", "Fonds Wonen met Zorg"),
    ("De Agenda Leren met de Stad is klaar.", "Agenda Leren met de Stad"),
    ("Ede doet mee aan de City Deal Werk in de Wijk.", "City Deal Werk in de Wijk"),
])
def test_programme_name_goes_on_over_met(text, name):
    assert mentions(text, "Programme") == [name]


@pytest.mark.parametrize("text, name", [
    ("Breda sloot de City Deal Zon met Ede.", "City Deal Zon"),  # a town after "met" is a partner
    ("Breda sloot de City Deal Zon met de provincie Utrecht.", "City Deal Zon"),
    ("De G40 startte de Citydeal Zon met het Ministerie van EZK.", "Citydeal Zon"),  # a kind word opens a name
    ("Breda sloot de City Deal Zon met de Gemeente Ede.", "City Deal Zon"),
    ("Breda sloot de City Deal Zon met de Themagroep Energie.", "City Deal Zon"),
    ("De City Deal Zon met Anna de Vries als trekker loopt.", "City Deal Zon"),  # a person
    ("Ede doet mee aan de City Deal Zon met de buurt.", "City Deal Zon"),  # no capital after "met de"
])
def test_programme_name_stops_before_another_name_after_met(text, name):
    assert mentions(text, "Programme") == [name]


def test_partner_after_met_stays_a_partner():
    found = facts("Breda sloot de City Deal Zon met Ede.")
    assert ("Breda", "collaboratesWith", "Ede", None) in found, found
    assert ("Ede", "participatesIn", "City Deal Zon", None) in found, found


def test_towns_in_a_relative_clause_take_part_in_the_whole_name():
    assert_facts("De City Deal Samen met de Buurt, waaraan Breda en Tilburg deelnemen, loopt tot eind 2025.",
                 {("Breda", "participatesIn", "City Deal Samen met de Buurt", None),
                  ("Tilburg", "participatesIn", "City Deal Samen met de Buurt", None)})


# --- a cue word inside a name is no cue ------------------------------------------------------------

def test_samen_met_inside_a_programme_name_makes_no_collaboration():
    text = ("# Themagroep Vervoer\n\nDe themagroep Vervoer vergaderde in maart over deelauto's.\n\n"
            "De City Deal Samen met de Buurt, waaraan Breda en Tilburg deelnemen, loopt tot eind 2025.")
    found = facts(text)
    assert not any(f[1] == "collaboratesWith" for f in found), found
    assert ("Breda", "participatesIn", "City Deal Samen met de Buurt", None) in found, found


def test_surname_that_is_a_verb_is_no_cue():
    # "Sloot" is a surname here, not the past tense of "sluiten" (to close a deal)
    text = "Anna Sloot (Ede) meldt dat het overleg over de Regio Deal Twente loopt."
    assert not any(f[1] == "participatesIn" for f in facts(text))


def test_samen_met_after_a_programme_name_still_counts():
    text = "De themagroep Vervoer werkt samen met Breda aan de City Deal Samen met de Buurt."
    found = facts(text)
    assert ("Themagroep Vervoer", "collaboratesWith", "Breda", None) in found, found


def test_overleg_met_after_an_unnamed_meeting_still_counts():
    # a lower-case mention is a common noun: its head "overleg" is still the cue
    text = "De pijler Sociaal voerde in november een bestuurlijk overleg met SZW en BZK."
    found = facts(text)
    assert any(f[1] == "collaboratesWith" and f[2] == "SZW" for f in found), found


# --- an election dates a role, it does not end it ---------------------------------------------------

def _past(text: str) -> set[tuple]:
    return {(subject, role, past) for subject, _obj, role, past, _from, _until in dated_relations(text, "2021-06-01")}


@pytest.mark.parametrize("text", [
    "Pieter Jansma (Oss) was al eerder gekozen als voorzitter van de pijler Economie en Werk.",
    "Pieter Jansma (Oss) is eerder gekozen als voorzitter van de pijler Economie en Werk.",
    "Pieter Jansma (Oss) werd eerder als voorzitter van de pijler Economie en Werk gekozen.",
    "Pieter Jansma (Oss) was eerder tot voorzitter van de pijler Economie en Werk benoemd.",
    "Pieter Jansma (Oss) was vier jaar geleden aangesteld als voorzitter van de pijler Economie en Werk.",
    "Pieter Jansma, die eerder tot voorzitter van de pijler Economie en Werk was gekozen, opende de dag.",
])
def test_an_election_in_the_past_leaves_the_role_current(text):
    assert _past(text) == {("Pieter Jansma", "voorzitter", False)}


@pytest.mark.parametrize("text", [
    "Pieter Jansma (Oss) was eerder voorzitter van de pijler Economie en Werk.",  # a past copula
    "Pieter Jansma, die eerder voorzitter van de pijler Economie en Werk was, opende de dag.",
    "Pieter Jansma, die tot 2020 voorzitter van de pijler Economie en Werk was, opende de dag.",
    # the election belongs to the next predicate, the copula before it is over
    "Pieter Jansma (Oss) was eerder voorzitter van de pijler Economie en Werk en werd in 2020 benoemd tot wethouder.",
])
def test_a_past_copula_still_ends_the_role(text):
    assert ("Pieter Jansma", "voorzitter", True) in _past(text)


# --- admitted to a programme, and who only reports it ---------------------------------------------

def test_admitted_to_a_programme_takes_part_in_it():
    assert_facts("Ede is toegelaten tot de City Deal Zon.", {("Ede", "participatesIn", "City Deal Zon", None)})


def test_admission_denied_is_no_fact():
    assert_facts("Ede is niet toegelaten tot de City Deal Zon.", set())


@pytest.mark.parametrize("text", [
    "Anna Zandbeek meldt dat Breda is toegelaten tot de City Deal Zon.",
    "Anna Zandbeek meldt dat Breda is toegetreden tot de City Deal Zon.",
])
def test_the_reporter_of_an_admission_does_not_take_part(text):
    assert_facts(text, {("Breda", "participatesIn", "City Deal Zon", None)})


def test_a_reporter_who_joined_herself_takes_part():
    found = facts("Anna Zandbeek meldt dat zij is toegetreden tot de werkgroep Schuldhulp.")
    assert ("Anna Zandbeek", "participatesIn", "Werkgroep Schuldhulp", None) in found, found


def test_a_relative_dat_keeps_its_antecedent():
    # after a comma "dat" is a relative pronoun: its clause is about Ede
    assert_facts("Ede, dat in 2020 is toegetreden tot de City Deal Zon, groeit snel.",
                 {("Ede", "participatesIn", "City Deal Zon", None)})


# --- a past tense in the next predicate does not end the role -------------------------------------

def test_past_of_the_next_predicate_leaves_a_present_role_current():
    text = "Karin Mol is nu nog directeur bij de gemeente Ede en was eerder werkzaam bij de VNG."
    assert _past(text) == {("Karin Mol", "directeur", False)}


@pytest.mark.parametrize("text", [
    "Karin Mol is wethouder in Ede en was daarvoor directeur bij de VNG.",
    "Karin Mol was vier jaar voorzitter van de pijler Sociaal en nam in september afscheid.",
])
def test_a_past_role_after_en_or_ended_after_en_is_past(text):
    assert any(role in ("directeur", "voorzitter") and past for _s, role, past in _past(text)), _past(text)


# --- a finite verb or adverb after "de City Deal" is no name ---------------------------------------

@pytest.mark.parametrize("text", [
    "De City Deal verplicht niet tot het inzetten van eigen middelen.",
    "De gemeente wil met de City Deal sneller kunnen isoleren.",
])
def test_verb_or_adverb_after_a_deal_is_no_name(text):
    assert mentions(text, "Programme") == []


def test_lower_case_deal_name_stays_a_name():
    assert mentions("Ede doet mee aan de City Deal inclusieve stad.", "Programme") == ["City Deal inclusieve stad"]


# --- a two-word surname before "van <place>" --------------------------------------------------------

@pytest.mark.parametrize("text, person, place", [
    ("Wethouder Mirjam Oude Hengeveld van Hengelo spreekt namens de G40.", "Mirjam Oude Hengeveld", "Hengelo"),
    ("Wethouder Karim Oulad Amar van Zwolle opende de dag.", "Karim Oulad Amar", "Zwolle"),
])
def test_two_word_surname_before_van_and_a_place(text, person, place):
    assert mentions(text, "Person") == [person]
    assert (person, "hasRole", place, "wethouder") in facts(text)


def test_a_particle_before_a_name_still_starts_the_next_name():
    assert mentions("Aanwezig: Anne Bakker Jan de Vries", "Person") == ["Anne Bakker", "Jan de Vries"]


def test_one_letter_link_in_a_surname_written_with_spaces():
    text = "De gemeente Tiel, vertegenwoordigd door wethouder Lotte Fo A Tjen;"
    assert mentions(text, "Person") == ["Lotte Fo A Tjen"]
    assert ("Lotte Fo A Tjen", "hasRole", "Tiel", "wethouder") in facts(text)


# --- the subject of a reported question ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Anna Zandbeek vertelt hoe Leiden samen met Delft een energieloket heeft opgezet.",
    "Anna Zandbeek legt uit waarom Leiden samen met Delft een energieloket opzet.",
])
def test_reporter_of_a_question_is_no_partner(text):
    assert_facts(text, {("Leiden", "collaboratesWith", "Delft", None)})


# --- co-organisers in the active voice are no partners ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Op 3 mei organiseerde Stichting Buurtkracht samen met de VNG de kennisdag Wijkzorg.",
    "Stichting Buurtkracht organiseert samen met de VNG het congres Wijkzorg.",
])
def test_co_organisers_in_the_active_voice_are_no_partners(text):
    found = facts(text)
    assert not any(f[1] == "collaboratesWith" for f in found), found
    assert any(f[0] == "VNG" and f[1] == "organised" for f in found), found


def test_working_together_is_still_a_partnership():
    assert_facts("Stichting Buurtkracht werkt samen met de VNG.", {("Stichting Buurtkracht", "collaboratesWith", "VNG", None)})


# --- an agreement of its own, signed in another clause of the sentence --------------------------------

def test_own_agreement_after_a_semicolon_is_not_the_programme():
    text = ("In Breda werkt het programma Sterke Buurten samen met corporaties; in Tilburg heeft "
            "Stichting Woonhuis een convenant met de gemeente en BZK getekend.")
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


def test_signing_the_programme_in_a_later_clause_still_counts():
    found = facts("Het programma Sterke Buurten is getekend door Breda; ook Tilburg en BZK tekenden.")
    assert ("Tilburg", "participatesIn", "Sterke Buurten", None) in found, found


# --- partners without a named actor -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Dat gebeurt samen met Stichting Woonhuis en met de VNG.",
    "Dat gebeurt samen met Stichting Woonhuis en de VNG.",
])
def test_partners_of_an_unnamed_actor_are_no_partners_of_each_other(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


def test_partners_of_a_named_actor():
    assert_facts("Breda werkt samen met Stichting Woonhuis en met de VNG.",
                 {("Breda", "collaboratesWith", "Stichting Woonhuis", None), ("Breda", "collaboratesWith", "VNG", None)})


# --- an event after "tijdens" is when, not what ------------------------------------------------------

def test_event_after_tijdens_is_not_what_the_initiative_started():
    text = ("Het initiatief kwam van Anna Zandbeek, wethouder van Tiel, die tijdens de bestuurlijke "
            "netwerkdagen in november voorstelde de krachten te bundelen.")
    assert not any(f[1] == "initiated" for f in facts(text)), facts(text)


def test_initiative_for_an_event_still_counts():
    assert_facts("Het initiatief voor de netwerkdagen kwam van Breda.", {("Breda", "initiated", "netwerkdagen", None)})
