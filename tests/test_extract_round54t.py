"""Round 54t: three time and attribution rules (invented text, invented people).

Each rule has a text it reads and a near miss it must leave alone: a table row's period open to the
present ("2024–heden") starts in its own year; a period that ends at an event told in the past ("Van 2018
tot de opheffing was X voorzitter") is a past role; the "we" of a quotation in single quotation marks, or
of a speaker named by the surname alone, is the speaker's one body.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from graph.extract.periods import find_periods
from tests.extract_facts import dated_relations, facts


@lru_cache(maxsize=None)
def roles_in(text: str, date: str = "2026-01-10") -> frozenset:
    """(holder, body, role, past, from, until) of ``text``'s roles, extracted once per module."""
    return frozenset(dated_relations(text, date))


@lru_cache(maxsize=None)
def found_in(text: str, date: str = "2026-01-10") -> frozenset:
    return frozenset(facts(text, date))


# --- "| 2024–heden | X |": a row's period open to the present ---

TABLE = ("City Deal Groene Bedrijventerreinen\n\n10 januari 2026\n\n## Trekkers per periode\n\n"
         "| Periode | Bestuurlijk trekker | Ambtelijk trekker |\n|---|---|---|\n"
         "| 2019–2021 | Anna Kroes (Ede) | Bram Wit (Ede) |\n"
         "| PERIOD | Carla Veen (Delft) | Dirk Mol (Breda) |\n")
DEAL = "City Deal Groene Bedrijventerreinen"


@pytest.mark.parametrize("period", ["2021–heden", "2021 - heden", "2021–nu", "sinds 2021",
                                    "2021-heden", "2021-nu"])  # a plain hyphen: round 54u
def test_a_row_open_to_the_present_starts_in_its_own_year(period):
    found = roles_in(TABLE.replace("PERIOD", period))
    assert ("Dirk Mol", DEAL, "ambtelijk trekker", False, "2021-01-01", None) in found, found
    assert ("Carla Veen", DEAL, "bestuurlijk trekker", False, "2021-01-01", None) in found, found
    assert ("Anna Kroes", DEAL, "bestuurlijk trekker", True, "2019-01-01", "2021-12-31") in found, found


def test_a_row_of_a_closed_range_keeps_its_end():
    found = roles_in(TABLE.replace("PERIOD", "2021–2024"))
    assert ("Dirk Mol", DEAL, "ambtelijk trekker", True, "2021-01-01", "2024-12-31") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Van 2019 tot heden is Eva Smit voorzitter.", [("2019-01-01", None)]),
    ("Van 2019 tot nu toe is Eva Smit voorzitter.", [("2019-01-01", None)]),
    ("| maart 2019 – heden | Eva Smit |", [("2019-03-01", None)]),
])
def test_a_range_to_the_present_is_a_start(text, expected):
    assert [(p.valid_from, p.valid_until) for p in find_periods(text, year="2026-01-10")] == expected


def test_nu_inside_a_sentence_closes_no_range():
    periods = find_periods("In 2024 - nu ook met Ede - werkte zij samen met Epe.", year="2026-01-10")
    assert [(p.valid_from, p.valid_until, p.during) for p in periods] == [("2024-01-01", "2024-12-31", True)]


# --- "Van 2018 tot de opheffing was X voorzitter": a post held until an event told in the past ---

UNION = ("Samenwerkingsverband Rivierstad\n\nArnhem, 10 januari 2026\n\n"
         "Het Samenwerkingsverband Rivierstad werd in 2010 opgericht door de gemeenten Ede en Tiel. ")
UNION_NAME = "Samenwerkingsverband Rivierstad"


@pytest.mark.parametrize("sentence, until", [
    ("Van 2018 tot de opheffing was Anna Kok voorzitter van het Samenwerkingsverband Rivierstad.", None),
    ("Van 2018 tot de opheffing in 2023 was Anna Kok voorzitter van het Samenwerkingsverband Rivierstad.",
     "2023-12-31"),
    ("Anna Kok was van 2018 tot haar afscheid voorzitter van het Samenwerkingsverband Rivierstad.", None),
    ("Van 2018 tot het einde van het programma was Anna Kok voorzitter van het Samenwerkingsverband Rivierstad.",
     None),
])
def test_a_post_held_until_an_event_in_the_past_is_past(sentence, until):
    found = roles_in(UNION + sentence)
    assert ("Anna Kok", UNION_NAME, "voorzitter", True, "2018-01-01", until) in found, found


