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
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
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
from .messages import get_language, msg

__all__ = ["CORPUS_CACHE_FILE", "CorpusCache", "load_corpus_cache", "read_corpus_cached"]

log = logging.getLogger(__name__)

#: the corpus cache's file in the graph's cache directory (``<graph>/cache/corpus.pickle``)
CORPUS_CACHE_FILE = "corpus.pickle"
_CACHE_DIR = "cache"  # graph.store.CACHE_DIR, not imported: this module stays free of rdflib
_RACY_NS = 2_000_000_000  # a file must be this much older than the read that recorded it
_MAGIC = b"g40kg-corpus-cache"


@dataclass
class CorpusCache:
    """What a read of the corpus found, to spare the next read the files that did not change.

    ``entries`` maps the path of each document read to a plain tuple: the stat signature of the
    file and its sidecar, the sidecar's path, the language of the document's warnings (None: it
    has none) and the document's field values. ``made`` is when the read that made the cache
    began (``time.time_ns()``); ``read`` and ``reused`` count its documents. Save the cache with
    :meth:`dumps`, load it with :meth:`loads` or :func:`load_corpus_cache`.
    """

    entries: dict[str, tuple] = field(default_factory=dict, repr=False)
    made: int = 0
    fingerprint: str = field(default_factory=lambda: ingest_fingerprint())
    read: int = 0
    reused: int = 0

    def __len__(self) -> int:
        return len(self.entries)

    def dumps(self) -> bytes:
        """The cache as bytes: a header line (format, fingerprint, CRC-32) and a pickle of plain data."""
        payload = pickle.dumps((self.made, self.entries), protocol=pickle.HIGHEST_PROTOCOL)
        return b"%s %s %08x\n" % (_MAGIC, self.fingerprint.encode("ascii"), zlib.crc32(payload)) + payload

    @classmethod
    def loads(cls, data: bytes) -> CorpusCache:
        """The cache saved by :meth:`dumps`; empty for damaged or foreign data, or other ingest code.

        >>> len(CorpusCache.loads(b"not a cache"))
        0
        """
        try:
            stream = io.BytesIO(data)  # shares the bytes, does not copy them
            header = stream.readline()
            magic, fingerprint, crc = header.split()
            if (magic, fingerprint.decode("ascii")) != (_MAGIC, ingest_fingerprint()):
                log.debug("corpus cache: made by other ingest code, not used")
                return cls()
            if int(crc, 16) != zlib.crc32(memoryview(data)[len(header):]):
                raise ValueError("checksum mismatch")
            with collector_paused():
                made, entries = _PlainUnpickler(stream).load()
            if not (type(made) is int and type(entries) is dict and all(map(_well_formed, entries.items()))):
                raise ValueError("not a corpus cache")
        except Exception as error:  # noqa: BLE001 - a damaged cache only costs a full read
            log.debug("corpus cache unusable (%s)", error)
            return cls()
        return cls(entries, made)


def load_corpus_cache(graph_path: Path | None) -> CorpusCache:
    """The corpus cache saved with the graph at ``graph_path``; empty when it has none or it is unusable.

    The file is ``<graph_path>/cache/corpus.pickle`` (:data:`CORPUS_CACHE_FILE`).
    """
    try:
        data = (Path(graph_path) / _CACHE_DIR / CORPUS_CACHE_FILE).read_bytes() if graph_path else b""
    except OSError:
        data = b""
    return CorpusCache.loads(data) if data else CorpusCache()


