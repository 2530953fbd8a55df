"""Round 45x: walkthrough 19's missed and wrong facts (a signature's adviser, a spokesperson "namens", a
role that starts in a relative clause, "Deelnemers zijn …" of a network, "Voorzitter is niet X maar Z",
collaboration evidence, a programme with and without its kind word, a participation's stated start)."""

from __future__ import annotations

from graph.extract import extract
from graph.extract.model import Extraction, Mention
from graph.gazetteer import load_gazetteer
from graph.resolve import resolve
from tests.extract_facts import dated_relations, facts


# --- wrong collaboration evidence (finding 31) ---------------------------------------------------------

def test_the_partner_of_a_semicolon_clause_is_its_own_subjects():
    text = "Het ministerie van BZK financiert het netwerk; de coördinatie ligt bij Platform31 in samenwerking met de VNG."
    found = {f for f in facts(text) if f[1] == "collaboratesWith"}
    assert found == {("Platform31", "collaboratesWith", "VNG", None)}, found


def test_another_persons_office_at_the_ministry_is_no_collaboration_of_the_body():
    text = ("Verslag Pijler Sociaal\n3 juni 2025\n\nAanwezig: Anna Smit (Breda), Henk Bos (ministerie van SZW)\n\n"
            "1. Mededelingen\nKarin Visser is sinds 1 mei directeur Werk bij SZW.\n")
    assert not {f for f in facts(text) if f[1] == "collaboratesWith"}


def test_the_ministry_the_minutes_speak_of_still_is():
    text = ("Verslag Pijler Sociaal\n3 juni 2025\n\nAanwezig: Anna Smit (Breda), Henk Bos (ministerie van SZW)\n\n"
            "2. Regeling\nSZW licht de regeling toe.\n")
    assert ("Pijler Sociaal", "collaboratesWith", "SZW", None) in facts(text)


# --- a participation's start stated once (finding 34) --------------------------------------------------

def test_one_stated_start_dates_the_same_participation_in_the_document():
    text = ("Breda treedt toe tot City Deal Zon\n\nDe gemeente Breda neemt vanaf 1 januari 2027 deel aan de "
            "City Deal Zon. Met Breda zijn er drie steden aangesloten bij de City Deal: Ede, Delft en Breda.")
    starts = {(r[0], r[4]) for r in dated_relations(text, "2026-11-18", "participatesIn") if r[0] == "Breda"}
    assert starts == {("Breda", "2027-01-01")}, starts


def test_two_stated_starts_date_nothing_anew():
    text = ("Breda doet mee aan City Deal Zon.\n\nBreda nam van 2019 tot 2021 deel aan de City Deal Zon. "
            "Sinds 2024 neemt Breda weer deel aan de City Deal Zon.")
    found = {r[4] for r in dated_relations(text, "2026-11-18", "participatesIn") if r[0] == "Breda"}
    assert None in found, found


# --- a programme with and without its kind word; a deal's name ends before another (finding 32) --------

def test_programma_x_and_x_are_one_programme():
    named = [Extraction("d1", mentions=[Mention(0, 23, "Programma Vitale Dorpen", "Programme", "t", 1.0)]),
             Extraction("d2", mentions=[Mention(5, 18, "Vitale Dorpen", "Programme", "t", 1.0)])]
    resolution = resolve(named, load_gazetteer())
    assert set(resolution.mention_keys.values()) == {"programme/vitale-dorpen"}, resolution.mention_keys
    assert resolution.entities["programme/vitale-dorpen"].label == "Programma Vitale Dorpen"


def test_programma_x_alone_keeps_its_key():
    named = [Extraction("d1", mentions=[Mention(0, 23, "Programma Vitale Dorpen", "Programme", "t", 1.0)])]
    assert set(resolve(named, load_gazetteer()).mention_keys.values()) == {"programme/programma-vitale-dorpen"}


def test_a_deals_name_ends_before_another_programme():
    text = "Wij werken aan de aansluiting van de City Deal Zon op het Programma Vitale Dorpen."
    ex = extract("d", text, gazetteer=load_gazetteer())
    assert sorted(m.text for m in ex.mentions if m.type == "Programme") == ["City Deal Zon", "Programma Vitale Dorpen"]


def test_a_deals_name_with_op_de_and_a_name_goes_on():
    ex = extract("d", "Ede doet mee aan de City Deal Voedsel op de Stedelijke Agenda.", gazetteer=load_gazetteer())
    assert [m.text for m in ex.mentions if m.type == "Programme"] == ["City Deal Voedsel op de Stedelijke Agenda"]


# --- roles (finding 30, walkthrough 17) ----------------------------------------------------------------

def test_a_signature_of_an_adviser_to_an_office_holder():
    text = "Met vriendelijke groet,\n\nSander Mulder\nBestuursadviseur wethouder De Vries\nGemeente Ede\n"
    assert ("Sander Mulder", "hasRole", "Ede", "bestuursadviseur") in facts(text)


def test_a_spokesperson_namens_a_body_with_a_title_before_the_name():
    found = facts("Namens de VNG is wethouder Eva Kok (Ede) woordvoerder.")
    assert {("Eva Kok", "hasRole", "VNG", "woordvoerder"), ("Eva Kok", "hasRole", "Ede", "wethouder")} <= found, found


def test_a_role_that_starts_in_a_relative_clause():
    found = facts("Zij volgt Lisa de Boer op, die directeur wordt van de VNG.")
    assert ("Lisa de Boer", "hasRole", "VNG", "directeur") in found, found


def test_the_holder_a_denial_names_instead():
    for text in ("Voorzitter van de Themagroep Wonen is niet Eva Kok maar Jan Smit.",
                 "De voorzitter van de Themagroep Wonen is niet Eva Kok, maar Jan Smit."):
        found = {f for f in facts(text) if f[1] == "hasRole"}
        assert found == {("Jan Smit", "hasRole", "Themagroep Wonen", "voorzitter")}, (text, found)


# --- "Deelnemers zijn …" of a network the passage started (finding 33) ---------------------------------

def test_participants_of_the_network_the_passage_names():
    text = ("Platform31 start in mei een leernetwerk voor steden over circulaire wijken. Karin Visser leidt het "
            "netwerk. Deelnemers zijn Ede, Breda en Delft.")
    found = {(f[0], f[2]) for f in facts(text) if f[1] == "participatesIn"}
    assert found == {("Ede", "leernetwerk"), ("Breda", "leernetwerk"), ("Delft", "leernetwerk")}, found
