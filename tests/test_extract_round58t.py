"""Round 58t: the time of facts, the rest of the development sets (invented text, invented people and bodies).

- An agreement "is in 2022 gesloten door" its parties dates their participation (``founding_dates.py``); a
  register "gesloten op 14 maart" signs nothing.
- "kennistraject X, waaraan Tiel en Epe in 2023 deelnamen" holds in 2023 and is over; "het leernetwerk X, dat
  Platform31 van 2021 tot en met 2023 begeleidde en waarin Tiel deelnam" is over (``relative_participations.py``).
- A table row whose status says "gestopt" or "afgerond" makes its trekker past (``stopped_rows.py``).
- "| 2020–2022 | X |", "| 2022–2024 | X |": one term 2020–2024 (``adjoining_terms.py``).
- "Wethouder Bert Kok (Epe), sinds 2020 voorzitter van de G40 Pijler X, … legt per 31 december 2025 … neer" gives
  the chair a start and an end (``apposition_terms.py``).
- A byline "*Eva Smit, directeur Platform31 · 18 december 2024*" is the "ik" of "Toen ik in februari 2023
  directeur van Platform31 werd" (``document_speaker.py``, ``first_person_became.py``).
- "per 1 november" in a chat message of 10 October 2024 is 1 November 2024, whenever the chat was exported
  (``message_days.py``); "ik ga per 1 januari met pensioen" ends the writer's posts (``mail_leaving.py``).
- "(Jansen volgde per 1 januari 2024 wethouder R. Kok op als trekker)" ends Kok's post (``succeeded_starts.py``).
- "Tot 1 januari 2023 was Arnhem coördinator van X, met Jan Brand als coördinator" (``accompanied_terms.py``).
- "… noemt Emmen, dat sinds 2022 deelneemt" dates Emmen's one participation (``objectless_starts.py``).
- "X begon haar loopbaan in 2012 als beleidsadviseur bij Y, waar zij tot 2016 werkte" (``career_starts.py``).
- The posts of one whose death a text announces are over (``deceased.py``).
- A register's "[…] X, oud-wethouder van Y" over "Wij zaten van 2014 tot 2018 samen in het college" dates X's
  post (``college_years.py``).
- A chat's "Mijn laatste werkdag bij Epe is 31 oktober. Tom Kok volgt mij op als programmamanager …" ends the
  writer's post that day and starts the successor's the next (``last_working_day.py``).
- A review of a year by months: a handover under "**Oktober — …**" of "… 2025 in beeld" ended in October 2025
  (``month_headings.py``).
- "Sinds juli 2024 is VRO mede-ondertekenaar in plaats van BZK" ends BZK's one participation
  (``replaced_parties.py``); "X heeft het traineeprogramma per 1 maart 2025 verlaten" ends X's part in the one
  "Traineeprogramma …" (``left_by_kind.py``).
- A table of (re)appointments: "| Herbenoeming van X … tot penningmeester | Tweede termijn, tot en met juni 2030 |"
  and "| … | Opvolger van Z (Tiel), bestuurslid van 2022 tot en met mei 2026 |" (``row_terms.py``).

Each rule has a case that fires and a near miss; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from tests.documents import built_from, unit_role_timeline
from tests.extract_facts import dated_relations


@lru_cache(maxsize=None)
def dated(text: str, date: str | None = "2025-03-14", predicate: str = "hasRole") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def times(text: str, date: str, predicate: str = "hasRole") -> set[tuple]:
    """(subject, past, from, until) of ``text``'s ``predicate`` relations."""
    return {(s, past, since, until) for s, _, _, past, since, until in dated(text, date, predicate)}


# --- an agreement closed by its parties ---

CLOSED = "De Woondeal Rivierland is {} door het ministerie van BZK en de gemeenten Tiel en Epe."


def test_an_agreement_closed_by_its_parties_dates_their_participation():
    assert times(CLOSED.format("in 2022 gesloten"), "2026-03-09", "participatesIn") == {
        ("BZK", False, "2022-01-01", None), ("Tiel", False, "2022-01-01", None), ("Epe", False, "2022-01-01", None)}


