"""Resolution's per-document part kept between builds (``cache/resolve.marshal``), so that a rebuild
resolves the mentions of its changed documents only.

What :func:`graph.resolve.resolve` makes of one document alone — the keys of its mentions, the draft
operations of their entities, its bare surnames with what the document ties them to, the persons it
places (:class:`graph.resolve.KeptPasses`, one pass a document) — depends on that document's outline, the
gazetteer and the code only. The file keeps the passes under each document's cache key
(:func:`graph.incremental.document_key`: id, text, extraction code and gazetteer) and is stamped with a
hash of the code the passes come from (:data:`SOURCES`), the extraction fingerprint and the marshal
format: a file of another stamp, of another user (its seal, :mod:`graph.cache_seal`) or damaged is not
read, and every pass is made again. The global passes (namesakes, initials, bare surnames, the person keys
published before, the preferred labels) run on all documents in every build, so the result is the same
as without the file (round 49r; ``benchmarks/README.md``).

Examples
--------
>>> import tempfile
>>> from graph.resolve import KeptPasses
>>> graph = Path(tempfile.mkdtemp())
>>> made = KeptPasses([(0, "municipality/gm0758", "Municipality", "Breda", "Breda", None, False)],
...                   [("a", (0,), (5,), ("municipality/gm0758",), (0,), (0,), (), (), ())])
>>> files = passes_files(None, made, ["k1"])
>>> _ = (graph / CACHE_DIR).mkdir()
>>> for name, data in files.items():
...     _ = (graph / CACHE_DIR / name).write_bytes(data)
>>> kept = load_passes(graph, ["k1"])
>>> kept.passes == made.passes, passes_files(kept, kept, ["k1"]), load_passes(graph, ["k2"]).passes
(True, {}, [None])
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from functools import lru_cache
from pathlib import Path

from .cache_seal import seal, unseal
from .disk_layout import CACHE_DIR
from .incremental import extractor_fingerprint

__all__ = ["RECENT_FILE", "RESOLVE_FILE", "load_passes", "passes_files"]

log = logging.getLogger(__name__)

#: the file in the graph folder's ``cache/``
RESOLVE_FILE = "resolve.marshal"
#: the passes of the documents made since :data:`RESOLVE_FILE` was written
RECENT_FILE = "resolve-recent.marshal"
#: the main file is written anew once new and unused passes reach this share of the documents
RECENT_SHARE = 0.1
#: the modules whose code makes a document's pass: a change to one of them makes every pass again
SOURCES = ("resolve.py", "namesakes.py", "vocab.py", "placing.py", "incremental.py", "resolve_cache.py")
#: raise when the record changes; marshal's format is the running Python's
_FORMAT = (1, sys.version_info[0], sys.version_info[1], marshal.version)


@lru_cache(maxsize=1)
def passes_stamp() -> str:
    """A hash of what the passes depend on besides the documents: :data:`SOURCES`, the extraction
    fingerprint (the gazetteer, the extraction code, the version) and :data:`_FORMAT`.

    >>> len(passes_stamp())
    16
    """
    digest = hashlib.sha256(repr(_FORMAT).encode())
    digest.update(extractor_fingerprint().encode())
    package = Path(__file__).resolve().parent
    for name in SOURCES:
        digest.update(name.encode())
        digest.update((package / name).read_bytes())
    return digest.hexdigest()[:16]


def load_passes(graph_path: Path | None, keys: list[str]):
    """The passes kept with the graph at ``graph_path`` for the documents of cache ``keys`` (None where a
    document has none), as :class:`graph.resolve.KeptPasses`; None when there is no usable file."""
    from .resolve import KeptPasses

    if graph_path is None:
        return None
    folder = Path(graph_path) / CACHE_DIR
    base = _read(folder / RESOLVE_FILE)
    if base is None:
        return None
    recent = _read(folder / RECENT_FILE) or {"ops": (), "passes": {}}
    in_base, in_recent = base["passes"], recent["passes"]
    kept = KeptPasses(list(base["ops"]), [], size=len(in_base))
    for key in keys:
        done = in_base.get(key)
        if done is not None:
            kept.from_base.add(len(kept.passes))
        elif key in in_recent:  # its operations numbered in the recent file's own list
            done = _renumbered(in_recent[key], lambda number: _number_of(kept, recent["ops"][number]))
        kept.passes.append(done)
    return kept


def passes_files(kept, made, keys: list[str]) -> dict[str, bytes]:
    """The files to write for the passes ``made`` (:attr:`graph.resolve.Resolution.kept`) of the documents of
    cache ``keys``, name → bytes; none when those ``kept`` was read from still hold (no pass made, few
    documents gone). The passes the main file lacks go to a second small file while they and the main
    file's unused ones are at most :data:`RECENT_SHARE` of the documents, as the outlines do
    (:mod:`graph.incremental`); else the main file is written anew and the second one emptied."""
    if kept is not None:
        made_now = sum(done is None for done in kept.passes)
        outside = [n for n in range(len(keys)) if n not in kept.from_base]
        unused = kept.size - len(kept.from_base)
        if not made_now and unused <= RECENT_SHARE * len(keys):
            return {}
        if len(outside) + unused <= RECENT_SHARE * len(keys):
            return {RECENT_FILE: _sealed(made.ops, {keys[n]: made.passes[n] for n in outside})}
    return {RESOLVE_FILE: _sealed(made.ops, dict(zip(keys, made.passes))), RECENT_FILE: _sealed([], {})}


def _sealed(ops: list, passes: dict) -> bytes:
    """The file of ``passes`` (cache key → pass), with the operations they do only, numbered anew."""
    used = sorted({number for done in passes.values() for number in done[5]})
    if len(used) < len(ops):
        renumbered = {old: new for new, old in enumerate(used)}
        ops = [ops[old] for old in used]
        passes = {key: _renumbered(done, renumbered.__getitem__) for key, done in passes.items()}
    return seal(marshal.dumps({"format": passes_stamp(), "ops": tuple(ops), "passes": passes}))


def _renumbered(done: tuple, number_of) -> tuple:
    """The pass ``done`` with each operation number ``n`` as ``number_of(n)``."""
    return done[:5] + (tuple(number_of(number) for number in done[5]),) + done[6:]


def _number_of(kept, op: tuple) -> int:
    """The number of the operation ``op`` in ``kept``'s list, added when it is not in it."""
    number = kept.op_ids.get(op)
    if number is None:
        number = kept.op_ids[op] = len(kept.ops)
        kept.ops.append(op)
    return number


def _read(path: Path) -> dict | None:
    """The passes file at ``path`` (None: none, damaged, sealed by another user or of other code)."""
    try:
        data = unseal(path.read_bytes())
        kept = marshal.loads(data) if data is not None else None
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a damaged file: its passes are made again
        log.debug("resolution cache %s unusable (%s)", path, error)
        return None
    if not isinstance(kept, dict) or kept.get("format") != passes_stamp() or not isinstance(kept.get("passes"), dict) \
            or not isinstance(kept.get("ops"), tuple):
        log.debug("resolution cache %s not sealed by this user, or of other code: not read", path)
        return None
    return kept
