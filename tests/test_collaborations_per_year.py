"""``ask collaborations-per-year`` (round 53f): collaborations counted by the year of their evidence's
document, a year report by its period (g40:periodStart/g40:periodEnd; it has no dcterms:date, which a
per-year SPARQL on dcterms:date silently left out). The fixture graph (doc-a: a year report over 2021;
doc-b: a news item of 2022-10-06) with two invented documents more: a report over 2023–2024 that
appeared in 2025, and an undated note; a curated collaboration has no document and is not counted."""

from __future__ import annotations

import json

import pytest
from fixture_graph import FIXTURE
from oxigraph_server import read_only_endpoint

from graph.cli import cli

EXTRA = """
graph:doc-c {
  document:doc-c a g40:Document ; dcterms:identifier "doc-c" ; dcterms:title "Verslag 2023-2024" ;
      dcterms:date "2025-02-01"^^xsd:date ;
      g40:periodStart "2023-01-01"^^xsd:date ; g40:periodEnd "2024-12-31"^^xsd:date .
  <https://w3id.org/g40kg/id/evidence/doc-c/1> a g40:Evidence, rdf:Statement ;
      rdf:subject ministry:mnre1034 ; rdf:predicate g40:collaboratesWith ; rdf:object municipality:gm0193 ;
      g40:quote "BZK en Zwolle werkten samen aan de woningbouw." ; g40:startOffset 0 ; g40:endOffset 46 ;
      prov:wasDerivedFrom document:doc-c ; g40:rule "relations.samen" ; g40:confidence 0.8 .
  <https://w3id.org/g40kg/id/evidence/doc-c/2> a g40:Evidence, rdf:Statement ;
      rdf:subject municipality:gm0193 ; rdf:predicate g40:collaboratesWith ; rdf:object ministry:mnre1034 ;
      g40:quote "Zwolle sprak met BZK." ; g40:startOffset 47 ; g40:endOffset 68 ;
      prov:wasDerivedFrom document:doc-c ; g40:rule "relations.sprak-met" ; g40:confidence 0.9 .
}
graph:doc-d {
  document:doc-d a g40:Document ; dcterms:identifier "doc-d" ; dcterms:title "Notitie" .
  <https://w3id.org/g40kg/id/evidence/doc-d/1> a g40:Evidence, rdf:Statement ;
      rdf:subject unit:taskforce-energietransitie ; rdf:predicate g40:collaboratesWith ; rdf:object ministry:mnre1045 ;
      g40:quote "De taskforce werkt met EZK." ; g40:startOffset 0 ; g40:endOffset 27 ;
      prov:wasDerivedFrom document:doc-d ; g40:rule "relations.werkt-met" ; g40:confidence 0.7 .
}
g40g:curated {
  <https://w3id.org/g40kg/id/curated/1> a g40:CuratedStatement, rdf:Statement ; g40:curated true ;
      rdf:subject municipality:gm0034 ; rdf:predicate g40:collaboratesWith ; rdf:object ministry:mnre1034 ;
      dcterms:source "extra.yaml:1" .
}
"""

YEARS = [  # year, collaborations, documents, evidence
    {"year": 2021, "collaborations": 2, "documents": 1, "evidence": 2},
    {"year": 2022, "collaborations": 5, "documents": 1, "evidence": 5},
    {"year": 2023, "collaborations": 1, "documents": 1, "evidence": 2},  # both directions: one pair
    {"year": 2024, "collaborations": 1, "documents": 1, "evidence": 2},  # the span counts in each year, not 2025
    {"year": None, "collaborations": 1, "documents": 1, "evidence": 1},  # the undated note, last
]


