"""Memory habits of the big in-process stages of a build.

Example
-------
>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

__all__ = ["collector_paused", "collector_thawed", "give_back_memory", "keep_for_exit", "leave_without_teardown",
           "teardown_needed"]


_thawing = 0  # how many collector_thawed() blocks are open: only inside one is freezing undone
_kept: list | None = None  # what keep_for_exit() was given, while the process leaves without teardown
_pause_lock = threading.Lock()
_pauses = 0  # how many collector_paused() blocks are open, in any thread
_enabled_before = True  # whether the collector ran when the first of them began


@contextmanager
def collector_paused():
    """Pause the cyclic garbage collector while many objects are made that all stay alive
    (unpickling thousands of extractions, resolving their mentions). The collector would scan
    them again and again: with it, resolving 10,000 documents' mentions took 1.3 s, without 0.5 s.

    Pauses nest and may overlap in threads (two windowed asks at once in ``serve``): the collector
    runs again when the last open pause ends, and only if it ran when the first began. A pause that
    read the collector's state on its own could read another's pause and leave it off for good.

    Inside :func:`collector_thawed`, what is alive at the end is also frozen (:func:`gc.freeze`):
    the first collection after the pause would otherwise scan it all once more (0.16 s after
    10,000 outlines). Outside one nothing is frozen, so nothing stays exempt for good.

    >>> with collector_paused():
    ...     with collector_paused():
    ...         pass
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    global _pauses, _enabled_before
    with _pause_lock:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0:
                if _thawing:
                    gc.freeze()
                if _enabled_before:
                    gc.enable()


@contextmanager
def collector_thawed():
    """Give objects frozen by :func:`collector_paused` inside this block back to the collector at its end."""
    global _thawing
    _thawing += 1
    try:
        yield
    finally:
        _thawing -= 1
        gc.unfreeze()


def leave_without_teardown() -> None:
    """Say that this process ends with ``os._exit`` after one command (the console script, see
    :func:`graph.cli.main`): from now on :func:`keep_for_exit` keeps what it is given alive, so it
    is never freed. Freeing a build's millions of objects one by one when the build returns took
    0.07 s of a rebuild of 10,000 documents (1.6 s), for memory the exit gives back at once.
    """
    global _kept
    if _kept is None:
        _kept = []


def teardown_needed() -> None:
    """Say that this process goes on after the command (``build --watch``): nothing is kept any more.

    >>> leave_without_teardown(); keep_for_exit([1, 2]); teardown_needed(); keep_for_exit([3])
    >>> _kept is None
    True
    """
    global _kept
    _kept = None


def keep_for_exit(objects) -> None:
    """Keep ``objects`` alive until the process ends, if it ends without teardown (else: nothing)."""
    if _kept is not None:
        _kept.append(objects)


def give_back_memory() -> None:
    """Hand the memory that the C allocator holds free back to the system (glibc's ``malloc_trim``).

    A graph loaded in memory (Oxigraph's store) that is freed leaves its memory with the allocator, for the
    process's next allocations: a long-running server or query process then keeps the size of a graph it
    gave up (a query process of ``serve --in-memory`` on 10^6 triples: 367 MB after closing its graph, 71 MB
    after this). Nothing where the C library is not glibc (musl, macOS, Windows).
    """
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):  # no such function here
        pass
