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
...                   [("a", (0,), (5,), ("municipality/gm0758",), (0,), (0,), (), (), ())], used=1)
>>> data = passes_file(None, made, ["k1"])
>>> _ = (graph / CACHE_DIR).mkdir(); _ = (graph / CACHE_DIR / RESOLVE_FILE).write_bytes(data)
>>> kept = load_passes(graph, ["k1"])
>>> kept.passes == made.passes, passes_file(kept, kept, ["k1"]) is None, load_passes(graph, ["k2"]).passes
(True, True, [None])
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

__all__ = ["RESOLVE_FILE", "load_passes", "passes_file"]

log = logging.getLogger(__name__)

#: the file in the graph folder's ``cache/``
RESOLVE_FILE = "resolve.marshal"
#: the modules whose code makes a document's pass: a change to one of them makes every pass again
SOURCES = ("resolve.py", "namesakes.py", "vocab.py", "placing.py", "resolve_cache.py")
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
    try:
        data = unseal((Path(graph_path) / CACHE_DIR / RESOLVE_FILE).read_bytes())
        kept = marshal.loads(data) if data is not None else None
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a damaged file: every pass is made again
        log.debug("resolution cache unusable (%s)", error)
        return None
    if not isinstance(kept, dict) or kept.get("format") != passes_stamp() or not isinstance(kept.get("passes"), dict) \
            or not isinstance(kept.get("ops"), tuple):
        log.debug("resolution cache not sealed by this user, or of other code: not read")
        return None
    passes = kept["passes"]
    return KeptPasses(list(kept["ops"]), [passes.get(key) for key in keys], size=len(passes))


def passes_file(kept, made, keys: list[str]) -> bytes | None:
    """The new file for the passes ``made`` (:attr:`graph.resolve.Resolution.kept`) of the documents of cache
    ``keys``; None when the file ``kept`` was read from still holds them all (no pass made, no document gone).
    Operations no pass does any more are dropped once they are half of them."""
    if kept is not None and all(done is not None for done in kept.passes) and kept.size == len(keys) \
            and len(made.ops) == len(kept.ops):
        return None
    ops, passes = made.ops, made.passes
    if len(ops) > 2 * made.used:
        used = sorted({number for done in passes for number in done[5]})
        renumbered = {old: new for new, old in enumerate(used)}
        ops = [ops[old] for old in used]
        passes = [done[:5] + (tuple(renumbered[number] for number in done[5]),) + done[6:] for done in passes]
    return seal(marshal.dumps({"format": passes_stamp(), "ops": tuple(ops), "passes": dict(zip(keys, passes))}))
