"""A document's graph written as text (builds) is the graph written into rdflib (build_dataset).

:func:`graph.fragments.document_fragment` writes N-Quads text without making rdflib terms
(:class:`graph.build_terms._Texts`); :func:`graph.build.build_dataset` writes rdflib terms
(:class:`graph.build_terms._Terms`) through the same writer functions (:mod:`graph.document_writer`).
"""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic

from graph.build import build_dataset
from graph.build_stats import BuildStats
from graph.build_terms import _Terms, _Texts
from graph.corpus_cache import read_corpus_cached
from graph.document_writer import _Keys
from graph.fragments import document_fragment
from graph.gazetteer import load_gazetteer
from graph.incremental import extract_documents_cached
from graph.nquads import QuadLines, term_text
from graph.pipeline import bundled_corpus
from graph.resolve import resolve
from graph.vocab import document_graph


@pytest.fixture(scope="module")
def seed_records():
    """The bundled corpus: documents, whole extractions and their resolution."""
    documents, _warnings, _cache = read_corpus_cached([bundled_corpus()])
    gazetteer = load_gazetteer()
    cached = extract_documents_cached(documents, gazetteer, None, workers=1)
    extractions = [cached.full(i) for i in range(len(documents))]
    return documents, extractions, resolve(extractions, gazetteer)


def test_the_text_of_each_document_graph_is_the_rdflib_graph_written_as_nquads(seed_records):
    documents, extractions, resolution = seed_records
    dataset = build_dataset(documents, extractions, resolution)
    for document, extraction in zip(documents, extractions):
        expected = dataset.graph(document_graph(document.id))
        fragment = document_fragment(document, extraction, resolution)
        written = QuadLines(document_graph(document.id))
        for triple in expected:
            written.add(triple)
        assert fragment.text == written.text(), document.id  # the same lines, byte for byte
        parsed = Dataset().parse(data=fragment.text, format="nquads").graph(document_graph(document.id))
        if not isomorphic(parsed, expected):
            _both, only_text, only_rdflib = graph_diff(parsed, expected)
            pytest.fail(f"{document.id}: only in the text:\n{only_text.serialize(format='nt')}\n"
                        f"only in rdflib:\n{only_rdflib.serialize(format='nt')}")
        assert len(parsed) > 50, document.id


def test_the_text_and_the_rdflib_writer_count_alike(seed_records):
    documents, extractions, resolution = seed_records
    stats = BuildStats()
    build_dataset(documents, extractions, resolution, stats=stats)
    records = [document_fragment(d, e, resolution).record for d, e in zip(documents, extractions)]
    text_stats = BuildStats()
    for record in records:
        text_stats.add_record(record)
    assert (text_stats.relations, text_stats.mentions, text_stats.unresolved, text_stats.entity_types) == \
        (stats.relations, stats.mentions, stats.unresolved, stats.entity_types)
    assert stats.relations["hasRole"] > 0 and stats.mentions > 50, stats


@pytest.mark.parametrize("value", [0, 7, 1140, 10**20, -3, True, False])
def test_literals_as_text(value):
    assert _Texts.literal(value) == term_text(_Terms.literal(value))


@pytest.mark.parametrize("value", ["Almelo", 'zei "ja"', "a\\b", "regel\nregel\r", "", "Súdwest-Fryslân", "€ 3"])
def test_strings_as_text(value):
    assert _Texts.string(value) == term_text(_Terms.string(value))


@pytest.mark.parametrize("value", [1, 1.0, 0.85, 0.9, 0.123456, 0.1 + 0.2, 0.0005, 0])
def test_confidences_as_text(value):
    assert _Texts.confidence(value) == term_text(_Terms.confidence(value))


@pytest.mark.parametrize("value", ["2023-11-17", "2023-11", "2023", "2023-02-30", "2023-1-017"])
def test_dates_as_text(value):
    assert _Texts.date(value) == term_text(_Terms.date(value))


@pytest.mark.parametrize("method, value", [
    ("entity", "municipality/gm0758"), ("entity", "person/jan-de-vries"), ("entity", "organisation/a b&c"),
    ("predicate", "collaboratesWith"), ("predicate", "hasRole"),
    ("role", "wethouder"), ("role", "Gedeputeerde van Financiën"), ("role", "lid"),
])
def test_terms_as_text(method, value):
    assert getattr(_Texts, method)(value) == term_text(getattr(_Terms, method)(value))


def test_vocabulary_as_text():
    names = [name for name in vars(_Terms) if name.isupper()]
    assert len(names) > 30
    assert {name: getattr(_Texts, name) for name in names} == {name: term_text(getattr(_Terms, name)) for name in names}


@pytest.mark.parametrize("document_id", ["g40-synth-00001", "Kamerbrief 2023/12", "a<b>", "Notitie één"])
def test_keyed_nodes_as_text(document_id):
    as_terms, as_text = _Keys(document_id, _Terms(Graph())), _Keys(document_id, _Texts(QuadLines(document_graph(document_id))))
    for i in range(12):
        key = as_text.key("mentions", "", f"person/p{i % 5}", "", "Jan")  # repeats: -2, -3 …
        assert key == as_terms.key("mentions", "", f"person/p{i % 5}", "", "Jan")
        assert as_text.evidence(key) == term_text(as_terms.evidence(key))
    assert as_text.membership(key) == term_text(as_terms.membership(key))
    assert key.endswith("-3")


def test_a_statement_added_twice_is_written_once():
    from rdflib import Literal, URIRef

    sink = QuadLines(URIRef("urn:g"))
    sink.add((URIRef("urn:s"), URIRef("urn:p"), Literal("b")))
    sink.describe(URIRef("urn:s"), [(URIRef("urn:p"), Literal("a")), (URIRef("urn:p"), Literal("b"))])
    sink.describe_text("<urn:s>", [("<urn:p>", '"a"'), ("<urn:q>", '"a"')])
    assert len(sink) == 3
    assert sink.text().decode().splitlines() == ['<urn:s> <urn:p> "a" <urn:g> .', '<urn:s> <urn:p> "b" <urn:g> .',
                                                 '<urn:s> <urn:q> "a" <urn:g> .']
