"""Round 57t: the time of facts, the rest of the development sets (invented text, invented people and bodies).

- A fact a document names first without a time and dates further on takes that time: a heading "Wethouder Eva
  Smit | Gemeente Tiel" over "Eva Smit is sinds 2 juni 2022 wethouder van Tiel", "het overlijden van
  oud-wethouder Jan Kok" before "Van 2010 tot 2022 was hij wethouder van Epe", a headline "… benoemd tot
  burgemeester van Tiel" over the decree's "met ingang van 9 december 2024" (``dated_twins.py``); not where the
  document gives the fact two periods, nor a present naming beside a period that ended before the document.
  A fact with a start only takes the end told elsewhere alone ("Op 10 juni 2020 ondertekenden Tiel en Ede de
  City Deal …" … "Ede nam tot en met 2023 deel aan …"), unless that end is before the start.
- "Na haar vertrek als wethouder van Tiel in december 2023 nam Jan Smit haar plaats in" ends the post of the one
  holder named before: the last day of that month, or the day before the day "per" it (``left_as.py``).
- "wethouder Eva Kok, die het college verliet om directeur te worden van …" has left the office
  (``departures.py``).
- "Contactpersoon voor Tiel was tot 1 mei 2025 Roos Dekker; per 1 mei 2025 is zij opgevolgd door Bram Visser" starts the
  contact the successor is named as elsewhere (a table row) on that day (``successor_starts.with_successor_contacts``).
- "Ik volg daarin Eva Kok (Tiel) op, die is overgestapt naar het ministerie van SZW": her tie to Tiel is past
  (``moved_on.py``); not for a move still to come.
- A letter's "sinds 1 januari 2021 ben ik gemeentesecretaris en algemeen directeur van de gemeente Tiel" is the
  signer's post from that day (``firstperson.py``: two role words; "ik ben wethouder en woon in …" is one).
- A letter greeting "Geachte mevrouw Visser," that tells "u bent sinds januari 2024 programmasecretaris" dates the
  addressee's post (``addressee_terms.py``); not a start to come, no greeting, or another role word.
- A list item "Wonen, met als trekker wethouder Eva Kok (Tiel), sinds januari 2024;" dates the trekker, not the
  title between (``closing_starts.py``).
- "Oud-wethouder Jelle Kok, van 2018 tot en met 2024 wethouder in Epe, wordt …" dates the post the title names
  with the term of the apposition (``apposition_terms.py``).

Each rule has a case that fires and a near miss; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.documents import built_from, unit_role_timeline
from tests.extract_facts import dated_relations


@lru_cache(maxsize=None)
def dated(text: str, date: str | None = "2025-03-14", predicate: str = "hasRole") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


# --- a fact named without a time, dated further on in the document ---

HEADED = "Wethouder Eva Smit | Gemeente Tiel\n\n{}\n"
MOURNED = ("Met verdriet namen wij kennis van het overlijden van oud-wethouder Jan Kok, op 1 maart 2025 in Epe. "
           "Van 2010 tot 2022 was hij wethouder van Epe.\n")
DECREED = ("Eva Smit benoemd tot burgemeester van Tiel\n\nBij Koninklijk Besluit van 20 november 2024 is mr. E.C. (Eva) "
           "Smit benoemd tot burgemeester van Tiel met ingang van 9 december 2024.\n")


def test_a_heading_takes_the_start_the_text_gives_further_on():
    assert dated(HEADED.format("Eva Smit is sinds 2 juni 2022 wethouder van Tiel.")) == {
        ("Eva Smit", "Tiel", "wethouder", False, "2022-06-02", None)}


def test_a_former_office_named_at_a_death_takes_the_term_told_after():
    assert dated(MOURNED) == {("Jan Kok", "Epe", "wethouder", True, "2010-01-01", "2021-12-31")}


def test_a_headline_appointment_takes_the_decrees_day_of_taking_office():
    assert {(since, until) for *_, since, until in dated(DECREED, "2024-11-22")} == {("2024-12-09", None)}


@pytest.mark.parametrize("text", [
    # two terms: which one the heading means the text does not say
    HEADED.format("Eva Smit was van 2010 tot 2014 wethouder van Tiel. Sinds 2018 is Eva Smit opnieuw wethouder van Tiel."),
    # a present heading beside a term that ended before the document: a second term, perhaps
    HEADED.format("Eva Smit was van 2010 tot 2014 wethouder van Tiel."),
])
def test_a_heading_beside_two_terms_or_an_ended_one_keeps_no_time(text):
    assert ("Eva Smit", "Tiel", "wethouder", False, None, None) in dated(text)


def test_another_holder_of_the_same_surname_takes_nothing():
    found = dated("Wethouder Jan Smit | Gemeente Tiel\n\nEva Smit is sinds 2 juni 2022 wethouder van Tiel.\n")
    assert ("Jan Smit", "Tiel", "wethouder", False, None, None) in found


def test_an_office_named_as_over_beside_an_open_term_keeps_no_time():
    found = dated("Oud-wethouder Jan Kok | Gemeente Epe\n\nJan Kok is sinds 2022 wethouder van Epe.\n")
    assert ("Jan Kok", "Epe", "wethouder", True, None, None) in found


def test_a_naming_told_in_the_past_takes_the_term_that_ended_before_the_document():
    text = ("Het besluit van 16 mei 2022 wordt ingetrokken voor zover daarbij de heer Kok werd aangewezen als lid van het "
            "algemeen bestuur van de Regio Rivierland. De heer Kok was lid van de Regio Rivierland van 1 juni 2022 tot en "
            "met 31 mei 2024.\n")
    assert dated(text, "2024-06-04") == {("Kok", "Regio Rivierland", "lid", True, "2022-06-01", "2024-05-31")}


SIGNED_DEAL = ("Op 10 juni 2020 ondertekenden Tiel en Ede de City Deal Groene Kernen. Amersfoort werd penvoerder. "
               "Ede nam tot en met {} deel aan de City Deal Groene Kernen.\n")


def test_a_start_takes_the_end_told_further_on():
    assert dated(SIGNED_DEAL.format(2023), "2025-03-14", "participatesIn") == {
        ("Ede", "City Deal Groene Kernen", None, True, "2020-06-10", "2023-12-31"),
        ("Tiel", "City Deal Groene Kernen", None, False, "2020-06-10", None)}


def test_an_end_before_the_start_is_no_end_of_it():
    assert ("Ede", "City Deal Groene Kernen", None, False, "2020-06-10", None) in dated(
        SIGNED_DEAL.format(2019), "2025-03-14", "participatesIn")


# --- "Na haar vertrek als wethouder van Tiel in december 2023": the post named before ends ---

NAMED = "Eerst zou wethouder Eva Kok (Tiel) in de commissie zitting nemen. "
LEFT = NAMED + "Na haar vertrek als wethouder van Tiel {}nam Jan Smit haar plaats in.\n"


@pytest.mark.parametrize("when, until", [("in december 2023 ", "2023-12-31"), ("per 1 februari 2024 ", "2024-01-31")])
def test_a_leaving_as_a_noun_ends_the_post_named_before(when, until):
    assert dated(LEFT.format(when), "2024-03-15") == {("Eva Kok", "Tiel", "wethouder", True, None, until)}


def test_a_leaving_without_a_time_or_with_two_holders_before_ends_nothing():
    assert dated(LEFT.format(""), "2024-03-15") == {("Eva Kok", "Tiel", "wethouder", False, None, None)}
    two = ("Wethouder Eva Kok (Tiel) en wethouder Jan Smit (Tiel) zaten in de commissie. Na zijn vertrek als wethouder "
           "van Tiel in december 2023 nam Ad Kok zijn plaats in.\n")
    assert {(s, until) for s, _, _, _, _, until in dated(two, "2024-03-15")} == {("Eva Kok", None), ("Jan Smit", None)}


# --- "…, die het college verliet": the office is over ---

PORTFOLIO = ("Gemeente Tiel\n\nDe portefeuille Wonen is per 1 juli 2025 overgegaan van wethouder Ilse Mulder, die het college "
             "{} om directeur te worden van de Stichting Rivierland Werkt, naar wethouder Jan Smit.\n")


def test_a_holder_who_left_the_board_of_aldermen_is_past():
    found = {(s, o, past, until) for s, o, role, past, _, until in dated(PORTFOLIO.format("verliet"), "2025-09-30")
             if o == "Tiel"}
    assert found == {("Ilse Mulder", "Tiel", True, "2025-09-30"), ("Jan Smit", "Tiel", False, None)}


def test_a_holder_who_leads_or_will_leave_the_board_stays():
    for clause in ("voorzit", "verlaat"):
        found = {(s, past) for s, o, _, past, _, _ in dated(PORTFOLIO.format(clause), "2025-09-30") if o == "Tiel"}
        assert found == {("Ilse Mulder", False), ("Jan Smit", False)}, clause


# --- a contact person succeeded on a day: the successor's contact starts then ---

CONTRIBUTIONS = ("Bijlage bij het Convenant Groene Wijken\n\n| Partij | Bijdrage (€) | Vorm | Contactpersoon |\n"
                 "|---|---:|---|---|\n| Gemeente Tiel | 250.000 | in geld | Bram Visser, beleidsadviseur wonen |\n\n"
                 "{} voor Tiel was tot 1 mei 2025 Roos Dekker; {}is zij opgevolgd door Bram Visser.\n")


def test_a_dated_succession_of_a_contact_starts_the_successors_contact():
    found = dated(CONTRIBUTIONS.format("Contactpersoon", "per 1 mei 2025 "), "2025-06-23", "contactFor")
    assert ("Bram Visser", "Convenant Groene Wijken", None, False, "2025-05-01", None) in found


@pytest.mark.parametrize("post, when", [
    ("Contactpersoon", ""),  # an undated succession
    ("Projectleider", "per 1 mei 2025 "),  # the one succeeded was no contact
])
def test_an_undated_succession_or_one_of_no_contact_starts_no_contact(post, when):
    found = dated(CONTRIBUTIONS.format(post, when), "2025-06-23", "contactFor")
    assert {since for s, _, _, _, since, _ in found if s == "Bram Visser"} == {None}


# --- "X (Y) …, die is overgestapt naar Z": the tie to Y is over ---

MOVED = "Ik volg daarin Eva Kok (Tiel) op, die {} het ministerie van SZW.\n"


@pytest.mark.parametrize("clause", ["is overgestapt naar", "per 1 mei is overgestapt naar", "vertrok naar"])
def test_a_person_who_moved_on_has_left_the_body_of_the_bracket(clause):
    assert ("Eva Kok", "Tiel", None, True, None, None) in dated(MOVED.format(clause), "2025-06-03", "affiliatedWith")


@pytest.mark.parametrize("clause", ["overstapt naar", "samenwerkt met"])
def test_a_move_to_come_or_another_clause_leaves_the_tie(clause):
    assert ("Eva Kok", "Tiel", None, False, None, None) in dated(MOVED.format(clause), "2025-06-03", "affiliatedWith")


# --- "sinds … ben ik gemeentesecretaris en algemeen directeur van de gemeente X": the signer's post ---

LETTER = ("Gemeente Tiel\n\nGeachte heer Smit,\n\nIk ken Eva sinds 2016. {}\n\nMet vriendelijke groet,\n\n"
          "Jan Mulder-Kok\ngemeentesecretaris / algemeen directeur\ngemeente Tiel\n")


def test_two_role_words_of_the_first_person_date_the_signers_post():
    text = LETTER.format("Ik was tot 2021 directeur Werk; sinds 1 januari 2021 ben ik gemeentesecretaris en algemeen "
                         "directeur van de gemeente Tiel.")
    assert dated(text, "2023-10-09") == {("Jan Mulder-Kok", "Tiel", "gemeentesecretaris", False, "2021-01-01", None)}


def test_a_role_word_and_another_verb_or_no_start_date_nothing():
    assert dated(LETTER.format("Sinds 2021 ben ik wethouder en woon ik in Tiel."), "2023-10-09") == {
        ("Jan Mulder-Kok", "Tiel", "gemeentesecretaris", False, None, None)}
    assert dated(LETTER.format("Ik ben gemeentesecretaris en algemeen directeur van de gemeente Tiel."), "2023-10-09") == {
        ("Jan Mulder-Kok", "Tiel", "gemeentesecretaris", False, None, None)}


# --- "Geachte mevrouw X," … "u bent sinds januari 2024 programmasecretaris": the addressee's start ---

ADDRESSED = ("Aan de City Deal Groene Wijken\nt.a.v. mevrouw ir. J. (Judith) Visser, programmasecretaris\n\n{}\n\n"
             "De stuurgroep van de City Deal Groene Wijken vergadert vier keer per jaar; {}.\n")


def test_the_second_person_dates_the_greeted_addressees_post():
    found = dated(ADDRESSED.format("Geachte mevrouw Visser,", "u bent sinds januari 2024 programmasecretaris"), "2025-06-17")
    assert ("J. (Judith) Visser", "City Deal Groene Wijken", "programmasecretaris", False, "2024-01-01", None) in found


@pytest.mark.parametrize("greeting, clause", [
    ("Geachte mevrouw Visser,", "u wordt per januari 2026 programmasecretaris"),  # to come
    ("Beste collega,", "u bent sinds januari 2024 programmasecretaris"),  # whom "u" is the letter does not say
    ("Geachte mevrouw Visser,", "u bent sinds januari 2024 lid van de stuurgroep"),  # another post
])
def test_a_start_to_come_no_greeting_or_another_post_dates_nothing(greeting, clause):
    found = dated(ADDRESSED.format(greeting, clause), "2025-06-17")
    assert ("J. (Judith) Visser", "City Deal Groene Wijken", "programmasecretaris", False, None, None) in found


# --- "met als trekker X (Y), sinds januari 2024;": the trekker's start ---

ITEMS = ("Gemeente Tiel\n\nDe pijler heeft twee themagroepen:\n\n- Themagroep Wonen, met als trekker wethouder Eva Kok "
         "(Tiel){};\n- Themagroep Werk, met als trekker wethouder Jan Smit (Ede).\n")


def test_a_start_closing_a_with_as_item_dates_its_holder_not_the_title():
    found = dated(ITEMS.format(", sinds januari 2024"), "2026-02-26")
    assert ("Eva Kok", "Themagroep Wonen", "trekker", False, "2024-01-01", None) in found
    assert ("Jan Smit", "Themagroep Werk", "trekker", False, None, None) in found
    assert {since for s, o, role, _, since, _ in found if role == "wethouder"} == {None}


def test_a_start_inside_a_relative_clause_is_no_closing_start():
    found = dated(ITEMS.format(", die sinds januari 2024 wethouder is"), "2026-02-26")
    assert ("Eva Kok", "Themagroep Wonen", "trekker", False, None, None) in found


# --- "Oud-wethouder X, van 2018 tot en met 2024 wethouder in Y,": the term of the post ---

FORMER = "Oud-wethouder Jelle Kok, {} in Epe, wordt per 1 januari 2026 directeur van Platform31.\n"


def test_a_term_in_the_apposition_dates_the_post_of_the_title():
    assert ("Jelle Kok", "Epe", "wethouder", True, "2018-01-01", "2024-12-31") in dated(
        FORMER.format("van 2018 tot en met 2024 wethouder"), "2025-11-23")


@pytest.mark.parametrize("apposition", ["van 2018 tot en met 2024 raadslid", "in 2018 gekozen als wethouder"])
def test_another_role_or_no_term_in_the_apposition_dates_nothing(apposition):
    assert ("Jelle Kok", "Epe", "wethouder", True, None, None) in dated(FORMER.format(apposition), "2025-11-23")


# --- --as-of follows the dates ---

DOCUMENTS = {
    "profiel-smit": ("2025-03-14", HEADED.format("Eva Smit is sinds 2 juni 2022 wethouder van Tiel.")),
    "in-memoriam-kok": ("2025-03-14", "In memoriam\n\n" + MOURNED),
    "visitatie-tiel": ("2024-03-15", "Visitatie\n\n" + LEFT.format("in december 2023 ")),
    "begroting-tiel": ("2025-09-30", PORTFOLIO.format("verliet")),
    "inwerken-pijler": ("2026-02-26", ITEMS.format(", sinds januari 2024")),
    "bijlage-convenant": ("2025-06-23", CONTRIBUTIONS.format("Contactpersoon", "per 1 mei 2025 ")),
    "forum-tiel": ("2025-06-03", "Forum\n\nRoos Dekker (Ede) schreef: " + MOVED.format("is overgestapt naar")),
    "referentie-tiel": ("2023-10-09", LETTER.format("Sinds 1 januari 2021 ben ik gemeentesecretaris en algemeen directeur "
                                                    "van de gemeente Tiel.")),
    "offerte-groene-wijken": ("2025-06-17", ADDRESSED.format("Geachte mevrouw Visser,",
                                                             "u bent sinds januari 2024 programmasecretaris")),
    "persoverzicht-epe": ("2025-11-23", "Persoverzicht\n\n" + FORMER.format("van 2018 tot en met 2024 wethouder")),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("r57t"), DOCUMENTS)


def test_as_of_follows_a_time_told_further_on(kg):
    assert unit_role_timeline(kg, "Tiel", "wethouder", "--as-of", "2023-01-01") == [("Eva Smit", "2022-06-02", None)]
    assert unit_role_timeline(kg, "Tiel", "wethouder", "--as-of", "2022-01-01") == []
    assert unit_role_timeline(kg, "Epe", "wethouder", "--as-of", "2015-06-01") == [("Jan Kok", "2010-01-01", "2021")]
    # the former office named at the death is that term, not a second one from the document's day
    assert [r for r in unit_role_timeline(kg, "Epe", "wethouder") if r[0] == "Jan Kok"] == [("Jan Kok", "2010-01-01", "2021")]


def test_as_of_follows_a_leaving(kg):
    timeline = unit_role_timeline(kg, "Tiel", "wethouder")
    assert ("Eva Kok", None, "2023-12") in timeline and ("Ilse Mulder", None, "2025-09-30") in timeline
    # gone by the documents' days, where they held the office on them before
    assert unit_role_timeline(kg, "Tiel", "wethouder", "--as-of", "2024-03-15") == [("Eva Smit", "2022-06-02", None)]
    assert unit_role_timeline(kg, "Tiel", "wethouder", "--as-of", "2025-10-01") == [
        ("Eva Smit", "2022-06-02", None), ("Jan Smit", "2025-09-30", None)]


def test_as_of_follows_a_closing_start_and_an_apposition_term(kg):
    assert unit_role_timeline(kg, "Themagroep Wonen", "trekker", "--as-of", "2025-01-01") == [("Eva Kok", "2024-01-01", None)]
    assert unit_role_timeline(kg, "Themagroep Wonen", "trekker", "--as-of", "2023-06-01") == []
    assert unit_role_timeline(kg, "Epe", "wethouder", "--as-of", "2020-06-01") == [
        ("Jan Kok", "2010-01-01", "2021"), ("Jelle Kok", "2018-01-01", "2024")]


def test_as_of_follows_the_addressees_start(kg):
    assert unit_role_timeline(kg, "City Deal Groene Wijken", "programmasecretaris", "--as-of", "2024-06-01") == [
        ("Judith Visser", "2024-01-01", None)]
    assert unit_role_timeline(kg, "City Deal Groene Wijken", "programmasecretaris", "--as-of", "2023-06-01") == []


def test_as_of_follows_a_successors_contact(kg):
    def contacts(day):
        return _members(kg, "Convenant Groene Wijken", day)

    assert ("Bram Visser", "contactFor", "2025-05-01") in contacts("2025-05-15")
    assert [r for r in contacts("2025-04-15") if r[0] == "Bram Visser"] == []


def _members(kg, target: str, day: str) -> list[tuple]:
    import json

    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", str(kg), "ask", "members", "-p", f"target={target}", "--as-of", day,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["memberLabel"], r["relation"], r["start"]) for r in json.loads(result.output)["rows"]]


def test_as_of_follows_a_move_and_a_first_person_start(kg):
    assert [r for r in _members(kg, "Tiel", "2025-06-03") if r[0] == "Eva Kok"] == []  # moved on, told that day
    assert unit_role_timeline(kg, "Tiel", "gemeentesecretaris", "--as-of", "2020-06-01") == []
    assert unit_role_timeline(kg, "Tiel", "gemeentesecretaris", "--as-of", "2022-06-01") == [
        ("Jan Mulder-Kok", "2021-01-01", None)]