@pytest.mark.parametrize("text", [
    CLOSED.format("gesloten"),  # no date
    CLOSED.format("in 2027 gesloten"),  # after the document: a plan
    "Het loket in Tiel is op 14 maart 2022 gesloten; Tiel neemt deel aan de Woondeal Rivierland.",  # a place closed
])
def test_a_closing_without_a_date_or_of_a_place_dates_nothing(text):
    assert {since for _, _, since, _ in times(text, "2026-03-09", "participatesIn")} == {None}


# --- a past relative clause of taking part ---

REPORT = "Eindrapport kennistraject Binnenstad Nu, waaraan Tiel en Epe {}."
GUIDED = ("Groene Wijken bouwt voort op het Leernetwerk Wijkwarmte, dat Platform31 {} en waarin onder meer Tiel en "
          "Epe deelnamen.")


def test_a_past_relative_clause_with_a_year_dates_and_ends_the_participation():
    assert times(REPORT.format("in 2023 deelnamen"), "2024-03-20", "participatesIn") == {
        ("Tiel", True, "2023-01-01", "2023-12-31"), ("Epe", True, "2023-01-01", "2023-12-31")}


def test_a_past_relative_clause_beside_an_ended_period_is_over():
    assert times(GUIDED.format("van 2021 tot en met 2023 begeleidde"), "2024-03-20", "participatesIn") == {
        ("Tiel", True, None, None), ("Epe", True, None, None)}


@pytest.mark.parametrize("text", [
    REPORT.format("deelnemen"),  # the present: still taking part
    REPORT.format("in 2024 deelnamen"),  # a year not over on the document's day
    GUIDED.format("sinds 2021 begeleidt"),  # the other clause goes on
])
def test_a_present_or_unfinished_participation_stays_open(text):
    assert times(text, "2024-03-20", "participatesIn") == {("Tiel", False, None, None), ("Epe", False, None, None)}


# --- a stopped project's row ---

DASHBOARD = ("# Dashboard Actieprogramma Werk\n\n| project | trekker | gemeenten | status | toelichting |\n"
             "|---|---|---|---|---|\n| Taalhuis Plus | Eva Smit (Tiel) | Tiel | {} | {} |\n"
             "| Werkroute Oost | Jan Kok (Epe) | Epe | groen | Op schema. |\n")


@pytest.mark.parametrize("status", ["gestopt", "**afgerond**", "Stopgezet"])
def test_a_row_whose_status_says_stopped_makes_its_trekker_past(status):
    assert {(s, past) for s, past, _, _ in times(DASHBOARD.format(status, "Per 1 juli."), "2026-10-01")} == {
        ("Eva Smit", True), ("Jan Kok", False)}


@pytest.mark.parametrize("status, remark", [
    ("rood", "Gestopt met de pilot in Ede, elders door."),  # stopping in a remark, not the status
    ("gepauzeerd", "Tot de zomer."),  # on hold
])
def test_a_row_not_stopped_keeps_its_trekker(status, remark):
    assert {(s, past) for s, past, _, _ in times(DASHBOARD.format(status, remark), "2026-10-01")} == {
        ("Eva Smit", False), ("Jan Kok", False)}


# --- one holder in adjoining rows ---

TERMS = ("City Deal Zon\n\n| Periode | Rijkstrekker |\n|---|---|\n| {} | Johan Bleeker (EZK) |\n"
         "| 2022–2024 | Johan Bleeker (EZK) |\n| 2024–heden | Yara Mahabier (EZK) |\n")


def test_adjoining_rows_of_one_holder_are_one_term():
    assert times(TERMS.format("2020–2022"), "2026-10-02") == {
        ("Johan Bleeker", True, "2020-01-01", "2024-12-31"), ("Yara Mahabier", False, "2024-01-01", None)}


def test_rows_with_a_gap_stay_two_terms():
    assert times(TERMS.format("2016–2018"), "2026-10-02") == {
        ("Johan Bleeker", True, "2016-01-01", "2018-12-31"), ("Johan Bleeker", True, "2022-01-01", "2024-12-31"),
        ("Yara Mahabier", False, "2024-01-01", None)}


