"""rdflib's engine keeps the queries it translated (graph.rdflib_sparql.CachedSPARQLProcessor): a text is
read again with the prefixes and base of the graph that runs it, and runs alike each time."""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef

from graph.rdflib_sparql import _translated, install

ONE, TWO = Namespace("urn:one:"), Namespace("urn:two:")
install()  # as graph.query does on import


def _graph(prefix: Namespace) -> Graph:
    made = Graph()
    made.bind("ex", prefix)
    made.add((ONE.a, ONE.p, Literal("one")))
    made.add((TWO.a, TWO.p, Literal("two")))
    return made


def test_a_kept_query_reads_its_prefixes_from_the_graph_that_runs_it():
    text = "SELECT ?o WHERE { ex:a ex:p ?o }"
    assert [str(row.o) for row in _graph(ONE).query(text)] == ["one"]
    assert [str(row.o) for row in _graph(TWO).query(text)] == ["two"]
    assert [str(row.o) for row in _graph(ONE).query(text)] == ["one"]


def test_a_kept_query_runs_again_with_other_bindings_and_fresh_blank_nodes():
    one = _graph(ONE)
    text = "CONSTRUCT { [] <urn:saw> ?o } WHERE { ?s ?p ?o }"
    before = _translated.cache_info().hits
    first, second = one.query(text).graph, one.query(text).graph
    assert _translated.cache_info().hits == before + 1
    assert len(first) == len(second) == 2
    assert not set(first.subjects()) & set(second.subjects())  # each run makes its own blank nodes
    bound = "SELECT ?o WHERE { ?s ?p ?o }"
    assert [str(r.o) for r in one.query(bound, initBindings={"s": ONE.a})] == ["one"]
    assert [str(r.o) for r in one.query(bound, initBindings={"s": TWO.a})] == ["two"]
    assert [str(r.o) for r in one.query(bound, initBindings={"s": URIRef("urn:none")})] == []
