"""The named graphs are a partition: each triple is in exactly one graph.

Queries without ``GRAPH`` read the union of the graphs, which Oxigraph (and Virtuoso, GraphDB,
Fuseki's union option) compute as a bag: a triple in two graphs would be counted twice.
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF

from graph.curate import apply_curation, parse_yaml_text
from graph.pipeline import build_graph
from graph.store import GRAPH_FILE, MANIFEST_FILE, OXIGRAPH_DIR, open_dataset, save_dataset
from graph.vocab import CURATED_GRAPH, FACTS_GRAPH, G40, document_graph, mint

BREDA, EZK = mint("municipality", "gm0758"), mint("ministry", "mnre1045")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def triples_per_graph(graph_file):
    """How many named graphs hold each triple of an N-Quads file."""
    lines = graph_file.read_bytes().splitlines()
    return Counter(line.rsplit(b" ", 2)[0] for line in lines if line.strip())


@pytest.fixture(scope="module")
def two_documents_one_fact(tmp_path_factory):
    where = tmp_path_factory.mktemp("partition")
    docs = where / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("De gemeente Breda werkt samen met het ministerie van Economische Zaken en Klimaat "
                                "aan de binnenstad.", encoding="utf-8")
    (docs / "b.txt").write_text("Breda werkt samen met het ministerie van EZK aan de energietransitie.",
                                encoding="utf-8")
    build_graph([docs], where / "kg", workers=1)
    return where / "kg"


def test_a_fact_two_documents_state_is_one_triple_in_the_facts_graph(two_documents_one_fact):
    dataset = open_dataset(two_documents_one_fact, engine="oxigraph")
    holders = {str(g) for _s, _p, _o, g in dataset.quads((BREDA, G40.collaboratesWith, EZK, None))}
    assert holders == {str(FACTS_GRAPH)}
    evidence = {(str(g), str(doc)) for e, _p, _o, g in dataset.quads((None, RDF.subject, BREDA, None))
                for doc in dataset.objects(e, PROV.wasDerivedFrom)}
    assert evidence == {(str(document_graph("a")), str(mint("document", "a"))),
                        (str(document_graph("b")), str(mint("document", "b")))}


def test_every_triple_is_in_one_graph_and_every_engine_counts_it_once(two_documents_one_fact):
    held = triples_per_graph(two_documents_one_fact / GRAPH_FILE)
    assert set(held.values()) == {1}
    manifest_triples = __import__("json").loads((two_documents_one_fact / MANIFEST_FILE).read_text())["counts"]["triples"]
    counts = {engine: int(next(iter(open_dataset(two_documents_one_fact, engine=engine).query(COUNT)))[0])
              for engine in ("oxigraph", "rdflib")}
    assert counts == {"oxigraph": len(held), "rdflib": len(held)} and manifest_triples == len(held)


def test_the_store_holds_only_named_graphs(two_documents_one_fact):
    store = ox.Store.read_only(str(two_documents_one_fact / OXIGRAPH_DIR))
    assert list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())) == []
    assert len(store) == len(triples_per_graph(two_documents_one_fact / GRAPH_FILE))


def facts_dataset() -> Dataset:
    """Two documents' evidence for Breda collaboratesWith EZK; the direct triple in g40g:facts."""
    dataset = Dataset(default_union=True)
    dataset.graph(FACTS_GRAPH).add((BREDA, G40.collaboratesWith, EZK))
    for doc in ("a", "b"):
        graph, evidence = dataset.graph(document_graph(doc)), mint("evidence", f"{doc}/1")
        graph.add((evidence, RDF.subject, BREDA))
        graph.add((evidence, RDF.predicate, G40.collaboratesWith))
        graph.add((evidence, RDF.object, EZK))
        graph.add((evidence, PROV.wasDerivedFrom, mint("document", doc)))
    for node, kind in ((BREDA, G40.Municipality), (EZK, G40.Ministry)):
        dataset.graph(URIRef("https://w3id.org/g40kg/graph/entities")).add((node, RDF.type, kind))
    return dataset


