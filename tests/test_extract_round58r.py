"""Round 58r: heldout43's genres as rules of Dutch and of the domain (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a webinar's subtitle file (cues joined into
turns, each speaker a participant), a Word page with tracked changes, pilot towns named "samen met" after their
programme, names that open with "IJ", an acting role stated in the first person, councillors in a council's
committees, a decision's infinitive appointments, and initials listed after initials.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graph.ingest import read_document
from graph.markup import html_visible_text
from graph.subtitle_text import subtitle_text
from tests.extract_facts import facts, mentions


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2024-10-08") -> frozenset:
    """The facts of ``text``, extracted once per module however many tests ask."""
    return frozenset(facts(text, date))


# --- a subtitle file: cues joined into a turn per speaker ---------------------------------------------------

SUBTITLES = ("1\n00:00:02,000 --> 00:00:05,120\n[MAAIKE VAN DER STEEG] Goedemiddag en welkom\nbij dit webinar.\n\n"
             "2\n00:00:05,120 --> 00:00:09,400\nIk ben Maaike van der Steeg, secretaris\nvan de Themagroep Energie.\n\n"
             "3\n00:00:09,400 --> 00:00:12,000\nHet webinar \"Warm de winter door\"\norganiseren we met de VNG.\n\n"
             "4\n00:00:12,000 --> 00:00:13,500\n(applaus)\n\n"
             "5\n00:00:13,500 --> 00:00:17,800\n[JOOST IJPELAAR] Dank. Ik ben wethouder Energie\nin Deventer.\n\n"
             "6\n00:00:17,800 --> 00:00:21,000\nWethouder Noor Kamstra van Breda\nkon er helaas niet bij.\n")


def test_a_subtitle_files_cues_read_as_one_paragraph_per_speaker():
    assert subtitle_text(SUBTITLES) == (
        "Maaike van der Steeg: Goedemiddag en welkom bij dit webinar. Ik ben Maaike van der Steeg, secretaris van de "
        "Themagroep Energie. Het webinar \"Warm de winter door\" organiseren we met de VNG.\n\n"
        "Joost IJpelaar: Dank. Ik ben wethouder Energie in Deventer. Wethouder Noor Kamstra van Breda kon er helaas "
        "niet bij.")


def test_a_text_with_a_time_span_among_other_lines_is_no_subtitle_file():
    text = ("Verslag van het webinar\n\n1\n00:00:02,000 --> 00:00:05,120\nWelkom.\n\n"
            "2\n00:00:05,120 --> 00:00:09,400\nDank.\n\n3\n00:00:09,400 --> 00:00:12,000\nTot ziens.\n")
    assert subtitle_text(text) is None
    assert subtitle_text("Welkom 00:00:02,000 --> 00:00:05,120 allemaal.") is None


def test_a_subtitle_file_is_ingested_as_its_turns_and_the_speakers_ik_is_theirs(tmp_path: Path):
    path = tmp_path / "webinar-warm-de-winter-door-2024-10-08-ondertitels.txt"
    path.write_text(SUBTITLES, encoding="utf-8")
    document = read_document(path)
    assert document.text.startswith("Maaike van der Steeg: Goedemiddag en welkom bij dit webinar.")
    found = found_in(document.text)
    assert ("Joost IJpelaar", "hasRole", "Deventer", "wethouder") in found
    assert ("Maaike van der Steeg", "participatesIn", "Warm de winter door", None) in {
        (s, p, o.replace("webinar ", "").strip('"'), r) for s, p, o, r in found}


def test_the_speakers_of_the_turns_take_part_in_the_webinar_but_one_named_in_a_turn_does_not():
    text = subtitle_text(SUBTITLES)
    taking_part = {f[0] for f in found_in(text) if f[1] == "participatesIn" and "winter" in f[2]}
    assert taking_part == {"Maaike van der Steeg", "Joost IJpelaar"}


def test_turns_that_welcome_to_no_event_of_their_own_give_no_participants():
    text = ("Maaike van der Steeg: Goedemiddag. Ik ben secretaris van de Themagroep Energie. Het webinar \"Warm de "
            "winter door\" was vorige week.\n\nJoost IJpelaar: Dank. Ik ben wethouder Energie in Deventer.")
    assert not {f for f in found_in(text) if f[1] == "participatesIn" and f[0] in ("Maaike van der Steeg", "Joost IJpelaar")}


# --- a Word page with tracked changes -------------------------------------------------------------------

def test_a_page_with_tracked_changes_reads_as_the_changes_accepted(tmp_path: Path):
    html = ("<html><body><p>De Themagroep Slimme Stad valt voortaan onder de Pijler <del>Economie en Werk</del>"
            "<ins>Fysiek Domein</ins>.</p></body></html>")
    assert html_visible_text(html) == "De Themagroep Slimme Stad valt voortaan onder de Pijler Fysiek Domein."
    path = tmp_path / "besluitenlijst.html"
    path.write_text(html, encoding="utf-8")
    document = read_document(path)
    assert any("bijgehouden wijzigingen" in warning for warning in document.warnings), document.warnings
    assert ("Themagroep Slimme Stad", "partOf", "Pijler Fysiek Domein", None) in found_in(document.text)


def test_a_struck_item_on_a_page_without_insertions_keeps_its_words(tmp_path: Path):
    html = "<p><del>Netwerkdag Wijkaanpak</del> van het IPO. <em>Geannuleerd.</em></p>"
    assert html_visible_text(html) == "Netwerkdag Wijkaanpak van het IPO. Geannuleerd."
    path = tmp_path / "agenda.html"
    path.write_text(html, encoding="utf-8")
    assert not any("bijgehouden" in warning for warning in read_document(path).warnings)


# --- pilot towns named "samen met" after their programme ------------------------------------------------

def test_the_towns_after_a_pilots_programme_are_pilots_too_not_its_partners():
    text = "Almelo is een van de vier pilotgemeenten van het Actieprogramma Thuis in de Buurt 2024-2027, samen met Ede en Venlo."
    found = found_in(text)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Almelo", "Ede", "Venlo"}
    assert not {f for f in found if f[1] == "collaboratesWith"}


def test_a_pilot_that_works_together_with_another_town_keeps_the_partnership():
    text = "Almelo is pilotgemeente van het Actieprogramma Thuis in de Buurt en werkt daarbij samen met Ede."
    found = found_in(text)
    assert {f[0] for f in found if f[1] == "participatesIn"} == {"Almelo"}
    assert ("Almelo", "collaboratesWith", "Ede", None) in found


# --- names that open with "IJ", and an acting role in the first person ----------------------------------

def test_a_surname_with_the_capital_ij_is_a_name():
    assert ("Sanne IJsselstijn", "hasRole", "VWS", "directeur") in found_in(
        "Mijn collega Sanne IJsselstijn, directeur bij VWS, kon er niet bij.")
    assert mentions("Het IJZER-project van Breda loopt.", "Person") == []


def test_an_acting_role_the_speaker_states_is_that_role():
    text = "Koen Blaauw: Dank. Ik ben sinds september waarnemend directeur bij het ministerie van VWS."
    assert ("Koen Blaauw", "hasRole", "VWS", "directeur") in found_in(text)


def test_a_deputy_role_the_roles_do_not_know_is_no_role():
    text = "Koen Blaauw: Dank. Ik ben sinds september plaatsvervangend wethouder bij de gemeente Ede."
    assert not {f for f in found_in(text) if f[0] == "Koen Blaauw" and f[1] == "hasRole"}


# --- councillors in a council's committees --------------------------------------------------------------

COUNCIL = ("De raad van de gemeente Zwolle;\n\noverwegende dat:\n- de commissie onderzoek geloofsbrieven, bestaande uit "
           "de raadsleden P. Stoker (voorzitter), G. Akgün en R. van Welie, op 2 mei 2022 heeft gerapporteerd;\n")


def test_the_councillors_of_a_council_committee_sit_in_it_and_in_the_council():
    found = found_in(COUNCIL, "2022-05-10")
    assert {f for f in found if f[1] == "hasRole"} == {
        ("P. Stoker", "hasRole", "commissie onderzoek geloofsbrieven", "voorzitter"),
        ("G. Akgün", "hasRole", "commissie onderzoek geloofsbrieven", "lid"),
        ("R. van Welie", "hasRole", "commissie onderzoek geloofsbrieven", "lid"),
        ("P. Stoker", "hasRole", "Zwolle", "raadslid"), ("G. Akgün", "hasRole", "Zwolle", "raadslid"),
        ("R. van Welie", "hasRole", "Zwolle", "raadslid")}


def test_a_committee_of_experts_gives_no_councillors():
    text = "De raad van de gemeente Zwolle;\n\nDe adviescommissie, bestaande uit drie deskundigen, rapporteerde op 2 mei.\n"
    assert not {f for f in found_in(text, "2022-05-10") if f[1] == "hasRole"}


def test_without_the_council_of_a_town_the_councillors_have_no_town():
    text = COUNCIL.replace("De raad van de gemeente Zwolle;\n\n", "")
    assert not {f for f in found_in(text, "2022-05-10") if f[3] == "raadslid"}


# --- a decision's infinitive appointments ---------------------------------------------------------------

DECISION = ("besluit:\n\nArtikel 1\nMet ingang van 1 juni 2022 te benoemen tot wethouder van de gemeente Zwolle:\n\n"
            "a. mevrouw drs. A.M. (Anke) Hofstra\nb. de heer T. Olthof\n\nArtikel 2\nDit besluit treedt in werking.\n")


def test_the_persons_listed_under_a_decisions_appointment_hold_the_office_from_its_day():
    found = found_in(DECISION, "2022-06-02")
    assert {f for f in found if f[1] == "hasRole"} == {("Anke Hofstra", "hasRole", "Zwolle", "wethouder"),
                                                       ("T. Olthof", "hasRole", "Zwolle", "wethouder")}


def test_an_item_that_names_no_person_is_no_appointment():
    text = DECISION.replace("a. mevrouw drs. A.M. (Anke) Hofstra\nb. de heer T. Olthof",
                            "a. de nota Wonen in Zwolle\nb. het plan van aanpak")
    assert not {f for f in found_in(text, "2022-06-02") if f[1] == "hasRole"}


# --- initials listed after initials ---------------------------------------------------------------------

def test_initials_listed_after_a_person_read_by_initials_are_persons():
    assert mentions("De jury bestond uit M. Stoker (voorzitter), G. Akgün en R. van Welie.", "Person") == [
        "M. Stoker", "G. Akgün", "R. van Welie"]


def test_initials_after_a_person_named_in_full_need_their_own_cue():
    assert mentions("De prijs ging naar Eva Smit en A. Team.", "Person") == ["Eva Smit"]


# --- one who acts for an office holder on leave ---------------------------------------------------------

def test_one_who_takes_over_the_secretariat_of_the_board_for_the_time_being_holds_it_until_then():
    text = ("Het bestuur van de G40 vergaderde. Anke Hofstra is tot 1 maart 2024 met verlof; Joost Olthof neemt het "
            "secretariaat van het bestuur tot die datum waar.")
    assert {f for f in found_in(text, "2023-11-21") if f[1] == "hasRole"} == {
        ("Anke Hofstra", "hasRole", "G40-bestuur", "secretaris"), ("Joost Olthof", "hasRole", "G40-bestuur", "secretaris")}


def test_one_who_notices_something_holds_no_post():
    text = "Het bestuur van de G40 vergaderde. Joost Olthof neemt het verschil met vorig jaar waar."
    assert not {f for f in found_in(text, "2023-11-21") if f[1] == "hasRole"}


# --- a committee typed as an indented table -------------------------------------------------------------

TENDER = ("2. Beoordelingscommissie\n\nDe commissie bestond uit:\n\n"
          "  Naam                     Functie en organisatie                     Rol\n"
          "  Anke Hofstra             beleidsadviseur armoede, gemeente Ede      voorzitter\n"
          "  Joost Olthof              projectleider, gemeente Oss                lid\n"
          "  Noor Kamstra             beleidsadviseur, gemeente Breda            lid\n")


def test_a_tender_committees_indented_table_gives_its_roles_and_the_members_offices(tmp_path: Path):
    path = tmp_path / "gunningsbeslissing.txt"
    path.write_text(TENDER, encoding="utf-8")
    text = read_document(path).text
    assert "| Naam | Functie en organisatie | Rol |" in text
    found = found_in(text, "2024-05-17")
    assert {f for f in found if f[1] == "hasRole"} == {
        ("Anke Hofstra", "hasRole", "beoordelingscommissie", "voorzitter"),
        ("Joost Olthof", "hasRole", "beoordelingscommissie", "lid"), ("Noor Kamstra", "hasRole", "beoordelingscommissie", "lid"),
        ("Anke Hofstra", "hasRole", "Ede", "beleidsadviseur"), ("Joost Olthof", "hasRole", "Oss", "projectleider"),
        ("Noor Kamstra", "hasRole", "Breda", "beleidsadviseur")}


def test_columns_far_off_their_labels_are_no_table(tmp_path: Path):
    text = ("  Naam                     Functie en organisatie                     Rol\n"
            "  Anke Hofstra                   beleidsadviseur, gemeente Ede              voorzitter\n"
            "  Joost Olthof                   projectleider, gemeente Oss                lid\n")
    path = tmp_path / "lijst.txt"
    path.write_text(text, encoding="utf-8")
    assert "|" not in read_document(path).text


# --- a list of participants after a colon ---------------------------------------------------------------

def test_the_persons_listed_after_nemen_deel_take_part_not_the_towns_of_their_brackets():
    text = ("Het bestuurlijk overleg Wonen met de G40, namens de G40 nemen deel: wethouder Anke Hofstra (Ede), "
            "voorzitter van de Pijler Fysiek Domein, en wethouder Joost Olthof (Oss).")
    assert {f[0] for f in found_in(text, "2025-02-10") if f[1] == "participatesIn"} == {
        "G40", "Anke Hofstra", "Joost Olthof"}


def test_a_list_after_nemen_deel_whose_event_is_not_named_gives_no_participation():
    text = ("Het bestuurlijk overleg Wonen vond plaats. Namens de G40 nemen deel: wethouder Anke Hofstra (Ede), "
            "voorzitter van de Pijler Fysiek Domein, en wethouder Joost Olthof (Oss).")
    assert not {f for f in found_in(text, "2025-02-10") if f[1] == "participatesIn" and f[2] == "Pijler Fysiek Domein"}


def test_a_capitalised_word_of_the_sentence_after_a_cells_break_is_no_organisation():
    text = "| ma | Overleg met Aedes, Namens de G40 nemen deel: de VNG en Platform31 |\n"
    assert "Namens" not in mentions(text, "Organisation", "2025-02-10")
    assert "Geannuleerd" not in mentions("| wo | Netwerkdag van IPO en VNG, Geannuleerd. |\n", "Organisation", "2025-02-10")


def test_an_unknown_organisation_in_a_list_with_samen_met_stays_one():
    text = "Kijk naar Zwolle, waar ze samen met de Belastingdienst een aanpak hebben bedacht."
    assert ("Zwolle", "collaboratesWith", "Belastingdienst", None) in found_in(text, "2024-04-04")


def test_a_secretary_signing_with_a_title_holds_no_office_of_the_passages_programme():
    text = ("De City Deal Slim Schuldenvrij loopt tot 2026.\n\nHet college van burgemeester en wethouders van Zwolle,\n"
            "de secretaris, drs. A.M. Hofstra\nde burgemeester, T. Olthof\n")
    assert not {f for f in found_in(text, "2024-04-04") if f[0] == "A.M. Hofstra" and f[2] == "City Deal Slim Schuldenvrij"}


# --- a minister or state secretary named with an academic title -----------------------------------------

def test_a_minister_of_a_ministry_named_before_a_titled_name_holds_that_office():
    text = "Agenda. Minister van Volkshuisvesting en Ruimtelijke Ordening mr. A.M. (Anke) Hofstra. Week 7."
    assert ("Anke Hofstra", "hasRole", "VRO", "minister") in found_in(text, "2025-02-14")


def test_a_state_secretary_in_apposition_before_a_titled_name_holds_that_office():
    text = "De minister wordt vervangen door de staatssecretaris van BZK, drs. Joost Olthof, die de slotrede houdt."
    assert ("Joost Olthof", "hasRole", "BZK", "staatssecretaris") in found_in(text, "2025-02-14")


def test_a_list_after_the_ministrys_apposition_gives_no_office():
    text = "De minister van BZK, de heer Joost Olthof en Anke Hofstra spraken."
    assert not {f for f in found_in(text, "2025-02-14") if f[1] == "hasRole"}
