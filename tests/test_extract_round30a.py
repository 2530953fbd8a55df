"""Round 30a: who speaks — signatures, e-mail, interviews, quotations and contact lines."""

from __future__ import annotations

import pytest

from tests.extract_facts import facts


# --- a signature's role line that names its own bodies -------------------------------------------

def test_signature_role_line_with_two_roles_and_their_bodies():
    text = ("Wij gaan graag met u in gesprek.\n\nMet vriendelijke groet,\n\n"
            "Karin Dekkers\nburgemeester van Ede, voorzitter G40\n\n"
            "Joost Verhagen\nwethouder Almere en voorzitter van de Pijler Fysiek\n")
    found = {f for f in facts(text) if f[1] == "hasRole"}
    assert found == {("Karin Dekkers", "hasRole", "Ede", "burgemeester"),
                     ("Karin Dekkers", "hasRole", "G40", "voorzitter"),
                     ("Joost Verhagen", "hasRole", "Almere", "wethouder"),
                     ("Joost Verhagen", "hasRole", "Pijler Fysiek", "voorzitter")}, found


def test_signature_role_line_with_a_portfolio_before_the_town():
    text = "Met vriendelijke groet,\n\nEva Smit\nWethouder Werk in Zoetermeer\n"
    assert ("Eva Smit", "hasRole", "Zoetermeer", "wethouder") in facts(text)


@pytest.mark.parametrize("text", [
    "Groet,\n\nEva Smit\nwethouder die Ede en Breda bezocht\n",  # a clause, not a role line
    "Groet,\n\nEva Smit\nwethouder Zoetermeer heeft gesproken\n",  # a verb after the body
    "Groet,\n\nEva Smit en Jan Bos\nwethouder Zoetermeer\n",  # two names: whose role?
])
def test_no_role_from_a_line_that_is_no_role_line(text):
    assert not any(f[0] in ("Eva Smit", "Jan Bos") and f[1] == "hasRole" for f in facts(text)), facts(text)


# --- "namens X," under a letter's greeting: its "wij" is X ---------------------------------------

_CLOSING = "\n\nMet vriendelijke groet,\n\nnamens de VNG,\n\nKarin Dekkers\n"


@pytest.mark.parametrize("body, partner", [
    ("Met het ministerie van VRO werken wij al sinds de woondeals goed samen.", "VRO"),
    ("Wij werken goed samen met het ministerie van SZW.", "SZW"),
    ("Ook met Aedes trekken wij op.", "Aedes"),
])
def test_we_of_a_letter_signed_on_behalf_of_a_body(body, partner):
    found = facts(body + _CLOSING, "2025-03-01")  # a letter of VRO's years (2024-07-02 … 2026-02-22; round 45k)
    assert ("VNG", "collaboratesWith", partner, None) in found, found


def _closing_party(text: str):
    from graph.extract import extract
    from graph.extract.context import DocContext
    from graph.extract.voice import closing_party
    from graph.gazetteer import load_gazetteer
    ex = extract("t", text, gazetteer=load_gazetteer())
    found = closing_party(DocContext("t", text, ex.sentences, list(ex.mentions)))
    return found.text if found is not None else None


@pytest.mark.parametrize("text, party", [
    ("Wij stemmen in." + _CLOSING, "VNG"),
    ("Wij stemmen in.\n\nHoogachtend,\nNamens het college van Ede,\nKarin Dekkers\n", None),  # no one body
    ("Wij stemmen in.\n\nMet vriendelijke groet,\n\nnamens de VNG,\nKarin Dekkers\n\nnamens het IPO,\nJoost Verhagen\n",
     None),  # two parties sign
    ("Namens de VNG sprak Karin Dekkers.\n\nMet vriendelijke groet,\n\nKarin Dekkers\n", None),  # not under the greeting
])
def test_closing_party(text, party):
    assert _closing_party(text) == party


def test_optrekken_met_is_no_collaboration_when_denied():
    assert not any(f[1] == "collaboratesWith" for f in facts("Met Aedes trekken wij niet op." + _CLOSING))


