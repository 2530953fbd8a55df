"""Round 50a: walkthrough 24's leftovers (a programmasecretaris of a G40 pijler) and heldout33/34's — contact
persons told in the past, the trekker of an activity, a town in a werkgroep. Invented people and sentences."""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.extract_facts import dated_relations, facts

# --- contact persons in the past tense (walkthrough 24, finding 12) ------------------------------------------

PAST_CONTACTS = [
    ("Contactpersoon bij EZ was Karel Dijk.", ("Karel Dijk", "EZ", None, None)),
    ("Karel Dijk was namens het ministerie van KGG contactpersoon voor de City Deal Zon.",
     ("Karel Dijk", "City Deal Zon", None, None)),
    ("Karel Dijk was tot 1 september 2025 contactpersoon voor de City Deal Zon.",
     ("Karel Dijk", "City Deal Zon", None, "2025-08-31")),
    ("Karel Dijk bleef contactpersoon voor de City Deal Zon.", ("Karel Dijk", "City Deal Zon", None, None)),
]


@pytest.mark.parametrize("sentence,expected", PAST_CONTACTS, ids=["bij-body-was", "was-namens", "was-tot", "bleef"])
def test_a_contact_person_told_in_the_past_is_a_contact(sentence, expected):
    text = f"Jaarverslag 2025\n\n28 januari 2026\n\n{sentence}\n"
    found = {(s, o, v_from, v_until) for s, o, _, _, v_from, v_until in dated_relations(text, "2026-01-28", "contactFor")}
    assert found == {expected}


def test_a_contact_told_with_was_is_told_in_the_past_and_ended_when_dated():
    text = "Jaarverslag 2025\n\n28 januari 2026\n\nKarel Dijk was tot 1 september 2025 contactpersoon voor de City Deal Zon.\n"
    [contact] = [r for r in extract("t", text, gazetteer=load_gazetteer(), date="2026-01-28").relations
                 if r.predicate == "contactFor"]
    assert (contact.past, contact.valid_until) == (True, "2025-08-31")


def test_a_contact_of_a_ministry_for_a_programme_works_there():
    text = "Verslag\n\nKarel Dijk is contactpersoon van het ministerie van EZK voor de City Deal Zon.\n"
    assert facts(text) >= {("Karel Dijk", "contactFor", "City Deal Zon", None),
                           ("Karel Dijk", "affiliatedWith", "EZK", None)}
    assert not {f for f in facts(text) if f[1] == "contactFor" and f[2] == "EZK"}


# --- the trekker of an activity (walkthrough 24, finding 9) ---------------------------------------------------

def test_the_trekker_of_an_activity_is_no_trekker_of_the_body():
    text = ("Jaarverslag\n\nDe themagroep Wonen heeft in 2025 een verkenning naar leegstand afgerond; "
            "Eva Kok (Ede) was daarvan de trekker.\n")
    assert not [f for f in facts(text) if f[1] == "hasRole"]


def test_the_trekker_of_a_body_named_last_stays_one():
    text = "Jaarverslag\n\nIn 2024 startte de G40 de themagroep Wonen; Eva Kok (Ede) was daarvan de trekker.\n"
    assert ("Eva Kok", "hasRole", "Themagroep Wonen", "trekker") in facts(text)


def test_an_action_lists_owner_and_a_sentences_trekker_follow_one_rule():
    text = ("# Actielijst themagroep Wonen\n\n| actiepunt | trekker | deadline |\n|---|---|---|\n"
            "| Verkenning leegstand | Eva Kok | 1 december 2024 |\n\n"
            "De themagroep Wonen heeft een verkenning naar leegstand gedaan; Eva Kok was daarvan de trekker.\n")
    assert not [f for f in facts(text) if f[1] == "hasRole"]


# --- a town in a werkgroep (walkthrough 24, finding 10) -------------------------------------------------------