# --- an apposition's start beside the clause's end ---

STEPPING_DOWN = ("Wethouder Bert Kok (Epe), sinds 2020 {} van de G40 Pijler Sociaal Domein, heeft laten weten dat hij zijn "
                 "voorzitterschap per 31 december 2025 neerlegt.")


def test_an_apposition_gives_the_start_of_a_post_the_clause_ends():
    assert ("Bert Kok", "Pijler Sociaal Domein", "voorzitter", True, "2020-01-01", "2025-12-30") in \
        dated(STEPPING_DOWN.format("voorzitter"), "2025-11-03")


def test_an_apposition_of_another_role_gives_no_start():
    assert [since for _, obj, role, _, since, _ in dated(STEPPING_DOWN.format("lid"), "2025-11-03")
            if role == "voorzitter"] in ([], [None])


# --- a byline's "ik" who became ---

BLOG = "Terugblik op een jaar\n\n*Eva Smit, directeur Platform31{}*\n\nToen ik in februari 2023 directeur van Platform31 {}, was er veel te doen.\n"


def test_a_bylines_author_became_director_on_the_date_told():
    assert times(BLOG.format(" · 18 december 2024", "werd"), "2024-12-18") == {("Eva Smit", False, "2023-02-01", None)}


@pytest.mark.parametrize("byline, verb", [
    (" · 18 december 2024", "bezocht"),  # not "werd": no post taken up
    ("", "werd"),  # a line without the day of writing is no byline: whose "ik" it is the text does not say
])
def test_no_start_without_becoming_or_a_byline(byline, verb):
    assert times(BLOG.format(byline, verb), "2024-12-18") == {("Eva Smit", False, None, None)}


# --- a chat message's own day ---

CHAT = ("03-09-2024 09:12 - Eva Smit: Welkom allemaal in de groep van de themagroep Wonen.\n"
        "03-09-2024 10:44 - Kees Bos: Kees Bos, strategisch adviseur wonen in Helmond. Ik lees mee.\n"
        "10-10-2024 09:48 - Eva Smit: Per 1 november{} ga ik aan de slag als senior beleidsmedewerker bij VRO.\n"
        "05-12-2024 12:15 - Kees Bos: Beste mensen, ik ga per 1 januari {} en verlaat daarom de groep.\n")


def test_a_date_in_a_chat_message_is_of_the_messages_year():
    assert ("Eva Smit", False, "2024-11-01", None) in times(CHAT.format("", "met pensioen"), "2025-03-17")


def test_a_date_with_its_year_keeps_it():
    assert ("Eva Smit", False, "2025-11-01", None) in times(CHAT.format(" 2025", "met pensioen"), "2025-03-17")


def test_a_writer_who_retires_has_left_their_posts():
    assert ("Kees Bos", True, None, "2024-12-31") in times(CHAT.format("", "met pensioen"), "2025-03-17")


def test_a_writer_on_leave_keeps_them():
    assert ("Kees Bos", False, None, None) in times(CHAT.format("", "met verlof"), "2025-03-17")


# --- the one succeeded ---

SUCCEEDED = "Jaarverslag Regio Deal Twente 2023 ({})."


def test_the_one_succeeded_ends_the_day_before():
    assert times(SUCCEEDED.format("Jansen volgde per 1 januari 2024 wethouder R. Kok op als trekker"), "2024-03-20") == {
        ("R. Kok", True, None, "2023-12-31")}


def test_a_holder_who_is_not_succeeded_keeps_the_start():
    assert times(SUCCEEDED.format("wethouder R. Kok is per 1 januari 2024 trekker"), "2024-03-20") == {
        ("R. Kok", False, "2024-01-01", None)}


# --- "met X als <rol>" in a dated clause ---

COORDINATED = ("Het Partnerschap Schone Steden werkt aan schone lucht. {}Arnhem coördinator van het Partnerschap Schone "
               "Steden, met Jan Brand als coördinator.")


def test_with_x_as_role_takes_the_clauses_period():
    assert times(COORDINATED.format("Tot 1 januari 2023 was "), "2023-10-09") == {("Jan Brand", True, None, "2022-12-31")}