# --- e-mail: "ik" is the sender, "jou" the addressee, "we samen" the two of them --------------------

_MAIL = ("Van: Karin Dekkers <k.dekkers@ede.nl>\n"
         "Aan: Joost Verhagen <j.verhagen@vng.nl>\n"
         "CC: Anna de Wit <a.dewit@breda.nl>\n"
         "Onderwerp: Werkconferentie Wonen\n\n"
         "Beste Joost,\n\n{body}\n\nGroet,\nKarin\n")


def test_mail_writer_sits_in_a_body_with_the_addressee_and_a_named_person():
    found = facts(_MAIL.format(body="Ik zit zelf namens de gemeente Ede in de Werkgroep Wonen, samen met jou en Anna."))
    for person in ("Karin Dekkers", "Joost Verhagen", "Anna de Wit"):
        assert (person, "participatesIn", "Werkgroep Wonen", None) in found, found


def test_mail_we_together_organise_the_event_of_the_clause():
    found = facts(_MAIL.format(body="Hieronder de opzet van de werkconferentie die we samen organiseren."))
    assert {("Ede", "collaboratesWith", "VNG", None), ("Ede", "organised", "werkconferentie", None),
            ("VNG", "organised", "werkconferentie", None)} <= found, found


def test_mail_thread_each_message_has_its_own_writer():
    text = (_MAIL.format(body="Dank voor je bericht.") +
            "\n-----Oorspronkelijk bericht-----\nVan: Joost Verhagen <j.verhagen@vng.nl>\n"
            "Aan: Karin Dekkers <k.dekkers@ede.nl>\nOnderwerp: Werkconferentie Wonen\n\n"
            "Hoi Karin,\n\nIk zit in de Werkgroep Wonen.\n")
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Joost Verhagen", "participatesIn", "Werkgroep Wonen", None)}, found


@pytest.mark.parametrize("text", [
    # no mail: a "Van:" line without the other headers, and "ik" has no sender
    "Van: de gemeente Ede\n\nIk zit in de Werkgroep Wonen, samen met Anna de Wit.\n",
    # the writer denies it
    _MAIL.format(body="Ik zit niet in de Werkgroep Wonen, samen met jou."),
])
def test_no_mail_writer_or_addressee(text):
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert not found, found