def test_a_town_in_a_werkgroep_takes_no_part_in_the_passages_programme():
    text = ("# Verslag themagroep Jeugd\n\nDe themagroep Jeugd werkt samen met het ministerie van VWS aan de "
            "City Deal Zon. Eva Kok (Ede) neemt deel aan de werkgroep monitoring. Zwolle neemt deel aan de City Deal Zon.\n")
    takers = {f[0] for f in facts(text) if f[1] == "participatesIn" and f[2] == "City Deal Zon"}
    assert "Ede" not in takers and "Zwolle" in takers


# --- an EU partnership's page (heldout34) --------------------------------------------------------------------

PARTNERSHIP_PAGE = """<html><head><title>Partnerschap Zonnige Wijken – EU Urban Agenda | Agenda Stad</title></head><body>
<h1>Partnerschap Zonnige Wijken</h1>
<p>Het partnerschap Zonnige Wijken van de Urban Agenda for the EU ging in 2022 van start. Het wordt gecoördineerd \
door Breda. Coördinatoren zijn Anna de Wit, strategisch adviseur Europa van de gemeente Breda, en Bert Kok (Breda).</p>
<h2>Nederlandse partners</h2>
<ul><li>Breda</li><li>Zwolle</li><li>Vereniging van Nederlandse Gemeenten (VNG)</li></ul>
<h2>Acties</h2>
<table><tr><th>Actie</th><th>Trekker</th><th>Bijdragers</th></tr>
<tr><td>1. Gids wijkrenovatie</td><td>Zwolle</td><td>VNG</td></tr></table>
</body></html>
"""


def _page_facts(tmp_path, name: str, content: str) -> set[tuple]:
    from graph.ingest import read_document

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return facts(read_document(path).text)


def test_a_partnership_page_names_its_partners_leads_and_coordinators(tmp_path):
    found = _page_facts(tmp_path, "partnerschap.html", PARTNERSHIP_PAGE)
    partnership = "Partnerschap Zonnige Wijken"
    assert {f for f in found if partnership in (f[0], f[2])} == {
        (partnership, "ledBy", "Breda", None),
        ("Anna de Wit", "hasRole", partnership, "coördinator"),
        ("Bert Kok", "hasRole", partnership, "coördinator"),
        ("Breda", "participatesIn", partnership, None),
        ("Zwolle", "participatesIn", partnership, None),
        ("VNG", "participatesIn", partnership, None),
        ("Gids wijkrenovatie", "partOf", partnership, None)}  # its action, a project of its own (round 51a)


def test_a_page_title_before_its_separator_names_the_pages_subject(tmp_path):
    page = ("<html><head><title>City Deal Zon – Agenda Stad</title></head><body><h1>City Deal Zon</h1>"
            "<h2>Partners</h2><ul><li>Breda</li></ul></body></html>")
    assert ("Breda", "participatesIn", "City Deal Zon", None) in _page_facts(tmp_path, "deal.html", page)


# --- a startnotitie's governance table (heldout34) -----------------------------------------------------------

def test_a_role_table_gives_each_holder_the_role_in_the_titles_programme():
    text = ("# Startnotitie City Deal Zon\n\n## Governance\n\n| Rol | Invulling |\n|---|---|\n"
            "| Bestuurlijk opdrachtgever | Eva Kok, wethouder Economie Tilburg |\n"
            "| Ambtelijk opdrachtnemer | Jan Smit |\n| Planning | 2026–2027 |\n")
    roles = {f for f in facts(text) if f[1] == "hasRole" and f[2] == "City Deal Zon"}
    assert roles == {("Eva Kok", "hasRole", "City Deal Zon", "bestuurlijk opdrachtgever"),
                     ("Jan Smit", "hasRole", "City Deal Zon", "ambtelijk opdrachtnemer")}


# --- undecided parties, verb-final passives, possessive successions (heldout34) -------------------------------

def test_a_party_row_awaiting_a_decision_takes_no_part():
    text = ("# Bijlage bij het Convenant Zonnige Wijken\n\n| Partij | Bijdrage | Vorm |\n|---|---|---|\n"
            "| Gemeente Breda | 100.000 | in geld |\n| Provincie Utrecht | 300.000 | *nog in afwachting van besluitvorming GS* |\n")
    takers = {f[0] for f in facts(text) if f[1] == "participatesIn"}
    assert "Utrecht" not in takers and "Breda" in takers


