"""A chair whose start a text states stays chair when a later document reports him and, on the same day,
another person as chair of the same pijler (walkthrough 25, finding 10): the stated start is the one
``--as-of`` and the overview show, not the later document's day ("genoemd …")."""

from __future__ import annotations

import pytest

from graph.tenure import Term, inferred_ends
from tests.documents import ask_rows, built_from

STATED = "Per 1 maart 2025 is Koen Smit, wethouder van Breda, voorzitter van de Pijler Wonen.\n"
NOTA = ("Koen Smit (Breda), voorzitter van de Pijler Wonen, opende het overleg.\n\n"
        "Lisa Meijer, voorzitter van de Pijler Wonen, sloot af.\n")
DOCUMENTS = {"stated": ("2025-03-20", STATED), "nota": ("2026-05-26", NOTA)}


def term(evidence, holder, start, end=None, reported=False):
    return Term(evidence, holder, "u/pijler", "voorzitter", start, end, False, reported)


@pytest.mark.parametrize("terms, expected", [
    # the holder reported on the other holder's day: his stated term goes on
    ([term("e1", "koen", "2025-03-01"), term("e2", "koen", "2026-05-26", "2026-05-26", True),
      term("e3", "lisa", "2026-05-26", "2026-05-26", True)], []),
    # ... until another holder's later report
    ([term("e1", "koen", "2025-03-01"), term("e2", "koen", "2026-05-26", "2026-05-26", True),
      term("e3", "lisa", "2026-05-26", "2026-05-26", True), term("e4", "lisa", "2026-09-15", "2026-09-15", True)],
     [("e1", "2026-09-14", "e4"), ("e2", "2026-09-14", "e4")]),
    # a start the text states on that day is a takeover
    ([term("e1", "koen", "2025-03-01"), term("e2", "koen", "2026-05-26", "2026-05-26", True),
      term("e3", "lisa", "2026-05-26")], [("e1", "2026-05-25", "e3")]),
], ids=["reported-too", "later-report", "stated-start"])
def test_a_report_on_the_holder_s_own_day_closes_no_term(terms, expected):
    assert inferred_ends(terms) == expected


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("same-day"), DOCUMENTS)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_stated_start_is_shown_after_a_later_report(runner, kg, engine):
    timeline = ask_rows(runner, kg, engine, "unit-role-timeline", "-p", "unit=Pijler Wonen", "--as-of", "2026-12-06")
    assert min(r["start"] for r in timeline if r["personLabel"] == "Koen Smit") == "2025-03-01"
    roles = ask_rows(runner, kg, engine, "who-does-what", "--as-of", "2026-12-06")
    assert [(r["since"], r["sinceStated"]) for r in roles
            if r["personLabel"] == "Koen Smit" and r["role"] == "voorzitter"] == [("2025-03-01", True)]
