"""Round 56r: heldout41's genres as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a study trip named as an event
("Kennisreis X"), a delegation table's office column beside an organisation column and a role cell's bracket
("lid (wethouder Wonen)"), the G40-bureau as a table cell of its own, a run sheet's title naming a unit's day
("Draaiboek Netwerkdag Pijler X"), an evaluation's table of programme parts and their speakers, a letter's
"mevrouw drs. L.M. (Liza) Hoekstra" going on with "Liza", and a companion after the pronoun's own clause.
"""

from __future__ import annotations

from functools import lru_cache

from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2024-09-02") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


# --- a study trip is an event -------------------------------------------------------------------------------

def test_a_kennisreis_is_an_event_its_organisers_organise():
    text = ("Reisgids Kennisreis Lyon\n\nDe kennisreis wordt georganiseerd door de Pijler Economie en Werk "
            "van de G40 en Platform31.\n")
    assert mentions(text, "Event") == ["Kennisreis Lyon", "kennisreis"]
    assert {f for f in found_in(text) if f[1] == "organised"} == {
        ("Pijler Economie en Werk", "organised", "kennisreis", None), ("Platform31", "organised", "kennisreis", None)}


def test_a_reisbureau_is_no_event():
    text = "Het reisbureau Lyon Tours regelt de hotels en de treinreis.\n"
    assert mentions(text, "Event") == []


# --- a delegation table: the office of the Functie column where the Organisatie column says ---------------

DELEGATION = ("## Delegatie\n\n| Naam | Functie | Organisatie | Rol in de reis |\n|---|---|---|---|\n"
              "| Marieke Pol | wethouder Wonen en Ruimte; voorzitter Pijler Fysiek Domein | gemeente Deventer | delegatieleider |\n"
              "| Henk Stam | programmamanager Binnenstad | ministerie van EZK | deelnemer |\n"
              "| Ruud Bos | wethouder Apeldoorn | gemeente Zwolle | deelnemer |\n")


def test_an_office_cell_without_a_place_is_held_at_the_rows_organisation():
    found = found_in(DELEGATION)
    assert ("Marieke Pol", "hasRole", "Deventer", "wethouder") in found
    assert ("Henk Stam", "hasRole", "EZK", "programmamanager") in found


def test_an_office_cell_that_names_its_place_keeps_it():
    found = found_in(DELEGATION)
    assert ("Ruud Bos", "hasRole", "Apeldoorn", "wethouder") in found
    assert ("Ruud Bos", "hasRole", "Zwolle", "wethouder") not in found


# --- a role cell's bracket: "lid (wethouder Wonen)" ---------------------------------------------------------

POLL = ("## Uitslag\n\n| Naam | Gemeente / organisatie | Rol | ma 1 juni |\n|---|---|---|---|\n"
        "| Yvonne Kraak | Amersfoort | lid (wethouder Wonen en Zorg) | ✓ |\n"
        "| Bart Wever | Aedes | adviserend lid (beleidsadviseur) | ✓ |\n"
        "| Noor Valk | Gouda | lid (sinds 2023) | ✗ |\n")


def test_a_role_cells_bracket_gives_the_office_at_the_rows_organisation():
    found = found_in(POLL)
    assert ("Yvonne Kraak", "hasRole", "Amersfoort", "wethouder") in found
    assert ("Bart Wever", "hasRole", "Aedes", "beleidsadviseur") in found


def test_a_bracket_without_an_office_gives_none():
    assert not {f for f in found_in(POLL) if f[0] == "Noor Valk" and f[1] == "hasRole"}


# --- the G40-bureau as a table cell -------------------------------------------------------------------------

def test_a_g40_bureau_cell_is_the_bureau_not_the_network():
    text = ("## Contacten\n\n| Rol | Naam | Organisatie |\n|---|---|---|\n"
            "| Registratie | Lotte Haan | G40-bureau |\n")
    found = found_in(text)
    assert ("Lotte Haan", "affiliatedWith", "G40-bureau", None) in found
    assert ("Lotte Haan", "affiliatedWith", "G40", None) not in found


def test_a_job_title_cell_with_the_bureau_names_no_bureau():
    text = "## Contacten\n\n| Naam | Functie |\n|---|---|\n| Lotte Haan | directeur G40-bureau |\n"
    assert "bureau" not in mentions(text, "OrganisationalUnit")


# --- a run sheet's title names the unit's day ---------------------------------------------------------------

RUN_SHEET = ("Draaiboek Netwerkdag Pijler Wonen\n\n1. Doel\n\nDe dag wordt georganiseerd door de pijler.\n\n"
             "2. Rollen\n\n| Rol | Naam | Organisatie |\n|---|---|---|\n"
             "| Dagvoorzitter | Kees Boer | zelfstandig gespreksleider |\n| Catering | Ali Kaya | gemeente Breda |\n")


