"""Write a build's graphs into the graph directory, patching the previous graph where it can.

A build hands over one :class:`~graph.fragments.Fragment` (N-Quads text) per named graph; a
fragment whose key equals the previous build's is *reused* (``text=None``): its statements
are already in the previous store and in the previous ``graph.nq``.

:class:`StagedGraph` prepares the new graph directory beside the old one (see
:mod:`graph.store`): its Oxigraph store is either bulk-loaded (first build, or when much
changed: ``graph.nq`` is written first and loaded from disk) or *patched*: a
copy of the old store (hard-linked files) loses the changed and removed graphs and gains the
new fragments. Curation and validation then work on :attr:`StagedGraph.dataset`;
:meth:`StagedGraph.commit` writes ``graph.nq`` where it is not written yet or curation changed
a graph (reused graphs are copied byte ranges of the old file; a file that would be the old one
byte for byte is a hard link to it), the manifest and the fragment index, and swaps the directory
in. Until then the previous graph is untouched; on any error the staging folder goes.

Curation (a merge, a suppression) rewrites graphs in place; such a graph is indexed without a key,
so the next build replaces it by its fragment as the documents give it (uncurated) and curation
is applied again. Every graph a patch keeps therefore holds its fragment as it was written, the
patched store before curation is the one a bulk load would give, and so is the result.

Examples
--------
>>> import tempfile, pathlib
>>> from rdflib import URIRef
>>> from graph.fragments import Fragment
>>> where = pathlib.Path(tempfile.mkdtemp()) / "kg"
>>> text = b'<urn:s> <urn:p> "o" <urn:g> .\\n'
>>> with StagedGraph(where, [Fragment(URIRef("urn:g"), "k1", text, {})], curation="c") as staged:
...     staged.commit({"documents": []})
>>> (where / "graph.nq").read_bytes() == text, staged.mode, staged.triples
(True, 'load', 1)
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox
from oxrdflib._converter import to_ox
from rdflib import Dataset

from .disk_layout import keep_cache_private, staging_folder
from .errors import CannotWrite, G40Error, NotAGraph
from .fragment_index import file_stamp, index_files, read_index
from .fragments import Fragment
from .linked_copies import carry_cache, copy_store, link_or_copy
from .messages import msg
from .store import (
    CACHE_DIR,
    GRAPH_FILE,
    MANIFEST_FILE,
    OXIGRAPH_DIR,
    OxigraphStore,
    swap_in,
    sweep_stale_staging,
    atomic_write,
    manifest_text,
)
from .vocab import CURATED_GRAPH, bind_prefixes

__all__ = ["StagedGraph", "load_store", "PATCH_MAX_SHARE"]

log = logging.getLogger(__name__)

#: above this share of changed bytes, a fresh bulk load is cheaper than patching the old store
PATCH_MAX_SHARE = 0.2


class _TrackingStore(OxigraphStore):
    """The staging store for curation: records the graphs curation changed and how many
    statements it added (+) and removed (-)."""

    def __init__(self, store: ox.Store):
        super().__init__(store=store)
        self.changed: set[str] = set()
        self.delta = 0

    def add(self, triple, context, quoted=False):
        if ox.Quad(*_pattern(triple, context)) not in self._inner:
            self.delta += 1
        super().add(triple, context, quoted)
        self.changed.add(str(context.identifier))

    def addN(self, quads):  # noqa: N802 - rdflib's name
        for s, p, o, g in quads:
            self.add((s, p, o), g)

    def remove(self, triple, context=None):
        gone = list(self._inner.quads_for_pattern(*_pattern(triple, context)))
        for quad in gone:
            self._inner.remove(quad)
            self.changed.add(quad.graph_name.value)
        self.delta -= len(gone)


def _pattern(triple, context):
    s, p, o = (to_ox(t) if t is not None else None for t in triple)
    graph = to_ox(context.identifier) if context is not None and not _is_default(context) else None
    return s, p, o, graph


def _is_default(context) -> bool:
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return getattr(context, "identifier", None) == DATASET_DEFAULT_GRAPH_ID


def _new_quads(store: ox.Store, quads: bytes) -> int:
    """How many statements of the N-Quads ``quads`` ``store`` lacks."""
    return sum(quad not in store for quad in set(ox.parse(quads, format=ox.RdfFormat.N_QUADS)))


class StagedGraph:
    """The next version of the graph directory ``path``, built beside it (a context manager)."""

    def __init__(self, path: Path, fragments: list[Fragment], *, curation: str, previous: dict | None = None,
                 derived=()):
        self.path = Path(path)
        self.fragments = {str(f.graph): f for f in fragments}
        #: named graphs :meth:`add_derived` brings up to date: a patched store keeps them from the previous build
        self.derived = frozenset(derived)
        self.curation = curation
        self.previous = read_index(self.path) if previous is None else previous
        self.mode = None
        self.written: list[str] = []  # named graphs written anew (the others were reused from the previous graph)
        self.changes: dict[str, bytes] = {}  # of graphs patched line by line: the lines they lost and gained
        self.triples = 0
        self._base: int | None = None  # statements before curation (known in a patch)
        self._file_index: dict | None = None  # the index of a graph.nq written before a bulk load
        self._optimizing: _Background | None = None  # the store's compaction after a bulk load
        self._graph_file: tuple | None = None  # (changed graphs, graph.nq being written): see curated()
        self._derived_lines: dict[str, bytes] = {}  # of each derived graph add_derived made: its lines in graph.nq
        self.dataset: Dataset | None = None
        self._store: ox.Store | None = None
        self._staging: Path | None = None

    # -------------------------------------------------------------- lifecycle

    def __enter__(self) -> "StagedGraph":
        if self.path.exists() and not (self.path / MANIFEST_FILE).exists() and any(self.path.iterdir()):
            raise NotAGraph(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            sweep_stale_staging(self.path)
            self._staging = staging_folder(self.path)
        except OSError as error:  # a --graph where nothing can be written: a one-line error, not a traceback
            raise CannotWrite(self.path, error) from None
        try:
            self._store = self._patched_store() or self._loaded_store()
            self._tracking = _TrackingStore(self._store)
            self.dataset = Dataset(store=self._tracking, default_union=True)
            bind_prefixes(self.dataset)
        except BaseException:
            self._discard()
            raise
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None or self._staging is not None:
            self._discard()  # not committed: the previous graph stays as it was

    def _discard(self) -> None:
        for job in (self._optimizing, self._graph_file and self._graph_file[1]):
            if job is not None:
                job.wait()  # RocksDB must not lose its files while it compacts them, nor a thread its target
        self._optimizing = self._graph_file = None
        self.dataset = self._store = self._tracking = None
        if self._staging is not None:
            # close the staging store first, also when the commit had already dropped it before failing (a full
            # disk at the swap): its last references are in cycles (_close_staging_store), and RocksDB writing into
            # the folder while it goes left it behind on a busy machine (CI dry run of aaed5b5)
            gc.collect()
            for _attempt in range(2):
                shutil.rmtree(self._staging, ignore_errors=True)
                if not self._staging.exists():
                    break
            self._staging = None

    @property
    def changed(self) -> set[str]:
        """Named graphs that curation changed in this build."""
        return self._tracking.changed

    @property
    def store(self) -> ox.Store:
        """The staging store (to read; add through :attr:`dataset` or :meth:`add_derived`)."""
        return self._store

    def add_derived(self, graph: str, quads) -> None:
        """Add ``quads`` of the named graph ``graph``, derived from the graph after curation (not a
        fragment: the next build derives it again, see :mod:`graph.tenure`). A graph of :attr:`derived`
        that a patched store kept from the previous build loses the statements not among ``quads``
        and gains the others: most stay (the 12,534 statements of the tenure graph of 10,000
        synthetic documents: 0.06 s, where removing and adding them all took 0.34 s).

        What a patched store holds of such a graph is read from the previous ``graph.nq`` (its byte
        range there, written from that store), and the graph's lines in the new ``graph.nq`` are made
        from ``quads``: reading 12,534 statements back from the store took 0.16-0.19 s, parsing
        their lines 0.04-0.06 s, and the file is written without reading the store again.
        """
        wanted = dict.fromkeys(quads)
        held, before = self._held(graph) if graph in self.derived else (set(), None)
        for quad in held.difference(wanted):
            self._tracking.delta -= 1
            self._store.remove(quad)
        for quad in wanted:
            if quad not in held and quad not in self._store:
                self._tracking.delta += 1
                self._store.add(quad)
        if wanted:
            self._tracking.changed.add(graph)
        if graph in self.derived:  # the store's graph is now ``wanted``: its lines, as _serialize_graph makes them
            self._derived_lines[graph] = before if before is not None and held == wanted.keys() \
                else _sorted_lines(ox.serialize(wanted, format=ox.RdfFormat.N_QUADS))

    def previous_lines(self, graph: str) -> bytes | None:
        """The lines of the derived ``graph`` in the previous ``graph.nq`` when the store is patched (a copy of
        the one that file was written from, so it holds them); else None."""
        entry = (self.previous or {}).get("graphs", {}).get(graph) if self.mode == "patch" else None
        if entry is None or graph not in self.derived:
            return None
        try:
            with open(self.path / GRAPH_FILE, "rb") as old_file:
                lines = _read_range(old_file, entry["offset"], entry["length"])
        except OSError:
            return None
        return lines if len(lines) == entry["length"] else None

    def keep_derived(self, graph: str, lines: bytes) -> None:
        """Keep the derived ``graph`` as the patched store holds it, ``lines`` (:meth:`previous_lines`) being
        what the previous build derived from the inputs this one has (:mod:`graph.tenure_kept`): as
        :meth:`add_derived` of the same statements, without making or comparing them."""
        if lines:
            self._tracking.changed.add(graph)
        self._derived_lines[graph] = lines

    def derived_lines(self, graph: str) -> bytes | None:
        """The lines of the derived ``graph`` in the new ``graph.nq`` (:meth:`add_derived`, :meth:`keep_derived`)."""
        return self._derived_lines.get(graph)

    def _held(self, graph: str) -> tuple[set, bytes | None]:
        """The statements of the derived ``graph`` the store holds, and their lines in the previous
        ``graph.nq`` when they were read from there (a patched store: a copy of the one that file was
        written from)."""
        lines = self.previous_lines(graph)
        if lines is not None:
            try:
                return set(ox.parse(lines, format=ox.RdfFormat.N_QUADS)), lines
            except (SyntaxError, ValueError) as error:
                log.info("the previous lines of %s are unreadable (%s); reading the store", graph, error)
        return set(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))), None

    def quads(self, graph: str, subject=None, predicate=None, object=None):  # noqa: A002 - RDF's name
        """The statements (pyoxigraph quads) of named graph ``graph`` matching the pattern (None: any)."""
        return self._store.quads_for_pattern(subject, predicate, object, ox.NamedNode(graph))

    def count_triples(self) -> int:
        """Triples in the graph: its statements, since the named graphs are a partition (each
        triple is in one graph; see :mod:`graph.build`).

        Counted once after a bulk load; a patch adds what it changed to the previous count.
        """
        if self._base is None:
            self._base = len(self._store) - self._tracking.delta
        self.triples = self._base + self._tracking.delta
        return self.triples

    def curated(self) -> None:
        """Say that curation is done: what ``graph.nq`` holds is settled, so where it must be written
        (a patch: a 550 MB copy in the kernel at 10,000 documents, 0.3 s) that happens from now on in
        a thread while SHACL reads the store. :meth:`commit` takes it (or writes it itself if the graphs
        changed after all)."""
        changed = set(self._tracking.changed)
        if self._graph_file is None:
            self._graph_file = (changed, _Background(lambda: self._graph_file_index(changed)))

    def write_beside(self, name: str, text: str) -> None:
        """Write the file ``name`` of the new graph folder (such as ``curation-log.jsonl``); the swap makes
        it the graph's, whole, with the rest."""
        atomic_write(self._staging / name, text)

    def commit(self, manifest: dict, cache: dict | None = None, *, fresh_store: bool = False) -> None:
        """Write ``graph.nq``, the index, ``manifest`` and the cache; swap the new directory in.
        ``fresh_store``: load the store anew from the new ``graph.nq`` (:func:`_reload_store`)."""
        staging = self._staging
        changed = self._tracking.changed
        self.count_triples()
        early, self._graph_file = self._graph_file, None
        if early is not None and early[0] == changed:
            index = early[1].result()  # since curation() (nothing changed the graphs since)
        else:
            index = self._graph_file_index(changed)
        # the files beside the store first: they are written while the store may still be compacting
        carry_cache(self.path / CACHE_DIR, staging / CACHE_DIR, cache)
        for name, data in index_files(index, self.previous, file=file_stamp(staging / GRAPH_FILE),
                                       curation=self.curation, triples=self.triples).items():
            atomic_write(staging / CACHE_DIR / name, data)  # a previous index carried over as a link stays as it was
        keep_cache_private(staging)
        (staging / MANIFEST_FILE).write_text(manifest_text(manifest), encoding="utf-8")
        if self._optimizing is not None:
            self._optimizing.result()
            self._optimizing = None
        self._store.flush()
        self.dataset = self._store = self._tracking = None  # closes the store before the directory moves
        if fresh_store:
            _reload_store(staging)
        swap_in(staging, self.path)
        self._staging = None

    # -------------------------------------------------------------- the store

    def _loaded_store(self) -> ox.Store:
        """A bulk load from the new graph.nq, written first (it is the same file unless curation changes a graph)."""
        self.mode = "load"
        self.written = sorted(self.fragments)
        self._file_index = self._write_graph_file(self._staging / GRAPH_FILE, changed=set())
        try:
            store = load_store(self._staging / OXIGRAPH_DIR, self._staging / GRAPH_FILE)
        except SyntaxError as error:  # the graph file written just now does not parse: a bug, said in one line
            raise G40Error(msg("unreadable_graph_file", path=self._staging / GRAPH_FILE, reason=error)) from None
        # A bulk load leaves one set of index files per million quads; compacting them makes queries
        # up to 1.8x faster and takes 6-15 s at 2.7 M quads. It runs (outside the GIL) while curation
        # and SHACL read and write the store, and commit waits for it.
        self._optimizing = _Background(store.optimize)
        return store

    def _patched_store(self) -> ox.Store | None:
        old = self.previous
        # "curation_touched": an index of an older g40kg, which kept the keys of the graphs curation changed
        if (not old or old.get("curation_touched") or not (self.path / OXIGRAPH_DIR).is_dir()
                or not (self.path / GRAPH_FILE).is_file()):
            return None
        stale = [g for g, entry in old["graphs"].items() if g not in self.derived and (
                 g == str(CURATED_GRAPH) or g not in self.fragments or self.fragments[g].key != entry["key"])]
        new = [f for g, f in sorted(self.fragments.items())
               if g in stale or (g not in old["graphs"] and f.text != b"")]  # an empty graph is not kept
        if any(f.text is None for f in new):
            return None  # a reused fragment the old graph does not hold: cannot happen, but load then
        size = sum(entry["length"] for entry in old["graphs"].values()) or 1
        if sum(len(f.text) for f in new) + sum(old["graphs"][g]["length"] for g in stale) > PATCH_MAX_SHARE * size:
            return None
        try:
            copy_store(self.path / OXIGRAPH_DIR, self._staging / OXIGRAPH_DIR)
            store = ox.Store(str(self._staging / OXIGRAPH_DIR))
            count = old.get("triples")
            added = []
            with open(self.path / GRAPH_FILE, "rb") as old_file:
                for graph in stale:
                    fragment = self.fragments.get(graph)
                    entry = old["graphs"][graph]
                    before = _read_range(old_file, entry["offset"], entry["length"]) if fragment is not None else None
                    if before is not None and b"_:" not in before and b"_:" not in fragment.text:
                        gone_lines, new_lines = _line_changes(before, fragment.text)
                        gone = list(ox.parse(gone_lines, format=ox.RdfFormat.N_QUADS)) if gone_lines else []
                        for quad in gone:
                            store.remove(quad)
                        added.append(new_lines)
                        self.changes[graph] = gone_lines + new_lines
                    else:
                        name = ox.NamedNode(graph)
                        gone = list(store.quads_for_pattern(None, None, None, name))
                        store.remove_graph(name)
                        if fragment is not None:
                            added.append(fragment.text)
                    count = count - len(gone) if count is not None else None
            added += [f.text for f in new if str(f.graph) not in old["graphs"]]
            data = b"".join(added)
            if b"_:" in data:
                count = None  # a parser renames blank nodes: count afresh
            if data and count is not None:
                count += _new_quads(store, data)
            if data:
                store.load(data, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as error:
            log.info("patching the previous store is not possible (%s); loading", error)
            shutil.rmtree(self._staging / OXIGRAPH_DIR, ignore_errors=True)
            return None
        self.mode = "patch"
        self._base = count
        self.written = [str(f.graph) for f in new]
        log.info("store patched: %d graphs replaced or removed, %d written", len(stale), len(new))
        return store

    # -------------------------------------------------------------- graph.nq

    def _graph_file_index(self, changed: set[str]) -> dict:
        """The index of the new graph.nq: the file as bulk-loaded, or written now (a patch, or
        curation ``changed`` graphs)."""
        if self._file_index is not None and not changed:
            return self._file_index
        return self._write_graph_file(self._staging / GRAPH_FILE, changed)

    def _write_graph_file(self, target: Path, changed: set[str]) -> dict:
        """graph.nq, graph by graph in IRI order, lines sorted within a graph; returns the index.

        Reused graphs are byte ranges of the old graph.nq; neighbouring ones are copied in one go, and
        so is a graph written anew that holds the same bytes as before (a derived or curated graph that
        did not change). When that makes the new file the whole old one, it is a hard link to it, not a
        copy (a rebuild that changed nothing: 10,000 documents, 632 MB not copied): a build never writes
        into a graph.nq, so the two folders may share it.
        """
        old_path = self.path / GRAPH_FILE
        old_file = open(old_path, "rb") if self.previous and old_path.is_file() else None
        try:
            pieces, index = self._graph_file_pieces(changed, old_file)
            target.unlink(missing_ok=True)  # written twice (curation changed a graph late): never through a link
            if old_file is not None and pieces == [(0, os.fstat(old_file.fileno()).st_size)]:
                link_or_copy(old_path, target)
                return index
            with open(target, "wb") as out:
                for piece in pieces:
                    if isinstance(piece, bytes):
                        out.write(piece)
                    elif _copy_range(old_file, out, piece[0], piece[1] - piece[0]) != piece[1] - piece[0]:
                        raise G40Error(msg("short_graph_file", path=old_path))
        finally:
            if old_file is not None:
                old_file.close()
        return index

    def _graph_file_pieces(self, changed: set[str], old_file) -> tuple[list, dict]:
        """What graph.nq is made of, in order: runs ``(start, end)`` of the old file (``old_file``,
        None: there is none) and new bytes; and the index of the new file."""
        graphs = sorted(set(self.fragments) | changed)  # the store holds no other named graph
        held = (self.previous or {}).get("graphs", {}) if old_file is not None else {}
        index, offset, pieces = {}, 0, []
        for graph in graphs:
            fragment = self.fragments.get(graph)
            entry = held.get(graph)
            if fragment is not None and fragment.text is None and graph not in changed:
                run = (entry["offset"], entry["offset"] + entry["length"])
            else:
                if fragment is None and graph in self._derived_lines:
                    text = self._derived_lines[graph]
                elif fragment is None or graph in changed:
                    text = _serialize_graph(self._store, graph)
                else:
                    text = fragment.text
                same = entry is not None and entry["length"] == len(text) and text \
                    and _read_range(old_file, entry["offset"], entry["length"]) == text
                run = (entry["offset"], entry["offset"] + entry["length"]) if same else text
            written = run[1] - run[0] if isinstance(run, tuple) else len(run)
            if not written:
                continue
            if isinstance(run, tuple) and pieces and isinstance(pieces[-1], tuple) and pieces[-1][1] == run[0]:
                pieces[-1] = (pieces[-1][0], run[1])  # neighbouring ranges: one copy
            else:
                pieces.append(run)
            # a graph curation changed is not the fragment its key stands for: no key, so the
            # next build writes it afresh (else a withdrawn suppression kept its evidence away)
            key = fragment.key if fragment is not None and graph not in changed else None
            index[graph] = {"key": key, "offset": offset, "length": written,
                            "record": fragment.record if fragment else {}}
            offset += written
        return pieces, index


class _Background:
    """``work()`` in a thread of its own; :meth:`result` waits for it, gives what it returned and
    raises what it raised.

    >>> _Background(lambda: 6 * 7).result()
    42
    >>> _Background(lambda: 1 / 0).wait()
    >>> _Background(lambda: 1 / 0).result()
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """

    def __init__(self, work):
        self._error: BaseException | None = None
        self._value = None
        self._thread = threading.Thread(target=self._run, args=(work,), name="g40kg-background", daemon=True)
        self._thread.start()

    def _run(self, work) -> None:
        try:
            self._value = work()
        except BaseException as error:  # noqa: BLE001 - handed to the caller of result()
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def result(self):
        """What ``work()`` returned, once it is done."""
        self.wait()
        if self._error is not None:
            raise self._error
        return self._value


def _reload_store(staging: Path) -> None:
    """Replace the store in ``staging`` by a bulk load of its ``graph.nq``. Oxigraph keeps every
    string it was given in its files (RocksDB's ``id2str``: removing a statement, even
    ``Store.optimize()``, leaves it), so after a removal (a document gone, a removed person's
    statements loaded and taken out again by curation) only a new store holds none of the removed
    text (docs/privacy.md; round 41t: 1,000 documents, 305,151 statements: 2.8-5.4 s on a busy machine)."""
    _close_staging_store(staging / OXIGRAPH_DIR)
    fresh = staging / (OXIGRAPH_DIR + ".fresh")
    store = load_store(fresh, staging / GRAPH_FILE)
    store.optimize()
    store.flush()
    del store
    old = staging.with_name(staging.name + ".store.tmp")  # out of the folder that is swapped in, then removed
    os.replace(staging / OXIGRAPH_DIR, old)
    fresh.rename(staging / OXIGRAPH_DIR)
    shutil.rmtree(old, ignore_errors=True)  # a leftover goes with the next build's sweep (its pid is ours)


def _close_staging_store(folder: Path) -> None:
    """Make sure the staging store in ``folder`` is closed before its folder goes: its last references
    are in cycles (rdflib graphs and their namespace managers) and the build pauses the collector, so
    RocksDB would go on compacting it — removing the folder under it failed with "Directory not
    empty" and "No such file" on a busy machine, and a compaction writing or deleting files by name
    could reach the new store put at the same path. A collection closes it; RocksDB's lock says so
    (a second open fails while the first holds it)."""
    gc.collect()
    try:
        probe = ox.Store(str(folder))
    except OSError as error:
        raise G40Error(msg("store_still_open", path=folder, reason=error)) from None
    del probe


def load_store(directory: Path, nquads: Path) -> ox.Store:
    """A new Oxigraph store in ``directory`` holding the N-Quads file ``nquads``, bulk-loaded from
    the file (memory stays flat whatever the size of the graph).

    Queries without ``GRAPH`` see the union of the named graphs (see :class:`graph.store.OxigraphStore`).
    """
    store = ox.Store(str(directory))
    if Path(nquads).stat().st_size:
        # lenient: the file is this build's own writing (graph.nquads: IRIs percent-encoded, literals
        # escaped), so Oxigraph's check of every IRI and language tag again is skipped (5-8 % of the load)
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS, lenient=True)
    return store


