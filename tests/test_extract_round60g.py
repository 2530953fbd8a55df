"""Round 60g: the time of facts as rules of Dutch, written on the even-numbered development sets and measured on
the odd-numbered ones (invented text, invented people and bodies).

- A day or month without its year that would lie more than nine months after the document's date is of the
  year before: "Met ingang van 1 november is X de nieuwe vicevoorzitter" in a letter of 8 January 2025 is
  1 November 2024 (``periods._long_ahead``).
- "tot dan", "vanaf dan" refer back to the last date written, as "tot die datum" does (``periods._ANAPHOR``).
- A leaving told in the simple past "in november", without a year, was in the last November up to the
  document's date (``periods._month_told_done``); "vertrekt zomer 2025" (a date with no "in") leaves in that
  summer (``periods.dated_leaving``).
- "In oktober namen we afscheid van onze vicevoorzitter X" ends X's post (``departures._FAREWELL_TO``).
- "Piet de Vries (wethouder van Ede 2018–2022)" dates the post the bracket names (``apposition_terms``).
- "sinds vorig jaar", "Vorig jaar werd X voorzitter": the year before the document's (``periods``).
- "Anna Wit werd in 2019 wethouder van Epe en is sinds 2023 voorzitter van Y" dates both posts
  (``periods._taken_up_before``, ``context_periods._DATED_AND``).
- A table's pair of columns "| Van | Tot |" gives each row its term (``roster_dates._term_columns``).
- "samen met woningcorporatie A en netbeheerder B" is one clause: B takes the time A takes
  (``context_periods._KIND_BEFORE_NAME``).
- "tot" before an amount is no end: "groeit tot 2030 woningen" (``periods._UNIT``).

Each rule has a case that fires and a near miss: a date that belongs to the meeting or the document, "tot" as a
preposition of place or amount, a date in another clause.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from graph.extract.periods import find_periods, last_day_in
from tests.extract_facts import dated_relations

LETTER = "2025-01-08"  # a new year's letter looking back on the autumn


@lru_cache(maxsize=None)
def roles(text: str, date: str = LETTER, predicate: str = "hasRole") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def spans(text: str, date: str | None = LETTER) -> list[tuple]:
    return [(p.valid_from, p.valid_until) for p in find_periods(text, year=date)]


# --- a date without its year, long after the document's ---

AHEAD = "Met ingang van {} is Sevda Yilmaz, wethouder in Tiel, de nieuwe vicevoorzitter van de Pijler Fysiek."


def test_a_day_without_a_year_far_after_the_document_is_of_the_year_before():
    assert ("Sevda Yilmaz", "Pijler Fysiek", "vicevoorzitter", False, "2024-11-01", None) in roles(AHEAD.format("1 november"))


@pytest.mark.parametrize("day, since", [
    ("1 september", "2025-09-01"),  # eight months ahead: a change to come, of the document's year
    ("1 november 2025", "2025-11-01"),  # its year written
])
def test_a_day_near_enough_or_with_its_year_keeps_it(day, since):
    assert ("Sevda Yilmaz", "Pijler Fysiek", "vicevoorzitter", False, since, None) in roles(AHEAD.format(day))


def test_a_sentence_year_is_no_document_date_to_compare_with():
    # "In 2024 …" gives the year of "(tot november)", with no day of its own to reckon nine months from
    assert spans("In 2024 werkte Tiel samen met EZK (tot november).", "2025-01-08") == [
        (None, "2024-10-31"), ("2024-01-01", "2024-12-31")]


# --- "tot dan" ---

def test_tot_dan_ends_the_day_before_the_date_just_written():
    text = "Per 1 december is Roos Kramer zijn opvolger; zij was tot dan beleidsadviseur bij de gemeente Tiel."
    assert roles(text) == {("Roos Kramer", "Tiel", "beleidsadviseur", True, None, "2024-11-30")}


@pytest.mark.parametrize("text", [
    "We zien elkaar graag op de netwerkdag. Tot dan!",  # a greeting, no date before it
    "Het aantal deelnemers groeide tot meer dan tweehonderd.",  # "tot … dan" is an amount
])
def test_tot_dan_without_a_date_before_it_is_no_period(text):
    assert spans(text) == []


# --- a month without its year, in a leaving told as done ---

def test_a_leaving_in_a_month_without_a_year_told_in_the_past_was_before_the_document():
    text = "Onze ambtelijk secretaris Maarten Hoeve verliet het G40-bureau in november voor een baan bij het IPO."
    assert ("Maarten Hoeve", "bureau", "secretaris", True, None, "2024-11-30") in roles(text)


def test_a_leaving_to_come_in_a_month_without_a_year_is_not_put_before_the_document():
    assert last_day_in("Maarten Hoeve vertrekt in november naar het IPO.", year=LETTER) is None
    assert last_day_in("De vergadering in november besprak het vertrek van Maarten Hoeve.", year=LETTER) is None


def test_a_leaving_verb_right_before_a_date():
    text = "Directeur Marieke Zwart van Woonstichting Oost-Twente vertrekt zomer 2025."
    assert roles(text) == {("Marieke Zwart", "Woonstichting Oost-Twente", "directeur", False, None, "2025-08-31")}


def test_a_plain_verb_before_a_date_is_no_leaving():
    assert last_day_in("De directeur presenteert zomer 2025 het plan.") is None


# --- the writers' farewell ---

FAREWELL = "In oktober {} onze vicevoorzitter Ronald Meijer van de Pijler Fysiek."


def test_the_writers_farewell_to_one_of_theirs_ends_the_post_in_that_month():
    assert roles(FAREWELL.format("namen we afscheid van")) == {
        ("Ronald Meijer", "Pijler Fysiek", "vicevoorzitter", True, None, "2024-10-31")}


def test_meeting_one_of_theirs_in_a_month_ends_nothing():
    assert roles(FAREWELL.format("spraken we met")) == {
        ("Ronald Meijer", "Pijler Fysiek", "vicevoorzitter", False, None, None)}


# --- a term in a bracket after the name ---

def test_a_bracket_after_the_name_dates_the_post_it_names():
    text = "Piet Verbeek (wethouder van Epe 2018–2022) opende de bijeenkomst."
    assert roles(text, "2025-06-03") == {("Piet Verbeek", "Epe", "wethouder", True, "2018-01-01", "2022-12-31")}


def test_a_bracket_whose_term_belongs_to_another_post_dates_nothing():
    text = "Piet Verbeek (raadslid 2010–2014, wethouder van Epe) opende de bijeenkomst."
    assert {(o, r, since, until) for _, o, r, _, since, until in roles(text, "2025-06-03") if r == "wethouder"} == {
        ("Epe", "wethouder", None, None)}


# --- years told from the document's ---

def test_last_year_counts_from_the_document_year():
    assert spans("Sinds vorig jaar is Anna Wit voorzitter.") == [("2024-01-01", None)]
    assert ("Anna Wit", "Pijler Fysiek", "voorzitter", False, "2024-01-01", None) in roles(
        "Vorig jaar werd Anna Wit voorzitter van de Pijler Fysiek.")


@pytest.mark.parametrize("text", [
    "Het afgelopen jaar werd Anna Wit voorzitter van de Pijler Fysiek.",  # the last twelve months, not a year
    "Sinds vorig jaar is Anna Wit voorzitter.",  # no document's date: no year to count from
])
def test_the_last_twelve_months_or_no_document_year_give_no_start(text):
    date = None if "vorig" in text else LETTER
    assert {p[0] for p in spans(text, date)} <= {None}
    assert {since for _, _, _, _, since, _ in roles(text, date)} <= {None}


# --- a list of names with their kind is one clause ---

def _period_of_partner(text: str, partner: str):
    """The period :meth:`DocContext.period_of` gives a fact of the town that signs the post ("— Epe", after the
    sentence, as a forum's author line does) and ``partner`` in the first sentence."""
    from graph.extract.context import DocContext
    from graph.extract.model import Mention, Sentence
    first = text.index(".") + 1
    town, at = Mention(text.rindex("Epe"), text.rindex("Epe") + 3, "Epe", "Municipality", "", 1.0), text.index(partner)
    other = Mention(at, at + len(partner), partner, "Organisation", "", 1.0)
    ctx = DocContext("d", text, [Sentence(0, first, text[:first]), Sentence(first + 1, len(text), text[first + 1:])],
                     sorted([town, other], key=lambda m: m.start), date="2025-06-03")
    period = ctx.period_of(ctx.sentences[0], town, other)
    return None if period is None else period.valid_from


def test_a_kind_before_a_name_in_a_list_keeps_the_clause():
    text = "Wij werken sinds 2024 samen met woningcorporatie Elkien en netbeheerder Liander. — Epe"
    assert _period_of_partner(text, "Liander") == "2024-01-01"


def test_a_verb_after_en_still_opens_a_clause_of_its_own():
    text = "Wij werken sinds 2024 samen met woningcorporatie Elkien en werkt Liander ook mee. — Epe"
    assert _period_of_partner(text, "Liander") is None


# --- "tot" before an amount or a place ---

@pytest.mark.parametrize("text", [
    "Het aantal woningen in Epe groeit tot 2030 woningen.",
    "De bijdrage van Tiel loopt op tot 2000 euro.",
    "De fietsroute loopt van Epe tot Zwolle.",
])
def test_tot_before_an_amount_or_a_place_is_no_end(text):
    assert spans(text, "2025-06-03") == []


def test_tot_before_a_year_still_ends():
    assert spans("Hij was tot 2030 voorzitter.", "2025-06-03") == [(None, "2029-12-31")]


# --- a post taken up "in <year>" in a first clause, before a later start ---

TAKEN = "Anna Wit {} wethouder van Epe en is sinds 2023 voorzitter van de themagroep Wonen."


def test_a_post_taken_up_in_a_year_before_en_and_a_later_start():
    assert roles(TAKEN.format("werd in 2019"), "2025-06-03") == {
        ("Anna Wit", "Epe", "wethouder", False, "2019-01-01", None),
        ("Anna Wit", "themagroep Wonen", "voorzitter", False, "2023-01-01", None)}


@pytest.mark.parametrize("verb", ["wordt in 2026", "was in 2019 al"])  # a change to come; a state, no taking up
def test_no_taking_up_in_the_first_clause_gives_it_no_start(verb):
    found = roles(TAKEN.format(verb), "2025-06-03")
    assert ("Anna Wit", "themagroep Wonen", "voorzitter", False, "2023-01-01", None) in found, found
    assert not {since for _, o, _, _, since, _ in found if o == "Epe"} - {None}, found


# --- a table's pair of columns "Van" and "Tot" ---

HOLDERS = "Pijler Fysiek\n\n| Naam | Functie | {} |\n|---|---|---|---|\n| Anna Wit | voorzitter | {} |\n| Bart Bos | voorzitter | {} |\n"


def test_a_pair_of_columns_van_and_tot_gives_each_row_its_term():
    text = HOLDERS.format("Van | Tot", "2019 | maart 2023", "1-3-2023 | heden")
    assert roles(text, "2025-06-03") == {("Anna Wit", "Pijler Fysiek", "voorzitter", True, "2019-01-01", "2023-02-28"),
                                         ("Bart Bos", "Pijler Fysiek", "voorzitter", False, "2023-03-01", None)}


def test_a_van_column_without_tot_or_with_places_dates_nothing():
    for text in (HOLDERS.format("Van | Namens", "2019 | Ede", "2023 | Epe"),  # no "Tot": a sender's column
                 HOLDERS.format("Van | Tot", "Ede | Epe", "Tiel | Epe")):  # places, as a route's table has
        assert {(since, until) for *_, since, until in roles(text, "2025-06-03")} == {(None, None)}, text
