"""The ``g40g:entities`` graph kept between builds (``cache/entities.marshal``), so that a rebuild whose documents
use the entities and roles the previous build's did, with the same labels, reuses that graph instead of writing
its lines again.

The entities graph (:func:`graph.fragments.entities_fragment`) describes each entity the documents use (its key,
type, labels, kind), the roles with their scheme, the persons said to be apart and the published keys that moved,
less what the gazetteer graph holds: a function of those inputs (:func:`entities_inputs`, with the gazetteer
graph's key) and of the code. The file keeps the inputs with the graph's key, stamped with
:func:`graph.fragments.builder_fingerprint`, the role labels' code and data and marshal's format, and sealed
(:mod:`graph.cache_seal`): a file of another stamp, of another user or damaged is not read. A build that finds the
same inputs, and the previous graph holding the graph of that key (its fragment index), hands on a reused fragment
(no text: ``graph.nq`` holds it); else it makes the graph and a new file. A build with a removal rule reads none
and writes an empty file (a removed person's name is kept nowhere beside the graph), as for the facts
(:mod:`graph.facts_kept`). 10,000 documents: ≈ 4,000 entities, their lines made, sorted and hashed in ≈ 80 ms.

Examples
--------
>>> import tempfile
>>> from graph.build_stats import BuildStats
>>> from graph.resolve import Entity, Resolution
>>> resolution = Resolution({"municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda")}, {})
>>> inputs = entities_inputs(resolution, BuildStats(uses={"municipality/gm0758"}), "r1")
>>> inputs[1]
(('municipality/gm0758', 'Municipality', 'Breda', (), None),)
>>> graph = Path(tempfile.mkdtemp())
>>> from graph.disk_layout import CACHE_DIR
>>> _ = (graph / CACHE_DIR).mkdir()
>>> _ = (graph / CACHE_DIR / ENTITIES_FILE).write_bytes(entities_file(inputs, "k1"))
>>> index = {"graphs": {str(ENTITIES_GRAPH): {"key": "k1"}}}
>>> reused_entities(load_kept_entities(graph), inputs, index) == Fragment(ENTITIES_GRAPH, "k1", None, {})
True
>>> reused_entities(load_kept_entities(graph), inputs[:1] + ((),) + inputs[2:], index) is None  # other inputs: made
True
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .fragments import Fragment, builder_fingerprint
from .resources import data_path
from .sealed_marshal import read_kept, sealed_file
from .vocab import ENTITIES_GRAPH

__all__ = ["ENTITIES_FILE", "KeptEntities", "entities_file", "entities_inputs", "load_kept_entities", "reused_entities"]

#: the entities graph's inputs of the previous build, in the graph's cache folder
ENTITIES_FILE = "entities.marshal"


class KeptEntities(NamedTuple):
    """The entities graph of the previous build: its key and its inputs (:func:`entities_inputs`)."""

    key: str
    inputs: tuple


@lru_cache(maxsize=1)
def entities_stamp() -> str:
    """What the kept inputs must have been written under: the record's format, the builder's code, the role
    labels' code and data (:mod:`graph.role_labels`, not in the builder's fingerprint), marshal's.

    >>> len(entities_stamp())
    16
    """
    digest = hashlib.sha256(repr((1, builder_fingerprint(), sys.version_info[:2], marshal.version)).encode())
    for path in (Path(__file__).with_name("role_labels.py"), Path(__file__),
                 data_path("gazetteer") / "role_labels_en.csv"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def entities_inputs(resolution, stats, reference_key: str) -> tuple:
    """What :func:`graph.entity_descriptions.write_entities` describes, as plain tuples: the gazetteer graph's key
    (``reference_key``: what it leaves out), each used entity (key, type, label, other labels, kind) in key order,
    the roles, the pairs said apart and the moved keys it writes."""
    entities, uses = resolution.entities, stats.uses
    described = tuple((key, entity.type, entity.label, entity.alt_labels, entity.subtype)
                      for key in sorted(uses) for entity in (entities[key],))
    apart = tuple((one, other) for one, other in resolution.apart if one in uses and other in uses)
    moved = tuple((old, new) for old, new in sorted(resolution.moved.items()) if new in uses)
    return reference_key, described, tuple(sorted(stats.roles)), apart, moved


def entities_file(inputs: tuple, key: str) -> bytes:
    """The file that keeps ``inputs`` and the key of their graph."""
    return sealed_file(entities_stamp(), key=key, inputs=inputs)


def load_kept_entities(graph_path: Path | None) -> KeptEntities | None:
    """The inputs kept with the graph at ``graph_path``; None when it has none, or it is unusable."""
    return read_kept(graph_path, ENTITIES_FILE, entities_stamp(), KeptEntities, key=str, inputs=tuple)


def reused_entities(kept: KeptEntities | None, inputs: tuple, previous_index: dict) -> Fragment | None:
    """The reused entities graph (no text) when ``inputs`` are the ``kept`` ones and the previous graph holds the
    graph of their key (``previous_index``: its fragment index); else None (the graph is to be made)."""
    if kept is None or kept.inputs != inputs:
        return None
    held = (previous_index.get("graphs") or {}).get(str(ENTITIES_GRAPH)) or {}
    return Fragment(ENTITIES_GRAPH, kept.key, None, {}) if held.get("key") == kept.key else None
