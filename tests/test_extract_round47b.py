"""Round 47b: findings of walkthrough 47 (a ministry's relatiebeheerder's own documents) on extraction:
absentees in an attendance list, two people who work together, "resp.", a PDF table's header row, a
letter's date line, a start stated after an appointment, and a signature's function and directorate.
Invented people and sentences."""

from __future__ import annotations

from graph.docdate import infer_date
from graph.pdftext import unwrap
from tests.extract_facts import dated_relations, facts, mentions

# --- absentees -----------------------------------------------------------------------------------------

MINUTES = ("Verslag Bestuurlijk Overleg\nUtrecht, 3 maart 2026\nAanwezig\n"
           "Namens BZK: Karin Wolters (directeur Stedelijke Vernieuwing); Otto Brink (ministerie van SZW).\n"
           "Namens de G40: Roos Mulder (voorzitter Pijler Fysiek); Bas de Kroon (wethouder Wonen Zwolle).\n"
           "Afwezig met kennisgeving: Lieke Hoogland (ministerie van SZW).\n"
           "Afgemeld: Tim Valk (wethouder Emmen)\n"
           "Verhinderd: Joost Amsing\n1. Opening\nKarin Wolters opent de vergadering.\n")


def test_an_absence_line_gives_no_participation():
    found = facts(MINUTES, "2026-03-03")
    taking_part = sorted(f[0] for f in found if f[1] == "participatesIn")
    assert taking_part == ["Bas de Kroon", "Karin Wolters", "Otto Brink", "Roos Mulder"]


def test_an_absentee_keeps_what_the_list_says_of_them():
    found = facts(MINUTES, "2026-03-03")
    assert ("Lieke Hoogland", "affiliatedWith", "SZW", None) in found
    assert ("Tim Valk", "hasRole", "Emmen", "wethouder") in found


def test_a_name_marked_absent_in_its_bracket_takes_no_part():
    text = ("Verslag Bestuurlijk Overleg\n\nAanwezig: Eva Smit (Breda), Jan Mol (Zwolle, afgemeld), Piet Kok (Ede)\n\n"
            "1. Opening\nEva Smit opent.\n")
    assert sorted(f[0] for f in facts(text) if f[1] == "participatesIn") == ["Eva Smit", "Piet Kok"]


# --- two people who work together ----------------------------------------------------------------------

def test_a_person_works_with_a_person_after_a_pronoun():
    text = ("Ellen Vos, wethouder van Ede, is voorzitter van de Pijler Fysiek. Zij werkt daarbij nauw samen met "
            "Ruud Dekker, directeur-generaal Wonen en Bouwen.")
    assert ("Ellen Vos", "collaboratesWith", "Ruud Dekker", None) in facts(text, "2025-04-01")


def test_two_people_work_together_on_something():
    assert facts("Ellen Vos en Ruud Dekker werken samen aan een gezamenlijke monitor.", "2025-04-01") == \
        {("Ellen Vos", "collaboratesWith", "Ruud Dekker", None)}


def test_a_joint_act_of_two_people_is_no_collaboration():
    assert not [f for f in facts("Ellen Vos opende samen met Ruud Dekker het nieuwe wijkcentrum.") if f[1] == "collaboratesWith"]


# --- "resp." ---------------------------------------------------------------------------------------------

def test_resp_pairs_the_lists_in_order():
    text = "Zwolle en Groningen doen mee aan de Woondeal Regio Zwolle resp. de Woondeal Groningen."
    assert facts(text, "2026-10-14") == {("Zwolle", "participatesIn", "Woondeal Regio Zwolle", None),
                                          ("Groningen", "participatesIn", "Woondeal Groningen", None)}


# --- a PDF table's header row ---------------------------------------------------------------------------

TABLE = ("2.1 De pijlers\nPijler Voorzitter Sinds\nPijler Fysiek Anne Kuipers (Ede) 1 juli 2025\n"
         "Pijler Sociaal Tom Veldkamp (Tilburg) 1 maart 2024\n")


