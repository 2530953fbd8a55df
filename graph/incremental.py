"""Incremental and parallel extraction: re-extract only what changed, on every core.

Extraction is the expensive stage of a build and works on one document at a time, so its
result is cached per document in the graph directory (``cache/extract/<key>.pickle``). The key
is a hash of the document (id, content checksum, reference date) and of everything extraction
depends on: the g40kg version, the source code of ``graph/extract`` and the gazetteer data.
Change one document and only that one is extracted again; change a gazetteer file or an
extraction rule and all are. Entries of documents that are no longer in the corpus are not
carried into the new graph, so the cache never outgrows the corpus. The later stages (resolve,
build, curation, validation) always run on all documents, so removed documents' facts
disappear and curated/reference changes take effect.

Documents that must be extracted are spread over worker processes (``workers``, default: the
number of cores; see :mod:`graph.workers`); results come back in document order, so the graph
is the same whatever the number of workers.

Examples
--------
>>> import tempfile, pathlib
>>> from graph.ingest import Document
>>> from graph.gazetteer import load_gazetteer
>>> docs = [Document(id="a", path="a.txt", text="Breda werkt samen met EZK.", checksum="sha256:1")]
>>> where = pathlib.Path(tempfile.mkdtemp())
>>> result = extract_documents_cached(docs, load_gazetteer(), where, workers=1)
>>> (result.extracted, result.reused, sorted(result.entries) == [document_key(docs[0]) + ".pickle"])
(1, 0, True)
"""

from __future__ import annotations

import gc
import hashlib
import logging
import pickle
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

from .workers import forked_map

__all__ = ["CachedExtraction", "extract_documents_cached", "document_key", "extractor_fingerprint", "CACHE_SUBDIR"]

log = logging.getLogger(__name__)

CACHE_SUBDIR = "extract"


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of everything extraction depends on besides the document itself."""
    from . import __version__
    from .resources import data_path

    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    sources = sorted((package / "extract").glob("*.py")) + [package / "gazetteer.py", package / "ingest.py"]
    gazetteer = Path(str(data_path("gazetteer")))
    for path in sources + sorted(p for p in gazetteer.rglob("*") if p.is_file()):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def document_key(document) -> str:
    """The cache key of ``document``'s extraction (file name without suffix)."""
    parts = (extractor_fingerprint(), document.id, document.checksum, document.reference_date or "", document.text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass
class CachedExtraction:
    """Extractions in document order, plus the cache entries the new graph should hold."""

    extractions: list
    keys: list[str] = field(default_factory=list)  # the cache key of each extraction (see document_key)
    entries: dict[str, bytes] = field(default_factory=dict)  # key → pickled extraction (new ones)
    keep: set[str] = field(default_factory=set)  # keys of reused entries
    extracted: int = 0
    reused: int = 0
    fresh: list[str] = field(default_factory=list)  # ids of the documents extracted anew

    @property
    def cache(self) -> dict:
        """What :meth:`graph.assemble.StagedGraph.commit` needs (``cache=``)."""
        return {"directory": CACHE_SUBDIR, "write": self.entries, "keep": self.keep}


def extract_documents_cached(
    documents,
    gazetteer,
    graph_path: Path | None,
    *,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> CachedExtraction:
    """Extractions of ``documents``, reusing the cache of the graph at ``graph_path``."""
    folder = Path(graph_path) / "cache" / CACHE_SUBDIR if graph_path else None
    result = CachedExtraction([None] * len(documents), [document_key(d) for d in documents])
    todo = []
    with _collector_paused():
        cached_extractions = [_load(folder / f"{key}.pickle") if folder else None for key in result.keys]
    for index, (document, key, cached) in enumerate(zip(documents, result.keys, cached_extractions)):
        if cached is not None and cached.document_id == document.id:
            result.extractions[index] = cached
            result.keep.add(f"{key}.pickle")
            result.reused += 1
            if progress:
                progress(1)
        else:
            todo.append((index, key, document))
    for (index, key, _document), extraction in zip(todo, _extract(todo, gazetteer, workers, progress)):
        result.extractions[index] = extraction
        result.entries[f"{key}.pickle"] = pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)
        result.extracted += 1
        result.fresh.append(extraction.document_id)
    log.info("extraction: %d documents extracted, %d reused from the cache", result.extracted, result.reused)
    return result


@contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector while many objects are made that all stay alive
    (unpickling thousands of extractions; the collector would scan them again and again)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _load(path: Path):
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a damaged entry is re-extracted
        log.debug("cache entry %s unusable (%s)", path, error)
        return None


def _extract(todo, gazetteer, workers, progress):
    jobs = [(d.id, d.text, d.reference_date) for _i, _k, d in todo]
    return forked_map(_extract_one, jobs, state=gazetteer, workers=workers, progress=progress)


def _extract_one(gazetteer, job):
    from .extract import extract

    doc_id, text, date = job
    return extract(doc_id, text, gazetteer=gazetteer, date=date)
