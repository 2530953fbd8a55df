"""The vocabulary is in the graph, in ``g40g:ontology``: SPARQL finds its labels like anything else."""

from __future__ import annotations

import json

import pytest
from rdflib import BNode, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import VOID

from graph.fragments import SKOLEM, ontology_fragment
from graph.resources import ontology_path
from graph.store import GRAPH_FILE, MANIFEST_FILE, open_dataset
from graph.vocab import G40G, G40ID, ONTOLOGY_GRAPH

DATASET = G40ID["dataset"]
QUERY = "SELECT ?label WHERE { g40:Person rdfs:label ?label } ORDER BY ?label"


def test_the_ontology_graph_is_the_file_served_at_def(seed_graph):
    dataset = open_dataset(seed_graph, engine="oxigraph")
    held = Graph()
    for quad in dataset.quads((None, None, None, ONTOLOGY_GRAPH)):  # Skolem IRIs back to blank nodes
        held.add(tuple(BNode(t[len(SKOLEM):]) if t.startswith(SKOLEM) else t for t in quad[:3]))
    assert not any(isinstance(t, BNode) for q in dataset.quads((None, None, None, None)) for t in q), "no blank node"
    assert str(ONTOLOGY_GRAPH) == str(G40G["ontology"]) == "https://w3id.org/g40kg/graph/ontology"
    assert isomorphic(held, Graph().parse(ontology_path("g40.ttl"), format="turtle"))


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_query_without_graph_finds_a_class_label(seed_graph, engine):
    from graph.query import run_sparql

    rows = run_sparql(open_dataset(seed_graph, engine=engine), QUERY).rows
    assert [str(row["label"]) for row in rows] == ["person", "persoon"], rows


def test_the_endpoint_finds_a_class_label(seed_graph):
    from starlette.testclient import TestClient

    from graph.serve import ServeConfig, create_app
    from graph.store import read_manifest

    app = create_app(open_dataset(seed_graph, engine="oxigraph"), ServeConfig(manifest=read_manifest(seed_graph)))
    with TestClient(app) as client:
        response = client.get("/sparql", params={"query": QUERY}, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    bindings = response.json()["results"]["bindings"]
    assert [(b["label"]["value"], b["label"]["xml:lang"]) for b in bindings] == [("person", "en"), ("persoon", "nl")]


def test_its_triples_count_with_the_rest(seed_graph):
    manifest = json.loads((seed_graph / MANIFEST_FILE).read_text(encoding="utf-8"))
    lines = (seed_graph / GRAPH_FILE).read_bytes().splitlines()
    ontology = [line for line in lines if line.endswith(f"<{ONTOLOGY_GRAPH}> .".encode())]
    assert len(ontology) == len(Graph().parse(ontology_path("g40.ttl"), format="turtle")) == 526  # 458 + g40:CurationRule, mergedFrom, mergedInto, factCount; + validFromPrecision, validUntilPrecision; + portfolio (round 45m; 6 each); + inferredFrom (6), startedBy (5) (round 46k); + g40MemberUntil (7, round 58m); + caseNumber (7, round 58d)
    assert manifest["counts"]["triples"] == len(lines), "the summary's triples: every graph, the ontology's too"
    dataset = open_dataset(seed_graph, engine="oxigraph")
    void_triples = next(dataset.objects(DATASET, VOID.triples))
    assert void_triples == Literal(len(lines))


def test_every_build_writes_it_alike_and_a_rebuild_reuses_it():
    first, again = ontology_fragment(), ontology_fragment()
    assert first.text == again.text and f"<{SKOLEM}".encode() in first.text, "canonical Skolem IRIs"
    reused = ontology_fragment({"graphs": {str(ONTOLOGY_GRAPH): {"key": first.key, "record": {}}}})
    assert (reused.key, reused.text) == (first.key, None)
