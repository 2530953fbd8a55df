"""Each document's graph key and direct facts kept between builds (``cache/graph-keys.marshal``), so that a
rebuild hashes the graph key and looks up the facts of its changed documents only.

A document's graph key (:func:`graph.fragments.fragment_key`) and its direct facts
(:func:`graph.direct_facts.document_facts`) are made from its metadata, its extraction key and the entity
keys its mentions resolved to. Those keys are its own resolution pass's (:mod:`graph.resolve_cache`: a
function of its outline, the gazetteer and the code) unless a global pass of the build set one or dropped
an entity the pass named (:attr:`graph.resolve.Resolution.rewritten`: a surname joined, initials,
namesakes, kind-prefixed programmes, moved keys). For every other document the graph key and the facts are
a function of its id, extraction key and metadata, under the builder's and resolution's code: the file
keeps them so, document id → (extraction key, metadata, graph key, facts), stamped with those codes'
fingerprints and marshal's format and sealed (:mod:`graph.cache_seal`). A build reuses an entry only for a
document that no global pass rewrote in this build, with the same extraction key and metadata, read as an
outline; every other document's key and facts are made as before, and an entry is kept only of a document
no global pass rewrote. A file of another stamp, of another user or damaged is not read. A build with a
removal rule reads none and writes an empty file, as it does for the facts graph (:mod:`graph.facts_kept`):
a removed person's key is kept nowhere beside the graph.

Examples
--------
>>> import tempfile
>>> from graph.extract.model import Extraction
>>> from graph.ingest import Document
>>> from graph.resolve import Resolution
>>> doc = Document(id="d", path="d.txt", text="Niets.", checksum="sha256:0")
>>> made = document_keys([doc], [Extraction("d")], Resolution({}, {}, rewritten=frozenset()), ["k1"], None)
>>> len(made.graph_keys[0]), made.facts, made.entries, made.changed  # a whole extraction: nothing kept
(32, set(), {}, False)
>>> graph = Path(tempfile.mkdtemp())
>>> _ = (graph / CACHE_DIR).mkdir()
>>> entry = ("k1", metadata_of(doc), "0" * 32, (("person/a", "memberOf", "organisation/vng"),))
>>> _ = (graph / CACHE_DIR / GRAPH_KEYS_FILE).write_bytes(graph_keys_file({"d": entry}))
>>> load_kept_keys(graph) == {"d": entry}
True
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .direct_facts import document_facts
from .disk_layout import CACHE_DIR
from .fragments import _METADATA, builder_fingerprint, fragment_key
from .resolve_cache import passes_stamp
from .sealed_marshal import read_sealed, sealed_file

__all__ = ["GRAPH_KEYS_FILE", "KeptKeys", "document_keys", "graph_keys_file", "load_kept_keys", "metadata_of"]

#: the graph keys and facts of the previous build's documents, in the graph's cache folder
GRAPH_KEYS_FILE = "graph-keys.marshal"
#: raise when the record changes; marshal's format is the running Python's
_FORMAT = (1, sys.version_info[0], sys.version_info[1], marshal.version)


class KeptKeys(NamedTuple):
    """The graph key of each document (in their order), all their direct facts, the entries to keep
    (document id → (extraction key, metadata, graph key, facts)) and whether they differ from those read."""

    graph_keys: list
    facts: set
    entries: dict
    changed: bool


def metadata_of(document) -> tuple:
    """The fields of ``document`` its graph shows besides its text (what its graph key hashes of it).

    >>> from graph.ingest import Document
    >>> metadata_of(Document(id="d", path="d.txt", text="Niets.", checksum="sha256:0", title="Nota"))[:3]
    ('d', 'sha256:0', 'Nota')
    """
    return _METADATA(document)


@lru_cache(maxsize=1)
def keys_stamp() -> str:
    """A hash of what an entry depends on besides its document: the builder's code, resolution's (with the
    extraction fingerprint: :func:`graph.resolve_cache.passes_stamp`), this module and :data:`_FORMAT`.

    >>> len(keys_stamp())
    16
    """
    digest = hashlib.sha256(repr(_FORMAT).encode())
    digest.update(builder_fingerprint().encode())
    digest.update(passes_stamp().encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def document_keys(documents, extractions, resolution, extraction_keys: list | None, kept: dict | None) -> KeptKeys:
    """The graph keys and facts of ``documents`` (their ``extractions``, resolved in ``resolution``, of cache keys
    ``extraction_keys``), each taken from ``kept`` (:func:`load_kept_keys`) where that still holds (see the
    module), else made."""
    rewritten = resolution.rewritten
    kept = kept or {}
    entries: dict = {}
    graph_keys: list = []
    facts: set = set()
    made = 0
    for document, extraction, key in zip(documents, extractions, extraction_keys or [None] * len(documents)):
        document_id = document.id
        own = (rewritten is not None and key is not None and document_id not in rewritten
               and getattr(extraction, "rows", None) is not None)
        if own:
            metadata = _METADATA(document)
            entry = kept.get(document_id)
            if entry is not None and entry[0] == key and entry[1] == metadata:
                entries[document_id] = entry
                graph_keys.append(entry[2])
                facts.update(entry[3])
                continue
        graph_key = fragment_key(document, extraction, resolution, key)
        found = document_facts(document_id, extraction, resolution)
        graph_keys.append(graph_key)
        facts.update(found)
        if own:
            entries[document_id] = (key, metadata, graph_key, tuple(found))
            made += 1
    return KeptKeys(graph_keys, facts, entries, bool(made) or len(entries) != len(kept))


def graph_keys_file(entries: dict) -> bytes:
    """The file that keeps ``entries`` (document id → (extraction key, metadata, graph key, facts))."""
    return sealed_file(keys_stamp(), documents=entries)


def load_kept_keys(graph_path: Path | None) -> dict | None:
    """The entries kept with the graph at ``graph_path``; None when it has none, or it is unusable."""
    kept = read_sealed(Path(graph_path) / CACHE_DIR / GRAPH_KEYS_FILE, keys_stamp()) if graph_path is not None else None
    return kept["documents"] if kept is not None and isinstance(kept.get("documents"), dict) else None
