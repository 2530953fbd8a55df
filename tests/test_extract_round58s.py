"""Round 58s: heldout42's and heldout41's rest (invented text, invented programmes, events and people).

Towns represented at an event ("Bij de G40 Stedendialoog X waren naast Ede ook A en B vertegenwoordigd"); members
told in a relative clause ("de G40, het netwerk van gemeenten waarvan Hoorn lid is"); the purpose fronted before a
contact cue ("Voor de pilot X kunt u terecht bij Y"); a person named with a role after a programme or a body
(", met Y als projectleider"); the police as "de politie". Each rule has a case that fires and a near miss it must
leave alone.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import dated_relations, mentions


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = "2025-10-14") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, *_ in dated(text, predicate)}


# --- "Bij <event> waren naast A ook B en C vertegenwoordigd" --------------------------------------------------------

def test_the_towns_represented_at_an_event_take_part_in_it():
    text = "Bij de G40 Stedendialoog Wonen in 2024 waren naast Zwolle ook Deventer, Ede en Helmond vertegenwoordigd.\n"
    assert {s for s, o in _pairs(text, "participatesIn") if o == "Stedendialoog Wonen"} == {
        "Zwolle", "Deventer", "Ede", "Helmond"}


def test_present_at_a_named_congress_takes_part_too():
    text = "Op het Congres Gezonde Wijken waren de gemeenten Breda en Tilburg aanwezig.\n"
    assert _pairs(text, "participatesIn") == {("Breda", "Congres Gezonde Wijken"), ("Tilburg", "Congres Gezonde Wijken")}


def test_not_represented_at_the_event_or_represented_at_a_town_is_no_part():
    denied = "Bij de G40 Stedendialoog Wonen waren Deventer en Ede niet vertegenwoordigd.\n"
    town = "Bij de gemeente Zwolle waren Deventer en Ede vertegenwoordigd.\n"
    future = "Bij de G40 Stedendialoog Wonen zullen Deventer en Ede vertegenwoordigd zijn.\n"
    for text in (denied, town, future):
        assert not _pairs(text, "participatesIn"), text


def test_a_dialogue_without_a_name_is_no_event():
    assert mentions("Wij gaan in dialoog met de bewoners van Ede.\n", "Event") == []
    assert mentions("De Woondialoog Zuid is op 3 mei.\n", "Event") == ["Woondialoog Zuid"]


# --- "…, waarvan X lid is" ----------------------------------------------------------------------------------------

def test_a_town_that_is_a_member_of_the_network_before_the_clause_takes_part_in_it():
    text = "Ede deelt zijn ervaringen in de G40, het netwerk van veertig middelgrote gemeenten waarvan Ede lid is.\n"
    assert ("Ede", "G40") in _pairs(text, "participatesIn")


def test_every_member_of_the_clauses_list_takes_part():
    text = "Zij sprak namens Divosa, de vereniging waarvan ook de gemeenten Breda en Tilburg lid zijn.\n"
    assert _pairs(text, "participatesIn") == {("Breda", "Divosa"), ("Tilburg", "Divosa")}


def test_a_town_that_is_part_of_the_region_before_the_clause_takes_part_in_it():
    text = "De bijdrage aan de Metropoolregio Eindhoven, de samenwerking van 21 gemeenten waarvan Helmond deel uitmaakt, stijgt.\n"
    assert _pairs(text, "participatesIn") == {("Helmond", "Metropoolregio Eindhoven")}


def test_no_named_body_before_the_clause_or_a_membership_that_ended_gives_nothing():
    unnamed = "In paragraaf 7.3 staan de netwerken waarvan Deventer lid is.\n"
    ended = "Zij sprak namens Divosa, waarvan Breda niet langer lid is.\n"
    assert not _pairs(unnamed, "participatesIn")
    assert not _pairs(ended, "participatesIn")


# --- "Voor de pilot X kunt u terecht bij Y" ----------------------------------------------------------------------

def test_the_programme_fronted_after_voor_is_what_the_contact_answers_for():
    text = "Voor de pilot Schuldsignaal Oost kunt u terecht bij Karin Bos, gemeente Deventer.\n"
    assert _pairs(text, "contactFor") == {("Karin Bos", "pilot Schuldsignaal Oost")}


def test_a_fronted_thing_with_more_words_after_it_is_not_what_the_contact_is_for():
    text = "Voor de subsidie uit de City Deal Zonnedaken kunt u terecht bij Karin Bos.\n"
    assert ("Karin Bos", "City Deal Zonnedaken") not in _pairs(text, "contactFor")


# --- ", met Y als <rol>" ------------------------------------------------------------------------------------------

def test_the_person_named_with_a_role_after_a_programme_holds_it_there():
    text = ("Almelo en Hengelo zetten het idee vanaf januari 2025 voort als de pilot Schuldsignaal Twente, met Karin "
            "Bos als projectleider.\n")
    assert ("Karin Bos", "pilot Schuldsignaal Twente", "projectleider") in {(s, o, r) for s, o, r, *_ in
                                                                            dated(text, "hasRole")}


def test_the_person_named_with_a_role_after_an_organisation_works_there():
    text = "Het programmabureau werd gevoerd door Platform31, met Daan Kroes als programmamanager.\n"
    assert ("Daan Kroes", "Platform31") in _pairs(text, "affiliatedWith")


def test_met_y_als_without_a_comma_or_a_role_word_gives_no_role():
    partner = "Ede werkt samen met Breda, met Karin Bos als gast.\n"
    no_comma = "Het project Zonnedak loopt met Karin Bos als projectleider van Breda.\n"
    assert not {s for s, *_ in dated(partner, "hasRole")} and not _pairs(partner, "affiliatedWith")
    assert ("Karin Bos", "project Zonnedak") not in _pairs(no_comma, "hasRole")


# --- "de politie" ---------------------------------------------------------------------------------------------------

def test_de_politie_is_the_police_and_takes_part_in_the_programme():
    text = ("Het wijkprogramma Zonnig Zuid is in 2023 gestart door de gemeente Deventer. Sinds begin 2024 doet ook de "
            "politie, basisteam Deventer, mee.\n")
    assert mentions(text, "Organisation") == ["politie"]
    assert ("politie", "wijkprogramma Zonnig Zuid") in _pairs(text, "participatesIn")


def test_a_regional_police_unit_is_the_police_not_the_province_in_its_name():
    text = "Venlo voert het programma uit samen met de **politie-eenheid Limburg**.\n"
    assert mentions(text, "Organisation") == ["politie-eenheid Limburg"]
    assert mentions(text, "Province") == []


def test_politics_a_police_compound_or_the_bare_noun_is_no_police():
    text = "De politiek besprak de politie-inzet. Ede werkt met politie en justitie aan veiligheid.\n"
    assert mentions(text, "Organisation") == []


# --- "het Bossche Congresbureau": an adjective and a compound on a body's head ---------------------------------------

def test_an_adjective_and_a_compound_on_a_bodys_head_name_an_organisation():
    text = "Anouk de Wit is accountmanager bij het Bossche Congresbureau en werkt met het Landelijk Kenniscentrum.\n"
    assert mentions(text, "Organisation") == ["Bossche Congresbureau", "Landelijk Kenniscentrum"]
    assert ("Anouk de Wit", "Bossche Congresbureau") in _pairs(text, "hasRole")


def test_a_place_called_a_centre_or_a_bare_head_word_is_no_organisation():
    text = "Ede bouwt aan het Nieuwe Stadscentrum en de Bossche Binnenstad.\n"
    assert mentions(text, "Organisation") == []


# --- "Uw wijkmanager is sinds … X" in a town's letter --------------------------------------------------------------

LETTER = ("Gemeente Deventer\nPostbus 5000\n\nAan de bewoners van dit adres\n\nBeste bewoner,\n\n"
          "Uw wijkmanager is sinds 1 maart 2025 Karin Bos. Zij volgde Tom Kok op, die nu bij de gemeente Zwolle werkt.\n")


def test_the_official_a_towns_letter_assigns_holds_the_post_at_the_town_from_the_date():
    assert ("Karin Bos", "Deventer", "wijkmanager", False, "2025-03-01", None) in dated(LETTER, "hasRole")


def test_uw_role_without_a_letterhead_or_uw_without_a_role_word_gives_no_post():
    unsigned = LETTER.replace("Gemeente Deventer\n", "Nieuwsbrief\n")
    neighbour = LETTER.replace("Uw wijkmanager", "Uw buurvrouw")
    assert not {s for s, o, *_ in dated(unsigned, "hasRole") if s == "Karin Bos"}
    assert not {s for s, o, *_ in dated(neighbour, "hasRole") if s == "Karin Bos"}


# --- "De woondeal wordt bestuurlijk aangestuurd door een regietafel" ---------------------------------------------

DEAL = ("De Woondeal Regio Zuidoost is in 2023 gesloten door het ministerie van BZK en de gemeente Helmond. De woondeal "
        "wordt bestuurlijk aangestuurd door een regietafel, die wordt voorgezeten door wethouder Eva Kok van Helmond.\n")


def test_the_table_that_steers_a_deal_is_part_of_it_and_its_chair_chairs_the_table():
    assert mentions(DEAL, "OrganisationalUnit") == ["regietafel"]
    assert {(s, o) for s, o in _pairs(DEAL, "partOf")} == {("regietafel", "De woondeal")}
    assert ("Eva Kok", "regietafel", "voorzitter") in {(s, o, r) for s, o, r, *_ in dated(DEAL, "hasRole")}


def test_a_deal_steered_by_a_province_or_not_steered_by_the_table_has_no_part():
    province = "Het Woonakkoord Zuidoost wordt bestuurlijk aangestuurd door de provincie Noord-Brabant.\n"
    denied = DEAL.replace("wordt bestuurlijk aangestuurd door", "wordt niet aangestuurd door")
    assert not _pairs(province, "partOf")
    assert not _pairs(denied, "partOf")


# --- a study trip's hosts abroad: a Kommune, an A/S, an embassy, in a schedule's cells -------------------------------

TRIP = ("| Tijd | Onderdeel | Gastheer / -vrouw |\n|---|---|---|\n"
        "| 09.30 | ontvangst op het stadhuis | Mads Holm, hoofd stadsontwikkeling, Aarhus Kommune |\n"
        "| 13.00 | lunch op de ambassade | Petra Smit, innovatieattaché, Nederlandse ambassade in Kopenhagen |\n"
        "| 15.00 | wandeling door de haven | Sofie Lund, projectdirecteur, Havneby Udvikling A/S |\n\n"
        "Havneby Udvikling A/S ontwikkelt de haven in opdracht van Aarhus Kommune en de Deense staat.\n")


def test_a_foreign_municipality_an_aktieselskab_and_an_embassy_are_organisations():
    assert mentions(TRIP, "Organisation") == [
        "Aarhus Kommune", "Nederlandse ambassade in Kopenhagen", "Havneby Udvikling A/S", "Havneby Udvikling A/S",
        "Aarhus Kommune"]


def test_a_hosts_post_in_a_cell_is_at_the_body_that_closes_the_cell():
    roles = {(s, o, r) for s, o, r, *_ in dated(TRIP, "hasRole")}
    assert roles == {("Mads Holm", "Aarhus Kommune", "hoofd"), ("Petra Smit", "Nederlandse ambassade in Kopenhagen",
                                                                 "innovatieattaché"),
                     ("Sofie Lund", "Havneby Udvikling A/S", "projectdirecteur")}


def test_a_body_that_does_not_close_the_cell_is_not_the_hosts():
    text = ("| Tijd | Onderdeel | Gastheer |\n|---|---|---|\n"
            "| 09.30 | ontvangst | Mads Holm, hoofd stadsontwikkeling, Aarhus Kommune en Stichting Havn |\n")
    assert not dated(text, "hasRole")


def test_a_country_adjective_without_the_noun_or_a_bare_ambassade_is_no_organisation():
    text = "Ede werkt met de Deense steden. Een ambassade helpt. Wij spraken Piet en de Deense minister.\n"
    assert mentions(text, "Organisation") == []


# --- "X, programmasecretaris van de Pijler Y bij het G40-bureau"; "Hoi, X hier, adviseur … bij de gemeente Y" ------

def test_the_secretary_of_a_unit_named_with_bij_works_at_that_body():
    text = "Neem contact op met Rik Pols, programmasecretaris van de Pijler Sociaal Domein bij het G40-bureau.\n"
    assert ("Rik Pols", "G40") in _pairs(text, "affiliatedWith")
    assert ("Rik Pols", "Pijler Sociaal Domein", "programmasecretaris") in {(s, o, r) for s, o, r, *_ in
                                                                           dated(text, "hasRole")}


def test_the_units_officer_the_reader_is_sent_to_works_at_the_body_after_bij():
    text = ("Vragen over de procedure kunt u stellen aan Rik Pols, ambtelijk secretaris van de Pijler Sociaal Domein "
            "bij het G40-bureau.\n")
    assert ("Rik Pols", "G40") in _pairs(text, "affiliatedWith")


def test_a_body_after_the_apposition_is_not_where_the_units_officer_works():
    text = "Rik Pols, voorzitter van de Themagroep Wonen, sprak bij de VNG.\n"
    assert not _pairs(text, "affiliatedWith")


def test_a_writer_who_introduces_themselves_with_hier_holds_the_post_they_name():
    text = ("03-09-2024 09:40 - Eva Smit: Hoi, Eva Smit hier, senior adviseur volkshuisvesting bij de gemeente Zwolle. "
            "Ik neem het stokje over.\n")
    assert ("Eva Smit", "Zwolle", "senior adviseur") in {(s, o, r) for s, o, r, *_ in dated(text, "hasRole")}


def test_hier_as_a_place_or_a_role_with_no_body_gives_no_post():
    place = "Eva Smit werkt hier, samen met de gemeente Zwolle.\n"
    bare = "Hoi, Eva Smit hier, senior adviseur. Fijn dat ik erbij ben in Zwolle.\n"
    assert not dated(place, "hasRole") and not dated(bare, "hasRole")


# --- a memo's header: "Van: X, adviseur, team Y, gemeente Z" and "Aan: wethouder W" ---------------------------------

MEMO = ("# Voorbereidingsnotitie\n\n| | |\n|---|---|\n| **Aan** | wethouder Eva Kok (Wonen en Ruimte) |\n"
        "| **Van** | Tim Bos, senior beleidsadviseur wonen, team Wonen, gemeente Zwolle |\n| **Datum** | 9 maart 2026 |\n\n"
        "## Doel\n\nHet overleg is het jaarlijkse gesprek.\n")


def test_the_writer_holds_the_post_in_the_team_of_the_town_and_the_wethouder_is_the_towns():
    assert ("Tim Bos", "team Wonen", "senior beleidsadviseur") in {(s, o, r) for s, o, r, *_ in dated(MEMO, "hasRole")}
    assert ("team Wonen", "Zwolle") in _pairs(MEMO, "partOf")
    assert ("Eva Kok", "Zwolle", "wethouder") in {(s, o, r) for s, o, r, *_ in dated(MEMO, "hasRole")}


def test_a_wethouder_of_another_town_or_a_writer_of_no_town_gives_no_office():
    other = MEMO.replace("wethouder Eva Kok (Wonen en Ruimte)", "wethouder Eva Kok (gemeente Deventer)")
    bureau = MEMO.replace("team Wonen, gemeente Zwolle", "G40-bureau")
    assert ("Eva Kok", "Zwolle") not in _pairs(other, "hasRole")
    assert not {o for s, o in _pairs(bureau, "hasRole") if s == "Eva Kok"}


# --- "trekker van het G40-traject "X", dat A en B zijn gestart" ---------------------------------------------------

TRACK = ('Esther Bos is wethouder in Deventer. Bos is trekker van het G40-traject "Middenhuur Middelgrote Steden", dat '
         'Apeldoorn en Deventer in 2024 zijn gestart met Platform31 als kennispartner.\n')


def test_the_trekker_of_a_networks_track_holds_the_role_in_the_track_not_the_network():
    roles = {(s, o, r) for s, o, r, *_ in dated(TRACK, "hasRole")}
    assert ("Bos", 'traject "Middenhuur Middelgrote Steden"', "trekker") in roles
    assert not {o for s, o, r in roles if o == "G40"}


def test_the_towns_of_the_relative_clause_started_the_track_not_its_trekker():
    assert {s for s, _ in _pairs(TRACK, "initiated")} == {"Apeldoorn", "Deventer"}


def test_a_relative_clause_closed_before_the_verb_leaves_the_main_subject_the_starter():
    quiet = "In 2024 heeft Deventer het project Zonnedak, dat snel groeide, opgezet.\n"
    closed = "In 2024 heeft Deventer het project Zonnedak, dat Breda steunde, opgezet.\n"
    assert ("Deventer", "project Zonnedak") in _pairs(quiet, "initiated")
    assert ("Deventer", "project Zonnedak") in _pairs(closed, "initiated")


def test_a_relative_clause_of_the_sentence_before_leaves_hij_the_starter():
    text = ("Namens Deventer was Jan Kok trekker van de G40-themagroep Vitale Wijken, die deel uitmaakt van de Pijler "
            "Fysiek Domein van het Stedennetwerk G40. In 2014 nam hij samen met UWV het initiatief tot het Sallands "
            "Werkakkoord.\n")
    assert {s for s, o in _pairs(text, "initiated") if o == "Sallands Werkakkoord"} == {"Jan Kok", "UWV"}


# --- "Voor alle persvragen over het programma X: Y, …" ------------------------------------------------------------

def test_the_press_contact_for_a_named_programme_answers_for_it():
    text = ("Het programma Zonnige Wijken start. Voor alle persvragen over het programma Zonnige Wijken: Eva Smit, "
            "communicatieadviseur bij het G40-bureau, 06 – 12 34 56 78.\n")
    assert ("Eva Smit", "programma Zonnige Wijken") in _pairs(text, "contactFor")


def test_persvragen_without_a_named_thing_gives_no_contact_for_it():
    text = "Het programma Zonnige Wijken start. Voor alle persvragen: Eva Smit, communicatieadviseur bij de VNG.\n"
    assert ("Eva Smit", "programma Zonnige Wijken") not in _pairs(text, "contactFor")


# --- "Van 2018 tot 2022 was zij voorzitter van X; in die rol werd zij opgevolgd door Y" ------------------------------

CAREER = ("Eva Kok werkte van 1998 tot 2006 bij UWV als beleidsmedewerker. Van 2018 tot 2022 was zij voorzitter van de "
          "Pijler Wonen; in die rol werd zij opgevolgd door Jan de Wit, wethouder in Alkmaar.\n")


def test_the_successor_after_the_semicolon_succeeded_her_in_the_role_of_the_clause_before():
    assert _pairs(CAREER, "succeeded") == {("Jan de Wit", "Eva Kok")}
    roles = {(s, o, r) for s, o, r, *_ in dated(CAREER, "hasRole") if s == "Jan de Wit"}
    assert ("Jan de Wit", "Pijler Wonen", "voorzitter") in roles
    assert not {o for s, o, r in roles if o == "UWV"}


def test_a_clause_after_the_semicolon_that_names_no_succession_passes_nothing():
    text = CAREER.replace("in die rol werd zij opgevolgd door Jan de Wit", "in die rol werkte zij met Jan de Wit")
    assert not _pairs(text, "succeeded")


# --- "<A> valt onder <B> en wordt sinds januari 2023 getrokken door X" ---------------------------------------------

def test_the_second_predicate_with_a_time_is_about_the_subject_not_the_unit_it_falls_under():
    text = ("De themagroep Energiearmoede valt onder de Pijler Sociaal Domein van de G40 en wordt sinds januari 2023 "
            "getrokken door wethouder Saskia Hoogendijk van Nijmegen.\n")
    roles = {(s, o, r) for s, o, r, *_ in dated(text, "hasRole")}
    assert ("Saskia Hoogendijk", "themagroep Energiearmoede", "trekker") in roles
    assert not {o for s, o, r in roles if o == "Pijler Sociaal Domein"}


def test_a_new_subject_before_the_second_verb_is_what_is_led():
    text = ("De themagroep Energiearmoede werkt samen met de Pijler Sociaal Domein, en de pijler wordt sinds 2023 "
            "getrokken door wethouder Saskia Hoogendijk.\n")
    assert not {o for s, o, r, *_ in dated(text, "hasRole") if o == "themagroep Energiearmoede"}


# --- "… het Binnenstadcongres 2024. Sprekers waren onder anderen X en Y" -------------------------------------------

def test_the_speakers_named_after_the_event_took_part_in_it():
    text = ("Op 7 november organiseerde de stichting met Platform31 het Congres Levendige Centra in Zwolle. Sprekers waren "
            "onder anderen wethouder Eva Kok en directeur Jan Bos van Aedes.\n")
    assert {s for s, o in _pairs(text, "participatesIn") if o == "Congres Levendige Centra"} == {"Eva Kok", "Jan Bos"}


def test_speakers_after_a_sentence_with_no_event_or_speakers_to_come_take_part_in_nothing():
    none = "De stichting deelt kennis. Sprekers waren onder anderen wethouder Eva Kok en directeur Jan Bos.\n"
    later = ("In mei is het Congres Levendige Centra in Zwolle. Sprekers zullen onder anderen wethouder Eva Kok en "
             "directeur Jan Bos zijn.\n")
    assert not {s for s, o in _pairs(none, "participatesIn") if s in ("Eva Kok", "Jan Bos")}
    assert not {s for s, o in _pairs(later, "participatesIn") if s in ("Eva Kok", "Jan Bos")}


# --- a visit report: "Bij **Fontys Venlo** spraken we met lector **X**" ----------------------------------------------

def test_the_person_met_with_a_role_at_the_visited_organisation_holds_it_there():
    text = "Bij **Stichting Zonnewijk** spraken we met directeur **Eva Kok** over de wijkaanpak.\n"
    assert {(s, o, r) for s, o, r, *_ in dated(text, "hasRole")} == {("Eva Kok", "Stichting Zonnewijk", "directeur")}


def test_a_person_met_without_a_role_or_not_met_holds_nothing_there():
    bare = "Bij Stichting Zonnewijk spraken we met Eva Kok over de wijkaanpak.\n"
    denied = "Bij Stichting Zonnewijk spraken we niet met directeur Eva Kok.\n"
    assert not dated(bare, "hasRole") and not dated(denied, "hasRole")


# --- "Ook de provincie Limburg is medefinancier." ------------------------------------------------------------------

def test_a_cofunder_after_the_programmes_sentence_takes_part_in_it():
    text = ("Daar voert de gemeente Venlo sinds 2022 het programma Sterk Noord uit, samen met Woonstichting Maasveld. "
            "Ook de provincie Limburg is medefinancier.\n")
    assert ("Limburg", "programma Sterk Noord") in _pairs(text, "participatesIn")


def test_a_cofunder_of_something_else_or_a_possible_one_takes_part_in_nothing():
    other = "Venlo voert het programma Sterk Noord uit. De provincie Limburg is medefinancier van de brochure.\n"
    maybe = "Venlo voert het programma Sterk Noord uit. De provincie Limburg wordt mogelijk medefinancier.\n"
    assert ("Limburg", "programma Sterk Noord") not in _pairs(other, "participatesIn")
    assert ("Limburg", "programma Sterk Noord") not in _pairs(maybe, "participatesIn")


# --- "Begeleidingscommissie: A (gemeente Helmond, voorzitter); B (…)" ----------------------------------------------

RECORD = ("Soort: Onderzoeksrapport\nProgramma: Uitgevoerd binnen het programma Ruimte voor Wonen, dat de G40 in 2022 "
          "is gestart.\nBegeleidingscommissie: Eva Kok (gemeente Helmond, voorzitter); Jan Bos (ministerie van EZK); "
          "Piet Smit (Neprom)\nTrefwoorden: wonen\n")


def test_the_chair_in_a_field_of_members_chairs_the_body_of_the_label_not_the_programme():
    roles = {(s, o, r) for s, o, r, *_ in dated(RECORD, "hasRole")}
    assert ("Eva Kok", "Begeleidingscommissie", "voorzitter") in roles
    assert not {o for s, o, r in roles if o == "programma Ruimte voor Wonen"}


def test_a_label_over_one_person_or_of_no_body_is_no_unit():
    one = RECORD.replace("; Jan Bos (ministerie van EZK); Piet Smit (Neprom)", "")
    assert mentions(one, "OrganisationalUnit") == []
    assert mentions("Trefwoorden: Eva Kok (Ede); Jan Bos (BZK)\n", "OrganisationalUnit") == []
