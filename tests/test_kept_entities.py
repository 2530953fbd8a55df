"""The ``g40g:entities`` graph kept between builds (round 52r, :mod:`graph.entities_kept`).

A rebuild whose documents use the same entities and roles with the same labels reuses the previous entities graph;
one that adds or drops an entity or a label makes it anew, and either way ``graph.nq`` is that of a fresh build. A
file of other code, of another user or damaged is not read; a removal rule leaves none. Invented names throughout.
"""

from __future__ import annotations

import pytest

from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.entities_kept import ENTITIES_FILE, load_kept_entities
from graph.fragment_index import read_index
from graph.pipeline import build_graph
from graph.vocab import ENTITIES_GRAPH
from tests.kept_builds import built_corpus, rebuilt_as_fresh

DOCUMENTS = {
    "a": ("De gemeente Zwolle werkt samen met het ministerie van IenW.", "2025-02-10"),
    "b": ("Wethouder Fenna Ruitenberg van Breda werkt samen met het ministerie van Financiën.", "2025-03-01"),
}


@pytest.fixture
def built(tmp_path):
    return built_corpus(tmp_path, DOCUMENTS)


def _made(monkeypatch) -> list:
    """One item for each entities graph a build makes."""
    from graph import pipeline

    made, real = [], pipeline.entities_fragment
    monkeypatch.setattr("graph.pipeline.entities_fragment", lambda *args: made.append(1) or real(*args))
    return made


def test_the_kept_inputs_read_back_with_the_graphs_key(built):
    _docs, graph = built
    kept = load_kept_entities(graph)
    assert kept is not None and kept.key == read_index(graph)["graphs"][str(ENTITIES_GRAPH)]["key"]
    assert ("person/fenna-ruitenberg", "Person", "Fenna Ruitenberg", (), None) in kept.inputs[1]


def test_a_rebuild_using_the_same_entities_reuses_the_graph(built, tmp_path, monkeypatch):
    docs, graph = built
    before = (graph / CACHE_DIR / ENTITIES_FILE).stat().st_ino
    made = _made(monkeypatch)
    (docs / "a.txt").write_text(DOCUMENTS["a"][0] + " Zwolle werkt samen met het ministerie van IenW.\n",
                                encoding="utf-8")
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert made == [1]  # the fresh build's only
    assert (graph / CACHE_DIR / ENTITIES_FILE).stat().st_ino == before  # carried over, not written


def test_a_new_entity_or_label_makes_the_graph_and_the_file_anew(built, tmp_path, monkeypatch):
    docs, graph = built
    before = load_kept_entities(graph)
    made = _made(monkeypatch)
    (docs / "c.txt").write_text("Wethouder Joris Haverkamp van Tilburg werkt samen met de VNG.\n", encoding="utf-8")
    build_graph([docs], graph, workers=1)
    assert made == [1]
    after = load_kept_entities(graph)
    assert after.key != before.key and after.key == read_index(graph)["graphs"][str(ENTITIES_GRAPH)]["key"]
    (docs / "c.txt").unlink()
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert load_kept_entities(graph) == before
    (docs / "a.txt").write_text(DOCUMENTS["a"][0] + " Het Ministerie van Infrastructuur en Waterstaat tekende.\n",
                                encoding="utf-8")  # perhaps another label of IenW: the graph of a fresh build
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh-again")


def test_a_file_of_other_code_unsealed_or_damaged_is_not_read(built, monkeypatch):
    _docs, graph = built
    file = graph / CACHE_DIR / ENTITIES_FILE
    content = file.read_bytes()
    monkeypatch.setattr("graph.entities_kept.entities_stamp", lambda: "other code")
    assert load_kept_entities(graph) is None
    monkeypatch.undo()
    assert load_kept_entities(graph) is not None
    file.write_bytes(content[8:])
    assert load_kept_entities(graph) is None
    file.write_bytes(content[:-5])
    assert load_kept_entities(graph) is None


def test_a_key_the_previous_index_does_not_hold_is_not_reused(built, tmp_path):
    from graph.entities_kept import entities_file

    docs, graph = built
    kept = load_kept_entities(graph)
    (graph / CACHE_DIR / ENTITIES_FILE).write_bytes(entities_file(kept.inputs, "0" * 32))
    rebuilt_as_fresh(docs, graph, tmp_path / "fresh")
    assert load_kept_entities(graph).key == kept.key


def test_a_removal_rule_leaves_no_kept_entities(built, tmp_path):
    docs, graph = built
    rules = tmp_path / "correcties"
    rules.mkdir()
    (rules / "avg.yaml").write_text("suppress:\n  - {entity: person/fenna-ruitenberg, reason: verzoek art. 17}\n",
                                    encoding="utf-8")
    build_graph([docs], graph, workers=1, curated=rules)
    file = graph / CACHE_DIR / ENTITIES_FILE
    assert (not file.exists() or file.read_bytes() == b"") and load_kept_entities(graph) is None
    assert b"fenna" not in b"".join(path.read_bytes() for path in (graph / CACHE_DIR).glob("*.marshal")).lower()
    assert b"fenna" not in (graph / GRAPH_FILE).read_bytes().lower()
