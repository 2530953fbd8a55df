"""A role at a ministry that ceased is no current role after its last day, and a contact's ministry is the
one of the day asked (walkthrough 25, finding 5): VRO existed from 2024-07-02 to 2026-02-22."""

from __future__ import annotations

import json

import pytest

from graph.cli import cli

DOCUMENTS = {
    "mail-2024": ("2024-11-20", "Lisa Vermeer is plaatsvervangend directeur bij het ministerie van Volkshuisvesting en "
                                "Ruimtelijke Ordening.\n\nNamens het ministerie van VRO is Lisa Vermeer contactpersoon "
                                "voor de Woondeal Noorderkwartier.\n"),
    "mail-2026": ("2026-03-02", "Lisa Vermeer is sinds 23 februari 2026 directeur Woningbouw bij het ministerie van BZK.\n"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("ceased")
    docs = where / "docs"
    docs.mkdir()
    for name, (day, text) in DOCUMENTS.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"date": day}), encoding="utf-8")
    build_graph([docs], where / "kg")
    return where / "kg"


def rows(runner, kg, engine, *args):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("as_of, expected", [
    ("2025-06-01", [("plaatsvervangend directeur", "VRO")]),
    ("2026-06-01", [("directeur", "BZK")]),
])
def test_a_role_at_a_ministry_that_ceased_ends_on_its_last_day(runner, kg, engine, as_of, expected):
    found = rows(runner, kg, engine, "who-does-what", "--as-of", as_of)
    assert sorted((r["role"], r["bodyLabel"]) for r in found if r["personLabel"] == "Lisa Vermeer") == expected


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_contact_s_ministry_is_the_one_of_the_day_asked(runner, kg, engine):
    found = rows(runner, kg, engine, "ministry-contacts", "--as-of", "2025-06-01")
    assert [(r["ministryLabel"], r["dossierLabel"]) for r in found if r["personLabel"] == "Lisa Vermeer"] == [
        ("VRO", "Woondeal Noorderkwartier")]
