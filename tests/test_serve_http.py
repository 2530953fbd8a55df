"""The real server (``g40kg serve`` in a subprocess on 127.0.0.1) queried by real clients:
SPARQLWrapper, rdflib's SPARQLStore and plain HTTP (httpx), plus a bounded load test."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from serve_fixture import EZK, make_graph

pytestmark = [pytest.mark.server,
              pytest.mark.filterwarnings("ignore::RuntimeWarning"),  # SPARQLWrapper's notes on query types
              pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")]  # SPARQLWrapper

SELECT_MINISTRIES = "SELECT ?m ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label } ORDER BY ?label"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(graph_path, *extra: str) -> tuple[subprocess.Popen, str]:
    """``g40kg serve`` on a free loopback port; returns the process and its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-c", "from graph.cli import main; main()", "--graph", str(graph_path),
               "serve", "--host", "127.0.0.1", "--port", str(port), *extra]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited {process.returncode}: {process.stderr.read().decode()}")
        try:
            httpx.get(base + "/openapi.json", timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise AssertionError("server did not start within 60 s")


def stop_server(process: subprocess.Popen) -> str:
    process.terminate()
    try:
        _, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
    return err.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    graph_path = make_graph(tmp_path_factory.mktemp("http"))
    process, base = start_server(graph_path, "--timeout", "2", "--max-rows", "100000")
    yield base
    stop_server(process)


# --------------------------------------------------------------------------- SPARQLWrapper


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_sparqlwrapper_select_formats(server, fmt):
    from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(SELECT_MINISTRIES)
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV, "tsv": TSV}[fmt])
    result = client.query()
    assert result.response.headers["Content-Type"].split(";")[0] == {
        "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
        "csv": "text/csv", "tsv": "text/tab-separated-values"}[fmt]
    converted = result.convert()
    if fmt == "json":
        assert [b["label"]["value"] for b in converted["results"]["bindings"]] == ["BZK", "EZK"]
    elif fmt == "xml":
        literals = [n.firstChild.data for n in converted.getElementsByTagName("literal")]
        assert literals == ["BZK", "EZK"]
    else:
        text = converted.decode() if isinstance(converted, bytes) else converted
        assert text.splitlines()[0] in ("m,label", "?m\t?label") and "EZK" in text


def test_sparqlwrapper_post_and_construct(server):
    from SPARQLWrapper import JSONLD, POST, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setMethod(POST)
    client.setQuery("CONSTRUCT { ?a g40:collaboratesWith ?b } WHERE { ?a g40:collaboratesWith ?b }")
    for fmt in (TURTLE, JSONLD):
        client.setReturnFormat(fmt)
        graph = client.queryAndConvert()
        if not isinstance(graph, Graph):
            graph = Graph().parse(data=graph, format="turtle")
        assert len(graph) == 2 and (None, None, URIRef(EZK)) in graph


def test_sparqlwrapper_ask_and_update_refused(server):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = SPARQLWrapper(server + "/sparql")
    client.setReturnFormat(JSON)
    client.setQuery("ASK { ?p a g40:Person }")
    assert client.queryAndConvert()["boolean"] is True
    updater = SPARQLWrapper(server + "/sparql")
    updater.setMethod(POST)
    updater.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception) as refused:
        updater.query()
    assert "403" in str(refused.value)
    client.setQuery("SELEC broken")
    with pytest.raises(QueryBadFormed) as bad:
        client.query()
    assert "SPARQL" in str(bad.value)


# --------------------------------------------------------------------------- rdflib SPARQLStore


@pytest.mark.parametrize("return_format", [None, "json"])
def test_rdflib_sparqlstore_repeated_queries(server, return_format):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server + "/sparql", returnFormat=return_format) if return_format else SPARQLStore(server + "/sparql")
    graph = Graph(store=store)
    query = ("SELECT ?label WHERE { ?m a <https://w3id.org/g40kg/def#Ministry> ; "
             "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?label")
    answers = [[row.label for row in graph.query(query)] for _ in range(10)]
    assert answers == [[Literal("BZK"), Literal("EZK")]] * 10
    assert (URIRef(EZK), None, Literal("EZK")) in graph
    assert bool(graph.query("ASK { ?s ?p ?o }")) is True
    described = graph.query(f"CONSTRUCT {{ <{EZK}> ?p ?o }} WHERE {{ <{EZK}> ?p ?o }}")
    assert (URIRef(EZK), None, Literal("EZK")) in described.graph


