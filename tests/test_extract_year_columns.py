"""A table of towns with years as columns: a monitor's "deelnemer" per year, a bijlage's amount per
year. The town takes part in the programme from its first year, up to its last one when it stopped; an
observer, a dash, a town that declined and a table of inhabitants per year state no participation."""

from __future__ import annotations

import pytest


def taking_part(text: str) -> list[tuple[str, str, str | None, str | None, bool]]:
    from graph.extract import extract
    from graph.gazetteer import load_gazetteer

    return sorted((r.subject.text, r.object.text, r.valid_from, r.valid_until, r.past)
                  for r in extract("d", text, gazetteer=load_gazetteer(), date="2025-09-15").relations
                  if r.rule == "tables.year-columns")


MONITOR = ("# Monitor deelname Programma Groene Hallen 2022–2025\n\n"
           "Het Programma Groene Hallen is een programma van de G40.\n\n"
           "| Stad | 2022 | 2023 | 2024 | 2025 |\n|---|---|---|---|---|\n{rows}")


def test_a_monitors_rows_take_part_from_their_first_year_and_until_they_stopped():
    rows = ("| Almelo | deelnemer | deelnemer | deelnemer | deelnemer |\n"
            "| Ede | – | deelnemer | deelnemer | deelnemer |\n"
            "| Oss | deelnemer | gestopt | gestopt | gestopt |\n")
    found = taking_part(MONITOR.format(rows=rows))
    assert found == [("Almelo", "Programma Groene Hallen", "2022-01-01", None, False),
                     ("Ede", "Programma Groene Hallen", "2023-01-01", None, False),
                     ("Oss", "Programma Groene Hallen", "2022-01-01", "2022-12-31", True)], found


@pytest.mark.parametrize("row", [
    "| Gouda | waarnemer | – | – | – |\n",  # an observer for a year, then nothing
    "| Gouda | – | – | – | – |\n",
    "| Gouda | nee | nee | overweegt | – |\n",
], ids=["observer", "dashes", "considering"])
def test_a_row_that_never_took_part_states_nothing(row):
    assert taking_part(MONITOR.format(rows=row)) == []


BIJLAGE = ("# Regeling specifieke uitkering Schone Pleinen\n\n"
           "Artikel 1. Het programma Schone Pleinen wordt uitgevoerd door het ministerie van BZK.\n\n"
           "## Bijlage – {heading}\n\n| Gemeente | 2023 | 2024 |\n|---|---:|---:|\n"
           "| Arnhem | 520 | 560 |\n| Gouda | – | – |\n| Schiedam | – | 410 |\n")


def test_a_bijlage_of_amounts_per_year_makes_its_towns_take_part():
    found = taking_part(BIJLAGE.format(heading="Uitkering per gemeente (x € 1.000)"))
    assert [(town, since) for town, _, since, _, _ in found] == [("Arnhem", "2023-01-01"), ("Schiedam", "2024-01-01")], found


@pytest.mark.parametrize("heading", ["Inwoners per gemeente", "Werkloosheid per gemeente (%)"],
                         ids=["inhabitants", "unemployment"])
def test_numbers_per_year_that_are_not_money_received_state_nothing(heading):
    assert taking_part(BIJLAGE.format(heading=heading)) == []


def test_a_year_table_whose_first_column_is_no_town_or_whose_subject_is_no_programme_states_nothing():
    organisations = MONITOR.replace("| Stad |", "| Organisatie |").format(rows="| Almelo | deelnemer | deelnemer | – | – |\n")
    assert taking_part(organisations) == []
    no_programme = ("# Jaarverslag Stichting Stadshart\n\n| Stad | 2022 | 2023 |\n|---|---|---|\n"
                    "| Almelo | deelnemer | deelnemer |\n")
    assert taking_part(no_programme) == []
