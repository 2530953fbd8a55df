"""A document left out for its size leaves its length in the corpus cache, not its text (round 58q).

``build --max-document-size`` leaves a document over the limit out, but the corpus cache kept its whole text, so
every later build read and wrote it again: a 32 MB log in the corpus folder made ``cache/corpus.pickle`` 32 MB,
cost each build 55-80 ms to load it (and 45 ms to write it when rewritten) and about 80 MB of memory, for a
document not in the graph. Now the entry keeps the length; the unchanged file is left out again unread, and a
higher limit (or none) reads it again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph import corpus_cache
from graph.warning_codes import warning_record
from graph.corpus_cache import CORPUS_CACHE_FILE, CorpusCache, read_corpus_cached
from graph.pipeline import build_graph

LOG_LINE = "2026-11-03 10:15 INFO verzoek afgehandeld door de wachtrij van het zaaksysteem\n"
LIMIT = 0.001  # million characters: the log (40 lines, 3,240 characters) is over it, the news item is not
NEWS = "Breda werkt samen met het ministerie van EZK.\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "nieuws.txt").write_text(NEWS, encoding="utf-8")
    (folder / "export-log.txt").write_text(LOG_LINE * 40, encoding="utf-8")
    for file in folder.iterdir():
        os.utime(file, (1e9, 1e9))  # written long ago: a file written just now is read again (racy)
    return folder


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the files read from here on."""
    seen: list[str] = []
    read_file = corpus_cache.read_file

    def recorded(file, *args, **kwargs):
        seen.append(Path(file).name)
        return read_file(file, *args, **kwargs)

    monkeypatch.setattr(corpus_cache, "read_file", recorded)
    return seen


def too_large(warnings) -> list[tuple[str, str]]:
    return [(Path(record["file"]).name, str(warning)) for warning in warnings
            if (record := warning_record(warning))["code"] == "too_large"]


def test_a_document_over_the_limit_is_left_out_and_its_text_is_not_cached(corpus):
    documents, warnings, cache = read_corpus_cached([corpus], max_document_size=LIMIT)
    assert [d.id for d in documents] == ["nieuws"]
    assert too_large(warnings[:1]) == [("export-log.txt", f"{corpus / 'export-log.txt'}: overgeslagen, 0,003 miljoen "
                                        "tekens tekst is meer dan de grens van 0,001 miljoen (ruimer of zonder grens: "
                                        "build --max-document-size 1 of 0)")]
    assert (cache.too_large, cache.read, cache.reused) == (1, 2, 0)  # files read, entries reused
    assert b"zaaksysteem" not in cache.dumps()
    assert b"EZK" in cache.dumps()  # the document built keeps its text


def test_the_unchanged_file_is_left_out_again_without_being_read(corpus, reads):
    first, first_warnings, cache = read_corpus_cached([corpus], max_document_size=LIMIT)
    reads.clear()
    again, warnings, cache = read_corpus_cached([corpus], CorpusCache.loads(cache.dumps()), max_document_size=LIMIT)
    assert reads == []
    assert (again, warnings) == (first, first_warnings)
    assert (cache.too_large, cache.read, cache.reused) == (1, 0, 2)
    assert b"zaaksysteem" not in cache.dumps()


@pytest.mark.parametrize("limit", [0.01, None, 0], ids=["a higher limit", "no limit (None)", "no limit (0)"])
def test_a_limit_it_is_within_reads_it_again(corpus, reads, limit):
    fresh, _warnings, _cache = read_corpus_cached([corpus], max_document_size=limit)  # read without a cache
    _documents, _warnings, cache = read_corpus_cached([corpus], max_document_size=LIMIT)
    reads.clear()
    documents, warnings, cache = read_corpus_cached([corpus], CorpusCache.loads(cache.dumps()), max_document_size=limit)
    assert reads == ["export-log.txt"]
    assert [d.id for d in documents] == ["export-log", "nieuws"] and documents == fresh
    assert documents[0].text.count("zaaksysteem") == 40
    assert too_large(warnings) == [] and cache.too_large == 0
    assert b"zaaksysteem" in cache.dumps()  # now built, so cached


def test_a_lower_limit_leaves_out_a_document_kept_whole_and_its_text_goes(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus], max_document_size=1)
    assert b"zaaksysteem" in cache.dumps()
    reads.clear()
    documents, warnings, cache = read_corpus_cached([corpus], CorpusCache.loads(cache.dumps()), max_document_size=LIMIT)
    assert reads == [] and [d.id for d in documents] == ["nieuws"]
    assert [name for name, _ in too_large(warnings)] == ["export-log.txt"]
    assert (cache.too_large, cache.shortened, cache.read) == (1, 1, 0)
    assert b"zaaksysteem" not in cache.dumps()


def test_a_build_keeps_no_text_of_a_document_it_left_out(corpus, tmp_path):
    graph_path = tmp_path / "kg"
    report = build_graph([corpus], graph_path, workers=1, max_document_size=LIMIT)
    assert [Path(file).name for file, _ in too_large(report.warnings)] == ["export-log.txt"]
    assert b"zaaksysteem" not in (graph_path / "cache" / CORPUS_CACHE_FILE).read_bytes()
    again = build_graph([corpus], graph_path, workers=1, max_document_size=LIMIT)
    assert too_large(again.warnings) == too_large(report.warnings)
    wider = build_graph([corpus], graph_path, workers=1, max_document_size=1)
    assert too_large(wider.warnings) == []
    manifest = json.loads((graph_path / "manifest.json").read_text(encoding="utf-8"))
    assert "export-log" in {document["id"] for document in manifest["documents"]}
    narrower = build_graph([corpus], graph_path, workers=1, max_document_size=LIMIT)  # nothing read: the limit alone
    assert too_large(narrower.warnings) == too_large(report.warnings)
    assert b"zaaksysteem" not in (graph_path / "cache" / CORPUS_CACHE_FILE).read_bytes()
