"""Remember a read of the corpus, so that the next build reads only the files that changed.

A rebuild reads only the files that changed: :func:`read_corpus_cached` takes the
:class:`CorpusCache` of the previous read and reuses each document whose file and sidecar have
the stat signatures (size, mtime, ctime, inode, device; for the sidecar also its absence) that
cache recorded. Like git's index it distrusts "racy" entries: a file whose mtime was less than
two seconds before the start of the read that made the cache could have changed again within
the same timestamp tick, so it is read again. A change to this module or to
:mod:`graph.ingest`, the g40kg version, the texts of its warnings, Python or pypdf empties the
cache (:func:`graph.ingest.ingest_fingerprint`). The cache is saved with the
graph as ``cache/corpus.pickle`` (:data:`CORPUS_CACHE_FILE`, :func:`load_corpus_cache`).

That file holds every document's text (25 MB for 10,000 documents: 0.25 s to write again), so
after a few changes only what differs from it is written, to ``cache/corpus-recent.pickle``
(:data:`CORPUS_RECENT_FILE`), until that is :data:`RECENT_SHARE` of the corpus or a document was
removed (:meth:`CorpusCache.files`: a removed document's text does not stay on disk). Every entry of the saved file that is still in use passed the
racy check against the read that saved it, so the pair is as trustworthy as one file.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import time
import zlib
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Callable

from .build_warnings import coded, from_plain, to_plain
from .corpus_checks import check_distinct_ids, too_large_warning, without_copies, without_renditions
from .dms_metadata import dms_rows, row_key
from .docdate import future_meeting_warning, future_warning, undated_warning
from .index_pages import index_pages
from .errors import InputError
from .language import foreign_warning
from .heap import collector_paused
from .ingest import (
    DOCUMENT_FIELDS,
    Document,
    ingest_fingerprint,
    is_sidecar,
    list_files,
    read_file,
    sidecar_path,
    stat_or_none,
)
from .messages import get_language
from .workers import forked_map

__all__ = ["CORPUS_CACHE_FILE", "CORPUS_RECENT_FILE", "CorpusCache", "load_corpus_cache", "read_corpus_cached"]

log = logging.getLogger(__name__)

#: the corpus cache's file in the graph's cache directory (``<graph>/cache/corpus.pickle``)
CORPUS_CACHE_FILE = "corpus.pickle"
#: what changed since CORPUS_CACHE_FILE was written, beside it
CORPUS_RECENT_FILE = "corpus-recent.pickle"
#: CORPUS_CACHE_FILE is written anew once the entries that differ from it reach this share
RECENT_SHARE = 0.1
_CACHE_DIR = "cache"  # graph.store.CACHE_DIR, not imported: this module stays free of rdflib
_RACY_NS = 2_000_000_000  # a file must be this much older than the read that recorded it
_MAGIC = b"g40kg-corpus-cache"
_RECENT_MAGIC = b"g40kg-corpus-recent"
_PDFS_PARALLEL_MIN = 4  # a PDF takes long enough to read that a few already pay for worker processes


@dataclass
class CorpusCache:
    """What a read of the corpus found, to spare the next read the files that did not change.

    ``entries`` maps the path of each document read to a plain tuple: the stat signature of the
    file and its sidecar, the sidecar's path, the language of the document's warnings (None: it
    has none), the document's field values (for a document left out for its size, the text's length in place
    of the text) and its extraction key with the stamp of the code
    it was made by (None until :meth:`extraction_keys` made it). ``made`` is when the read that made the cache
    began (``time.time_ns()``); ``read`` and ``reused`` count the files it read and the entries it reused
    (those of documents left out for their size included). Save the cache with
    :meth:`dumps` or :meth:`files`, load it with :meth:`loads` or :func:`load_corpus_cache`.

    ``base`` holds the entries of the saved :data:`CORPUS_CACHE_FILE` this cache grew from (the
    same tuple objects where an entry was reused: that is how :meth:`files` tells them apart),
    ``base_crc`` that file's checksum.
    """

    entries: dict[str, tuple] = field(default_factory=dict, repr=False)
    made: int = 0
    fingerprint: str = field(default_factory=lambda: ingest_fingerprint())
    read: int = 0
    reused: int = 0
    keyed: int = 0  # entries given an extraction key by this build (:meth:`extraction_keys`)
    too_large: int = 0  # documents left out for their size (``read_corpus_cached(max_document_size=…)``)
    shortened: int = 0  # entries of those that this read made keep the length instead of the text
    base: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)
    base_crc: int | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def dumps(self) -> bytes:
        """The cache as bytes: a header line (format, fingerprint, CRC-32) and a pickle of plain data."""
        return _framed(_MAGIC, self.fingerprint, (self.made, self.entries))

    def files(self) -> dict[str, bytes]:
        """The files to save in the cache folder (name → bytes): only :data:`CORPUS_RECENT_FILE`
        (the entries that differ from ``base``) while those are few and no document was removed;
        else :data:`CORPUS_CACHE_FILE` anew and an empty :data:`CORPUS_RECENT_FILE`. A removed
        document's text is so gone from the cache after the build that noticed the removal
        (retention, AVG art. 5(1)(e)); an edited document's earlier text stays in the base file
        until it is written anew.

        >>> def entry(size):  # a stat signature, a document's field values, no extraction key yet
        ...     return ((size,), None, None, (None,) * len(DOCUMENT_FIELDS), None)
        >>> saved = CorpusCache({f"{n}.txt": entry(n) for n in range(20)}, made=1).dumps()
        >>> cache = CorpusCache.loads(saved)
        >>> cache.entries["0.txt"] = entry(99)  # one file of 20 changed
        >>> sorted(cache.files())
        ['corpus-recent.pickle']
        >>> again = CorpusCache.loads(saved, cache.files()[CORPUS_RECENT_FILE])
        >>> (len(again), again.entries["0.txt"][0], again.entries["1.txt"][0])
        (20, (99,), (1,))
        >>> cache.entries.update({"1.txt": entry(99), "2.txt": entry(99)})  # three of 20: more than 10 %
        >>> sorted(cache.files())
        ['corpus-recent.pickle', 'corpus.pickle']
        >>> cache = CorpusCache.loads(saved)
        >>> del cache.entries["5.txt"]  # a document removed: its text must not stay on disk
        >>> sorted(cache.files())
        ['corpus-recent.pickle', 'corpus.pickle']
        """
        base = self.base
        recent = {path: entry for path, entry in self.entries.items() if base.get(path) is not entry}
        gone = [path for path in base if path not in self.entries]
        if self.base_crc is None or gone or len(recent) > RECENT_SHARE * max(len(self.entries), 1):
            return {CORPUS_CACHE_FILE: self.dumps(), CORPUS_RECENT_FILE: b""}
        return {CORPUS_RECENT_FILE: _framed(_RECENT_MAGIC, self.fingerprint, (self.made, self.base_crc, recent, gone))}

    def extraction_keys(self, documents, stamp: str, key_of: Callable[[Document], str]) -> list[str]:
        """The extraction key of each of ``documents`` (``key_of(document)``, a hash of its text), kept in
        its entry beside its values: the next build that reuses the entry does not hash the text again.
        A key is kept with the ``stamp`` of the code that made it (the extractor's fingerprint) and is
        reused only under the same stamp and for the same document (id, checksum, dates, text: the
        entry's values); else it is made anew and replaces the entry's (:attr:`keyed` counts those).
        A document without an entry (a file without a stat) gets its key made, not kept.

        >>> values = ("a", "a.txt", "Tekst.", "sha256:0", None, None, None, None, False, None, "nl", (), None)
        >>> cache, made = CorpusCache({"a.txt": ((1,), None, None, values, None)}), []
        >>> def key_of(document):
        ...     made.append(document.id)
        ...     return "key-" + document.text
        >>> document = cached_document(values)
        >>> cache.extraction_keys([document], "v1", key_of), cache.entries["a.txt"][4], cache.keyed
        (['key-Tekst.'], ('v1', 'key-Tekst.'), 1)
        >>> cache.extraction_keys([document], "v1", key_of), made  # kept: not made again
        (['key-Tekst.'], ['a'])
        >>> cache.extraction_keys([document], "v2", key_of), made  # other extraction code: made anew
        (['key-Tekst.'], ['a', 'a'])
        """
        entries, keys = self.entries, []
        for document in documents:
            entry = entries.get(document.path)
            kept = entry[4] if entry is not None else None
            if kept is not None and kept[0] == stamp and _same_document(entry[3], document):
                keys.append(kept[1])
                continue
            key = key_of(document)
            keys.append(key)
            if entry is not None and _same_document(entry[3], document):
                entries[document.path] = (*entry[:4], (stamp, key))
                self.keyed += 1
        return keys

    @classmethod
    def loads(cls, data: bytes, recent: bytes = b"") -> CorpusCache:
        """The cache saved by :meth:`dumps` (and ``recent``: :data:`CORPUS_RECENT_FILE` saved
        with it by :meth:`files`); empty for damaged or foreign data, or other ingest code. A
        recent file made for another :data:`CORPUS_CACHE_FILE`, or damaged, is left out.

        >>> len(CorpusCache.loads(b"not a cache"))
        0
        """
        try:
            crc, (made, entries) = _unframed(_MAGIC, data)
            if not (type(made) is int and type(entries) is dict and all(map(_well_formed, entries.items()))):
                raise ValueError("not a corpus cache")
        except Exception as error:  # noqa: BLE001 - a damaged cache only costs a full read
            log.debug("corpus cache unusable (%s)", error)
            return cls()
        cache = cls(dict(entries), made, base=entries, base_crc=crc)
        if recent:
            try:
                _crc, (made, base_crc, changed, gone) = _unframed(_RECENT_MAGIC, recent)
                if not (type(made) is int and base_crc == crc and type(changed) is dict and type(gone) is list
                        and all(map(_well_formed, changed.items()))):
                    raise ValueError("not the recent entries of this corpus cache")
            except Exception as error:  # noqa: BLE001 - the entries of the cache file are still good
                log.debug("recent corpus cache entries unusable (%s)", error)
                return cache
            for path in gone:
                cache.entries.pop(path, None)
            cache.entries.update(changed)
            cache.made = made
        return cache


def _framed(magic: bytes, fingerprint: str, data) -> bytes:
    payload = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    return b"%s %s %08x\n" % (magic, fingerprint.encode("ascii"), zlib.crc32(payload)) + payload


def _unframed(magic: bytes, data: bytes) -> tuple[int, object]:
    """(CRC-32, data) of what :func:`_framed` wrote; raises ValueError when it is another kind, of
    other ingest code, or damaged."""
    stream = io.BytesIO(data)  # shares the bytes, does not copy them
    header = stream.readline()
    kind, fingerprint, crc = header.split()
    if (kind, fingerprint.decode("ascii")) != (magic, ingest_fingerprint()):
        raise ValueError("made by other ingest code")
    if int(crc, 16) != zlib.crc32(memoryview(data)[len(header):]):
        raise ValueError("checksum mismatch")
    with collector_paused():
        return int(crc, 16), _PlainUnpickler(stream).load()


def load_corpus_cache(graph_path: Path | None) -> CorpusCache:
    """The corpus cache saved with the graph at ``graph_path``; empty when it has none or it is unusable.

    The files are ``<graph_path>/cache/corpus.pickle`` (:data:`CORPUS_CACHE_FILE`) and
    :data:`CORPUS_RECENT_FILE` beside it.
    """
    data, recent = (_read_or_empty(Path(graph_path) / _CACHE_DIR / name) if graph_path else b""
                    for name in (CORPUS_CACHE_FILE, CORPUS_RECENT_FILE))
    return CorpusCache.loads(data, recent) if data else CorpusCache()


def _read_or_empty(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def read_corpus_cached(paths, previous: CorpusCache | None = None, *, keep_going: bool = False,
                       max_document_size: float | None = None) -> tuple[list[Document], list[str], CorpusCache]:
    """:func:`read_corpus`, reusing the documents of ``previous`` whose files did not change.

    A document of ``previous`` is reused without reading its files when its file and its
    sidecar have the stat signatures ``previous`` recorded (the sidecar's absence included),
    both were at least two seconds old when ``previous`` was made (a younger file may change
    again within the same timestamp tick), its warnings (if any) are in the current language
    and ``previous`` was made by this ingest code (:func:`ingest_fingerprint`). Everything else
    is read, so the documents and warnings are those :func:`read_corpus` gives without a cache.

    Returns the documents, the warnings (the last names the documents without any date, see
    :func:`graph.docdate.undated_warning`) and the cache for the next read: it holds the documents
    of this read only, so it never outgrows the corpus. Files that could not be read are not
    cached (they are tried again, with the same warning). Raises like :func:`read_corpus`; with
    ``keep_going``, two files of one document id do not stop the read: one is left out, with a
    warning (:func:`graph.corpus_checks.check_distinct_ids`; the file ``previous`` read is kept).

    ``max_document_size`` (million characters; None or 0: no limit): a longer document is left out, with
    the warning of :func:`graph.corpus_checks.within_size_limit` (first among the warnings; counted in the
    cache's ``too_large``), before the checks of ids, copies, dates and language, which are about the documents
    built. Its cache entry keeps its length instead of its text (a log of 30 MB dropped into the corpus
    folder cost each build 30 MB of cache to read and write and 80 MB of memory, for a document it
    leaves out): while the file is unchanged and still too long it is left out again without being read;
    under a higher limit it is read again.

    Examples
    --------
    >>> import os, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> text = folder / "nieuws.txt"
    >>> _ = text.write_text("De G40 en EZK werken samen.", encoding="utf-8")
    >>> os.utime(text, (1e9, 1e9))  # written long ago (a file written just now is read again)
    >>> docs, warnings, cache = read_corpus_cached([folder])
    >>> saved = cache.dumps()
    >>> again, warnings, cache = read_corpus_cached([folder], CorpusCache.loads(saved))
    >>> (again == docs, cache.read, cache.reused)
    (True, 0, 1)
    """
    cache = CorpusCache(made=time.time_ns())
    if previous is None or previous.fingerprint != cache.fingerprint:
        previous = CorpusCache()
    cache.base, cache.base_crc = previous.base, previous.base_crc
    language = get_language()
    with collector_paused():  # tens of thousands of new objects that all stay alive
        passed_over: list[str] = []  # a hidden document, a link to nothing: a word, not a silent loss
        listing = list_files(paths, passed_over)
        stats = dict(listing)
        dms = dms_rows(listing)  # a document system's metadata export: a row per file, read every time (it is small)
        passed_over.extend(dms.warnings)
        index = index_pages(listing)  # the export's index.html: a list of its files, no document (round 58d)
        passed_over.extend(index.warnings)
        unread = dms.metadata | index.pages
        rows = {path: (dms.where[path], fields) for path, fields in dms.rows.items()}
        limit = max_document_size * 1_000_000 if max_document_size else None  # characters
        reused = {path: document for path, stat in listing if path in previous.entries and path not in unread
                  and (document := _reuse(previous, path, stat, stats, language, rows.get(path), limit)) is not None}
    # PDF text extraction is slow (0.1-1 s a file): PDFs are read on every core. Other files are
    # read here: reading one costs less than sending it back from a worker process.
    pdfs = [(path, stat) for path, stat in listing if path not in reused and path[-4:].lower() == ".pdf"]
    read = dict(zip((path for path, _stat in pdfs),
                    forked_map(_read_job, pdfs, state=(stats, language, rows), parallel_min=_PDFS_PARALLEL_MIN)))
    documents: list[Document] = []
    warnings: list[str] = passed_over
    too_large: list[tuple[str, int, str]] = []  # (document id, length, path) of each document left out for its size
    fresh = 0  # files read
    for path, stat in listing:
        document = reused.get(path)
        if document is _TOO_LARGE:
            cache.entries[path] = entry = previous.entries[path]
            too_large.append((entry[3][_ID], entry[3][_TEXT], path))
            continue
        if document is not None:
            entry = previous.entries[path]
        elif not is_sidecar(path) and path not in unread:
            document, entry, problem = read.get(path) or _read_job((stats, language, rows), (path, stat))
            if problem is not None:
                warnings.append(problem)
                continue
            fresh += document is not None
        if document is None:
            continue
        if limit is not None and len(document.text) > limit:  # read now, or kept whole under a higher limit
            too_large.append((document.id, len(document.text), path))
            if entry is not None:  # its length instead of its text: all the next build needs of it
                cache.entries[path] = (*entry[:3], _with_length(entry[3]), None)
                cache.shortened += 1
            continue
        if entry is not None:
            cache.entries[path] = entry
        warnings.extend(document.warnings)
        documents.append(document)
    if too_large:
        warnings[:0] = [too_large_warning(path, length, max_document_size) for _id, length, path in sorted(too_large)]
    cache.too_large, cache.read, cache.reused = len(too_large), fresh, len(reused)
    log.info("ingest: %d documents read, %d reused from the corpus cache", cache.read, cache.reused)
    documents, left_out = check_distinct_ids(  # ids that make the same IRIs: one document would replace the other
        documents, keep_going=keep_going, kept=frozenset(previous.entries) if previous is not None else frozenset(),
        modified={path: stat.st_mtime_ns for path, stat in listing if stat is not None})
    warnings.extend(left_out)
    documents, renditions = without_renditions(documents)  # "nota (archiefversie).pdf": nota.docx's words, another date
    if renditions:
        warnings.append(renditions)
    documents, copies = without_copies(documents)  # a file copied under another name counts once
    if copies:
        warnings.append(copies)
    undated = undated_warning(documents)  # one line for all: their facts pass every --at filter
    if undated:
        warnings.append(undated)
    future = future_warning(documents)  # a typo in a year: the facts sit where no question about now looks
    if future:
        warnings.append(future)
    meetings = future_meeting_warning(documents)  # an agenda ahead: no typo, but its facts are not today's
    if meetings:
        warnings.append(meetings)
    foreign = foreign_warning(documents)  # an English news item: the extraction reads Dutch only
    if foreign:
        warnings.append(foreign)
    return sorted(documents, key=lambda d: d.id), warnings, cache


def _read_job(state: tuple, job: tuple) -> tuple[Document | None, tuple | None, str | None]:
    """:func:`_read_entry` of ``job`` (path, stat) as (document, entry, None), or (None, None, the
    one-line problem) for a file that cannot be read (PDFs go through :func:`graph.workers.forked_map`)."""
    stats, language, rows = state
    try:
        return (*_read_entry(*job, stats, language, rows.get(job[0])), None)
    except InputError as error:  # a file skipped: its warning, with the code it was made with
        return None, None, error.args[0] if error.args and hasattr(error.args[0], "code") else str(error)
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - a library failing on a hostile file in a way no reader foresaw
        # (zipfile's zlib.error, email's AttributeError: walkthrough 37, findings 2-6, 11): that file skipped with
        # one line naming the error, the others built, where one file stopped every build with a traceback
        log.debug("reading %s failed", job[0], exc_info=True)
        reason = f"{type(error).__name__}: {error}".encode("utf-8", "backslashreplace").decode("utf-8")
        return None, None, coded("unreadable", path=job[0], reason=reason)


def _read_entry(path: str, stat: os.stat_result | None, stats: dict, language: str,
                row: tuple[str, dict] | None = None) -> tuple[Document | None, tuple | None]:
    """Read the file ``path`` (``row``: its row in a metadata export, see :func:`graph.ingest.read_file`): its
    document and cache entry (None when it has no stat)."""
    file = Path(path)
    sidecar_file = sidecar_path(file)
    sidecar = None if sidecar_file is None else str(sidecar_file)
    sidecar_stat = _sidecar_stat(sidecar, stats)  # taken before reading: a change while reading shows next time
    document = read_file(file, sidecar_file, row)
    if document is None or stat is None:
        return document, None
    values = tuple(path if name == "path" else tuple(map(to_plain, document.warnings)) if name == "warnings"
                   else getattr(document, name) for name in DOCUMENT_FIELDS)  # path: stored once; codes as plain data
    return document, (_signature(stat, sidecar_stat, row), sidecar, language if document.warnings else None, values, None)


def _reuse(previous: CorpusCache, path: str, stat: os.stat_result | None, stats: dict, language: str,
           row: tuple[str, dict] | None = None, limit: int | None = None) -> Document | None:
    """The document of ``path`` in ``previous`` if its files (and its row in a metadata export) are unchanged and
    were settled, else None; :data:`_TOO_LARGE` for an entry that kept a document's length only, while that is
    still over ``limit`` (characters; None: no limit, so such a document is read again)."""
    signature, sidecar, warnings_language, values, _key = previous.entries[path]
    sidecar_stat = _sidecar_stat(sidecar, stats)
    if stat is None or _signature(stat, sidecar_stat, row) != signature or warnings_language not in (None, language):
        return None
    newest = max(stat.st_mtime_ns, sidecar_stat.st_mtime_ns if sidecar_stat else 0)
    if previous.made - newest < _RACY_NS:
        return None
    if type(values[_TEXT]) is int:  # left out for its size when the entry was made
        return _TOO_LARGE if limit is not None and values[_TEXT] > limit else None
    document = cached_document(values)
    return replace(document, warnings=tuple(map(from_plain, document.warnings))) if document.warnings else document


#: :func:`_reuse`'s answer for a document still left out for its size
_TOO_LARGE = object()
_ID, _TEXT = DOCUMENT_FIELDS.index("id"), DOCUMENT_FIELDS.index("text")


def _with_length(values: tuple) -> tuple:
    """A document's field ``values`` with its text's length in place of its text.

    >>> _with_length(("a", "a.txt", "Tekst.") + (None,) * (len(DOCUMENT_FIELDS) - 3))[:3]
    ('a', 'a.txt', 6)
    """
    return (*values[:_TEXT], len(values[_TEXT]), *values[_TEXT + 1:])


def cached_document(values: tuple) -> Document:
    """The :class:`Document` of a cache entry's field ``values`` (in :data:`DOCUMENT_FIELDS` order), made
    without the frozen dataclass's ``__init__`` and its ``object.__setattr__`` per field: the values were a
    Document's when the entry was made (10,000 documents: 35 → 18 ms).

    >>> values = ("a", "a.txt", "Tekst.", "sha256:0", None, "2024-01-02", None, None, False, None, "nl", (), None)
    >>> cached_document(values) == Document(*values), cached_document(values).reference_date
    (True, '2024-01-02')
    """
    document = _new(Document)
    document.__dict__.update(zip(DOCUMENT_FIELDS, values))
    return document


_new = object.__new__
assert not hasattr(Document, "__post_init__") and not hasattr(Document, "__slots__"), "cached_document makes it plainly"


def _signature(stat: os.stat_result, sidecar_stat: os.stat_result | None, row: tuple[str, dict] | None = None
               ) -> tuple[int, ...]:
    """What tells changed files from unchanged ones without reading them; a file with a row in a metadata
    export (``row``) also the row's fields (:func:`graph.dms_metadata.row_key`): a changed row reads that
    document again, a change to another row does not."""
    signature = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)
    if row is not None:
        signature += (row_key(row[1]),)
    if sidecar_stat is None:
        return signature
    return signature + (sidecar_stat.st_size, sidecar_stat.st_mtime_ns, sidecar_stat.st_ctime_ns,
                        sidecar_stat.st_ino, sidecar_stat.st_dev)


def _sidecar_stat(sidecar: str | None, stats: dict) -> os.stat_result | None:
    return None if sidecar is None else stats.get(sidecar) or stat_or_none(sidecar)


def _well_formed(item) -> bool:
    path, entry = item
    return (type(path) is str and type(entry) is tuple and len(entry) == 5
            and type(entry[3]) is tuple and len(entry[3]) == len(DOCUMENT_FIELDS)
            and (entry[4] is None or type(entry[4]) is tuple and len(entry[4]) == 2
                 and type(entry[4][0]) is str and type(entry[4][1]) is str))


#: what an extraction key hashes of a document besides the extraction code (the reference date is one
#: of the three dates): read from a cache entry's values and from a document
_KEYED_NAMES = ("id", "checksum", "date", "period_start", "period_end", "text")
_keyed_values = itemgetter(*(DOCUMENT_FIELDS.index(name) for name in _KEYED_NAMES))
_keyed_fields = attrgetter(*_KEYED_NAMES)


def _same_document(values: tuple, document: Document) -> bool:
    """Whether an entry's ``values`` are those of ``document`` in all an extraction key hashes (for a
    document reused from the entry the very same objects: no text is compared)."""
    return _keyed_values(values) == _keyed_fields(document)


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain data (dicts, tuples, strings, numbers) and refuses anything that names a class."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


