"""The SPARQL protocol endpoint in-process: methods, content negotiation, formats, the errors a
client gets (400, 406, 415), the result cap, time limits and prefixes.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, URIRef

from serve_fixture import EZK, SELECT_ALL_EZK, in_process_client, make_app


@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_select_by_each_protocol_method(client, method):
    if method == "get":
        response = client.get("/sparql", params={"query": SELECT_ALL_EZK})
    elif method == "form":
        response = client.post("/sparql", data={"query": SELECT_ALL_EZK})
    else:
        response = client.post("/sparql", content=SELECT_ALL_EZK.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    body = response.json()
    assert body["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in body["results"]["bindings"]] == ["EZK"]


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_content_negotiation(client, accept, media):
    query = "SELECT ?m ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label } ORDER BY ?label"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    text = response.text
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows == [["m", "label"], ["https://w3id.org/g40kg/id/ministry/mnre1034", "BZK"], [EZK, "EZK"]]
    elif media == "text/tab-separated-values":
        assert text.splitlines() == ["?m\t?label", "<https://w3id.org/g40kg/id/ministry/mnre1034>\t\"BZK\"",
                                     f"<{EZK}>\t\"EZK\""]
    elif media.endswith("xml"):
        assert "<literal>BZK</literal>" in text and "<literal>EZK</literal>" in text
    else:
        assert [b["label"]["value"] for b in json.loads(text)["results"]["bindings"]] == ["BZK", "EZK"]


@pytest.mark.parametrize("param, media", [("json", "application/sparql-results+json"), ("csv", "text/csv"),
                                          ("tsv", "text/tab-separated-values"), ("xml", "application/sparql-results+xml")])
def test_format_parameter_overrides_accept(client, param, media):
    response = client.get("/sparql", params={"query": "ASK { ?s a g40:Person }", "format": param},
                          headers={"Accept": "text/html"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media


def test_ask_answers(client):
    yes = client.get("/sparql", params={"query": "ASK { ?s a g40:Person }"}).json()
    no = client.get("/sparql", params={"query": "ASK { ?s a g40:Programme }"}).json()
    assert (yes["boolean"], no["boolean"]) == (True, False)
    tsv = client.get("/sparql", params={"query": "ASK { ?s a g40:Person }"}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text == "?_askResult\ntrue\n"


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_content_negotiation(client, accept, fmt):
    query = "CONSTRUCT { ?a g40:collaboratesWith ?b } WHERE { ?a g40:collaboratesWith ?b }"
    response = client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == accept
    graph = Graph().parse(data=response.text, format=fmt)
    assert len(graph) == 2, response.text
    assert (URIRef("https://w3id.org/g40kg/id/unit/taskforce-economisch-herstel"),
            URIRef("https://w3id.org/g40kg/def#collaboratesWith"), URIRef(EZK)) in graph


def test_describe_defaults_to_turtle(client):
    response = client.get("/sparql", params={"query": f"DESCRIBE <{EZK}>"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    assert any(str(o) == "EZK" for o in graph.objects(URIRef(EZK), None)), response.text


@pytest.mark.parametrize("query, fragment", [
    ("SELEC ?x WHERE { ?x ?p ?o }", "regel 1"),
    ("SELECT ?x WHERE { ?x ?p ", "SPARQL"),
    ("", "geen query"),
])
def test_malformed_query_gets_400_with_message(client, query, fragment):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400, response.text
    assert fragment in response.text
    assert response.headers["content-type"].startswith("text/plain")


def test_missing_query_parameter_is_400_for_machines(client):
    # a GET without a query is the service description now (tests/test_linked_data_serve.py)
    response = client.post("/sparql", data={"format": "json"})
    assert response.status_code == 400
    assert "query" in response.text


def test_unsupported_accept_gets_406(client):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


@pytest.mark.parametrize("query, value, offered", [
    ("ASK {}", "bogus", "json, xml, csv, tsv, excel"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "turtle", "json, xml, csv, tsv, excel"),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "csv", "turtle, nt, json-ld, xml"),
])
def test_unknown_format_parameter_gets_400_naming_it(client, query, value, offered):
    response = client.get("/sparql", params={"query": query, "format": value},
                          headers={"Accept": "application/sparql-results+json, text/turtle"})
    assert response.status_code == 400
    assert response.text.strip() == f"onbekend antwoordformaat {value!r} voor dit resultaat; mogelijk: {offered}"


def test_unsupported_body_type_gets_415(client):
    response = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


def test_dataset_parameters_are_refused_clearly_by_rdflib(client):
    # Oxigraph takes them now (tests/test_linked_data_serve.py); rdflib's SPARQL cannot
    response = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": "urn:x"})
    assert response.status_code == (200 if type(client.app.state.graph.current.dataset.store).__name__ == "OxigraphStore"
                                    else 400)
    assert "oxigraph" in response.text or response.json() == {"head": {}, "boolean": False}


def test_result_cap(graph_path):
    with in_process_client(make_app(graph_path, max_rows=5)) as small:
        over = small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        under = small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
        graph = small.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert over.status_code == 413, over.text
    assert "meer dan 5 rijen" in over.text and "LIMIT" in over.text
    assert under.status_code == 200 and len(under.json()["results"]["bindings"]) == 5
    assert graph.status_code == 413 and "5 triples" in graph.text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # graph.query stops the worker
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_timeout(graph_path, engine):
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 175³ rows, far more than 0.3 s
    _wait_for_abandoned_queries()  # an earlier test's: with this one's, they would make the server busy
    with in_process_client(make_app(graph_path, engine, timeout=0.3, max_rows=10**9)) as quick:
        response = quick.get("/sparql", params={"query": slow})
        after = quick.get("/sparql", params={"query": "ASK { ?s a g40:Person }"})
    assert response.status_code == 503, response.text[:200]
    assert "tijdslimiet" in response.text or "afgebroken" in response.text
    assert after.status_code == 200 and after.json()["boolean"] is True


def _wait_for_abandoned_queries(seconds: float = 30.0) -> None:
    """Until no query that ran over its time still runs in this process (they stop at their deadline)."""
    import time

    from graph.timeouts import abandoned_queries

    deadline = time.monotonic() + seconds
    while abandoned_queries() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_prefixes_are_predeclared_and_user_prefixes_work(client):
    own = client.get("/sparql", params={"query": "PREFIX x: <https://w3id.org/g40kg/def#> ASK { ?p a x:Person }"})
    assert own.json()["boolean"] is True


def test_construct_for_clients_that_ask_for_sparql_results(client):
    query = "CONSTRUCT WHERE { ?a g40:collaboratesWith ?b }"
    as_json = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    as_xml = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+xml"})
    assert as_json.headers["content-type"].startswith("application/ld+json")
    assert as_xml.headers["content-type"].startswith("application/rdf+xml")
    assert len(Graph().parse(data=as_json.text, format="json-ld")) == 2


def test_queries_wait_while_timed_out_ones_still_run(ox_client, monkeypatch):
    import graph.timeouts

    assert ox_client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
    monkeypatch.setattr(graph.timeouts, "abandoned_queries", lambda: 99)
    busy = ox_client.get("/sparql", params={"query": "ASK {}"})
    assert busy.status_code == 503 and "over hun tijd" in busy.text


def test_the_endpoint_keeps_solutions_that_bind_nothing(client):
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE { VALUES ?x { UNDEF UNDEF 1 } }"},
                          headers={"Accept": "application/sparql-results+json"})
    assert [row.get("x", {}).get("value") for row in response.json()["results"]["bindings"]] == [None, None, "1"]


def test_select_star_columns_follow_the_query_as_in_the_cli(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "format": "csv"})
    assert response.text.splitlines()[0] == "s,p,o"  # not a-z (o,p,s)
