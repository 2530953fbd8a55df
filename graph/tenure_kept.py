"""The ``g40g:tenure`` graph kept between builds (``cache/tenure.marshal``), so that a rebuild whose terms,
holders' names, pairs said apart and affiliations are the previous build's reuses the graph the patched store
already holds instead of inferring it again and comparing it statement by statement.

The tenure graph (:func:`graph.tenure.tenure_quads`) is a function of the terms, the holders' names as the store
has them (:func:`graph.tenure.holder_names`), the pairs said to be two people, the affiliations, the gazetteer
(which ministries ceased: its graph's key) and of the code; the groups of holders a previous build made
(:mod:`graph.holder_groups`) only spare comparing names, they do not change it. The file keeps those inputs
(:func:`tenure_inputs`) with the digest of the graph's lines in ``graph.nq``, stamped with the source of the
``graph`` package and marshal's format, and sealed (:mod:`graph.cache_seal`): a file of another stamp, of another
user or damaged is not read. A patch that finds the same inputs, and the previous ``graph.nq`` holding lines of
that digest, keeps the store's graph and those lines (:meth:`graph.assemble.StagedGraph.keep_derived`); else the
graph is inferred and a new file written. A build with a removal rule reads none and writes an empty file (a
removed person's name is kept nowhere beside the graph), as for the facts and the entities
(:mod:`graph.facts_kept`, :mod:`graph.entities_kept`). 10,000 documents: inferring the graph and bringing the
store's up to date took ≈ 125 ms.

Examples
--------
>>> import tempfile
>>> from graph.tenure import Term
>>> terms = [Term("e/1", "person/a", "municipality/gm0758", "burgemeester", "2020-01-01", None, False)]
>>> inputs = tenure_inputs(terms, {"person/a": "A. de Vries"}, set(), [], "r1")
>>> graph = Path(tempfile.mkdtemp())
>>> from graph.disk_layout import CACHE_DIR
>>> _ = (graph / CACHE_DIR).mkdir()
>>> _ = (graph / CACHE_DIR / TENURE_FILE).write_bytes(tenure_file(inputs, b"<e/1> <p> <o> <g> .\\n"))
>>> kept = load_kept_tenure(graph)
>>> kept_lines(kept, inputs, b"<e/1> <p> <o> <g> .\\n")
b'<e/1> <p> <o> <g> .\\n'
>>> kept_lines(kept, inputs, b"<e/2> <p> <o> <g> .\\n") is None  # the previous graph.nq holds other lines
True
>>> kept_lines(kept, tenure_inputs(terms, {"person/a": "B. de Vries"}, set(), [], "r1"), b"") is None  # other names
True
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .sealed_marshal import read_kept, sealed_file

__all__ = ["TENURE_FILE", "KeptTenure", "kept_lines", "load_kept_tenure", "tenure_file", "tenure_inputs"]

#: the tenure graph's inputs of the previous build and the digest of its lines, in the graph's cache folder
TENURE_FILE = "tenure.marshal"


class KeptTenure(NamedTuple):
    """The tenure graph of the previous build: the digest of its lines in ``graph.nq`` and its inputs."""

    digest: bytes
    inputs: tuple


@lru_cache(maxsize=1)
def tenure_stamp() -> str:
    """What the kept inputs must have been written under: the record's format, the source of every module of the
    ``graph`` package (the inference reaches into a dozen: any change infers afresh), marshal's.

    >>> len(tenure_stamp())
    16
    """
    digest = hashlib.sha256(repr((1, sys.version_info[:2], marshal.version)).encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def tenure_inputs(terms, names: dict, apart, affiliations, reference_key: str) -> tuple:
    """What :func:`graph.tenure.tenure_quads` infers from, as plain values: the terms in order, the holders' names,
    the pairs said apart (frozensets of two IRIs), the affiliations in order and the gazetteer graph's key."""
    return (tuple(map(tuple, terms)), tuple(sorted(names.items())), frozenset(apart),
            tuple(map(tuple, affiliations)), reference_key)


def _digest(lines: bytes) -> bytes:
    return hashlib.sha256(lines).digest()


def tenure_file(inputs: tuple, lines: bytes) -> bytes:
    """The file that keeps ``inputs`` and the digest of their graph's ``lines`` in ``graph.nq``."""
    return sealed_file(tenure_stamp(), digest=_digest(lines), inputs=inputs)


def load_kept_tenure(graph_path: Path | None) -> KeptTenure | None:
    """The inputs kept with the graph at ``graph_path``; None when it has none, or it is unusable."""
    return read_kept(graph_path, TENURE_FILE, tenure_stamp(), KeptTenure, digest=bytes, inputs=tuple)


def kept_lines(kept: KeptTenure | None, inputs: tuple, previous_lines: bytes | None) -> bytes | None:
    """``previous_lines`` (the tenure graph's lines in the previous ``graph.nq``) when ``inputs`` are the ``kept``
    ones and those lines are the graph they made; else None (the graph is to be inferred)."""
    if kept is None or previous_lines is None or kept.inputs != inputs or kept.digest != _digest(previous_lines):
        return None
    return previous_lines
