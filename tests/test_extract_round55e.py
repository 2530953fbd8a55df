"""Round 55e: heldout40's genres as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a traineeship's rotation schedule (trainees by
period, and the hosts' supervisors with their functions), a table's column of the part of each row's organisation,
a petition with its first signatories and supporters, a data platform named as a compound ("Dataplatform X") and
its fronted lead ("Penvoerder van het platform is de gemeente X"), and a few job titles (HR-adviseur, scrum master).
"""

from __future__ import annotations

from functools import lru_cache

from graph.extract import extract
from graph.extract.roles import role_of
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2025-10-01") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


def dated(text: str, predicate: str, date: str = "2025-10-01") -> set[tuple]:
    """``(subject, object, valid_from, valid_until, past)`` of the ``predicate`` relations of ``text``."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date=date)
    return {(r.subject.text, r.object.label, r.valid_from, r.valid_until, r.past)
            for r in extraction.relations if r.predicate == predicate}


# --- a rotation schedule: trainees by period ------------------------------------------------------------------

ROTATIONS = ("# Traineeprogramma Stad en Rijk\n\n## Plaatsingen\n\n"
             "| trainee | rotatie 1 (jan 2025 – jun 2025) | rotatie 2 (jul 2025 – dec 2025) | rotatie 3 (voorkeur) |\n"
             "|---|---|---|---|\n"
             "| Wout Brink | gemeente Tilburg | ministerie van SZW | gemeente Ede |\n"
             "| Femke Zaal | provincie Gelderland | nog open | Divosa |\n")


def test_a_trainee_works_at_each_periods_host_for_that_period():
    assert dated(ROTATIONS, "affiliatedWith") == {
        ("Wout Brink", "Tilburg", "2025-01-01", "2025-06-30", True),
        ("Wout Brink", "SZW", "2025-07-01", "2025-12-31", False),
        ("Femke Zaal", "Gelderland", "2025-01-01", "2025-06-30", True)}


def test_a_trainee_takes_part_in_the_programme_from_the_first_placement():
    assert dated(ROTATIONS, "participatesIn") == {
        ("Wout Brink", "Traineeprogramma Stad en Rijk", "2025-01-01", None, False),
        ("Femke Zaal", "Traineeprogramma Stad en Rijk", "2025-01-01", None, False)}


def test_a_wish_column_and_an_open_cell_place_no_one():
    found = found_in(ROTATIONS)
    assert not {f for f in found if f[2] in ("Ede", "Divosa")}


def test_a_table_of_one_period_is_no_rotation_schedule():
    text = ("# Traineeprogramma Stad en Rijk\n\n| trainee | stage |\n|---|---|\n| Wout Brink | gemeente Tilburg |\n")
    assert not {f for f in found_in(text) if f[0] == "Wout Brink" and f[1] in ("affiliatedWith", "participatesIn")}


# --- the hosts' supervisors: "| Gastorganisatie | Onderdeel | Begeleider | Functie |" -----------------------------

SUPERVISORS = ("# Traineeprogramma Stad en Rijk\n\n## Gastorganisaties en begeleiders\n\n"
               "| gastorganisatie | onderdeel | begeleider | functie |\n|---|---|---|---|\n"
               "| ministerie van SZW | directie Participatie | Geert Klomp | senior beleidsmedewerker |\n"
               "| gemeente Tilburg | | Roos Lamers | HR-adviseur |\n")


def test_a_supervisor_holds_the_function_column_at_the_host():
    found = found_in(SUPERVISORS)
    assert {("Geert Klomp", "hasRole", "SZW", "senior beleidsmedewerker"),
            ("Roos Lamers", "hasRole", "Tilburg", "HR-adviseur")} <= found


def test_the_supervisor_column_title_is_no_role():
    assert not {f for f in found_in(SUPERVISORS) if f[3] == "begeleider"}


def test_a_hosts_part_in_its_own_column_is_part_of_the_host():
    assert ("Directie Participatie", "partOf", "SZW", None) in found_in(SUPERVISORS)


def test_a_part_column_beside_a_list_of_towns_names_no_part_of_two():
    text = ("# Contacten\n\n| organisatie | onderdeel | contactpersoon |\n|---|---|---|\n"
            "| gemeenten Ede en Tilburg | directie Participatie | Geert Klomp |\n")
    assert not {f for f in found_in(text) if f[1] == "partOf"}


# --- a petition ------------------------------------------------------------------------------------------------

PETITION = ('Nieuws\n\nDe petitie "Groen in de Straat" is een initiatief van de Woonbond. De petitie wordt gesteund '
            'door Aedes en door Platform31. De colleges van Arnhem en Ede hebben zich achter de petitie geschaard. '
            'De VNG overweegt de petitie te steunen.\n\nEerste ondertekenaars:\n'
            '- Eva Smit, wethouder Wonen, gemeente Zwolle\n- Karel Dijk, directeur van de Woonbond\n')


def test_a_petition_with_a_quoted_name_is_a_campaign():
    assert mentions(PETITION, "Programme")[0] == 'petitie "Groen in de Straat"'


def test_a_petitions_first_signatories_take_part_in_it():
    assert {("Eva Smit", "participatesIn", "Groen in de Straat", None),
            ("Zwolle", "participatesIn", "Groen in de Straat", None),
            ("Karel Dijk", "participatesIn", "Groen in de Straat", None)} <= found_in(PETITION)


def test_who_backs_a_petition_takes_part_in_it_and_who_considers_it_does_not():
    found = found_in(PETITION)
    assert {("Aedes", "participatesIn", "Groen in de Straat", None),
            ("Platform31", "participatesIn", "Groen in de Straat", None),
            ("Arnhem", "participatesIn", "Groen in de Straat", None),
            ("Ede", "participatesIn", "Groen in de Straat", None),
            ("Woonbond", "initiated", "Groen in de Straat", None)} <= found
    assert not {f for f in found if f[0] == "VNG"}


def test_a_headline_on_a_petition_names_none():
    text = "PETITIE AANGEBODEN AAN DE TWEEDE KAMER\n\nDe Woonbond bood gisteren een petitie aan.\n"
    assert mentions(text, "Programme") == []


def test_signatories_under_two_petitions_sign_neither():
    text = ('Nieuws\n\nDe petitie "Groen in de Straat" en de petitie "Licht in de Wijk" zijn aangeboden.\n\n'
            "Eerste ondertekenaars:\n- Eva Smit, wethouder Wonen, gemeente Zwolle\n")
    assert not {f for f in found_in(text) if f[0] in ("Eva Smit", "Zwolle") and f[1] == "participatesIn"}


# --- a data platform and its fronted lead ---------------------------------------------------------------------

PLATFORM = ("Sprintreview\n\nHet Dataplatform Wonen Oost is in 2024 gestart door de gemeenten Deventer en Zwolle. "
            "Penvoerder van het platform is de gemeente Deventer.\n")


def test_a_capitalised_compound_on_platform_names_a_programme_and_het_platform_refers_to_it():
    assert mentions(PLATFORM, "Programme") == ["Dataplatform Wonen Oost", "het platform"]
    assert {("Deventer", "initiated", "Dataplatform Wonen Oost", None),
            ("Zwolle", "initiated", "Dataplatform Wonen Oost", None),
            ("Dataplatform Wonen Oost", "ledBy", "Deventer", None)} <= found_in(PLATFORM)


def test_a_platform_alone_or_lower_case_names_none():
    text = "Nieuws\n\nHet platform Wonen Oost is gestart. Ede bouwt een dataplatform Wonen.\n"
    assert mentions(text, "Programme") == []


def test_a_fronted_lead_needs_the_lead_to_close_the_sentence():
    text = ("Nieuws\n\nDe City Deal Zon is gestart. Penvoerder van de City Deal Zon is de gemeente Delft "
            "niet meer geworden.\n")
    assert not {f for f in found_in(text) if f[1] == "ledBy"}


# --- job titles ------------------------------------------------------------------------------------------------

def test_hr_adviser_and_scrum_master_are_job_titles():
    assert (role_of("HR-adviseur").label, role_of("hr adviseur").label, role_of("scrummaster").label) \
        == ("HR-adviseur", "HR-adviseur", "scrum master")
    assert role_of("HR") is None


def test_a_meeting_calendars_host_town_is_no_organisation_of_the_row():
    text = ("# Jaarplanning pijler Sociaal\n\n| Datum | Overleg | Voorzitter | Gastgemeente |\n|---|---|---|---|\n"
            "| 29 jan | Bestuurlijk overleg pijler Sociaal | H. Kaptein | Tilburg |\n")
    assert not {f for f in found_in(text) if "Tilburg" in (f[0], f[2])}


# --- when a programme was started, and by whom -----------------------------------------------------------------

def test_started_in_a_year_dates_who_started_it():
    text = "Nieuws\n\nDe City Deal Maan is in 2021 gestart door de gemeenten Ede en Delft.\n"
    assert dated(text, "initiated") == {("Ede", "City Deal Maan", "2021-01-01", None, False),
                                        ("Delft", "City Deal Maan", "2021-01-01", None, False)}


def test_a_year_of_something_else_dates_no_start():
    text = "Nieuws\n\nDe City Deal Maan is een initiatief van de gemeente Ede; in 2021 verscheen het eerste rapport.\n"
    assert dated(text, "initiated") == {("Ede", "City Deal Maan", None, None, False)}


def test_a_relative_clause_in_the_perfect_with_zijn_names_who_started_the_programme():
    text = ("Nieuws\n\nHet rapport valt binnen het programma Ruimte voor Bedrijven, dat de G40 en het IPO in 2022 "
            "samen zijn gestart.\n")
    assert dated(text, "initiated") == {("G40", "Ruimte voor Bedrijven", "2022-01-01", None, False),
                                        ("IPO", "Ruimte voor Bedrijven", "2022-01-01", None, False)}


def test_a_relative_clause_without_an_agent_names_no_starter():
    text = "Nieuws\n\nHet programma Ruimte voor Bedrijven, dat in 2022 is gestart, loopt door tot 2026 in Ede.\n"
    assert dated(text, "initiated") == set()


# --- a catalogue record: "Project: Binnenstadsaanpak X" and "…; deelnemers zijn A en B" -------------------------

RECORD = ("Kennisbank\n\n2. Monitor Binnensteden Oost\n\nProject: Binnenstadsaanpak Twentse Steden (2022–2025). Het project "
          "wordt getrokken door de gemeente Enschede; deelnemers zijn de gemeenten Hengelo en Almelo en de provincie "
          "Overijssel.\n")


def test_a_compound_on_aanpak_after_a_project_label_names_the_project():
    assert mentions(RECORD, "Programme")[0] == "Binnenstadsaanpak Twentse Steden"


def test_a_compound_on_aanpak_after_another_label_names_none():
    text = "Kennisbank\n\nThema: Wijkaanpak Twentse Steden en meer.\n"
    assert mentions(text, "Programme") == []


def test_the_participants_clause_after_a_semicolon_takes_part_in_the_sentences_programme():
    assert {("Hengelo", "participatesIn", "Binnenstadsaanpak Twentse Steden", None),
            ("Almelo", "participatesIn", "Binnenstadsaanpak Twentse Steden", None),
            ("Overijssel", "participatesIn", "Binnenstadsaanpak Twentse Steden", None),
            ("Binnenstadsaanpak Twentse Steden", "ledBy", "Enschede", None)} <= found_in(RECORD)


def test_a_participants_clause_after_two_programmes_names_no_participants():
    text = ("Nieuws\n\nDe City Deal Zon en de City Deal Maan lopen door; deelnemers zijn de gemeenten Hengelo en "
            "Almelo.\n")
    assert not {f for f in found_in(text) if f[1] == "participatesIn"}


# --- a deed's "college van burgemeester en wethouders" ---------------------------------------------------------

def test_the_college_of_burgemeester_en_wethouders_gives_no_one_a_role():
    text = ("Akte\n\nde heer Pim Zwart, burgemeester van de gemeente Zwolle, ter uitvoering van het besluit van het "
            "college van burgemeester en wethouders van Zwolle;\n")
    assert {f for f in found_in(text) if f[1] == "hasRole"} == {("Pim Zwart", "hasRole", "Zwolle", "burgemeester")}


def test_one_person_who_is_burgemeester_and_wethouder_keeps_both_roles():
    text = "Nieuws\n\nPim Zwart is burgemeester en wethouder van Zwolle.\n"
    assert {f for f in found_in(text) if f[1] == "hasRole"} == {("Pim Zwart", "hasRole", "Zwolle", "burgemeester"),
                                                                 ("Pim Zwart", "hasRole", "Zwolle", "wethouder")}


# --- a register of gifts and invitations -----------------------------------------------------------------------

REGISTER = ("# Register geschenken en uitnodigingen college Ede 2025\n\n"
            "| datum | bestuurder | aanbieder | omschrijving | waarde | afhandeling |\n|---|---|---|---|---|---|\n"
            "| 18-01-2025 | Eva Smit, wethouder | VNG | Uitnodiging Woontop Oost 2025 in Zwolle | geen | aanvaard, bijgewoond |\n"
            "| 20-02-2025 | Jan Kok, wethouder | EZK | Uitnodiging Klimaattop Gemeenten 2025 | geen | nog in behandeling |\n"
            "| 03-03-2025 | Eva Smit, wethouder | Aedes | Uitnodiging Ondernemersgala Ede 2025 | € 80 | afgeslagen |\n")


def test_an_attended_invitation_makes_its_receiver_take_part_in_the_event():
    assert ("Eva Smit", "participatesIn", "Woontop Oost 2025", None) in found_in(REGISTER)


def test_a_declined_or_pending_invitation_takes_no_part():
    assert not {f for f in found_in(REGISTER) if f[1] == "participatesIn" and f[2] != "Woontop Oost 2025"}


def test_a_capitalised_compound_on_bijeenkomst_or_gala_is_a_named_event():
    text = ("Nieuws\n\nDe G40 Nieuwjaarsbijeenkomst 2025 was druk, en het Ondernemersgala ook. Het gala is jaarlijks, "
            'net als de bijeenkomst "Wonen in de wijk".\n')
    assert mentions(text, "Event") == ["Nieuwjaarsbijeenkomst 2025", "Ondernemersgala", 'bijeenkomst "Wonen in de wijk"']


def test_a_meeting_without_a_name_is_no_event():
    text = "Nieuws\n\nEr was een informatiebijeenkomst voor bewoners. De bijeenkomst was druk, de nieuwjaarsbijeenkomst ook.\n"
    assert mentions(text, "Event") == []


# --- lists and plural roles ------------------------------------------------------------------------------------

def test_a_list_goes_on_past_a_unit_its_network_prefixes():
    text = "Nieuws\n\nDe G40 Stedendag in Ede wordt georganiseerd door het G40-bureau en de gemeente Ede.\n"
    assert {f for f in found_in(text) if f[1] == "organised"} == {("G40", "organised", "Stedendag", None),
                                                                   ("Ede", "organised", "Stedendag", None)}


def test_plural_trekkers_each_with_an_office_before_the_name_hold_the_role():
    text = ("Nieuws\n\nDe themagroep Mobiliteit, met als trekkers wethouder Gert Prins (Hoorn) en wethouder Ellen "
            "Vermeulen (Lelystad), start.\n")
    assert {("Gert Prins", "hasRole", "Themagroep Mobiliteit", "trekker"),
            ("Ellen Vermeulen", "hasRole", "Themagroep Mobiliteit", "trekker")} <= found_in(text)


def test_a_singular_trekker_before_two_names_is_the_first_ones():
    text = ("Nieuws\n\nDe themagroep Mobiliteit, met als trekker wethouder Gert Prins (Hoorn) en wethouder Ellen "
            "Vermeulen (Lelystad) als lid, start.\n")
    assert not {f for f in found_in(text) if f[0] == "Ellen Vermeulen" and f[3] == "trekker"}


# --- a contract's defined parties ------------------------------------------------------------------------------

CONTRACT = ("DETACHERINGSOVEREENKOMST\n\nDE ONDERGETEKENDEN:\n\n"
            '1. Het college van burgemeester en wethouders van de gemeente Ede, te dezen vertegenwoordigd door de heer '
            'Bas Wolters, gemeentesecretaris van de gemeente Ede, hierna te noemen: "de uitlener";\n\n'
            '2. Mevrouw Iris Brandt, beleidsadviseur bij de gemeente Ede, hierna te noemen: "de werknemer";\n\n'
            "Artikel 1\n\nDe werknemer is contactpersoon voor de themagroep Wonen. Gedurende de detachering ontvangt de "
            "werknemer haar aanwijzingen van de directeur van het G40-bureau. De uitlener werkt samen met de VNG.\n")


def test_a_defined_term_of_a_contract_is_its_party():
    assert ("Iris Brandt", "contactFor", "Themagroep Wonen", None) in found_in(CONTRACT)


def test_the_party_of_a_defined_term_is_the_one_its_line_opens_with():
    found = found_in(CONTRACT)
    assert ("Ede", "collaboratesWith", "VNG", None) in found
    assert not {f for f in found if f[0] == "Bas Wolters" and f[1] == "collaboratesWith"}


def test_someone_elses_office_after_van_de_is_not_the_sentences_persons():
    assert not {f for f in found_in(CONTRACT) if f[0] == "Iris Brandt" and f[3] == "directeur"}


def test_a_term_defined_for_two_parties_names_neither():
    text = ('Overeenkomst\n\n1. Mevrouw Iris Brandt, hierna: "de partij";\n2. De heer Bas Wolters, hierna: "de partij";\n\n'
            "De partij is contactpersoon voor de themagroep Wonen.\n")
    assert not {f for f in found_in(text) if f[1] == "contactFor"}


def test_a_relative_clause_with_its_own_subject_works_with_the_partner():
    text = "Nieuws\n\nAnna Kok leidt de City Deal Zon, die de VNG in 2024 samen met Aedes is gestart.\n"
    assert {f for f in found_in(text) if f[1] == "collaboratesWith"} == {("VNG", "collaboratesWith", "Aedes", None)}


# --- a deed founding a foundation ------------------------------------------------------------------------------

DEED = ("AKTE VAN OPRICHTING\n\nArtikel 1 - Naam\n1. De stichting draagt de naam: Stichting Groen Dak Oost.\n"
        "2. Zij heeft haar zetel in Zwolle.\n\nArtikel 2 - Doel\n1. De stichting treedt op als penvoerder van het "
        "programma Groene Daken.\n\nSLOTVERKLARINGEN\n"
        "1. Voor de eerste maal worden tot bestuurders van de stichting benoemd:\n"
        "   - mevrouw Carla Dijk, als voorzitter;\n   - de heer Jan Veld, als secretaris.\n"
        "2. Voor de eerste maal worden tot leden van de raad van toezicht benoemd:\n"
        "   - de heer Piet Bos, als voorzitter;\n   - mevrouw Ans Kroon, als lid.\n")


def test_de_stichting_in_another_numbered_paragraph_is_the_one_foundation():
    assert ("Groene Daken", "ledBy", "Stichting Groen Dak Oost", None) in found_in(DEED)


def test_the_first_board_and_supervisory_board_hold_their_offices_in_the_foundation():
    found = found_in(DEED)
    assert {("Carla Dijk", "hasRole", "Stichting Groen Dak Oost", "voorzitter"),
            ("Jan Veld", "hasRole", "Stichting Groen Dak Oost", "secretaris"),
            ("Piet Bos", "hasRole", "Stichting Groen Dak Oost", "voorzitter raad van toezicht"),
            ("Ans Kroon", "hasRole", "Stichting Groen Dak Oost", "lid raad van toezicht")} <= found


def test_candidates_put_forward_for_a_board_hold_no_office():
    text = ("Akte\n\n1. De stichting draagt de naam: Stichting Groen Dak Oost.\n"
            "2. Als bestuurders van de stichting worden voorgedragen:\n   - mevrouw Carla Dijk, als voorzitter;\n")
    assert not {f for f in found_in(text) if f[0] == "Carla Dijk"}


def test_de_stichting_after_two_foundations_names_neither():
    text = ("Nieuws\n\n1. Stichting Groen Dak werkt met Stichting Blauw Dak.\n2. De stichting treedt op als penvoerder "
            "van het programma Groene Daken.\n")
    assert not {f for f in found_in(text) if f[1] == "ledBy"}


# --- a catalogue record of a webinar ---------------------------------------------------------------------------

WEBINAR = ("Kennisbank\n\n4. Webinar: Circulaire wijken in de praktijk (opname)\n\nSoort: Webinar\n"
           "Organisatie: G40 Themagroep Werklocaties\n"
           "Sprekers: Linde Akkerman, projectleider, gemeente Apeldoorn; Frits Mol, beleidsadviseur, MKB-Nederland\n\n"
           "Het webinar trok veel kijkers. Tevens sprak Karel Dijk over het ministerie van EZK.\n")


def test_a_records_title_after_an_event_word_and_a_colon_names_the_event():
    assert mentions(WEBINAR, "Event")[0] == "Webinar: Circulaire wijken in de praktijk"


def test_a_records_speakers_take_part_in_its_event():
    found = found_in(WEBINAR)
    assert {("Linde Akkerman", "participatesIn", "Circulaire wijken in de praktijk", None),
            ("Frits Mol", "participatesIn", "Circulaire wijken in de praktijk", None)} <= found


def test_a_field_word_before_an_event_word_names_no_event():
    assert mentions("Kennisbank\n\nSoort: Webinar: opname\n", "Event") == []


def test_a_paragraph_between_the_title_and_a_speakers_line_ends_the_record():
    text = ("Kennisbank\n\n4. Webinar: Circulaire wijken in de praktijk\n\nSoort: Webinar\n\n"
            "Het webinar trok veel kijkers uit het hele land.\n\nSprekers: Karel Dijk, adviseur, VNG\n")
    assert not {f for f in found_in(text) if f[0] == "Karel Dijk" and f[1] == "participatesIn"}


# --- a slogan name with "op" or "aan" --------------------------------------------------------------------------

def test_a_compounds_title_case_name_goes_on_over_op_and_aan_without_an_article():
    text = "Nieuws\n\nHet Actieprogramma Grip op Geld loopt, net als het Kennisprogramma Centrum aan Zet.\n"
    assert mentions(text, "Programme") == ["Actieprogramma Grip op Geld", "Kennisprogramma Centrum aan Zet"]


def test_a_name_does_not_go_on_over_op_before_a_lower_case_word():
    text = "Nieuws\n\nHet Actieprogramma Wonen op maat loopt.\n"
    assert mentions(text, "Programme") == ["Actieprogramma Wonen"]


def test_a_meetings_name_goes_on_over_in_de_and_a_last_capital():
    text = "Nieuws\n\nDe bijeenkomst Werk in de Wijk werd georganiseerd door UWV.\n"
    assert found_in(text) == {("UWV", "organised", "Werk in de Wijk", None)}


def test_a_meetings_name_stops_before_in_de_and_a_lower_case_word():
    text = "Nieuws\n\nDe bijeenkomst Werk in de regio werd georganiseerd door UWV.\n"
    assert mentions(text, "Event") == ["bijeenkomst Werk"]
