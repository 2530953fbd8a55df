"""Resolution's per-document passes kept between builds (graph.resolve_cache, round 49r): read back they
equal the passes a fresh resolution makes; a file of other code, of another user or damaged is made
anew, not trusted; and with the kept passes a rebuild resolves every mention as a full build does, also
when a changed document renames a person that bare surnames and initials elsewhere refer to.

All names are fictional."""

from __future__ import annotations

import marshal

import pytest

from graph.cache_seal import seal
from graph.corpus_cache import read_corpus_cached
from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.document_periods import DocumentPeriods
from graph.gazetteer import load_gazetteer
from graph.incremental import extract_documents_cached
from graph.pipeline import build_graph
from graph.resolve import resolve
from graph.resolve_cache import RECENT_FILE, RESOLVE_FILE, load_passes
from tests.documents import dated_documents

DOCUMENTS = {
    "a": ("Wethouder Jan Verkerk van Zwolle werkt samen met het ministerie van IenW. "
          "Minister Verkerk van IenW sprak ook.", "2025-02-10"),
    "b": ("Drs. J. Verkerk opende de netwerkdag in Breda. Thomas Hoefnagel, wethouder van Breda, neemt deel "
          "aan de Themagroep Energie.", "2025-03-01"),
    "c": ("De gemeente Breda werkt samen met het ministerie van Financiën en de VNG. Binnenlandse Zaken neemt "
          "deel aan de City Deal Kennis Maken. Namens wethouder Hoefnagel sprak een ambtenaar.", "2025-03-02"),
}
RENAMED = ("Wethouder Piet Verkerk van Zwolle werkt samen met het ministerie van IenW. "
           "Minister Verkerk van IenW sprak ook.")


def _outlines(docs, graph):
    documents = read_corpus_cached([docs])[0]
    cached = extract_documents_cached(documents, load_gazetteer(), graph, workers=1)
    return documents, cached


def _resolved(documents, cached, kept=None):
    return resolve(cached.extractions, load_gazetteer(), periods=DocumentPeriods(documents), kept=kept)


@pytest.fixture
def built(tmp_path):
    docs = dated_documents(tmp_path, DOCUMENTS)
    build_graph([docs], tmp_path / "kg", workers=1)
    return docs, tmp_path / "kg"


def test_the_kept_passes_read_back_equal_the_passes_of_a_fresh_resolution(built):
    docs, graph = built
    documents, cached = _outlines(docs, graph)
    kept = load_passes(graph, cached.keys)
    fresh = _resolved(documents, cached).kept
    assert kept is not None and kept.passes == fresh.passes and [p[0] for p in kept.passes] == ["a", "b", "c"]
    assert [kept.ops[n] for p in kept.passes for n in p[5]] == [fresh.ops[n] for p in fresh.passes for n in p[5]]
    assert _resolved(documents, cached, kept) == _resolved(documents, cached)


def test_a_file_of_other_code_is_made_anew_and_not_read(built, monkeypatch):
    docs, graph = built
    file = graph / CACHE_DIR / RESOLVE_FILE
    written = file.read_bytes()
    other = marshal.dumps({"format": "another-code", "ops": (), "passes": {}})
    file.write_bytes(seal(other))
    assert load_passes(graph, ["k"]) is None
    build_graph([docs], graph, workers=1)  # nothing changed but the file: a rebuild makes every pass again
    assert file.read_bytes() == written
    monkeypatch.setattr("graph.resolve_cache.passes_stamp", lambda: "another-code")
    assert load_passes(graph, ["k"]) is None


@pytest.mark.parametrize("content", [b"not sealed", b"G40SEAL1" + bytes(32) + b"sealed by someone else"],
                         ids=["unsealed", "foreign-seal"])
