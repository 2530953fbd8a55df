"""Round 57s: heldout41's rest and the recent development sets (invented text, invented programmes and people).

Who set up a programme with a separable verb ("Samen met de gemeente A en Stichting B zette hij in 2021 het project
X op", "zette de gemeente A samen met UWV het project Y op") and who took the initiative together ("nam hij samen
met UWV en FNV het initiatief tot het Werkakkoord Z"): each initiated it, and the partners after "samen met" are
no partners of a programme named before. "…, waarin sindsdien ook de gemeenten A en B samenwerken": A and B take
part. A register's entries under "[3 maart 2025, 10.12 uur] Naam, functie": each entry's "ik" is its author, also
in "In juli 2022 volgde ik X op als voorzitter van Y". A day's schedule row "| 13.30 | lunch met Stichting X | Y,
directeur |": Y's post is in X, and a bare "| 11.30 | … | Y, coördinator |" is not the passage's unit's. A pijler's
meeting ("het ambtelijk pijleroverleg Economie") is no pijler a themagroep sits in. Each rule has a case that
fires and a near miss it must leave alone.
"""

from __future__ import annotations

from functools import lru_cache

from graph.extract.hierarchy import direct_parents
from graph.extract.model import Mention, Relation
from tests.extract_facts import dated_relations, facts, mentions


@lru_cache(maxsize=None)
def dated(text: str, predicate: str, date: str = "2025-03-14") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, *_ in dated(text, predicate)}


# --- a separable verb of setting up: "zette … het project X op" ---------------------------------------------------

SET_UP_BY_HIM = ("De heer Bas Kok is sinds 2015 voorzitter van voetbalvereniging VV Westerhaar. Samen met de gemeente "
                 "Almelo en Stichting Sportief Almelo zette hij in 2021 het project Iedereen op het Veld op, dat "
                 "kinderen gratis laat sporten.\n")


def test_whom_he_is_and_the_partners_set_up_the_project_together():
    assert {s for s, o in _pairs(SET_UP_BY_HIM, "initiated") if o == "project Iedereen op het Veld"} == {
        "Bas Kok", "Almelo", "Stichting Sportief Almelo"}


def test_the_partners_of_a_set_up_are_no_partners_and_take_part_in_nothing_else():
    text = "Het Werkakkoord Twentekanaal loopt sinds 2014.\n\n" + SET_UP_BY_HIM
    assert not {(s, o) for s, o in _pairs(text, "participatesIn") if o == "Werkakkoord Twentekanaal"}
    assert not _pairs(text, "collaboratesWith")


def test_the_town_after_the_verb_sets_it_up_with_its_partner():
    text = "Onder haar leiding zette de gemeente Enschede in 2022 samen met UWV het project Grensloket Werk op.\n"
    assert _pairs(text, "initiated") == {("Enschede", "project Grensloket Werk"), ("UWV", "project Grensloket Werk")}
    assert not _pairs(text, "collaboratesWith")


def test_a_set_up_of_no_named_programme_or_a_denied_one_initiates_nothing():
    loket = "In 2020 zette Enschede samen met UWV een loket op.\n"
    denied = "Enschede zette het project Grensloket Werk niet op.\n"
    assert not _pairs(loket, "initiated")
    assert _pairs(loket, "collaboratesWith") == {("Enschede", "UWV")}  # the partnership as before
    assert not _pairs(denied, "initiated")


def test_samen_met_in_a_clause_before_another_clause_that_sets_up_gives_that_clause_no_partners():
    text = "Tilburg werkt samen met Breda aan het project Stadspark, en zette het project Zonnedak op.\n"
    assert not {o for _, o in _pairs(text, "initiated")} & {"project Stadspark"}
    assert ("Breda", "project Zonnedak") not in _pairs(text, "initiated")
    assert ("Tilburg", "Breda") in _pairs(text, "collaboratesWith")


# --- taking the initiative together: every partner after "samen met" ----------------------------------------------

