"""When a patched Oxigraph store has grown enough to be loaded anew.

A rebuild patches a copy of the previous graph's store (:mod:`graph.assemble`): RocksDB adds
files for what changed and compacts them on its own terms, so over months of nightly rebuilds the
store grows (walkthrough 16: 400 documents, about 140 KB a rebuild, 39.7 → 43.9 MB after 30) although
``graph.nq`` does not. A build that finds the previous store more than :data:`GROWTH_LIMIT` times
its size right after its last load loads a new one from the new ``graph.nq`` (the same as after a
removal, :func:`graph.assemble._reload_store`). The size right after a load is remembered in
``manifest.json`` (``store.loaded_bytes``), measured by the first build after the load: the
previous graph's store is then the loaded one. Measuring lists one folder of some tens of files.

Examples
--------
>>> growth({"mode": "load"}, 40_000_000)
StoreGrowth(baseline=40000000, due=False)
>>> growth({"mode": "patch", "loaded_bytes": 40_000_000}, 81_000_000)
StoreGrowth(baseline=40000000, due=True)
>>> growth({}, 81_000_000)  # a graph from before the size was remembered: from now on
StoreGrowth(baseline=None, due=False)
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import NamedTuple

__all__ = ["GROWTH_LIMIT", "StoreGrowth", "folder_bytes", "growth"]

log = logging.getLogger(__name__)

#: a patched store more than this many times its size right after its last load is loaded anew
GROWTH_LIMIT = 2.0


class StoreGrowth(NamedTuple):
    """``baseline``: the store's size right after its last load (None: not known); ``due``: load anew."""

    baseline: int | None
    due: bool


def growth(previous_store: dict, previous_bytes: int | None) -> StoreGrowth:
    """How the previous graph's store (``previous_bytes`` on disk; its manifest entry
    ``previous_store``) stands against its size right after its last load."""
    if previous_bytes is None:
        return StoreGrowth(None, False)
    if previous_store.get("mode") == "load" or previous_store.get("fresh"):
        return StoreGrowth(previous_bytes, False)  # the previous build loaded it: this is its loaded size
    baseline = previous_store.get("loaded_bytes")
    if not isinstance(baseline, int) or baseline <= 0:
        return StoreGrowth(None, False)
    return StoreGrowth(baseline, previous_bytes > GROWTH_LIMIT * baseline)


def folder_bytes(folder: Path) -> int | None:
    """The bytes of the files directly in ``folder`` (an Oxigraph store has no sub-folders); None
    where there is no such folder.

    >>> import tempfile
    >>> where = Path(tempfile.mkdtemp())
    >>> _ = (where / "a.sst").write_bytes(b"x" * 10)
    >>> folder_bytes(where), folder_bytes(where / "nothing")
    (10, None)
    """
    try:
        with os.scandir(folder) as entries:
            return sum(entry.stat().st_size for entry in entries if entry.is_file(follow_symlinks=False))
    except OSError:
        return None
