"""Round 36d: the eleventh walkthrough: dates after a unit's name, sections that name no unit, …"""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations, facts, mentions


# --- W2: a date ends a unit's or programme's name ("Verslag Themagroep Zorg 3 juni 2024") ------------

@pytest.mark.parametrize("title", [
    "# Verslag Themagroep Zorg 3 juni 2024",
    "# Notulen Themagroep Zorg 3-6-2024",
    "# Agenda Themagroep Zorg juni 2024",
    "# Besluitenlijst Themagroep Zorg, 3 Juni 2024",
])
def test_a_date_after_a_unit_name_is_no_part_of_it(title):
    text = f"{title}\n\nAanwezig: Piet Kok (Ede, voorzitter), Els Baan (Delft)\n\nDe themagroep bespreekt de zorgkosten."
    assert mentions(text, "OrganisationalUnit")[0] == "Themagroep Zorg", mentions(text, "OrganisationalUnit")


def test_a_date_after_a_programme_name_is_no_part_of_it():
    text = "# Verslag City Deal Slimme Zorg 8 oktober 2023\n\nEde en Delft nemen deel aan de City Deal Slimme Zorg."
    assert mentions(text, "Programme")[0] == "City Deal Slimme Zorg", mentions(text, "Programme")
    assert ("Ede", "participatesIn", "City Deal Slimme Zorg", None) in facts(text)


def test_an_infinitive_after_a_name_is_no_part_of_it():
    assert mentions("Ede en Delft hopen de City Deal Slimme Zorg te verlengen.", "Programme") == ["City Deal Slimme Zorg"]


def test_a_verb_of_speaking_after_a_name_is_no_part_of_it():
    assert mentions("De Themagroep Zorg en de Themagroep Wonen spraken met Ede.", "OrganisationalUnit") == \
        ["Themagroep Zorg", "Themagroep Wonen"]


def test_a_number_in_a_name_stays():
    assert mentions("De Themagroep Stad 3 en de Werkgroep Thema 7 komen samen.", "OrganisationalUnit") == \
        ["Themagroep Stad 3", "Werkgroep Thema 7"]


# --- W3: "de themagroep" under a section heading that names a topic is the themagroep already named ----

def test_a_topic_heading_names_no_themagroep_when_one_is_named():
    text = ("<h1>Notulen Themagroep Zorg</h1>\n<p>Datum: 3 juni 2024</p>\n<h2>2. Wachtlijsten</h2>\n"
            "<p>Jan Kok volgt Els Baan op als secretaris van de themagroep.</p>")
    found = facts(text)
    assert ("Jan Kok", "hasRole", "Themagroep Zorg", "secretaris") in found, found
    assert not any("Wachtlijsten" in f[2] for f in found), found


def test_a_heading_over_action_points_names_no_themagroep():
    text = ("Van: Jan Kok\nAan: Themagroep Zorg\nOnderwerp: verslag van 3 juni\n\nBeste leden,\n\nActiepunten\n\n"
            "1. Subsidie: Els Baan (Ede) vraagt of de themagroep kan aansluiten bij de Taskforce Wonen.\n"
            "2. Ede zoekt uit hoe het zit.")
    assert not any("Actiepunten" in f[0] or "Actiepunten" in f[2] for f in facts(text)), facts(text)


def test_a_heading_still_names_the_themagroep_when_none_is_named():
    text = ("Nieuwsbrief juni\n\nDe G40 sprak met Ede over de wachtlijsten.\n\nBinnensteden\n\n"
            "Jan Kok volgt Els Baan op als secretaris van de themagroep.")
    assert ("Jan Kok", "hasRole", "Themagroep Binnensteden", "secretaris") in facts(text), facts(text)


# --- W6: a fronted "samen met" whose finite verb is a modal states a wish, not a fact -----------------

@pytest.mark.parametrize("sentence", [
    '"Samen met het ministerie van OCW en het ministerie van BZK willen we scholen en gemeenten verbinden," zegt Kok.',
    "Samen met OCW hopen we de wijken te vernieuwen.",
    "Samen met Ede wil Delft de wijken vernieuwen.",
])
def test_a_fronted_partner_before_a_modal_is_no_fact(sentence):
    text = "Ede en Delft nemen deel aan de City Deal Zon. " + sentence
    assert facts(text) == {("Ede", "participatesIn", "City Deal Zon", None),
                           ("Delft", "participatesIn", "City Deal Zon", None)}, facts(text)


def test_a_fronted_partner_before_a_plain_verb_is_a_fact():
    found = facts("Samen met het ministerie van BZK werkt de pijler Fysiek aan een plan dat kan helpen.")
    assert ("Pijler Fysiek", "collaboratesWith", "BZK", None) in found, found


# --- succession: "Zij volgt (burgemeester) X van <plaats> op": the particle comes after the town ----------

@pytest.mark.parametrize("sentence", [
    "Zij volgde in maart 2023 Piet Baan van Delft op.",
    "Zij volgt burgemeester Piet Baan van Delft op.",
    "Zij volgt Piet Baan van de gemeente Delft op.",
])
def test_a_pronoun_succeeds_a_person_named_with_his_town(sentence):
    text = "Wethouder Anna Kok van Ede is sinds 2023 voorzitter van de Pijler Sociaal. " + sentence
    found = facts(text)
    assert ("Anna Kok", "succeeded", "Piet Baan", None) in found, found
    assert ("Piet Baan", "hasRole", "Pijler Sociaal", "voorzitter") in found, found  # the role before her


