"""Round 56t: the time of facts, a third pass (invented text, invented people and bodies).

- "X bleef <rol> tot (en met) <datum>" / "X blijft tot en met <datum> <rol>" in a sentence of its own ends the
  post named before (a biography's "bleef wethouder tot de verkiezingen van maart 2022"; ``kept_until.py``).
- A title holder who "ging in 2023 met pensioen", or "…, die per 1 juni 2025 is vertrokken", leaves the
  office: to the last day of that year or month, or the day before the day (``departures.py``); an undated
  document told in the past makes it past.
- The successor of a dated succession holds the post the one succeeded left from that day ("Zij volgde in
  januari 2025 X op, die tot eind 2024 wethouder Wonen was"; "volgt per 1 juli 2024 Y op als concerndirecteur";
  ``successor_starts.py``), not the title before the successor's name in the succession's own sentence.

Each rule has a case that fires and a near miss; ``--as-of`` answers on a small built corpus follow the dates.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from tests.extract_facts import dated_relations

TOWN = "Gemeente Zutphen\n\n"


@lru_cache(maxsize=None)
def dated(text: str, date: str | None = "2025-09-18", predicate: str = "hasRole") -> frozenset:
    """(subject, object, role, past, from, until) of ``text``'s ``predicate`` relations, extracted once."""
    return frozenset(dated_relations(text, date, predicate))


def _of(found, person: str) -> set:
    return {r for r in found if r[0] == person}


# --- "X bleef <rol> tot <datum>": the end of the post named before ---

ELECTED = "In april 2018 werd Marit Veenstra wethouder van Zutphen. "


def test_a_post_kept_until_an_election_ends_then():
    text = ELECTED + "Veenstra bleef wethouder tot de verkiezingen van maart 2022."
    assert _of(dated(text, None), "Marit Veenstra") == {("Marit Veenstra", "Zutphen", "wethouder", True, "2018-04-01", "2022-03-31")}


def test_a_post_kept_until_a_month_ends_on_its_last_day():
    text = ("Per 1 september 2022 werd Marit Veenstra programmadirecteur van het Programma Sterke Kernen. "
            "Veenstra bleef programmadirecteur tot en met september 2024.")
    assert _of(dated(text, None), "Marit Veenstra") == \
        {("Marit Veenstra", "Programma Sterke Kernen", "programmadirecteur", True, "2022-09-01", "2024-09-30")}


def test_a_post_kept_on_to_a_later_day_is_not_past_yet():
    text = ("Joris Plat is programmamanager van de City Deal Schone Lucht. Joris Plat blijft tot en met 31 maart 2025 "
            "programmamanager van de City Deal Schone Lucht.")
    assert dated(text, "2024-12-12") == {("Joris Plat", "City Deal Schone Lucht", "programmamanager", False, None, "2025-03-31")}


@pytest.mark.parametrize("sentence", [
    "Veenstra blijft wethouder.",  # kept, no end
    "Veenstra bleef tot haar afscheid wethouder.",  # an end without a date
    "Veenstra bleef voorzitter tot 2022.",  # another role word
    "Tom Baas bleef wethouder tot 2022.",  # another person
])
def test_a_kept_post_without_a_dated_end_of_its_own_goes_on(sentence):
    assert _of(dated(ELECTED + sentence, None), "Marit Veenstra") == \
        {("Marit Veenstra", "Zutphen", "wethouder", False, "2018-04-01", None)}


# --- "ging in 2023 met pensioen", "…, die per 1 juni 2025 is vertrokken": leaving the office titled before the name ---

@pytest.mark.parametrize("sentence, date, expected", [
    ("Gemeentesecretaris Frits Olthof ging in 2023 met pensioen; Anouk Smit volgde hem op.", None, (True, None, "2023-12-31")),
    ("Gemeentesecretaris Frits Olthof ging in 2023 met pensioen; Anouk Smit volgde hem op.", "2024-05-01", (True, None, "2023-12-31")),
    ("Gemeentesecretaris Frits Olthof is in 2023 met pensioen gegaan.", None, (True, None, "2023-12-31")),
    ("Gemeentesecretaris Frits Olthof gaat per 1 april 2027 met pensioen.", "2026-11-01", (False, None, "2027-03-31")),
])
def test_a_retirement_ends_the_office(sentence, date, expected):
    assert dated(TOWN + sentence, date) == {("Frits Olthof", "Zutphen", "gemeentesecretaris", *expected)}


def test_a_holiday_is_no_retirement():
    text = TOWN + "Gemeentesecretaris Frits Olthof ging in 2023 met vakantie naar Italië."
    assert dated(text, None) == {("Frits Olthof", "Zutphen", "gemeentesecretaris", False, None, None)}


