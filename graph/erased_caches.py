"""The caches a removal leaves names in, cleared by the build that first carries the removal out.

A ``suppress: - {entity: …}`` rule (``g40kg forget``, a removal request) takes a person out of the graph
and masks their names, but the graph folder's caches (``cache/``: the documents' full texts and
extractions, kept for faster rebuilds) still hold them. The build that first applies such a rule clears
``cache/`` itself, under the build's lock, so that nobody has to run a shell command (walkthrough 24,
finding 13); the next build reads every document again, as a first build does. The folder is first
renamed aside (one step: another process sees the caches whole or not at all), then removed.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> graph = Path(tempfile.mkdtemp())
>>> (graph / "cache" / "extract").mkdir(parents=True)
>>> _ = (graph / "cache" / "corpus.pickle").write_bytes(b"Anna Smit")
>>> clear_caches(graph), (graph / "cache").exists(), sorted(p.name for p in graph.iterdir())
(True, False, [])
>>> clear_caches(graph)
False
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from .disk_layout import CACHE_DIR

__all__ = ["clear_caches"]


def clear_caches(graph_path) -> bool:
    """Remove the ``cache/`` folder of the graph at ``graph_path``; False when there is none."""
    cache = Path(graph_path) / CACHE_DIR
    if not cache.is_dir():
        return False
    aside = cache.with_name(f".{CACHE_DIR}-cleared-{os.getpid()}")
    os.replace(cache, aside)
    shutil.rmtree(aside, ignore_errors=True)
    return True