def test_with_x_as_role_in_an_undated_clause_stays_undated():
    assert times(COORDINATED.format("Sindsdien is "), "2023-10-09") == {("Jan Brand", False, None, None)}


# --- "X, dat sinds 2022 deelneemt" ---

TAKING_PART = ("Aan de City Deal Zon doen inmiddels twaalf steden mee, waaronder Tiel en Emmen.{} "
               "Het verslag noemt Emmen, dat sinds 2022 deelneemt, als voorbeeld.")


def test_a_start_told_without_an_object_dates_the_towns_one_participation():
    assert times(TAKING_PART.format(""), "2023-06-29", "participatesIn") == {
        ("Emmen", False, "2022-01-01", None), ("Tiel", False, None, None)}


def test_a_town_in_two_things_takes_no_start():
    found = times(TAKING_PART.format(" Emmen neemt ook deel aan de Woondeal Rivierland."), "2023-06-29", "participatesIn")
    assert {since for s, _, since, _ in found if s == "Emmen"} == {None}


# --- a career's start ---

CAREER = "Eva Kok {} als beleidsadviseur bij de gemeente Hengelo{}."


def test_a_career_begun_on_a_date_starts_the_post_and_where_she_worked_until_ends_it():
    assert times(CAREER.format("begon haar loopbaan in 2012", ", waar zij tot 2016 werkte"), "2023-10-09") == {
        ("Eva Kok", True, "2012-01-01", "2015-12-31")}
    assert times(CAREER.format("begon in 2012", ""), "2023-10-09") == {("Eva Kok", False, "2012-01-01", None)}


def test_a_career_to_begin_keeps_no_start():
    assert times(CAREER.format("begint in 2027", ""), "2023-10-09") == {("Eva Kok", False, None, None)}


# --- the one who died ---

MEMORIAM = ("In memoriam Jan Kok\n\nMet verdriet hebben wij kennisgenomen van het overlijden van oud-wethouder Jan Kok. "
            "Sinds 2023 was hij voorzitter van Platform31. Zijn dochter Eva Kok is wethouder van Epe.\n")


def test_the_posts_of_the_one_who_died_are_over_and_others_of_the_name_not():
    found = times(MEMORIAM, "2025-03-14")
    assert ("Jan Kok", True, "2023-01-01", None) in found and ("Eva Kok", False, None, None) in found


def test_a_text_without_a_death_keeps_the_post():
    assert ("Jan Kok", False, "2023-01-01", None) in times(
        "Jan Kok\n\nSinds 2023 is Jan Kok voorzitter van Platform31.\n", "2025-03-14")


# --- a register's writer in the college ---

REGISTER = ("Condoleanceregister Jan Kok\n\n[12 maart 2025, 09.40 uur] Eva Smit, oud-wethouder van Deventer\n"
            "Wij zaten van 2014 tot 2018 samen in {}. Hij was mijn leermeester.\n")


def test_a_writer_who_sat_in_the_college_with_him_held_the_post_then():
    assert times(REGISTER.format("het college"), "2025-03-14") == {("Eva Smit", True, "2014-01-01", "2017-12-31")}


def test_a_writer_who_sat_in_the_council_with_him_keeps_no_time():
    assert times(REGISTER.format("de raad"), "2025-03-14") == {("Eva Smit", True, None, None)}


# --- a last working day in a chat ---

LEAVING = ("04-09-2024 08:57 - Eva Smit: Eva, programmamanager wonen bij Epe.\n"
           "10-10-2024 09:48 - Eva Smit: {} Tom Kok volgt mij op als programmamanager wonen in Epe.\n")


def test_a_last_working_day_ends_the_writers_post_and_starts_the_successors():
    assert times(LEAVING.format("Mijn laatste werkdag bij Epe is 31 oktober."), "2025-03-17") == {
        ("Eva", True, None, "2024-10-31"), ("Tom Kok", False, "2024-11-01", None)}


def test_a_successor_without_a_last_day_keeps_no_time():
    assert times(LEAVING.format("Ik ga iets anders doen."), "2025-03-17") == {
        ("Eva", False, None, None), ("Tom Kok", False, None, None)}