def _read_range(source, offset: int, length: int) -> bytes:
    source.seek(offset)
    return source.read(length)


def _line_changes(before: bytes, after: bytes) -> tuple[bytes, bytes]:
    """The lines only ``before`` has and the lines only ``after`` has (N-Quads: one statement a line).

    >>> _line_changes(b"a\\nb\\n", b"b\\nc\\n")
    (b'a\\n', b'c\\n')
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    old_set, new_set = set(old), set(new)
    return b"".join(line for line in old if line not in new_set), b"".join(line for line in new if line not in old_set)


def _serialize_graph(store: ox.Store, graph: str) -> bytes:
    return _sorted_lines(ox.serialize(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)),
                                      format=ox.RdfFormat.N_QUADS))


def _sorted_lines(nquads: bytes) -> bytes:
    """N-Quads as ``graph.nq`` holds a graph: lines sorted, each once, no empty ones.

    >>> _sorted_lines(b"<b> <p> <o> <g> .\\n<a> <p> <o> <g> .\\n\\n<a> <p> <o> <g> .\\n")
    b'<a> <p> <o> <g> .\\n<b> <p> <o> <g> .\\n'
    """
    return b"".join(sorted(set(line for line in nquads.splitlines(keepends=True) if line.strip())))


def _copy_range(source, out, offset: int, length: int) -> int:
    """Copy ``length`` bytes at ``offset`` of ``source`` to the end of ``out`` (in the kernel where it can)."""
    out.flush()
    done = 0
    try:
        while done < length:
            sent = os.copy_file_range(source.fileno(), out.fileno(), length - done, offset + done)
            if sent == 0:
                break
            done += sent
    except (AttributeError, OSError):  # no copy_file_range here (other system or file system)
        source.seek(offset + done)
        done += out.write(source.read(length - done))
    out.seek(0, os.SEEK_END)
    return done
