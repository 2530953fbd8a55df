"""Round 49f: the wrong and missed facts of walkthrough 24 (a programmasecretaris of a G40 pijler) — a
chair's succession in three wordings, a PDF table's header row, "Sindsdien", moves between towns and
themagroepen, a contact's takeover, "blijft/bleef". Invented people and sentences."""

from __future__ import annotations

import pytest

from tests.extract_facts import dated_relations

# --- a pijler chair's succession, in three wordings ---------------------------------------------------------

CHAIR_SUCCESSIONS = [
    "Per 1 juli 2025 volgt wethouder Rob Aalders (Tilburg) wethouder Mieke Zand (Zwolle) op als bestuurlijk "
    "voorzitter van de pijler Fysiek Domein van de G40.",
    "Per 1 juli 2025 nam wethouder Rob Aalders (Tilburg) het bestuurlijk voorzitterschap van de pijler Fysiek Domein "
    "over van wethouder Mieke Zand (Zwolle).",
    "Bestuurlijk voorzitter van de pijler Fysiek Domein was tot 1 juli 2025 Mieke Zand (Zwolle) en vanaf 1 juli 2025 "
    "Rob Aalders (Tilburg).",
]


@pytest.mark.parametrize("sentence", CHAIR_SUCCESSIONS, ids=["volgt-titled-op-als", "nam-voorzitterschap-over-van",
                                                             "tot-en-vanaf"])
def test_a_pijler_chair_succession_dates_both_terms_and_the_succession(sentence):
    text = f"Jaarverslag\n\n12 januari 2026\n\n{sentence}\n"
    chairs = {(s, o, v_from, v_until) for s, o, role, _, v_from, v_until in dated_relations(text, "2026-01-12")
              if role == "voorzitter"}
    assert chairs == {("Rob Aalders", "pijler Fysiek Domein", "2025-07-01", None),
                      ("Mieke Zand", "pijler Fysiek Domein", None, "2025-06-30")}
    successions = {(s, o, v_from) for s, o, _, _, v_from, _ in dated_relations(text, "2026-01-12", "succeeded")}
    assert successions == {("Rob Aalders", "Mieke Zand", "2025-07-01")}


def test_a_bestuurlijk_voorzitter_is_a_voorzitter():
    text = "Nieuws\n\n12 juni 2025\n\nRob Aalders is bestuurlijk voorzitter van de pijler Fysiek Domein.\n"
    assert {(s, o, role) for s, o, role, *_ in dated_relations(text, "2025-06-12")} == \
        {("Rob Aalders", "pijler Fysiek Domein", "voorzitter")}


# --- a PDF's table read back into its columns -------------------------------------------------------------

def _printed_table(tmp_path):
    """A browser's print of a table: header cells and wrapped cells, each placed in its column."""
    from tests.test_ingest_pdf_lists import write_placed_pdf

    cells = [(100, 11, "Jaarbeeld 2025 van de pijler Fysiek Domein, opgesteld door het programmabureau.", 72),
             (130, 10, "Themagroep", 100), (130, 10, "Voorzitter", 230), (130, 10, "Periode", 345),
             (130, 10, "Ambtelijk trekker", 418),
             (150, 10, "Wonen", 90), (144, 10, "Anna Kroes", 200), (157, 10, "(Ede)", 200),
             (144, 10, "tot 1 juni", 333), (157, 10, "2025", 333), (144, 10, "Bram Wit-", 414), (157, 10, "Smit (Delft)", 414),
             (180, 10, "Wonen", 90), (174, 10, "Carla Veen", 200), (187, 10, "(Emmen)", 200),
             (174, 10, "vanaf 1 juni", 333), (187, 10, "2025", 333), (174, 10, "Bram Wit-", 414), (187, 10, "Smit (Delft)", 414),
             (220, 11, "In 2025 werkte de themagroep Wonen samen met het ministerie van BZK aan de Woondeal.", 72)]
    return write_placed_pdf(tmp_path / "jaarbeeld.pdf", cells)


def test_a_printed_pdf_table_reads_as_its_columns(tmp_path):
    from graph.ingest import read_document

    text = read_document(_printed_table(tmp_path)).text
    assert "| Themagroep | Voorzitter | Periode | Ambtelijk trekker |" in text
    assert "| Wonen | Anna Kroes (Ede) | tot 1 juni 2025 | Bram Wit-Smit (Delft) |" in text
    assert "| Wonen | Carla Veen (Emmen) | vanaf 1 juni 2025 | Bram Wit-Smit (Delft) |" in text
    assert "Periode Ambtelijk" not in text


