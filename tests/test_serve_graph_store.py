"""The Graph Store Protocol (``/rdf-graph-store``) in-process: a named graph, the default graph
as the union, the whole dataset, and its row limit.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

from rdflib import Graph, URIRef

from serve_fixture import ANNA, DOC_GRAPH, EZK, FIXTURE, in_process_client, make_app


def test_graph_store_named_graph(client):
    response = client.get("/rdf-graph-store", params={"graph": DOC_GRAPH}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    graph = Graph().parse(data=response.text, format="nt")
    assert (URIRef(ANNA), URIRef("https://w3id.org/g40kg/def#memberOf"), None) in graph
    assert not list(graph.triples((URIRef(EZK), None, None))) or all(
        str(p).endswith("collaboratesWith") for _, p, _ in graph.triples((None, None, URIRef(EZK))))


def test_graph_store_default_is_the_union(client):
    response = client.get("/rdf-graph-store?default", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    direct = Graph().parse(FIXTURE / "graph.trig", format="trig")  # nothing: Graph parse keeps only... use Dataset
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURE / "graph.trig", format="trig")
    assert len(graph) == len(set(dataset.triples((None, None, None)))), (len(graph), len(direct))


def test_graph_store_whole_dataset_and_errors(client):
    whole = client.get("/rdf-graph-store", headers={"Accept": "application/n-quads"})
    assert whole.status_code == 200
    assert f"<{DOC_GRAPH}> ." in whole.text
    missing = client.get("/rdf-graph-store", params={"graph": "urn:nope"})
    assert missing.status_code == 404
    for method in ("put", "delete", "post"):
        refused = client.request(method.upper(), "/rdf-graph-store?default", content=b"")
        assert refused.status_code == 405, (method, refused.text)


def test_the_graph_store_keeps_to_max_rows(graph_path):
    with in_process_client(make_app(graph_path, max_rows=5)) as small:
        whole = small.get("/rdf-graph-store", params={"format": "nq"})
        one = small.get("/rdf-graph-store", params={"graph": DOC_GRAPH, "format": "nt"})
    assert whole.status_code == 413 and "--max-rows (5)" in whole.text and "g40kg export" in whole.text
    assert one.status_code == 413