def test_mail_to_two_has_no_one_addressee():
    text = ("Van: Karin Dekkers <k.dekkers@ede.nl>\nAan: Joost Verhagen <j.verhagen@vng.nl>; Anna de Wit <a.dewit@breda.nl>\n\n"
            "Hoi,\n\nIk zit in de Werkgroep Wonen, samen met jou.\n")
    found = {f for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Karin Dekkers", "participatesIn", "Werkgroep Wonen", None)}, found


def test_mail_we_together_only_between_two_bodies():
    text = ("Van: Karin Dekkers <k.dekkers@ede.nl>\nAan: Joost Verhagen <j.verhagen@ede.nl>\n\n"
            "Beste Joost,\n\nDe werkconferentie die we samen organiseren gaat door.\n")
    assert not any(f[1] in ("collaboratesWith", "organised") for f in facts(text)), facts(text)


# --- interviews: the answers' "ik" is the one the lead introduces, their "we" the unit they lead ------

_INTERVIEW = ("# \"Samen sterker\"\n*Interview, 4 april 2024*\n\n"
              "**Sinds januari is Karin Dekkers, wethouder in Almere, trekker van de G40-themagroep Wonen. "
              "Een gesprek over haar loopbaan.**\n\n"
              "**Hoe bent u hier gekomen?**\n\n\"{answer}\"\n")


@pytest.mark.parametrize("answer, fact", [
    ("Ik werk al lang in het sociaal domein. Daarna heb ik zes jaar bij Divosa gewerkt, als adviseur.",
     ("Karin Dekkers", "hasRole", "Divosa", "adviseur")),
    ("Ik werk al lang in het sociaal domein. Na mijn studie ben ik begonnen als klantmanager bij de sociale dienst in Delft.",
     # (a compound role word since round 40b: the role at Delft, no longer only an affiliation)
     ("Karin Dekkers", "hasRole", "Delft", "klantmanager")),
    ("Ik werk al lang in het sociaal domein. In 2018 werd ik gemeenteraadslid in Almere.",
     ("Karin Dekkers", "hasRole", "Almere", "raadslid")),
    ("Met de NVVK trekken we al jaren op.", ("Themagroep Wonen", "collaboratesWith", "NVVK", None)),
    ("Met het ministerie van SZW hebben we het meest contact.", ("Themagroep Wonen", "collaboratesWith", "SZW", None)),
    ("Daarnaast trekken we op met de NVVK, de branchevereniging, en met Divosa; ik ken daar nog veel mensen.",
     ("Themagroep Wonen", "collaboratesWith", "Divosa", None)),
])
def test_interview_answer_speaks_for_the_interviewee(answer, fact):
    found = facts(_INTERVIEW.format(answer=answer))
    assert fact in found, found


@pytest.mark.parametrize("answer", [
    "Ik heb zes jaar bij Divosa gewerkt, zegt Joost Verhagen.",  # someone else is quoted
    "Ik heb nooit bij Divosa gewerkt.",  # denied
    "Ik ken veel mensen bij Divosa.",  # no work
])
def test_interview_answer_gives_no_work_it_does_not_state(answer):
    found = {f for f in facts(_INTERVIEW.format(answer=answer)) if f[2] == "Divosa"}
    assert not found, found


def test_no_interview_without_its_label():
    text = ("Karin Dekkers is trekker van de Themagroep Wonen.\n\n"
            "\"Daarna heb ik zes jaar bij Divosa gewerkt, als adviseur.\"\n")
    assert not any(f[2] == "Divosa" for f in facts(text)), facts(text)


# --- contact points with an adjective ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Joris Mulder uit Tilburg is het ambtelijk aanspreekpunt van de Themagroep Wonen.",
    "Joris Mulder is de vaste contactpersoon voor de Themagroep Wonen.",
])
def test_contact_point_with_an_adjective(text):
    assert ("Joris Mulder", "contactFor", "Themagroep Wonen", None) in facts(text)


def test_an_address_is_no_contact_point():
    assert not any(f[1] == "contactFor" for f in facts("Joris Mulder is het ambtelijk adres van de Themagroep Wonen."))


# --- reported speech: "X vertelt hoe Y samen met Z …" is about Y, not about X ---------------------------

@pytest.mark.parametrize("text", [
    "Wethouder Karin Dekkers vertelt hoe Leiden samen met Delft een energieloket heeft opgezet.",
    "Karin Dekkers legt uit dat Leiden samen met Delft een energieloket heeft opgezet.",
])
def test_the_teller_is_not_the_subject_of_what_is_told(text):
    found = {f for f in facts(text) if f[1] == "collaboratesWith"}
    assert ("Leiden", "collaboratesWith", "Delft", None) in found, found
    assert not any(f[0] == "Karin Dekkers" for f in found), found


def test_the_teller_who_works_together_herself():
    found = facts("Karin Dekkers werkt samen met Delft, vertelt zij.")
    assert ("Karin Dekkers", "collaboratesWith", "Delft", None) in found, found


def test_profile_headline_closing_with_topics():
    text = "Eva Smit\nKwartiermaker Werklocaties bij Stedennetwerk G40 | Werklocaties | Regionale economie\n\nNieuws!\n"
    assert ("Eva Smit", "hasRole", "G40", "kwartiermaker") in facts(text), facts(text)


def test_profile_headline_with_a_sentence_after_a_comma_gives_nothing():
    text = "Eva Smit\nKwartiermaker bij Stedennetwerk G40, en ik werk graag samen\n\nNieuws!\n"
    assert not any(f[0] == "Eva Smit" and f[1] == "hasRole" for f in facts(text)), facts(text)


