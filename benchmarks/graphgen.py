"""A synthetic graph of a given size, in the shape of docs/architecture.md, for query benchmarks.

The facts of :mod:`benchmarks.generate`'s documents are written as a perfect extraction would
write them: per document a named graph with the document node, one evidence node per fact and
per mention, and membership nodes for ``hasRole``; the direct triples in ``g40g:facts``, entity
typing and labels in ``g40g:entities`` (each triple in one graph, as a build writes them); plus
``g40g:reference`` from the bundled gazetteer. Documents are added until the
dataset has about ``triples`` triples. The result is a normal graph directory (``graph.nq``,
``oxigraph/``, ``manifest.json``), so every command and named question runs on it.

Examples
--------
>>> import tempfile, pathlib
>>> where = pathlib.Path(tempfile.mkdtemp()) / "kg"
>>> info = write_graph(where, 6000, seed=1)
>>> info["triples"] >= 6000, (where / "oxigraph").is_dir()
(True, True)
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import World, _document  # noqa: E402

from graph.gazetteer import load_gazetteer  # noqa: E402
from graph.reference import reference_graph  # noqa: E402
from graph.store import GRAPH_FILE, MANIFEST_FILE, OXIGRAPH_DIR, load_oxigraph  # noqa: E402
from graph.vocab import ENTITIES_GRAPH, FACTS_GRAPH, REFERENCE_GRAPH, document_graph, mint  # noqa: E402

__all__ = ["write_graph"]

G40 = "https://w3id.org/g40kg/def#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def N(iri: str) -> ox.NamedNode:  # noqa: N802
    return ox.NamedNode(iri)


def _lit(value, datatype: str | None = None) -> ox.Literal:
    return ox.Literal(str(value), datatype=N(XSD + datatype)) if datatype else ox.Literal(str(value))


def _document_quads(world: World, doc_id: str, entry: dict, day: str, text: str):
    g = N(str(document_graph(doc_id)))
    doc = N(str(mint("document", doc_id)))
    out = []

    def add(s, p, o, graph=g):
        out.append(ox.Quad(s, N(p), o, graph))

    entities, facts = N(str(ENTITIES_GRAPH)), N(str(FACTS_GRAPH))

    add(doc, RDF + "type", N(G40 + "Document"))
    add(doc, DCT + "identifier", _lit(doc_id))
    add(doc, DCT + "title", _lit(text.splitlines()[0]))
    add(doc, RDFS + "label", _lit(text.splitlines()[0]))
    add(doc, DCT + "date", _lit(day, "date"))
    add(doc, DCT + "language", _lit("nl"))
    add(doc, G40 + "checksum", _lit(f"sha256:{abs(hash(text)):x}"))
    iri = {eid: N(str(mint(*world.iri[eid]))) for eid in entry["entities"]}
    count = {"ev": 0, "m": 0}

    def evidence(s, p, o, rule):
        count["ev"] += 1
        ev = N(str(mint("evidence", f"{doc_id}/{count['ev']}")))
        add(ev, RDF + "type", N(G40 + "Evidence"))
        add(ev, RDF + "type", N(RDF + "Statement"))
        add(ev, RDF + "subject", s)
        add(ev, RDF + "predicate", N(p))
        add(ev, RDF + "object", o)
        add(ev, G40 + "quote", _lit(text[40:140]))
        add(ev, G40 + "startOffset", _lit(40, "integer"))
        add(ev, G40 + "endOffset", _lit(140, "integer"))
        add(ev, PROV + "wasDerivedFrom", doc)
        add(ev, G40 + "rule", _lit(rule))
        add(ev, G40 + "confidence", _lit("0.8", "decimal"))
        add(ev, DCT + "date", _lit(day, "date"))
        return ev

    for eid, entity in entry["entities"].items():
        node = iri[eid]
        add(node, RDF + "type", N(G40 + entity["type"]), entities)
        add(node, SKOS + "prefLabel", _lit(entity["names"][0]), entities)
        add(node, RDFS + "label", _lit(entity["names"][0]), entities)
        add(doc, G40 + "mentions", node)
        evidence(doc, G40 + "mentions", node, "gazetteer")
    for fact in entry["facts"]:
        if isinstance(fact, dict):
            fact = fact["any"][0]
        s, p, o = fact[0], fact[1], fact[2]
        s = s[0] if isinstance(s, list) else s
        o = o[0] if isinstance(o, list) else o
        subject, obj = iri[s], iri[o]
        if p != "hasRole":
            add(subject, G40 + p, obj, facts)
            evidence(subject, G40 + p, obj, f"relations.{p}")
            continue
        count["m"] += 1
        membership = N(str(mint("membership", f"{doc_id}/{count['m']}")))
        role = fact[3][0]
        role_node = N(str(mint("role", role)))
        add(subject, G40 + "hasRole", membership)
        add(subject, G40 + "memberOf", obj, facts)
        for p2, o2 in ((RDF + "type", N(G40 + "Membership")), (ORG + "member", subject), (ORG + "organization", obj),
                       (ORG + "role", role_node), (G40 + "roleLabel", _lit(role)), (PROV + "wasDerivedFrom", doc),
                       (G40 + "past", _lit("false", "boolean")), (DCT + "date", _lit(day, "date"))):
            add(membership, p2, o2)
        add(role_node, RDF + "type", N(G40 + "Role"), entities)
        add(role_node, SKOS + "prefLabel", _lit(role), entities)
        ev = evidence(subject, G40 + "hasRole", obj, "relations.role")
        add(ev, G40 + "membership", membership)
        add(ev, G40 + "roleLabel", _lit(role))
    return out


def write_graph(path: Path, triples: int, *, seed: int = 40) -> dict:
    """Write a graph directory at ``path`` with about ``triples`` quads; returns counts."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    world = World(seed, people=max(50, min(20000, triples // 200)))
    rng = random.Random(seed + 1)
    reference = N(str(REFERENCE_GRAPH))
    held = {}  # triple → its quad: each triple in the first graph that states it (the gazetteer's first)
    for triple in reference_graph(load_gazetteer()):
        quad = ox.Quad(*(_ox(t) for t in triple), reference)
        held.setdefault(quad.triple, quad)
    documents = 0
    while len(held) < triples:
        documents += 1
        doc_id = f"g40-synth-{documents:06d}"
        text, meta, entry = _document(world, rng, documents, 600)
        for quad in _document_quads(world, doc_id, entry, meta["date"], text):
            held.setdefault(quad.triple, quad)
    nq = path / GRAPH_FILE
    lines = sorted(set(ox.serialize(held.values(), format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)))
    nq.write_bytes(b"".join(lines))
    if (path / OXIGRAPH_DIR).exists():
        import shutil

        shutil.rmtree(path / OXIGRAPH_DIR)
    load_oxigraph(nq, path / OXIGRAPH_DIR)
    info = {"documents": documents, "triples": len(lines), "synthetic": True}
    (path / MANIFEST_FILE).write_text(json.dumps({"documents": [], "counts": info}, indent=2), encoding="utf-8")
    return info


def _ox(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return N(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    assert isinstance(term, Literal)
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=N(str(term.datatype))) if term.datatype else ox.Literal(str(term))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic graph of about N triples.")
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(json.dumps(write_graph(args.out, args.triples)))
