"""Watching the sources: build the graph again whenever a document or a correction changes.

``g40kg build --watch`` stays running after its first build. Every ``interval`` seconds it lists
what a build reads (the documents under the given paths, their ``.meta.json`` sidecars, the
curation folder and the reference lists) with each file's size, modification time and inode, without opening a file;
when that listing changed and then held still for one more interval (an editor that saves in
steps, a copy of many files), it builds again. Only the changed documents are extracted again
(:mod:`graph.incremental`), and the process stays warm: no interpreter start, no imports. A change of the
reference lists (``data/gazetteer``) starts the process again (:func:`restart_if_lists_changed`): they are
read once per process.

A build that fails (a broken document, a SHACL violation, the graph locked by another build)
is reported and the watch goes on; the previous graph stays as it was, as after any failed build.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Breda werkt samen met EZK.", encoding="utf-8")
>>> before = sources_state([folder])
>>> _ = (folder / "b.txt").write_text("Zwolle ook.", encoding="utf-8")
>>> sources_state([folder]) == before, len(sources_state([folder]))
(False, 2)
"""

from __future__ import annotations

import logging
import time
from typing import Callable

from .errors import G40Error
from .dms_metadata import is_export_metadata
from .ingest import SUPPORTED_SUFFIXES, is_sidecar, list_files

__all__ = ["WatchEnded", "quiet_for", "restart_if_lists_changed", "restart_process", "sources_state", "watch"]

log = logging.getLogger(__name__)

#: seconds between two looks at the sources, unless the user says otherwise (``build --interval``)
DEFAULT_INTERVAL = 1.0

#: a look at the sources takes at most this share of the time, up to twice the interval (10,000
#: documents and their sidecars take 0.13–0.22 s to list: the watch then looks every 1.3–2 s, not
#: every second)
LOOK_SHARE = 0.1


def sources_state(paths, curated=None, lists: bool = False) -> frozenset:
    """What a build of ``paths`` (and the curation folder ``curated``) would read, as a set of
    (path, size, modification time, inode) per file: equal sets, nothing to build. Under ``paths``
    only documents and their sidecars count (a graph folder inside the corpus folder does not);
    with ``lists``, the reference lists of ``data/gazetteer`` too (:mod:`graph.reference_changes`).

    Raises :class:`graph.errors.InputError` when a path is gone (as a build would).
    """
    documents = [(path, stat) for path, stat in list_files(paths) if _read_by_a_build(path)]
    corrections = list_files([curated]) if curated is not None else []
    if lists:
        from .reference_changes import reference_files

        corrections = corrections + list_files(reference_files())
    return frozenset((path, stat.st_size, stat.st_mtime_ns, stat.st_ino)
                     for path, stat in documents + corrections if stat is not None)


def restart_if_lists_changed(read_with: dict[str, str], say: Callable[[list[str]], None],
                             restart: Callable[[], None]) -> None:
    """Before a watched build: when the reference lists are no longer those this process read (``read_with``,
    :func:`graph.reference_changes.reference_digests` at its start), ``say`` which and ``restart`` the process
    (walkthrough 36, finding 4: the lists are read once per process and kept, by extraction's word lists among
    others, so a watch built on with the old ones, silently). Nothing when they are the same.

    >>> from graph.reference_changes import reference_digests
    >>> now = reference_digests()
    >>> restart_if_lists_changed(now, print, lambda: print("restart"))
    >>> restart_if_lists_changed(dict(now, **{"g40_members.csv": "0"}), print, lambda: print("restart"))
    ['g40_members.csv']
    restart
    """
    from .reference_changes import changed_lists, reference_digests

    changed = changed_lists(read_with, reference_digests())
    if changed:
        say(changed)
        restart()


def restart_process() -> None:
    """Replace this process by a new run of the same command line (``sys.orig_argv``): a fresh interpreter that
    reads everything again. Files opened by Python are closed on exec (PEP 446); no build holds the lock here."""
    import os
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])


def _read_by_a_build(path: str) -> bool:
    """A document, its sidecar or a document system's metadata export: other files beside them (a graph folder built inside the corpus
    folder, an editor's backup) change nothing a build reads, so they start no build."""
    lower = path.lower()
    return lower.endswith(SUPPORTED_SUFFIXES) or is_sidecar(path) or is_export_metadata(path)


def quiet_for(before, after) -> float | None:
    """Seconds since the newest file that differs between two :func:`sources_state` results was
    written (None: a file only went away, or a state is no listing, so nothing tells).

    >>> now = time.time_ns()
    >>> round(quiet_for(frozenset(), frozenset({("a.txt", 10, now - 3 * 10**9, 1)})))
    3
    """
    if not isinstance(before, frozenset) or not isinstance(after, frozenset) or not after - before:
        return None
    return (time.time_ns() - max(entry[2] for entry in after - before)) / 1e9


class WatchEnded(G40Error):
    """A build of the watch raised this: the watch stops with this error (other errors: it goes on)."""


def watch(look: Callable[[], object], build: Callable[[], object], *, interval: float = DEFAULT_INTERVAL,
          quiet: Callable[[object, object], float | None] = lambda before, after: None,
          on_built: Callable[[object], None] = lambda report: None,
          on_failed: Callable[[G40Error], None] = lambda error: None,
          sleep: Callable[[float], None] = time.sleep, stop: Callable[[], bool] = lambda: False) -> int:
    """Call ``build()`` each time what ``look()`` sees (such as :func:`sources_state`) changes and
    then holds still for one ``interval`` (no wait where ``quiet(before, after)``, such as
    :func:`quiet_for`, says the change is that old already); it looks every ``interval`` (up to twice
    as long where a look takes more than :data:`LOOK_SHARE` of it: a large corpus is not listed over
    and over). Returns the number of builds once ``stop()`` says so (never, by default: Ctrl+C ends it).

    ``on_built(report)`` hears of each build, ``on_failed(error)`` of each :class:`G40Error` a build
    raised (the watch goes on; a :class:`WatchEnded` ends it). A ``look()`` that raises a :class:`G40Error` (a path gone) is a state
    of its own: the build then says what is missing, and a path that comes back is built again.

    >>> seen = iter(["a", "a", "ab", "ab", "ab", "abc", "abcd", "abcd", "abcd"])  # "abc" was half a save
    >>> rounds = iter(range(5))
    >>> watch(lambda: next(seen), lambda: "built", sleep=lambda s: None,
    ...       stop=lambda: next(rounds, None) is None, on_built=print)
    built
    built
    2
    """
    last, took = _timed(look)
    builds = 0
    while not stop():
        sleep(min(max(interval, took / LOOK_SHARE), 2 * interval))
        now, took = _timed(look)
        if now == last:
            continue
        still = quiet(last, now)
        if still is None or still < interval:
            sleep(interval)  # let a save in several steps finish
            if _timed(look)[0] != now:
                continue  # still changing: look again next round (``last`` is unchanged)
        last = now
        builds += 1
        try:
            report = build()
        except WatchEnded:
            raise
        except G40Error as error:
            log.info("build failed: %s", error)
            on_failed(error)
        else:
            on_built(report)
    return builds


def _timed(look) -> tuple[object, float]:
    """What ``look()`` sees (a path gone: a state of its own, so its return is a change too), and how
    long it took."""
    started = time.perf_counter()
    try:
        state = look()
    except G40Error as error:
        state = ("missing", str(error))
    return state, time.perf_counter() - started
