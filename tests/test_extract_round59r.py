"""Round 59r: heldout44's general constructions as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a workspace's member page copied as text (the
team its "Team:" line names, not the command "Team beheren" of its menu path; each member's title a role in the
team or at the member's organisation; a padded table's cell pushed along by an overlong one before it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.ingest import read_document
from graph.plain_tables import markdown_tables
from tests.extract_facts import dated_relations, facts


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2026-01-15") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


def holders(text: str, date: str, role: str) -> set[tuple]:
    """``(subject as written, past)`` of each ``role`` held in ``text``."""
    return {(s, past) for s, _o, r, past, _f, _u in dated_relations(text, date) if r == role}


def by_rule(text: str, date: str, prefix: str) -> list:
    """The relations of ``text`` whose rule starts with ``prefix``."""
    return [r for r in extract("t", text, gazetteer=load_gazetteer(), date=date).relations if r.rule.startswith(prefix)]


def read_as(tmp_path: Path, name: str, text: str) -> str:
    """The text ingest reads from a file ``name`` holding ``text``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path).text


# --- a workspace's member page ---------------------------------------------------------------------------------

WORKSPACE = (
    "Microsoft Teams › Team beheren › Leden\n"
    "Team: G40 | Themagroep Klimaatadaptatie\n"
    "Privé · 5 leden en gasten\n\n"
    "Eigenaren (2)\n"
    "Naam                    Titel                                   Organisatie            Rol\n"
    "Noor Verbeek            Coördinator themagroep Klimaatadaptatie G40-bureau             Eigenaar\n"
    "Sem Olthof              Ambtelijk secretaris themagroep         Gemeente Deventer      Eigenaar\n\n"
    "Leden en gasten (3)\n"
    "Naam                    Titel                                   Organisatie                        Rol\n"
    "Fleur Hendriks          Wethouder Klimaat                       Gemeente Helmond                   Lid\n"
    "Daan Pool (Gast)        Beleidsmedewerker, directie Water en Bodem   Ministerie van Infrastructuur en Waterstaat   Gast\n"
    "Lars Kuiper (Gast)      Adviseur klimaat                        IPO                                Gast\n")


def test_a_workspace_member_page_is_about_the_team_its_team_line_names(tmp_path):
    text = read_as(tmp_path, "leden.txt", WORKSPACE)
    found = found_in(text)
    team = "Themagroep Klimaatadaptatie"
    assert ("Noor Verbeek", "hasRole", team, "coördinator") in found
    assert ("Sem Olthof", "hasRole", team, "ambtelijk secretaris") in found
    assert ("Fleur Hendriks", "hasRole", "Helmond", "wethouder") in found
    assert ("Lars Kuiper", "hasRole", "IPO", "adviseur") in found
    assert ("Daan Pool", "participatesIn", team, None) in found  # the row an overlong title pushed along
    assert not any("beheren" in o for _s, _p, o, _r in found)  # "Team beheren" is a command of the application


def test_a_menu_path_without_a_team_line_keeps_its_names_and_states_no_team():
    text = ("Intranet › Team Wonen › Nieuws\n\nNieuws van het team\n\n"
            "Fleur Hendriks is wethouder in Helmond.\n")
    found = found_in(text)
    assert ("Fleur Hendriks", "hasRole", "Helmond", "wethouder") in found
    assert not any(p == "hasRole" and r in ("coördinator", "lid") for _s, p, _o, r in found)


def test_a_padded_cell_pushed_along_by_an_overlong_cell_before_it_stays_in_its_column():
    table = markdown_tables(
        "Naam              Titel                 Organisatie    Rol\n"
        "Eva Smit          Adviseur              IPO            Lid\n"
        "Jan Bos           Beleidsmedewerker directie   Ministerie van OCW   Gast\n"  # pushed along by its title
        "Ilse Kool (Gast)  Adviseur              VNG            Gast\n")  # two spaces where the title starts
    assert table.split("\n")[3:5] == ["| Jan Bos | Beleidsmedewerker directie | Ministerie van OCW | Gast |",
                                     "| Ilse Kool (Gast) | Adviseur | VNG | Gast |"]


def test_a_padded_cell_off_its_column_with_nothing_overrunning_before_it_ends_the_table():
    text = ("Naam          Titel                 Organisatie    Rol\n"
            "Eva Smit      Adviseur              IPO            Lid\n"
            "Jan Bos       Adviseur              VNG            Lid\n"
            "Kees Kok      Adviseur                   VNG       Lid\n")
    assert markdown_tables(text).split("\n")[-2] == "Kees Kok      Adviseur                   VNG       Lid"


# --- a pairing table: whose column is whose ---------------------------------------------------------------------