# --- a table of appointments ---

APPOINTMENTS = ("Algemene ledenvergadering G40\n\n### Benoemingen en herbenoemingen in het bestuur\n\n"
                "| Voorstel | Toelichting | Uitkomst |\n|---|---|---|\n"
                "| Herbenoeming van mw. Eva Smit, wethouder van Ede, tot penningmeester | {} | Aangenomen |\n"
                "| Benoeming van mw. Lisa Arts, wethouder van Epe, tot lid van het bestuur namens de pijler Fysiek "
                "| Opvolger van dhr. Jan Kok (Tiel), {} van 2022 tot en met mei 2026 | Aangenomen |\n")


def test_a_term_cell_ends_the_appointed_post_and_the_predecessors_term_dates_his():
    found = {x for x in dated(APPOINTMENTS.format("Tweede termijn, tot en met juni 2030", "bestuurslid"), "2026-06-12")
             if x[1] == "bestuur"}
    assert found == {("Eva Smit", "bestuur", "penningmeester", False, None, "2030-06-30"),
                     ("Jan Kok", "bestuur", "lid", True, "2022-01-01", "2026-05-31"),
                     ("Lisa Arts", "bestuur", "lid", False, None, None)}


def test_a_remark_or_another_role_word_dates_nothing():
    found = {x for x in dated(APPOINTMENTS.format("Voordracht van het bestuur", "penningmeester"), "2026-06-12")
             if x[1] == "bestuur"}
    assert {(s, since, until) for s, _, _, _, since, until in found} >= {("Jan Kok", None, None), ("Lisa Arts", None, None)}
    assert {(since, until) for *_, since, until in found} == {(None, None)}


# --- a year's review by months ---

REVIEW = ("# Pijler Wonen — {} in beeld\n\n**September — Nieuw netwerk**\nHet netwerk groeit.\n\n"
          "**Oktober — Wisseling bij Mobiliteit**\n{}\n")
HANDOVER = "Na vier jaar droeg Jan Kok (Epe) het trekkerschap van de themagroep Mobiliteit over aan Eva Smit (Tiel)."


def test_a_handover_under_a_month_heading_ended_in_that_month():
    assert ("Jan Kok", True, None, "2025-10-31") in times(REVIEW.format("2025", HANDOVER), "2026-01-14")


@pytest.mark.parametrize("year, text", [
    ("het jaar", HANDOVER),  # a title without its year
    ("2025", "Oud-wethouder Jan Kok (Epe) opende de dag van de themagroep Mobiliteit."),  # a title, no change then
])
def test_no_month_without_the_year_or_a_change(year, text):
    assert {until for s, past, _, until in times(REVIEW.format(year, text), "2026-01-14") if past} <= {None}


# --- a party replaced, a programme left by its kind word ---

SIGNED = ("De City Deal Groene Wijken is op 14 november 2022 ondertekend door het ministerie van BZK en de gemeente Tiel. "
          "{} is het ministerie van VRO namens het Rijk mede-ondertekenaar in plaats van BZK.{}")
TRAINEE = "Julia Kok neemt deel aan het Traineeprogramma Publieke Stad.{} Julia Kok heeft het traineeprogramma {} verlaten."


def test_a_party_replaced_since_a_date_has_left():
    assert times(SIGNED.format("Sinds juli 2024", ""), "2025-06-17", "participatesIn") == {
        ("BZK", True, "2022-11-14", "2024-06-30"), ("Tiel", False, "2022-11-14", None)}


@pytest.mark.parametrize("since, more", [
    ("Inmiddels", ""),  # no start
    ("Sinds juli 2024", " BZK neemt ook deel aan de City Deal Zon."),  # two things: which one the text does not say
])
def test_a_replacement_without_a_start_or_of_a_party_in_two_things_ends_nothing(since, more):
    assert ("BZK", False, "2022-11-14", None) in times(SIGNED.format(since, more), "2025-06-17", "participatesIn")


