"""The fragment index of a graph folder: for each named graph of ``graph.nq`` the key of the
fragment it was written from, its length in the file and its record, kept under ``cache/`` as a
base (:data:`INDEX_FILE`) and a small delta of what changed since (:data:`RECENT_INDEX_FILE`), so a
rebuild need not write the whole index of 10,000 documents again. :mod:`graph.assemble` reads it to
patch the previous store and to copy unchanged graphs' byte ranges of the previous ``graph.nq``.

>>> import tempfile
>>> read_index(Path(tempfile.mkdtemp()))  # no index: every graph is written anew
{}
"""

from __future__ import annotations

import logging
import marshal
import os
import sys
from pathlib import Path

from .cache_seal import seal, unseal
from .disk_layout import CACHE_DIR, GRAPH_FILE
from .heap import collector_paused

__all__ = ["INDEX_FILE", "RECENT_INDEX_FILE", "RECENT_INDEX_SHARE", "read_index", "index_files", "file_stamp"]

log = logging.getLogger(__name__)

#: the fragment index (per named graph: key, length in graph.nq, counts), under cache/; written
#: with :mod:`marshal` (10,000 documents: 0.17 s to write and read again, JSON 0.37 s), so only the
#: Python version that wrote it reads it: another one loads the store afresh
INDEX_FILE = "fragments.marshal"
#: what changed since :data:`INDEX_FILE` was written, and which graph.nq the two describe: a rebuild
#: writes this small file, not the 12 MB index of 10,000 documents (see :func:`index_files`)
RECENT_INDEX_FILE = "fragments-recent.marshal"
_INDEX_FORMAT = (2, sys.version_info[0], sys.version_info[1], marshal.version)
#: the index as one file, with offsets (g40kg before the delta): still read, so that the first build of a
#: graph made by it patches the store instead of loading it again (10,000 documents: 2 s, not 60)
_SINGLE_FILE_FORMAT = (1, sys.version_info[0], sys.version_info[1], marshal.version)
#: the index is written anew once this share of its graphs changed since it was written
RECENT_INDEX_SHARE = 0.1


def read_index(graph_path: Path) -> dict:
    """The fragment index of the graph at ``graph_path`` (empty when there is none, it is
    unreadable, or it describes another ``graph.nq`` than the one there: see :func:`file_stamp`).

    ``graphs`` maps each named graph of ``graph.nq`` to its entry (``key``, ``offset``, ``length``,
    ``record``), in the file's order; ``base`` holds the entries as :data:`INDEX_FILE` has them.
    """
    graph_file = Path(graph_path) / GRAPH_FILE
    try:
        with collector_paused():  # a dict per document graph (10,000 documents: 100 collections)
            base = _read_marshal(Path(graph_path) / CACHE_DIR / INDEX_FILE)
            stamp = file_stamp(graph_file)
            if isinstance(base, dict) and base.get("format") == _SINGLE_FILE_FORMAT and base.get("file") == stamp:
                return base  # written by g40kg before the delta: the next build writes both files
            recent = _read_marshal(Path(graph_path) / CACHE_DIR / RECENT_INDEX_FILE)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(base, dict) and isinstance(recent, dict) and isinstance(base.get("graphs"), dict)
            and base.get("format") == recent.get("format") == _INDEX_FORMAT and base.get("id") == recent.get("base")):
        return {}
    if recent.get("file") != stamp:
        log.info("the fragment index does not describe %s (another version of g40kg wrote it?); loading", graph_file)
        return {}
    graphs = dict(base["graphs"])
    for graph in recent["removed"]:
        graphs.pop(graph, None)
    graphs.update(recent["changed"])
    offset, placed = 0, {}
    for graph in sorted(graphs):  # graph.nq holds the graphs in IRI order, one after the other
        entry = placed[graph] = dict(graphs[graph], offset=offset)
        offset += entry["length"]
    return {"format": _INDEX_FORMAT, "file": stamp, "curation": recent.get("curation"),
            "triples": recent.get("triples"), "graphs": placed, "base": base}


def _read_marshal(path: Path):
    data = unseal(path.read_bytes())
    if data is None:
        return None  # written by another user or machine (a copied folder): not read, see graph.cache_seal
    return marshal.loads(data)


