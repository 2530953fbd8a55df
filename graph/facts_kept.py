"""The ``g40g:facts`` graph kept between builds (``cache/facts.marshal``), so that a rebuild whose documents
state the facts the previous build's did reuses that graph instead of writing its lines again.

The facts graph is the direct triple of every fact the documents state, each once (:func:`graph.fragments.facts_fragment`):
a function of the set of facts (subject key, predicate, object key) and of the builder's code only. The file
keeps that set with the graph's key, stamped with :func:`graph.fragments.builder_fingerprint` and marshal's
format, and sealed (:mod:`graph.cache_seal`): a file of another stamp, of another user or damaged is not read.
A build that finds the same set, and the previous graph holding the graph of that key (its fragment index),
hands on a reused fragment (no text: ``graph.nq`` holds it); else it makes the graph and a new file.
10,000 documents: ≈ 24,000 facts, their lines made, sorted and hashed in ≈ 80 ms; the set read in ≈ 10.

Examples
--------
>>> import tempfile
>>> from graph.fragments import Fragment
>>> graph = Path(tempfile.mkdtemp())
>>> facts = {("municipality/gm0758", "collaboratesWith", "ministry/mnre1045")}
>>> from graph.disk_layout import CACHE_DIR
>>> _ = (graph / CACHE_DIR).mkdir()
>>> _ = (graph / CACHE_DIR / FACTS_FILE).write_bytes(facts_file(facts, "k1"))
>>> kept = load_kept_facts(graph)
>>> kept.key, kept.facts == facts
('k1', True)
>>> index = {"graphs": {str(FACTS_GRAPH): {"key": "k1"}}}
>>> reused_facts(kept, facts, index) == Fragment(FACTS_GRAPH, "k1", None, {})
True
>>> reused_facts(kept, facts | {("a", "b", "c")}, index) is None  # another set of facts: made anew
True
"""

from __future__ import annotations

import marshal
import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .fragments import Fragment, builder_fingerprint
from .sealed_marshal import read_kept, sealed_file
from .vocab import FACTS_GRAPH

__all__ = ["FACTS_FILE", "KeptFacts", "facts_file", "load_kept_facts", "reused_facts"]

#: the facts of the previous build, in the graph's cache folder
FACTS_FILE = "facts.marshal"


class KeptFacts(NamedTuple):
    """The facts graph of the previous build: its key and its set of facts."""

    key: str
    facts: frozenset


@lru_cache(maxsize=1)
def facts_stamp() -> tuple:
    """What the kept facts must have been written under: the record's format, the builder's code, marshal's."""
    return (1, builder_fingerprint(), sys.version_info[0], sys.version_info[1], marshal.version)


def facts_file(facts, key: str) -> bytes:
    """The file that keeps ``facts`` (a set of (subject key, predicate, object key)) and the key of their graph."""
    return sealed_file(facts_stamp(), key=key, facts=frozenset(facts))


def load_kept_facts(graph_path: Path | None) -> KeptFacts | None:
    """The facts kept with the graph at ``graph_path``; None when it has none, or it is unusable."""
    return read_kept(graph_path, FACTS_FILE, facts_stamp(), KeptFacts, key=str, facts=frozenset)


def reused_facts(kept: KeptFacts | None, facts, previous_index: dict) -> Fragment | None:
    """The reused facts graph (no text) when ``facts`` are the ``kept`` ones and the previous graph holds the
    graph of their key (``previous_index``: its fragment index); else None (the graph is to be made)."""
    if kept is None or kept.facts != facts:
        return None
    held = (previous_index.get("graphs") or {}).get(str(FACTS_GRAPH)) or {}
    return Fragment(FACTS_GRAPH, kept.key, None, {}) if held.get("key") == kept.key else None
