"""Results computed from a whole built graph, kept beside it so that the next command reads them.

Some results read the whole graph: the evidence records behind the projection (``brokers``,
``communities``, ``rank``, ``path``, the network pages) and the name index behind every command
that takes a name. At 10^6 triples they take seconds of SPARQL, the same seconds in every
command, although a built graph never changes: a build writes a new graph directory and swaps it
in (:mod:`graph.store`). So the first command writes its result to
``<graph>/derived/<name>-<parameters>-<version>.json`` and later ones read it.

``version`` hashes what the result depends on: the graph's *stamp* (its manifest, and the
identity of its ``graph.nq``: size, modification time and inode, new in every build), the g40kg
version and the source of the modules that compute it. A rebuild or changed code therefore
misses, and the file it writes replaces the stale one for the same name and parameters. The stamp
is taken before the graph is opened, and a result is kept only while the graph folder still has
it: a process still reading a graph that a build has since replaced (a pinned copy, as ``serve``
reads, or a build that swapped its graph in while the command opened it) keeps nothing.

Only a dataset that cannot change takes part: the on-disk Oxigraph store, opened read-only, as
every command opens it. A dataset the caller may change (``engine="rdflib"``, an Oxigraph store
in memory) or one that did not come from a graph directory (a build, an endpoint) computes; an
``engine="rdflib"`` dataset that still reads its process's kept parse of the graph (nothing of it
changed: :mod:`graph.rdflib_kept`) keeps what :func:`remembered` computed with that parse, in
memory, for the next dataset over it.

JSON, not pickle: a graph directory may be shared, and reading one must never run code. Caching
is best effort: an unreadable or damaged file is recomputed, and a read-only graph directory is
not cached.

Examples
--------
>>> import tempfile, pathlib
>>> from graph.store import new_dataset
>>> ds = new_dataset()
>>> remembered(ds, "answer", {}, lambda: [42])  # not opened from a graph directory: computed
[42]
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from . import __version__

__all__ = ["DERIVED_DIR", "Origin", "attach_origin", "can_keep", "expect", "graph_stamp", "keeps_results", "kept",
           "kept_or_remembered", "remembered",
           "remembered_group"]

log = logging.getLogger(__name__)

DERIVED_DIR = "derived"

#: the attribute of an rdflib Dataset that says where it was opened from
_ORIGIN = "g40kg_origin"


@dataclass(frozen=True)
class Origin:
    """Where a dataset was read from: the graph directory results are kept in, and its stamp."""

    directory: Path
    stamp: str


def graph_stamp(path: Path) -> str | None:
    """A string that changes whenever the graph at ``path`` is rebuilt; None when there is none.

    >>> graph_stamp(Path("/nonexistent")) is None
    True
    """
    from .store import GRAPH_FILE, MANIFEST_FILE

    path = Path(path)
    try:
        manifest = (path / MANIFEST_FILE).read_bytes()
        nquads = (path / GRAPH_FILE).stat()
    except OSError:
        return None
    identity = f"{nquads.st_size}:{nquads.st_mtime_ns}:{nquads.st_ino}".encode()
    return hashlib.sha256(manifest + b"\0" + identity).hexdigest()


def attach_origin(dataset, directory: Path, stamp: str | None) -> None:
    """Mark ``dataset`` as read from the graph at ``directory``, whose :func:`graph_stamp` was
    ``stamp`` *before* the dataset was opened, so that :func:`remembered` keeps results there
    (nothing when ``stamp`` is None)."""
    if stamp is not None:
        setattr(dataset, _ORIGIN, Origin(Path(directory), stamp))


def expect(kind: type, of: type = object, keys: frozenset | None = None) -> Callable[[Any], Any]:
    """A ``decode`` for :func:`remembered` that accepts a kept value of type ``kind`` only (a list:
    of items of type ``of``); ``keys``: the keys the dict (a list: each dict) has.

    >>> expect(list, dict, frozenset({"id"}))([{"id": 1}])
    [{'id': 1}]
    >>> expect(dict, keys=frozenset({"n"}))({})
    Traceback (most recent call last):
    ValueError: not a dict with the keys n
    """
    def decode(value):
        if not isinstance(value, kind) or (kind is list and not all(isinstance(v, of) for v in value)):
            raise ValueError(f"not a {kind.__name__}")
        if keys is not None and not all(v.keys() == keys for v in (value if kind is list else [value])):
            raise ValueError(f"not a {kind.__name__} with the keys {', '.join(sorted(keys))}")
        return value

    return decode


@lru_cache(maxsize=None)
def _source_hash(filename: str) -> str:
    return hashlib.sha256(Path(filename).read_bytes()).hexdigest()


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:16]


def remembered(dataset, name: str, parameters: dict, compute: Callable[[], Any], *,
               code: Iterable[str] = (), encode: Callable[[Any], Any] | None = None,
               decode: Callable[[Any], Any] | None = None):
    """``compute()``, or the result an earlier call with the same graph and ``parameters`` kept.

    ``code`` names the source files of the modules ``compute`` depends on (callers pass their own
    ``__file__``): a change to them is a new version. ``encode`` turns the result into JSON values
    (default: it is JSON as it is); ``decode`` turns them back and raises ValueError when they are
    not what was kept (a damaged or foreign file: computed anew). Returns a fresh object on every
    call, which the caller may change.
    """
    origin = getattr(dataset, _ORIGIN, None)
    if origin is None:
        return _remembered_in_memory(dataset, (name, json.dumps(parameters, sort_keys=True), *sorted(code)), compute,
                                     encode, decode)
    path, prefix = _location(origin, name, parameters, code)
    found = _read(path, decode)
    if found is not _MISSING:
        return found
    result = compute()
    if graph_stamp(origin.directory) == origin.stamp:  # else a build replaced the graph meanwhile
        _keep(path, prefix, encode(result) if encode else result)
    return result


def _remembered_in_memory(dataset, key: tuple, compute: Callable[[], Any], encode, decode):
    """:func:`remembered` for a dataset of no graph directory: ``compute()``, or, for an rdflib dataset
    still reading its process's kept parse of a graph (:func:`graph.rdflib_kept.results_of`), the result
    kept with that parse as JSON text (a fresh object each time, as a file's)."""
    from .rdflib_kept import results_of

    results = results_of(dataset)
    if results is None:
        return compute()
    text = results.get(key)
    if text is not None:
        data = json.loads(text)
        return decode(data) if decode else data
    result = compute()
    if results_of(dataset) is results:  # unchanged while it computed
        try:
            results[key] = json.dumps(encode(result) if encode else result, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as error:  # not JSON: computed each time, as before
            log.debug("result %s not kept in memory (%s)", key[0], error)
    return result


def keeps_results(dataset) -> bool:
    """Whether :func:`remembered` keeps results of ``dataset`` (a read-only store of a graph directory).

    >>> from graph.store import new_dataset
    >>> keeps_results(new_dataset())
    False
    """
    return getattr(dataset, _ORIGIN, None) is not None


def can_keep(dataset) -> bool:
    """Whether :func:`remembered` could write a result of ``dataset`` now: :func:`keeps_results`, and its graph's
    ``derived/`` (or, before it exists, the graph folder) writable for this process. A caller whose computing
    costs more than its plain answer asks :func:`kept` alone when not.

    >>> from graph.store import new_dataset
    >>> can_keep(new_dataset())
    False
    """
    origin = getattr(dataset, _ORIGIN, None)
    if origin is None:
        return False
    folder = origin.directory / DERIVED_DIR
    return os.access(folder if folder.is_dir() else origin.directory, os.W_OK)


def kept_or_remembered(dataset, name: str, parameters: dict, compute: Callable[[], Any], *,
                       code: Iterable[str] = (), decode: Callable[[Any], Any] | None = None):
    """:func:`remembered` where :func:`can_keep`; elsewhere only what another process kept (:func:`kept`; None when
    nothing is): for a result that costs more to compute than the plain answer its caller then gives.

    >>> from graph.store import new_dataset
    >>> kept_or_remembered(new_dataset(), "answer", {}, lambda: 1) is None  # nothing kept, nothing computed
    True
    """
    if not can_keep(dataset):
        return kept(dataset, name, parameters, code=code, decode=decode)
    return remembered(dataset, name, parameters, compute, code=code, decode=decode)


def kept(dataset, name: str, parameters: dict, *, code: Iterable[str] = (),
         decode: Callable[[Any], Any] | None = None):
    """The result an earlier :func:`remembered` call with the same graph, ``name``, ``parameters`` and
    ``code`` kept, or None when there is none (nothing is computed).

    >>> from graph.store import new_dataset
    >>> kept(new_dataset(), "answer", {}) is None
    True
    """
    origin = getattr(dataset, _ORIGIN, None)
    if origin is None:
        return None
    found = _read(_location(origin, name, parameters, code)[0], decode)
    return None if found is _MISSING else found


_MISSING = object()


def remembered_group(dataset, name: str, parameters: dict, group: str, compute: Callable[[], tuple[dict, dict]], *,
                     code: Iterable[str] = (), decode: Callable[[dict, Any], Any]):
    """``decode(head, value)`` of the group ``group`` of a result kept as groups, each read on its own.

    ``compute()`` gives the whole result as a *head* (a JSON object) and its *groups* (key → JSON value); they are
    kept in one file beside the graph (the head's line, with each group's place, then the groups), so that a later
    call reads the head and its one group, not the whole. ``value`` is None for a key with no group. ``decode``
    raises ValueError for a damaged file, which is computed anew. Without a graph directory (:func:`keeps_results`),
    simply ``decode(*computed)``.

    >>> from graph.store import new_dataset
    >>> remembered_group(new_dataset(), "answers", {}, "b", lambda: ({"n": 2}, {"a": [1], "b": [2, 3]}),
    ...                  decode=lambda head, value: (head["n"], value))
    (2, [2, 3])
    """
    origin = getattr(dataset, _ORIGIN, None)
    if origin is not None:
        path, prefix = _location(origin, name, parameters, code)
        path = path.with_suffix(_GROUPS)
        try:
            return decode(*_read_group(path, group))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError) as error:
            log.debug("derived groups %s unreadable (%s); computing them again", path, error)
    head, groups = compute()
    if origin is not None and graph_stamp(origin.directory) == origin.stamp:
        _keep_groups(path, prefix, head, groups)
    return decode(head, groups.get(group))


#: the suffix of a result kept as groups
_GROUPS = ".groups"


def _read_group(path: Path, group: str) -> tuple[dict, Any]:
    """The head and the group ``group`` (None: no such group) of a file :func:`_keep_groups` wrote."""
    with open(path, "rb") as handle:
        head = json.loads(handle.readline())
        if os.fstat(handle.fileno()).st_size != handle.tell() + head["size"]:
            raise ValueError("a file of another length than its head says")
        place = head["groups"].get(group)
        if place is None:
            return head, None
        start, size = place
        handle.seek(start, os.SEEK_CUR)
        found = handle.read(size)
    if len(found) != size:
        raise ValueError("a group past the end of the file")
    return head, json.loads(found)


def _keep_groups(path: Path, prefix: str, head: dict, groups: dict) -> None:
    """Write ``head`` (with each group's offset after the head's line and length, and their total, in bytes) and ``groups``
    to ``path``, removing the stale versions beside it; best effort, as :func:`_keep`."""
    from .store import atomic_write

    blobs, places, offset = [], {}, 0
    for key, value in groups.items():
        blob = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        places[key] = [offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    line = json.dumps({**head, "groups": places, "size": offset}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        try:
            os.mkdir(path.parent)
        except FileExistsError:
            pass
        atomic_write(path, b"".join([line, b"\n", *blobs]), make_parent=False)
        for other in path.parent.glob(prefix + "*" + _GROUPS):
            if other != path:
                other.unlink(missing_ok=True)
    except OSError as error:
        log.debug("derived groups %s not kept (%s)", path, error)
        return
    log.debug("derived groups kept in %s (%s groups, %s bytes)", path, f"{len(groups):,}", f"{offset + len(line):,}")


def _location(origin: Origin, name: str, parameters: dict, code: Iterable[str]) -> tuple[Path, str]:
    """The file of a result and the prefix its other versions share."""
    key = _digest(json.dumps(parameters, sort_keys=True))
    version = _digest(__version__, origin.stamp, *sorted(_source_hash(f) for f in code))
    return origin.directory / DERIVED_DIR / f"{name}-{key}-{version}.json", f"{name}-{key}-"


def _read(path: Path, decode: Callable[[Any], Any] | None):
    """The decoded content of ``path``, or ``_MISSING`` when it is absent or damaged."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        return decode(data) if decode else data
    except FileNotFoundError:
        pass
    except (OSError, ValueError, TypeError, KeyError, IndexError) as error:  # damaged: computed anew
        log.debug("derived result %s unreadable (%s); computing it again", path, error)
    return _MISSING


def _keep(path: Path, prefix: str, data) -> None:
    """Write ``data`` to ``path`` and remove the stale versions beside it; best effort.

    Only ``derived/`` itself is ever created, never the graph folder above it: a build swaps its
    graph in by renaming the old folder away and the new one in, and a folder made in between
    would stop the second rename, leaving the graph under its temporary name.
    """
    from .store import atomic_write

    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        try:
            os.mkdir(path.parent)
        except FileExistsError:
            pass
        atomic_write(path, text, make_parent=False)
        for other in path.parent.glob(prefix + "*.json"):
            if other != path:
                other.unlink(missing_ok=True)
    except OSError as error:  # a read-only graph, a full disk, a graph being swapped: computed next time
        log.debug("derived result %s not kept (%s)", path, error)
        return
    # its length, not the file's size: another command keeping another version may have removed it
    log.debug("derived result kept in %s (%s characters)", path, f"{len(text):,}")