def test_the_agent_of_a_verb_final_passive_works_with_the_partner_not_the_participants():
    text = ("Motie\n\noverwegende dat Ede en Breda deelnemen aan de pilot Slim Bouwen, die in 2024 door het ministerie "
            "van BZK samen met de VNG is gestart;\n")
    partners = {(f[0], f[2]) for f in facts(text) if f[1] == "collaboratesWith"}
    assert partners == {("BZK", "VNG")}


POSSESSIVES = [
    ("De pijler werd geleid door Dirk Schaap (Oss), die tot 1 juli 2025 voorzitter was. Zijn opvolger, wethouder "
     "Esther Kok (Tilburg), is per 1 juli 2025 voorzitter.", ("Esther Kok", "Dirk Schaap")),
    ("Zelf is Anna Vos lid van de themagroep. Haar voorganger, oud-wethouder Gerard Pronk, was tot september 2024 "
     "lid van de stuurgroep.", ("Anna Vos", "Gerard Pronk")),
]


@pytest.mark.parametrize("sentence,expected", POSSESSIVES, ids=["zijn-opvolger", "haar-voorganger"])
def test_a_possessive_successor_or_predecessor_succeeds_the_one_named_before(sentence, expected):
    text = f"Nieuws\n\n{sentence}\n"
    assert {(f[0], f[2]) for f in facts(text) if f[1] == "succeeded"} == {expected}


def test_a_possessive_successor_not_yet_named_states_nothing():
    text = "Nieuws\n\nJoost Hal wordt directeur. Zijn opvolger als afdelingshoofd is nog niet benoemd.\n"
    assert not [f for f in facts(text) if f[1] == "succeeded"]


# --- heldout33's leftovers: a leaver's ends, an application form's project -------------------------------------

LEAVING_MAIL = ("Van: Eva Kok <e.kok@ede.example>\nVerzonden: donderdag 17 april 2025 16:42\nAan: Jan Bos\n"
                "Onderwerp: afscheid\n\nBeste Jan,\n\nPer 1 mei 2025 neem ik afscheid van de gemeente Ede. Het ga je goed!\n\n"
                "Groet,\nEva Kok\nProgrammamanager City Deal Zon\nGemeente Ede\n")


def test_a_leaving_senders_ties_end_the_day_before():
    ends = {(o, v_until) for s, o, _, _, _, v_until in dated_relations(LEAVING_MAIL, "2025-04-17") if s == "Eva Kok"}
    assert ends == {("City Deal Zon", "2025-04-30"), ("Ede", "2025-04-30")}


def test_a_leaving_sender_without_a_date_keeps_the_ties():
    text = LEAVING_MAIL.replace("Per 1 mei 2025 neem ik", "Binnenkort neem ik")
    assert {v_until for s, *_, v_until in dated_relations(text, "2025-04-17") if s == "Eva Kok"} == {None}


FORM = ("AANVRAAGFORMULIER\nRegeling Zon 2026\n\n1. AANVRAGER\nNaam organisatie:      Gemeente Ede\n"
        "Rol:                   aanvrager en penvoerder\nProjectleider:         ir. Eva Kok, afdeling Economie\n\n"
        "2. PROJECT\nTitel:                 Binnenstad Bruist – van winkelstraat naar woonhart\n"
        "Looptijd:              1 juli 2026 t/m 30 juni 2028\n")


def test_an_application_forms_title_names_its_project_and_its_leaders():
    found = facts(FORM)
    assert {f for f in found if "Binnenstad Bruist" in (f[0], f[2])} == {
        ("Binnenstad Bruist", "ledBy", "Ede", None), ("Eva Kok", "hasRole", "Binnenstad Bruist", "projectleider")}


def test_a_title_field_outside_a_project_section_names_no_project():
    text = FORM.replace("2. PROJECT\n", "2. OVERIG\n")
    assert not [f for f in facts(text) if "Binnenstad Bruist" in (f[0], f[2])]


