"""A scanned letter's OCR read back, and the taking part a city's letter states (round 47x).

OCR of a scan reads "m" as "rn" ("sarnen", "gerneente") and "l" as "1" ("dea1"): such a text is read
back at ingest (graph/ocr.py), but only a text that shows the confusion and only into known words,
since Dutch writes "rn" at many joints ("ondernemers", "vernieuwing", "Arnhem"). A letter's
"bevestigt het college van Venlo zijn deelname aan de tweede tranche van X" and "Wethouder X neemt
namens onze stad deel aan Y" state who takes part. People are invented.
"""

from __future__ import annotations

import pytest

from graph.ingest import read_document
from graph.ocr import repaired_ocr, shows_ocr
from tests.extract_facts import facts

SCAN = ("                                   gerneente\n"
        "                                   BREDA\n\n"
        "Datum     3 rnaart 2024\n\n"
        "Geachte rnevrouw de Minister,\n\n"
        "Breda werkt sarnen met de gerneente Tilburg en met de Provincie Noord-Brabant aan de dea1. "
        "De ondernemers en het kernteam in Arnhem zijn tevreden over de vernieuwing.\n")


def test_a_scan_shows_ocr_by_words_no_dutch_word_begins_with():
    assert shows_ocr(SCAN)
    assert not shows_ocr("De ondernemers in Arnhem en het kernteam werken aan de vernieuwing, 3 maart.")
    assert not shows_ocr("Op 3 rnaart sprak de minister.")  # one sign is no scan


@pytest.mark.parametrize("ocr, read", [
    ("sarnen", "samen"), ("gerneente", "gemeente"), ("gerneenten", "gemeenten"), ("rnevrouw", "mevrouw"),
    ("rnaart", "maart"), ("dea1", "deal"), ("Lirnburg", "Limburg"), ("burgerneester", "burgemeester"),
    ("prograrnrnanager", "programmanager"),
], ids=["samen", "gemeente", "plural", "initial", "month", "one-for-l", "province", "role", "twice"])
def test_ocr_words_are_read_back(ocr, read):
    assert read in repaired_ocr(SCAN + f"Zie {ocr}.\n"), repaired_ocr(SCAN + f"Zie {ocr}.\n")


@pytest.mark.parametrize("word", ["ondernemers", "kernteam", "Arnhem", "vernieuwing", "intern", "leernetwerk"])
def test_words_written_with_rn_stay_as_they_are(word):
    assert f"Zie {word}." in repaired_ocr(SCAN + f"Zie {word}.\n")


def test_a_text_without_the_signs_is_left_as_it_is():
    text = "De gerneente werkt sarnen met de provincie aan de dea1."
    assert repaired_ocr(text) == text


