"""Links and labels the explorer reads for many nodes at once (:mod:`graph.serve.explore_common`).

Question pages link every evidence node to its quote, and entity pages label every document;
on Oxigraph these are read in one query per 500 nodes. The answers must equal the node-by-node
look-ups, on both engines, across a batch boundary.
"""

from __future__ import annotations

import pytest
from rdflib import Literal

from graph.serve import explore_common
from graph.store import new_dataset
from graph.vocab import G40, G40ID, PREFIXES

DOCUMENTS = 1_203  # three batches of 500, the last one short


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def dataset(request):
    """Documents doc-0000 … with a title (every third has none), each with one evidence node."""
    ds = new_dataset(request.param)
    graph = ds.graph(G40ID["graph/batches"])
    for n in range(DOCUMENTS):
        doc, ev = G40ID[f"document/doc-{n:04d}"], G40ID[f"evidence/ev-{n:04d}"]
        if n % 3:
            graph.add((doc, PREFIXES["dcterms"].title, Literal(f"Verslag {n}")))
        graph.add((ev, PREFIXES["prov"].wasDerivedFrom, doc))
        if n % 2:  # offsets on every other node only
            graph.add((ev, G40.startOffset, Literal(n)))
            graph.add((ev, G40.endOffset, Literal(n + 5)))
    graph.add((G40ID["evidence/orphan"], G40.quote, Literal("zonder document")))
    return ds


def test_labels_of_equals_label_of_across_batches(dataset):
    documents = [G40ID[f"document/doc-{n:04d}"] for n in range(DOCUMENTS)]
    labels = explore_common.labels_of(dataset, documents + [None])
    assert len(labels) == DOCUMENTS
    assert labels[str(documents[1])] == "Verslag 1"
    assert labels[str(documents[3])] == "doc-0003"  # no title: the IRI's tail
    assert labels[str(documents[1202])] == "Verslag 1202"
    assert labels == {str(d): explore_common.label_of(dataset, d) for d in documents}


def test_evidence_links_across_batches(dataset):
    evidence = [G40ID[f"evidence/ev-{n:04d}"] for n in range(DOCUMENTS)]
    links = explore_common.evidence_links(dataset, evidence + [G40ID["evidence/orphan"], G40ID["document/doc-0001"],
                                                        Literal("tekst"), None])
    assert len(links) == DOCUMENTS  # the orphan has no document; other terms are no evidence
    assert links[str(evidence[0])] == "/document/doc-0000"
    assert links[str(evidence[1201])] == "/document/doc-1201?start=1201&end=1206#evidence"
