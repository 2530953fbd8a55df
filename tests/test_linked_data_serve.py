"""Linked data on ``g40kg serve``: entity pages by content negotiation, ``/id/…`` IRIs that resolve
(303), the ontology at ``/def``, and the SPARQL 1.1 Protocol's finer points on ``/sparql``
(service description, repeated parameters, the dataset parameters, OPTIONS, languages).

The graph is a small hand-written one (below): Breda collaborates with EZK, said by one
evidence node of one document; EZK has a name period (a blank node).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from graph.serve import ServeConfig, create_app

G40 = "https://w3id.org/g40kg/def#"
ID = "https://w3id.org/g40kg/id/"
BREDA, EZK, TILBURG = URIRef(ID + "municipality/gm0758"), URIRef(ID + "ministry/mnre1045"), URIRef(ID + "municipality/gm0855")
DOC, EVIDENCE, MENTION = URIRef(ID + "document/brief-1"), URIRef(ID + "evidence/brief-1/1"), URIRef(ID + "evidence/brief-1/2")
FACTS = "https://w3id.org/g40kg/graph/facts"
DOC_GRAPH = "https://w3id.org/g40kg/graph/document/brief-1"
QUOTE = "Breda werkt samen met het ministerie van EZK <aan> de binnenstad."

TRIG = f"""
@prefix g40: <{G40}> . @prefix g40id: <{ID}> . @prefix g40g: <https://w3id.org/g40kg/graph/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
g40g:reference {{
  g40id:municipality/gm0758 a g40:Municipality ; skos:prefLabel "Breda" ; rdfs:label "Breda" ; g40:cbsCode "GM0758" .
  g40id:municipality/gm0855 a g40:Municipality ; skos:prefLabel "Tilburg" ; rdfs:label "Tilburg" .
  g40id:ministry/mnre1045 a g40:Ministry ; skos:prefLabel "EZK" ; rdfs:label "EZK" ;
      owl:sameAs <https://identifier.overheid.nl/tooi/id/ministerie/mnre1045> ;
      g40:namePeriod [ a g40:NamePeriod ; g40:abbreviation "EZK" ; g40:validFrom "2017-10-26"^^xsd:date ] .
}}
g40g:facts {{ g40id:municipality/gm0758 g40:collaboratesWith g40id:ministry/mnre1045 . }}
g40g:document/brief-1 {{
  g40id:document/brief-1 a g40:Document ; dcterms:identifier "brief-1" ; dcterms:title "Brief over de binnenstad" ;
      rdfs:label "Brief over de binnenstad" ; dcterms:date "2024-03-01"^^xsd:date ;
      g40:mentions g40id:municipality/gm0758, g40id:ministry/mnre1045 .
  g40id:evidence/brief-1/1 a g40:Evidence, rdf:Statement ;
      rdf:subject g40id:municipality/gm0758 ; rdf:predicate g40:collaboratesWith ; rdf:object g40id:ministry/mnre1045 ;
      g40:quote "{QUOTE}" ; g40:startOffset 0 ; g40:endOffset 64 ;
      prov:wasDerivedFrom g40id:document/brief-1 ; g40:rule "relations.werkt-samen-met" ; g40:confidence 0.9 ;
      dcterms:date "2024-03-01"^^xsd:date .
  g40id:evidence/brief-1/2 a g40:Evidence, rdf:Statement ;
      rdf:subject g40id:document/brief-1 ; rdf:predicate g40:mentions ; rdf:object g40id:municipality/gm0758 ;
      g40:quote "Breda" ; g40:startOffset 0 ; g40:endOffset 5 ; prov:wasDerivedFrom g40id:document/brief-1 .
}}
"""


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory) -> Path:
    from graph.store import new_dataset, save_dataset

    where = tmp_path_factory.mktemp("linked")
    dataset = new_dataset("rdflib")
    # "g40id:municipality/gm0758" reads well but is no Turtle prefixed name: written out here
    trig = re.sub(r"(g40id|g40g):([\w/-]+)", lambda m: f"<https://w3id.org/g40kg/{'id' if m[1] == 'g40id' else 'graph'}/{m[2]}>",
                  TRIG)
    dataset.parse(data=trig, format="trig")
    save_dataset(dataset, where / "kg", {"documents": [{"id": "brief-1", "title": "Brief over de binnenstad"}]})
    return where / "kg"


def make_app(graph_path: Path, engine: str, **config):
    from graph.store import open_dataset, read_manifest

    return create_app(open_dataset(graph_path, engine=engine), ServeConfig(manifest=read_manifest(graph_path), **config))


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def client(request, graph_path):
    with TestClient(make_app(graph_path, request.param)) as test_client:
        test_client.engine = request.param
        yield test_client


def parsed(response, fmt: str) -> Graph:
    return Graph().parse(data=response.content, format=fmt)


# ------------------------------------------------------------------ entity pages by content negotiation


#: what Breda's description holds: its own triples, the fact stored with Breda as subject, the
#: document that mentions it, the fact's evidence node, and the type and labels of what it names
BREDA_DESCRIPTION = {
    (BREDA, RDF.type, URIRef(G40 + "Municipality")), (BREDA, SKOS.prefLabel, Literal("Breda")),
    (BREDA, RDFS.label, Literal("Breda")), (BREDA, URIRef(G40 + "cbsCode"), Literal("GM0758")),
    (BREDA, URIRef(G40 + "collaboratesWith"), EZK),
    (DOC, URIRef(G40 + "mentions"), BREDA),
    (EVIDENCE, RDF.type, URIRef(G40 + "Evidence")), (EVIDENCE, RDF.type, RDF.Statement),
    (EVIDENCE, RDF.subject, BREDA), (EVIDENCE, RDF.predicate, URIRef(G40 + "collaboratesWith")),
    (EVIDENCE, RDF.object, EZK), (EVIDENCE, URIRef(G40 + "quote"), Literal(QUOTE)),
    (EVIDENCE, URIRef(G40 + "startOffset"), Literal(0)), (EVIDENCE, URIRef(G40 + "endOffset"), Literal(64)),
    (EVIDENCE, PROV.wasDerivedFrom, DOC), (EVIDENCE, URIRef(G40 + "rule"), Literal("relations.werkt-samen-met")),
    (EVIDENCE, URIRef(G40 + "confidence"), Literal("0.9", datatype=XSD.decimal)),
    (EVIDENCE, DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)),
    (EZK, RDF.type, URIRef(G40 + "Ministry")), (EZK, SKOS.prefLabel, Literal("EZK")), (EZK, RDFS.label, Literal("EZK")),
    (DOC, RDF.type, URIRef(G40 + "Document")), (DOC, RDFS.label, Literal("Brief over de binnenstad")),
    (DOC, DCTERMS.title, Literal("Brief over de binnenstad")), (DOC, DCTERMS.date, Literal("2024-03-01", datatype=XSD.date)),
}


@pytest.mark.parametrize("accept, fmt, media", [
    ("text/turtle", "turtle", "text/turtle"),
    ("application/ld+json", "json-ld", "application/ld+json"),
    ("application/n-triples", "nt", "application/n-triples"),
    ("application/rdf+xml", "xml", "application/rdf+xml"),
    ("text/html;q=0.5, text/turtle", "turtle", "text/turtle"),
    ("*/*;q=0.1, application/ld+json", "json-ld", "application/ld+json"),
])
def test_an_entity_page_answers_rdf_by_accept(client, accept, fmt, media):
    response = client.get("/entity/municipality/gm0758", headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    assert response.headers["vary"] == "Accept"
    suffix = {"turtle": ".ttl", "json-ld": ".jsonld", "nt": ".nt", "xml": ".rdf"}[fmt]
    assert response.headers["content-location"] == "/entity/municipality/gm0758" + suffix
    got = set(parsed(response, fmt))
    assert got == BREDA_DESCRIPTION, (got - BREDA_DESCRIPTION, BREDA_DESCRIPTION - got)


@pytest.mark.parametrize("suffix, fmt, media", [
    (".ttl", "turtle", "text/turtle"), (".jsonld", "json-ld", "application/ld+json"),
    (".nt", "nt", "application/n-triples"), (".rdf", "xml", "application/rdf+xml"),
])
def test_suffix_twins_answer_rdf_whatever_the_accept_header(client, suffix, fmt, media):
    response = client.get("/entity/municipality/gm0758" + suffix, headers={"Accept": "text/html"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    assert "content-location" not in response.headers  # it is the twin's address
    assert set(parsed(response, fmt)) == BREDA_DESCRIPTION


def test_the_description_of_the_other_end_holds_the_fact_its_evidence_and_the_name_period(client):
    got = parsed(client.get("/entity/ministry/mnre1045.ttl"), "turtle")
    assert (BREDA, URIRef(G40 + "collaboratesWith"), EZK) in got  # stored in Breda's direction
    assert (EVIDENCE, URIRef(G40 + "quote"), Literal(QUOTE)) in got
    assert (BREDA, SKOS.prefLabel, Literal("Breda")) in got
    periods = list(got.objects(EZK, URIRef(G40 + "namePeriod")))
    assert len(periods) == 1 and isinstance(periods[0], BNode)
    assert (periods[0], URIRef(G40 + "abbreviation"), Literal("EZK")) in got
    assert (MENTION, None, None) not in got  # the document's mention of an entity is not a fact about it
    assert (TILBURG, None, None) not in got


def test_a_hub_s_description_is_bounded(client, monkeypatch):
    monkeypatch.setattr("graph.serve.linked.MAX_STATEMENTS", 0)
    got = set(parsed(client.get("/entity/municipality/gm0758.ttl"), "turtle"))
    dropped = {t for t in BREDA_DESCRIPTION if t[0] == EVIDENCE or t[1] == URIRef(G40 + "mentions")}
    assert got == BREDA_DESCRIPTION - dropped - {t for t in BREDA_DESCRIPTION if t[0] == DOC}


@pytest.mark.parametrize("accept", [None, "*/*", "text/html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                                    "text/turtle;q=0.2, text/html", "application/json"])
def test_browsers_and_curl_still_get_the_page(client, accept):
    response = client.get("/entity/municipality/gm0758", headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["vary"] == "Accept, Accept-Language"
    links = re.findall(r'<link rel="alternate" type="([^"]+)" href="([^"]+)">', response.text)
    assert links == [("text/turtle", "/entity/municipality/gm0758.ttl"),
                     ("application/ld+json", "/entity/municipality/gm0758.jsonld")]
    assert "&lt;aan&gt;" in response.text and "<aan>" not in response.text  # the quote stays escaped


def test_the_json_twin_is_unchanged(client):
    response = client.get("/entity/municipality/gm0758.json", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json()["iri"] == str(BREDA) and "alternates" not in response.json()


@pytest.mark.parametrize("path, accept", [("/entity/municipality/gm9999", "text/turtle"),
                                          ("/entity/municipality/gm9999.ttl", None),
                                          ("/entity/nokind/x", "application/ld+json"),
                                          ("/entity/municipality/..%2F..%2Fetc.nt", None)])
def test_an_unknown_entity_is_a_plain_404_for_rdf_clients(client, path, accept):
    response = client.get(path, headers={"Accept": accept} if accept else {})
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text.endswith(": deze entiteit staat niet in de graaf\n"), response.text
    english = client.get(path, headers=dict({"Accept-Language": "en"}, **({"Accept": accept} if accept else {})))
    assert english.text.endswith(": no such entity in the graph\n"), english.text


def test_an_unknown_entity_is_still_the_html_404_page_for_browsers(client):
    response = client.get("/entity/municipality/gm9999", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "text/html; charset=utf-8"


# ------------------------------------------------------------------ /id/… and /def


@pytest.mark.parametrize("accept, location", [
    (None, "/entity/municipality/gm0758"), ("text/html", "/entity/municipality/gm0758"),
    ("text/turtle", "/entity/municipality/gm0758.ttl"), ("application/ld+json", "/entity/municipality/gm0758.jsonld"),
    ("application/n-triples", "/entity/municipality/gm0758.nt"), ("application/rdf+xml", "/entity/municipality/gm0758.rdf"),
])
def test_an_iri_path_is_303_see_other_to_its_page_or_rdf_twin(client, accept, location):
    response = client.get("/id/municipality/gm0758", headers={"Accept": accept} if accept else {},
                          follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == location
    assert response.headers["vary"] == "Accept"


def test_a_document_iri_resolves_to_the_document_page(client):
    response = client.get("/id/document/brief-1", follow_redirects=False)
    assert (response.status_code, response.headers["location"]) == (303, "/document/brief-1")
    followed = client.get("/id/municipality/gm0758", headers={"Accept": "text/turtle"})
    assert followed.status_code == 200 and set(parsed(followed, "turtle")) == BREDA_DESCRIPTION


def test_an_unknown_iri_is_404(client):
    assert client.get("/id/municipality/gm9999", follow_redirects=False).status_code == 404
    response = client.get("/id/municipality/gm9999", headers={"Accept": "text/turtle"}, follow_redirects=False)
    assert (response.status_code, response.headers["content-type"]) == (404, "text/plain; charset=utf-8")


def test_behind_a_proxy_the_location_keeps_the_root_path(graph_path):
    with TestClient(make_app(graph_path, "oxigraph", root_path="/g40")) as proxied:
        response = proxied.get("/id/municipality/gm0758", headers={"Accept": "text/turtle"}, follow_redirects=False)
    assert response.headers["location"] == "/g40/entity/municipality/gm0758.ttl"


@pytest.mark.parametrize("path, accept, fmt, media", [
    ("/def", None, "turtle", "text/turtle"), ("/def", "text/html", "turtle", "text/turtle"),
    ("/def", "application/ld+json", "json-ld", "application/ld+json"), ("/def.ttl", "application/ld+json", "turtle", "text/turtle"),
    ("/def.jsonld", None, "json-ld", "application/ld+json"), ("/def.rdf", None, "xml", "application/rdf+xml"),
])
def test_the_ontology_is_served_at_def(client, path, accept, fmt, media):
    response = client.get(path, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    ontology = parsed(response, fmt)
    collaborates = URIRef(G40 + "collaboratesWith")
    assert (collaborates, RDFS.label, Literal("collaborates with", lang="en")) in ontology
    assert (URIRef(G40 + "Municipality"), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in ontology
    assert client.get("/def.exe").status_code == 404


# ------------------------------------------------------------------ the SPARQL 1.1 Protocol on /sparql

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"


@pytest.mark.parametrize("accept, fmt, media", [
    (None, "turtle", "text/turtle"), ("*/*", "turtle", "text/turtle"), ("text/turtle", "turtle", "text/turtle"),
    ("application/ld+json", "json-ld", "application/ld+json"),
])
def test_get_without_a_query_is_the_service_description(client, accept, fmt, media):
    response = client.get("/sparql", headers={"Accept": accept} if accept else {})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == f"{media}; charset=utf-8"
    assert response.headers["vary"] == "Accept"
    description = parsed(response, fmt)
    [service] = description.subjects(RDF.type, URIRef(SD + "Service"))
    assert set(description.objects(service, URIRef(SD + "endpoint"))) == {URIRef("http://testserver/sparql")}
    assert set(description.objects(service, URIRef(SD + "supportedLanguage"))) == {URIRef(SD + "SPARQL11Query")}
    assert set(description.objects(service, URIRef(SD + "feature"))) == {URIRef(SD + "UnionDefaultGraph")}
    assert set(description.objects(service, URIRef(SD + "resultFormat"))) == {URIRef(FORMATS + name) for name in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML")}


def test_a_browser_without_a_query_still_gets_the_editor(client):
    response = client.get("/sparql", headers={"Accept": "text/html,*/*;q=0.8"})
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert "<textarea" in response.text


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D"),
    lambda c: c.post("/sparql", content=b"query=ASK%7B%7D&query=ASK%7B%7D",
                     headers={"Content-Type": "application/x-www-form-urlencoded"}),
    lambda c: c.post("/sparql?query=ASK%7B%7D", content=b"ASK {}", headers={"Content-Type": "application/sparql-query"}),
])
def test_a_repeated_query_parameter_is_400(client, send):
    response = send(client)
    assert response.status_code == 400
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text == "'query' staat 2 keer in het verzoek; geef één query\n"


def test_errors_follow_accept_language(client):
    response = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D", headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert (response.status_code, response.text) == (400, "'query' appears 2 times in the request; give one query\n")
    response = client.get("/sparql", params={"query": "ASK {"}, headers={"Accept-Language": "en"})
    assert response.status_code == 400 and response.text.startswith("malformed SPARQL query: "), response.text
    response = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain", "Accept-Language": "en"})
    assert (response.status_code, response.text) == (
        415, "use application/x-www-form-urlencoded or application/sparql-query\n")
    response = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert response.text == "gebruik application/x-www-form-urlencoded of application/sparql-query\n"


COUNT_GRAPHS = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _count(response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_default_graph_uri_sets_the_default_graph_on_oxigraph(client):
    if client.engine != "oxigraph":
        response = client.get("/sparql", params={"query": COUNT_GRAPHS, "default-graph-uri": FACTS})
        assert response.status_code == 400
        assert response.text == ("default-graph-uri en named-graph-uri worden alleen met de engine oxigraph ondersteund, "
                                 "niet met --engine rdflib; gebruik GRAPH in de query\n")
        return
    assert _count(client.get("/sparql", params={"query": COUNT_GRAPHS, "default-graph-uri": FACTS})) == 1
    both = [("query", COUNT_GRAPHS), ("default-graph-uri", FACTS), ("default-graph-uri", DOC_GRAPH)]
    document = _count(client.get("/sparql", params={"query": COUNT_GRAPHS, "default-graph-uri": DOC_GRAPH}))
    assert document > 20 and _count(client.get("/sparql", params=both)) == 1 + document  # the merge of the two
    # it overrides the query's FROM, and without named-graph-uri there are no named graphs
    from_doc = "SELECT (COUNT(*) AS ?n) FROM <%s> WHERE { ?s ?p ?o }" % DOC_GRAPH
    assert _count(client.get("/sparql", params={"query": from_doc, "default-graph-uri": FACTS})) == 1
    in_graphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert _count(client.get("/sparql", params={"query": in_graphs, "default-graph-uri": FACTS})) == 0
    named = client.post("/sparql", data={"query": in_graphs, "named-graph-uri": FACTS})
    assert _count(named) == 1
    assert _count(client.get("/sparql", params={"query": COUNT_GRAPHS, "named-graph-uri": FACTS})) == 0
    bad = client.get("/sparql", params={"query": COUNT_GRAPHS, "default-graph-uri": "not an iri"},
                     headers={"Accept-Language": "en"})
    assert (bad.status_code, bad.text) == (400, "default-graph-uri or named-graph-uri 'not an iri' is not an IRI\n")


def test_default_graph_uri_in_a_query_process(graph_path):
    with TestClient(make_app(graph_path, "oxigraph", query_processes=1)) as processes:
        assert _count(processes.get("/sparql", params={"query": COUNT_GRAPHS, "default-graph-uri": FACTS})) == 1
        assert _count(processes.get("/sparql", params={"query": COUNT_GRAPHS})) > 1


def test_options_says_what_is_allowed(client):
    response = client.options("/sparql")
    assert response.status_code == 204
    assert response.headers["allow"] == "GET, HEAD, POST, OPTIONS"
    assert "access-control-allow-origin" not in response.headers
    assert response.content == b""


def test_options_from_another_site_is_still_refused(client):
    response = client.options("/sparql", headers={"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("lang, line", [("nl", "queryproces 123 gestopt: de query liep langer dan 1.0 s"),
                                        ("en", "query worker 123 killed: the query ran past 1.0 s")])
def test_the_log_line_of_a_killed_worker_is_in_the_interface_language(caplog, lang, line):
    from graph.messages import language
    from graph.serve.processes import QueryProcesses

    processes = QueryProcesses(1, lang=lang)
    with caplog.at_level("WARNING", logger="graph.serve.processes"), language("en" if lang == "nl" else "nl"):
        processes._log("serve_worker_killed_timeout", pid=123, seconds="1.0")  # a request's language is not the log's
    assert [record.getMessage() for record in caplog.records] == [line]


# ------------------------------------------------------------------ a real server and a linked-data client


@pytest.mark.server
def test_rdflib_dereferences_an_iri_path_of_a_running_server(graph_path):
    """What a client does with an IRI once w3id.org points at the server: rdflib follows the 303
    with its own Accept header and reads the description."""
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    try:
        graph = Graph().parse(base + "/id/municipality/gm0758")
        ontology = Graph().parse(base + "/def")
    finally:
        stop_server(process)
    assert set(graph) == BREDA_DESCRIPTION
    assert (URIRef(G40 + "collaboratesWith"), RDFS.label, Literal("werkt samen met", lang="nl")) in ontology
