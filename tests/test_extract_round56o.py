"""Round 56o: leftovers of the development sets as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a regional branch of a hyphenated organisation
("VNO-NCW West"); a learning network named in full and then "dit leernetwerk" (one network, not two); an
organisation that guides a learning network leads it ("Platform31 begeleidt dit leernetwerk"); and a "maar" in a
clause past a semicolon that takes back that clause's statement, not the one before the semicolon; and who starts a
programme "samen met" its agents ("is gestart door A en B samen met C") started it too; the "je" of an onboarding
programme is the one its title names; "een klankbordgroep, waarin A en B …" under the body named after "Onder"; a
glossary's body defined as an organ of the programme; and the members of "de stuurgroep van het programma".
"""

from __future__ import annotations

from functools import lru_cache

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str) -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, "2025-10-01"))


def relations(text: str) -> set[tuple]:
    """``(subject text, predicate, object text)`` of every relation of ``text`` (no resolution)."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2025-10-01")
    return {(r.subject.text, r.predicate, r.object.text) for r in extraction.relations}


# --- a regional branch of a hyphenated abbreviation: "VNO-NCW West" ------------------------------------------

def test_a_hyphenated_abbreviation_and_a_region_name_a_branch_of_its_own():
    text = "Het Ondernemersgala Rijnmond 2025 werd georganiseerd door VNO-NCW West en de gemeente Vlaardingen."
    assert "VNO-NCW West" in mentions(text, "Organisation", "2025-10-01")
    found = relations(text)
    assert ("VNO-NCW West", "organised", "Ondernemersgala Rijnmond 2025") in found, found
    assert not any(f[0] == "VNO-NCW" for f in found), found


def test_a_hyphenated_abbreviation_before_a_gathering_or_a_name_stays_itself():
    # "VNO-NCW Ondernemersdag" is the organisation's gathering, "VNO-NCW Anna Kok" a list of two
    assert "VNO-NCW Ondernemersdag" not in mentions("Wij bezochten de VNO-NCW Ondernemersdag in Ede.", "Organisation")
    assert "VNO-NCW" in mentions("Namens VNO-NCW Anna Kok sprak op de bijeenkomst.", "Organisation")
    assert not any(m.startswith("VNO-NCW ") for m in mentions("Namens VNO-NCW Anna Kok sprak.", "Organisation"))


# --- "dit leernetwerk" after the network named in full, and who guides it ------------------------------------

NETWORK = ("Het ministerie van BZK heeft in 2024 het Leernetwerk Wonen op Maat voor Ouderen opgezet. "
           "Kennisinstituut Movisie begeleidt dit leernetwerk in opdracht van het ministerie. "
           "Namens de G40 nemen Zwolle en Ede eraan deel.")


def test_the_bare_kind_word_after_a_network_named_in_full_is_that_network():
    found = found_in(NETWORK)
    assert ("Zwolle", "participatesIn", "Leernetwerk Wonen op Maat voor Ouderen", None) in found, found
    assert ("Ede", "participatesIn", "Leernetwerk Wonen op Maat voor Ouderen", None) in found, found


def test_an_organisation_that_guides_a_learning_network_leads_it():
    text = ("De G40 startte in 2023 het Leernetwerk Wijkgericht Werken. Platform31 begeleidt dit leernetwerk "
            "sinds de start.")
    assert ("Leernetwerk Wijkgericht Werken", "ledBy", "Platform31", None) in found_in(text), found_in(text)


def test_guiding_a_session_or_a_group_leads_nothing():
    # a session is an event: who guides it moderates it; the participants of a network are not the network
    found = found_in("Op de Stedendag begeleidt Platform31 de workshop Wonen. De VNG begeleidt de deelnemers van het "
                     "leernetwerk.")
    assert not any(f[1] == "ledBy" for f in found), found


# --- a "maar" past a semicolon takes back its own clause --------------------------------------------------------

def test_a_but_clause_after_a_semicolon_leaves_the_clause_before_it_standing():
    text = ("Het Leernetwerk Groene Daken is in 2024 opgezet door de VNG. Namens de G40 nemen Deventer en Hengelo "
            "eraan deel; Gouda wil graag aansluiten, maar heeft daarover nog geen besluit genomen.")
    found = found_in(text)
    assert ("Deventer", "participatesIn", "Leernetwerk Groene Daken", None) in found, found
    assert ("Hengelo", "participatesIn", "Leernetwerk Groene Daken", None) in found, found
    assert not any(f[0] == "Gouda" for f in found), found


def test_a_but_clause_of_the_same_clause_or_opening_the_next_still_takes_it_back():
    same = ("Het Leernetwerk Groene Daken is in 2024 opgezet door de VNG. Deventer neemt eraan deel, maar niet "
            "meer dit jaar.")
    opening = ("Het Leernetwerk Groene Daken is in 2024 opgezet door de VNG. Deventer neemt eraan deel; maar dat "
               "gaat niet door.")
    for text in (same, opening):
        assert not any(f[0] == "Deventer" for f in found_in(text)), (text, found_in(text))


# --- "is gestart door A en B samen met C": C started it too -------------------------------------------------------

def test_who_starts_a_programme_together_with_its_agents_started_it_too():
    found = found_in("Het programma Zorg Dichtbij is in 2021 gestart door de gemeenten Gouda en Ede samen met UWV.")
    for actor in ("Gouda", "Ede", "UWV"):
        assert (actor, "initiated", "Zorg Dichtbij", None) in found, (actor, found)


def test_who_writes_a_programme_together_with_its_agents_did_not_start_it():
    found = found_in("Het programma Zorg Dichtbij is in 2021 opgesteld door de gemeenten Gouda en Ede samen met UWV.")
    assert ("Gouda", "initiated", "Zorg Dichtbij", None) in found, found
    assert ("UWV", "initiated", "Zorg Dichtbij", None) not in found, found


# --- the one an onboarding programme is for: its "je" ----------------------------------------------------------

ONBOARDING = ("# Inwerkprogramma Eva Kaya\n\n"
              "**Functie:** beleidsadviseur VNG en secretaris van de Pijler Sociaal Domein\n"
              "**Startdatum:** 1 april 2025\n\n"
              "Welkom bij de VNG! Per 1 april 2025 ben je ook trekker van de themagroep Armoede. "
              "Je volgt daarin Jan Bos op, die naar Ede vertrekt.\n")


def test_the_you_of_an_onboarding_programme_is_the_one_its_title_names():
    found = relations(ONBOARDING)
    assert ("Eva Kaya", "hasRole", "VNG") in found, found
    assert ("Eva Kaya", "hasRole", "Pijler Sociaal Domein") in found, found
    assert ("Eva Kaya", "hasRole", "themagroep Armoede") in found, found
    assert ("Eva Kaya", "succeeded", "Jan Bos") in found, found
    roles = {(r.object.text, r.role) for r in extract("t", ONBOARDING, gazetteer=load_gazetteer()).relations
             if r.subject.text == "Eva Kaya" and r.predicate == "hasRole"}
    assert roles >= {("VNG", "beleidsadviseur"), ("Pijler Sociaal Domein", "secretaris"),
                     ("themagroep Armoede", "trekker")}, roles


def test_a_you_without_a_named_addressee_or_with_two_is_no_one():
    manual = ("# Werkinstructie voor nieuwe trekkers\n\nOpgesteld door Eva Kaya.\n\nPer 1 april ben je trekker van de "
              "themagroep Armoede. Je volgt daarin Jan Bos op.\n")
    two = ("# Inwerkprogramma Eva Kaya en Tom Wit\n\nPer 1 april ben je trekker van de themagroep Armoede. "
           "Je volgt daarin Jan Bos op.\n")
    report = "# Verslag Eva Kaya\n\nPer 1 april ben je trekker van de themagroep Armoede.\n"
    for text in (manual, two, report):
        found = relations(text)
        assert not any(f[0] in ("Eva Kaya", "Tom Wit") and (f[1] == "succeeded" or f[2] == "themagroep Armoede")
                       for f in found), (text, found)


# --- "een klankbordgroep, waarin A en B de ondernemers vertegenwoordigen", under the body named first -------------

def test_a_body_introduced_with_a_relative_clause_of_its_members_is_a_unit_under_the_one_before():
    text = ("De Stuurgroep Binnenstad Ede stuurt het programma aan. Onder de stuurgroep werkt een klankbordgroep, "
            "waarin Koninklijke Horeca Nederland en INretail de ondernemers vertegenwoordigen.")
    assert "klankbordgroep" in mentions(text, "OrganisationalUnit", "2025-10-01")
    found = relations(text)
    assert ("Koninklijke Horeca Nederland", "participatesIn", "klankbordgroep") in found, found
    assert ("INretail", "participatesIn", "klankbordgroep") in found, found
    assert ("klankbordgroep", "partOf", "de stuurgroep") in found, found


def test_a_body_only_planned_or_without_its_members_is_no_unit():
    planned = "De Stuurgroep Binnenstad Ede wil een klankbordgroep opzetten, waarin INretail de ondernemers vertegenwoordigt."
    assert "klankbordgroep" not in mentions(planned, "OrganisationalUnit", "2025-10-01")
    assert not any(f[1] == "participatesIn" for f in relations(planned)), relations(planned)
    bare = "De Stuurgroep Binnenstad Ede stuurt het programma aan. Onder de stuurgroep werkt een klankbordgroep."
    assert "klankbordgroep" not in mentions(bare, "OrganisationalUnit", "2025-10-01")


# --- a programme's glossary: a body defined as "het hoogste orgaan van het programma" is part of it ----------------

GLOSSARY = ("Begrippenlijst Programma Werk Samen\n\nDeze lijst helpt nieuwe medewerkers de weg te vinden in het "
            "programma.\n\nBestuurlijke regiegroep:\n")


def test_a_body_a_glossary_defines_as_an_organ_of_the_programme_is_part_of_it():
    text = GLOSSARY + "Het hoogste orgaan van het programma. Leden: wethouder Eva Smit (Gouda, voorzitter) en Jan Kok (Ede).\n"
    assert ("Bestuurlijke regiegroep", "partOf", "Programma Werk Samen") in relations(text), relations(text)


def test_a_body_a_glossary_defines_by_what_it_does_for_the_programme_is_not_said_to_be_part_of_it():
    text = GLOSSARY + "Het orgaan dat besluit over het programma. Leden: wethouder Eva Smit (Gouda, voorzitter).\n"
    assert not any(f[1] == "partOf" for f in relations(text)), relations(text)


# --- "De stuurgroep van het programma bestaat uit A (voorzitter), B en C" ------------------------------------------

def roles_in(text: str) -> set[tuple]:
    """``(person, object, role)`` of every hasRole relation of ``text`` (no resolution)."""
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2025-10-01")
    return {(r.subject.text, r.object.label, r.role) for r in extraction.relations if r.predicate == "hasRole"}


def test_the_members_of_a_programmes_unnamed_steering_group_hold_its_roles_in_the_programme():
    text = ("Het Traineeprogramma Stad en Rijk is in 2021 gestart. De stuurgroep van het programma bestaat uit "
            "Karel Wit, gemeentesecretaris van Ede (voorzitter), Anna Bos, directeur HR van de gemeente Zwolle, "
            "en Tim Smit van de VNG.")
    found = roles_in(text)
    assert ("Karel Wit", "Traineeprogramma Stad en Rijk", "voorzitter stuurgroep") in found, found
    assert ("Anna Bos", "Traineeprogramma Stad en Rijk", "lid stuurgroep") in found, found
    assert ("Tim Smit", "Traineeprogramma Stad en Rijk", "lid stuurgroep") in found, found


def test_a_steering_group_of_an_organisation_or_one_that_only_meets_gives_no_programme_roles():
    of_vng = ("Het Traineeprogramma Stad en Rijk is in 2021 gestart. De stuurgroep van de VNG bestaat uit Karel Wit "
              "(voorzitter) en Anna Bos.")
    meets = ("Het Traineeprogramma Stad en Rijk is in 2021 gestart. De stuurgroep van het programma vergadert met "
             "Karel Wit (voorzitter) en Anna Bos.")
    for text in (of_vng, meets):
        assert not any(r[2] and r[2].endswith("stuurgroep") for r in roles_in(text)), (text, roles_in(text))


# --- "Het scrumteam X maakt deel uit van het platform": a unit part of a programme ---------------------------------

def test_a_unit_that_makes_part_of_a_programme_is_part_of_it():
    text = ("Het Dataplatform Wonen Twente is in 2023 gestart door Enschede. Het scrumteam Woondata maakt deel uit van "
            "het platform en werkt in sprints van twee weken.")
    assert ("scrumteam Woondata", "partOf", "het platform") in relations(text), relations(text)


def test_a_unit_that_falls_under_a_programme_or_a_town_that_makes_part_of_it_is_no_part():
    under = "Het Dataplatform Wonen Twente is in 2023 gestart. Het scrumteam Woondata valt onder het platform."
    town = "Het Dataplatform Wonen Twente is in 2023 gestart. Enschede maakt deel uit van het platform."
    for text in (under, town):
        assert not any(f[1] == "partOf" and f[2] == "het platform" for f in relations(text)), (text, relations(text))


def test_the_start_date_field_dates_the_posts_of_the_function_field():
    dated = {(r.object.text, r.role, r.valid_from) for r in extract("t", ONBOARDING, gazetteer=load_gazetteer(),
                                                                      date="2025-03-20").relations
             if r.subject.text == "Eva Kaya" and r.rule == "addressee.functie"}
    assert dated == {("VNG", "beleidsadviseur", "2025-04-01"), ("Pijler Sociaal Domein", "secretaris", "2025-04-01")}, dated
    undated = ONBOARDING.replace("**Startdatum:** 1 april 2025\n", "")
    dated = {r.valid_from for r in extract("t", undated, gazetteer=load_gazetteer(), date="2025-03-20").relations
             if r.subject.text == "Eva Kaya" and r.rule == "addressee.functie"}
    assert "2025-04-01" not in dated, dated


# --- a schedule's "| kennismaking EZK | Rik Hoekstra, programmamanager |" ------------------------------------------

SCHEDULE = ("## Week 3\n\n| dag | wat | met wie |\n|---|---|---|\n"
            "| di | kennismaking IenW, directie Wegen | Karin Smit, directeur Wegen |\n"
            "| wo | kennismaking met de VNG | Omar Bakir, beleidsadviseur |\n")


def test_the_person_a_schedule_row_meets_holds_the_role_in_the_organisation_it_gets_to_know():
    found = roles_in(SCHEDULE)
    assert ("Karin Smit", "Directie Wegen", "directeur") in found, found
    assert ("Omar Bakir", "VNG", "beleidsadviseur") in found, found
    assert ("directie Wegen", "partOf", "IenW") in relations(SCHEDULE), relations(SCHEDULE)


def test_a_row_without_kennismaking_or_a_role_with_its_own_body_gives_the_row_nothing():
    lunch = "| dag | wat | met wie |\n|---|---|---|\n| wo | lunch met de VNG | Omar Bakir, beleidsadviseur |\n"
    assert not any(r[0] == "Omar Bakir" for r in roles_in(lunch)), roles_in(lunch)
    own = ("| dag | wat | met wie |\n|---|---|---|\n"
           "| wo | kennismaking met de VNG | Omar Bakir, beleidsadviseur bij de gemeente Ede |\n")
    assert not any(r[0] == "Omar Bakir" and r[1] == "VNG" for r in roles_in(own)), roles_in(own)