def test_a_run_sheets_roles_are_no_members_of_the_unit_whose_day_it_is():
    found = found_in(RUN_SHEET, "2023-11-16")
    assert not {f for f in found if f[1] == "participatesIn" and f[2] == "Pijler Wonen"}
    assert ("Ali Kaya", "affiliatedWith", "Breda", None) in found


def test_a_work_plans_title_still_makes_its_tables_the_units():
    text = ("Werkplan 2024 Pijler Wonen\n\n2. Leden\n\n| Naam | Organisatie |\n|---|---|\n"
            "| Ali Kaya | gemeente Breda |\n")
    assert ("Ali Kaya", "participatesIn", "Pijler Wonen", None) in found_in(text, "2024-01-10")


# --- an evaluation's programme parts and their speakers -------------------------------------------------------

EVALUATION = ("Evaluatie Kennisdag Warmte 2024\n\n2. Programma\n\n"
              "| Onderdeel | Spreker(s) | Organisatie | Cijfer |\n|---|---|---|---|\n"
              "| Opening | Sanne Wit, wethouder Energie | Gemeente Tilburg | 7,6 |\n"
              "| Keynote: warmte in cijfers | dr. Bram Vos, senior onderzoeker | TNO | 6,9 |\n"
              "| Workshop B: afspraken | Fenna Riet, coördinator | Stichting Warmtehulp | 8,1 |\n"
              "| Workshop C: schulden | Els Kuiper, adviseur (vervangt Tom Dam) | VNG | 7,4 |\n"
              "| Afsluiting | Ria Mol, trekker themagroep | Gemeente Nijmegen | 7,7 |\n")


def test_a_speaker_of_a_programme_part_takes_part_in_the_event():
    found = found_in(EVALUATION, "2024-04-09")
    taking_part = {f[0] for f in found if f[1] == "participatesIn" and f[2] == "Kennisdag Warmte"}
    assert {"Sanne Wit", "Bram Vos", "Fenna Riet", "Els Kuiper", "Ria Mol", "VNG", "TNO"} <= taking_part


def test_a_speakers_role_closing_the_cell_is_held_at_the_rows_organisation():
    found = found_in(EVALUATION, "2024-04-09")
    assert ("Bram Vos", "hasRole", "TNO", "senior onderzoeker") in found
    assert ("Fenna Riet", "hasRole", "Stichting Warmtehulp", "coördinator") in found
    assert ("Els Kuiper", "hasRole", "VNG", "adviseur") in found


def test_a_role_held_elsewhere_and_a_replaced_speaker_give_no_role_there():
    found = found_in(EVALUATION, "2024-04-09")
    assert ("Ria Mol", "affiliatedWith", "Nijmegen", None) in found
    assert not {f for f in found if f[0] == "Ria Mol" and f[1] == "hasRole" and f[2] == "Nijmegen"}
    assert not {f for f in found if f[0] == "Tom Dam" and f[1] == "participatesIn"}
    assert not {f for f in found if f[0] == "Fenna Riet" and f[1] == "hasRole" and f[2] != "Stichting Warmtehulp"}


def test_programme_parts_are_no_programmes_or_events():
    assert "Afsluiting" not in mentions(EVALUATION, "Programme", "2024-04-09")
    assert not {f for f in found_in(EVALUATION, "2024-04-09") if f[2] in ("Opening", "Afsluiting")}


def test_a_parts_table_without_speakers_is_read_as_before():
    text = ("Evaluatie Kennisdag Warmte 2024\n\n| Onderdeel | Organisatie |\n|---|---|\n"
            "| Opening | Gemeente Tilburg |\n")
    assert not {f for f in found_in(text, "2024-04-09") if f[1] == "participatesIn" and f[2] == "Kennisdag Warmte"}


# --- a given name in brackets among initials ------------------------------------------------------------------

LETTER = ("Onderwerp: referentie mevrouw drs. L.M. (Liza) Hoekstra\n\nGeachte heer Bos,\n\n"
          "Liza begon haar loopbaan in 2012 als beleidsadviseur bij de gemeente Hengelo.\n")


def test_a_bracketed_given_name_goes_on_as_the_person():
    assert ("Liza Hoekstra", "hasRole", "Hengelo", "beleidsadviseur") in found_in(LETTER, "2023-10-09")


def test_initials_without_a_bracketed_given_name_make_no_given_name():
    text = ("Onderwerp: referentie mevrouw drs. L.M. Hoekstra\n\nGeachte heer Bos,\n\n"
            "Lize begon haar loopbaan in 2012 als beleidsadviseur bij de gemeente Hengelo.\n")
    assert not {f for f in found_in(text, "2023-10-09") if f[1] == "hasRole" and f[2] == "Hengelo"}


# --- a companion after the pronoun's own clause ---------------------------------------------------------------