def index_files(index: dict, previous: dict | None, *, file: list[int], curation: str,
                 triples: int) -> dict[str, bytes]:
    """The index files to write for the graphs of ``index`` (graph → entry): the delta against the
    index the previous graph used (its ``base``), or, once that changed more than
    :data:`RECENT_INDEX_SHARE` of the graphs (or there is none), a new index and an empty delta.

    >>> graphs = {f"g{i:02}": {"key": "a", "offset": 5 * i, "length": 5, "record": {}} for i in range(20)}
    >>> first = index_files(graphs, None, file=[1, 100, 9], curation="c", triples=40)
    >>> sorted(first)
    ['fragments-recent.marshal', 'fragments.marshal']
    >>> graphs["g01"] = {"key": "b", "offset": 5, "length": 6, "record": {}}
    >>> again = index_files(graphs, {"base": marshal.loads(unseal(first[INDEX_FILE]))}, file=[1, 101, 10],
    ...                      curation="c", triples=40)
    >>> sorted(again), marshal.loads(unseal(again[RECENT_INDEX_FILE]))["changed"]
    (['fragments-recent.marshal'], {'g01': {'key': 'b', 'length': 6, 'record': {}}})
    """
    stored = {graph: {"key": entry["key"], "length": entry["length"], "record": entry["record"]}
              for graph, entry in index.items()}
    base = (previous or {}).get("base")
    files = {}
    changed, removed = {}, []
    if base is not None:
        held = base["graphs"]
        changed = {graph: entry for graph, entry in stored.items() if held.get(graph) != entry}
        removed = [graph for graph in held if graph not in stored]
    if base is None or len(changed) + len(removed) > RECENT_INDEX_SHARE * max(len(stored), 1):
        base = {"format": _INDEX_FORMAT, "id": os.urandom(8).hex(), "graphs": stored}
        files[INDEX_FILE] = seal(marshal.dumps(dict(base, graphs=_shared_strings(stored))))
        changed, removed = {}, []
    files[RECENT_INDEX_FILE] = seal(marshal.dumps({"format": _INDEX_FORMAT, "base": base["id"], "file": file,
                                                   "curation": curation, "triples": triples,
                                                   "changed": changed, "removed": removed}))
    return files


def _shared_strings(graphs: dict) -> dict:
    """``graphs`` (graph → entry) with each equal string of the entries' records one object, so that
    :mod:`marshal` writes it once and the next build reads it once: the records of 10,000 documents name
    the same entity keys, IRIs, roles and predicates thousands of times (the index 11.7 → 6.8 MB, read in
    49 ms instead of 71 ms of CPU). Strings two levels down a record's field (a term's IRIs) are shared,
    deeper ones kept as they are; what marshal reads back is equal to ``graphs``.

    >>> graphs = {"g1": {"key": "k", "record": {"uses": ["".join(["person/", "jan"])]}},
    ...           "g2": {"key": "k", "record": {"terms": [["".join(["person/", "jan"]), False]]}}}
    >>> shared = _shared_strings(graphs)
    >>> shared["g1"]["record"]["uses"][0] is shared["g2"]["record"]["terms"][0][0], shared == graphs
    (True, True)
    """
    memo: dict[str, str] = {}
    share = memo.setdefault

    def level(value):  # a record's field: a dict or a list of strings, numbers or lists of them
        if value.__class__ is dict:
            return {share(key, key) if key.__class__ is str else key: share(item, item) if item.__class__ is str else item
                    for key, item in value.items()}
        if value.__class__ is list:
            return [share(item, item) if item.__class__ is str else level(item) if item.__class__ is list else item
                    for item in value]
        return share(value, value) if value.__class__ is str else value

    return {share(graph, graph): dict(entry, record={share(name, name): level(field)
                                                      for name, field in entry["record"].items()})
            if isinstance(entry.get("record"), dict) else entry for graph, entry in graphs.items()}


def file_stamp(path: Path) -> list[int]:
    """Which file ``path`` is: inode, size, modification time (a rename or a hard link keeps them,
    a rewrite does not). An index whose byte ranges were taken from another file must not be used."""
    info = os.stat(path)
    return [info.st_ino, info.st_size, info.st_mtime_ns]
