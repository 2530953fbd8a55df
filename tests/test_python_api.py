"""The documented Python interface ``g40kg`` (round 43e, walkthrough 18 findings 18 and 19): its
functions give what the command line gives, rows as Python values, and errors in the ``lang`` asked."""

from __future__ import annotations

import json
from datetime import date

import pytest
import rdflib

import g40kg
from graph.cli import cli
from tests.documents import dated_documents

DOCUMENTS = {
    "nieuws-pijler": ("Wethouder Anna Visser van Breda is voorzitter van de Pijler Sociaal. "
                      "Breda en Tilburg werken samen met het ministerie van EZK.", "2025-03-01"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    where = tmp_path_factory.mktemp("api")
    docs = dated_documents(where, DOCUMENTS)
    report = g40kg.build([docs], where / "graaf")
    return where / "graaf", report


@pytest.fixture(scope="module")
def dataset(built):
    return g40kg.open(built[0])


def test_the_interface_is_listed_and_versioned():
    import graph

    assert g40kg.__version__ == graph.__version__
    assert all(callable(getattr(g40kg, name)) for name in g40kg.__all__ if name != "__version__")
    assert {"ask", "build", "export", "sparql", "to_networkx", "write_network_page"} <= set(g40kg.__all__)
    assert callable(g40kg.open) and "open" not in g40kg.__all__  # a star import keeps Python's open()
    assert "stable" in g40kg.__doc__.lower() and "internal" in g40kg.__doc__


def test_no_question_parameter_is_taken_by_a_keyword_of_ask():
    from graph.questions import load_questions

    taken = {"python_values", "timeout", "lang", "dataset", "question"}
    clashes = {(q.name, p.name) for q in load_questions().values() for p in q.parameters if p.name in taken}
    assert not clashes, clashes


def test_build_reports_what_the_command_reports(built):
    _, report = built
    assert (report.as_dict()["documents"], report.warnings) == (1, [])


def test_ask_with_python_values(dataset):
    result = g40kg.ask(dataset, "who-does-what", as_of="2026-04-30", python_values=True)
    rows = [{k: row[k] for k in ("personLabel", "role", "bodyLabel", "since", "end", "curated", "curation",
                                  "documentId", "documents")} for row in result.rows]
    assert rows == [
        {"personLabel": "Anna Visser", "role": "voorzitter", "bodyLabel": "Pijler Sociaal", "since": date(2025, 3, 1),
         "end": None, "curated": False, "curation": None, "documentId": "nieuws-pijler", "documents": 1},
        {"personLabel": "Anna Visser", "role": "wethouder", "bodyLabel": "Breda", "since": date(2025, 3, 1),
         "end": None, "curated": False, "curation": None, "documentId": "nieuws-pijler", "documents": 1},
    ], result.rows
    assert result.rows[0]["person"] == "https://w3id.org/g40kg/id/person/anna-visser"
    assert result.columns[:3] == ["person", "personLabel", "role"]


def test_ask_without_python_values_gives_rdflib_terms(dataset):
    row = g40kg.ask(dataset, "who-does-what", body="Breda").rows[0]
    assert (row["role"], row["end"], row["curation"]) == (rdflib.Literal("wethouder"), rdflib.Literal(""), None)


def test_ask_gives_the_rows_of_the_command_line(built, dataset, runner):
    graph_folder, _ = built
    result = runner.invoke(cli, ["--graph", str(graph_folder), "ask", "collaborations-matrix", "--format", "json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    asked = g40kg.ask(dataset, "collaborations-matrix", python_values=True)
    # the register codes after the question's columns (round 44q), in the library too since round 45l
    assert asked.columns == printed["columns"] and asked.columns[-2:] == ["actorCode", "ministryCode"]
    assert [{k: v for k, v in row.items()} for row in asked.rows] == printed["rows"]
    assert [(row["actorCode"], row["ministryCode"]) for row in printed["rows"]] == [("GM0758", "mnre1045"),
                                                                                  ("GM0855", "mnre1045")]
    assert [row["actorLabel"] for row in asked.rows] == ["Breda", "Tilburg"]


def test_sparql_with_python_values(dataset):
    result = g40kg.sparql(dataset, "SELECT ?code (COUNT(*) AS ?n) ('' AS ?empty) (xsd:date('2025-01-02') AS ?day) "
                                   "(0.5 AS ?share) WHERE { ?m g40:cbsCode ?code } GROUP BY ?code ORDER BY ?code LIMIT 1",
                          python_values=True)
    assert result.rows == [{"code": "GM0003", "n": 1, "empty": None, "day": date(2025, 1, 2), "share": 0.5}]


@pytest.mark.parametrize("lang, message", [
    ("nl", "onbekende persoon 'Niemand'"),
    ("en", "unknown person 'Niemand'"),
])
def test_errors_speak_the_language_asked(dataset, lang, message):
    with pytest.raises(g40kg.UnknownName) as raised:
        g40kg.ask(dataset, "who-does-what", person="Niemand", lang=lang)
    assert (str(raised.value), raised.value.exit_code) == (message, 2)


def test_lang_defaults_to_the_environment(dataset, monkeypatch):
    monkeypatch.setenv("G40KG_LANG", "en")
    with pytest.raises(g40kg.QueryError, match="^SPARQL syntax error"):
        g40kg.sparql(dataset, "SELECT WHERE")
    with pytest.raises(g40kg.InputError, match="lang='de': choose 'nl' or 'en'"):
        g40kg.sparql(dataset, "ASK {}", lang="de")


def test_open_follows_the_settings_of_the_command_line(built, monkeypatch, tmp_path):
    graph_folder, _ = built
    monkeypatch.setenv("G40KG_GRAPH", str(graph_folder))
    assert g40kg.sparql(g40kg.open(), "ASK { ?p a g40:Person }").boolean is True
    with pytest.raises(g40kg.G40Error) as raised:
        g40kg.open(tmp_path / "nergens", lang="en")
    assert str(raised.value) == (f"no graph at {tmp_path / 'nergens'}: run 'g40kg build FOLDER' first, with FOLDER the "
                                  "folder of your documents (or pass --graph)")


def test_to_networkx_and_evidence(dataset):
    network = g40kg.to_networkx(dataset)
    labels = sorted(data["label"] for _, data in network.nodes(data=True))
    assert labels == ["Anna Visser", "Breda", "EZK", "Pijler Sociaal", "Tilburg"], labels
    assert g40kg.to_networkx(dataset, at="2024-01-01").number_of_nodes() == 0
    records = g40kg.evidence_records(dataset, predicates=["collaboratesWith"])
    assert sorted(r["document"] for r in records) == ["nieuws-pijler", "nieuws-pijler"]


def test_write_network_page(dataset, tmp_path):
    page = g40kg.write_network_page(dataset, tmp_path / "netwerk.html", focus="EZK", lang="en")
    html = page.read_text(encoding="utf-8")
    assert page == tmp_path / "netwerk.html" and '<html lang="en"' in html and "Tilburg" in html


def test_export_is_the_command_lines_export(built, dataset, runner):
    graph_folder, _ = built
    result = runner.invoke(cli, ["--graph", str(graph_folder), "export", "--format", "facts"])
    assert result.exit_code == 0, result.output
    assert g40kg.export(dataset, "facts") == result.stdout
    with pytest.raises(g40kg.InputError, match="^--document geldt voor facts en csv"):
        g40kg.export(dataset, "turtle", document="nieuws-pijler")
