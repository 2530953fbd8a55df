"""The ``g40g:tenure`` graph kept between builds (round 54k, :mod:`graph.tenure_kept`).

A patch whose terms, holders' names, pairs said apart and affiliations are the previous build's keeps the tenure
graph the store holds instead of inferring it again; a change to a term's holder infers it anew, and either way
``graph.nq`` is that of a fresh build. A file of other code, of another user or damaged is not read; a removal
rule leaves none. Invented names throughout.
"""

from __future__ import annotations

import pytest

import graph.assemble
from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.holder_groups import load_known_groups
from graph.pipeline import build_graph
from graph.tenure_kept import TENURE_FILE, load_kept_tenure
from graph.vocab import TENURE_GRAPH
from tests.kept_builds import built_corpus, rebuilt_as_fresh

DOCUMENTS = {
    "a": ("Sinds juni 2022 is Anna Jansen voorzitter van de Pijler Sociaal.", "2022-07-01"),
    "b": ("Piet de Boer is de nieuwe voorzitter van de Pijler Sociaal.", "2024-11-05"),
    "c": ("De gemeente Zwolle werkt samen met het ministerie van IenW.", "2025-02-10"),
}


@pytest.fixture
def built(tmp_path, monkeypatch):
    monkeypatch.setattr(graph.assemble, "PATCH_MAX_SHARE", 1.0)  # a patch however small the corpus
    return built_corpus(tmp_path, DOCUMENTS)


def _inferred(monkeypatch) -> list:
    """One item for each tenure graph a build infers."""
    from graph import pipeline

    made, real = [], pipeline.tenure_quads
    monkeypatch.setattr("graph.pipeline.tenure_quads", lambda *args: made.append(1) or real(*args))
    return made


def test_the_kept_inputs_hold_the_terms_and_names(built):
    _docs, graph = built
    kept = load_kept_tenure(graph)
    assert kept is not None
    holders = dict(kept.inputs[1])
    assert sorted(holders.values()) == ["Anna Jansen", "Piet de Boer"]
    assert {term[1] for term in kept.inputs[0]} == set(holders)
    assert b"inferredUntil" in (graph / GRAPH_FILE).read_bytes()  # Anna Jansen's term ends where Piet's begins


def test_a_rebuild_with_the_same_terms_keeps_the_graph(built, tmp_path, monkeypatch):
    docs, graph = built
    before = (graph / CACHE_DIR / TENURE_FILE).stat().st_ino
    groups = load_known_groups(graph).known
    inferred = _inferred(monkeypatch)
    (docs / "c.txt").write_text(DOCUMENTS["c"][0] + " Zwolle werkt samen met het ministerie van Financiën.\n",
                                encoding="utf-8")
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert inferred == [1]  # the fresh build's only
    assert (graph / CACHE_DIR / TENURE_FILE).stat().st_ino == before  # carried over, not written
    assert load_known_groups(graph).known == groups  # the holders' groups kept for the next build


def test_another_holder_of_a_term_infers_the_graph_anew(built, tmp_path, monkeypatch):
    docs, graph = built
    before = load_kept_tenure(graph)
    inferred = _inferred(monkeypatch)
    (docs / "b.txt").write_text("Karel Smit is de nieuwe voorzitter van de Pijler Sociaal.\n", encoding="utf-8")
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert inferred == [1, 1]
    after = load_kept_tenure(graph)
    assert after != before and "Karel Smit" in dict(after.inputs[1]).values()
    assert b"karel-smit" in (graph / GRAPH_FILE).read_bytes()


def test_a_file_of_other_code_unsealed_or_damaged_is_not_read(built, monkeypatch):
    _docs, graph = built
    file = graph / CACHE_DIR / TENURE_FILE
    content = file.read_bytes()
    monkeypatch.setattr("graph.tenure_kept.tenure_stamp", lambda: "other code")
    assert load_kept_tenure(graph) is None
    monkeypatch.undo()
    assert load_kept_tenure(graph) is not None
    file.write_bytes(content[8:])
    assert load_kept_tenure(graph) is None
    file.write_bytes(content[:-5])
    assert load_kept_tenure(graph) is None


def test_lines_the_previous_graph_does_not_hold_are_not_kept(built, tmp_path, monkeypatch):
    from graph.tenure_kept import tenure_file

    docs, graph = built
    kept = load_kept_tenure(graph)
    (graph / CACHE_DIR / TENURE_FILE).write_bytes(tenure_file(kept.inputs, b"<a> <b> <c> <%s> .\n" % str(TENURE_GRAPH).encode()))
    inferred = _inferred(monkeypatch)
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert inferred == [1, 1]
    assert load_kept_tenure(graph) == kept


def test_a_removal_rule_leaves_no_kept_tenure(built, tmp_path):
    docs, graph = built
    rules = tmp_path / "correcties"
    rules.mkdir()
    (rules / "avg.yaml").write_text("suppress:\n  - {entity: person/anna-jansen, reason: verzoek art. 17}\n",
                                    encoding="utf-8")
    build_graph([docs], graph, workers=1, curated=rules)
    file = graph / CACHE_DIR / TENURE_FILE
    assert (not file.exists() or file.read_bytes() == b"") and load_kept_tenure(graph) is None
    assert b"jansen" not in b"".join(path.read_bytes() for path in (graph / CACHE_DIR).glob("*.marshal")).lower()
    assert b"jansen" not in (graph / GRAPH_FILE).read_bytes().lower()