# --------------------------------------------------------------------------- plain HTTP


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                    "text/tab-separated-values"])
def test_httpx_select_content_types(server, accept):
    response = httpx.post(server + "/sparql", data={"query": SELECT_MINISTRIES}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == accept
    assert "EZK" in response.text and "BZK" in response.text


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld")])
def test_httpx_graph_content_types(server, accept, fmt):
    response = httpx.get(server + "/sparql", params={"query": f"DESCRIBE <{EZK}>"}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == accept
    assert (URIRef(EZK), None, Literal("EZK")) in Graph().parse(data=response.text, format=fmt)
    store = httpx.get(server + "/rdf-graph-store?default", headers={"Accept": accept})
    assert store.status_code == 200 and len(Graph().parse(data=store.text, format=fmt)) > 100


def test_httpx_errors(server):
    assert httpx.post(server + "/sparql", content="DROP ALL",
                      headers={"Content-Type": "application/sparql-update"}).status_code == 403
    bad = httpx.get(server + "/sparql", params={"query": "SELECT ?x WHERE {"})
    assert bad.status_code == 400 and "SPARQL" in bad.text
    slow = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"},
                     timeout=30)
    assert slow.status_code == 503, slow.text[:200]
    # the query process the timeout ended is replaced first: seconds on a busy machine (httpx waits 5 s by default)
    after = httpx.get(server + "/sparql", params={"query": "ASK { ?s a g40:Person }"}, timeout=60)
    assert after.json()["boolean"] is True


def test_explorer_over_http(server):
    home = httpx.get(server + "/?lang=en")
    assert home.status_code == 200 and "Most connected ministries" in home.text
    assert httpx.get(server + "/entity/ministry/mnre1045.json").json()["label"] == "EZK"


@pytest.mark.timeout(240)
def test_bounded_load(server):
    """20 concurrent clients × 50 queries each: every answer complete and correct."""
    queries = [SELECT_MINISTRIES, "ASK { ?p a g40:Person }",
               "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]

    def client(number: int) -> list[str]:
        problems = []
        with httpx.Client(base_url=server, timeout=30) as http:
            for i in range(50):
                query = queries[(number + i) % len(queries)]
                response = http.post("/sparql", data={"query": query},
                                     headers={"Accept": "application/sparql-results+json"})
                if response.status_code != 200:
                    problems.append(f"{response.status_code}: {response.text[:100]}")
                    continue
                body = response.json()
                if query is SELECT_MINISTRIES and len(body["results"]["bindings"]) != 2:
                    problems.append(f"wrong rows: {body}")
        return problems

    with ThreadPoolExecutor(max_workers=20) as pool:
        problems = [p for found in pool.map(client, range(20)) for p in found]
    assert problems == []


# --------------------------------------------------------------------------- the process itself


def test_token_over_http(tmp_path, runner, monkeypatch):
    from graph.cli import cli

    process, base = start_server(make_graph(tmp_path), "--token", "geheim")
    try:
        assert httpx.get(base + "/sparql", params={"query": "ASK {}"}).status_code == 401
        ok = httpx.get(base + "/sparql", params={"query": "ASK {}"}, headers={"Authorization": "Bearer geheim"})
        assert ok.status_code == 200 and ok.json()["boolean"] is True
        # the command line reads such a server with the token in G40KG_TOKEN
        ask = ["--endpoint", base + "/sparql", "query", "ASK { ?s ?p ?o }", "--format", "json"]
        monkeypatch.delenv("G40KG_TOKEN", raising=False)
        denied = runner.invoke(cli, ask)
        message = (f"het SPARQL-endpoint {base}/sparql vraagt een token (HTTP 401): zet G40KG_TOKEN op het token "
                   "van de server (g40kg serve --token …)")
        # asked with --format json: the error is also one JSON object on stdout (round 35u, for scripts)
        assert (denied.exit_code, denied.stderr, json.loads(denied.stdout)) == (
            1, f"Fout: {message}\n", {"error": message, "exit_code": 1, "code": "remote"}), denied.output
        monkeypatch.setenv("G40KG_TOKEN", "fout")
        wrong = runner.invoke(cli, ask)
        assert wrong.exit_code == 1 and "weigert het token in G40KG_TOKEN (HTTP 401)" in wrong.output, wrong.output
        monkeypatch.setenv("G40KG_TOKEN", "geheim")
        allowed = runner.invoke(cli, ask)
        assert allowed.exit_code == 0 and '"boolean": true' in allowed.output, allowed.output
    finally:
        stop_server(process)


# --------------------------------------------------------------------------- the bundled corpus


def test_bundled_corpus_over_http(seed_graph, seed_dataset):
    """``g40kg serve`` on the bundled corpus: every client sees the same answer as the store itself."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    from SPARQLWrapper import CSV, JSON, SPARQLWrapper

    query = ("SELECT ?a ?b WHERE { ?a <https://w3id.org/g40kg/def#collaboratesWith> ?b } ORDER BY ?a ?b")
    expected = [(str(row.a), str(row.b)) for row in seed_dataset.query(query)]
    assert expected
    process, base = start_server(seed_graph)
    try:
        client = SPARQLWrapper(base + "/sparql")
        client.setQuery(query)
        client.setReturnFormat(JSON)
        rows = client.queryAndConvert()["results"]["bindings"]
        assert [(r["a"]["value"], r["b"]["value"]) for r in rows] == expected
        client.setReturnFormat(CSV)
        assert len(client.queryAndConvert().decode().strip().splitlines()) == len(expected) + 1
        graph = Graph(store=SPARQLStore(base + "/sparql", returnFormat="json"))
        for _ in range(5):
            assert [(str(r.a), str(r.b)) for r in graph.query(query)] == expected
        home = httpx.get(base + "/index.json").json()
        for item in home["ministries"][:3]:
            assert httpx.get(base + item["path"]).status_code == 200
    finally:
        stop_server(process)


def test_cli_read_commands_against_the_server(server, runner):
    """``g40kg --endpoint <server>/sparql …``: the project's own remote mode works against ``g40kg serve``."""
    from graph.cli import cli

    result = runner.invoke(cli, ["--endpoint", server + "/sparql", "collaborators", "EZK"])
    assert result.exit_code == 0, result.output + result.stderr
    assert "Taskforce Economisch Herstel" in result.stdout
    assert "De Taskforce Economisch Herstel werkt samen met het ministerie van EZK." in result.stdout