def test_a_foreign_or_damaged_file_is_not_read(built, content):
    docs, graph = built
    (graph / CACHE_DIR / RESOLVE_FILE).write_bytes(content)
    assert load_passes(graph, ["k"]) is None
    build_graph([docs], graph, workers=1)
    documents, cached = _outlines(docs, graph)
    assert load_passes(graph, cached.keys).passes == _resolved(documents, cached).kept.passes


def test_an_unchanged_rebuild_keeps_the_file(built):
    docs, graph = built
    before = (graph / CACHE_DIR / RESOLVE_FILE).stat().st_ino
    build_graph([docs], graph, workers=1)
    assert (graph / CACHE_DIR / RESOLVE_FILE).stat().st_ino == before  # carried over as a link, not written


def test_a_changed_document_that_renames_a_person_resolves_as_a_fresh_build(built, tmp_path):
    docs, graph = built
    documents, cached = _outlines(docs, graph)
    before = _resolved(documents, cached)
    assert before.mention_keys["b", 5, 15] == "person/jan-verkerk"  # "J. Verkerk" joined the one Jan Verkerk
    assert before.mention_keys["c", 152, 161] == "person/thomas-hoefnagel"  # "wethouder Hoefnagel": of Breda
    (docs / "a.txt").write_text(RENAMED + "\n", encoding="utf-8")
    build_graph([docs], graph, workers=1)
    build_graph([docs], tmp_path / "fresh", workers=1)
    documents, cached = _outlines(docs, graph)
    kept = load_passes(graph, cached.keys)
    assert all(p is not None for p in kept.passes)
    with_kept, fresh = _resolved(documents, cached, kept), _resolved(documents, cached)
    assert with_kept == fresh
    assert with_kept.mention_keys["b", 5, 15] == "person/j-verkerk"  # no Jan Verkerk any more: initials of their own
    assert with_kept.mention_keys["c", 152, 161] == "person/thomas-hoefnagel"
    assert "person/piet-verkerk" in with_kept.entities and "person/jan-verkerk" not in with_kept.entities
    assert (graph / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()


def test_a_rebuild_with_one_changed_document_makes_its_pass_only(built, monkeypatch):
    docs, graph = built
    (docs / "c.txt").write_text(DOCUMENTS["c"][0] + " Breda werkt samen met Tilburg.\n", encoding="utf-8")
    made = []
    from graph import resolve as resolution

    real = resolution.resolve

    def counting(extractions, gazetteer, **options):
        kept = options.get("kept")
        made.append([p is None for p in kept.passes] if kept is not None else None)
        return real(extractions, gazetteer, **options)

    monkeypatch.setattr("graph.pipeline.resolve", counting)
    build_graph([docs], graph, workers=1)
    assert made == [[False, False, True]]


def test_the_passes_of_a_few_changed_documents_go_to_the_small_second_file(built, monkeypatch):
    docs, graph = built
    monkeypatch.setattr("graph.resolve_cache.RECENT_SHARE", 0.7)  # three documents: a new pass and an unused one
    main = (graph / CACHE_DIR / RESOLVE_FILE).stat().st_ino
    (docs / "c.txt").write_text(DOCUMENTS["c"][0] + " Breda werkt samen met Tilburg.\n", encoding="utf-8")
    build_graph([docs], graph, workers=1)
    assert (graph / CACHE_DIR / RESOLVE_FILE).stat().st_ino == main  # the main file is kept as it was
    documents, cached = _outlines(docs, graph)
    kept = load_passes(graph, cached.keys)
    assert [p[0] for p in kept.passes] == ["a", "b", "c"] and kept.from_base == {0, 1}
    assert kept.passes == _resolved(documents, cached).kept.passes
    assert _resolved(documents, cached, kept) == _resolved(documents, cached)
    recent = (graph / CACHE_DIR / RECENT_FILE).stat().st_ino
    build_graph([docs], graph, workers=1)  # nothing changed: both files carried over
    assert [(graph / CACHE_DIR / name).stat().st_ino for name in (RESOLVE_FILE, RECENT_FILE)] == [main, recent]