def test_every_partner_after_samen_met_took_the_initiative():
    text = ("Wethouder Karel Mulder van Epe was een gedreven bestuurder. In 2014 nam hij samen met UWV en FNV het "
            "initiatief tot het Veluws Werkakkoord, een afspraak tussen gemeenten en werkgevers.\n")
    assert {s for s, o in _pairs(text, "initiated") if o == "Veluws Werkakkoord"} == {"Karel Mulder", "UWV", "FNV"}


def test_the_initiative_taken_together_makes_no_partners_of_the_unit_named_before():
    text = ("De heer Bos was lid van de Pijler Economie en Werk van de G40. In 2017 nam hij samen met UWV en FNV het "
            "initiatief tot het Werkakkoord Zaanoever.\n")
    assert not _pairs(text, "collaboratesWith")


def test_working_together_on_an_initiative_stays_a_partnership():
    text = "Tilburg werkt samen met Breda aan het initiatief tot het project Zonnedak.\n"
    assert ("Tilburg", "Breda") in _pairs(text, "collaboratesWith")


# --- "waarin sindsdien ook de gemeenten A en B samenwerken" -------------------------------------------------------

def test_towns_that_work_together_in_the_programme_since_then_take_part_in_it():
    text = ("In 2017 nam Zaanstad het initiatief tot het Werkakkoord Zaanoever, waarin sindsdien ook de gemeenten "
            "Wormerland en Oostzaan samenwerken.\n")
    assert {s for s, o in _pairs(text, "participatesIn") if o == "Werkakkoord Zaanoever"} == {"Wormerland", "Oostzaan"}


def test_towns_that_do_not_yet_work_together_in_it_take_no_part():
    text = ("In 2017 nam Zaanstad het initiatief tot het Werkakkoord Zaanoever, waarin inmiddels ook Wormerland en "
            "Oostzaan nog niet samenwerken.\n")
    assert not _pairs(text, "participatesIn")


# --- a register's entries: each "ik" is the entry's author ------------------------------------------------------

REGISTER = ("Condoleanceregister\n\nBijdragen\n\n"
            "[3 maart 2025, 10.12 uur] Eva Smit, wethouder van Zwolle\n"
            "In juli 2022 volgde ik Jan Kok op als voorzitter van de Pijler Fysiek Domein. Hij was een fijne collega.\n\n"
            "[4 maart 2025, 11.00 uur] Piet de Boer, oud-fractievoorzitter van Leefbaar Ede\n"
            "Van 2014 tot 2022 was ik fractievoorzitter van Leefbaar Ede.\n")


def test_an_entrys_ik_states_its_authors_post_with_its_years():
    assert ("Piet de Boer", "Leefbaar Ede", "fractievoorzitter", True, "2014-01-01", "2021-12-31") in dated(REGISTER, "hasRole")


def test_in_an_entry_volgde_ik_x_op_als_the_author_succeeded_x_and_took_the_post():
    assert {(s, o, since) for s, o, _, _, since, _ in dated(REGISTER, "succeeded")} == {("Eva Smit", "Jan Kok", "2022-07-01")}
    assert ("Eva Smit", "Pijler Fysiek Domein", "voorzitter", False, "2022-07-01", None) in dated(REGISTER, "hasRole")


def test_a_single_stamped_line_is_no_register():
    text = ("Verslag\n\n[3 maart 2025, 10.12 uur] Eva Smit, wethouder van Zwolle\n"
            "Van 2014 tot 2022 was ik fractievoorzitter van Leefbaar Ede.\n")
    assert not {s for s, o, *_ in dated(text, "hasRole") if o == "Leefbaar Ede"}


def test_following_without_op_or_no_name_after_the_verb_is_no_succession():
    speech = "Toespraak\n\nIn 2022 volgde ik Jan Kok overal.\n\nIn 2023 volgde ik een cursus bij Piet Bos.\n\nEva Smit\nwethouder van Ede\n"
    assert not dated(speech, "succeeded")


def test_volgde_ik_x_op_in_a_signed_speech_is_the_speakers_succession():
    speech = "Toespraak\n\nIn juli 2022 volgde ik Jan Kok op als voorzitter.\n\nEva Smit\nwethouder van Ede\n"
    assert {(s, o) for s, o, *_ in dated(speech, "succeeded")} == {("Eva Smit", "Jan Kok")}


