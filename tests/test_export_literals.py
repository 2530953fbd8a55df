"""Every RDF export of the bundled graph spells a literal alike: a confidence of 1 is
``"1"^^xsd:decimal`` in Turtle and TriG too (rdflib's short form ``1.0`` is another term)."""

from __future__ import annotations

import warnings

import pytest
from rdflib import ConjunctiveGraph, Graph, Literal
from rdflib.namespace import XSD

from graph.export import export
from graph.vocab import G40

FORMATS = {"turtle": "turtle", "trig": "trig", "ntriples": "nt", "nquads": "nquads", "jsonld": "json-ld",
           "rdfxml": "xml"}


def confidences(text: str, parser: str) -> set[tuple[str, str]]:
    graph = ConjunctiveGraph() if parser in ("trig", "nquads", "json-ld") else Graph()
    graph.parse(data=text, format=parser)
    return {(str(o), str(o.datatype)) for o in graph.objects(None, G40.confidence)}


@pytest.fixture(scope="module")
def exported(seed_dataset):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # ConjunctiveGraph
        return {fmt: confidences(export(seed_dataset, fmt), parser) for fmt, parser in FORMATS.items()}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_export_spells_a_confidence_as_the_store_does(exported, fmt):
    assert ("1", str(XSD.decimal)) in exported[fmt], sorted(exported[fmt])
    assert exported[fmt] == exported["nquads"], f"{fmt}: {sorted(exported[fmt] ^ exported['nquads'])}"
    assert all(datatype == str(XSD.decimal) for _lexical, datatype in exported[fmt])


def test_turtle_writes_a_whole_decimal_with_its_datatype(seed_dataset):
    text = export(seed_dataset, "turtle")
    assert 'g40:confidence "1"^^xsd:decimal' in text
    assert "g40:confidence 1.0" not in text and "g40:confidence 0.8" in text
    assert Literal("1", datatype=XSD.decimal) != Literal("1.0", datatype=XSD.decimal), "two terms: why it matters"