def test_a_programme_left_by_its_kind_word_ends_the_one_participation():
    assert times(TRAINEE.format("", "per 1 maart 2025"), "2025-06-17", "participatesIn") == {
        ("Julia Kok", True, None, "2025-02-28")}


@pytest.mark.parametrize("more, when", [
    ("", "zonder opgaaf van redenen"),  # no date
    (" Ook neemt Julia Kok deel aan het Traineeprogramma Groene Stad.", "per 1 maart 2025"),  # two of that kind
])
def test_a_leaving_without_a_date_or_of_two_programmes_ends_nothing(more, when):
    assert {(past, until) for s, past, _, until in times(TRAINEE.format(more, when), "2025-06-17", "participatesIn")} \
        == {(False, None)}


# --- --as-of follows the dates ---

DOCUMENTS = {
    "notitie-woondeal": ("2026-03-09", "Voorbereidingsnotitie\n\n" + CLOSED.format("in 2022 gesloten")),
    "ingekomen-stukken": ("2024-03-20", "Ingekomen stukken\n\n" + REPORT.format("in 2023 deelnamen")),
    "dashboard-werk": ("2026-10-01", DASHBOARD.format("gestopt", "Per 1 juli 2026.")),
    "geschiedenis-zon": ("2026-10-02", TERMS.format("2020–2022")),
    "kandidaatstelling": ("2025-11-03", "Kandidaatstelling\n\n" + STEPPING_DOWN.format("voorzitter")),
    "blog-platform31": ("2024-12-18", BLOG.format(" · 18 december 2024", "werd")),
    "chat-wonen": ("2025-03-17", "WhatsApp-chat met Themagroep Wonen\n\n" + CHAT.format("", "met pensioen")),
    "jaarverslag-twente": ("2024-03-20", SUCCEEDED.format("Jansen volgde per 1 januari 2024 wethouder R. Kok op als trekker")),
    "partnerschap": ("2023-10-09", COORDINATED.format("Tot 1 januari 2023 was ")),
    "liber-amicorum": ("2023-06-29", TAKING_PART.format("")),
    "referentie-kok": ("2023-10-09", "Referentie\n\n" + CAREER.format("begon haar loopbaan in 2012", ", waar zij tot 2016 werkte")),
    "in-memoriam": ("2025-03-14", MEMORIAM),
    "register-kok": ("2025-03-14", REGISTER.format("het college")),
    "chat-epe": ("2025-03-17", "WhatsApp-chat met Werkgroep Epe\n\n" + LEAVING.format(
        "Mijn laatste werkdag bij Epe is 31 oktober.")),
    "offerte-groene-wijken": ("2025-06-17", SIGNED.format("Sinds juli 2024", "")),
    "rotatieschema": ("2025-06-17", TRAINEE.format("", "per 1 maart 2025")),
    "jaar-in-beeld": ("2026-01-14", REVIEW.format("2025", HANDOVER)),
    "alv-g40": ("2026-06-12", APPOINTMENTS.format("Tweede termijn, tot en met juni 2030", "bestuurslid")),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("r58t"), DOCUMENTS)


def _members(kg, target: str, *window: str) -> list[tuple]:
    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", str(kg), "ask", "members", "-p", f"target={target}", *window,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted({(r["memberLabel"], r["relation"]) for r in json.loads(result.output)["rows"]})


def test_as_of_follows_a_closed_agreement(kg):
    assert [m for m, _ in _members(kg, "Woondeal Rivierland", "--as-of", "2023-01-01")] == ["BZK", "Epe", "Tiel"]
    assert _members(kg, "Woondeal Rivierland", "--as-of", "2021-06-01") == []


def test_as_of_follows_a_past_relative_clause(kg):
    assert [m for m, _ in _members(kg, "Binnenstad Nu", "--as-of", "2023-06-01")] == ["Epe", "Tiel"]
    assert _members(kg, "Binnenstad Nu", "--as-of", "2024-03-01") == []


