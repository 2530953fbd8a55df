"""A chair who steps down or is succeeded gets an end, never a new term, and no term ends before it starts
(round 47b, walkthrough 47, finding 1). Fictional people."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.pipeline import build_graph
from tests.documents import dated_documents
from tests.extract_facts import dated_relations

STEPPING_DOWN = ("Eline Posthuma is benoemd tot burgemeester van Zutphen. Zij wordt per 1 oktober 2026 burgemeester "
                 "en stopt daarom als wethouder van Deventer en als voorzitter van de Pijler Economie en Werk.")
SUCCESSION = ("Gijs Terpstra, wethouder Economie van Helmond, volgt Eline Posthuma per 1 november 2026 op als "
              "voorzitter van de Pijler Economie en Werk.")


def test_stopping_as_two_offices_ends_both():
    found = {(r[1], r[2]): r[3:] for r in dated_relations(STEPPING_DOWN, "2026-09-15") if r[0] == "Eline Posthuma"}
    assert found[("Deventer", "wethouder")] == (True, None, "2026-09-30")
    assert found[("Pijler Economie en Werk", "voorzitter")] == (True, None, "2026-09-30")


def test_the_one_succeeded_after_an_apposition_and_a_date_ends_the_day_before():
    found = {r[0]: r[3:] for r in dated_relations(SUCCESSION, "2026-09-15") if r[1] == "Pijler Economie en Werk"}
    assert found == {"Gijs Terpstra": (False, "2026-11-01", None), "Eline Posthuma": (True, None, "2026-10-31")}


@pytest.fixture
def stepping_down(tmp_path):
    docs = dated_documents(tmp_path, {
        "start": ("Eline Posthuma, wethouder Economie van de gemeente Deventer, wordt per 1 september 2023 "
                  "voorzitter van de Pijler Economie en Werk.", "2023-08-20"),
        "wissel": (STEPPING_DOWN + "\n\n" + SUCCESSION, "2026-09-15"),
        "sociaal": ("Tom Veldkamp, wethouder van Tilburg, is sinds 1 maart 2024 voorzitter van de Pijler Sociaal. "
                    "Hij volgt Greetje Hofman op, die de pijler drie jaar leidde.", "2024-03-04")})
    build_graph([docs], tmp_path / "kg")
    return tmp_path / "kg"


def _rows(runner, graph, question, *args):
    result = runner.invoke(cli, ["--graph", str(graph), "ask", question, *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


def test_one_chair_after_the_handover(runner, stepping_down):
    rows = _rows(runner, stepping_down, "who-does-what", "--as-of", "2026-11-05", "-p", "body=Pijler Economie en Werk")
    assert sorted(r["personLabel"] for r in rows if r["role"] == "voorzitter") == ["Gijs Terpstra"]


def test_the_timeline_starts_no_term_on_a_farewell(runner, stepping_down):
    rows = _rows(runner, stepping_down, "unit-role-timeline", "-p", "unit=Pijler Economie en Werk")
    starts = sorted((r["personLabel"], r["start"]) for r in rows if r["start"])
    assert starts == [("Eline Posthuma", "2023-09-01"), ("Gijs Terpstra", "2026-11-01")], rows


def test_a_predecessor_over_before_the_news_has_no_start_after_its_end(runner, stepping_down):
    rows = _rows(runner, stepping_down, "unit-role-timeline", "-p", "unit=Pijler Sociaal")
    assert [(r["start"], r["end"]) for r in rows if r["personLabel"] == "Greetje Hofman"] == [(None, "2024-02-29")]
    assert all(not (r["start"] and r["end"]) or r["start"] <= r["end"] for r in rows), rows
