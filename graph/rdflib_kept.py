"""The rdflib engine's parsed graphs, kept per process and shared until a caller changes its copy.

``--engine rdflib`` reads ``graph.nq`` into rdflib's in-memory store (:func:`graph.store.load_nquads`):
80 ms of CPU for the bundled corpus's 8,000 quads, 1.9 s at 10^5, in every command. A process that
opens the same graph again (in-process ``ask`` commands, a test's CliRunner, a notebook calling
:func:`g40kg.open` for each question) parsed it every time.

So the parsed store of the last graphs is kept (:data:`KEPT`, and any that a dataset still reads), and
each :func:`open_kept` gives a new :class:`rdflib.Dataset` over a :class:`SharedMemory` store that
reads the kept store's indexes themselves: 0.5 ms at 8,000 quads, 2 ms at 10^5 (the named graphs
are made again for each dataset). The dataset stays "a copy the caller may change": its first change
(``add``, ``remove``, SPARQL Update, a parse into it) copies the indexes for it alone (0.5 s at 10^5:
a quarter of a parse), and the kept store is never handed out, so no change reaches another dataset.
A full copy on every open (that 0.5 s) and a pickle of the parsed store (0.85 s at 10^5, and a graph
folder must never hold code to run: see :mod:`graph.derived`) were measured and left out
(``tests/README.md``, "Where the time goes"). What :func:`graph.derived.remembered` computes from a
dataset that still reads a kept graph (the name index every command with a name needs: 55 ms of a
small graph's command) is kept with that graph (:func:`results_of`), as the Oxigraph engine keeps it
in the graph folder.

The key of a kept graph is its :func:`graph.derived.graph_stamp` (its manifest, and ``graph.nq``'s size,
modification time and inode) with the file's device and change time: a rebuild, a ``forget``, a
copied folder or a file written again in place are other keys. The key is taken before the file is
read and again after; a graph that changed meanwhile is read but not kept.

This shares rdflib's :class:`~rdflib.plugins.stores.memory.Memory` store's private indexes, which only
its ``add`` and ``remove`` change. Should an rdflib release store them otherwise (other attribute
names), :data:`SHARING` is False and every open parses, as before.

Examples
--------
>>> import tempfile
>>> from rdflib import Literal, URIRef
>>> from graph.store import new_dataset, save_dataset
>>> where = Path(tempfile.mkdtemp()) / "kg"
>>> ds = new_dataset(); _ = ds.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("o")))
>>> save_dataset(ds, where, {"documents": []}, oxigraph=False)
>>> from graph.store import load_nquads
>>> read = lambda dataset: load_nquads(dataset, where / "graph.nq")
>>> first, second = open_kept(where, read), open_kept(where, read)
>>> is_shared(first), is_shared(second)
(True, True)
>>> _ = first.add((URIRef("urn:s"), URIRef("urn:p"), Literal("new"), URIRef("urn:g")))
>>> len(first), len(second), len(open_kept(where, read)), is_shared(first)
(2, 1, 1, False)
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import Callable

from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.memory import Memory

from .derived import graph_stamp
from .vocab import bind_prefixes

__all__ = ["KEPT", "SHARING", "SharedMemory", "drop_kept", "is_shared", "open_kept", "results_of"]

log = logging.getLogger(__name__)

#: the number of parsed graphs kept after the datasets reading them are gone (the most recently opened)
KEPT = 2

#: Memory's indexes, which a :class:`SharedMemory` reads from the kept store until its first change
_INDEXES = ("spo", "pos", "osp", "tripleContexts", "contextTriples", "defaultContexts")
#: the rest of Memory's state, which each store has of its own: named graphs, prefixes
_OWN = ("all_contexts", "context_obj_map", "namespace", "prefix")


def _layout_known() -> bool:
    """Whether this rdflib's Memory store keeps exactly the indexes and state this module knows."""
    names = {name for name in vars(Memory()) if name.startswith("_Memory__")}
    return names == {f"_Memory__{name}" for name in _INDEXES + _OWN}


#: whether datasets share the kept parsed store (False: this rdflib's Memory store is not the one known here)
SHARING = _layout_known()