# --- a contact line whose apposition names a unit: the contact for that unit too ------------------------

def test_contact_line_apposition_names_the_unit_beside_the_page_topic():
    text = ("# Werkconferentie Wonen 2024\n\nDe Werkconferentie Wonen 2024 vindt plaats in Ede.\n\n"
            "Contact: Thomas Verbeek, secretaris Pijler Fysiek, t.verbeek@g40stedennetwerk.nl\n")
    found = {f for f in facts(text) if f[1] == "contactFor"}
    assert ("Thomas Verbeek", "contactFor", "Pijler Fysiek", None) in found, found


def test_contact_line_without_a_unit_in_its_apposition():
    text = "Contact: Thomas Verbeek, woordvoerder, t.verbeek@ede.nl\n"
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- quotations: the quoted "ik" is the one the quotation names ------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Nieuws uit Ede.\n\n\"Ik ben sinds 2021 trekker van de Themagroep Wonen. Dat doe ik graag,\" zegt wethouder Eva Smit.",
     ("Eva Smit", "hasRole", "Themagroep Wonen", "trekker")),
    ("Nieuws.\n\nEva Smit: \"Ik ben voorzitter van de Pijler Fysiek.\"",
     ("Eva Smit", "hasRole", "Pijler Fysiek", "voorzitter")),
    ("Nieuws.\n\n\"Dat klopt,\" zegt Eva Smit. \"Ik ben ook lid van de Themagroep Wonen.\"",
     ("Eva Smit", "hasRole", "Themagroep Wonen", "lid")),
    ("Nieuws.\n\n“Ik ben voorzitter van de Pijler Fysiek”, aldus Eva Smit.",
     ("Eva Smit", "hasRole", "Pijler Fysiek", "voorzitter")),
])
def test_quoted_ik_is_the_quoted_speaker(text, fact):
    found = facts(text)
    assert fact in found, found


@pytest.mark.parametrize("text", [
    "Nieuws.\n\n\"Ik ben voorzitter van de Pijler Fysiek,\" zegt zij.",  # a pronoun: nobody named
    "Nieuws.\n\n\"Dat klopt,\" zegt Eva Smit. Jan Bos reageert. \"Ik ben lid van de Pijler Fysiek.\"",  # another is named between
    "Nieuws.\n\n\"Ik was nooit voorzitter van de Pijler Fysiek,\" zegt Eva Smit.",  # denied
])
def test_quoted_ik_without_a_named_speaker_gives_nobody_a_role(text):
    found = {f for f in facts(text) if f[2] == "Pijler Fysiek"}
    assert not found, found


# --- question-and-answer layouts and named answer lines ----------------------------------------------------

def test_named_answer_lines_of_a_double_interview():
    text = ("Dubbelinterview over wonen\n\n**Eva Smit:** Ik ben sinds mei voorzitter van de Pijler Fysiek.\n\n"
            "**Jan de Groot:** Ik ben lid van de Themagroep Wonen.\n")
    found = {f for f in facts(text) if f[1] == "hasRole"}
    assert found == {("Eva Smit", "hasRole", "Pijler Fysiek", "voorzitter"),
                     ("Jan de Groot", "hasRole", "Themagroep Wonen", "lid")}, found


def test_answer_lines_of_a_question_and_answer_layout():
    text = ("Wethouder Eva Smit over wonen\n\nEva Smit is sinds mei wethouder van Ede.\n\n"
            "V: Wat doet u nog meer?\nA: Ik ben ook voorzitter van de Pijler Fysiek.\n\n"
            "V: En verder?\nA: Ik ben lid van de Themagroep Wonen.\n")
    found = {f for f in facts(text) if f[1] == "hasRole"}
    assert {("Eva Smit", "hasRole", "Pijler Fysiek", "voorzitter"),
            ("Eva Smit", "hasRole", "Themagroep Wonen", "lid")} <= found, found