def test_a_tables_term_column_dates_its_role_column_only():
    text = ("Jaarbeeld 2025\n\n8 december 2025\n\n| Themagroep | Voorzitter | Periode | Ambtelijk trekker |\n|---|---|---|---|\n"
            "| Themagroep Wonen | Anna Kroes (Ede) | tot 1 juni 2025 | Bram Wit (Delft) |\n"
            "| Themagroep Wonen | Carla Veen (Emmen) | vanaf 1 juni 2025 | Bram Wit (Delft) |\n")
    roles = {(s, role, v_from, v_until) for s, _o, role, _past, v_from, v_until in dated_relations(text, "2025-12-08")}
    assert roles == {("Anna Kroes", "voorzitter", None, "2025-05-31"), ("Carla Veen", "voorzitter", "2025-06-01", None),
                     ("Bram Wit", "ambtelijk trekker", None, None)}
    assert not {r for r in dated_relations(text, "2025-12-08", "partOf") if r[4] or r[5]}


# --- "Sindsdien" dates from the day the sentence before names -------------------------------------------

@pytest.mark.parametrize("second", [
    "Sindsdien is Carla Veen (Emmen) voorzitter van de themagroep Wonen.",
    "Carla Veen (Emmen) is sindsdien voorzitter van de themagroep Wonen.",
], ids=["opening", "after-verb"])
def test_sindsdien_starts_on_the_day_the_sentence_before_names(second):
    text = ("Jaarverslag 2025\n\nUtrecht, 28 januari 2026\n\n## Themagroep Wonen\n\n"
            f"Anna Kroes (Ede) stopte per 1 juni 2025 als voorzitter. {second}\n")
    carla = {(o, v_from) for s, o, _role, _past, v_from, _until in dated_relations(text, "2026-01-28") if s == "Carla Veen"}
    assert carla == {("themagroep Wonen", "2025-06-01")}
    towns = {(r[1], r[4]) for r in dated_relations(text, "2026-01-28", "affiliatedWith") if r[0] == "Carla Veen"}
    assert towns == {("Emmen", None)}


def test_sindsdien_after_a_sentence_without_one_date_changes_nothing():
    text = ("Jaarverslag 2025\n\nUtrecht, 28 januari 2026\n\n"
            "De themagroep Wonen vergaderde op 3 maart en 5 juni 2025. Sindsdien is Carla Veen voorzitter van de themagroep Wonen.\n")
    assert {r[4] for r in dated_relations(text, "2026-01-28")} == {None}


# --- moves between towns and themagroepen --------------------------------------------------------------

def test_a_move_ends_the_old_ties_the_day_before_and_starts_the_new_ones():
    text = ("Contactlijst\n\n3 maart 2025\n\nHanna Vos is per 1 januari 2025 overgestapt van de gemeente Breda naar "
            "de gemeente Tilburg en van de themagroep Wonen naar de themagroep Energie.\n")
    ties = {(o, role, past, v_from, v_until) for s, o, role, past, v_from, v_until in
            dated_relations(text, "2025-03-03") | dated_relations(text, "2025-03-03", "affiliatedWith")}
    assert ties == {("Breda", None, True, None, "2024-12-31"), ("Tilburg", None, False, "2025-01-01", None),
                    ("themagroep Wonen", "lid", True, None, "2024-12-31"),
                    ("themagroep Energie", "lid", False, "2025-01-01", None)}


def test_a_seat_taken_for_a_town_ends_the_predecessors_membership():
    text = ("Mail\n\n7 februari 2025\n\n"
            "Per 1 maart 2025 neemt Jan Bos de plaats in van Eva Kok namens Ede in de themagroep Wonen.\n")
    assert {(s, o, role, v_from, v_until) for s, o, role, _p, v_from, v_until in dated_relations(text, "2025-02-07")} == \
        {("Jan Bos", "themagroep Wonen", "lid", "2025-03-01", None), ("Eva Kok", "themagroep Wonen", "lid", None, "2025-02-28")}
    assert {(s, o) for s, o, *_ in dated_relations(text, "2025-02-07", "affiliatedWith")} == {("Jan Bos", "Ede")}


# --- a ministry's contact role handed over -----------------------------------------------------------------

def test_a_contact_role_taken_over_at_a_ministry_ends_the_predecessors():
    text = ("Jaarverslag 2025\n\n28 januari 2026\n\n## Themagroep Wonen\n\nPer 1 september 2025 nam Karim Daoud de rol "
            "van contactpersoon bij het ministerie van BZK over van Sanne de Wit.\n")
    contacts = {(s, o, past, v_from, v_until) for s, o, _r, past, v_from, v_until in
                dated_relations(text, "2026-01-28", "contactFor")}
    assert contacts == {("Karim Daoud", "Themagroep Wonen", False, "2025-09-01", None),
                        ("Sanne de Wit", "Themagroep Wonen", True, None, "2025-08-31")}
    assert {(s, o, v_from) for s, o, _r, _p, v_from, _u in dated_relations(text, "2026-01-28", "affiliatedWith")} == \
        {("Karim Daoud", "BZK", "2025-09-01"), ("Sanne de Wit", "BZK", None)}


