"""Ingest's stat cache: unchanged files are not read again, anything else is, as a cold read would."""

from __future__ import annotations

import json
import os
import pickle
import time
import zlib
from pathlib import Path

import pytest

from graph import corpus_cache, ingest
from graph.corpus_cache import (
    CORPUS_CACHE_FILE,
    CORPUS_RECENT_FILE,
    CorpusCache,
    load_corpus_cache,
    read_corpus_cached,
)
from graph.ingest import read_corpus
from graph.messages import language

LONG_AGO = time.time_ns() - 3600 * 10**9  # settled: well over two seconds before any read of a test


def write(path, content, *, settled=True):
    """Write ``path``; a settled file gets an mtime of an hour ago (no sleeping for the racy check)."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    if settled:
        os.utime(path, ns=(LONG_AGO, LONG_AGO))
    return path


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder / "nieuws.txt", "Breda werkt samen met EZK.")
    write(folder / "nieuws.meta.json", json.dumps({"title": "Nieuws", "date": "2022-03-01"}))
    write(folder / "notulen.md", "# Overleg\n\nDe G40 vergaderde.")
    write(folder / "oud.txt", "Caf\xe9 in Zo\xebtermeer".encode("cp1252"))  # a document with a warning
    (folder / "sub").mkdir()
    write(folder / "sub" / "pagina.html", "<p>Wethouder <b>Jansen</b> (Tilburg)</p>")
    return folder


@pytest.fixture
def reads(monkeypatch, tmp_path):
    """The names of the files (documents and sidecars) under ``tmp_path`` whose content is read."""
    called: list[str] = []

    def counting(original):
        def read(self, *args, **kwargs):
            if self.is_relative_to(tmp_path):
                called.append(self.name)
            return original(self, *args, **kwargs)
        return read

    for method in ("read_bytes", "read_text"):
        monkeypatch.setattr(Path, method, counting(getattr(Path, method)))
    return called


def without_undated(warnings, *ids):
    """``warnings`` but the last, which names the documents without a date (``ids``): see
    tests/test_ingest_dates.py. These documents have no date on purpose."""
    assert warnings and warnings[-1].startswith(f"{len(ids)} document") and ", ".join(ids) in warnings[-1], warnings
    return warnings[:-1]


def saved(cache: CorpusCache) -> CorpusCache:
    """``cache`` after a round trip through bytes, as the next build gets it."""
    return CorpusCache.loads(cache.dumps())


def cold(paths):
    documents, warnings = read_corpus(paths)
    return documents, warnings, [d.warnings for d in documents]


def test_unchanged_files_are_reused_without_reading_them(corpus, reads):
    documents, warnings, cache = read_corpus_cached([corpus])
    assert sorted(reads) == ["nieuws.meta.json", "nieuws.txt", "notulen.md", "oud.txt", "pagina.html"], reads
    assert (cache.read, cache.reused, len(cache)) == (4, 0, 4)
    reads.clear()

    again, again_warnings, next_cache = read_corpus_cached([corpus], saved(cache))

    assert reads == [], f"read again: {reads}"
    assert (next_cache.read, next_cache.reused, len(next_cache)) == (0, 4, 4)
    assert (again, again_warnings, [d.warnings for d in again]) == cold([corpus])
    assert again == documents and again_warnings == warnings
    assert without_undated(again_warnings, "notulen", "oud", "pagina") == [
        f"{corpus / 'oud.txt'}: geen geldige UTF-8, gelezen als cp1252"]
    assert [d.path for d in again] == [str(corpus / "nieuws.txt"), str(corpus / "notulen.md"),
                                       str(corpus / "oud.txt"), str(corpus / "sub" / "pagina.html")]


def test_read_corpus_takes_the_cache_as_known(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    reads.clear()
    result = read_corpus([corpus], known=saved(cache))
    assert reads == []
    assert result == cold([corpus])[:2]


def test_a_text_of_another_size_is_read_again(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    write(corpus / "notulen.md", "# Overleg\n\nDe G40 vergaderde in Breda.")  # same (old) mtime, other size
    reads.clear()

    documents, warnings, next_cache = read_corpus_cached([corpus], saved(cache))

    assert reads == ["notulen.md"]
    assert (next_cache.read, next_cache.reused) == (1, 3)
    assert documents[1].text == "Overleg\n\nDe G40 vergaderde in Breda."  # Markdown as read
    assert (documents, warnings, [d.warnings for d in documents]) == cold([corpus])


def test_a_changed_sidecar_is_read_again(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    write(corpus / "nieuws.meta.json", json.dumps({"title": "Persbericht", "date": "2022-03-02"}))
    reads.clear()

    documents, _warnings, _cache = read_corpus_cached([corpus], saved(cache))

    assert reads == ["nieuws.txt", "nieuws.meta.json"]
    assert (documents[0].title, documents[0].date) == ("Persbericht", "2022-03-02")
    assert documents == cold([corpus])[0]


def test_an_added_and_a_removed_sidecar_are_noticed(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    write(corpus / "notulen.meta.json", json.dumps({"title": "Notulen"}))
    (corpus / "nieuws.meta.json").unlink()
    reads.clear()

    documents, _warnings, _cache = read_corpus_cached([corpus], saved(cache))

    assert sorted(reads) == ["nieuws.txt", "notulen.md", "notulen.meta.json"]
    assert [(d.id, d.title, d.date) for d in documents[:2]] == [("nieuws", None, None), ("notulen", "Notulen", None)]
    assert documents == cold([corpus])[0]


def test_a_deleted_file_leaves_the_documents_and_the_cache(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    (corpus / "sub" / "pagina.html").unlink()
    reads.clear()

    documents, _warnings, next_cache = read_corpus_cached([corpus], saved(cache))

    assert reads == []
    assert [d.id for d in documents] == ["nieuws", "notulen", "oud"]
    assert sorted(next_cache.entries) == sorted(str(corpus / name) for name in ("nieuws.txt", "notulen.md", "oud.txt"))


def test_a_file_written_just_before_the_read_is_read_again(corpus, reads):
    write(corpus / "vers.txt", "Apeldoorn sluit aan bij de G40.", settled=False)  # mtime: now
    write(corpus / "notulen.meta.json", json.dumps({"title": "Notulen"}), settled=False)
    _documents, _warnings, cache = read_corpus_cached([corpus])
    reads.clear()

    _documents, _warnings, next_cache = read_corpus_cached([corpus], saved(cache))

    assert sorted(reads) == ["notulen.md", "notulen.meta.json", "vers.txt"], "racy entries (mtime within 2 s of the read) must be read again"
    assert (next_cache.read, next_cache.reused) == (2, 3)


def test_a_file_named_on_the_command_line_is_cached_with_its_sidecar(corpus, reads):
    paths = [corpus / "nieuws.txt"]
    _documents, _warnings, cache = read_corpus_cached(paths)
    reads.clear()
    _documents, _warnings, cache = read_corpus_cached(paths, saved(cache))
    assert reads == []
    write(corpus / "nieuws.meta.json", json.dumps({"title": "Ander nieuws"}))

    documents, _warnings, _cache = read_corpus_cached(paths, saved(cache))

    assert reads == ["nieuws.txt", "nieuws.meta.json"] and documents[0].title == "Ander nieuws"


def test_unusable_files_give_the_same_warnings_every_time(corpus, reads):
    write(corpus / "leeg.txt", "")
    write(corpus / "plaatje.png", b"\x89PNG")
    documents, warnings, cache = read_corpus_cached([corpus])
    assert str(corpus / "leeg.txt") not in cache.entries and len(cache) == 4
    reads.clear()

    again = read_corpus_cached([corpus], saved(cache))

    assert reads == ["leeg.txt"], "failures are not cached: the empty file is read again"
    assert again[:2] == (documents, warnings) and again[:2] == cold([corpus])[:2]
    assert [w.split(": ", 1)[1] for w in without_undated(warnings, "notulen", "oud", "pagina")] == [
        "overgeslagen, geen tekst", "geen geldige UTF-8, gelezen als cp1252",
        "overgeslagen, bestandstype .png wordt niet ondersteund; een afbeelding: maak er met tekstherkenning (OCR) "
        "een doorzoekbare PDF van om haar te laten lezen"]


def test_warnings_are_not_reused_in_another_language(corpus, reads):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    reads.clear()
    with language("en"):
        documents, warnings, _cache = read_corpus_cached([corpus], saved(cache))
        assert reads == ["oud.txt"], "only the document with a (Dutch) warning is read again"
        expected = cold([corpus])
    assert warnings[:-1] == [f"{corpus / 'oud.txt'}: not valid UTF-8, read as cp1252"]
    assert warnings[-1].startswith("3 documents without a date: notulen, oud, pagina"), warnings
    assert (documents, warnings, [d.warnings for d in documents]) == expected


def test_a_cache_of_other_ingest_code_is_not_used(corpus, reads, monkeypatch):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    data = cache.dumps()
    monkeypatch.setattr(corpus_cache, "ingest_fingerprint", lambda: "0123456789abcdef")
    reads.clear()

    assert len(CorpusCache.loads(data)) == 0
    _documents, _warnings, next_cache = read_corpus_cached([corpus], cache)  # the object itself, too

    assert sorted(reads) == ["nieuws.meta.json", "nieuws.txt", "notulen.md", "oud.txt", "pagina.html"]
    assert (next_cache.read, next_cache.reused, next_cache.fingerprint) == (4, 0, "0123456789abcdef")


def test_the_fingerprint_covers_this_module_and_the_warning_texts():
    fingerprint = ingest.ingest_fingerprint()
    assert len(fingerprint) == 16 and int(fingerprint, 16) >= 0
    assert CorpusCache().fingerprint == fingerprint


def _with_header(payload: bytes) -> bytes:
    """``payload`` behind a valid header: only its content can make it unusable."""
    return b"g40kg-corpus-cache %s %08x\n" % (ingest.ingest_fingerprint().encode(), zlib.crc32(payload)) + payload


@pytest.mark.parametrize("damage", [
    "empty", "garbage", "truncated", "flipped byte", "no header", "other structure", "names a class", "not bytes",
])
def test_damaged_cache_bytes_give_an_empty_cache(corpus, reads, damage):
    _documents, _warnings, cache = read_corpus_cached([corpus])
    good = cache.dumps()
    data = {
        "empty": b"",
        "garbage": b"\x80\x04garbage\n\x00\xff",
        "truncated": good[: len(good) // 2],
        "flipped byte": good[:-40] + bytes([good[-40] ^ 1]) + good[-39:],
        "no header": good[good.index(b"\n") + 1:],
        "other structure": _with_header(pickle.dumps({"entries": [1, 2, 3]})),
        "names a class": _with_header(pickle.dumps((0, {"x": (os.getcwd,) * 4}))),
        "not bytes": None,
    }[damage]
    reads.clear()

    loaded = CorpusCache.loads(data)

    assert (len(loaded), loaded.made) == (0, 0)
    documents, warnings, _cache = read_corpus_cached([corpus], loaded)
    assert len(reads) == 5 and (documents, warnings) == cold([corpus])[:2]


def test_load_corpus_cache_reads_the_graphs_cache_file(corpus, tmp_path, reads):
    from graph.store import CACHE_DIR

    graph = tmp_path / "graaf"
    assert len(load_corpus_cache(graph)) == 0 and len(load_corpus_cache(None)) == 0
    _documents, _warnings, cache = read_corpus_cached([corpus])
    (graph / CACHE_DIR).mkdir(parents=True)
    (graph / CACHE_DIR / CORPUS_CACHE_FILE).write_bytes(cache.dumps())

    loaded = load_corpus_cache(graph)
    reads.clear()

    assert CORPUS_CACHE_FILE == "corpus.pickle"
    assert (loaded.entries, loaded.made) == (cache.entries, cache.made)
    read_corpus_cached([corpus], loaded)
    assert reads == []


def test_folders_are_listed_as_before(tmp_path, reads):
    """Hidden files and folders are left out, links to folders are not followed, links to files are
    read, and files come in the order of their path parts (``a/b`` before ``a-c``)."""
    root = tmp_path / "corpus"
    for name in ("a/b.txt", "a-c.txt", "a/z/y.txt", ".verborgen/x.txt", "a/.stil.txt", "zz.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        write(root / name, f"Tekst van {name}.")
    (root / "link").symlink_to(root / "a", target_is_directory=True)
    (root / "ook.txt").symlink_to(root / "zz.txt")
    (root / "kapot.txt").symlink_to(root / "bestaat-niet.txt")

    read_corpus_cached([root])

    assert reads == ["b.txt", "y.txt", "a-c.txt", "ook.txt", "zz.txt"]


@pytest.fixture
def thirty(tmp_path):
    """A corpus of 30 documents: a change is 3 %, below RECENT_SHARE."""
    folder = tmp_path / "thirty"
    folder.mkdir()
    for n in range(30):
        write(folder / f"doc-{n:02d}.txt", f"Document {n}: Breda werkt samen met EZK.")
    return folder


def test_after_a_few_changes_only_what_changed_is_saved(thirty, reads):
    _documents, _warnings, first = read_corpus_cached([thirty])
    base = first.dumps()
    write(thirty / "doc-03.txt", "Zwolle werkt samen met IenW.")
    documents, warnings, second = read_corpus_cached([thirty], CorpusCache.loads(base))
    files = second.files()
    assert sorted(files) == [CORPUS_RECENT_FILE], "corpus.pickle is kept as it is"
    assert len(files[CORPUS_RECENT_FILE]) < len(base) / 5
    reads.clear()

    again, again_warnings, third = read_corpus_cached([thirty], CorpusCache.loads(base, files[CORPUS_RECENT_FILE]))

    assert reads == []
    assert (again, again_warnings) == (documents, warnings) == cold([thirty])[:2]
    assert [d.text for d in again if d.id == "doc-03"] == ["Zwolle werkt samen met IenW."]
    assert (third.read, third.reused, len(third)) == (0, 30, 30)


def test_a_removal_writes_the_whole_cache_again(thirty):
    """A removed document's text must not stay in corpus.pickle (retention, walkthrough 15 finding 11)."""
    _documents, _warnings, first = read_corpus_cached([thirty])
    (thirty / "doc-07.txt").unlink()
    _documents, _warnings, second = read_corpus_cached([thirty], CorpusCache.loads(first.dumps()))
    files = second.files()
    assert sorted(files) == [CORPUS_RECENT_FILE, CORPUS_CACHE_FILE] and files[CORPUS_RECENT_FILE] == b""
    assert b"Document 7:" not in files[CORPUS_CACHE_FILE] and len(CorpusCache.loads(files[CORPUS_CACHE_FILE])) == 29