@pytest.mark.parametrize("text", [
    "Verslag\n\nVoorzitter: Eva Smit\nEva Smit: opent de vergadering en is blij.\n",  # a field, a line without "ik"
    "Nieuws\n\nEva Smit en Jan Bos: Ik ben voorzitter van de Pijler Fysiek.\n",  # two names: whose line?
    "Nieuws\n\nV: Wie is voorzitter van de Pijler Fysiek?\nA: Ik ben voorzitter van de Pijler Fysiek.\n",  # no one introduced
])
def test_no_speaker_for_a_line_that_names_none(text):
    found = {f for f in facts(text) if f[2] == "Pijler Fysiek"}
    assert not found, found


# --- bylines ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Column: de stad van morgen\nDoor Eva Smit, wethouder van Ede\n\nSinds mei ben ik voorzitter van de Pijler Fysiek.\n",
     ("Eva Smit", "hasRole", "Pijler Fysiek", "voorzitter")),
    ("Blog\n\nDoor Eva Smit\n\nIk ben sinds mei trekker van de Themagroep Wonen.\n",
     ("Eva Smit", "hasRole", "Themagroep Wonen", "trekker")),
])
def test_byline_names_the_author(text, fact):
    assert fact in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "Blog\n\nDoor de inzet van Eva Smit is dit gelukt.\n\nIk ben sinds mei trekker van de Themagroep Wonen.\n",
    "Nieuws | Tekst: Eva Smit\n\nIk ben sinds mei trekker van de Themagroep Wonen.\n",  # a journalist
])
def test_no_byline(text):
    assert not any(f[0] == "Eva Smit" and f[1] == "hasRole" for f in facts(text)), facts(text)


# --- a genre label over the title: the contact is for what the title names --------------------------------

@pytest.mark.parametrize("text", [
    "UITNODIGING\n\nNetwerkbijeenkomst \"De binnenstad van 2035\"\n\nWelkom in Breda.\n\n"
    "Vragen? Neem contact op met Sanne Kuijpers, beleidsadviseur bij het G40-bureau (s.kuijpers@g40stedennetwerk.nl).\n",
    "VERSLAG\n\nNetwerkbijeenkomst \"De binnenstad van 2035\"\n\nHet was druk.\n\nContact: Sanne Kuijpers, s.kuijpers@g40stedennetwerk.nl\n",
])
def test_contact_for_the_title_under_a_genre_label(text):
    found = {f for f in facts(text) if f[1] == "contactFor"}
    assert found == {("Sanne Kuijpers", "contactFor", "De binnenstad van 2035", None)}, found


def test_genre_label_alone_names_nothing_to_contact_for():
    text = "UITNODIGING\n\nWelkom in Breda.\n\nContact: Sanne Kuijpers, s.kuijpers@g40stedennetwerk.nl\n"
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- a contact line that gives only an address: the person named before whom it spells ----------------------

def test_contact_address_spells_a_person_named_before():
    text = ("Verslag Themagroep Wonen\n\nAanwezig: Tim Broekhuizen (G40-bureau, secretaris), Eva Smit (Ede)\n\n"
            "De groep sprak over woningbouw.\n\n*Contact: t.broekhuizen@g40stedennetwerk.nl*\n")
    found = {f for f in facts(text) if f[1] == "contactFor"}
    assert found == {("Tim Broekhuizen", "contactFor", "Themagroep Wonen", None)}, found


def test_contact_address_that_spells_nobody_named():
    text = ("Verslag Themagroep Wonen\n\nAanwezig: Tim Broekhuizen (G40-bureau), Eva Smit (Ede)\n\n"
            "*Contact: info@g40stedennetwerk.nl*\n")
    assert not any(f[1] == "contactFor" for f in facts(text)), facts(text)


# --- East-Dutch double surnames: "Oude Wesselink", "Olde Kalter" -------------------------------------------

def test_double_surname_with_oude():
    text = "Wethouder Merel Oude Wesselink van Hengelo is trekker van de Themagroep Wonen."
    assert ("Merel Oude Wesselink", "hasRole", "Hengelo", "wethouder") in facts(text), facts(text)


