"""The served graph, reopened when ``g40kg build`` swaps a new one in.

A :class:`Snapshot` is one opened dataset with its manifest and everything the app derives from
it (counts, hubs, document list …, in ``cache``). :class:`LiveGraph` holds the current snapshot
and, at most once per ``interval`` seconds, compares the manifest's ``stat`` with the one the
snapshot was opened from. When it changed it opens the new graph; only a complete, consistent
snapshot replaces the current one, so a request sees one graph from start to end (it keeps the
snapshot it started with) and the derived data always belongs to that graph. When opening fails
(a build is mid-swap, the manifest is unreadable …) the previous snapshot stays and a later
request tries again.

Examples
--------
>>> from rdflib import Dataset
>>> graph = LiveGraph(Snapshot(Dataset(default_union=True), {}))  # no path: nothing to reload
>>> graph.due(), graph.refresh() is graph.current
(False, True)
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import G40Error, GraphMissingError
from ..heap import give_back_memory
from ..store import MANIFEST_FILE, location_of, open_dataset, read_manifest, release
from .explore_common import GRAPH_FOLDER_KEY

__all__ = ["Snapshot", "LiveGraph", "manifest_signature", "open_snapshot", "retire", "snapshot_of", "SCOPE_KEY"]

log = logging.getLogger(__name__)

#: Where a request's snapshot lives in its ASGI scope.
SCOPE_KEY = "g40kg.snapshot"


@dataclass(eq=False)
class Snapshot:
    """One opened graph: the dataset, its build manifest and the data derived from it."""

    dataset: object
    manifest: dict
    signature: tuple | None = None  # see manifest_signature; None when not read from disk
    cache: dict = field(default_factory=dict)
    #: a directory holding this graph for as long as the snapshot lives, which query worker
    #: processes open (see graph.serve.processes); None: queries run in this process
    location: Path | None = None
    in_memory: bool = False


def manifest_signature(path: Path) -> tuple | None:
    """``(inode, mtime_ns, size)`` of the graph's manifest, or None while there is none.

    Every build writes its manifest into a fresh directory, so a new build has a new signature.
    """
    try:
        stat = os.stat(Path(path) / MANIFEST_FILE)
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


def open_snapshot(path: Path, engine: str = "oxigraph", in_memory: bool = False) -> Snapshot:
    """The graph at ``path`` with its manifest, both from the same build (``in_memory``: see
    :func:`graph.store.open_dataset`).

    Raises :class:`GraphMissingError` when there is no graph and :class:`G40Error` when a build
    swapped a new graph in while this one was being opened (try again).
    """
    before = manifest_signature(path)
    if before is None:
        raise GraphMissingError(path)
    manifest = {**read_manifest(path), GRAPH_FOLDER_KEY: str(Path(path).resolve())}  # where relative paths start
    dataset = open_dataset(path, engine=engine, pinned=True, in_memory=in_memory)  # keeps answering after the next build
    if manifest_signature(path) != before:
        release(dataset)  # its copy goes now: no retiring thread watches a snapshot never served
        raise G40Error(f"{path}: a new build was swapped in while the graph was being opened")
    return Snapshot(dataset, manifest, before, location=location_of(dataset), in_memory=in_memory)


class LiveGraph:
    """The current :class:`Snapshot`, reopened from ``path`` when a new build appears there.

    Without ``path`` (a dataset given in memory, or a remote ``--endpoint``) the snapshot never
    changes. ``prepare(snapshot)``, when given, fills a new snapshot's cache in a background
    thread once it is served (what ``g40kg serve`` computes before its first request), so the
    request that found the new build only waits for the graph to open.
    """

    def __init__(self, current: Snapshot, path: Path | None = None, *, engine: str = "oxigraph",
                 in_memory: bool = False, interval: float = 1.0, prepare: Callable[[Snapshot], None] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.current = current
        self.path = Path(path) if path is not None else None
        self.engine, self.in_memory = engine, in_memory
        self.interval, self.prepare, self.clock = interval, prepare, clock
        self._next_check = clock() + interval
        self._lock = threading.Lock()
        self._reported = current.signature  # the state last logged, so each problem is logged once

    @classmethod
    def open(cls, path: Path, engine: str = "oxigraph", in_memory: bool = False, **options) -> LiveGraph:
        """The graph at ``path``, watched for new builds."""
        return cls(open_snapshot(path, engine, in_memory), path, engine=engine, in_memory=in_memory, **options)

    def due(self) -> bool:
        """Whether the next request should look for a new build (cheap: no I/O)."""
        return self.path is not None and self.clock() >= self._next_check

    def refresh(self, now: bool = False) -> Snapshot:
        """The newest snapshot: reopen the graph when its manifest changed (blocking I/O; run it in
        a worker thread). While another request is reopening, the current snapshot. ``now``: look even
        within ``interval`` of the last look (``/built.json``, which an open page asks right after a
        rebuild: it must not answer the old stamp and leave the page waiting for its next check)."""
        if not (now or self.due()) or not self._lock.acquire(blocking=False):
            return self.current
        try:
            self._next_check = self.clock() + self.interval
            signature = manifest_signature(self.path)
            if signature == self.current.signature:
                return self.current
            if signature is None:
                self._report(None, logging.INFO, "%s: no graph at the moment (a build swapping it in?); "
                             "still serving the previous one", self.path)
                return self.current
            try:
                snapshot = open_snapshot(self.path, self.engine, self.in_memory)
            except Exception as error:  # noqa: BLE001 - any failure keeps the previous graph
                self._report(signature, logging.WARNING, "%s: new graph not loaded, still serving the previous "
                             "one; will retry (%s)", self.path, error)
                return self.current
            retire(self.current)
            self.current, self._reported = snapshot, snapshot.signature
            log.info("%s: serving the new graph (built %s)", self.path, snapshot.manifest.get("built", "?"))
            if self.prepare is not None:
                threading.Thread(target=self._prepare, args=(snapshot,), name="g40kg-prepare", daemon=True).start()
            return snapshot
        finally:
            self._lock.release()

    def _prepare(self, snapshot: Snapshot) -> None:
        try:
            self.prepare(snapshot)
        except Exception as error:  # noqa: BLE001 - pages then compute what they need themselves
            log.warning("%s: could not prepare the new graph's pages (%s)", self.path, error)

    def _report(self, state, level: int, message: str, *args) -> None:
        if state != self._reported:
            log.log(level, message, *args)
        else:
            log.debug(message, *args)
        self._reported = state


#: seconds between the collections that free a replaced snapshot (:func:`retire`), about 10 minutes in all
RETIRE_DELAYS = (0.5, 1, 2, 5, 10, 30, 60, 120, 360)


def retire(snapshot: Snapshot, delays=RETIRE_DELAYS) -> None:
    """Free the replaced ``snapshot`` once no request holds it any more, with the private copy of its
    graph (:func:`graph.store.open_dataset` ``pinned``: removed when the dataset is).

    An rdflib Dataset is part of reference cycles (its namespace manager refers back to it), so only
    Python's cyclic collector frees it, and a quiet server may not run a full collection for hours:
    the copy of a graph that a later build replaced stayed on disk (with a person that build had
    removed: walkthrough 32, finding 5). A thread collects after each of ``delays`` until the
    dataset is gone (a request still running on it keeps it until it ends).
    """
    import gc
    import weakref

    try:
        gone = weakref.ref(snapshot.dataset)
    except TypeError:  # a dataset of another kind, freed by reference counting
        return

    def collect() -> None:
        for delay in delays:
            time.sleep(delay)
            if gone() is not None:
                gc.collect()
            if gone() is None:
                give_back_memory()  # a graph loaded --in-memory: the server's size shows it gone
                return
        log.info("a replaced graph is still in use after %.0f s; its copy goes when it is freed", sum(delays))

    threading.Thread(target=collect, name="g40kg-retire", daemon=True).start()


def snapshot_of(request) -> Snapshot:
    """The snapshot the request started with (set by the app's middleware)."""
    snapshot = request.scope.get(SCOPE_KEY)
    return snapshot if snapshot is not None else request.app.state.graph.current
