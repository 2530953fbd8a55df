"""Corpus files → :class:`Document` records (id, source, date, text, checksum).

Source cards
------------
``.txt`` / ``.md``
    UTF-8 text; invalid UTF-8 falls back to cp1252 with a warning. Markdown is kept as text
    (its markup is harmless for extraction and quotes stay literal).
``.html`` / ``.htm``
    Visible text only: ``<script>``, ``<style>``, ``<template>``, ``<noscript>`` and comments are
    dropped, block elements become line breaks, entities are decoded.
``.pdf``
    Text of every page via pypdf, pages separated by blank lines.
``<name>.meta.json`` (optional sidecar)
    ``title``, ``date`` (ISO) or ``period`` (``{"start": …, "end": …}``), ``source``,
    ``language``, ``date_inferred`` (true when the date was inferred, not printed).

Everything else is skipped with a warning. The document id is the file name without extension.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "nieuws.txt").write_text("De G40 en EZK werken samen.", encoding="utf-8")
>>> docs, warnings = read_corpus([folder])
>>> docs[0].id, docs[0].text
('nieuws', 'De G40 en EZK werken samen.')

Stat cache
----------
A rebuild reads only the files that changed: :func:`read_corpus_cached` takes the
:class:`CorpusCache` of the previous read and reuses each document whose file and sidecar have
the stat signatures (size, mtime, ctime, inode, device; for the sidecar also its absence) that
cache recorded. Like git's index it distrusts "racy" entries: a file whose mtime was less than
two seconds before the start of the read that made the cache could have changed again within
the same timestamp tick, so it is read again. A change to this module, the g40kg version, the texts of its warnings,
Python or pypdf empties the cache (:func:`ingest_fingerprint`). The cache is saved with the
graph as ``cache/corpus.pickle`` (:data:`CORPUS_CACHE_FILE`, :func:`load_corpus_cache`).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
import re
import stat as stat_module
import sys
import time
import zlib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError
from .heap import collector_paused
from .messages import get_language, msg

__all__ = [
    "CORPUS_CACHE_FILE",
    "SUPPORTED_SUFFIXES",
    "CorpusCache",
    "Document",
    "ingest_fingerprint",
    "load_corpus_cache",
    "read_corpus",
    "read_corpus_cached",
    "read_document",
]

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
META_SUFFIX = ".meta.json"
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

#: the corpus cache's file in the graph's cache directory (``<graph>/cache/corpus.pickle``)
CORPUS_CACHE_FILE = "corpus.pickle"
_CACHE_DIR = "cache"  # graph.store.CACHE_DIR, not imported: this module stays free of rdflib
_RACY_NS = 2_000_000_000  # a file must be this much older than the read that recorded it
_MAGIC = b"g40kg-corpus-cache"


@dataclass(frozen=True)
class Document:
    """One document of the corpus with its metadata."""

    id: str
    path: str
    text: str
    checksum: str
    title: str | None = None
    date: str | None = None  # ISO date the document speaks of (or was published)
    period_start: str | None = None
    period_end: str | None = None
    date_inferred: bool = False
    source: str | None = None
    language: str = "nl"
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def reference_date(self) -> str | None:
        """The date facts from this document hold at: its date, else the end of its period."""
        return self.date or self.period_end or self.period_start


_FIELDS = tuple(f.name for f in fields(Document))


def read_corpus(paths, *, known: CorpusCache | None = None) -> tuple[list[Document], list[str]]:
    """Read files and folders (recursively) into documents, sorted by id.

    Returns the documents and one-line warnings for files that were skipped or repaired.
    Raises :class:`InputError` for a path that does not exist and for two files with the
    same document id. With ``known``, the cache of a previous read, unchanged files are not
    read again (see :func:`read_corpus_cached`, which also returns the cache for the next read).
    """
    documents, warnings, _cache = read_corpus_cached(paths, known)
    return documents, warnings


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
        listing = _listing(paths)
        stats = dict(listing)
        reused = {path: document for path, stat in listing if path in previous.entries
                  and (document := _reuse(previous, path, stat, stats, language)) is not None}
    documents: list[Document] = []
    warnings: list[str] = []
    for path, stat in listing:
        document = reused.get(path)
        if document is not None:
            cache.entries[path] = previous.entries[path]
        elif not _is_sidecar(path):
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


@lru_cache(maxsize=1)
def ingest_fingerprint() -> str:
    """A hash of what a :class:`Document` depends on besides its files.

    That is the g40kg version, the source of this module, the texts of the messages it formats
    (they end up in a document's warnings), and the versions of Python and pypdf.
    """
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__
    from .messages import CATALOGUE

    source = Path(__file__).read_bytes()
    messages = {key: CATALOGUE.get(key) for key in sorted(set(re.findall(r'msg\("(\w+)"', source.decode())))}
    try:
        pypdf = version("pypdf")
    except PackageNotFoundError:
        pypdf = None
    digest = hashlib.sha256(source)
    digest.update(repr((__version__, sys.version, pypdf, messages)).encode())
    return digest.hexdigest()[:16]


def _read_entry(path: str, stat: os.stat_result | None, stats: dict, language: str) -> tuple[Document | None, tuple | None]:
    """Read the file ``path``: its document and cache entry (None when it has no stat)."""
    file = Path(path)
    sidecar_path = _sidecar(file)
    sidecar = None if sidecar_path is None else str(sidecar_path)
    sidecar_stat = _sidecar_stat(sidecar, stats)  # taken before reading: a change while reading shows next time
    document = _read_document(file, sidecar_path)
    if document is None or stat is None:
        return document, None
    values = tuple(path if name == "path" else getattr(document, name) for name in _FIELDS)  # path: stored once
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
    return None if sidecar is None else stats.get(sidecar) or _stat(sidecar)


def _stat(path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _well_formed(item) -> bool:
    path, entry = item
    return (type(path) is str and type(entry) is tuple and len(entry) == 4
            and type(entry[3]) is tuple and len(entry[3]) == len(_FIELDS))


class _PlainUnpickler(pickle.Unpickler):
    """Unpickles plain data (dicts, tuples, strings, numbers) and refuses anything that names a class."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")


