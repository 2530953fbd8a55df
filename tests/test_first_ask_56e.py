"""Round 56e: the first ask of a one-entity question kept per value (``kept_each:``, ``graph/asked_answers.py``)
writes its answer out as :func:`graph.kept_answers.encode` does, each term object once (an answer's rows share
them), where every cell was written out and looked up by value; the file is the same. On the bundled corpus and
the curation example, for 50 entities and every city with a fact (11): the kept file equals the one written
cell by cell, and the first and the second ask give the text's rows, in order, on Oxigraph, and rdflib's rows."""

from __future__ import annotations

import json
import shutil

import pytest
from rdflib import Literal, URIRef

from graph import kept_answers
from graph.derived import DERIVED_DIR
from graph.query import QueryResult, get_question, run_question, run_sparql
from graph.questions import question_bindings, question_text
from graph.store import open_dataset
from test_asked_answers import values_of  # the entities (cities) with the most facts first, then by IRI

QUESTIONS = ("city-involvement", "entity-facts")


def by_value(result) -> dict:
    """The answer as ``encode`` wrote it before round 56e: every cell written out and looked up by its value."""
    index: dict[tuple, int] = {}
    terms: list[list] = []
    rows = []
    for row in result.rows:
        cells = []
        for column in result.columns:
            term = row.get(column, "absent")
            if term is None or term == "absent":
                cells.append(-1 if term is None else -2)
                continue
            written = kept_answers._written(term)
            cells.append(index.setdefault(tuple(written), len(terms)))
            if cells[-1] == len(terms):
                terms.append(written)
        rows.append(cells)
    return {"columns": list(result.columns), "terms": terms, "rows": rows}


@pytest.fixture(scope="module")
def graphs(tmp_path_factory, seed_graph):
    from graph.store import save_dataset
    from test_curated_evidence import curated_dataset

    seed = tmp_path_factory.mktemp("first-ask-seed") / "kg"
    shutil.copytree(seed_graph, seed, ignore=shutil.ignore_patterns(DERIVED_DIR))
    curated = tmp_path_factory.mktemp("first-ask-curated") / "kg"
    save_dataset(curated_dataset("rdflib"), curated, {"documents": [{"id": "doc-x"}]})
    return {"seed": seed, "curated": curated}


def test_each_term_object_is_written_out_once(graphs, monkeypatch):
    dataset = open_dataset(graphs["seed"], engine="oxigraph")
    (entity,) = values_of(dataset, "entity-facts", 1)
    question = get_question("entity-facts")
    result = run_sparql(dataset, question_text(question, question_bindings(dataset, question, {"entity": entity})),
                        check=False)
    cells = [term for row in result.rows for term in row.values() if term is not None]
    objects = {id(term) for term in cells}
    assert len(result.rows) > 10 and len(cells) > 2 * len(objects), (len(result.rows), len(cells), len(objects))
    expected = by_value(result)
    written, original = [], kept_answers._written
    monkeypatch.setattr(kept_answers, "_written", lambda term: written.append(term) or original(term))
    assert kept_answers.encode(result) == expected
    assert len(written) == len(objects), (len(written), len(objects), len(cells))  # main: one per cell


def test_equal_terms_of_other_objects_share_their_index():
    a, b = URIRef("urn:g40:a"), URIRef("urn:g40:a")
    date = Literal("2024-01-01", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))
    result = QueryResult("select", ["x", "d"], [{"x": a, "d": date}, {"x": b, "d": None}, {"x": a}])
    assert a is not b
    assert kept_answers.encode(result) == {
        "columns": ["x", "d"],
        "terms": [["u", "urn:g40:a"], ["l", "2024-01-01", "http://www.w3.org/2001/XMLSchema#date", None]],
        "rows": [[0, 1], [0, -1], [0, -2]]}
    assert kept_answers.decode(kept_answers.encode(result)).rows == result.rows


@pytest.mark.parametrize("which", ["seed", "curated"])
@pytest.mark.parametrize("name", QUESTIONS)
def test_the_first_and_later_asks_give_the_text_rows_for_many_values(graphs, which, name):
    kept_store = open_dataset(graphs[which], engine="oxigraph")
    rdflib_store = open_dataset(graphs[which], engine="rdflib")
    question = get_question(name)
    values = values_of(kept_store, name, 50)
    if which == "seed":
        assert len(values) >= (50 if name == "entity-facts" else 10), len(values)  # every city with a fact
    else:
        assert values, "the curation example has an entity with facts"
    for value in values:
        params = {question.kept_each: value}
        text = question_text(question, question_bindings(kept_store, question, params))
        expected = run_sparql(kept_store, text, check=False)
        for path in (graphs[which] / DERIVED_DIR).glob(f"asked-{name}-*.json"):
            path.unlink()
        first = run_question(kept_store, name, params)
        (kept,) = (graphs[which] / DERIVED_DIR).glob(f"asked-{name}-*.json")
        assert json.loads(kept.read_text(encoding="utf-8")) == by_value(expected), value
        later = run_question(kept_store, name, params)
        for answered in (first, later):
            assert (answered.columns, answered.rows) == (expected.columns, expected.rows), value
        assert later.rows == run_question(rdflib_store, name, params).rows, value
