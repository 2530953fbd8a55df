"""A person of whom the graph holds no fact gets no page in the explorer or the static site.

A resident quoted in a news item ('"…," vertelde Eva Smit, die een boekhandel heeft in …') is a
mention and nothing more: no role, affiliation, partner or succession. The graph is about people in
public roles (docs/privacy.md, purpose limitation); a page with only "no facts" and the document
that names her publishes a private person for nothing (walkthrough 26, finding 13). So such a
person's page answers 404, and a document's page names her in its text without a link (the static
site then writes no page for her). The graph, ``g40kg entity`` and SPARQL still have the mention;
``build --minimal-people`` leaves her out of the graph as well.

A fact is any evidence or curated statement with the person as its subject, or as its object other
than a document's mention.

Examples
--------
>>> from graph.store import new_dataset
>>> from graph.vocab import G40, G40ID
>>> from rdflib import RDF
>>> ds = new_dataset(); g = ds.graph(G40ID["document/d"])
>>> eva, ev = G40ID["person/eva-smit"], G40ID["evidence/d/1"]
>>> for triple in ((ev, RDF.subject, G40ID["document/d"]), (ev, RDF.predicate, G40.mentions), (ev, RDF.object, eva)):
...     _ = g.add(triple)
>>> has_facts(ds, eva)
False
>>> sorted(str(iri).rsplit("/", 1)[-1] for iri in pageless(ds, [str(eva), str(G40ID["municipality/gm0758"])]))
['eva-smit']
"""

from __future__ import annotations

from rdflib import URIRef

from .explore_common import select_rows

__all__ = ["has_facts", "pageless"]

_HAS_FACTS = """SELECT ?statement WHERE {
  { ?statement rdf:subject ?e } UNION { ?statement rdf:object ?e ; rdf:predicate ?p . FILTER(?p != g40:mentions) }
} LIMIT 1"""


def has_facts(dataset, iri) -> bool:
    """Whether the graph holds a fact of ``iri`` (a mention aside)."""
    return bool(select_rows(dataset, _HAS_FACTS, e=URIRef(str(iri))))


def pageless(dataset, iris) -> set[str]:
    """Of ``iris``, the persons of whom the graph holds no fact: no page, no link."""
    return {iri for iri in set(iris) if "/id/person/" in iri and not has_facts(dataset, iri)}
