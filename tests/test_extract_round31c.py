"""Round 31c: leaving a body, "respectievelijk", succession dates, the predicate's time, kinds of
"het project", verb-last collaboration, contacts on behalf of a ministry, sign-off names."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve
from tests.extract_facts import dated_relations, facts


# --- leaving a body: "Oud-voorzitter X (Ede) heeft de themagroep per 1 maart 2024 verlaten" -------

def test_leaving_a_unit_ends_the_role_and_the_bracket_is_the_town():
    text = ("# Themagroep Water\n\n"
            "Oud-voorzitter Pim Boersma (Zeist) heeft de Themagroep Water per 1 maart 2024 verlaten.")
    roles = dated_relations(text, "2024-06-01")
    assert ("Pim Boersma", "Themagroep Water", "voorzitter", True, None, "2024-02-29") in roles, roles
    assert not any(r[1] == "Zeist" for r in roles), roles
    found = facts(text, "2024-06-01")
    assert ("Pim Boersma", "affiliatedWith", "Zeist", None) in found, found
    assert not any(f[1] == "hasRole" and f[2] == "Zeist" for f in found), found


@pytest.mark.parametrize("text", [
    "# Themagroep Water\n\nNoor Hendriks (Zeist) heeft de themagroep verlaten.",
    "Noor Hendriks heeft de Pijler Fysiek verlaten.",
])
def test_leaving_a_unit_without_a_role_word_ends_a_membership(text):
    roles = dated_relations(text, "2024-06-01")
    assert any(r[0] == "Noor Hendriks" and r[2] == "lid" and r[3] for r in roles), roles


def test_leaving_an_organisation_without_a_role_word_is_no_membership():
    roles = dated_relations("Noor Hendriks (Zeist) heeft de VNG verlaten.", "2024-06-01")
    assert not any(r[2] == "lid" for r in roles), roles
    assert ("Noor Hendriks", "affiliatedWith", "VNG", None) in facts("Noor Hendriks (Zeist) heeft de VNG verlaten.")


def test_an_acting_chair_after_the_name():
    text = ("# Themagroep Water\n\n"
            "Pim Boersma stopt per 1 maart 2024. Sinds die datum is Lotte Veenstra (Zeist) waarnemend voorzitter.")
    roles = dated_relations(text, "2024-06-01")
    assert ("Lotte Veenstra", "Themagroep Water", "waarnemend voorzitter", False, "2024-03-01", None) in roles, roles


# --- "respectievelijk": the n-th of one list with the n-th of the other ----------------------------

@pytest.mark.parametrize("text", [
    "Assen en Gouda nemen deel aan de City Deal Zon respectievelijk de Regio Deal Noord.",
    "Assen en Gouda nemen respectievelijk deel aan de City Deal Zon en de Regio Deal Noord.",
])
def test_respectively_pairs_subjects_with_objects(text):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Assen", "participatesIn", "City Deal Zon", None),
                     ("Gouda", "participatesIn", "Regio Deal Noord", None)}, found


def test_respectively_with_lists_of_another_length_pairs_nothing():
    text = "Assen, Gouda en Delft nemen deel aan de City Deal Zon respectievelijk de Regio Deal Noord."
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


def test_respectively_pairs_persons_with_role_words():
    text = "Sanne Vos en Ruud Kramer zijn respectievelijk voorzitter en secretaris van de Pijler Fysiek."
    found = {f for f in facts(text) if f[1] == "hasRole"}
    assert found == {("Sanne Vos", "hasRole", "Pijler Fysiek", "voorzitter"),
                     ("Ruud Kramer", "hasRole", "Pijler Fysiek", "secretaris")}, found


def test_respectively_in_a_bracket_pairs_persons_with_towns():
    text = "Aan het overleg namen Sanne Vos, Ruud Kramer en Iris Bakker (respectievelijk wethouder van Assen, Gouda en Delft) deel."
    found = {f for f in facts(text) if f[0] in ("Sanne Vos", "Ruud Kramer", "Iris Bakker")}
    assert found == {("Sanne Vos", "hasRole", "Assen", "wethouder"), ("Ruud Kramer", "hasRole", "Gouda", "wethouder"),
                     ("Iris Bakker", "hasRole", "Delft", "wethouder")}, found


# --- a title before the name keeps its time; the past copula after the name dates the predicate ----

def test_a_title_before_the_name_is_not_dated_by_the_predicate():
    roles = dated_relations("Wethouder Bram Visser van Gouda was tot 2022 lid van de Themagroep Water.", "2024-06-01")
    assert ("Bram Visser", "Gouda", "wethouder", False, None, None) in roles, roles
    assert ("Bram Visser", "Themagroep Water", "lid", True, None, "2021-12-31") in roles, roles


def test_a_past_title_stays_past():
    roles = dated_relations("Oud-wethouder Bram Visser van Gouda was tot 2022 lid van de Themagroep Water.", "2024-06-01")
    assert ("Bram Visser", "Gouda", "wethouder", True, None, None) in roles, roles


# --- "het project", "de samenwerking": a programme named before, never a unit -----------------------

@pytest.mark.parametrize("noun", ["het project", "de samenwerking", "het initiatief"])
def test_a_programme_noun_is_no_unit(noun):
    text = f"De Themagroep Water is actief. Ook Assen en Gouda doen mee aan {noun}."
    assert not any(f[1] == "participatesIn" for f in facts(text)), facts(text)


def test_a_programme_noun_is_the_programme_named_before():
    text = "De City Deal Zon is gestart. Ook Assen en Gouda doen mee aan het project."
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Assen", "participatesIn", "City Deal Zon", None),
                     ("Gouda", "participatesIn", "City Deal Zon", None)}, found


# --- succession: the predecessor left "in <month>"; the successor's own start; a surname repeat -----

def test_a_predecessor_who_left_in_a_month_holds_the_role_to_its_end():
    text = ("Sinds 1 februari 2023 is Roos Meijer (Assen) voorzitter van de Pijler Sociaal. "
            "Zij volgde Joost Brouwer (Gouda) op, die in december 2022 afscheid nam.")
    roles = dated_relations(text, "2023-06-01")
    assert ("Joost Brouwer", "Pijler Sociaal", "voorzitter", True, None, "2022-12-31") in roles, roles
    assert ("Roos Meijer", "Pijler Sociaal", "voorzitter", False, "2023-02-01", None) in roles, roles
    succeeded = dated_relations(text, "2023-06-01", "succeeded")
    assert succeeded == {("Zij", "Joost Brouwer", None, False, "2023-02-01", None)} \
        or {r[4] for r in succeeded} == {"2023-02-01"}, succeeded


def test_a_predecessor_who_leaves_per_a_day_ends_the_day_before():
    text = "Joost Brouwer was voorzitter van de Pijler Sociaal. Anouk Meijer volgde Joost Brouwer op, die per 1 april vertrekt."
    roles = dated_relations(text, "2023-06-01")
    assert ("Joost Brouwer", "Pijler Sociaal", "voorzitter", True, None, "2023-03-31") in roles, roles


def test_a_surname_repeat_succeeds_in_the_role_named_before():
    text = ("Sinds 1 januari 2024 is Roos Meijer (Assen) voorzitter van de Pijler Fysiek. "
            "Meijer volgde in die rol Joost Brouwer (Gouda) op.")
    roles = dated_relations(text, "2024-06-01")
    assert ("Joost Brouwer", "Pijler Fysiek", "voorzitter", True, None, "2023-12-31") in roles, roles
    succeeded = dated_relations(text, "2024-06-01", "succeeded")
    assert {r[4] for r in succeeded} == {"2024-01-01"}, succeeded


# --- working together with the verb last; "een samenwerking gestart/aangegaan" -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Graag bevestig ik dat het ministerie van BZK in 2024 met de Pijler Fysiek samenwerkt aan betaalbaar wonen.",
     {("BZK", "Pijler Fysiek")}),
    ("Wij zijn blij dat het ministerie van SZW met Assen en Gouda samenwerkt aan het programma Werkfit.",
     {("SZW", "Assen"), ("SZW", "Gouda")}),
    ("Het college meldt dat Assen al jaren met het ministerie van BZK samenwerkt.", {("Assen", "BZK")}),
    ("Het ministerie van SZW is een samenwerking gestart met de Pijler Sociaal.", {("SZW", "Pijler Sociaal")}),
    ("Het ministerie van SZW en Divosa zijn in 2023 een samenwerking aangegaan.", {("SZW", "Divosa")}),
])
def test_collaboration_with_the_verb_last(text, expected):
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "collaboratesWith"}
    assert found == expected, found


@pytest.mark.parametrize("text", [
    "Het is niet zo dat Assen met Gouda samenwerkt.",
    "Wij weten niet of Assen met Gouda samenwerkt.",
    "Assen en Gouda zijn geen samenwerking aangegaan.",
    "Het rapport dat met Assen en Gouda is besproken, ligt er.",
])
def test_no_collaboration_with_the_verb_last(text):
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


# --- a contact on behalf of a body ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# Themagroep Water\n\nNamens het ministerie van Justitie en Veiligheid is Lieke Smeets contactpersoon voor de themagroep.",
    "# Themagroep Water\n\nLieke Smeets is namens het ministerie van Justitie en Veiligheid contactpersoon voor de themagroep.",
])
def test_a_contact_on_behalf_of_a_ministry(text):
    found = {f for f in facts(text) if f[0] == "Lieke Smeets"}
    assert ("Lieke Smeets", "contactFor", "Themagroep Water", None) in found, found
    assert any(f[1] == "affiliatedWith" and f[2] in ("JenV", "Justitie en Veiligheid", "JenV") for f in found), found


def test_no_contact_on_behalf_when_denied():
    text = "Namens de VNG is Lieke Smeets niet langer contactpersoon voor de Pijler Fysiek."
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- a salutation's bare surname with a capitalised particle is the signer named with initials ------

def test_a_salutation_surname_with_a_particle_is_a_bare_surname():
    text = ("Geachte heer Van der Linden,\n\nDank voor uw brief over de Pijler Fysiek.\n\n"
            "Met vriendelijke groet,\n\nT. van der Linden\nvoorzitter G40")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2024-06-01")
    resolution = resolve([extraction], load_gazetteer())
    keys = {resolution.mention_keys[("t", m.start, m.end)] for m in extraction.mentions if m.type == "Person"}
    assert len(keys) == 1, keys


def test_a_surname_with_a_particle_without_its_full_name_stays_itself():
    # a salutation without the addressee's full name in the letter is no person at all since round
    # 40y (walkthrough 15, finding 23: tests/test_extract_round40y.py); after a title elsewhere the
    # surname with its capitalised particle is one mention, as before
    for text, expected in (("Dank voor uw brief. Mevrouw Ter Horst opende de dag.", ["Ter Horst"]),
                           ("Geachte mevrouw Ter Horst,\n\nDank voor uw brief.", [])):
        extraction = extract("t", text, gazetteer=load_gazetteer(), date="2024-06-01")
        assert [m.text for m in extraction.mentions if m.type == "Person"] == expected, text


# --- taking over "het programmamanagement" from someone: the programmamanager's role --------------

def test_taking_over_the_management_passes_the_managers_role():
    text = "Pieter Mol (Ede) nam in mei het programmamanagement van de City Deal Zon over van Anna Bos."
    found = facts(text)
    assert ("Pieter Mol", "succeeded", "Anna Bos", None) in found, found
    assert ("Anna Bos", "hasRole", "City Deal Zon", "programmamanager") in found, found
    assert ("Pieter Mol", "hasRole", "City Deal Zon", "programmamanager") in found, found


# --- a press contact; "Vragen over de pijler kunt u aan hem richten" ----------------------------------

@pytest.mark.parametrize("text", [
    "De G40 vraagt het Rijk om een nieuw programma.\n\nContact voor de pers: Sem Dijkman, woordvoerder G40, s.dijkman@g40stedennetwerk.nl",
    "Voor perscontacten kunt u terecht bij Sem Dijkman (s.dijkman@g40stedennetwerk.nl).",
])
def test_a_press_contact_is_the_contact_for_the_body_they_speak_for(text):
    assert ("Sem Dijkman", "contactFor", "G40", None) in facts(text), facts(text)


def test_a_press_contact_is_for_the_body_they_speak_for_not_the_one_they_advise():
    # round 31a's reading, kept at the merge: the spokesperson's body answers the press
    text = "Contact voor de pers: Sem Dijkman, woordvoerder G40 en adviseur bij de VNG."
    assert [f for f in facts(text) if f[1] == "contactFor"] == [("Sem Dijkman", "contactFor", "G40", None)], facts(text)


def test_questions_to_him_make_the_person_before_the_contact():
    text = ("# Pijler Sociaal\n\nDe pijler wordt ondersteund door secretaris Tim Hoekstra. Hij werkt bij de gemeente "
            "Assen. Vragen over de pijler kunt u aan hem richten.")
    assert ("Tim Hoekstra", "contactFor", "Pijler Sociaal", None) in facts(text), facts(text)


def test_questions_to_him_without_a_person_before_make_no_contact():
    text = "# Pijler Sociaal\n\nDe pijler vergadert vier keer per jaar. Vragen over de pijler kunt u aan hem richten."
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- "Met X is er (bestuurlijk) overleg" on a unit's page -------------------------------------------

def test_a_standing_meeting_with_er_on_a_units_page():
    text = ("# Pijler Sociaal\n\nDe pijler werkt aan bestaanszekerheid.\n\n"
            "- Met de ministeries van VWS en SZW is er twee keer per jaar bestuurlijk overleg.")
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "collaboratesWith"}
    assert found == {("Pijler Sociaal", "VWS"), ("Pijler Sociaal", "SZW")}, found


def test_no_standing_meeting_when_denied():
    text = "# Pijler Sociaal\n\nDe pijler werkt aan bestaanszekerheid.\n\n- Met het ministerie van JenV is er geen overleg."
    assert not any(f[1] == "collaboratesWith" for f in facts(text)), facts(text)


# --- a pronoun's second predicate; "Hij" after a sentence about "zij" is her companion ----------------

def test_a_pronouns_second_predicate_after_another_verb():
    text = ("Daarnaast noemen we Sven Mulders. Hij heeft wonen in zijn portefeuille en was tot vorig jaar lid "
            "van de Themagroep Water.")
    roles = dated_relations(text, "2025-06-01")
    assert any(r[0] == "Sven Mulders" and r[1] == "Themagroep Water" and r[2] == "lid" and r[3] for r in roles), roles


def test_he_after_a_sentence_about_her_is_her_companion():
    text = ("Zij trekt de themagroep samen met wethouder Sven Mulders. Hij heeft wonen in zijn portefeuille en was "
            "eerder lid van de Themagroep Water.")
    roles = dated_relations(text, "2025-06-01")
    assert any(r[0] == "Sven Mulders" and r[1] == "Themagroep Water" and r[2] == "lid" for r in roles), roles


def test_she_after_a_sentence_about_her_is_not_her_companion():
    text = ("Zij trekt de themagroep samen met wethouder Sven Mulders. Zij heeft wonen in haar portefeuille en was "
            "eerder lid van de Themagroep Water.")
    roles = dated_relations(text, "2025-06-01")
    assert not any(r[1] == "Themagroep Water" for r in roles), roles


@pytest.mark.parametrize("text, until", [
    ("# Themagroep Water\n\nOud-voorzitter Pim Boersma (Zeist) nam per 1 februari 2025 afscheid van de themagroep.",
     "2025-01-31"),
    ("# Themagroep Water\n\nOud-voorzitter Pim Boersma (Zeist) nam in januari 2025 afscheid van de Themagroep Water.",
     "2025-01-31"),
])
def test_a_farewell_dates_the_end_of_the_role(text, until):
    roles = dated_relations(text, "2025-06-01")
    assert ("Pim Boersma", "voorzitter", True, until) in {(r[0], r[2], r[3], r[5]) for r in roles}, roles
    assert not any(r[1] == "Zeist" for r in roles), roles


# --- a surname repeat at the start of the line after a heading ------------------------------------

def test_a_surname_repeat_after_a_heading_line():
    text = ("Ruben Hazelaar leidde het gesprek.\n\nWisseling bij de Themagroep Water\n"
            "Hazelaar was tot eind 2024 trekker van de Themagroep Water. Hij heeft dat stokje overgedragen aan Nadia Tromp.")
    found = facts(text, "2025-03-01")
    assert ("Nadia Tromp", "succeeded", "Ruben Hazelaar", None) in found, found
    assert ("Ruben Hazelaar", "hasRole", "Themagroep Water", "trekker") in found, found


# --- signing an agreement together: the signatories work together -------------------------------

@pytest.mark.parametrize("text", [
    "IPO, VNG en G40 sluiten akkoord over wonen en bereikbaarheid.",
    "Het IPO, de VNG en de G40 ondertekenden vandaag het Regionaal Uitvoeringsakkoord Water.",
])
def test_signing_an_agreement_together(text):
    found = {frozenset((f[0], f[2])) for f in facts(text) if f[1] == "collaboratesWith"}
    assert found == {frozenset(("IPO", "VNG")), frozenset(("IPO", "G40")), frozenset(("VNG", "G40"))}, found


@pytest.mark.parametrize("text", [
    "IPO, VNG en G40 sluiten geen akkoord over wonen.",
    "Breda, Tilburg en Delft tekenden dinsdag de City Deal Zon.",
    "Het IPO ondertekende het akkoord met de VNG niet.",
])
def test_no_agreement_signed_together(text):
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "collaboratesWith"}
    assert not found, found


# --- "<partner>, met wie <subject> …" --------------------------------------------------------------

def test_a_partner_before_met_wie():
    text = "# Pijler Fysiek\n\nDe pijler heeft contact met Aedes en met Platform31, met wie de pijler een kennisprogramma uitvoert."
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "collaboratesWith"}
    assert ("Pijler Fysiek", "Platform31") in found, found


def test_no_partner_before_a_denied_met_wie():
    text = "Er is contact met Platform31, met wie de VNG niet meer samenwerkt."
    assert not any(f[1] == "collaboratesWith" and f[0] == "VNG" for f in facts(text)), facts(text)


# --- stepping out of a unit: "is gestopt met", "is uit … gestapt/getreden", "trad per 1 mei uit" -----

@pytest.mark.parametrize("text", [
    "# Themagroep Water\n\nJoris Hamers (Zeist) is gestopt met de themagroep.",
    "# Themagroep Water\n\nJoris Hamers (Zeist) is uit de themagroep gestapt.",
    "# Themagroep Water\n\nJoris Hamers (Zeist) is uit de Themagroep Water getreden.",
])
def test_stepping_out_of_a_unit_ends_a_membership(text):
    roles = dated_relations(text, "2025-06-01")
    assert any(r[0] == "Joris Hamers" and r[2] == "lid" and r[3] for r in roles), roles
    assert not any(r[1] == "Zeist" for r in roles), roles


def test_stepping_into_a_unit_is_no_leaving():
    roles = dated_relations("# Themagroep Water\n\nJoris Hamers (Zeist) is in de themagroep getreden.", "2025-06-01")
    assert not any(r[3] for r in roles), roles


def test_stepping_out_on_a_day_ends_the_role_the_day_before():
    roles = dated_relations("Secretaris Joris Hamers trad per 1 mei uit de Werkgroep Wonen.", "2025-06-01")
    assert ("Joris Hamers", "secretaris", True, None, "2025-04-30") in {(r[0], r[2], r[3], r[4], r[5]) for r in roles}, roles
