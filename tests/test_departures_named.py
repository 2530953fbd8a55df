"""The departures a build reads (graph.departure_ends.departures): the rows of DEPARTURES, asked about the
evidence with an end only (round 54i: the query alone read every affiliation's evidence, 0.6 s of a rebuild
at 10,000 documents).

Each case of the query on one small store: a departure with no start, one with a start said to be over, one
split over two graphs, and the near misses (a start not said to be over, said not over, a role's end, no end,
a blank evidence node, a literal holder). The names asked about give the query's own rows, and so do many
of them (beyond MAX_NAMED the query is asked whole).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph import departure_ends
from graph.departure_ends import DEPARTURES, departures

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
G40 = "https://w3id.org/g40kg/def#"
XSD = "http://www.w3.org/2001/XMLSchema#"
E = "https://example.org/"
DOC, CURATED = ox.NamedNode(E + "graph/doc"), ox.NamedNode(E + "graph/curated")


def _date(day):
    return ox.Literal(day, datatype=ox.NamedNode(XSD + "date"))


def _flag(value):
    return ox.Literal(value, datatype=ox.NamedNode(XSD + "boolean"))


def _evidence(store, node, predicate, holder, body, graph=DOC, **values):
    statements = [(RDF + "predicate", ox.NamedNode(G40 + predicate)), (RDF + "subject", holder),
                  (RDF + "object", ox.NamedNode(E + body))]
    statements += [(G40 + name, value) for name, value in values.items()]
    for name, value in statements:
        store.add(ox.Quad(node, ox.NamedNode(name), value, graph))


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    jan = ox.NamedNode(E + "person/jan")
    ev = lambda name: ox.NamedNode(E + "ev/" + name)  # noqa: E731
    _evidence(store, ev("no-start"), "affiliatedWith", jan, "ienw", validUntil=_date("2025-08-31"))
    _evidence(store, ev("over"), "affiliatedWith", jan, "bzk", validFrom=_date("2024-01-01"),
              validUntil=_date("2025-05-31"), past=_flag("true"))
    # split: the statement in the document's graph, its end in the curated graph
    _evidence(store, ev("split"), "affiliatedWith", jan, "vng")
    store.add(ox.Quad(ev("split"), ox.NamedNode(G40 + "validUntil"), _date("2025-03-31"), CURATED))
    # near misses
    _evidence(store, ev("start-not-over"), "affiliatedWith", jan, "ezk", validFrom=_date("2024-01-01"),
              validUntil=_date("2025-05-31"))
    _evidence(store, ev("said-not-over"), "affiliatedWith", jan, "ocw", validFrom=_date("2024-01-01"),
              validUntil=_date("2025-05-31"), past=_flag("false"))
    _evidence(store, ev("role"), "hasRole", jan, "vws", validUntil=_date("2025-05-31"))
    _evidence(store, ev("no-end"), "affiliatedWith", jan, "jenv")
    _evidence(store, ox.BlankNode("blank"), "affiliatedWith", jan, "fin", validUntil=_date("2025-05-31"))
    _evidence(store, ev("literal-holder"), "affiliatedWith", ox.Literal("Jan"), "def", validUntil=_date("2025-05-31"))
    return store


def _whole_query(store):
    return {row["ev"].value: (row["holder"].value, row["body"].value)
            for row in store.query(DEPARTURES, use_default_graph_as_union=True)}


EXPECTED = {E + "ev/no-start": (E + "person/jan", E + "ienw"),
            E + "ev/over": (E + "person/jan", E + "bzk"),
            E + "ev/split": (E + "person/jan", E + "vng")}


def test_the_departures_are_the_whole_querys_rows(store):
    assert departures(store) == EXPECTED
    assert _whole_query(store) == EXPECTED


def test_more_ends_than_named_asks_the_whole_query(store, monkeypatch):
    monkeypatch.setattr(departure_ends, "MAX_NAMED", 2)  # seven evidence nodes with an end
    assert departures(store) == EXPECTED


def test_a_store_without_ends_has_no_departures():
    store = ox.Store()
    _evidence(store, ox.NamedNode(E + "ev/a"), "affiliatedWith", ox.NamedNode(E + "person/jan"), "ienw")
    assert departures(store) == {} == _whole_query(store)