PAIRS = ("Coachprogramma Nieuwe Raadsleden 2026\n\n## Koppelingen\n\n"
         "| # | Coachee (nieuw) | Gemeente | Portefeuille | Coach | Achtergrond coach |\n|---|---|---|---|---|---|\n"
         "| 1 | Marieke Aalders | Gouda | Jeugd | Ruud Kolkman | wethouder Delft sinds 2019 |\n"
         "| 2 | Sven Bakkum | Ede | Financiën | Hanna Pruim | oud-wethouder Emmen (2010–2022), voorzitter pijler Fysiek |\n")


def test_a_pairing_table_gives_each_person_their_own_columns():
    found = found_in(PAIRS, "2026-05-01")
    programme = "Coachprogramma"
    assert ("Marieke Aalders", "hasRole", "Gouda", "wethouder") in found
    assert ("Ruud Kolkman", "hasRole", "Delft", "wethouder") in found
    assert ("Hanna Pruim", "hasRole", "Emmen", "wethouder") in found
    assert ("Hanna Pruim", "hasRole", "Pijler Fysiek", "voorzitter") in found
    assert ("Ruud Kolkman", "hasRole", programme, "coach") in found
    assert ("Sven Bakkum", "hasRole", programme, "coachee") in found
    assert not any(s in ("Ruud Kolkman", "Hanna Pruim") and o in ("Gouda", "Ede") for s, _p, o, _r in found)


def test_a_pairing_table_dates_only_the_background_it_names():
    roles = {(s, o, past, since, until) for s, o, _r, past, since, until in dated_relations(PAIRS, "2026-05-01")}
    assert ("Ruud Kolkman", "Delft", False, "2019-01-01", None) in roles
    assert ("Hanna Pruim", "Emmen", True, "2010-01-01", "2022-12-31") in roles
    assert ("Marieke Aalders", "Gouda", False, None, None) in roles


def test_a_table_with_one_person_column_is_no_pairing_table():
    text = ("Coachprogramma Nieuwe Raadsleden 2026\n\n| Naam | Gemeente | Portefeuille | Coach |\n|---|---|---|---|\n"
            "| Marieke Aalders | Gouda | Jeugd | ja |\n")
    found = found_in(text, "2026-05-01")
    assert ("Marieke Aalders", "hasRole", "Gouda", "wethouder") in found
    assert not any(r in ("coach", "coachee") for _s, _p, _o, r in found)


# --- a programme's network as a mind map's nested items -----------------------------------------------------------

MIND_MAP = ("# Wijkprogramma Noord – netwerkkaart\n\n"
            "- Programma Sterke Wijk Noord\n"
            "  - Opdrachtgever\n"
            "    - Gemeente Zutphen\n"
            "      - bestuurlijk opdrachtgever: wethouder Wonen Marieke Aalders\n"
            "      - programmamanager: Joris Veldkamp\n"
            "  - Provincie Gelderland\n"
            "    - gedeputeerde Wonen: Sanne Hulst\n"
            "  - Rijk\n"
            "    - Nationaal Programma Leefbare Wijken (NPLW)\n"
            "      - rijkscoördinator: Ilse Brouwer (sinds maart 2024)\n"
            "        - voorganger: Henk Jorritsma (2020–2023)\n"
            "  - Uitvoeringspartners\n"
            "    - Stichting Buurtkracht Zutphen\n"
            "      - bestuurder: Ruud Kolkman\n"
            "  - Werkgroepen\n"
            "    - Schoon en Heel\n"
            "      - trekker: Anna de Wit\n")


def test_a_mind_maps_items_hold_roles_in_the_bodies_above_them():
    found = found_in(MIND_MAP, "2025-03-01")
    programme = "Programma Sterke Wijk Noord"
    assert ("Marieke Aalders", "hasRole", programme, "bestuurlijk opdrachtgever") in found
    assert ("Marieke Aalders", "hasRole", "Zutphen", "wethouder") in found
    assert ("Joris Veldkamp", "hasRole", programme, "programmamanager") in found
    assert ("Joris Veldkamp", "affiliatedWith", "Zutphen", None) in found
    assert ("Sanne Hulst", "hasRole", "Gelderland", "gedeputeerde") in found
    assert ("Ruud Kolkman", "hasRole", "Stichting Buurtkracht Zutphen", "bestuurder") in found
    assert (programme, "ledBy", "Zutphen", None) in found
    assert ("Stichting Buurtkracht Zutphen", "participatesIn", programme, None) in found
    assert ("Gelderland", "participatesIn", programme, None) in found
    assert ("Ilse Brouwer", "succeeded", "Henk Jorritsma", None) in found
    assert holders(MIND_MAP, "2025-03-01", "rijkscoördinator") == {("Ilse Brouwer", False), ("Henk Jorritsma", True)}