def test_a_scanned_letter_is_read_back_at_ingest_and_its_collaboration_found(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(SCAN, encoding="utf-8")
    text = read_document(path).text
    assert "Breda werkt samen met de gemeente Tilburg en met de Provincie Noord-Brabant aan de deal." in text, text
    found = facts(text)
    assert ("Breda", "collaboratesWith", "Tilburg", None) in found, found


# --- "(Met deze brief) bevestigt het college van X zijn deelname aan (de tweede tranche van) Y" -------------

@pytest.mark.parametrize("sentence", [
    "Met deze brief bevestigt het college van burgemeester en wethouders van Breda zijn deelname aan de "
    "tweede tranche van de Regio Deal Noordoost-Brabant.",
    "Met deze brief bevestigt het college van Breda zijn deelname aan de Regio Deal Noordoost-Brabant.",
    "Het college van Breda bevestigt zijn deelname aan de tweede fase van de Regio Deal Noordoost-Brabant.",
], ids=["inverted-college-of-bw", "inverted-college", "phase"])
def test_a_confirmed_participation_of_a_college_is_its_towns(sentence):
    assert ("Breda", "participatesIn", "Regio Deal Noordoost-Brabant", None) in facts(sentence), facts(sentence)


@pytest.mark.parametrize("sentence", [
    "Daarom heroverweegt het college van Breda zijn deelname aan de Regio Deal Noordoost-Brabant.",
    "Met deze brief bevestigt Anna de Wit namens Breda haar deelname aan de Regio Deal Noordoost-Brabant.",
    "Het college van Breda vraagt de raad zijn deelname aan de tweede tranche van de Regio Deal Noordoost-Brabant "
    "te steunen.",
], ids=["reconsidered", "a-person", "not-confirmed"])
def test_no_participation_of_the_town_without_its_confirmation(sentence):
    found = facts(sentence)
    assert ("Breda", "participatesIn", "Regio Deal Noordoost-Brabant", None) not in found, found


# --- "Wethouder X neemt namens onze stad deel aan Y": X and the writer's town ----------------------------------

LETTER = ("Gemeente Breda\n\nGeachte mevrouw,\n\n{}\n\nHoogachtend,\n\n"
          "Het college van burgemeester en wethouders van Breda,\n")


def test_on_behalf_of_our_town_the_writer_takes_part_too():
    found = facts(LETTER.format("Wethouder Sanne Oomen neemt namens onze stad deel aan de pijler Economie en Werk."))
    assert {("Breda", "participatesIn", "Pijler Economie en Werk", None),
            ("Sanne Oomen", "participatesIn", "Pijler Economie en Werk", None)} <= found, found


def test_on_behalf_of_our_town_at_a_meeting_is_the_persons_attendance():
    found = facts(LETTER.format("Wethouder Sanne Oomen neemt namens onze stad deel aan het congres Stad van Morgen."))
    assert not {f for f in found if f[0] == "Breda" and f[1] == "participatesIn"}, found


def test_on_behalf_of_our_town_without_a_writer_names_no_town():
    found = facts("Wethouder Sanne Oomen neemt namens onze stad deel aan de pijler Economie en Werk.")
    assert not {f for f in found if f[0] != "Sanne Oomen" and f[1] == "participatesIn"}, found


# --- a quoted reply's lines run on as the text's own lines do ------------------------------------------------

def test_the_lines_of_a_quoted_reply_are_read_as_its_paragraph():
    from graph.pdftext import unwrap_plain
    text = ("Hoi Koen,\n\n"
            "Ter info, zodat je weet wie er namens welke stad aanschuift bij het overleg van de\n"
            "themagroep. Vanaf 1 april neem jij de ondersteuning over van Sabine de Groot, die\n"
            "Tilburg dan verlaat. Vanaf die datum ben jij mijn contactpersoon voor de stad.\n\n"
            "> Zoals jullie weten treedt Hans Veldman (Schiedam) per 1 april 2025\n"
            "> terug als trekker van de themagroep Armoede en Schulden van de\n"
            "> pijler Sociaal. Hij blijft wethouder in Schiedam.\n"
            ">\n"
            "> >> Wethouder Roel Bosch kan op 8 april helaas niet bij het overleg zijn. Ik kan namens\n"
            "> >> Heerlen gaan.\n"
            "> Van: Eva Smit\n")
    read = unwrap_plain(text)
    assert ("> Zoals jullie weten treedt Hans Veldman (Schiedam) per 1 april 2025 terug als trekker van de "
            "themagroep Armoede en Schulden van de pijler Sociaal. Hij blijft wethouder in Schiedam.\n") in read, read
    assert "> >> Wethouder Roel Bosch kan op 8 april helaas niet bij het overleg zijn. Ik kan namens Heerlen gaan.\n" \
        "> Van: Eva Smit" in read, read  # a deeper quote runs on within itself, and keeps its break before the next


# --- "(Het bestuur heeft besloten) dat Y hem opvolgt als trekker": the one the sentence before spoke of ---------

SUCCESSION = ("Zoals jullie weten treedt Hans Veldman (Schiedam) per 1 april 2025 terug als trekker van de themagroep "
              "Armoede en Schulden van de pijler Sociaal. Hij blijft wethouder in Schiedam, maar heeft te weinig tijd. "
              "Het bestuur van de pijler heeft besloten dat Fleur Mertens (Tilburg) hem per 1 april opvolgt als trekker.")


def test_a_decided_successor_of_a_pronoun_succeeds_its_person_in_the_same_role():
    found = facts(SUCCESSION, date="2025-03-20")
    assert {("Fleur Mertens", "succeeded", "Hans Veldman", None),
            ("Fleur Mertens", "hasRole", "Themagroep Armoede en Schulden", "trekker")} <= found, found
    assert not {f for f in found if f[1] == "hasRole" and f[2] == "Pijler Sociaal"}, found


def test_a_proposed_successor_succeeds_no_one():
    found = facts(SUCCESSION.replace("heeft besloten dat", "stelt voor dat"), date="2025-03-20")
    assert not {f for f in found if f[1] == "succeeded"}, found
    assert not {f for f in found if f[0] == "Fleur Mertens" and f[1] == "hasRole" and f[2] == "Pijler Sociaal"}, found


# --- a ministry joining, a programme's office, a letter's subject line -----------------------------------------

def test_a_ministry_that_joins_a_track_takes_part_in_it():
    found = facts("Het programma Wijk in Balans kent twee tracks. Het ministerie van JenV sluit aan bij track B.")
    assert ("JenV", "participatesIn", "Track B", None) in found, found
    plan = facts("Het programma Wijk in Balans kent twee tracks. Het plan van het ministerie van JenV sluit aan bij track B.")
    assert ("JenV", "participatesIn", "Track B", None) not in plan, plan


LETTER_HEAD = ("Ministerie van Volkshuisvesting en Ruimtelijke Ordening\n\n"
               "Datum      14 oktober 2025\n"
               "Betreft    Voortgangsbrief programma Wijk in Balans\n\n"
               "Geachte voorzitter,\n\n"
               "Met deze brief informeer ik uw Kamer over de voortgang.\n\n"
               "Programmaorganisatie\n"
               "{}\n")


def test_the_programme_office_in_a_letter_on_a_programme_is_that_programmes():
    found = facts(LETTER_HEAD.format("Per 1 september 2025 is de heer J.P. Verhoef programmadirecteur."), date="2025-10-14")
    assert ("J.P. Verhoef", "hasRole", "Wijk in Balans", "programmadirecteur") in found, found


def test_another_office_in_a_letter_on_a_programme_is_not_the_programmes():
    found = facts(LETTER_HEAD.format("Per 1 september 2025 is de heer J.P. Verhoef voorzitter."), date="2025-10-14")
    assert not {f for f in found if f[1] == "hasRole" and f[2] == "Wijk in Balans"}, found


def test_a_programme_office_with_no_programme_in_the_text_is_held_nowhere():
    found = facts("Per 1 september 2025 is Jan Verhoef programmadirecteur.")
    assert not {f for f in found if f[1] == "hasRole"}, found


# --- working together in a programme: the partners a fronted "Met" names, and "hierin" --------------------------

def test_the_fronted_partners_of_working_together_in_a_programme_take_part_in_it():
    found = facts("Met de provincie Overijssel en de steden Zwolle en Hengelo werkt Deventer samen in de "
                  "Stedelijke Agenda Overijssel.")
    assert {(town, "participatesIn", "Stedelijke Agenda Overijssel", None)
            for town in ("Deventer", "Overijssel", "Zwolle", "Hengelo")} <= found, found


def test_a_fronted_phrase_that_is_no_partner_adds_no_one():
    found = facts("Met veel plezier werkt Deventer samen in de Stedelijke Agenda Overijssel.")
    assert {f for f in found if f[1] == "participatesIn"} == {
        ("Deventer", "participatesIn", "Stedelijke Agenda Overijssel", None)}, found


def test_working_together_therein_is_taking_part_in_the_programme_named_before():
    found = facts("Breda bevestigt zijn deelname aan de Regio Deal Noordoost-Brabant, die de regio in 2020 sloot. "
                  "Breda werkt hierin samen met de gemeenten Oss en Bernheze en met de provincie Noord-Brabant.")
    assert {(town, "participatesIn", "Regio Deal Noordoost-Brabant", None)
            for town in ("Breda", "Oss", "Bernheze", "Noord-Brabant")} <= found, found


def test_working_together_therein_after_no_programme_is_no_participation():
    found = facts("Breda sloot in 2020 een convenant met Oss. Breda werkt hierin samen met de gemeenten Bernheze en Oss.")
    assert not {f for f in found if f[1] == "participatesIn"}, found


# --- people: a title between role and name, "beiden", a role kept, an organisation of care -----------------------

def test_a_card_field_with_a_title_before_the_name_gives_the_role():
    found = facts("Jaarplan 2026 - Themagroep Groene Stad\n\nBestuur\n\n"
                  "- Voorzitter: wethouder Esther Hofman (Zwolle)\n"
                  "- Vicevoorzitter: wethouder drs. Bram Veenstra (Leeuwarden)\n")
    assert ("Bram Veenstra", "hasRole", "Themagroep Groene Stad", "vicevoorzitter") in found, found


def test_both_in_a_bracket_is_each_of_the_names_before_it():
    found = facts("Redactie\n\nJorien Hazelhoff en drs. Koen van Dalfsen (beiden Platform31)\n")
    assert {("Jorien Hazelhoff", "affiliatedWith", "Platform31", None),
            ("Koen van Dalfsen", "affiliatedWith", "Platform31", None)} <= found, found
    one = facts("Redactie\n\nJorien Hazelhoff en drs. Koen van Dalfsen (Platform31)\n")
    assert ("Jorien Hazelhoff", "affiliatedWith", "Platform31", None) not in one, one


def test_actiz_is_an_organisation():
    found = facts("Voor deze handreiking spraken we met:\n\n- Jan Roelofs, beleidsadviseur bij ActiZ\n")
    assert ("Jan Roelofs", "hasRole", "ActiZ", "beleidsadviseur") in found, found


def test_the_members_of_a_table_by_city_work_for_the_rows_city():
    text = ("# Jaarplan Themagroep Groene Stad\n\n## Leden per stad\n\n"
            "| stad | bestuurlijk lid | ambtelijk lid |\n|---|---|---|\n"
            "| Zwolle | Esther Hofman | Maaike Brinks |\n| Helmond | Ruud Snijders | - |\n")
    from graph.markup import markdown_text
    found = facts(markdown_text(text))
    assert {("Esther Hofman", "affiliatedWith", "Zwolle", None), ("Maaike Brinks", "affiliatedWith", "Zwolle", None),
            ("Ruud Snijders", "affiliatedWith", "Helmond", None)} <= found, found
    assert ("Maaike Brinks", "affiliatedWith", "Helmond", None) not in found, found


def test_a_programme_office_that_ended_is_not_the_letters_programmes():
    found = facts(LETTER_HEAD.format("Jan Verhoef is niet langer programmadirecteur."), date="2025-10-14")
    assert not {f for f in found if f[1] == "hasRole" and f[2] == "Wijk in Balans"}, found