def read_corpus_cached(paths, previous: CorpusCache | None = None) -> tuple[list[Document], list[str], CorpusCache]:
    """:func:`read_corpus`, reusing the documents of ``previous`` whose files did not change.

    A document of ``previous`` is reused without reading its files when its file and its
    sidecar have the stat signatures ``previous`` recorded (the sidecar's absence included),
    both were at least two seconds old when ``previous`` was made (a younger file may change
    again within the same timestamp tick), its warnings (if any) are in the current language
    and ``previous`` was made by this ingest code (:func:`ingest_fingerprint`). Everything else
    is read, so the documents and warnings are those :func:`read_corpus` gives without a cache.

    Returns the documents, the warnings and the cache for the next read: it holds the documents
    of this read only, so it never outgrows the corpus. Files that could not be read are not
    cached (they are tried again, with the same warning). Raises like :func:`read_corpus`.

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
    language = get_language()
    with collector_paused():  # tens of thousands of new objects that all stay alive
        listing = list_files(paths)
        stats = dict(listing)
        reused = {path: document for path, stat in listing if path in previous.entries
                  and (document := _reuse(previous, path, stat, stats, language)) is not None}
    documents: list[Document] = []
    warnings: list[str] = []
    for path, stat in listing:
        document = reused.get(path)
        if document is not None:
            cache.entries[path] = previous.entries[path]
        elif not is_sidecar(path):
            try:
                document, entry = _read_entry(path, stat, stats, language)
            except InputError as error:
                warnings.append(str(error))
                continue
            if entry is not None:
                cache.entries[path] = entry
        if document is not None:
            warnings.extend(document.warnings)
            documents.append(document)
    cache.reused = len(reused)
    cache.read = len(documents) - cache.reused
    log.info("ingest: %d documents read, %d reused from the corpus cache", cache.read, cache.reused)
    seen: dict[str, str] = {}
    for document in documents:
        if document.id in seen:
            raise InputError(msg("duplicate_id", path=document.path, id=document.id, other=seen[document.id]))
        seen[document.id] = document.path
    return sorted(documents, key=lambda d: d.id), warnings, cache


def _read_entry(path: str, stat: os.stat_result | None, stats: dict, language: str) -> tuple[Document | None, tuple | None]:
    """Read the file ``path``: its document and cache entry (None when it has no stat)."""
    file = Path(path)
    sidecar_file = sidecar_path(file)
    sidecar = None if sidecar_file is None else str(sidecar_file)
    sidecar_stat = _sidecar_stat(sidecar, stats)  # taken before reading: a change while reading shows next time
    document = read_file(file, sidecar_file)
    if document is None or stat is None:
        return document, None
    values = tuple(path if name == "path" else getattr(document, name) for name in DOCUMENT_FIELDS)  # path: stored once
    return document, (_signature(stat, sidecar_stat), sidecar, language if document.warnings else None, values)


def _reuse(previous: CorpusCache, path: str, stat: os.stat_result | None, stats: dict, language: str) -> Document | None:
    """The document of ``path`` in ``previous`` if its files are unchanged and were settled, else None."""
    signature, sidecar, warnings_language, values = previous.entries[path]
    sidecar_stat = _sidecar_stat(sidecar, stats)
    if stat is None or _signature(stat, sidecar_stat) != signature or warnings_language not in (None, language):
        return None
    newest = max(stat.st_mtime_ns, sidecar_stat.st_mtime_ns if sidecar_stat else 0)
    return Document(*values) if previous.made - newest >= _RACY_NS else None


def _signature(stat: os.stat_result, sidecar_stat: os.stat_result | None) -> tuple[int, ...]:
    """What tells changed files from unchanged ones without reading them."""
    signature = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)
    if sidecar_stat is None:
        return signature
    return signature + (sidecar_stat.st_size, sidecar_stat.st_mtime_ns, sidecar_stat.st_ctime_ns,
                        sidecar_stat.st_ino, sidecar_stat.st_dev)


def _sidecar_stat(sidecar: str | None, stats: dict) -> os.stat_result | None:
    return None if sidecar is None else stats.get(sidecar) or stat_or_none(sidecar)


def _well_formed(item) -> bool:
    path, entry = item
    return (type(path) is str and type(entry) is tuple and len(entry) == 4
            and type(entry[3]) is tuple and len(entry[3]) == len(DOCUMENT_FIELDS))


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain data (dicts, tuples, strings, numbers) and refuses anything that names a class."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