def test_a_curated_fact_the_documents_state_is_not_repeated_in_the_curated_graph():
    dataset = facts_dataset()
    report = apply_curation(dataset, parse_yaml_text(
        "facts:\n  - [municipality/gm0758, collaboratesWith, ministry/mnre1045]\n", "feit.yaml"))
    assert report.facts_added == 1
    holders = [str(g) for _s, _p, _o, g in dataset.quads((BREDA, G40.collaboratesWith, EZK, None))]
    assert holders == [str(FACTS_GRAPH)]
    statement = mint("curated", "feit-yaml/1")
    assert (statement, G40.curated, Literal(True)) in dataset.graph(CURATED_GRAPH)


def test_suppressing_one_documents_evidence_keeps_the_fact_the_other_still_states():
    dataset = facts_dataset()
    one = apply_curation(dataset, parse_yaml_text(
        "suppress:\n  - {subject: municipality/gm0758, predicate: collaboratesWith, object: ministry/mnre1045,"
        " document: a}\n", "weg.yaml"))
    assert (one.suppressed, one.triples_removed) == (1, 4)  # the evidence node of a; the fact holds through b
    assert (BREDA, G40.collaboratesWith, EZK) in dataset.graph(FACTS_GRAPH)
    both = apply_curation(dataset, parse_yaml_text(
        "suppress:\n  - [municipality/gm0758, collaboratesWith, ministry/mnre1045]\n", "weg.yaml"))
    assert (both.suppressed, both.triples_removed) == (1, 5)  # b's evidence node, then the direct triple
    assert (BREDA, G40.collaboratesWith, EZK) not in dataset


def test_saving_overlapping_graphs_keeps_each_triple_in_the_first_graph(tmp_path):
    dataset = Dataset(default_union=True)
    triple = (BREDA, G40.collaboratesWith, EZK)
    dataset.graph(URIRef("urn:g:b")).add(triple)
    dataset.graph(URIRef("urn:g:a")).add(triple)
    save_dataset(dataset, tmp_path / "kg", {"documents": []})
    assert (tmp_path / "kg" / GRAPH_FILE).read_bytes().decode().split() == [
        f"<{BREDA}>", f"<{G40.collaboratesWith}>", f"<{EZK}>", "<urn:g:a>", "."]
    assert int(next(iter(open_dataset(tmp_path / "kg", engine="oxigraph").query(COUNT)))[0]) == 1


def test_a_store_that_holds_its_union_in_the_default_graph_is_read_as_before(tmp_path):
    """Stores written before the graphs were a partition held the union in the default graph."""
    dataset = Dataset(default_union=True)
    dataset.graph(URIRef("urn:g:a")).add((BREDA, G40.collaboratesWith, EZK))
    dataset.graph(URIRef("urn:g:b")).add((BREDA, G40.collaboratesWith, EZK))
    (tmp_path / "kg").mkdir()
    (tmp_path / "kg" / MANIFEST_FILE).write_text('{"documents": []}', encoding="utf-8")
    (tmp_path / "kg" / GRAPH_FILE).write_bytes(dataset.serialize(format="nquads", encoding="utf-8"))
    store = ox.Store(str(tmp_path / "kg" / OXIGRAPH_DIR))
    store.load(path=str(tmp_path / "kg" / GRAPH_FILE), format=ox.RdfFormat.N_QUADS)
    store.add(ox.Quad(ox.NamedNode(str(BREDA)), ox.NamedNode(str(G40.collaboratesWith)), ox.NamedNode(str(EZK))))
    del store
    opened = open_dataset(tmp_path / "kg", engine="oxigraph")
    assert int(next(iter(opened.query(COUNT)))[0]) == 1
    assert len(list(opened.triples((BREDA, None, None)))) == 1
