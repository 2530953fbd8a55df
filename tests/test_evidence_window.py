"""Round 52q: the time filter decided in Python (``graph/evidence_window.py``) keeps exactly the evidence nodes
that the SPARQL filter (``graph.timefilter.time_filter``) keeps, on both engines, for ``--at``, ``--from``,
``--until``, ``--from/--until`` and ``--as-of`` on every day around the values the nodes hold.

The nodes are every combination (a fixed sample of them) of the filter's cases: a start and an end the text
gives or not (one the document's period only, with and without a precision), an end inferred for a term
with what ended it known before or after the day (its document's date or period, a start or an end it
states), a start announced earlier, the evidence's own date, a fact the text says is over, documents with
a date, a period, both or neither, and two values of one property."""

from __future__ import annotations

import random
from itertools import product

import pytest
from fixture_graph import ENGINES
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.evidence_window import filter_inputs, kept_by
from graph.query import run_sparql
from graph.questions import sparql_term
from graph.store import new_dataset
from graph.timefilter import time_filter

G40 = "https://w3id.org/g40kg/def#"
PROV = "http://www.w3.org/ns/prov#"
DATE = "http://purl.org/dc/terms/date"
TEST = "urn:test:"

#: the days the nodes hold; the windows ask these and the days either side of them
DAYS = ["2023-01-01", "2023-06-30", "2024-01-01", "2024-03-31", "2024-05-01", "2024-12-31", "2025-02-01"]

#: a document's date, period start and period end
DOCUMENTS = {"none": (None, None, None), "dated": ("2024-05-01", None, None),
             "period": (None, "2024-01-01", "2024-12-31"), "both": ("2025-02-01", "2024-01-01", "2024-12-31"),
             "early": ("2023-01-01", None, None)}

#: what ended an inferred end: (its validFrom, its validUntil, its document)
ENDERS = {"none": None, "later": (None, None, "both"), "earlier": (None, None, "early"),
          "stated start": ("2023-06-30", None, "both"), "stated end": (None, "2024-03-31", "both"),
          "undated": (None, None, "none")}

CASES = list(product(
    [None, "2023-01-01", "2024-01-01"],          # validFrom
    [None, "2024-12-31", "2023-06-30"],          # validUntil
    [None, "2024-03-31"],                        # inferredUntil
    list(ENDERS),                                # what ended it
    [None, "2024-05-01", ("2024-05-01", "2023-06-30")],  # the evidence's dcterms:date (two values)
    [None, "2023-06-30"],                        # inferredFrom
    [False, True],                               # g40:past
    [False, True],                               # g40:validUntilPrecision
    ["none", "dated", "period", "both", ("dated", "period")],  # its documents
))
SAMPLE = sorted(random.Random(52).sample(range(len(CASES)), 240))


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def evidence_triples() -> list[tuple]:
    """The sampled nodes' triples, and their documents' and enders'."""
    triples = []
    for name, (date, start, end) in DOCUMENTS.items():
        document = URIRef(TEST + "doc/" + name)
        for predicate, value in ((DATE, date), (G40 + "periodStart", start), (G40 + "periodEnd", end)):
            if value:
                triples.append((document, URIRef(predicate), day(value)))
    for number in SAMPLE:
        vf, vu, iu, ender, dd, announced, past, precision, documents = CASES[number]
        node = URIRef(f"{TEST}ev/{number}")
        triples.append((node, URIRef(TEST + "kind"), Literal("evidence")))
        for predicate, values in ((G40 + "validFrom", vf), (G40 + "validUntil", vu), (G40 + "inferredUntil", iu),
                                  (DATE, dd), (G40 + "inferredFrom", announced)):
            for value in (values if isinstance(values, tuple) else (values,)):
                if value:
                    triples.append((node, URIRef(predicate), day(value)))
        if past:
            triples.append((node, URIRef(G40 + "past"), Literal(True)))
        if precision:
            triples.append((node, URIRef(G40 + "validUntilPrecision"), Literal("year")))
        for document in (documents if isinstance(documents, tuple) else (documents,)):
            if document != "none":
                triples.append((node, URIRef(PROV + "wasDerivedFrom"), URIRef(TEST + "doc/" + document)))
        if iu and ENDERS[ender]:
            by_from, by_until, by_document = ENDERS[ender]
            by = URIRef(f"{TEST}by/{number}")
            triples.append((node, URIRef(G40 + "endedBy"), by))
            triples.append((by, URIRef(PROV + "wasDerivedFrom"), URIRef(TEST + "doc/" + by_document)))
            for predicate, value in ((G40 + "validFrom", by_from), (G40 + "validUntil", by_until)):
                if value:
                    triples.append((by, URIRef(predicate), day(value)))
    return triples