def test_a_role_under_an_unnamed_item_or_in_a_flat_list_is_no_role_of_the_programme():
    assert not [r for r in by_rule(MIND_MAP, "2025-03-01", "outline.") if r.subject.text == "Anna de Wit"]
    flat = ("# Wijkprogramma Noord\n\n- Programma Sterke Wijk Noord\n- Gemeente Zutphen\n"
            "- programmamanager: Joris Veldkamp\n- bestuurder: Ruud Kolkman\n- Uitvoeringspartners\n")
    assert not by_rule(flat, "2025-03-01", "outline.")  # (other rules read such fields)


# --- a committee's chair and members, a working group's representatives ------------------------------------------

COMMITTEE = ("De Adviescommissie Lokale Energie is in 2021 door de minister ingesteld. De commissie stond onder "
             "voorzitterschap van mw. drs. H.J. (Hanneke) Veldhuis-Smit, oud-wethouder van Zutphen. Leden waren "
             "dhr. K. (Kees) Dragt, destijds directeur van Energie Samen, en mw. L. (Lotte) Bruins, namens de VNG.")


def test_a_committee_chaired_by_a_titled_person_and_its_members_in_a_sentence_of_their_own():
    found = found_in(COMMITTEE, "2024-06-01")
    committee = "Adviescommissie Lokale Energie"
    assert ("Hanneke Veldhuis-Smit", "hasRole", committee, "voorzitter") in found
    assert ("Kees Dragt", "hasRole", committee, "lid") in found
    assert ("Lotte Bruins", "hasRole", committee, "lid") in found
    # "Leden waren": no longer
    assert holders(COMMITTEE, "2024-06-01", "lid") == {("K. (Kees) Dragt", True), ("L. (Lotte) Bruins", True)}


def test_members_of_something_else_or_without_a_body_before_are_no_members():
    text = ("De Adviescommissie Lokale Energie is in 2021 ingesteld. Leden van de VNG ontvangen het advies. "
            "Zij bracht in 2022 haar advies uit.\n\nHet congres was druk bezocht. Leden waren Kees Dragt en Lotte Bruins.")
    assert not any(r == "lid" for _s, _p, _o, r in found_in(text, "2024-06-01"))


def test_a_working_group_instituted_with_representatives_of_parties():
    text = ("Ter voorbereiding is een ambtelijke werkgroep ingesteld onder voorzitterschap van OCW, met "
            "vertegenwoordigers van het ministerie van BZK, UWV en Divosa.")
    found = found_in(text, "2024-06-01")
    assert {(s, o) for s, p, o, _r in found if p == "participatesIn"} == {
        ("BZK", "ambtelijke werkgroep"), ("UWV", "ambtelijke werkgroep"), ("Divosa", "ambtelijke werkgroep")}
    talked = text.replace(", met vertegenwoordigers", ". Daarna is gesproken met vertegenwoordigers")
    assert not any(p == "participatesIn" for _s, p, _o, _r in found_in(talked, "2024-06-01"))


# --- a surname with its particle repeated after a name only a title or initials confirmed --------------------------

def test_a_particle_surname_repeats_a_name_confirmed_by_its_title_or_initials():
    text = ("Op 1 maart aanvaardt prof. dr. K.L. (Kirsten) van Oostveen het ambt van hoogleraar.\n\n"
            "Van Oostveen (1975) studeerde in Utrecht. Van 2009 tot 2017 werkte zij als onderzoeker bij het PBL.")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2025-06-01")
    repeats = [m.text for m in extraction.mentions if m.rule == "persons.surname-repeat"]
    assert repeats == ["Van Oostveen"]
    assert ("Kirsten van Oostveen", "hasRole", "PBL", "onderzoeker") in found_in(text, "2025-06-01")


def test_another_particle_surname_is_no_repeat():
    text = ("Op 1 maart aanvaardt prof. dr. K.L. (Kirsten) van Oostveen het ambt van hoogleraar.\n\n"
            "Van Oosterhout studeerde in Utrecht. Van 2009 tot 2017 werkte hij bij het PBL.")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2025-06-01")
    assert not [m.text for m in extraction.mentions if m.rule == "persons.surname-repeat"]


# --- a case study's project, named by the page's title after its kind ---------------------------------------------

CASE_STUDY = ("Praktijkvoorbeeld: Warmtenet Kanaalzone | Kennisbank Stedelijke Energie\n\n"
              "Warmtenet Kanaalzone: samen van het gas af\n\nIn het kort\n\nTrekker: Gemeente Deventer\n\n"
              "Partners: Gemeente Zutphen, Provincie Overijssel\n\n"
              "Contactpersoon: Joris Veldkamp, projectleider (gemeente Deventer)\n")