# --- a day's schedule: the host's post is in the body its row names -------------------------------------------------

SCHEDULE = ("# Werkbezoek van de Pijler Fysiek Domein\n\n| Tijd | Onderdeel | Gastheer / -vrouw |\n|---|---|---|\n"
            "| 11.30 | gesprek met het stedennetwerk | Anne de Wit, coördinator |\n"
            "| 13.30 | lunch met Stichting Woonwel | Erik Sandberg, directeur |\n")


def test_a_hosts_post_in_a_schedule_row_is_in_the_body_the_row_names():
    assert ("Erik Sandberg", "Stichting Woonwel", "directeur") in {(s, o, r) for s, o, r, *_ in dated(SCHEDULE, "hasRole")}


def test_a_hosts_bare_post_in_a_schedule_row_is_not_the_passages_unit():
    assert not {o for s, o, *_ in dated(SCHEDULE, "hasRole") if s == "Anne de Wit"}


def test_the_same_apposition_outside_a_schedule_row_keeps_the_passages_unit():
    text = "# Werkbezoek van de Pijler Fysiek Domein\n\nDe dag werd voorbereid door Anne de Wit, coördinator.\n"
    assert ("Anne de Wit", "Pijler Fysiek Domein", "coördinator") in {(s, o, r) for s, o, r, *_ in dated(text, "hasRole")}


# --- a pijler's meeting is no pijler --------------------------------------------------------------------------------

def _unit(text: str, label: str, kind: str) -> Mention:
    return Mention(0, len(text), text, "OrganisationalUnit", "t", 1.0, name=label, kind=kind)


def test_a_themagroep_stays_under_the_network_when_the_one_pijler_named_is_its_meeting():
    g40 = Mention(0, 3, "G40", "Organisation", "t", 1.0, key="G40")
    group = _unit("themagroep Arbeid", "Themagroep Arbeid", "themagroep")
    meeting = _unit("pijleroverleg Economie", "Pijler Economie", "pijler")
    pijler = _unit("pijler Economie", "Pijler Economie", "pijler")
    facts_of = [Relation(group, "partOf", g40, 0, 50, "r", 0.8)]
    assert [(r.subject.label, r.object.label) for r in direct_parents(
        facts_of + [Relation(meeting, "partOf", g40, 0, 50, "r", 0.8)])][0] == ("Themagroep Arbeid", "G40")
    assert [(r.subject.label, r.object.label) for r in direct_parents(
        facts_of + [Relation(pijler, "partOf", g40, 0, 50, "r", 0.8)])][0] == ("Themagroep Arbeid", "Pijler Economie")


def test_the_resolved_facts_of_a_set_up_name_each_initiator_once():
    assert {(s, o) for s, p, o, _ in facts(SET_UP_BY_HIM, "2025-03-14") if p == "initiated"} == {
        ("Bas Kok", "Iedereen op het Veld"), ("Almelo", "Iedereen op het Veld"),
        ("Stichting Sportief Almelo", "Iedereen op het Veld")}


# --- "<rol> (is) geworden van X": the post is in X ----------------------------------------------------------------

def test_a_post_become_is_held_in_the_body_after_geworden_van():
    text = "Piet Bos is voorzitter geworden van de Pijler Fysiek Domein.\n"
    assert {(s, o, r) for s, o, r, *_ in dated(text, "hasRole")} == {("Piet Bos", "Pijler Fysiek Domein", "voorzitter")}


def test_a_relative_post_become_per_die_datum_starts_on_the_date_before():
    text = ("Sinds 1 maart 2026 is wethouder Tessa Bouwman (Amersfoort) trekker van de themagroep Zorg. Zij volgde "
            "wethouder Hamid Boukhari (Alkmaar) op, die per die datum voorzitter is geworden van de Pijler Sociaal Domein.\n")
    assert ("Hamid Boukhari", "Pijler Sociaal Domein", "voorzitter", False, "2026-03-01", None) in dated(text, "hasRole")
    assert not {o for s, o, r, *_ in dated(text, "hasRole") if s == "Hamid Boukhari" and r == "voorzitter"} - {
        "Pijler Sociaal Domein"}


