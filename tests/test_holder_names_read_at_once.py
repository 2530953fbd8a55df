"""The holders' names tenure compares (graph.tenure.holder_names): read in one pass over the store's labels
when there are many holders (round 54i: 2,900 lookups at 10,000 documents), the same names as one lookup
each gives: a holder with one label, one with two (a correction's label in another graph: the lookup's
first), one without a label, and a holder of an office nobody else held (not compared, not read)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph import tenure
from graph.tenure import Term, holder_names

E = "https://example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
ENTITIES, CURATED = ox.NamedNode(E + "graph/entities"), ox.NamedNode(E + "graph/curated")

TERMS = [Term("e1", E + "anna", E + "ede", "voorzitter", "2020-01-01", None, False),
         Term("e2", E + "bram", E + "ede", "voorzitter", "2022-01-01", None, False),
         Term("e3", E + "cees", E + "ede", "voorzitter", "2024-01-01", None, False),
         Term("e4", E + "dirk", E + "ede", "penningmeester", "2024-01-01", None, False),  # alone in his office
         Term("e5", E + "anna", E + "ede", "wethouder", "2024-01-01", None, False)]  # no single office


@pytest.fixture(scope="module")
def store():
    store = ox.Store()
    for who, label, graph in (("anna", "Anna de Wit", ENTITIES), ("bram", "Bram Kok", ENTITIES),
                              ("bram", "B. Kok", CURATED), ("dirk", "Dirk Smit", ENTITIES)):
        store.add(ox.Quad(ox.NamedNode(E + who), LABEL, ox.Literal(label), graph))
    return store


def _looked_up(store, holder):
    return next(store.quads_for_pattern(ox.NamedNode(holder), LABEL, None, None)).object.value


@pytest.mark.parametrize("at_once", [10_000, 0], ids=["looked-up", "read-at-once"])
def test_the_names_are_each_holders_first_label(store, monkeypatch, at_once):
    monkeypatch.setattr(tenure, "HOLDERS_READ_AT_ONCE", at_once)
    names = holder_names(store, TERMS)
    assert names == {E + "anna": "Anna de Wit", E + "bram": _looked_up(store, E + "bram")}
    assert list(names) == [E + "anna", E + "bram"]  # in the holders' order, cees (no label) left out


def test_a_few_holders_among_many_are_looked_up(store, monkeypatch):
    monkeypatch.setattr(tenure, "HOLDERS_READ_AT_ONCE", 0)
    monkeypatch.setattr(tenure, "_single_labels", lambda *_: pytest.fail("read at once"))
    others = [Term(f"m{n}", f"{E}member{n}", E + "ede", "lid", "2024-01-01", None, False) for n in range(10)]
    assert holder_names(store, TERMS + others) == {E + "anna": "Anna de Wit", E + "bram": _looked_up(store, E + "bram")}