def _listing(paths) -> list[tuple[str, os.stat_result | None]]:
    """The files to read, in order, each with its stat (None when it has none).

    A folder gives its visible files (see :func:`_visible_files`) in the order of their path parts.
    """
    listing = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(msg("no_such_path", path=path))
        if path.is_dir():
            listing.extend(_visible_files(path, str(path / "x")[:-1]))  # str(path / name) is that + name
        else:
            listing.append((str(path), _stat(path)))
    return listing


def _visible_files(folder, prefix: str):
    """(path, stat) of the files under ``folder``, leaving out hidden files and folders.

    As with ``os.walk``, a link to a folder is not followed and an unreadable folder is skipped;
    a file is a regular file or a link to one (``os.path.isfile``). Each folder's names are
    visited in sorted order, so files come in the order of their path parts (``a/b`` before ``a-c``).
    """
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        path = prefix + name
        stat = None if name.startswith(".") else _stat(path)
        if stat is None:
            continue
        if stat_module.S_ISDIR(stat.st_mode):
            if not os.path.islink(path):
                yield from _visible_files(path, path + os.sep)
        elif stat_module.S_ISREG(stat.st_mode):
            yield path, stat


def _is_sidecar(path: str) -> bool:
    return path.lower().endswith(META_SUFFIX)


def _sidecar(path: Path) -> Path | None:
    """Where the metadata sidecar of the document file ``path`` would be (None: no suffix, no sidecar)."""
    return path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX) if path.suffix else None


def read_document(path: Path) -> Document | None:
    """Read one file; None for a sidecar, :class:`InputError` for an unusable file."""
    path = Path(path)
    return _read_document(path, _sidecar(path))


def _read_document(path: Path, sidecar: Path | None) -> Document | None:
    """:func:`read_document` of ``path``, whose sidecar would be ``sidecar`` (see :func:`_sidecar`)."""
    if _is_sidecar(path.name):
        return None
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(msg("unsupported", path=path, suffix=suffix or "(-)"))
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(msg("unreadable", path=path, reason=error.strerror or error)) from None
    warnings: list[str] = []
    if suffix == ".pdf":
        text = _pdf_text(path, raw)
    else:
        if b"\x00" in raw[:8192]:
            raise InputError(msg("binary", path=path))
        text = _decode(raw, path, warnings)
        if suffix in (".html", ".htm"):
            text = html_visible_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if not text.strip():
        raise InputError(msg("empty", path=path))
    meta = _read_meta(sidecar, warnings)
    period = meta.get("period") or {}
    return Document(
        id=path.name[: -len(path.suffix)] if path.suffix else path.name,
        path=str(path),
        text=text,
        checksum="sha256:" + hashlib.sha256(raw).hexdigest(),
        title=meta.get("title"),
        date=meta.get("date"),
        period_start=period.get("start"),
        period_end=period.get("end"),
        date_inferred=bool(meta.get("date_inferred", False)),
        source=meta.get("source"),
        language=meta.get("language") or "nl",
        warnings=tuple(warnings),
    )


def _decode(raw: bytes, path: Path, warnings: list[str]) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        warnings.append(msg("cp1252", path=path))
        return raw.decode("cp1252", errors="replace")


def _pdf_text(path: Path, raw: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # our one-line warning says it; pypdf's would repeat it
    try:
        reader = PdfReader(BytesIO(raw))
        return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise InputError(msg("bad_pdf", path=path, reason=error)) from None


def _read_meta(sidecar: Path | None, warnings: list[str]) -> dict:
    if sidecar is None or not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise TypeError("not a JSON object")
    except (OSError, ValueError, TypeError) as error:
        warnings.append(msg("bad_meta", path=sidecar, reason=error))
        return {}
    for key in ("date",):
        if meta.get(key) is not None and not _ISO_DATE.match(str(meta[key])):
            warnings.append(msg("bad_meta_date", path=sidecar, key=key, value=meta[key]))
            meta[key] = None
    period = meta.get("period")
    if period is not None and not (
        isinstance(period, dict) and all(_ISO_DATE.match(str(period.get(k, ""))) for k in ("start", "end"))
    ):
        warnings.append(msg("bad_meta_period", path=sidecar))
        meta["period"] = None
    return meta


_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title",
}
_HIDDEN_TAGS = {"script", "style", "template", "noscript", "head", "svg", "iframe", "object"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li" and not self.hidden:
            self.parts.append("• ")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_visible_text(html: str) -> str:
    """The text a reader sees in an HTML page, one block per line.

    >>> html_visible_text("<p>Hallo <b>G40</b></p><script>alert(1)</script><p>Tot&nbsp;ziens</p>")
    'Hallo G40\\n\\nTot ziens'
    """
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    text = unescape("".join(parser.parts)).replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
