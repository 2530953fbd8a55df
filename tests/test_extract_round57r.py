"""Round 57r: heldout42's genres as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a group chat's export (whose "ik" a message
is), a book's table of contents (authors and their offices, titles that state nothing), a court ruling's chamber, a
steering group's "namens" column, a hackathon's and a launch's events, a residents' platform, a coalition of
towns named as a programme, and more.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2025-03-17") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


def about(found, name: str) -> set:
    return {f for f in found if name in (f[0], f[2])}


# --- a body that "bestaat op dit moment uit" its members ---------------------------------------------------

def test_a_body_that_consists_now_of_towns_has_them_as_members():
    text = "Ter herinnering: de Werkgroep Zonnedaken bestaat op dit moment uit Breda, Ede en Venlo.\n"
    assert {f for f in found_in(text) if f[1] == "participatesIn"} == {
        ("Breda", "participatesIn", "Werkgroep Zonnedaken", None), ("Ede", "participatesIn", "Werkgroep Zonnedaken", None),
        ("Venlo", "participatesIn", "Werkgroep Zonnedaken", None)}


def test_a_body_that_consists_now_of_a_contribution_has_no_members():
    text = "Ter herinnering: de Werkgroep Zonnedaken bestaat op dit moment uit een bijdrage van Breda en Ede.\n"
    assert not {f for f in found_in(text) if f[1] == "participatesIn"}


# --- job titles of a municipality's teams ------------------------------------------------------------------

TEAMS = ("| Team | Teamleden |\n|---|---|\n"
         "| Alfa | Joost Verbeek (wijkcoach, gemeente Oss); Anouk Brink (ontwikkelaar, gemeente Venlo); "
         "Rik Mulder (data-analist, gemeente Ede); Sanne Pol (UX-ontwerper, gemeente Zwolle) |\n")


def test_a_team_members_job_title_is_a_role_at_the_town():
    found = found_in(TEAMS)
    assert {f for f in found if f[1] == "hasRole"} == {
        ("Joost Verbeek", "hasRole", "Oss", "wijkcoach"), ("Anouk Brink", "hasRole", "Venlo", "ontwikkelaar"),
        ("Rik Mulder", "hasRole", "Ede", "data-analist"), ("Sanne Pol", "hasRole", "Zwolle", "UX-ontwerper")}
    assert not {f for f in found if f[1] == "affiliatedWith"}


def test_a_bracket_without_a_job_title_stays_an_affiliation():
    text = "| Team | Teamleden |\n|---|---|\n| Alfa | Joost Verbeek (gemeente Oss); Anouk Brink (student, gemeente Venlo) |\n"
    assert ("Joost Verbeek", "affiliatedWith", "Oss", None) in found_in(text)
    assert not {f for f in found_in(text) if f[1] == "hasRole" and f[0] == "Joost Verbeek"}


# --- a book's table of contents ----------------------------------------------------------------------------

CONTENTS = ("### Inhoud\n\n| nr. | titel | auteur | functie van de auteur |\n|---|---|---|---|\n"
            "| 1 | Samen met het Rijk, niet onder het Rijk | Wilma Oudkerk | directeur Wonen, ministerie van BZK |\n"
            "| 2 | Meedoen als sleutel | Gerrit Laman | bestuurslid van Divosa |\n"
            "| 3 | Over de dijk | Hanneke Stap | gedeputeerde Economie, provincie Flevoland |\n"
            "| 4 | Een stad met een ruggengraat | Okko Bijl | wethouder van Almere, voorzitter Pijler Economie en Werk |\n")


def test_a_contents_tables_authors_hold_the_offices_of_the_function_column():
    found = found_in(CONTENTS, "2023-06-29")
    assert {f for f in found if f[1] == "hasRole"} == {
        ("Wilma Oudkerk", "hasRole", "BZK", "directeur"), ("Gerrit Laman", "hasRole", "Divosa", "bestuurslid"),
        ("Hanneke Stap", "hasRole", "Flevoland", "gedeputeerde"), ("Okko Bijl", "hasRole", "Almere", "wethouder"),
        ("Okko Bijl", "hasRole", "Pijler Economie en Werk", "voorzitter")}


def test_a_contents_tables_titles_state_no_collaboration_or_participation():
    assert not {f for f in found_in(CONTENTS, "2023-06-29") if f[1] in ("collaboratesWith", "participatesIn")}


def test_a_table_without_an_author_column_is_no_table_of_contents():
    text = ("| nr. | titel | naam | functie |\n|---|---|---|---|\n"
            "| 1 | Verslag | Gerrit Laman | bestuurslid van Divosa |\n")
    from graph.extract.contents_tables import contents_rows
    from graph.extract.sentences import split_sentences
    assert contents_rows(text, split_sentences(text)) == []


# --- a coalition of towns named as a programme, with a region's compass point ------------------------------

def test_a_werkcoalitie_with_a_regions_compass_point_is_a_programme():
    text = "De Werkcoalitie Salland-Oost is in 2022 opgericht door de gemeenten Raalte en Olst-Wijhe, samen met UWV.\n"
    assert mentions(text, "Programme") == ["Werkcoalitie Salland-Oost"]
    assert {f for f in found_in(text) if f[1] == "initiated"} == {
        ("Raalte", "initiated", "Werkcoalitie Salland-Oost", None),
        ("Olst-Wijhe", "initiated", "Werkcoalitie Salland-Oost", None),
        ("UWV", "initiated", "Werkcoalitie Salland-Oost", None)}


def test_a_councils_collegecoalitie_is_no_programme():
    assert mentions("De collegecoalitie in Raalte is gevallen.\n", "Programme") == []


# --- a decision signed for a minister ----------------------------------------------------------------------

def test_a_decision_signed_by_a_directeur_is_no_part_in_the_programme():
    text = ("De minister heeft de aanvraag voor de Werkcoalitie Salland-Oost afgewezen. Het besluit is namens de minister "
            "ondertekend door Hans Rietveld, directeur bij het ministerie van SZW.\n")
    found = found_in(text)
    assert ("Hans Rietveld", "hasRole", "SZW", "directeur") in found
    assert not {f for f in found if f[1] == "participatesIn"}


def test_a_programme_signed_by_a_ministry_is_taken_part_in():
    text = ("De City Deal Zonnewijken is in 2022 gesloten. De deal is ondertekend door het ministerie van BZK en Breda.\n")
    assert ("BZK", "participatesIn", "City Deal Zonnewijken", None) in found_in(text)


# --- a relative "dat door X wordt geleid" after a name nothing recognised ----------------------------------

def test_a_relative_after_an_unrecognised_name_leads_nothing_before_it():
    text = ("De Werkcoalitie Salland-Oost werkt samen met het Werkgevers Loket Deventer, dat door UWV wordt geleid.\n")
    assert not {f for f in found_in(text) if f[1] == "ledBy"}


def test_a_relative_right_after_the_programme_says_who_leads_it():
    text = "Het Woonregister Salland, dat door VNG Realisatie wordt beheerd, is open.\n"
    assert {f for f in found_in(text) if f[1] == "ledBy"} == {("Woonregister Salland", "ledBy", "VNG Realisatie", None)}


# --- a chat export: whose "ik" a message is ----------------------------------------------------------------

CHAT = ("WhatsApp-chat met Werkgroep Zonnedaken\n\n"
        "02-09-2024 09:12 - Petra Hoekman heeft Daan Wolters toegevoegd\n"
        "02-09-2024 09:18 - Petra Hoekman: Welkom! Ik ben als secretaris van de Werkgroep Zonnedaken jullie "
        "aanspreekpunt.\n"
        "10-10-2024 09:48 - Daan Wolters: Per 1 november ga ik aan de slag als adviseur bij Aedes. Karel Stam volgt mij "
        "op als projectleider in Venlo.\n"
        "10-10-2024 09:55 - Petra Hoekman: Gefeliciteerd!\n")


def test_a_chat_messages_ik_is_its_sender():
    found = found_in(CHAT)
    assert ("Petra Hoekman", "hasRole", "Werkgroep Zonnedaken", "secretaris") in found
    assert ("Karel Stam", "succeeded", "Daan Wolters", None) in found
    assert ("Karel Stam", "succeeded", "Petra Hoekman", None) not in found
    assert ("Karel Stam", "hasRole", "Aedes", "adviseur") not in found  # the post the sender leaves for is not passed on


def test_the_apps_own_lines_are_no_messages():
    from graph.extract.chat_messages import chat_messages
    text = "02-09-2024 09:12 - Petra Hoekman heeft Daan Wolters toegevoegd\n02-09-2024 09:13 - Daan Wolters heeft de groep verlaten\n"
    assert chat_messages(text, []) == []


def test_a_successor_still_unknown_is_no_succession():
    text = ("05-12-2024 12:15 - Daan Wolters: Ik ga met pensioen. Venlo laat nog weten wie mij opvolgt.\n"
            "05-12-2024 12:16 - Petra Hoekman: Het ga je goed!\n")
    assert not {f for f in found_in(text) if f[1] == "succeeded"}


# --- events: a hackathon, an information evening, a launch -------------------------------------------------

def test_a_compound_on_hackathon_is_a_named_event_with_its_organisers_and_host():
    text = ("De Zorgdatahackathon Bestaanszekerheid werd georganiseerd door de Pijler Sociaal Domein en VNG Realisatie. "
            "Gastheer is de gemeente Leiden.\n")
    found = found_in(text)
    assert mentions(text, "Event") == ["Zorgdatahackathon Bestaanszekerheid"]
    assert ("Pijler Sociaal Domein", "organised", "Zorgdatahackathon Bestaanszekerheid", None) in found
    assert ("VNG Realisatie", "organised", "Zorgdatahackathon Bestaanszekerheid", None) in found
    assert ("Leiden", "organised", "Zorgdatahackathon Bestaanszekerheid", None) in found


def test_a_host_that_is_a_person_organises_nothing():
    text = "De Zorgdatahackathon Bestaanszekerheid werd georganiseerd door VNG Realisatie. Gastheer is wethouder Tom Kaptein.\n"
    assert not {f for f in found_in(text) if f[1] == "organised" and f[0] != "VNG Realisatie"}


def test_a_launch_meeting_is_named_with_the_programme_it_launches():
    text = ("Het programma Groene Wijken is gestart. De lanceringsbijeenkomst Groene Wijken wordt georganiseerd door "
            "de G40 en Platform31.\n")
    found = found_in(text)
    assert ("Platform31", "organised", "lanceringsbijeenkomst Groene Wijken", None) in found
    assert not {f for f in found if f[1] == "organised" and f[2] == "Groene Wijken"}


def test_an_information_evening_organised_by_a_town_and_a_residents_platform():
    text = ("Op donderdag 2 oktober 2025 organiseren de gemeente Zaanstad en het Bewonersplatform Poelenburg een "
            "informatieavond over de plannen. Voorzitter van het platform is Anna Korver.\n")
    found = found_in(text)
    assert mentions(text, "Organisation")[0] == "Bewonersplatform Poelenburg"
    assert ("Zaanstad", "organised", "informatieavond", None) in found
    assert ("Bewonersplatform Poelenburg", "organised", "informatieavond", None) in found
    assert ("Anna Korver", "hasRole", "Bewonersplatform Poelenburg", "voorzitter") in found


def test_a_dataplatform_stays_a_programme():
    assert mentions("Het Dataplatform Woningbouw Zuid is in 2024 gestart.\n", "Programme") == ["Dataplatform Woningbouw Zuid"]


# --- a contact "voor vragen over" the thing named after the apposition -------------------------------------

def test_a_contact_for_questions_about_the_event_is_not_the_units_contact():
    text = ("De Zorgdatahackathon Bestaanszekerheid werd georganiseerd door de Pijler Sociaal Domein. Neem contact op met Sara "
            "Bosman, secretaris van de Pijler Sociaal Domein, voor vragen over de hackathon.\n")
    assert not {f for f in found_in(text) if f[1] == "contactFor"}
    titled = "Uitslag Zorgdatahackathon Bestaanszekerheid\n\n" + text  # a page's title names what it is about
    contacts = {f for f in found_in(titled) if f[1] == "contactFor"}
    assert contacts == {("Sara Bosman", "contactFor", "Zorgdatahackathon Bestaanszekerheid", None)}


def test_a_contact_without_a_thing_asked_about_is_the_units():
    text = "Neem contact op met Sara Bosman, secretaris van de Pijler Sociaal Domein.\n"
    assert ("Sara Bosman", "contactFor", "Pijler Sociaal Domein", None) in found_in(text)


# --- a steering group's "namens" column, and "voorzitter stuurgroep" ---------------------------------------

STEERING = ("Bidbook Breda\n\nOns team\n\nDe kandidatuur is een gezamenlijke inzet.\n\n"
            "Stuurgroep kandidatuur\n\n| naam | functie | namens |\n|---|---|---|\n"
            "| Jan Verbunt | burgemeester, voorzitter stuurgroep | gemeente Breda |\n"
            "| Ria Kwant | gedeputeerde Economie | provincie Noord-Brabant |\n")


def test_a_namens_column_is_where_the_member_holds_the_office():
    found = found_in(STEERING, "2025-10-15")
    assert ("Jan Verbunt", "hasRole", "Breda", "burgemeester") in found
    assert ("Ria Kwant", "hasRole", "Noord-Brabant", "gedeputeerde") in found
    assert ("Jan Verbunt", "hasRole", "Stuurgroep kandidatuur", "voorzitter") in found
    assert ("Ria Kwant", "participatesIn", "Stuurgroep kandidatuur", None) in found


def test_the_body_a_member_sits_for_is_no_member_and_the_chair_no_plain_member():
    found = found_in(STEERING, "2025-10-15")
    assert ("Breda", "participatesIn", "Stuurgroep kandidatuur", None) not in found
    assert ("Noord-Brabant", "participatesIn", "Stuurgroep kandidatuur", None) not in found
    assert ("Jan Verbunt", "participatesIn", "Stuurgroep kandidatuur", None) not in found


# --- a court ruling's chamber ------------------------------------------------------------------------------

RULING = ("De Afdeling bestuursrechtspraak van de Raad van State verklaart het beroep van het college van Oss gegrond.\n\n"
          "Aldus vastgesteld door mr. Pieter Hol, voorzitter, en mr. Ineke Grasman en mr. Bas Lugt, leden, "
          "in tegenwoordigheid van mr. Lotte Roelofs, griffier.\n")


def test_a_rulings_chamber_holds_its_roles_in_the_court():
    found = {f for f in found_in(RULING, "2025-06-11") if f[1] == "hasRole"}
    assert found == {("Pieter Hol", "hasRole", "Afdeling bestuursrechtspraak", "voorzitter"),
                     ("Ineke Grasman", "hasRole", "Afdeling bestuursrechtspraak", "lid"),
                     ("Bas Lugt", "hasRole", "Afdeling bestuursrechtspraak", "lid"),
                     ("Lotte Roelofs", "hasRole", "Afdeling bestuursrechtspraak", "griffier")}


def test_a_councils_griffier_outside_the_formula_is_the_towns():
    text = "Het college van Oss vergaderde. De stukken zijn opgesteld door Lotte Roelofs, griffier van Oss.\n"
    assert ("Lotte Roelofs", "hasRole", "Oss", "griffier") in found_in(text)


# --- a programme's name a role word gave is no person --------------------------------------------------------

def test_a_programme_named_after_a_role_word_is_no_person_later():
    text = ("Het programma Slimme Buurten is een initiatief van de G40.\n\n| Naam | Functie |\n|---|---|\n"
            "| Lieke Dam | programmaleider Slimme Buurten |\n\n"
            "Lieke Dam is sinds 1 april 2026 programmaleider van Slimme Buurten.\n")
    assert "Slimme Buurten" not in mentions(text, "Person", "2026-04-14")
    assert ("Lieke Dam", "hasRole", "Slimme Buurten", "programmaleider") in found_in(text, "2026-04-14")


def test_a_person_named_after_a_role_word_repeats():
    text = "Programmaleider Lieke Dammers opende. Lieke Dammers sprak ook.\n"
    assert mentions(text, "Person") == ["Lieke Dammers", "Lieke Dammers"]


# --- a town whose name is a word, named again after its cue ------------------------------------------------

def test_a_town_named_with_its_cue_is_that_town_again_later():
    text = ("De gemeente Hoorn start een wijkprogramma. Sinds 2024 doet Hoorn ook mee aan het Leernetwerk "
            "Wijkaanpak.\n")
    assert ("Hoorn", "participatesIn", "Leernetwerk Wijkaanpak", None) in found_in(text)


def test_a_town_name_that_is_a_word_needs_its_cue():
    text = "Sinds 2024 doet Hoorn ook mee aan het Leernetwerk Wijkaanpak.\n"
    assert mentions(text, "Municipality") == []


# --- a bid book's track record: events, their organisers and the town's part --------------------------------

TRACK = ("Bidbook Breda — kandidatuur gaststad Stedencongres 2027\n\nOnze ervaring\n\n"
         "| jaar | bijeenkomst | organisator | rol van de stad |\n|---|---|---|---|\n"
         "| 2022 | Nationaal Congres Groen | Platform31 | gaststad |\n"
         "| 2024 | Brabantse Waterdag | provincie Noord-Brabant | deelnemer |\n")


def test_a_track_records_events_have_their_organisers_and_the_towns_part():
    found = {f for f in found_in(TRACK, "2025-10-15") if f[1] in ("organised", "participatesIn")}
    assert found == {("Platform31", "organised", "Nationaal Congres Groen", None),
                     ("Breda", "organised", "Nationaal Congres Groen", None),
                     ("Noord-Brabant", "organised", "Brabantse Waterdag", None),
                     ("Breda", "participatesIn", "Brabantse Waterdag", None)}


def test_a_calendar_of_meetings_names_no_organiser():
    text = ("Agenda\n\n| datum | bijeenkomst | locatie |\n|---|---|---|\n| 3 juni | Netwerkdag Wonen | Ede |\n"
            "| 9 juli | Kennisdag Zorg | Venlo |\n")
    assert not {f for f in found_in(text) if f[1] in ("organised", "participatesIn")}


# --- started with a ministry's support ---------------------------------------------------------------------

def test_a_supporter_after_the_starters_takes_part_and_started_nothing():
    text = "De Pilot Flexwonen Oost is in het voorjaar gestart door Zwolle en Deventer, met steun van VRO.\n"
    found = {f for f in found_in(text) if f[2] == "Pilot Flexwonen Oost"}
    assert found == {("Zwolle", "initiated", "Pilot Flexwonen Oost", None), ("Deventer", "initiated", "Pilot Flexwonen Oost", None),
                     ("VRO", "participatesIn", "Pilot Flexwonen Oost", None)}


def test_starters_joined_by_samen_met_all_started_it():
    text = "De Pilot Flexwonen Oost is in 2024 gestart door Zwolle en Deventer, samen met VRO.\n"
    assert ("VRO", "initiated", "Pilot Flexwonen Oost", None) in found_in(text)


# --- "Deelnemers uit A, B en C, plus D" after a meeting ----------------------------------------------------

def test_participants_from_towns_took_part_in_the_meeting_named_before():
    text = ("Op 14 november organiseert de themagroep de werksessie Slim Bouwen in Utrecht.\n\n"
            "Dank allemaal voor de werksessie vandaag! Deelnemers uit Zwolle, Deventer en Helmond, plus VRO.\n")
    assert {f for f in found_in(text) if f[1] == "participatesIn"} == {
        ("Zwolle", "participatesIn", "Slim Bouwen", None), ("Deventer", "participatesIn", "Slim Bouwen", None),
        ("Helmond", "participatesIn", "Slim Bouwen", None), ("VRO", "participatesIn", "Slim Bouwen", None)}


def test_participants_from_the_whole_country_name_nobody():
    text = ("Op 14 november was de werksessie Slim Bouwen in Utrecht.\n\n"
            "Dank allemaal voor de werksessie! Deelnemers uit het hele land, onder wie Zwolle.\n")
    assert not {f for f in found_in(text) if f[1] == "participatesIn"}


def test_a_verb_ends_a_units_name():
    text = "Mijn collega's van de directie Woningbouw lezen niet mee.\n"
    assert mentions(text, "OrganisationalUnit") == ["directie Woningbouw"]


# --- "…, waar inmiddels twaalf steden aan deelnemen": the relative clause's own participants ----------------

def test_a_split_waar_aan_clause_is_not_the_main_clauses_participation():
    text = ("In 2019 namen de ministeries van SZW en OCW het initiatief tot de City Deal Leren Werkt, waar inmiddels "
            "twaalf steden aan deelnemen, waaronder Almere en Emmen.\n")
    found = found_in(text, "2023-06-29")
    assert ("SZW", "participatesIn", "City Deal Leren Werkt", None) not in found
    assert ("OCW", "participatesIn", "City Deal Leren Werkt", None) not in found
    assert ("SZW", "initiated", "City Deal Leren Werkt", None) in found


def test_a_main_clause_taking_part_keeps_its_subject():
    text = "Sinds 2020 nemen de ministeries van SZW en OCW deel aan de City Deal Leren Werkt.\n"
    assert ("SZW", "participatesIn", "City Deal Leren Werkt", None) in found_in(text, "2023-06-29")


# --- a liber amicorum is about whom it honours -------------------------------------------------------------

def test_a_liber_amicorums_she_is_its_honoree():
    text = ("Verbinden\n\nLiber amicorum voor Anna Hofstra\n\nVoorwoord\n\nWie haar kent, weet dat zij bij UWV begon. "
            "Als wethouder werd zij een vertrouwd gezicht.\n\n"
            "In 2019 nam zij samen met het ministerie van SZW het initiatief tot de City Deal Leren Werkt.\n")
    found = found_in(text, "2023-06-29")
    assert ("Anna Hofstra", "initiated", "City Deal Leren Werkt", None) in found


def test_a_book_review_is_about_no_honoree():
    text = ("Verbinden\n\nRecensie van Anna Hofstra\n\nVoorwoord\n\nWie haar kent, weet dat zij bij UWV begon. "
            "Als wethouder werd zij een vertrouwd gezicht.\n\n"
            "In 2019 nam zij samen met het ministerie van SZW het initiatief tot de City Deal Leren Werkt.\n")
    assert ("Anna Hofstra", "initiated", "City Deal Leren Werkt", None) not in found_in(text, "2023-06-29")


# --- "penvoerder namens de drie gemeenten"; "is eveneens deelnemer" after a semicolon --------------------------

def test_a_lead_since_the_start_for_the_towns_leads_the_deal():
    text = ("De Woondeal Rivierstad is in 2022 gesloten door BZK en de gemeenten Tiel en Culemborg. "
            "Tiel is sinds de start penvoerder namens de drie gemeenten.\n")
    assert ("Woondeal Rivierstad", "ledBy", "Tiel", None) in found_in(text, "2026-03-09")


def test_a_lead_for_another_programme_named_after_namens_leads_nothing_here():
    text = ("De Woondeal Rivierstad is in 2022 gesloten door BZK en Tiel. "
            "Tiel is penvoerder namens de gemeenten van de City Deal Zon.\n")
    assert not {f for f in found_in(text, "2026-03-09") if f[1] == "ledBy"}


def test_a_participant_after_a_semicolon_takes_part_undated():
    text = ("De Werkcoalitie Salland-Oost is in 2022 opgericht door Raalte. "
            "Sinds 1 januari 2023 neemt ook Wierden deel; Twenterand is eveneens deelnemer.\n")
    from tests.extract_facts import dated_relations
    dated = dated_relations(text, "2025-06-11", "participatesIn")
    assert ("Twenterand", "Werkcoalitie Salland-Oost", None, False, None, None) in dated
    assert ("Wierden", "Werkcoalitie Salland-Oost", None, False, "2023-01-01", None) in dated


def test_a_participant_of_another_programme_is_not_the_passages():
    text = "De Werkcoalitie Salland-Oost is in 2022 opgericht door Raalte; Twenterand is deelnemer van het Leernetwerk Wonen.\n"
    assert ("Twenterand", "participatesIn", "Werkcoalitie Salland-Oost", None) not in found_in(text, "2025-06-11")


# --- "het Leernetwerk X, dat Platform31 begeleidde en waarin A en B deelnamen" -----------------------------

def test_a_second_relative_clause_names_who_took_part_in_the_network():
    text = ("Het programma Groene Wijken is gestart.\n\nGroene Wijken bouwt voort op het Leernetwerk Wijkwarmte, dat "
            "Platform31 van 2021 tot en met 2025 begeleidde en waarin onder meer Venlo en Dordrecht deelnamen.\n")
    assert {f for f in found_in(text, "2026-04-14") if f[1] == "participatesIn"} == {
        ("Venlo", "participatesIn", "Leernetwerk Wijkwarmte", None), ("Dordrecht", "participatesIn", "Leernetwerk Wijkwarmte", None)}


def test_a_relative_clause_without_waarin_names_no_participants_of_the_network():
    text = ("Het programma Groene Wijken is gestart.\n\nGroene Wijken bouwt voort op het Leernetwerk Wijkwarmte, dat "
            "Platform31 begeleidde. Venlo en Dordrecht doen mee aan het programma.\n")
    assert ("Venlo", "participatesIn", "Leernetwerk Wijkwarmte", None) not in found_in(text, "2026-04-14")


# --- a ministry's directorate named by its head's title ----------------------------------------------------

def test_a_directorate_after_its_heads_title_is_the_ministrys_unit():
    text = "Het besluit is ondertekend door Gerard Bos, directeur Werk en Wijk van het ministerie van SZW.\n"
    found = found_in(text, "2025-06-11")
    assert ("Directie Werk en Wijk", "partOf", "SZW", None) in found
    assert ("Gerard Bos", "hasRole", "Directie Werk en Wijk", "directeur") in found
    text = "Petra Lam — directeur-generaal Wonen en Bouwen, ministerie van BZK.\n"
    assert ("Directoraat-Generaal Wonen en Bouwen", "partOf", "BZK", None) in found_in(text, "2026-03-09")


def test_a_director_at_a_ministry_or_of_a_town_names_no_directorate():
    assert mentions("Gerard Bos, directeur bij het ministerie van SZW, tekende.\n", "OrganisationalUnit") == []
    assert mentions("Gerard Bos, directeur Wonen van de gemeente Ede, tekende.\n", "OrganisationalUnit") == []