def test_as_of_follows_adjoining_rows_and_a_stepping_down(kg):
    assert unit_role_timeline(kg, "City Deal Zon", "rijkstrekker", "--as-of", "2023-06-01") == [
        ("Johan Bleeker", "2020-01-01", "2024")]
    assert unit_role_timeline(kg, "Pijler Sociaal Domein", "voorzitter", "--as-of", "2021-06-01") == [
        ("Bert Kok", "2020-01-01", "2025-12-30")]
    assert unit_role_timeline(kg, "Pijler Sociaal Domein", "voorzitter", "--as-of", "2019-06-01") == []


def test_as_of_follows_a_byline_and_a_chat(kg):
    assert unit_role_timeline(kg, "Platform31", "directeur", "--as-of", "2023-06-01") == [("Eva Smit", "2023-02-01", None)]
    assert unit_role_timeline(kg, "Platform31", "directeur", "--as-of", "2022-06-01") == []
    assert [r[0] for r in unit_role_timeline(kg, "VRO", "senior beleidsmedewerker", "--as-of", "2024-12-01")] == ["Eva Smit"]
    assert unit_role_timeline(kg, "Helmond", "strategisch adviseur", "--as-of", "2025-02-01") == []


def test_as_of_follows_the_one_succeeded_and_a_with_as_clause(kg):
    # ended before the successor's day (an end and no start: no --as-of before the document names them)
    assert unit_role_timeline(kg, "Regio Deal Twente", "trekker") == [("R. Kok", None, "2023-12-31")]
    assert unit_role_timeline(kg, "Regio Deal Twente", "trekker", "--as-of", "2024-02-01") == []
    assert unit_role_timeline(kg, "Partnerschap Schone Steden", "coördinator") == [("Jan Brand", None, "2022-12-31")]
    assert unit_role_timeline(kg, "Partnerschap Schone Steden", "coördinator", "--as-of", "2023-06-01") == []


def test_as_of_follows_a_start_without_object_a_career_a_death_and_a_register(kg):
    assert [m for m, _ in _members(kg, "City Deal Zon", "--as-of", "2021-06-01") if m == "Emmen"] == []
    assert [m for m, _ in _members(kg, "City Deal Zon", "--as-of", "2022-06-01") if m == "Emmen"] == ["Emmen"]
    assert unit_role_timeline(kg, "Hengelo", "beleidsadviseur", "--as-of", "2013-06-01") == [
        ("Eva Kok", "2012-01-01", "2015")]
    assert unit_role_timeline(kg, "Hengelo", "beleidsadviseur", "--as-of", "2017-06-01") == []
    assert unit_role_timeline(kg, "Deventer", "wethouder", "--as-of", "2016-06-01") == [("Eva Smit", "2014-01-01", "2017")]
    assert unit_role_timeline(kg, "Platform31", "voorzitter", "--as-of", "2025-06-01") == []


def test_as_of_follows_a_last_working_day_and_a_table_of_appointments(kg):
    assert [r[0] for r in unit_role_timeline(kg, "Epe", "programmamanager", "--as-of", "2024-12-01")] == ["Tom Kok"]
    assert unit_role_timeline(kg, "Epe", "programmamanager", "--as-of", "2024-10-15") == []
    assert unit_role_timeline(kg, "G40-bestuur", "penningmeester") == [("Eva Smit", None, "2030-06")]
    assert [r for r in unit_role_timeline(kg, "G40-bestuur", "lid", "--as-of", "2024-06-01") if r[0] == "Jan Kok"] == [
        ("Jan Kok", "2022-01-01", "2026-05")]


def test_as_of_follows_a_month_heading(kg):
    assert unit_role_timeline(kg, "themagroep Mobiliteit", "trekker", "--as-of", "2025-11-15") == []
    assert ("Jan Kok", None, "2025-10") in unit_role_timeline(kg, "themagroep Mobiliteit", "trekker")


def test_as_of_follows_a_replaced_party_and_a_left_programme(kg):
    assert [m for m, _ in _members(kg, "City Deal Groene Wijken", "--as-of", "2024-01-01")] == ["BZK", "Tiel"]
    assert [m for m, _ in _members(kg, "City Deal Groene Wijken", "--as-of", "2024-09-01")] == ["Tiel"]
    assert _members(kg, "Traineeprogramma Publieke Stad", "--as-of", "2025-04-01") == []
