"""Walkthrough 39 (a researcher studying the G40 network over 2016-2026): wrong and missing facts
(round 39f). Fixture sentences use fictional people."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from graph.cli import cli
from graph.extract import extract
from graph.gazetteer import load_gazetteer
from tests.documents import dated_documents as _dated_documents
from tests.test_ingest_round31d import make_docx  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _dated(gazetteer, text: str, date: str, predicate: str | None = None) -> set[tuple]:
    """(subject, predicate, object, role, valid_from, valid_until, past) of ``text`` written on ``date``."""
    return {(r.subject.label, r.predicate, r.object.label, r.role, r.valid_from, r.valid_until, r.past)
            for r in extract("d", text, gazetteer=gazetteer, date=date).relations
            if predicate is None or r.predicate == predicate}


# ----------------------------------------------------------------------------- 1: a time in brackets in a list


def test_a_time_in_brackets_is_its_items_own_and_the_list_goes_on(gazetteer):
    text = ("Jaarverslag G40 2024\nmaart 2025\n\n"
            "In 2024 werkte de G40 samen met EZK (tot juli), EZ, KGG, BZK, VRO, SZW en VWS.\n")
    whole_year = ("2024-01-01", "2024-12-31", False)
    assert _dated(gazetteer, text, "2025-03-15") == {
        ("G40", "collaboratesWith", "EZK", None, "2024-01-01", "2024-06-30", True),
        *{("G40", "collaboratesWith", m, None, *whole_year) for m in ("EZ", "KGG", "BZK", "VRO", "SZW", "VWS")}}


def test_a_month_without_a_year_is_of_the_year_the_sentence_is_about(gazetteer):
    text = "Jaarverslag 2023\nmaart 2024\n\nIn 2023 werkte de G40 samen met BZK (vanaf mei) en SZW.\n"
    assert _dated(gazetteer, text, "2024-03-15") == {
        ("G40", "collaboratesWith", "BZK", None, "2023-05-01", "2023-12-31", True),
        ("G40", "collaboratesWith", "SZW", None, "2023-01-01", "2023-12-31", False)}


# ----------------------------------------------------------------------------- 3: a pijler's minutes


@pytest.mark.parametrize("sentence", [
    "Nijmegen heeft de Themagroep Armoede en Schulden in 2023 verlaten.",
    "Ook Zwolle is gestopt met de Themagroep Jeugd.",
])
def test_a_town_acting_on_a_themagroep_in_a_pijlers_minutes_places_it_nowhere(gazetteer, sentence):
    text = f"Verslag Pijler Economie en Werk\nHelmond, 23 oktober 2025\n\n{sentence}\n"
    assert _dated(gazetteer, text, "2025-10-23", "partOf") == set()


def test_a_themagroep_a_pijlers_minutes_are_about_is_that_pijlers(gazetteer):
    text = "Verslag Pijler Economie en Werk\nHelmond, 23 oktober 2025\n\nDe themagroep Jeugd vergaderde twee keer.\n"
    assert {f[:3] for f in _dated(gazetteer, text, "2025-10-23", "partOf")} == {
        ("Themagroep Jeugd", "partOf", "Pijler Economie en Werk")}


# ----------------------------------------------------------------------------- 2: leaving a programme or unit


@pytest.mark.parametrize("sentence, town, left, until", [
    ("Zwolle is gestopt met de Taskforce Middenhuur.", "Zwolle", "Taskforce Middenhuur", None),
    ("Nijmegen is gestopt met deelname aan de Themagroep Armoede en Schulden.", "Nijmegen",
     "Themagroep Armoede en Schulden", None),
    ("Breda doet niet langer mee aan de City Deal Impact Ondernemen.", "Breda", "City Deal Impact Ondernemen", None),
    ("Arnhem is per 1 januari 2024 uitgetreden uit de City Deal Kennis Maken.", "Arnhem", "City Deal Kennis Maken",
     "2023-12-31"),
    ("Nijmegen heeft de Themagroep Armoede en Schulden in 2023 verlaten.", "Nijmegen",
     "Themagroep Armoede en Schulden", "2023-12-31"),
])
def test_a_town_that_leaves_took_part_until_then(gazetteer, sentence, town, left, until):
    text = f"Verslag\nDeventer, 10 oktober 2024\n\n{sentence}\n"
    assert _dated(gazetteer, text, "2024-10-10") == {(town, "participatesIn", left, None, None, until, True)}


@pytest.mark.parametrize("sentence", [
    "Breda doet mogelijk niet langer mee aan de City Deal Impact Ondernemen.",
    "Zwolle is niet gestopt met de Taskforce Middenhuur.",
    "Zwolle heeft de Taskforce Middenhuur gesteund.",
])
def test_no_leaving_that_is_denied_hedged_or_another_verb(gazetteer, sentence):
    assert _dated(gazetteer, f"Verslag\n10 oktober 2024\n\n{sentence}\n", "2024-10-10", "participatesIn") == set()


# ----------------------------------------------------------------------------- 4: elliptical lists


def test_a_gapped_list_of_chairs_gives_each_their_body(gazetteer):
    text = ("Jaarverslag\nmaart 2023\n\nEva Kok is voorzitter van de Pijler Economie en Werk, Jan de Wit van de "
            "Pijler Fysiek en Ali Demir van de Pijler Sociaal.\n")
    assert {f[:4] for f in _dated(gazetteer, text, "2023-03-15", "hasRole")} == {
        ("Eva Kok", "hasRole", "Pijler Economie en Werk", "voorzitter"),
        ("Jan de Wit", "hasRole", "Pijler Fysiek", "voorzitter"),
        ("Ali Demir", "hasRole", "Pijler Sociaal", "voorzitter")}


def test_a_gapped_succession_of_chairs_dates_each_term(gazetteer):
    text = ("Terugblik\nmaart 2026\n\nVan 2016 tot 2019 was Eva Kok voorzitter van de Pijler Economie en Werk, "
            "van 2019 tot 2023 Jan de Wit, en sinds maart 2023 is Ali Demir voorzitter.\n")
    assert _dated(gazetteer, text, "2026-03-15", "hasRole") == {
        ("Eva Kok", "hasRole", "Pijler Economie en Werk", "voorzitter", "2016-01-01", "2018-12-31", True),
        ("Jan de Wit", "hasRole", "Pijler Economie en Werk", "voorzitter", "2019-01-01", "2022-12-31", True),
        ("Ali Demir", "hasRole", "Pijler Economie en Werk", "voorzitter", "2023-03-01", None, False)}


def test_daarna_after_an_end_starts_the_next_partner(gazetteer):
    text = ("Terugblik Pijler Economie en Werk\nmaart 2026\n\n"
            "Tot 2018 werkte de pijler samen met het ministerie van Economische Zaken, daarna met EZK.\n")
    facts = _dated(gazetteer, text, "2026-03-15", "collaboratesWith")
    assert {(f[2], f[4], f[5], f[6]) for f in facts} == {
        ("Economische Zaken", None, "2017-12-31", True), ("EZK", "2018-01-01", None, False)}


def test_a_list_of_bodies_after_one_role_is_no_gapped_list(gazetteer):
    text = "Verslag\nmaart 2023\n\nEva Kok is voorzitter van de Pijler Fysiek en lid van de Pijler Sociaal.\n"
    assert all(r.rule != "ellipsis.gapped-role" for r in extract("d", text, gazetteer=gazetteer, date="2023-03-15").relations)


# ----------------------------------------------------------------------------- 5, 6: other phrasings


def _plain(gazetteer, text: str) -> set[tuple]:
    return {f[:3] for f in _dated(gazetteer, text, "2022-06-01")}


def test_a_ministry_that_closes_deals_with_towns_works_with_each(gazetteer):
    text = ("Kamerbrief\nDen Haag, 1 juni 2022\n\nHet ministerie van Binnenlandse Zaken en Koninkrijksrelaties sluit "
            "woondeals met Almere, Zwolle en Deventer.\n")
    bzk = "Binnenlandse Zaken en Koninkrijksrelaties"
    assert _plain(gazetteer, text) == {(bzk, "collaboratesWith", town) for town in ("Almere", "Zwolle", "Deventer")}


def test_closing_a_meeting_with_someone_is_no_deal(gazetteer):
    text = "Verslag\n1 juni 2022\n\nDe voorzitter sluit de vergadering met dank aan Almere.\n"
    assert _plain(gazetteer, text) == set()


def test_a_successor_with_an_apposition_succeeds_the_one_before(gazetteer):
    text = ("Nieuws\n11 april 2022\n\nAnouk de Vries neemt afscheid als voorzitter van de Pijler Fysiek. "
            "Bram de Wit, wethouder Wonen van Deventer, volgt haar op als voorzitter van de Pijler Fysiek.\n")
    assert ("Bram de Wit", "succeeded", "Anouk de Vries") in _plain(gazetteer, text)


def test_the_new_partners_of_a_pijler_work_with_it(gazetteer):
    # read at a date of KGG's years (2024-07-02 … 2026-02-22): before its founding year KGG is no ministry (round 45k)
    text = ("Verslag\n1 juni 2022\n\nHet ministerie van Klimaat en Groene Groei en het ministerie van Economische "
            "Zaken zijn de nieuwe gesprekspartners van de Pijler Economie en Werk.\n")
    assert {f[:3] for f in _dated(gazetteer, text, "2025-06-01")} == {
        ("Klimaat en Groene Groei", "collaboratesWith", "Pijler Economie en Werk"),
        ("Economische Zaken", "collaboratesWith", "Pijler Economie en Werk")}


def test_staying_a_partner_in_a_city_deal_is_taking_part(gazetteer):
    text = "Verslag\n1 juni 2022\n\nEZ blijft partner in de City Deal Impact Ondernemen.\n"
    assert _plain(gazetteer, text) == {("EZ", "participatesIn", "City Deal Impact Ondernemen")}


def test_also_involved_adds_a_partner_to_the_sentence_before(gazetteer):
    text = ("Nieuws\n1 juni 2022\n\nDe G40 werkt samen met het ministerie van Sociale Zaken en Werkgelegenheid aan een "
            "herstelplan. Ook het ministerie van Binnenlandse Zaken en Koninkrijksrelaties is betrokken.\n")
    assert _plain(gazetteer, text) == {
        ("G40", "collaboratesWith", "Sociale Zaken en Werkgelegenheid"),
        ("G40", "collaboratesWith", "Binnenlandse Zaken en Koninkrijksrelaties")}


def test_also_involved_after_no_partners_says_nothing(gazetteer):
    text = "Nieuws\n1 juni 2022\n\nDe G40 schreef een herstelplan. Ook het ministerie van BZK is betrokken.\n"
    assert _plain(gazetteer, text) == set()


# ----------------------------------------------------------------------------- 8: a document that is not Dutch


_ENGLISH = ("News | 10 December 2019\n\nThe G40 city network and the Ministry of Economic Affairs and Climate Policy "
            "signed a cooperation agreement. Joost Smit chairs the Pijler Economie en Werk.")
_DUTCH = ("Nieuws | 10 december 2019\n\nDe G40 en het ministerie van EZK hebben een samenwerkingsovereenkomst getekend. "
          "Joost Smit is voorzitter van de Pijler Economie en Werk en werkt samen met de steden.")


@pytest.mark.parametrize("lang, expected", [
    ("nl", "1 document lijkt niet Nederlandstalig: news-en (Engels); rollen en relaties in het Engels worden niet herkend"),
    ("en", "1 document does not look Dutch: news-en (English); roles and relations in English are not recognised"),
])
def test_the_build_names_a_document_that_is_not_dutch(tmp_path, lang, expected):
    docs = _dated_documents(tmp_path, {"news-en": (_ENGLISH, "2019-12-10"), "nieuws-nl": (_DUTCH, "2019-12-10")})
    result = CliRunner().invoke(cli, ["--lang", lang, "--graph", str(tmp_path / "kg"), "build", str(docs)])
    assert result.exit_code == 0, result.output
    assert expected in result.output, result.output


def test_the_language_is_read_once_with_the_file_and_kept_for_a_rebuild(tmp_path):
    """A rebuild reuses the documents of the corpus cache, with what ingest read of their language: the
    warning still names the English one, which was not read again (lead, rebuild speed)."""
    import os

    from graph.corpus_cache import read_corpus_cached

    docs = _dated_documents(tmp_path, {"news-en": (_ENGLISH, "2019-12-10"), "nieuws-nl": (_DUTCH, "2019-12-10")})
    for path in docs.rglob("*"):
        os.utime(path, (1e9, 1e9))  # written long ago: a file written just now is read again
    first, _warnings, cache = read_corpus_cached([docs])
    again, warnings, cache = read_corpus_cached([docs], cache)
    assert (cache.read, cache.reused) == (0, 2)
    assert [(d.id, d.foreign_language) for d in again] == [("news-en", "en"), ("nieuws-nl", None)]
    assert any(w.startswith("1 document lijkt niet Nederlandstalig: news-en (Engels)") for w in warnings), warnings


def test_a_dutch_corpus_gets_no_language_warning(tmp_path):
    docs = _dated_documents(tmp_path, {"nieuws-nl": (_DUTCH, "2019-12-10")})
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "kg"), "build", str(docs)])
    assert result.exit_code == 0 and "Nederlandstalig" not in result.output, result.output


# ----------------------------------------------------------------------------- 9: a Word table of participants


def test_a_word_tables_participant_rows_take_part(tmp_path, make_docx):
    from graph.ingest import read_corpus

    rows = [["Gemeente", "Rol"], ["Tilburg", "deelnemer City Deal Kennis Maken"],
            ["Enschede", "deelnemer City Deal Kennis Maken"]]
    path = make_docx(tmp_path / "verslag.docx", [("p", "Verslag overleg"), ("p", "Utrecht, 7 juni 2021"), ("table", rows)])
    documents, _ = read_corpus([path])
    assert {f[:3] for f in _dated(gazetteer=load_gazetteer(), text=documents[0].text, date="2021-06-07")} == {
        ("Tilburg", "participatesIn", "City Deal Kennis Maken"), ("Enschede", "participatesIn", "City Deal Kennis Maken")}


def test_a_role_cell_of_a_person_still_gives_the_role(gazetteer):
    text = "Verslag\n7 juni 2021\n\n| Naam | Rol |\n|---|---|\n| Eva Kok | voorzitter City Deal Kennis Maken |\n"
    assert {f[:4] for f in _dated(gazetteer, text, "2021-06-07")} == {
        ("Eva Kok", "hasRole", "City Deal Kennis Maken", "voorzitter")}


# --------------------------------------------------------------------------- round 45l: English mail headers

ENGLISH_HEADED_MAIL = ("From: Jan Jansen <j.jansen@breda.nl>\nSent: Friday, November 20, 2026 10:14 AM\n"
                       "To: Petra de Wit <p.dewit@heerlen.nl>; Kees Voorbeeld <k.voorbeeld@vng.nl>\n"
                       "Cc: Anna Smit <a.smit@bzk.nl>\nSubject: FW: Invitation to the meeting of the G40 on the city deals\n"
                       "Importance: High\n\nHoi Petra,\n\nZie hieronder. Groet, Jan\n")


def test_a_dutch_mail_with_english_header_lines_is_judged_by_its_body(tmp_path):
    """A Dutch mail saved from an English Outlook ("From:", "Sent:", "Subject: FW: Invitation to …") is
    not named as a document that does not look Dutch (walkthrough 19; round 45l): the header lines are
    not its language. An English mail still is."""
    from click.testing import CliRunner

    from graph.cli import cli
    from graph.language import foreign_language

    assert foreign_language(ENGLISH_HEADED_MAIL) is None
    english = ENGLISH_HEADED_MAIL.replace("Hoi Petra,\n\nZie hieronder. Groet, Jan",
                                          "Hi Petra, please see the invitation below. The meeting of the network is on the "
                                          "seventh and it would be good if you could join us there with the minister.")
    assert foreign_language(english) == "en"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "mail-2026-11-20.txt").write_text(ENGLISH_HEADED_MAIL, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "g"), "build", str(tmp_path / "docs")])
    assert result.exit_code == 0 and "Nederlandstalig" not in result.output, result.output