def test_many_changes_write_the_whole_cache_again(thirty):
    _documents, _warnings, first = read_corpus_cached([thirty])
    for n in range(4):  # 13 %
        write(thirty / f"doc-{n:02d}.txt", f"Gewijzigd {n}.")
    _documents, _warnings, second = read_corpus_cached([thirty], CorpusCache.loads(first.dumps()))
    files = second.files()
    assert files[CORPUS_RECENT_FILE] == b"" and CorpusCache.loads(files[CORPUS_CACHE_FILE]).entries == second.entries


def test_a_recent_file_of_another_cache_file_is_left_out(thirty, reads):
    _documents, _warnings, first = read_corpus_cached([thirty])
    write(thirty / "doc-03.txt", "Zwolle werkt samen met IenW.")
    _documents, _warnings, second = read_corpus_cached([thirty], CorpusCache.loads(first.dumps()))
    recent = second.files()[CORPUS_RECENT_FILE]
    other = second.dumps()  # a newer corpus.pickle: the recent file was not made for it

    loaded = CorpusCache.loads(other, recent)

    assert (loaded.entries, loaded.made) == (second.entries, second.made)
    reads.clear()
    read_corpus_cached([thirty], loaded)
    assert reads == []


def test_a_racy_entry_of_the_cache_file_stays_checked_after_it_was_read_again(thirty, reads):
    write(thirty / "doc-05.txt", "Ede werkt samen met EZK.", settled=False)  # mtime: now
    _documents, _warnings, first = read_corpus_cached([thirty])
    base = first.dumps()
    reads.clear()
    _documents, _warnings, second = read_corpus_cached([thirty], CorpusCache.loads(base))
    assert reads == ["doc-05.txt"]
    recent = second.files()[CORPUS_RECENT_FILE]
    reads.clear()

    documents, _warnings, _third = read_corpus_cached([thirty], CorpusCache.loads(base, recent))

    assert reads == ["doc-05.txt"], "still within two seconds of the read that saved it"
    assert documents == cold([thirty])[0]


