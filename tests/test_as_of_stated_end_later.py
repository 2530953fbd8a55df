"""``--as-of`` reads an end a later document states (round 49a, walkthrough 23 finding 4).

A news item of 2024 names Kees Wolters wethouder of Leiden; a letter of 20 May 2026 says he left on
13 May 2026 ("heeft op 13 mei 2026 afscheid genomen"). On 14 May 2026 he had left, though the letter
that says so came later: a stated end counts from its day, as a stated start does ("per 1 juni" in a
later document). Before the end, and with an end stated in no document, he still sits. Both engines,
the questions and the exports.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents

DOCUMENTS = {
    "nieuws": ("Wethouder Kees Wolters van Leiden opende de nieuwe bibliotheek. "
               "Wethouder Ria Brouwer van Leiden sprak ook. "
               "Wethouder Kees Wolters neemt namens Leiden deel aan de G40-pijler Sociaal.", "2024-03-05"),
    "brief": ("Wethouder Kees Wolters van Leiden heeft op 13 mei 2026 afscheid genomen. "
              "Wethouder Ria Brouwer volgt Kees Wolters op in de G40-pijler Sociaal.", "2026-05-20"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("stated-end-later")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
    return where / "kg"


def wethouders(runner, kg, day, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "who-does-what",
                                 "-p", "body=Leiden", "--as-of", day, "--format", "json"])
    assert result.exit_code == 0, result.output
    return sorted(row["personLabel"] for row in json.loads(result.stdout)["rows"] if row["role"] == "wethouder")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_departure_a_later_letter_dates_ends_the_role_from_that_day(runner, kg, engine):
    assert wethouders(runner, kg, "2026-05-14", engine) == ["Ria Brouwer"]
    assert wethouders(runner, kg, "2026-12-06", engine) == ["Ria Brouwer"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_before_the_stated_end_he_still_sits(runner, kg, engine):
    assert wethouders(runner, kg, "2026-05-12", engine) == ["Kees Wolters", "Ria Brouwer"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_taking_part_in_a_pijler_ends_where_the_successor_ends_his_membership(runner, kg, engine):
    def bodies(day):
        result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", "who-is-who",
                                     "-p", "person=Kees Wolters", "--as-of", day, "--format", "json"])
        assert result.exit_code == 0, result.output
        return sorted({row["otherLabel"] for row in json.loads(result.stdout)["rows"]
                       if row["relation"] in ("participatesIn", "hasRole")})

    assert bodies("2025-01-01") == ["Leiden", "Pijler Sociaal"]
    assert bodies("2026-05-21") == []


def test_the_facts_export_keeps_the_end_on_a_day_after_it(runner, kg, tmp_path):
    out = tmp_path / "facts.jsonl"
    result = runner.invoke(cli, ["--graph", str(kg), "export", "--format", "facts", "-o", str(out),
                                 "--as-of", "2026-05-14"])
    assert result.exit_code == 0, result.output
    kept = sorted((r["subject"], r["document"]) for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                  if r["predicate"] == "hasRole")
    assert ("Kees Wolters", "nieuws") not in kept and ("Ria Brouwer", "nieuws") in kept