SUCCEEDED = TOWN + "Wethouder Tim Dekker wordt aangewezen als lid van de stuurgroep, als opvolger van wethouder Joyce Brink, die per 1 juni 2025 is {}."


def test_a_relative_clause_of_leaving_ends_the_office_the_day_before():
    found = dated(SUCCEEDED.format("vertrokken"), "2025-06-17")
    assert ("Joyce Brink", "Zutphen", "wethouder", True, None, "2025-05-31") in found, found
    # the successor was wethouder already: his title is no post taken up on that day
    assert ("Tim Dekker", "Zutphen", "wethouder", False, None, None) in found, found


def test_a_relative_clause_of_appointment_ends_nothing():
    found = dated(SUCCEEDED.format("benoemd"), "2025-06-17")
    assert ("Joyce Brink", "Zutphen", "wethouder", False, None, None) in found, found


# --- the successor holds the post from the succession's day ---

QUOTED = TOWN + 'Wethouder Sanne Mulder (Wonen) is tevreden: "Dit is een goede deal." Zij volgde {}Henk Bakker op, die tot eind 2024 wethouder Wonen was.'


def test_a_dated_succession_starts_the_post_the_predecessor_left():
    assert dated(QUOTED.format("in januari 2025 ")) == {
        ("Henk Bakker", "Zutphen", "wethouder", True, None, "2024-12-31"),
        ("Sanne Mulder", "Zutphen", "wethouder", False, "2025-01-01", None)}


def test_an_undated_succession_starts_nothing():
    assert ("Sanne Mulder", "Zutphen", "wethouder", False, None, None) in dated(QUOTED.format(""))


def test_the_successor_takes_the_day_in_the_same_sentence():
    text = "Programmamanager is Daan Kuiper (G40-bureau); hij volgde per 1 mei 2026 Roos Hermans op, die naar de MBO Raad vertrok."
    assert dated(text, "2026-10-01") == {("Daan Kuiper", "G40", "programmamanager", False, "2026-05-01", None),
                                         ("Roos Hermans", "G40", "programmamanager", True, None, "2026-04-30")}


AS_ROLE = ("Bas Hendriks is concerndirecteur van de gemeente Helmond en lid van de raad van toezicht van Platform31."
           "\n\nWisselingen\n\n- Bas Hendriks volgt per 1 juli 2024 Irene Kamp op als {}.")


def test_a_succession_as_a_role_starts_the_one_post_with_that_role_word():
    assert dated(AS_ROLE.format("concerndirecteur"), "2024-09-01") == {
        ("Bas Hendriks", "Helmond", "concerndirecteur", False, "2024-07-01", None),
        ("Bas Hendriks", "Platform31", "lid raad van toezicht", False, None, None)}


def test_a_succession_as_another_role_starts_no_post():
    assert dated(AS_ROLE.format("voorzitter"), "2024-09-01") == {
        ("Bas Hendriks", "Helmond", "concerndirecteur", False, None, None),
        ("Bas Hendriks", "Platform31", "lid raad van toezicht", False, None, None)}


# --- --as-of follows the dates ---

DOCUMENTS = {
    "biografie-veenstra": ("2025-02-01", "Marit Veenstra\n\n" + ELECTED
                           + "Veenstra bleef wethouder tot de verkiezingen van maart 2022.\n"),
    "college-zutphen": ("2024-05-01", TOWN + "Gemeentesecretaris Frits Olthof ging in 2023 met pensioen.\n"),
    "nieuws-zutphen": ("2025-09-18", QUOTED.format("in januari 2025 ") + "\n"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from tests.documents import built_from

    return built_from(tmp_path_factory.mktemp("r56t"), DOCUMENTS)


def _roles(kg, unit, role, *window):
    from tests.documents import unit_role_timeline

    return unit_role_timeline(kg, unit, role, *window)


def test_as_of_follows_a_kept_post_a_retirement_and_a_successor(kg):
    assert ("Marit Veenstra", "2018-04-01", "2022-03") in _roles(kg, "Zutphen", "wethouder", "--as-of", "2021-06-01")
    assert [r for r in _roles(kg, "Zutphen", "wethouder", "--as-of", "2023-06-01") if r[0] == "Marit Veenstra"] == []
    assert _roles(kg, "Zutphen", "gemeentesecretaris") == [("Frits Olthof", None, "2023")]
    assert _roles(kg, "Zutphen", "gemeentesecretaris", "--as-of", "2024-06-01") == []  # retired, told in May 2024
    # the successor from the succession's day, where her post took the news item's date (September 2025)
    assert [r for r in _roles(kg, "Zutphen", "wethouder", "--as-of", "2025-06-01") if r[0] in ("Sanne Mulder", "Henk Bakker")] \
        == [("Sanne Mulder", "2025-01-01", None)]
