"""Each document's graph key and direct facts kept between builds (``cache/graph-keys.marshal``), so that a
rebuild hashes the graph key and looks up the facts of its changed documents only.

A document's graph key (:func:`graph.fragments.fragment_key`) and its direct facts
(:func:`graph.direct_facts.document_facts`) are made from its metadata, its extraction key and the entity
keys its mentions resolved to. Those keys are its own resolution pass's (:mod:`graph.resolve_cache`: a
function of its outline, the gazetteer and the code) unless a global pass of the build set one or dropped
an entity the pass named (:attr:`graph.resolve.Resolution.rewritten`: a surname joined, initials,
namesakes, kind-prefixed programmes, moved keys). For every other document the graph key and the facts are
a function of its id, extraction key and metadata, under the builder's and resolution's code: the file
keeps them so, document id → (extraction key, metadata, graph key, the numbers of its facts in one list of
the file), stamped with those codes' fingerprints and marshal's format and sealed (:mod:`graph.cache_seal`). A build reuses an entry only for a
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
>>> len(made.graph_keys[0]), made.facts, made.kept.documents, made.changed  # a whole extraction: nothing kept
(32, set(), {}, False)
>>> graph = Path(tempfile.mkdtemp())
>>> _ = (graph / CACHE_DIR).mkdir()
>>> kept = KeptGraphKeys((("person/a", "memberOf", "organisation/vng"),), {"d": ("k1", metadata_of(doc), "0" * 32, (0,))})
>>> _ = (graph / CACHE_DIR / GRAPH_KEYS_FILE).write_bytes(graph_keys_file(kept))
>>> load_kept_keys(graph) == kept
True
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from .direct_facts import document_facts
from .disk_layout import CACHE_DIR
from .fragments import builder_fingerprint, fragment_key
from .ingest import Document
from .resolve_cache import passes_stamp
from .sealed_marshal import read_sealed, sealed_file

__all__ = ["GRAPH_KEYS_FILE", "KeptGraphKeys", "KeptKeys", "document_keys", "graph_keys_file", "load_kept_keys", "metadata_of"]

#: the graph keys and facts of the previous build's documents, in the graph's cache folder
GRAPH_KEYS_FILE = "graph-keys.marshal"
#: raise when the record changes; marshal's format is the running Python's
_FORMAT = (1, sys.version_info[0], sys.version_info[1], marshal.version)


class KeptGraphKeys(NamedTuple):
    """What the file keeps: the facts the entries number (a tuple of (subject key, predicate, object key)) and
    the entries, document id → (extraction key, metadata, graph key, the numbers of its facts)."""

    facts: tuple
    documents: dict


class KeptKeys(NamedTuple):
    """The graph key of each document (in their order), all their direct facts, what to keep
    (:class:`KeptGraphKeys`) and whether it differs from what was read."""

    graph_keys: list
    facts: set
    kept: KeptGraphKeys
    changed: bool


#: the fields of a document its graph key hashes that its extraction key does not stand for (see
#: :func:`graph.incremental.document_key`: the id, the checksum and the text); the id is the entry's key
_COMPARED = attrgetter(*(f.name for f in fields(Document) if f.name not in ("id", "checksum", "text", "path", "warnings")))


def metadata_of(document) -> tuple:
    """The fields of ``document`` an entry compares (its graph shows them; its extraction key does not hash them).

    >>> metadata_of(Document(id="d", path="d.txt", text="Niets.", checksum="sha256:0", title="Nota", date="2025-01-02"))[:2]
    ('Nota', '2025-01-02')
    """
    return _COMPARED(document)


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


def document_keys(documents, extractions, resolution, extraction_keys: list | None,
                  kept: KeptGraphKeys | None) -> KeptKeys:
    """The graph keys and facts of ``documents`` (their ``extractions``, resolved in ``resolution``, of cache keys
    ``extraction_keys``), each taken from ``kept`` (:func:`load_kept_keys`) where that still holds (see the
    module), else made."""
    rewritten = resolution.rewritten
    table, before = (list(kept.facts), kept.documents) if kept is not None else ([], {})
    shared: dict = {}  # one object of each metadata value made, so that the file holds it once
    entries: dict = {}
    graph_keys: list = []
    facts: set = set()
    used: set = set()  # the numbers of the facts of the documents taken from ``kept``
    made = 0
    for document, extraction, key in zip(documents, extractions, extraction_keys or [None] * len(documents)):
        document_id = document.id
        own = (rewritten is not None and key is not None and document_id not in rewritten
               and getattr(extraction, "rows", None) is not None)
        if own:
            metadata = _COMPARED(document)
            entry = before.get(document_id)
            if entry is not None and entry[0] == key and entry[1] == metadata:
                entries[document_id] = entry
                graph_keys.append(entry[2])
                used.update(entry[3])
                continue
        graph_key = fragment_key(document, extraction, resolution, key)
        found = document_facts(document_id, extraction, resolution)
        graph_keys.append(graph_key)
        facts.update(found)
        if own:  # its facts numbered at the table's end (one the table holds already too: see _renumbered)
            entries[document_id] = (key, tuple(shared.setdefault(value, value) for value in metadata), graph_key,
                                    tuple(range(len(table), len(table) + len(found))))
            table.extend(found)
            made += 1
    facts.update(map(table.__getitem__, used))
    keeping = KeptGraphKeys(tuple(table), entries)
    if made and len(table) > 2 * len(facts):  # facts no entry numbers any more: numbered anew
        keeping = _renumbered(keeping)
    return KeptKeys(graph_keys, facts, keeping, bool(made) or len(entries) != len(before))


def _renumbered(kept: KeptGraphKeys) -> KeptGraphKeys:
    """``kept`` with each fact its entries number once, numbered anew.

    >>> _renumbered(KeptGraphKeys((("a", "p", "b"), ("c", "p", "d"), ("a", "p", "b")), {"x": ("k", (), "g", (1, 2))}))
    KeptGraphKeys(facts=(('c', 'p', 'd'), ('a', 'p', 'b')), documents={'x': ('k', (), 'g', (0, 1))})
    """
    numbers: dict = {}
    documents = {document_id: entry[:3] + (tuple(numbers.setdefault(kept.facts[n], len(numbers)) for n in entry[3]),)
                 for document_id, entry in kept.documents.items()}
    return KeptGraphKeys(tuple(numbers), documents)


def graph_keys_file(kept: KeptGraphKeys) -> bytes:
    """The file that keeps ``kept``."""
    return sealed_file(keys_stamp(), facts=kept.facts, documents=kept.documents)


def load_kept_keys(graph_path: Path | None) -> KeptGraphKeys | None:
    """What the graph at ``graph_path`` keeps; None when it has none, or it is unusable."""
    kept = read_sealed(Path(graph_path) / CACHE_DIR / GRAPH_KEYS_FILE, keys_stamp()) if graph_path is not None else None
    if kept is None or not isinstance(kept.get("facts"), tuple) or not isinstance(kept.get("documents"), dict):
        return None
    return KeptGraphKeys(kept["facts"], kept["documents"])