# --- "bleef", "werd voorgezeten door": no end with the report's year, no former chair -------------------------

def test_what_remained_and_a_passive_chair_in_a_year_report():
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    text = ("Jaarverslag 2025\n\nUtrecht, 28 januari 2026\n\nDe themagroep Wonen werd voorgezeten door Thijs Baan (Delft). "
            "Ambtelijk trekker bleef Bram Wit (Zwolle). Jan Bos en Piet Kok bleven lid van de themagroep Wonen.\n")
    roles = {(r.subject.text, r.role, r.past, r.told_past) for r in
             extract("t", text, gazetteer=load_gazetteer(), date="2026-01-28").relations if r.predicate == "hasRole"}
    assert roles == {("Thijs Baan", "voorzitter", False, True), ("Bram Wit", "ambtelijk trekker", False, False),
                     ("Jan Bos", "lid", False, False), ("Piet Kok", "lid", False, False)}


def test_a_membership_that_goes_on_takes_no_start_from_the_new_one():
    text = ("Verslag\n\n12 maart 2026\n\nHanna Vos (Zwolle) is per 1 maart 2026 lid van de themagroep Energie; "
            "zij blijft ook lid van de themagroep Wonen.\n")
    assert {(o, v_from) for _s, o, _r, _p, v_from, _u in dated_relations(text, "2026-03-12")} == \
        {("themagroep Energie", "2026-03-01"), ("themagroep Wonen", None)}


# --- an action list, a region's name, a sender's new job -----------------------------------------------------

def test_an_action_lists_owner_column_gives_no_role():
    text = ("# Actielijst pijler Fysiek Domein\n\nStand 24 juni 2024\n\n| actiepunt | trekker | deadline |\n|---|---|---|\n"
            "| Jaarbeeld opstellen | Eva Kok | 1 december 2024 |\n| Reactie op de Woondeal | Jan Bos | 1 juli 2024 |\n")
    assert dated_relations(text, "2024-06-24") == set()


def test_a_province_that_ends_a_regions_name_is_no_participant():
    text = ("Nieuws\n\n9 september 2025\n\nHet ministerie van BZK en de regio Parkstad Limburg ondertekenen de "
            "Regio Deal Parkstad Zorg. Heerlen neemt deel aan de Regio Deal Parkstad Zorg.\n")
    assert not {r for r in dated_relations(text, "2025-09-09", "participatesIn") if r[0] == "Limburg"}


def test_a_sender_who_takes_a_new_job_leaves_the_old_one_when_the_message_dates_it():
    text = ("Van: Eva Kok <e.kok@ede.example>\nVerzonden: vrijdag 7 februari 2025 16:40\nAan: Jan Bos\n"
            "Onderwerp: wisseling\n\nBeste Jan,\n\nPer 1 maart 2025 neemt Piet Laan mijn plaats in. "
            "Ik ga aan de slag bij de gemeente Breda.\n\nGroet,\nEva Kok\nBeleidsadviseur\nGemeente Ede\n")
    ties = {(o, v_from, v_until) for s, o, _r, _p, v_from, v_until in
            dated_relations(text, "2025-02-07") | dated_relations(text, "2025-02-07", "affiliatedWith") if s == "Eva Kok"}
    assert ties == {("Breda", "2025-03-01", None), ("Ede", None, "2025-02-28")}


def test_a_chairs_stop_ends_no_part_of_the_pijler():
    text = ("Rob Aalders nieuwe voorzitter pijler Fysiek Domein\n\nNieuws | 16 juni 2025\n\nPer 1 juli 2025 volgt "
            "wethouder Rob Aalders (Tilburg) wethouder Mieke Zand (Zwolle) op als bestuurlijk voorzitter van de pijler "
            "Fysiek Domein van de G40.\n\nOok in de themagroep Wonen is er een wisseling. Anna Kroes (Ede) stopt per 1 juni "
            "2025 als voorzitter van de themagroep Wonen.\n")
    parts = {(s, o, past, v_from, v_until) for s, o, _r, past, v_from, v_until in dated_relations(text, "2025-06-16", "partOf")}
    assert ("themagroep Wonen", "pijler Fysiek Domein", False, None, None) in parts
    assert not {p for p in parts if p[2] or p[4]}
