"""Each document's extraction key kept in its corpus cache entry (round 51r).

A rebuild reuses the key kept beside an unchanged document's values instead of hashing its text again
(:meth:`graph.corpus_cache.CorpusCache.extraction_keys`); a key of other extraction code, a changed or a
removed document's is never reused. Invented names throughout.
"""

from __future__ import annotations

import os
import pickle

import pytest

from graph.corpus_cache import CORPUS_CACHE_FILE, CorpusCache, _framed, load_corpus_cache, read_corpus_cached
from graph.disk_layout import CACHE_DIR, GRAPH_FILE
from graph.incremental import document_key, extractor_fingerprint
from graph.ingest import ingest_fingerprint
from graph.pipeline import build_graph
from tests.documents import dated_documents

DOCUMENTS = {
    "a": ("Wethouder Lotte Brandsma van Zwolle werkt samen met het ministerie van IenW.", "2025-02-10"),
    "b": ("De gemeente Breda werkt samen met het ministerie van Financiën en de VNG.", "2025-03-01"),
    "c": ("Wethouder Ruud Kammeraat van Tilburg neemt deel aan de Themagroep Energie.", "2025-03-02"),
}


def _settled(docs):
    """Every file written long ago, so that the next read reuses its cache entry (a new file is read again)."""
    for path in docs.iterdir():
        os.utime(path, (1e9, 1e9))


def _never(document):
    raise AssertionError(f"the text of {document.id} was hashed again")


def _cache_and_documents(docs, graph):
    documents, _warnings, cache = read_corpus_cached([docs], load_corpus_cache(graph))
    return cache, documents


@pytest.fixture
def built(tmp_path):
    docs = dated_documents(tmp_path, DOCUMENTS)
    _settled(docs)
    build_graph([docs], tmp_path / "kg", workers=1)
    build_graph([docs], tmp_path / "kg", workers=1)  # the first build read the files: this one keeps their keys
    return docs, tmp_path / "kg"


def test_the_kept_keys_read_back_equal_fresh_ones(built):
    docs, graph = built
    cache, documents = _cache_and_documents(docs, graph)
    assert cache.reused == 3
    kept = cache.extraction_keys(documents, extractor_fingerprint(), _never)
    assert kept == [document_key(document) for document in documents] and cache.keyed == 0


def test_keys_of_other_extraction_code_are_made_anew(built):
    docs, graph = built
    cache, documents = _cache_and_documents(docs, graph)
    made = []
    keys = cache.extraction_keys(documents, "other-extraction-code", lambda d: made.append(d.id) or document_key(d))
    assert made == ["a", "b", "c"] and cache.keyed == 3
    assert keys == [document_key(document) for document in documents]
    assert {entry[4][0] for entry in cache.entries.values()} == {"other-extraction-code"}


def test_a_cache_of_the_older_format_is_read_anew(built):
    docs, graph = built
    file = graph / CACHE_DIR / CORPUS_CACHE_FILE
    cache = CorpusCache.loads(file.read_bytes())
    older = {path: entry[:4] for path, entry in cache.entries.items()}  # entries without a key: round 50's
    framed = _framed(b"g40kg-corpus-cache", ingest_fingerprint(), (cache.made, older))
    assert len(CorpusCache.loads(framed)) == 0
    file.write_bytes(framed)
    build_graph([docs], graph, workers=1)
    again, documents = _cache_and_documents(docs, graph)
    assert again.reused == 3 and again.extraction_keys(documents, extractor_fingerprint(), _never) == \
        [document_key(document) for document in documents]


def test_a_changed_documents_entry_is_replaced(built, tmp_path, monkeypatch):
    docs, graph = built
    before = load_corpus_cache(graph).entries
    (docs / "b.txt").write_text(DOCUMENTS["b"][0] + " Breda werkt samen met Tilburg.\n", encoding="utf-8")
    os.utime(docs / "b.txt", (1e9, 1e9))  # settled, but of another size (touching the others would change their ctime)
    hashed = []

    def counting(document):
        hashed.append(document.id)
        return document_key(document)

    monkeypatch.setattr("graph.pipeline.document_key", counting)
    build_graph([docs], graph, workers=1)
    assert hashed == ["b"]  # the other two documents' keys were kept
    cache, documents = _cache_and_documents(docs, graph)
    after = cache.entries
    b = str(docs / "b.txt")
    assert after[b][4] != before[b][4] and after[b][4] == (extractor_fingerprint(), document_key(documents[1]))
    assert {path: entry[4] for path, entry in after.items() if path != b} == \
        {path: entry[4] for path, entry in before.items() if path != b}
    build_graph([docs], tmp_path / "fresh", workers=1)
    assert (graph / GRAPH_FILE).read_bytes() == (tmp_path / "fresh" / GRAPH_FILE).read_bytes()


def test_a_removed_documents_entry_is_gone(built):
    docs, graph = built
    (docs / "c.txt").unlink()
    (docs / "c.meta.json").unlink()
    build_graph([docs], graph, workers=1)
    cache, documents = _cache_and_documents(docs, graph)
    assert str(docs / "c.txt") not in cache.entries and sorted(cache.entries) == [str(docs / "a.txt"), str(docs / "b.txt")]
    saved = pickle.loads((graph / CACHE_DIR / CORPUS_CACHE_FILE).read_bytes().split(b"\n", 1)[1])
    assert sorted(saved[1]) == sorted(cache.entries)  # written anew: the removed document's text is not on disk
