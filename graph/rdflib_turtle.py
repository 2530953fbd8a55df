"""rdflib's Turtle and TriG writers, with each literal's lexical form kept (installed by :mod:`graph.query`
and :mod:`graph.rdf_export`).

rdflib writes an ``xsd:decimal`` in Turtle's short form, and where its lexical form has no point
it adds one: ``"1"^^xsd:decimal`` (a confidence, as the build writes it and Oxigraph stores it,
XSD 1.1's canonical form) becomes ``1.0``, which a reader takes as ``"1.0"^^xsd:decimal``, another
RDF term than the ``"1"`` of the N-Triples, N-Quads and JSON-LD exports (the same number, but a
graph compared term by term differs). The writers installed here spell such a decimal out with
its datatype; every other literal is written as rdflib writes it.

>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import XSD
>>> install()
>>> g = Graph(bind_namespaces="none")
>>> g.bind("ex", "https://example.org/"); g.bind("xsd", XSD)
>>> _ = g.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("1", datatype=XSD.decimal)))
>>> _ = g.add((URIRef("https://example.org/s"), URIRef("https://example.org/q"), Literal("0.8", datatype=XSD.decimal)))
>>> print(g.serialize(format="turtle").strip())
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<BLANKLINE>
ex:s ex:p "1"^^xsd:decimal ;
    ex:q 0.8 .
>>> set(Graph().parse(data=g.serialize(format="turtle"), format="turtle")) == set(g)
True
"""

from __future__ import annotations

from rdflib import Literal, plugin
from rdflib.namespace import XSD
from rdflib.plugins.serializers.trig import TrigSerializer
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.serializer import Serializer

__all__ = ["install", "Turtle", "TriG"]


def _label(base, serializer, node, position) -> str:
    if isinstance(node, Literal) and node.datatype == XSD.decimal and "." not in str(node):
        # Turtle's short form of a decimal needs a point: spelt out, it keeps its lexical form
        return node._literal_n3(use_plain=False, qname_callback=lambda dt: serializer.get_pname(dt, False))
    return base.label(serializer, node, position)


class Turtle(TurtleSerializer):
    def label(self, node, position):
        return _label(TurtleSerializer, self, node, position)


class TriG(TrigSerializer):
    def label(self, node, position):
        return _label(TrigSerializer, self, node, position)


def install() -> None:
    """Register :class:`Turtle` and :class:`TriG` under rdflib's names for them (idempotent)."""
    for name in ("turtle", "text/turtle"):
        plugin.register(name, Serializer, __name__, "Turtle")
    for name in ("trig", "application/trig"):
        plugin.register(name, Serializer, __name__, "TriG")
