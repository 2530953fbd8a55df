"""The ``g40g:facts`` graph kept between builds (round 51r, :mod:`graph.facts_kept`).

A rebuild whose documents state the same facts reuses the previous facts graph; one that adds or drops a fact
makes it anew, and either way ``graph.nq`` is that of a fresh build. A file of other code, of another user or
damaged is not read. Invented names throughout.
"""

from __future__ import annotations

import os

import pytest

from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.facts_kept import FACTS_FILE, facts_file, load_kept_facts, reused_facts
from graph.fragment_index import read_index
from graph.pipeline import build_graph
from graph.vocab import FACTS_GRAPH
from tests.documents import dated_documents

DOCUMENTS = {
    "a": ("De gemeente Zwolle werkt samen met het ministerie van IenW.", "2025-02-10"),
    "b": ("De gemeente Breda werkt samen met het ministerie van Financiën.", "2025-03-01"),
}


@pytest.fixture
def built(tmp_path):
    docs = dated_documents(tmp_path, DOCUMENTS)
    build_graph([docs], tmp_path / "kg", workers=1)
    return docs, tmp_path / "kg"


def _rebuilt_as_fresh(docs, graph, fresh):
    build_graph([docs], graph, workers=1)
    build_graph([docs], fresh, workers=1)
    assert (graph / GRAPH_FILE).read_bytes() == (fresh / GRAPH_FILE).read_bytes()


def test_the_kept_facts_read_back_equal_the_graphs(built):
    _docs, graph = built
    kept = load_kept_facts(graph)
    assert kept is not None and kept.key == read_index(graph)["graphs"][str(FACTS_GRAPH)]["key"]
    assert len(kept.facts) == 2 and {predicate for _s, predicate, _o in kept.facts} == {"collaboratesWith"}


def test_a_rebuild_stating_the_same_facts_reuses_the_graph(built, tmp_path, monkeypatch):
    docs, graph = built
    before = (graph / CACHE_DIR / FACTS_FILE).stat().st_ino
    made = []
    from graph import pipeline

    real = pipeline.facts_fragment
    monkeypatch.setattr("graph.pipeline.facts_fragment", lambda *args: made.append(1) or real(*args))
    (docs / "a.txt").write_text(DOCUMENTS["a"][0] + " Zwolle werkt samen met het ministerie van IenW.\n",
                                encoding="utf-8")
    _rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert made == [1]  # the fresh build's only: the rebuild's facts were the previous build's
    assert (graph / CACHE_DIR / FACTS_FILE).stat().st_ino == before  # carried over, not written


def test_a_rebuild_with_a_new_fact_makes_the_graph_and_the_file_anew(built, tmp_path):
    docs, graph = built
    before = load_kept_facts(graph)
    (docs / "c.txt").write_text("De gemeente Tilburg werkt samen met de VNG.\n", encoding="utf-8")
    _rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    after = load_kept_facts(graph)
    assert after.facts > before.facts and after.key != before.key
    assert after.key == read_index(graph)["graphs"][str(FACTS_GRAPH)]["key"]
    os.remove(docs / "c.txt")
    _rebuilt_as_fresh(docs, graph, tmp_path / "fresh-again")
    assert load_kept_facts(graph) == before


def test_a_file_of_other_code_is_not_read(built, monkeypatch):
    _docs, graph = built
    monkeypatch.setattr("graph.facts_kept.facts_stamp", lambda: ("other code",))
    assert load_kept_facts(graph) is None


@pytest.mark.parametrize("content", [b"not sealed", b"G40SEAL1" + bytes(32) + b"sealed by someone else"],
                         ids=["unsealed", "foreign-seal"])
def test_a_foreign_or_damaged_file_is_not_read(built, content, tmp_path):
    docs, graph = built
    (graph / CACHE_DIR / FACTS_FILE).write_bytes(content)
    assert load_kept_facts(graph) is None
    _rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert load_kept_facts(graph) is not None


def test_kept_facts_the_previous_graph_does_not_hold_are_not_reused(built):
    _docs, graph = built
    kept = load_kept_facts(graph)
    assert reused_facts(kept, set(kept.facts), read_index(graph)) is not None
    assert reused_facts(kept, set(kept.facts), {"graphs": {str(FACTS_GRAPH): {"key": "erased-1"}}}) is None
    assert reused_facts(kept, set(kept.facts), {}) is None
    (graph / CACHE_DIR / FACTS_FILE).write_bytes(facts_file(set(), kept.key))
    assert reused_facts(load_kept_facts(graph), set(kept.facts), read_index(graph)) is None


def test_a_removal_rule_leaves_no_kept_facts(built, tmp_path):
    docs, graph = built
    (docs / "a.txt").write_text("Wethouder Fenna Ruitenberg van Zwolle werkt samen met het ministerie van IenW.\n",
                                encoding="utf-8")
    build_graph([docs], graph, workers=1)
    assert any(subject == "person/fenna-ruitenberg" for subject, _p, _o in load_kept_facts(graph).facts)
    rules = tmp_path / "correcties"
    rules.mkdir()
    (rules / "avg.yaml").write_text("suppress:\n  - {entity: person/fenna-ruitenberg, reason: verzoek art. 17}\n",
                                    encoding="utf-8")
    build_graph([docs], graph, workers=1, curated=rules)
    file = graph / CACHE_DIR / FACTS_FILE
    assert (not file.exists() or file.read_bytes() == b"") and load_kept_facts(graph) is None
    assert b"fenna" not in (graph / GRAPH_FILE).read_bytes().lower()
