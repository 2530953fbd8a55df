"""A rebuild reads the previous graph's manifest once (round 45p, issue #7: 2.7 MB of JSON at 10,000 documents,
read again when the changes record opened the previous graph)."""

from __future__ import annotations

import pytest

import graph.pipeline
import graph.store
from graph.pipeline import build_graph
from graph.store import open_dataset


@pytest.fixture
def built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Breda en Tilburg werken samen met het ministerie van EZK.", encoding="utf-8")
    (corpus / "b.txt").write_text("De gemeente Venlo werkt samen met de provincie Limburg.", encoding="utf-8")
    build_graph([corpus], tmp_path / "kg")
    return corpus, tmp_path / "kg"


def _counted(monkeypatch, *modules) -> list:
    reads = []
    for module in modules:
        real = module.read_manifest

        def counting(path, real=real):
            reads.append(path)
            return real(path)

        monkeypatch.setattr(module, "read_manifest", counting)
    return reads


def test_open_dataset_checked_reads_no_manifest_and_gives_the_same_graph(built, monkeypatch):
    _corpus, kg = built
    reads = _counted(monkeypatch, graph.store)
    checked = open_dataset(kg, engine="oxigraph", checked=True)
    assert reads == []
    plain = open_dataset(kg, engine="oxigraph")
    assert reads == [kg]
    assert sorted(checked.quads((None, None, None, None))) == sorted(plain.quads((None, None, None, None)))


def test_a_rebuild_after_a_change_reads_the_manifest_once_and_records_the_change(built, monkeypatch):
    corpus, kg = built
    with open(corpus / "a.txt", "a", encoding="utf-8") as text:
        text.write("\nDe gemeente Breda werkt samen met het ministerie van Financiën.\n")
    reads = _counted(monkeypatch, graph.store, graph.pipeline)
    report = build_graph([corpus], kg)
    assert reads == [kg]
    assert report.changes == {"new": [], "changed": ["a"], "removed": [], "renamed": []}
    manifest = graph.store.read_manifest(kg)
    assert manifest["changes"]["documents"]["changed"] == ["a"], manifest["changes"]
    assert manifest["changes"]["facts"] is not None, manifest["changes"]  # compared with the previous graph