def test_become_chair_of_a_body_not_named_but_placed_is_no_post_in_the_place():
    text = "Piet Bos is voorzitter geworden van de huurdersvereniging in Apeldoorn.\n"
    assert not {o for s, o, *_ in dated(text, "hasRole") if s == "Piet Bos"}


# --- an offer's team: the bidder's project, not the programme's staff ------------------------------------------

OFFER = ("BUREAU WEGWIJS B.V.\n\nUtrecht, 17 juni 2025\nBetreft: offerte evaluatie City Deal Groene Daken\n\n"
         "Geachte mevrouw Ploeg,\n\nMet deze brief bieden wij u onze aanpak aan voor de evaluatie van de City Deal Groene Daken.\n\n"
         "Ons team\n\nProjectleider is mevrouw drs. Rianne Koster, senior adviseur bij Wegwijs.\n\n"
         "Met vriendelijke groet,\n\nBureau Wegwijs B.V.\n")


def test_an_offers_project_leader_leads_for_the_bidder_not_in_the_programme():
    roles = {(o, r) for s, o, r, *_ in dated(OFFER, "hasRole") if s == "Rianne Koster"}
    assert ("Wegwijs", "projectleider") in roles
    assert not {o for o, _ in roles} & {"City Deal Groene Daken"}


def test_outside_an_offer_the_project_leader_is_the_programmes():
    text = OFFER.replace("Betreft: offerte evaluatie", "Betreft: evaluatie").replace("onze aanpak", "het verslag")
    assert ("City Deal Groene Daken", "projectleider") in {(o, r) for s, o, r, *_ in dated(text, "hasRole") if s == "Rianne Koster"}


# --- a regional branch named after two regions joined by "en" -------------------------------------------------

def test_a_branch_named_after_two_regions_is_one_organisation():
    text = "Hanneke Dost, regiomanager UWV Gooi en Vechtstreek, sprak.\n"
    assert mentions(text, "Organisation") == ["UWV Gooi en Vechtstreek"]
    assert ("Hanneke Dost", "UWV Gooi en Vechtstreek", "regiomanager") in {(s, o, r) for s, o, r, *_ in dated(text, "hasRole")}


def test_a_branch_and_a_town_after_en_stay_two():
    text = "UWV Twente en Almelo werken samen aan het Werkakkoord Twentekanaal.\n"
    assert mentions(text, "Organisation") == ["UWV Twente"]
    assert "Almelo" in mentions(text, "Municipality")


# --- "algemeen directeur": the municipal office, not a plain "directeur" -----------------------------------------

def test_the_gemeentesecretaris_and_algemeen_directeur_holds_both_offices():
    text = ("Het college, te dezen vertegenwoordigd door de heer Hans Verhoeven, gemeentesecretaris en algemeen "
            "directeur van de gemeente Tilburg, hierna te noemen: de uitlener.\n")
    assert {(o, r) for s, o, r, *_ in dated(text, "hasRole") if s == "Hans Verhoeven"} == {
        ("Tilburg", "gemeentesecretaris"), ("Tilburg", "algemeen directeur")}


def test_a_plain_directeur_stays_directeur():
    text = "Piet Kok is directeur van de gemeente Ede.\n"
    assert {r for s, o, r, *_ in dated(text, "hasRole") if s == "Piet Kok"} == {"directeur"}


# --- "X voert het programma mee uit": X takes part, does not lead --------------------------------------------------

def test_carrying_a_programme_out_along_with_others_is_taking_part():
    text = "Het Kennisprogramma Wijken loopt sinds 2022. Platform31 voert het kennisprogramma sinds 2024 mee uit.\n"
    assert _pairs(text, "participatesIn") == {("Platform31", "kennisprogramma")}
    assert not _pairs(text, "ledBy")


def test_carrying_a_programme_out_alone_still_leads_it():
    text = "Platform31 voert het Kennisprogramma Wijken uit.\n"
    assert _pairs(text, "ledBy") == {("Kennisprogramma Wijken", "Platform31")}
