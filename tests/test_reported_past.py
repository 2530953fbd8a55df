"""A year report's plain past ends in its year, not on the day it appeared (round 41t, walkthrough 15
finding 25).

"Anna Visser was voorzitter van de Themagroep Digitalisering" in the report on 2025 dated 20 January
2026 held in 2025: from 2025-01-01 to 2025-12-31, not up to the report's day. What the report says
in the present ("is lid") still holds on its day, and a report that appeared inside its year keeps
the rule of before.
"""

from __future__ import annotations

import json

import pytest

from test_time_precision import run

REPORT = ("# Jaarverslag 2025 Themagroep Digitalisering\n\nZwolle, 20 januari 2026\n\n"
          "Anna Visser was voorzitter van de Themagroep Digitalisering. "
          "Wethouder Kees Bos van Deventer is lid van de Themagroep Digitalisering.\n")
EARLY = REPORT.replace("Digitalisering\n\nZwolle, 20 januari 2026", "Energie\n\nZwolle, 15 december 2025") \
    .replace("Digitalisering", "Energie").replace("Anna Visser", "Eva Dekker").replace("Kees Bos", "Piet Smit")


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("reported-past")
    (where / "docs").mkdir()
    (where / "docs" / "jaarverslag-2025-themagroep-digitalisering.md").write_text(REPORT, encoding="utf-8")
    (where / "docs" / "jaarverslag-2025-themagroep-energie.md").write_text(EARLY, encoding="utf-8")
    build_graph([where / "docs"], where / "kg")
    return where / "kg"


def test_the_plain_past_of_a_year_report_ends_with_its_year(runner, kg):
    rows = [json.loads(line) for line in run(runner, kg, "export", "--format", "facts").splitlines()]
    roles = {(r["subject"], r["role"]): (r["date"], r["valid_from"], r["valid_until"], r["past"])
             for r in rows if r["predicate"] == "hasRole"}
    assert roles == {
        ("Anna Visser", "voorzitter"): ("2026-01-20", "2025-01-01", "2025-12-31", False),
        # the present: no end, the report's day is when it was known (walkthrough 23, finding 5; round 49c)
        ("Kees Bos", "wethouder"): ("2026-01-20", "2025-01-01", None, False),
        ("Kees Bos", "lid"): ("2026-01-20", "2025-01-01", None, False),
        # a report that appeared inside its year: only its period dates the facts, which states no end
        ("Eva Dekker", "voorzitter"): ("2025-12-15", "2025-01-01", None, False),
        ("Piet Smit", "wethouder"): ("2025-12-15", "2025-01-01", None, False),
        ("Piet Smit", "lid"): ("2025-12-15", "2025-01-01", None, False)}


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_the_time_filters_read_the_year(runner, kg, engine):
    def chair(*window):
        output = run(runner, kg, "ask", "who-is-who", "-p", "person=Anna Visser", "--format", "json", *window,
                     engine=engine)
        return [(r["start"], r["end"]) for r in json.loads(output)["rows"] if r["relation"] == "hasRole"]

    assert chair() == [("2025-01-01", "2025-12-31")]
    assert chair("--at", "2025-06-01") == [("2025-01-01", "2025-12-31")]
    assert chair("--at", "2026-01-20") == []  # not on the day the report appeared
    # the last known state: reported for 2025, nothing says it stopped (round 39t), as before
    assert chair("--as-of", "2026-03-01") == [("2025-01-01", "2025-12-31")]
