"""``--as-of`` reads no end inferred from a later document (round 40t, walkthrough 14 finding 11's rest),
unless that document dates the end (round 49a, walkthrough 23 finding 4).

A chair appointed in a document of 2019 whose successor a document of 2023 names, a wethouder whose
own stated end (2020) a document of 2023 gives, and a town whose exit (per 1 januari 2020) a
document of 2023 states: graph.tenure ends each earlier term. On 2021-01-01 none of those
documents existed: the chair's successor is dated by his document alone, so the last known state
then shows the chair open, with no end; the wethouder's end and the town's exit are days the text
states, and count from those days, as a start a later document states does ("per 1 juni"). On
2024-01-01 all the ends are known.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from tests.documents import dated_documents

DOCUMENTS = {
    "benoeming": ("Wethouder Anna Jansen is benoemd tot voorzitter van de Pijler Fysiek.", "2019-03-01"),
    "opvolger": ("Wethouder Piet de Boer is benoemd tot voorzitter van de Pijler Fysiek.", "2023-05-01"),
    "wethouder": ("Sinds 2018 is Karel Smit wethouder van Leiden.", "2018-06-01"),
    "einde": ("Karel Smit is tot 1 mei 2020 wethouder van Leiden geweest.", "2023-06-01"),
    "deelname": ("Sinds 2017 neemt Zwolle deel aan de Taskforce Middenhuur.", "2017-03-01"),
    "vertrek": ("Zwolle is per 1 januari 2020 uitgetreden uit de Taskforce Middenhuur.", "2023-07-01"),
}


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    from graph.pipeline import build_graph

    where = tmp_path_factory.mktemp("known-ends")
    build_graph([dated_documents(where, DOCUMENTS)], where / "kg")
    return where / "kg"


def rows(runner, kg, *args, engine="oxigraph"):
    result = runner.invoke(cli, ["--graph", str(kg), "--engine", engine, "ask", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["rows"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_successor_named_later_does_not_end_the_chair_before_that_document(runner, kg, engine):
    def chairs(day):
        return [(r["personLabel"], r["start"], r["end"], r["endedBy"])
                for r in rows(runner, kg, "unit-role-timeline", "-p", "unit=Pijler Fysiek", "--as-of", day, engine=engine)]

    assert chairs("2021-01-01") == [("Anna Jansen", "2019-03-01", None, None)]
    assert chairs("2024-01-01") == [("Piet de Boer", "2023-05-01", None, None)]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_stated_end_in_a_later_document_counts_from_its_day(runner, kg, engine):
    def roles(day):
        return [(r["otherLabel"], r["role"], r["start"], r["end"], r["endedBy"])
                for r in rows(runner, kg, "who-is-who", "-p", "person=Karel Smit", "--as-of", day, engine=engine)]

    assert roles("2020-04-30") == [("Leiden", "wethouder", "2018-01-01", None, None)]  # his last day
    assert roles("2021-01-01") == []
    assert roles("2024-01-01") == []


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_an_exit_stated_later_counts_from_its_day(runner, kg, engine):
    def members(day):
        return [(r["memberLabel"], r["start"], r["end"])
                for r in rows(runner, kg, "members", "-p", "target=Taskforce Middenhuur", "--as-of", day, engine=engine)]

    assert members("2019-12-31") == [("Zwolle", "2017-01-01", None)]  # its last day
    assert members("2021-01-01") == []
    assert members("2024-01-01") == []


def test_the_exports_show_the_ends_known_on_the_day(runner, kg, tmp_path):
    def ends(*window):
        out = tmp_path / "facts.jsonl"
        result = runner.invoke(cli, ["--graph", str(kg), "export", "--format", "facts", "-o", str(out), *window])
        assert result.exit_code == 0, result.output
        return sorted((r["document"], r["inferred_until"], r["ended_by"])
                      for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())
                      if r["predicate"] in ("hasRole", "participatesIn"))

    assert ends("--as-of", "2021-01-01") == [("benoeming", None, None)]
    assert ends() == [("benoeming", "2023-04-30", "opvolger"), ("deelname", "2019-12-31", "vertrek"),
                      ("einde", None, None), ("opvolger", None, None), ("vertrek", None, None),
                      ("wethouder", "2020-04-30", "einde")]


def test_the_projection_shows_the_ends_known_on_the_day(kg):
    from graph.project import evidence_records
    from graph.store import open_dataset

    dataset = open_dataset(kg)
    known = {(r["document"], r["start"], r["end"]) for r in evidence_records(dataset, as_of="2021-01-01")
             if r["predicate"] in ("hasRole", "participatesIn")}
    assert known == {("benoeming", "2019-03-01", None)}
    later = {(r["document"], r["start"], r["end"]) for r in evidence_records(dataset, as_of="2024-01-01")
             if r["predicate"] in ("hasRole", "participatesIn")}
    assert later == {("opvolger", "2023-05-01", None)}
