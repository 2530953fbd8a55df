"""Successive holders of one office in a table's rows, with their periods: the later succeeded the
earlier (a list of burgemeesters, a board's composition). Members ("lid"), a term that overlaps
the other's, and a long vacancy give none."""

from __future__ import annotations

import pytest


def successions(text: str) -> list[tuple[str, str, str | None]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text, r.valid_from)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-05-01").relations
                  if r.predicate == "succeeded")


BOARD = ("# Bestuursverslag 2023 - Stichting Kennisplatform Stadsranden\n\n"
         "De Stichting Kennisplatform Stadsranden is in 2018 opgericht.\n\n"
         "| Naam | Functie in het bestuur | Periode |\n|---|---|---|\n{rows}")


def test_the_next_holder_of_a_list_of_burgemeesters_succeeded_the_one_before():
    text = ("# Burgemeesters van Ede\n\n| Burgemeester | Periode |\n|---|---|\n"
            "| Lieke Damsma | 1 maart 2001 – 2013 |\n| Wouter Brink | 2013 – 1 juni 2022 |\n"
            "| Sanne Hoekstra | sinds 1 juni 2022 |\n")
    assert successions(text) == [("Sanne Hoekstra", "Wouter Brink", "2022-06-01"),
                                 ("Wouter Brink", "Lieke Damsma", "2013-01-01")], successions(text)


def test_a_chair_after_a_chair_in_a_boards_table():
    rows = "| Lieke Damsma | voorzitter | 2018 – 1 mei 2023 |\n| Wouter Brink | voorzitter | sinds 1 juni 2023 |\n"
    assert successions(BOARD.format(rows=rows)) == [("Wouter Brink", "Lieke Damsma", "2023-06-01")]


@pytest.mark.parametrize("rows", [
    # members, many at a time
    "| Lieke Damsma | lid | 2018 – 1 mei 2023 |\n| Wouter Brink | lid | sinds 1 juni 2023 |\n",
    # terms that overlap: two chairs of different years, no handover between them
    "| Lieke Damsma | voorzitter | 2018 – 2023 |\n| Wouter Brink | voorzitter | 2016 – 2020 |\n",
    # a vacancy of years between them, or no end to the first term
    "| Lieke Damsma | voorzitter | 2010 – 1 mei 2014 |\n| Wouter Brink | voorzitter | sinds 1 juni 2023 |\n",
    "| Lieke Damsma | voorzitter | sinds 2018 |\n| Wouter Brink | voorzitter | sinds 1 juni 2023 |\n",
])
def test_no_succession_between_members_overlaps_or_far_terms(rows):
    assert successions(BOARD.format(rows=rows)) == [], successions(BOARD.format(rows=rows))


def test_a_term_with_a_day_on_one_side_of_the_dash_is_read():
    from graph.extract.periods import find_periods

    assert [(p.valid_from, p.valid_until) for p in find_periods("| Lieke Damsma | 1 mei 2002 – 1 juni 2014 |")] \
        == [("2002-05-01", "2014-06-01")]
    assert [(p.valid_from, p.valid_until) for p in find_periods("Op 13 – 15 mei komen we bijeen.")] == []