@pytest.fixture(scope="module")
def datasets():
    triples = evidence_triples()
    found = {}
    for engine in ENGINES:
        dataset = new_dataset(engine)
        for triple in triples:
            dataset.add(triple)
        found[engine] = dataset
    return found


def nodes() -> list[str]:
    return [f"{TEST}ev/{number}" for number in SAMPLE]


def sparql_kept(dataset, window: dict) -> set[str]:
    """The nodes the SPARQL filter keeps under ``window`` (at/from/until/as_of → day)."""
    cells = " ".join(sparql_term(day(window[name])) if window.get(name) else "UNDEF"
                     for name in ("at", "from", "until", "as_of"))
    text = (f"SELECT DISTINCT ?ev WHERE {{ VALUES (?at ?from ?until ?as_of) {{ ({cells}) }} "
            f"?ev <{TEST}kind> \"evidence\" .\n  {time_filter('ev', as_of=bool(window.get('as_of')))}\n}}")
    return {str(row["ev"]) for row in run_sparql(dataset, text, check=False).rows}


def python_kept(inputs: dict, window: dict) -> set[str]:
    return {node for node in nodes() if kept_by(inputs[node], at=window.get("at"), since=window.get("from"),
                                                 until=window.get("until"), as_of=window.get("as_of"))}


def around(days: list[str]) -> list[str]:
    from datetime import date, timedelta

    return sorted({(date.fromisoformat(d) + timedelta(days=shift)).isoformat() for d in days for shift in (-1, 0, 1)})


WINDOWS = ([{"as_of": d} for d in around(DAYS)] + [{"at": d} for d in around(DAYS)]
           + [{"from": d} for d in around(DAYS)] + [{"until": d} for d in around(DAYS)]
           + [{"from": first, "until": last} for first, last in product(DAYS, DAYS) if first <= last])


def window_id(window: dict) -> str:
    return ",".join(f"{name}={value}" for name, value in window.items())


def test_the_sample_has_every_case():
    picked = [CASES[number] for number in SAMPLE]
    for position in range(len(CASES[0])):
        assert {case[position] for case in picked} == {case[position] for case in CASES}


@pytest.mark.parametrize("engine", ENGINES)
def test_the_inputs_are_days(datasets, engine):
    inputs = filter_inputs(datasets[engine], nodes(), None)
    assert inputs is not None and set(inputs) == set(nodes())


def test_python_keeps_what_sparql_keeps_on_oxigraph(datasets):
    """Every window, on Oxigraph (property-style: every day around the nodes' days)."""
    dataset = datasets["oxigraph"]
    inputs = filter_inputs(dataset, nodes(), None)
    kept_somewhere = set()
    for window in WINDOWS:
        expected = sparql_kept(dataset, window)
        assert python_kept(inputs, window) == expected, window_id(window)
        kept_somewhere |= expected
    assert kept_somewhere


@pytest.mark.parametrize("window", [{"as_of": "2024-04-01"}, {"at": "2024-05-01"}, {"from": "2024-01-02", "until": "2024-06-30"}],
                         ids=window_id)
def test_python_keeps_what_sparql_keeps_on_rdflib(datasets, window):
    dataset = datasets["rdflib"]
    assert python_kept(filter_inputs(dataset, nodes(), None), window) == sparql_kept(dataset, window)


def test_a_value_that_is_not_a_day_leaves_it_to_sparql():
    dataset = new_dataset("oxigraph")
    dataset.add((URIRef(TEST + "ev/x"), URIRef(G40 + "validFrom"), Literal("2024", datatype=XSD.gYear)))
    assert filter_inputs(dataset, [TEST + "ev/x"], None) is None