def test_a_named_successor_with_his_town_succeeds():
    found = facts("Per 1 mei volgt Anna Kok Piet Baan van de gemeente Delft op.")
    assert ("Anna Kok", "succeeded", "Piet Baan", None) in found, found
    found = facts("Anna Kok van Ede volgt Piet Baan van Delft op.")
    assert ("Anna Kok", "succeeded", "Piet Baan", None) in found, found


def test_the_one_succeeded_with_his_town_held_the_role_before():
    found = dated_relations("Wethouder Anna Kok van Ede volgt wethouder Piet Baan van Delft op als voorzitter van de "
                            "Pijler Sociaal.", "2024-06-01")
    assert ("Piet Baan", "Pijler Sociaal", "voorzitter", True, None, None) in found, found
    assert ("Anna Kok", "Pijler Sociaal", "voorzitter", False, None, None) in found, found


@pytest.mark.parametrize("sentence", [
    "Zij volgt het werk van Piet Baan van Delft op de voet.",
    "Zij volgt Piet Baan van Delft niet op.",
])
def test_a_town_after_a_name_makes_no_succession_of_other_verbs(sentence):
    found = facts("Wethouder Anna Kok van Ede is voorzitter van de Pijler Sociaal. " + sentence)
    assert not any(p == "succeeded" for _, p, _, _ in found), found


# --- contacts: "Mevrouw Y is namens X contactpersoon voor Z": a form of address or role before the name --

@pytest.mark.parametrize("subject", ["Mevrouw Eva Smit", "De heer Eva Smit", "Wethouder Eva Smit van Ede"])
def test_an_addressed_person_is_contact_on_behalf_of_a_body(subject):
    found = facts(f"De brief gaat over wonen. {subject} is namens het ministerie van BZK contactpersoon voor de Pijler Fysiek.")
    assert ("Eva Smit", "contactFor", "Pijler Fysiek", None) in found, found
    assert ("Eva Smit", "affiliatedWith", "BZK", None) in found, found


def test_a_word_before_the_name_that_is_no_role_opens_no_contact():
    found = facts("De brief gaat over wonen. Gisteren Eva Smit is namens de VNG contactpersoon voor de Pijler Fysiek.")
    assert not any(p == "contactFor" for _, p, _, _ in found), found


# --- W5: "op <dag> <maand> <jaar>" dates a completed act to that day (as "in 2024" does to the year) ------

def test_a_day_dates_an_act():
    found = dated_relations("Daarnaast organiseerde de Pijler Sociaal op 12 oktober 2024 een netwerkdag in Arnhem.",
                            "2025-02-20", "organised")
    assert found == {("Pijler Sociaal", "netwerkdag", None, False, "2024-10-12", "2024-10-12")}, found


def test_a_day_starts_a_post_taken_up():
    found = dated_relations("Op 3 maart 2023 werd Jan Kok voorzitter van de Pijler Sociaal.", "2023-06-01")
    assert found == {("Jan Kok", "Pijler Sociaal", "voorzitter", False, "2023-03-03", None)}, found


def test_a_day_without_a_year_dates_no_act():
    found = dated_relations("Daarnaast organiseerde de Pijler Sociaal op 12 oktober een netwerkdag in Arnhem.",
                            "2025-02-20", "organised")
    assert {(f[4], f[5]) for f in found} == {(None, None)}, found


# --- names with letters beyond Latin-1: "Łukasz Wałęsa", "Ćwik Żmuda", "René de Koçk" ----------------------

@pytest.mark.parametrize("name", ["Łukasz Wałęsa", "Ćwik Żmuda", "René de Koçk", "Ørjan Ågren", "İlker Şahin"])
def test_a_name_with_letters_beyond_latin1_is_a_name(name):
    found = facts(f"Wethouder {name} van Ede werkt samen met het ministerie van BZK.")
    assert found == {(name, "hasRole", "Ede", "wethouder"), (name, "collaboratesWith", "BZK", None)}, found


# --- the contact for "de deelnemende steden" is the contact for the programme the passage is about ---------

def test_the_contact_for_the_participants_is_the_programmes():
    text = "# City Deal Zon\n\nEde en Delft doen mee.\n\n## Contact\n\nJan Kok is contactpersoon voor de deelnemende gemeenten."
    assert ("Jan Kok", "contactFor", "City Deal Zon", None) in facts(text), facts(text)


def test_the_contact_for_the_participants_without_a_programme_is_for_nothing():
    found = facts("Ede werkt samen met Delft. Jan Kok is contactpersoon voor de deelnemende steden.")
    assert not any(p == "contactFor" for _, p, _, _ in found), found


# --- talks still going on state no fact: "Met X worden nog gesprekken gevoerd" --------------------------

@pytest.mark.parametrize("sentence", [
    "Met Platform31 worden nog gesprekken gevoerd over deelname aan de City Deal Zon.",
    "Ede is nog in gesprek met Platform31 over de City Deal Zon.",
])
def test_talks_still_going_on_are_no_fact(sentence):
    found = facts("Delft neemt deel aan de City Deal Zon. " + sentence)
    assert found == {("Delft", "participatesIn", "City Deal Zon", None)}, found


def test_talks_held_are_a_fact():
    found = facts("Ede is in gesprek met Platform31 over de City Deal Zon.")
    assert ("Ede", "collaboratesWith", "Platform31", None) in found, found