class SharedMemory(Memory):
    """An rdflib Memory store reading the indexes of the store ``kept`` until its first change, which
    copies them (``kept`` is never changed through it).

    ``add`` and ``remove`` are the only methods of Memory that change its indexes (``addN``, SPARQL
    Update and parsing add through ``add``); named graphs and prefixes are this store's own.
    """

    def __init__(self, kept: Memory, owner: Dataset):
        super().__init__()
        for name in _INDEXES:
            setattr(self, f"_Memory__{name}", getattr(kept, f"_Memory__{name}"))
        self._kept: Dataset | None = owner  # keeps the kept graph (and its weak key) alive while shared

    @property
    def shared(self) -> bool:
        """Whether this store still reads the kept graph's indexes (no change made yet)."""
        return self._kept is not None

    def _own(self) -> None:
        if self._kept is None:
            return
        self._Memory__spo = _index_copy(self._Memory__spo)
        self._Memory__pos = _index_copy(self._Memory__pos)
        self._Memory__osp = _index_copy(self._Memory__osp)
        self._Memory__tripleContexts = {triple: dict(contexts) for triple, contexts in self._Memory__tripleContexts.items()}
        self._Memory__contextTriples = {context: set(triples) for context, triples in self._Memory__contextTriples.items()}
        default = self._Memory__defaultContexts
        self._Memory__defaultContexts = None if default is None else dict(default)
        self._kept = None
        log.debug("rdflib dataset changed: its own copy of the kept graph's indexes made")

    def add(self, triple, context, quoted: bool = False) -> None:
        self._own()
        super().add(triple, context, quoted=quoted)

    def addN(self, quads) -> None:  # noqa: N802 - rdflib's name
        self._own()
        super().addN(quads)

    def remove(self, triple_pattern, context=None) -> None:
        self._own()
        super().remove(triple_pattern, context=context)


def _index_copy(index: dict) -> dict:
    return {first: {second: dict(third) for second, third in inner.items()} for first, inner in index.items()}


def results_of(dataset) -> dict | None:
    """The results computed from the kept graph ``dataset`` reads (:func:`graph.derived.remembered` keeps
    them here: key -> JSON text), None when it reads none (changed, or not from :func:`open_kept`).

    >>> from graph.store import new_dataset
    >>> results_of(new_dataset()) is None
    True
    """
    store = getattr(dataset, "store", None)
    kept = store._kept if isinstance(store, SharedMemory) else None
    return None if kept is None else getattr(kept, _RESULTS)


#: the attribute of a kept Dataset holding :func:`results_of`
_RESULTS = "g40kg_results"


def is_shared(dataset) -> bool:
    """Whether ``dataset`` (from :func:`open_kept`) still reads a kept graph: nothing of it was changed.

    >>> from graph.store import new_dataset
    >>> is_shared(new_dataset())
    False
    """
    store = getattr(dataset, "store", None)
    return isinstance(store, SharedMemory) and store.shared


_lock = threading.Lock()
_recent: OrderedDict = OrderedDict()  # key -> kept Dataset, the KEPT most recently opened
_in_use: weakref.WeakValueDictionary = weakref.WeakValueDictionary()  # key -> kept Dataset a dataset still reads


def drop_kept() -> None:
    """Let go of the kept graphs (their memory is freed once no dataset reads them)."""
    with _lock:
        _recent.clear()
        _in_use.clear()


def _key(path: Path) -> tuple | None:
    stamp = graph_stamp(path)
    if stamp is None:
        return None
    from .store import GRAPH_FILE

    try:
        status = os.stat(Path(path) / GRAPH_FILE)
    except OSError:
        return None
    return stamp, status.st_dev, status.st_ctime_ns


def open_kept(path: Path, read: Callable[[Dataset], None]) -> Dataset:
    """The graph at ``path`` as a new in-memory rdflib Dataset (default graph: the union), which the
    caller may change: the kept parse of an unchanged graph, else ``read(dataset)`` fills a new one.

    ``read`` adds ``graph.nq``'s quads to the empty dataset it is given; what it raises is raised.
    """
    if not SHARING:
        return _read_into(read)
    key = _key(path)
    with _lock:
        kept = None if key is None else _recent.get(key, _in_use.get(key))  # (an empty Dataset is falsy)
        if kept is not None:
            _remember(key, kept)
    if kept is None:
        kept = Dataset(default_union=True)
        read(kept)
        setattr(kept, _RESULTS, {})
        if key is not None and _key(path) == key:  # else the graph changed while it was read
            with _lock:
                _remember(key, kept)
    return _shared_view(kept)


def _remember(key: tuple, kept: Dataset) -> None:
    """Keep ``kept`` as the most recently opened graph (under the lock)."""
    _recent[key] = _in_use[key] = kept
    _recent.move_to_end(key)
    while len(_recent) > KEPT:
        _recent.popitem(last=False)


def _read_into(read: Callable[[Dataset], None]) -> Dataset:
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    read(dataset)
    return dataset


def _shared_view(kept: Dataset) -> Dataset:
    """A dataset whose store reads ``kept``'s indexes, with named graphs of its own for ``kept``'s."""
    dataset = Dataset(store=SharedMemory(kept.store, kept), default_union=True)
    bind_prefixes(dataset)
    store = dataset.store
    for graph in list(kept.store.contexts()):
        own = dataset.default_context if graph.identifier == DATASET_DEFAULT_GRAPH_ID else dataset.graph(graph.identifier)
        store._Memory__ctx_to_str(own)  # the name the indexes use for it -> this dataset's graph
    return dataset
