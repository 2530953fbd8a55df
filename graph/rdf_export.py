"""The graph in an RDF format: N-Quads and TriG with its named graphs, JSON-LD with compact IRIs,
and Turtle, N-Triples (sorted) and RDF/XML as one graph, the union of the named graphs (a
partition). Turtle and TriG write a confidence of 1 as ``"1"^^xsd:decimal`` (:mod:`graph.rdflib_turtle`).

Examples
--------
>>> from graph.store import new_dataset
>>> rdf_export(new_dataset(), "ntriples")
''
"""

from __future__ import annotations

import json

from rdflib import Dataset

from . import rdflib_turtle

rdflib_turtle.install()  # a confidence of 1 is "1"^^xsd:decimal in Turtle and TriG too, as in the other exports

__all__ = ["RDF_FORMATS", "rdf_export"]

#: the formats of :func:`rdf_export`
RDF_FORMATS = ("turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml")


def rdf_export(dataset: Dataset, fmt: str) -> str:
    """The whole graph in ``fmt``, one of :data:`RDF_FORMATS`."""
    if fmt in ("trig", "nquads"):
        return _with_graphs(dataset).serialize(format=fmt)
    if fmt == "jsonld":
        return _jsonld(_with_graphs(dataset))
    if fmt in ("turtle", "ntriples", "rdfxml"):  # one graph: the union of the named graphs (a partition)
        from rdflib import Graph

        from .vocab import bind_prefixes

        union = Graph()
        bind_prefixes(union)
        for triple in dataset.triples((None, None, None)):
            union.add(triple)
        if fmt == "ntriples":  # sorted: the same graph gives the same file
            return "".join(sorted(union.serialize(format="nt").splitlines(keepends=True)))
        return union.serialize(format="xml" if fmt == "rdfxml" else "turtle")
    raise ValueError(f"not an RDF format: {fmt!r}")


def _jsonld(dataset: Dataset) -> str:
    """JSON-LD with an ``@context`` of the project's prefixes (:data:`graph.vocab.PREFIXES`): property
    names, types and ``@id`` values as compact IRIs (``g40id:person/jan``), about half the size of the
    expanded form, the same quads."""
    from .vocab import PREFIXES

    context = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
    data = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    # longest namespace first, so that a namespace inside another one wins
    namespaces = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda pair: -len(pair[0]))
    return json.dumps(_compact_ids(data, namespaces), ensure_ascii=False, indent=2) + "\n"


def _compact_ids(node, namespaces):
    """``node`` (parsed JSON-LD) with every ``@id`` value in a namespace of ``namespaces`` as a compact IRI.

    >>> _compact_ids({"@id": "https://w3id.org/g40kg/id/person/jan", "x": [{"@id": "_:b0"}]},
    ...              [("https://w3id.org/g40kg/id/", "g40id")])
    {'@id': 'g40id:person/jan', 'x': [{'@id': '_:b0'}]}
    """
    if isinstance(node, list):
        return [_compact_ids(item, namespaces) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@id" and isinstance(value, str):
            for namespace, prefix in namespaces:
                local = value[len(namespace):]
                if value.startswith(namespace) and not local.startswith("//"):  # "p://…" would read as an IRI
                    value = f"{prefix}:{local}"
                    break
        elif key != "@context":
            value = _compact_ids(value, namespaces)
        out[key] = value
    return out


def _with_graphs(dataset: Dataset) -> Dataset:
    """``dataset``, or for an ``--endpoint`` (whose store cannot list its graphs) a copy of its named graphs."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    if not isinstance(dataset.store, SPARQLStore):
        return dataset
    from .query import query_rows
    from .vocab import PUSH_GRAPH, bind_prefixes

    copy = Dataset()
    bind_prefixes(copy)
    graphs: dict = {}
    # the completion graph a push wrote on the server is no part of the graph (graph.push_marker)
    for row in query_rows(dataset, f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{PUSH_GRAPH}>) }}"):
        if row.g not in graphs:
            graphs[row.g] = copy.graph(row.g)
        graphs[row.g].add((row.s, row.p, row.o))
    return copy