def test_a_case_study_pages_fields_are_about_the_project_its_title_names():
    found = found_in(CASE_STUDY, "2024-11-01")
    project = "Warmtenet Kanaalzone"
    assert (project, "ledBy", "Deventer", None) in found
    assert ("Zutphen", "participatesIn", project, None) in found
    assert ("Overijssel", "participatesIn", project, None) in found
    assert ("Joris Veldkamp", "hasRole", project, "projectleider") in found


def test_a_page_of_another_kind_names_no_project():
    text = CASE_STUDY.replace("Praktijkvoorbeeld: ", "Nieuws: ")
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2024-11-01")
    assert not [m for m in extraction.mentions if m.rule == "programmes.case-study"]


# --- new members welcomed after a colon ----------------------------------------------------------------------------

def test_new_members_a_body_welcomes_after_a_colon_take_part_in_it():
    text = "We verwelkomden verder twee nieuwe leden in de themagroep Wonen: Sanne Hulst (Gouda) en Ruud Kolkman (Ede)."
    found = found_in(text, "2025-01-08")
    assert ("Sanne Hulst", "participatesIn", "Themagroep Wonen", None) in found
    assert ("Ruud Kolkman", "participatesIn", "Themagroep Wonen", None) in found


def test_new_members_denied_or_not_listed_are_none():
    denied = "Er kwamen geen nieuwe leden bij de themagroep Wonen: Sanne Hulst (Gouda) en Ruud Kolkman (Ede) bleven weg."
    unlisted = "We verwelkomden nieuwe leden in de themagroep Wonen en namen afscheid van Ruud Kolkman."
    for text in (denied, unlisted):
        assert not any(p == "participatesIn" for _s, p, _o, _r in found_in(text, "2025-01-08"))


# --- the speakers, chair and organisers of the event a section's heading names -------------------------------------

EVENT_SECTION = ("Oratie prof. dr. Ilse Brouwer\n\nOver de leerstoel\n\nDe leerstoel is in 2019 ingesteld.\n\n"
                 "Symposium Wonen in de middelgrote stad\n\n"
                 "Voorafgaand aan de oratie organiseren Platform31 en de VNG om 13.00 uur een symposium. Sprekers zijn "
                 "Joris Veldkamp, wethouder van Zutphen, en Sanne Hulst, onderzoeker bij het PBL. Dagvoorzitter is "
                 "Ruud Kolkman, secretaris van de VNG.")


def test_a_sections_event_gets_its_speakers_chair_and_organisers():
    found = found_in(EVENT_SECTION, "2025-10-01")
    event = "Symposium Wonen in de middelgrote stad"
    for person in ("Joris Veldkamp", "Sanne Hulst", "Ruud Kolkman"):
        assert (person, "participatesIn", event, None) in found
    assert ("Platform31", "organised", event, None) in found
    assert ("VNG", "organised", event, None) in found


def test_speakers_of_a_section_without_an_event_or_another_kind_of_event_are_none():
    moved = EVENT_SECTION.replace("Symposium Wonen in de middelgrote stad\n\n", "")
    assert not by_rule(moved, "2025-10-01", "events.section")
    other = EVENT_SECTION.replace("een symposium.", "een werkbezoek.")
    assert not by_rule(other, "2025-10-01", "events.section-organiser")


# --- a proposal named in quotation marks, and its penvoerder ----------------------------------------------------

def test_a_quoted_proposal_is_a_programme_led_by_its_penvoerder():
    text = ("Met deze brief steunt de G40 het voorstel ‘Wijkkracht in de Regio’, dat een consortium onder "
            "penvoerderschap van de MBO Raad indient. Wijkkracht in de Regio start in 2024.")
    found = found_in(text, "2023-09-14")
    assert ("Wijkkracht in de Regio", "ledBy", "MBO Raad", None) in found
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2023-09-14")
    assert [m.start for m in extraction.mentions if m.rule == "programmes.quoted-proposal"] == [43, 134]


def test_a_quoted_phrase_that_is_no_title_or_a_penvoerder_of_another_is_no_programme_of_it():
    text = "De G40 steunt het voorstel ‘om de middelen te bundelen’ van de MBO Raad."
    extraction = extract("t", text, gazetteer=load_gazetteer(), date="2023-09-14")
    assert not [m for m in extraction.mentions if m.rule == "programmes.quoted-proposal"]
    other = ("De G40 steunt het voorstel ‘Wijkkracht in de Regio’. Een ander consortium onder penvoerderschap "
             "van de MBO Raad dient een eigen voorstel in.")
    assert not any(p == "ledBy" for _s, p, _o, _r in found_in(other, "2023-09-14"))