def test_a_header_row_of_column_labels_is_no_unit():
    assert mentions(TABLE, "OrganisationalUnit", "2026-01-15") == ["Pijler Fysiek", "Pijler Sociaal"]


def test_a_numbered_heading_after_a_table_row_opens_its_own_line():
    row = "Pijler Economie en Werk Marieke de Vos (Enschede) 1 september 2023 tot en met 31 december 2025"
    text = "\n".join([row] * 3 + ["2.2 Programma's", "De gemeente Ede neemt deel aan de Woondeal Regio Ede."])
    assert "\n2.2 Programma's\n" in "\n" + unwrap(text) + "\n"


# --- a letter's date line --------------------------------------------------------------------------------

LETTER = ("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\nPostbus 20011\n2500 EA Den Haag\n"
          "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n"
          "Datum 6 november 2023\nBetreft Voortgang City Deals\nGeachte voorzitter,\n\nMet deze brief …\n")


def test_a_letters_date_line_below_the_address_blocks_dates_it():
    assert infer_date(LETTER, "kamerbrief-voortgang") == "2023-11-06"


def test_a_dateline_of_a_letter_counts_too():
    assert infer_date(LETTER.replace("Datum 6 november 2023", "Den Haag, 7 november 2023"), "brief") == "2023-11-07"


def test_a_date_line_in_a_news_items_body_dates_nothing():
    news = ("Nieuws\nDe G40 en EZK\nwerken samen aan binnensteden.\nLees verder\nOver de G40\nAgenda\n"
            "Datum: 6 november 2023\nLocatie: Ede\n")
    assert infer_date(news, "nieuws") is None


# --- a start stated after an appointment ----------------------------------------------------------------

def test_a_per_date_in_the_next_sentence_is_the_appointments_start():
    text = ("Anne Kuipers is benoemd tot burgemeester van Zutphen. Zij wordt per 1 oktober 2026 burgemeester en "
            "stopt als wethouder van Deventer.")
    found = {r[1]: r[3:] for r in dated_relations(text, "2026-09-15")}
    assert found["Zutphen"] == (False, "2026-10-01", None)
    assert found["Deventer"] == (True, None, "2026-09-30")


def test_a_next_sentence_about_another_body_dates_nothing_before_it():
    text = "Anne Kuipers is voorzitter van de Pijler Sociaal. Zij wordt per 1 januari 2027 voorzitter van de G40."
    found = {r[1]: r[4] for r in dated_relations(text, "2026-09-15")}
    assert found == {"Pijler Sociaal": None, "G40": "2027-01-01"}


# --- signatures -----------------------------------------------------------------------------------------

def test_a_signatures_function_is_a_role_at_the_ministry_under_its_directorate():
    text = ("Het ministerie van VWS sluit ook aan.\n\nGroet,\n\nAnne Kuipers\nRelatiebeheerder G40\n"
            "Directie Wonen en Wijken\nMinisterie van Binnenlandse Zaken en Koninkrijksrelaties\n")
    assert facts(text, "2026-10-14") == {("Anne Kuipers", "hasRole", "BZK", "relatiebeheerder"),
                                          ("Directie Wonen en Wijken", "partOf", "BZK", None)}


def test_a_signature_on_one_line_with_bars():
    text = "Groet,\n\nAnne Kuipers | Relatiebeheerder G40 | Ministerie van BZK\n"
    assert facts(text, "2026-10-14") == {("Anne Kuipers", "hasRole", "BZK", "relatiebeheerder")}


def test_a_delegations_member_titled_by_another_body_works_for_the_ministry():
    text = "Aanwezig\nNamens BZK: Anne Kuipers (relatiebeheerder G40).\nNamens de G40: Eva Smit (directeur G40).\n"
    assert {f for f in facts(text, "2026-10-14") if f[1] == "hasRole"} == {
        ("Anne Kuipers", "hasRole", "BZK", "relatiebeheerder"), ("Eva Smit", "hasRole", "G40", "directeur")}