def test_a_post_that_goes_on_until_an_event_is_not_past():
    found = roles_in(UNION + "Anna Kok blijft tot haar afscheid voorzitter van het Samenwerkingsverband Rivierstad.")
    assert ("Anna Kok", UNION_NAME, "voorzitter", False, None, None) in found, found


def test_the_end_of_a_year_is_a_date_not_an_event():
    found = roles_in(UNION + "Van 2018 tot het einde van 2022 was Anna Kok voorzitter van het Samenwerkingsverband "
                             "Rivierstad.")
    assert ("Anna Kok", UNION_NAME, "voorzitter", True, "2018-01-01", "2022-12-31") in found, found


def test_the_event_dated_per_a_day_ends_the_day_before():
    periods = find_periods("Zij was tot de opheffing per 1 januari 2024 voorzitter.", year="2026-01-10")
    assert [(p.valid_from, p.valid_until, p.ended) for p in periods] == [(None, "2023-12-31", True)]


# --- "'We werken graag samen met …,' aldus minister X": the speaker's one body ---

VISIT = ("Werkbezoek minister aan Deventer\n\nDen Haag, 10 januari 2026\n\n"
         "Minister Karin Veldhuis van Infrastructuur en Waterstaat bezocht dinsdag Deventer. ")


@pytest.mark.parametrize("quote", [
    "'We werken graag samen met Deventer,' aldus minister Veldhuis.",
    "‘We werken graag samen met Deventer’, aldus minister Veldhuis.",
    "“Wij werken graag samen met Deventer,” zegt Veldhuis.",
    "'We werken met onze auto's graag samen met Deventer,' zegt Veldhuis.",
    "Veldhuis: 'Wij werken graag samen met Deventer.'",
])
def test_we_in_a_quotation_is_the_speakers_ministry(quote):
    found = found_in(VISIT + quote)
    assert ("IenW", "collaboratesWith", "Deventer", None) in found, found


def test_we_of_an_unnamed_speaker_is_nobody():
    found = found_in(VISIT + "'We werken graag samen met Zwolle,' zegt een woordvoerder.")
    assert not {f for f in found if f[1] == "collaboratesWith" and f[2] == "Zwolle"}, found


def test_a_surname_two_persons_share_names_no_body():
    text = VISIT + ("Wethouder Piet Veldhuis van Zwolle was er ook. "
                    "'We werken graag samen met Deventer,' zegt Veldhuis.")
    found = found_in(text)
    assert not {f for f in found if f[1] == "collaboratesWith" and f[2] == "Deventer"}, found


def test_an_apostrophe_opens_no_quotation():
    found = found_in(VISIT + "Het was 's avonds druk. We werken graag samen met Deventer, zegt Veldhuis.")
    assert ("IenW", "collaboratesWith", "Deventer", None) not in found, found


def test_a_surname_whose_full_name_holds_two_posts_names_neither():
    text = VISIT + ("Wethouder Eva Smit van Ede is ook voorzitter van de G40-pijler Sociaal Domein. "
                    "“Wij werken graag samen met de VNG,” zegt Smit.")
    found = found_in(text)
    assert ("Ede", "collaboratesWith", "VNG", None) not in found, found
    assert ("Ede", "collaboratesWith", "VNG", None) in found_in(text.replace(" is ook voorzitter van de G40-pijler "
                                                                             "Sociaal Domein", " bezocht de stad"))


def test_a_bracket_dating_a_ministrys_new_abbreviation_leaves_the_rows_start():
    # "(EZ, sinds 2026 EZK)" dates the ministry's name, not the row's role
    text = TABLE.replace("PERIOD", "2021–heden").replace("Dirk Mol (Breda)", "Dirk Mol (EZ, sinds 2026 EZK)")
    found = roles_in(text)
    assert ("Dirk Mol", DEAL, "ambtelijk trekker", False, "2021-01-01", None) in found, found


def test_a_bracket_dating_a_role_is_no_name():
    from graph.extract.context_periods import _name_period
    text = "| Dirk Mol (Breda, sinds 2023 wethouder) |"
    assert [_name_period(text, p) for p in find_periods(text)] == [False]