def test_pdfs_are_read_in_worker_processes_like_one_by_one(tmp_path, write_pdf, monkeypatch):
    calls = []
    real = corpus_cache.forked_map

    def counted(function, items, **kwargs):
        calls.append(len(items))
        return real(function, items, **kwargs)

    monkeypatch.setattr(corpus_cache, "forked_map", counted)
    for n, city in enumerate(["Breda", "Tilburg", "Zwolle", "Emmen", "Delft"]):
        write_pdf(tmp_path / f"verslag-{n}.pdf", f"{city} werkt samen met BZK.")
    write(tmp_path / "kapot.pdf", b"%PDF-1.4 this is not a pdf")
    write(tmp_path / "notitie.txt", "Leiden werkt samen met OCW.")
    documents, warnings, cache = read_corpus_cached([tmp_path])
    assert calls == [6], "the six PDFs went to the workers, the text file not"
    assert (documents, warnings) == read_corpus([tmp_path])
    assert [d.id for d in documents] == ["notitie", *(f"verslag-{n}" for n in range(5))]
    assert documents[3].text.strip() == "Zwolle werkt samen met BZK."
    assert warnings[-1].startswith("6 documenten zonder datum: notitie, verslag-0, verslag-1, verslag-2, verslag-3 en "
                                   "1 andere"), warnings  # no date in their text or name (tests/test_ingest_dates.py)
    warnings = warnings[:-1]
    assert len(warnings) == 1 and warnings[0].startswith(f"{tmp_path / 'kapot.pdf'}: overgeslagen, onleesbare PDF")
    assert sorted(Path(p).name for p in cache.entries) == ["notitie.txt", *(f"verslag-{n}.pdf" for n in range(5))]
