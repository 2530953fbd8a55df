"""Round 33b: rules of Dutch and of document layout found on heldout20's misses."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts, mentions


# --- a verb that closes its clause is no name word ----------------------------------------------

@pytest.mark.parametrize("text, programme", [
    ("Ede werkt mee aan de City Deal Groene Wijk. Wij horen dat Ede volgend jaar uit de City Deal vertrekt.",
     "City Deal Groene Wijk"),
    ("De City Deal Slimme Stad loopt tot 2025. Breda meldt dat zij met de City Deal stopt, omdat geld ontbreekt.",
     "City Deal Slimme Stad"),
])
def test_verb_last_in_a_subordinate_clause_ends_the_deal_name(text, programme):
    found = mentions(text, "Programme")
    assert all(not m.endswith(("vertrekt", "stopt")) for m in found), found


def test_verb_last_makes_the_reference_point_back():
    text = ("Delft neemt deel aan de City Deal Groene Wijk. Wij horen dat Ede uit de City Deal stapt; "
            "Leiden neemt deel aan de City Deal.")
    found = facts(text)
    assert ("Leiden", "participatesIn", "City Deal Groene Wijk", None) in found, found


def test_infinitive_after_an_auxiliary_ends_a_unit_name():
    text = "Zwolle gaat de themagroep Wonen trekken, en Delft levert de secretaris."
    assert mentions(text, "OrganisationalUnit") == ["themagroep Wonen"]


@pytest.mark.parametrize("text, unit", [
    ("Zij gaat naar de themagroep Jeugd en gezinnen.", "themagroep Jeugd en gezinnen"),  # a plural noun, no verb
    ("Het gaat om de themagroep Vitale binnensteden.", "themagroep Vitale binnensteden"),
])
def test_a_lower_case_name_at_the_clause_end_stays(text, unit):
    assert mentions(text, "OrganisationalUnit") == [unit]


# --- the author of a post: the name before the headline of a profile ---------------------------

_POST = ("Kees Bakker | Burgemeester gemeente Ede\n12 maart 2022\n\n"
         "Deze week ben ik gekozen tot voorzitter van de Pijler Sociaal. Ik volg Anna de Vries op.\n")


def test_profile_headline_names_the_author_and_the_role():
    found = facts(_POST)
    assert ("Kees Bakker", "hasRole", "Ede", "burgemeester") in found, found
    assert ("Kees Bakker", "hasRole", "Pijler Sociaal", "voorzitter") in found, found
    assert ("Kees Bakker", "succeeded", "Anna de Vries", None) in found, found


def test_profile_headline_with_a_bullet():
    text = ("Sanne Vos • Wethouder Wonen en Zorg gemeente Zwolle\n\n"
            "Sinds vandaag ben ik benoemd tot trekker van de themagroep Wonen.\n")
    found = facts(text)
    assert ("Sanne Vos", "hasRole", "Zwolle", "wethouder") in found, found
    assert ("Sanne Vos", "hasRole", "Themagroep Wonen", "trekker") in found, found


def test_a_name_further_down_is_no_author():
    text = ("Nieuws uit de pijler\n\nKees Bakker • Burgemeester gemeente Ede\n\n"
            "Deze week ben ik gekozen tot voorzitter van de Pijler Sociaal.\n")
    assert not any(f[0] == "Kees Bakker" and f[2] == "Pijler Sociaal" for f in facts(text))


# --- a colleague named by their town: "zijn Bredase collega X" -----------------------------------

@pytest.mark.parametrize("text, person, town", [
    ("Tijdens het overleg sprak ook zijn Zwolse collega Anna de Boer.", "Anna de Boer", "Zwolle"),
    ("Namens de steden tekende haar Delftse collega Pieter Smit het convenant.", "Pieter Smit", "Delft"),
    ("Hun Asser collega Henk Dijkman schoof later aan.", "Henk Dijkman", "Assen"),
])
def test_place_adjective_before_colleague(text, person, town):
    found = facts(text)
    assert (person, "affiliatedWith", town, None) in found, found


def test_colleagues_listed_after_the_adjective():
    found = facts("Daarna spraken haar Goudse collega's Jan Bos en Eva Smit over de wijkaanpak.")
    assert ("Jan Bos", "affiliatedWith", "Gouda", None) in found, found
    assert ("Eva Smit", "affiliatedWith", "Gouda", None) in found, found


@pytest.mark.parametrize("text", [
    "De Bredase collega's waren er niet bij, zei Jan Bos.",  # no name right after the word
    "De Bredase collega vertelde dat Jan Bos het plan schreef.",
])
def test_no_colleague_named_after_the_adjective(text):
    assert not any(f[2] == "Breda" for f in facts(text)), facts(text)


# --- a name with an unknown given name, listed after another and followed by its role -------------

def test_listed_name_with_a_role_apposition_is_a_person():
    text = "In de jury zaten Anna de Boer van de VNG en Xandor Pruimboom, directeur van Platform31."
    assert "Xandor Pruimboom" in mentions(text, "Person")
    found = facts(text)
    assert ("Xandor Pruimboom", "hasRole", "Platform31", "directeur") in found, found
    assert not any(f[0] == "Anna de Boer" and f[2] == "Platform31" for f in found), found


def test_listed_capitalised_words_without_a_role_are_no_person():
    text = "Het geld gaat naar Anna de Boer en Groene Ruimte, een stichting uit Ede."
    assert "Groene Ruimte" not in mentions(text, "Person")


# --- a themagroep named in the text of a pijler's own section --------------------------------------

_MEMO = ("Overzicht van de bezetting\n\n"
         "1. Pijler Werk en Inkomen\n\n"
         "De pijler vergaderde drie keer. Sinds maart zoekt de themagroep Schulden een nieuwe trekker.\n\n"
         "2. Pijler Wonen en Leefomgeving\n\n"
         "Anna de Boer (Ede) trekt voortaan de themagroep Klimaat en groen.\n")


def test_themagroep_in_a_pijler_section_is_part_of_it():
    found = facts(_MEMO)
    assert ("Themagroep Schulden", "partOf", "Pijler Werk en Inkomen", None) in found, found
    assert ("Themagroep Klimaat en groen", "partOf", "Pijler Wonen en Leefomgeving", None) in found, found
    assert ("Themagroep Schulden", "partOf", "Pijler Wonen en Leefomgeving", None) not in found, found


def test_themagroep_of_another_pijler_named_in_the_section():
    text = ("Overzicht van de bezetting\n\n1. Pijler Werk en Inkomen\n\n"
            "De pijler overlegt met de themagroep Jeugd van de Pijler Sociaal.\n")
    found = facts(text)
    assert ("Themagroep Jeugd", "partOf", "Pijler Werk en Inkomen", None) not in found, found


def test_themagroep_placed_elsewhere_by_the_text():
    text = ("Overzicht van de bezetting\n\n1. Pijler Werk en Inkomen\n\n"
            "De themagroep Jeugd valt onder de taskforce Kansengelijkheid.\n")
    found = facts(text)
    assert ("Themagroep Jeugd", "partOf", "Pijler Werk en Inkomen", None) not in found, found


def test_section_headed_by_something_else_places_nothing():
    text = ("Overzicht van de bezetting\n\n1. Vacatures\n\n"
            "De themagroep Schulden zoekt een nieuwe trekker.\n\n2. Pijler Werk en Inkomen\n\nDe pijler vergaderde.\n")
    assert not any(f[0] == "Themagroep Schulden" and f[1] == "partOf" for f in facts(text))


# --- a relative clause of belonging with its verb last: "X, die onder de pijler Y valt" ----------------

@pytest.mark.parametrize("text, child, parent", [
    ("Anna de Boer trekt de themagroep Schulden, die sinds 2021 onder de Pijler Sociaal valt.",
     "Themagroep Schulden", "Pijler Sociaal"),
    ("Zij leidt de werkgroep Data, die een onderdeel van de themagroep Digitalisering is.",
     "Werkgroep Data", "Themagroep Digitalisering"),
])
def test_relative_clause_with_the_verb_last(text, child, parent):
    found = facts(text)
    assert (child, "partOf", parent, None) in found, found


def test_relative_clause_under_a_unit_without_a_verb_of_belonging():
    text = "Anna de Boer trekt de themagroep Schulden, die onder de Pijler Sociaal werkt aan een plan."
    found = facts(text)
    assert ("Themagroep Schulden", "partOf", "Pijler Sociaal", None) not in found, found


# --- a paragraph's town for the officer who opens a quotation -------------------------------------------

def test_paragraph_town_when_the_quotation_names_a_body():
    text = ("Drie steden krijgen geld.\n\n"
            "Ook Deventer is tevreden. Burgemeester Anna de Boer: \"We werken nu al samen met de Stichting Groen Wonen.\"")
    found = facts(text)
    assert ("Anna de Boer", "hasRole", "Deventer", "burgemeester") in found, found


def test_no_paragraph_town_when_the_opening_words_name_a_body():
    text = ("Drie steden krijgen geld.\n\n"
            "Ook Deventer is tevreden. Burgemeester Anna de Boer van de VNG: \"We werken samen.\"")
    found = facts(text)
    assert ("Anna de Boer", "hasRole", "Deventer", "burgemeester") not in found, found


# --- the "we" of a quotation: the body its speaker speaks for ---------------------------------------------

@pytest.mark.parametrize("text", [
    'Het plan is klaar. Burgemeester Jan Vos van Deventer: "Dit is goed nieuws. Samen met Stichting Groen Wonen '
    'pakken we de wijk aan."',
    'Het plan is klaar. "We werken al jaren samen met Stichting Groen Wonen," zegt burgemeester Jan Vos van Deventer.',
])
def test_we_in_a_quotation_is_the_speakers_town(text):
    found = facts(text)
    assert ("Deventer", "collaboratesWith", "Stichting Groen Wonen", None) in found, found


def test_we_of_a_speaker_with_two_bodies_is_not_guessed():
    text = ('Het plan is klaar. Jan Vos, wethouder van Deventer en bestuurslid van de VNG: '
            '"Dit is goed nieuws. Samen met Stichting Groen Wonen pakken we de wijk aan."')
    found = facts(text)
    assert ("Deventer", "collaboratesWith", "Stichting Groen Wonen", None) not in found, found


# --- the names after a plural kind word ----------------------------------------------------------------

def test_names_listed_after_a_plural_kind_word():
    text = "Het convenant is getekend door de hogescholen Windesheim, Saxion en Fontys en de provincie Overijssel."
    assert mentions(text, "Organisation") == ["Windesheim", "Saxion", "Fontys"]


def test_listed_names_repeated_later_are_the_same_organisations():
    text = ("De woningcorporaties Portaal en Mitros doen mee. Wethouder Eva Smit van Ede: "
            "\"Het is zover. Samen met Portaal en Mitros bouwen we 500 woningen.\"")
    found = facts(text)
    assert ("Ede", "collaboratesWith", "Portaal", None) in found, found
    assert ("Ede", "collaboratesWith", "Mitros", None) in found, found


# --- a network's day by its name: "de Stedendag", "de Ledendag 2024" ---------------------------------------

def test_named_day_is_an_event():
    text = "De Woondag 2024 wordt georganiseerd door Platform31, samen met de gemeente Ede."
    assert mentions(text, "Event") == ["Woondag 2024"]
    found = facts(text)
    assert ("Platform31", "organised", "Woondag 2024", None) in found, found
    assert ("Ede", "organised", "Woondag 2024", None) in found, found


@pytest.mark.parametrize("text", [
    "Op Dinsdag spraken Ede en Breda met elkaar.",
    "Rond Koningsdag organiseert Ede een markt.",
    "Het was vandaag een drukke dag voor de gemeente Ede.",
])
def test_calendar_days_are_no_events(text):
    assert mentions(text, "Event") == []


# --- who takes part in a programme's sessions: "Sprekers: …", "gaat in gesprek met" ------------------------

_PROGRAMME = ("Kennisdag Wijkaanpak 2024\n\n"
              "Opening door Kees Bakker. Daarna gaat wethouder Eva Smit (Ede) in gesprek met Tom Dekker, directeur van Aedes.\n\n"
              "Sessie 1 (11.00 uur)\n"
              "Sprekers: Anna de Boer, wethouder van Delft; Jan Vos, adviseur bij Platform31.\n")


def test_speakers_of_a_session_take_part_in_the_event():
    found = facts(_PROGRAMME)
    for person in ("Eva Smit", "Tom Dekker", "Anna de Boer", "Jan Vos"):
        assert (person, "participatesIn", "Kennisdag Wijkaanpak", None) in found, (person, found)
    assert not any(f[0] in ("Delft", "Platform31", "Aedes") and f[1] == "participatesIn" for f in found), found


def test_a_conversation_outside_an_event_document_is_no_participation():
    text = "De wethouder gaat in gesprek met Tom Dekker over de wijk.\n"
    assert not any(f[1] == "participatesIn" for f in facts(text))


# --- "X van de G40-themagroep Y": the unit the compound names, not the organisation that opens it -----------

def test_van_a_compound_is_the_unit_it_names():
    found = facts("Gisteren sprak Anna de Boer van het VNG-bureau met de pers.")
    assert ("Anna de Boer", "affiliatedWith", "VNG", None) not in found, found
    found = facts("Voorzitter Anna de Boer van de G40-themagroep Cultuur reageerde positief.")
    assert ("Anna de Boer", "affiliatedWith", "G40", None) not in found, found
    assert ("Anna de Boer", "hasRole", "Themagroep Cultuur", "voorzitter") in found, found


def test_van_an_organisation_itself():
    found = facts("Gisteren sprak Anna de Boer van de VNG met de pers.")
    assert ("Anna de Boer", "affiliatedWith", "VNG", None) in found, found


# --- "de G40-steden": the network's members, no subject of the network ------------------------------------

@pytest.mark.parametrize("text", [
    "Vier G40-steden krijgen geld uit het Woningbouwfonds.",
    "Drie VNG-leden ontvangen een bijdrage uit het Woningbouwfonds.",
])
def test_members_compound_is_no_subject(text):
    found = facts(text)
    assert not any(f[0] in ("G40", "VNG") for f in found), found


def test_named_members_after_the_compound_are_the_subject():
    found = facts("De G40-steden Breda en Tilburg krijgen geld uit het Woningbouwfonds.")
    assert ("Breda", "participatesIn", "Woningbouwfonds", None) in found, found
    assert not any(f[0] == "G40" for f in found), found


# --- a body named after its programme: "de stuurgroep City Deal X" -------------------------------------------

def test_body_named_after_its_programme_is_part_of_it():
    found = facts("Verslag van de projectgroep Regio Deal Twente, die in mei bijeenkwam in Enschede.")
    assert ("Projectgroep Regio Deal Twente", "partOf", "Regio Deal Twente", None) in found, found


def test_body_of_an_organisation_is_no_part_of_a_programme():
    found = facts("De stuurgroep van de VNG besprak de City Deal Slimme Wijk.")
    assert not any(f[1] == "partOf" and f[2] == "City Deal Slimme Wijk" for f in found), found


# --- contacts: "Vragen over dit verslag: X"; "secretaris van de G40-themagroep Y" ----------------------------

def test_questions_about_the_document_go_to_what_it_reports_on():
    text = ("Verslag kernteam Regio Deal Twente\n\nHet kernteam besprak de voortgang.\n\n"
            "Vragen over dit verslag: Anna de Boer, a.deboer@twente.nl\n")
    found = facts(text)
    assert ("Anna de Boer", "contactFor", "Kernteam Regio Deal Twente", None) in found, found


def test_questions_without_a_document_title_thing_go_nowhere():
    text = "Verslag van de middag\n\nHet was druk.\n\nVragen over dit verslag: Anna de Boer.\n"
    assert not any(f[1] == "contactFor" for f in facts(text))


def test_contact_whose_role_names_a_prefixed_unit():
    text = "Steden met vragen kunnen terecht bij Anna de Boer, secretaris van de G40-themagroep Cultuur (a.deboer@vng.nl)."
    found = facts(text)
    assert ("Anna de Boer", "contactFor", "Themagroep Cultuur", None) in found, found


# --- a body with its person in brackets: "Van: G40-bureau (X, directeur)" ------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Aan: het bestuur\nVan: Platform31 (Eva Smit, programmamanager)\n", ("Eva Smit", "hasRole", "Platform31", "programmamanager")),
    ("Namens de VNG (Tom Dekker, senior adviseur) kwam een voorstel.", ("Tom Dekker", "hasRole", "VNG", "senior adviseur")),
])
def test_person_and_role_in_brackets_after_a_body(text, fact):
    found = facts(text)
    assert fact in found, found


def test_bracket_without_a_role_word_gives_no_role():
    found = facts("Van: Platform31 (Eva Smit, 12 mei)\n")
    assert not any(f[1] == "hasRole" for f in found), found


# --- a name before a bracket that names a body by its kind: "X (ministerie van BZK, …)" ------------------------

@pytest.mark.parametrize("text, person, body", [
    ("Aanwezig waren Wobbe Oosterwijk (ministerie van BZK, directie Wonen) en anderen.", "Wobbe Oosterwijk", "BZK"),
    ("Het woord was aan Marrit Zandvliet (gemeente Ede).", "Marrit Zandvliet", "Ede"),
])
def test_bracket_with_a_body_kind_makes_a_person(text, person, body):
    assert person in mentions(text, "Person")
    found = facts(text)
    assert (person, "affiliatedWith", body, None) in found, found


def test_bracket_with_an_unknown_body_name_makes_no_person():
    assert mentions("Het gaat om Groene Daken (gemeente Westerhoven-Zuid).", "Person") == []


# --- "Namens <organisatie> <verb> X": X acts for it ---------------------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Namens het ministerie van OCW schoof Karin Veldhuis aan bij het overleg.", "Karin Veldhuis", "OCW"),
    ("Namens Platform31 sprak ook Anna de Boer de zaal toe.", "Anna de Boer", "Platform31"),
])
def test_fronted_on_behalf_of_an_organisation(text, person, party):
    found = facts(text)
    assert (person, "affiliatedWith", party, None) in found, found


def test_fronted_on_behalf_with_someone_further_on_is_not_read():
    text = "Namens de VNG stelde de voorzitter voor om Anna de Boer uit te nodigen."
    found = facts(text)
    assert ("Anna de Boer", "affiliatedWith", "VNG", None) not in found, found


def test_fronted_on_behalf_denied():
    found = facts("Namens Platform31 neemt Anna de Boer dit jaar niet deel.")
    assert ("Anna de Boer", "affiliatedWith", "Platform31", None) not in found, found


def test_secretariat_line_on_a_units_page():
    text = ("Jaarplan 2025 – Themagroep Cultuur\n\nDe themagroep vergadert vier keer per jaar.\n\n"
            "Secretariaat: Anna de Boer, a.deboer@vng.nl\n")
    found = facts(text)
    assert ("Anna de Boer", "contactFor", "Themagroep Cultuur", None) in found, found


def test_press_note_contact_is_for_what_the_release_announces():
    text = ("PERSBERICHT\n\nDelft, 4 maart 2024\n\nDelft en Rijswijk tekenen de Regio Deal Haaglanden Zuid\n\n"
            "Vandaag tekenden Delft en Rijswijk de Regio Deal Haaglanden Zuid.\n\n"
            "Noot voor de redactie:\nVoor vragen kunt u contact opnemen met Anna de Boer, woordvoerder, 015 123 45 67.\n")
    found = facts(text)
    assert ("Anna de Boer", "contactFor", "Regio Deal Haaglanden Zuid", None) in found, found