def test_a_kennistraject_with_a_name_is_a_programme_its_relative_clause_takes_part_in():
    text = "Ingekomen stukken\n\nEindrapport kennistraject Binnenstad van de Toekomst, waaraan Ede en Breda in 2023 deelnamen.\n"
    assert {f for f in facts(text) if f[1] == "participatesIn"} == {
        ("Ede", "participatesIn", "Binnenstad van de Toekomst", None),
        ("Breda", "participatesIn", "Binnenstad van de Toekomst", None)}


def test_a_parties_contact_replaced_after_a_semicolon_is_dated_and_succeeded():
    text = ("Toelichting\n\n- Contactpersoon voor Breda was tot 1 mei 2025 Ellen Stoop; per 1 mei 2025 is zij opgevolgd "
            "door Bram Kuip.\n")
    contacts = {(s, o, v_until) for s, o, _, _, _, v_until in dated_relations(text, "2025-06-23", "contactFor")}
    assert contacts == {("Ellen Stoop", "Breda", "2025-04-30")}
    assert {(s, o, v_from) for s, o, _, _, v_from, _ in dated_relations(text, "2025-06-23", "succeeded")} == \
        {("Bram Kuip", "Ellen Stoop", "2025-05-01")}


def test_a_relative_waaraan_stands_for_the_programme_right_before_it():
    text = ("Nieuws\n\nHet project Zon Wijken start. Het project bouwt voort op de City Deal Groene Daken, waaraan "
            "Ede sinds 2022 deelneemt.\n")
    assert {(f[0], f[2]) for f in facts(text) if f[1] == "participatesIn"} == {("Ede", "City Deal Groene Daken")}


# --- a startnotitie's governance labels (heldout34) ----------------------------------------------------------

STARTNOTITIE = ("# Startnotitie City Deal Zon\n\n## Governance\n\n**Stuurgroep** (voorzitter: Eva Kok)\n"
                "- wethouder Economie Ede: Jan Smit\n- namens het IPO: Piet Bos, gedeputeerde\n"
                "- namens BZK: *nog te benaderen*\n\n"
                "**Kernteam**: beleidsadviseurs van de drie steden, met de VNG als kennispartner.\n\n"
                "**Klankbordgroep**: Neprom heeft deelname toegezegd. MKB-Nederland wordt nog gevraagd.\n")


def test_governance_labels_name_the_programmes_bodies_and_their_members(tmp_path):
    found = {f for f in _page_facts(tmp_path, "startnotitie.md", STARTNOTITIE) if f[2] != "City Deal Zon" or f[1] == "partOf"}
    stuurgroep, kernteam, klankbord = ("Stuurgroep City Deal Zon", "Kernteam City Deal Zon", "Klankbordgroep City Deal Zon")
    assert found >= {(stuurgroep, "partOf", "City Deal Zon", None), ("Eva Kok", "hasRole", stuurgroep, "voorzitter"),
                     ("Jan Smit", "participatesIn", stuurgroep, None), ("Jan Smit", "hasRole", "Ede", "wethouder"),
                     ("Piet Bos", "participatesIn", stuurgroep, None), ("IPO", "participatesIn", stuurgroep, None),
                     ("VNG", "participatesIn", kernteam, None), ("Neprom", "participatesIn", klankbord, None)}
    assert not {f for f in found if f[0] in ("BZK", "MKB-Nederland")}


def test_a_table_rows_role_is_no_anaphor_of_another_rows_programme():
    text = ("# Lijst van ingekomen stukken\n\n| nr | afzender | onderwerp |\n|---|---|---|\n"
            "| 1 | Platform31 | Eindrapport kennistraject Binnenstad van de Toekomst |\n"
            "| 2 | Gemeente Ede, wethouder Eva Kok, bestuurlijk trekker | Jaarverslag |\n")
    assert not [f for f in facts(text) if f[1] == "hasRole" and f[2] == "Binnenstad van de Toekomst"]