@pytest.fixture(scope="module")
def trig(tmp_path_factory):
    path = tmp_path_factory.mktemp("per-year") / "graph.trig"
    path.write_text(FIXTURE.read_text(encoding="utf-8") + EXTRA, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def graph_dir(trig, tmp_path_factory):
    from graph.store import new_dataset, save_dataset

    dataset = new_dataset("rdflib")
    dataset.parse(trig, format="trig")
    path = tmp_path_factory.mktemp("per-year-kg") / "kg"
    save_dataset(dataset, path, {"documents": [{"id": d} for d in ("doc-a", "doc-b", "doc-c", "doc-d")]})
    return path


def _rows(runner, *args):
    result = runner.invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["rows"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_each_year_of_its_documents_period_or_date(runner, graph_dir, engine):
    rows = _rows(runner, "--engine", engine, "--graph", str(graph_dir), "ask", "collaborations-per-year")
    assert rows == YEARS, rows


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_one_actors_collaborations_by_the_dutch_name(runner, graph_dir, engine):
    rows = _rows(runner, "--engine", engine, "--graph", str(graph_dir), "ask", "samenwerkingen-per-jaar",
                 "-p", "actor=BZK", "--min-confidence", "0.85")
    assert rows == [{"year": 2021, "collaborations": 1, "documents": 1, "evidence": 1},
                    {"year": 2023, "collaborations": 1, "documents": 1, "evidence": 1},
                    {"year": 2024, "collaborations": 1, "documents": 1, "evidence": 1}], rows


def test_the_table_in_dutch_and_english(runner, graph_dir):
    for lang, title in (("nl", "Samenwerkingen per jaar"), ("en", "Collaborations per year")):
        result = runner.invoke(cli, ["--lang", lang, "--graph", str(graph_dir), "ask", "collaborations-per-year"])
        assert result.exit_code == 0, result.output
        assert title in result.output, result.output
        years = [line.split()[0] for line in result.output.splitlines() if line[:1].isdigit()]
        assert years == ["2021", "2022", "2023", "2024"], result.output


@pytest.mark.server
def test_on_an_endpoint(runner, trig, tmp_path):
    with read_only_endpoint(trig, tmp_path / "data") as url:
        rows = _rows(runner, "--endpoint", url, "ask", "collaborations-per-year")
    assert rows == YEARS, rows


@pytest.mark.parametrize("lang, fmt, last", [
    ("nl", "table", ["zonder", "datum", "1", "1", "1"]),
    ("en", "table", ["undated", "1", "1", "1"]),
    ("nl", "markdown", ["|", "zonder", "datum", "|", "1", "|", "1", "|", "1", "|"]),
])
def test_the_row_of_undated_documents_says_so_in_the_tables_people_read(runner, graph_dir, lang, fmt, last):
    """Round 54q: its year cell was empty; the tables name it as a fact's start under a window does
    (graph.timefilter.undated_shown), window or not."""
    for window in ((), ("--as-of", "2030-01-01")):
        result = runner.invoke(cli, ["--lang", lang, "--graph", str(graph_dir), "ask", "collaborations-per-year",
                                     "--format", fmt, *window])
        assert result.exit_code == 0, result.output
        rows = [line.split() for line in result.stdout.splitlines() if line.strip()]
        assert rows[-1] == last, result.output
        assert [row[0].strip("|") or row[1] for row in rows[-5:-1]] == ["2021", "2022", "2023", "2024"], result.output


def test_the_data_formats_keep_the_year_empty(runner, graph_dir):
    """CSV and JSON keep the values programs rely on (as a fact's start does): no year is null, or an empty cell."""
    result = runner.invoke(cli, ["--graph", str(graph_dir), "ask", "collaborations-per-year", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == ",1,1,1", result.output
    assert _rows(runner, "--graph", str(graph_dir), "ask", "collaborations-per-year")[-1]["year"] is None


@pytest.mark.parametrize("lang, word", [("nl", "zonder datum"), ("en", "undated")])
def test_the_explorers_page_names_the_undated_row(graph_dir, lang, word):
    from serve_fixture import in_process_client, make_app

    with in_process_client(make_app(graph_dir)) as client:
        answer = client.get("/questions/collaborations-per-year.json", params={"lang": lang}).json()["answer"]
        page = client.get("/questions/collaborations-per-year", params={"lang": lang, "run": "1"})
    assert [row[0]["text"] for row in answer["rows"]][-1] == word, answer["rows"]
    assert page.status_code == 200 and f">{word}<" in page.text