def test_oude_opens_no_surname_without_a_given_name():
    from tests.extract_facts import mentions
    assert mentions("De Oude Kerk in Delft is mooi. Eva Smit bezocht Oude IJsselstreek.", "Person") == ["Eva Smit"]


# --- "Zij werd … benoemd, als opvolger van X": the pronoun's person succeeded X ----------------------------

def test_pronoun_as_successor():
    text = ("Eva Smit is trekker van de Themagroep Wonen. "
            "Zij werd in 2023 benoemd als trekker, als opvolger van Rutger Blankenstijn (Lelystad).")
    found = facts(text)
    assert {("Eva Smit", "succeeded", "Rutger Blankenstijn", None),
            ("Rutger Blankenstijn", "hasRole", "Themagroep Wonen", "trekker")} <= found, found


@pytest.mark.parametrize("text", [
    "Eva Smit is trekker van de Themagroep Wonen. Zij werd in 2023 benoemd, niet als opvolger van Rutger Blankenstijn.",
    "Eva Smit en Jan Bos zijn trekker van de Themagroep Wonen. Zij werden benoemd, als opvolger van Rutger Blankenstijn.",
])
def test_no_pronoun_successor(text):
    assert not any(f[1] == "succeeded" for f in facts(text)), facts(text)


# --- "X is gastheer" without the event: the one event of the sentences before ---------------------------------

def test_bare_host_hosts_the_event_named_just_before():
    text = ("Hieronder de opzet voor de werkconferentie die we organiseren. Datum: 12 maart, in Amersfoort. "
            "De gemeente Amersfoort is gastheer; de wethouder heet iedereen welkom.")
    assert ("Amersfoort", "organised", "werkconferentie", None) in facts(text), facts(text)


@pytest.mark.parametrize("text", [
    "De gemeente Amersfoort is gastheer; de wethouder heet iedereen welkom.",  # no event before
    "Op de werkconferentie werd het Congres Wonen 2024 aangekondigd. De gemeente Amersfoort is gastheer.",  # two events
    "Er is een werkconferentie. De gemeente Amersfoort is geen gastheer.",  # denied
])
def test_bare_host_without_one_event(text):
    assert not any(f[1] == "organised" for f in facts(text)), facts(text)


# --- the "ik" of each message of a thread is that message's sender, not the thread's last signature ---------

def test_mail_thread_roles_of_each_sender():
    text = ("Van: Karin Dekkers <k.dekkers@ede.nl>\nAan: Joost Verhagen <j.verhagen@vng.nl>\nOnderwerp: Wonen\n\n"
            "Beste Joost,\n\nIk ben sinds mei secretaris van de Themagroep Wonen.\n\nGroet,\nKarin\n\n"
            "-----Oorspronkelijk bericht-----\nVan: Joost Verhagen <j.verhagen@vng.nl>\n"
            "Aan: Karin Dekkers <k.dekkers@ede.nl>\nOnderwerp: Wonen\n\nHoi Karin,\n\n"
            "Ik ben voorzitter van de Pijler Fysiek.\n\nJoost Verhagen\nbeleidsadviseur\nVNG\n")
    found = {f for f in facts(text) if f[1] == "hasRole" and f[2] in ("Themagroep Wonen", "Pijler Fysiek")}
    assert found == {("Karin Dekkers", "hasRole", "Themagroep Wonen", "secretaris"),
                     ("Joost Verhagen", "hasRole", "Pijler Fysiek", "voorzitter")}, found


# --- a press officer in a contact line -------------------------------------------------------------------

@pytest.mark.parametrize("role", ["persvoorlichter", "voorlichter"])
def test_press_officer_of_an_organisation(role):
    text = f"Meer informatie: Sanne Verhoeven, {role} Avans Hogeschool, pers@avans.nl"
    assert ("Sanne Verhoeven", "hasRole", "Avans", role) in facts(text), facts(text)