def test_a_companion_after_the_pronouns_clause_is_not_the_next_zij():
    text = ("Ook in de G40 is Anna Smit actief. Sinds 2022 vertegenwoordigt zij Ede in de pijler, en sinds 2023 is zij "
            "trekker van de themagroep Wonen, samen met wethouder Joris Lam van Venlo. "
            "Daarnaast is zij sinds 2020 bestuurslid van de Stichting Techniek Ede.\n")
    found = found_in(text, "2023-10-09")
    assert ("Anna Smit", "hasRole", "Stichting Techniek Ede", "bestuurslid") in found
    assert ("Joris Lam", "hasRole", "Stichting Techniek Ede", "bestuurslid") not in found


def test_a_companion_before_the_pronoun_subject_stays_a_companion_and_another_person_is_found():
    text = ("Samen met wethouder Joris Lam opende Anna Smit de dag. "
            "Daarnaast is zij sinds 2020 bestuurslid van de Stichting Techniek Ede.\n")
    found = found_in(text, "2023-10-09")
    assert ("Anna Smit", "hasRole", "Stichting Techniek Ede", "bestuurslid") in found


# --- a route of a region is a programme ------------------------------------------------------------------------

def test_a_capitalised_route_compound_names_a_programme():
    text = "De Talentenroute Peelland Zuid is in 2023 gestart op initiatief van de gemeenten Deurne en Helmond.\n"
    assert {f for f in found_in(text) if f[1] == "initiated"} == {
        ("Deurne", "initiated", "Talentenroute Peelland Zuid", None), ("Helmond", "initiated", "Talentenroute Peelland Zuid", None)}


def test_a_lower_case_route_and_a_national_foundation_are_no_programmes():
    assert mentions("De fietsroute langs de Dinkel is nieuw; Ede werkt samen met de Nationale Schuldhulproute.\n",
                    "Programme") == []


# --- a learning network's target year ---------------------------------------------------------------------------

def test_a_learning_networks_year_belongs_to_its_name():
    text = "Het Leernetwerk Vitale Kernen 2030 is in 2024 opgezet door de Pijler Economie en Werk van de G40.\n"
    assert mentions(text, "Programme") == ["Leernetwerk Vitale Kernen 2030"]


def test_a_knowledge_days_year_stays_out_of_its_name():
    assert mentions("De Kennisdag Wonen 2024 was in Ede.\n", "Event") == ["Kennisdag Wonen"]


# --- a delegation's role column titled by the trip --------------------------------------------------------------

def test_a_role_column_titled_by_the_trip_makes_each_row_a_participant():
    text = ("# Reisgids Kennisreis Lyon\n\n## Delegatie\n\n| Naam | Functie | Organisatie | Rol in de reis |\n|---|---|---|---|\n"
            "| Marieke Pol | wethouder Wonen | gemeente Deventer | delegatieleider |\n"
            "| Henk Stam | stedenbouwkundige | gemeente Zwolle | deelnemer |\n")
    assert {f[0] for f in found_in(text) if f[1] == "participatesIn" and f[2] == "Kennisreis Lyon"} == {"Marieke Pol", "Henk Stam"}


def test_a_role_column_of_another_body_makes_no_participant_of_the_trip():
    text = ("# Reisgids Kennisreis Lyon\n\n## Commissie\n\n| Naam | Organisatie | Rol in de commissie |\n|---|---|---|\n"
            "| Henk Stam | gemeente Zwolle | lid |\n")
    assert not {f for f in found_in(text) if f[1] == "participatesIn" and f[2] == "Kennisreis Lyon"}


# --- "in de Wijk" closing a compound programme's name ---------------------------------------------------------

def test_in_de_closing_a_compound_programmes_name_belongs_to_it():
    text = "Het Actieprogramma Thuis in de Wijk is in september 2025 gestart door het ministerie van VWS.\n"
    assert mentions(text, "Programme") == ["Actieprogramma Thuis in de Wijk"]


def test_in_de_before_a_lower_case_place_stays_out_of_the_name():
    assert mentions("Het Actieprogramma Wonen in de regio loopt tot 2027.\n", "Programme") == ["Actieprogramma Wonen"]


# --- "waarin A en B samenwerken" after a programme ----------------------------------------------------------------

def test_the_actors_of_a_waarin_clause_after_a_programme_take_part_in_it():
    text = ("Samen met Eva Bos heeft de provincie in 2019 het programma Vitale Kernen opgezet, waarin Deventer, Zwolle en "
            "Almelo samenwerken aan hun binnensteden.\n")
    taking_part = {f[0] for f in found_in(text) if f[1] == "participatesIn" and f[2] == "Vitale Kernen"}
    assert taking_part == {"Deventer", "Zwolle", "Almelo"}


def test_a_waarin_clause_after_a_place_makes_no_participant():
    text = "De regio telt drie kernen, waarin Deventer en Zwolle samenwerken aan de binnenstad.\n"
    assert not {f for f in found_in(text) if f[1] == "participatesIn"}
