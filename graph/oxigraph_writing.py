"""Writing a graph's Oxigraph store: a bulk load of ``graph.nq``, or the previous store plus the difference.

Examples
--------
>>> import tempfile, pyoxigraph as ox
>>> where = Path(tempfile.mkdtemp())
>>> _ = (where / GRAPH_FILE).write_text('<urn:s> <urn:p> "o" <urn:g> .\\n')
>>> load_oxigraph(where / GRAPH_FILE, where / OXIGRAPH_DIR)
>>> len(ox.Store.read_only(str(where / OXIGRAPH_DIR))), holds_union(ox.Store.read_only(str(where / OXIGRAPH_DIR)))
(1, False)
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pyoxigraph as ox

from .disk_layout import GRAPH_FILE, OXIGRAPH_DIR
from .linked_copies import copy_store

__all__ = ["UPDATE_MAX_SHARE", "load_oxigraph", "update_oxigraph", "holds_union"]

log = logging.getLogger(__name__)


def load_oxigraph(nquads: Path, directory: Path) -> None:
    """Bulk-load an N-Quads file into a new Oxigraph store directory (closed on return)."""
    store = ox.Store(str(directory))
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()
    store.optimize()
    del store


#: above this share of changed statements a fresh bulk load is cheaper than an update
UPDATE_MAX_SHARE = 0.2


def update_oxigraph(old_graph: Path, lines: list[bytes], directory: Path) -> bool:
    """Write the new Oxigraph store as a copy of the old graph's store plus the difference.

    The copy hard-links RocksDB's immutable ``.sst`` files (the old store stays untouched and
    readable); only changed statements are removed and added. Returns False — the caller then
    bulk-loads — when there is no old store, when it holds a materialised union (an older
    layout), when much changed, or when changed statements hold blank nodes (labels are per file).
    """
    old_store, old_nq = Path(old_graph) / OXIGRAPH_DIR, Path(old_graph) / GRAPH_FILE
    if not old_store.is_dir() or not old_nq.is_file():
        return False
    try:
        with open(old_nq, "rb") as handle:
            old = set(handle.readlines())
        new = set(lines)
        removed, added = old - new, new - old
        if len(removed) + len(added) > UPDATE_MAX_SHARE * max(len(new), 1):
            return False
        if any(b"_:" in line for line in removed | added):
            return False
        copy_store(old_store, directory)
        store = ox.Store(str(directory))
        if holds_union(store):
            raise ValueError("the old store holds a materialised union")
        gone = list(ox.parse(b"".join(sorted(removed)), format=ox.RdfFormat.N_QUADS))
        for quad in gone:
            store.remove(quad)
        store.extend(ox.parse(b"".join(sorted(added)), format=ox.RdfFormat.N_QUADS))
        for graph in {q.graph_name for q in gone if isinstance(q.graph_name, ox.NamedNode)}:
            if next(iter(store.quads_for_pattern(None, None, None, graph)), None) is None:
                store.remove_graph(graph)  # an emptied named graph is gone, as after a fresh load
        store.flush()
        del store
    except (OSError, SyntaxError, ValueError) as error:
        log.info("incremental store update not possible (%s); bulk-loading", error)
        shutil.rmtree(directory, ignore_errors=True)
        return False
    log.info("Oxigraph store updated in place: -%d +%d statements", len(removed), len(added))
    return True


def holds_union(store: ox.Store) -> bool:
    """Whether ``store`` has statements in its default graph: the materialised union of stores
    written before the named graphs were a partition (a build writes only named graphs)."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
