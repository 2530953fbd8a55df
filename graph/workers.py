"""Run a function over many items in forked worker processes, keeping the items' order.

The build's heavy stages (extraction, writing document graphs) work one document at a time.
:func:`forked_map` spreads them over worker processes started with ``fork``, so what the
workers need (the gazetteer, the resolution of the whole build) is inherited, not pickled per
item. Results come back in the order of the items, so the output does not depend on the
number of workers. Workers ignore Ctrl+C: the parent gets it and terminates them, so an
interrupted build leaves no process behind.

Examples
--------
>>> forked_map(lambda state, item: state * item, [1, 2, 3], state=10, workers=1)
[10, 20, 30]
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from contextlib import contextmanager
from typing import Callable

__all__ = ["forked_map", "PARALLEL_MIN"]

log = logging.getLogger(__name__)

#: below this many items, worker processes cost more than they save
PARALLEL_MIN = 40
_CHUNK = 16

_JOB = None  # (function, state) of the running forked_map, inherited by the workers
_PARENT = None  # the pid of the process that runs it, inherited too


def forked_map(function: Callable, items: list, *, state=None, workers: int | None = None,
               progress: Callable[[int], None] | None = None, parallel_min: int = PARALLEL_MIN,
               into: list | None = None) -> list:
    """``[function(state, item) for item in items]``, in ``workers`` processes (default: all cores).

    Falls back to this process for fewer than ``parallel_min`` items, one worker, or where
    ``fork`` is not available. ``progress(n)`` is called as results come in. ``into``: the list the
    results are appended to as they come in, in order (an empty list, so that a caller interrupted half-way has
    those of the first items).

    >>> done = []
    >>> forked_map(lambda state, x: state * x, [1, 2], state=3, workers=1, into=done), done
    ([3, 6], [3, 6])
    """
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers > 1 and len(items) >= parallel_min:
        try:
            return _in_workers(function, items, state, workers, progress, [] if into is None else into)
        except (OSError, RuntimeError, ImportError, ValueError) as error:  # no fork, no semaphores …
            log.warning("worker processes unavailable (%s); working in one process", error)
    results = [] if into is None else into
    results.clear()  # of a pool that failed half-way
    for item in items:
        results.append(function(state, item))
        if progress:
            progress(1)
    return results


def _in_workers(function, items, state, workers, progress, done: list) -> list:
    import multiprocessing

    global _JOB, _PARENT
    _JOB, _PARENT = (function, state), os.getpid()
    chunks = [items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK)]
    context = multiprocessing.get_context("fork")
    # a pool interrupted while it starts is half made (some workers forked, its threads not yet
    # running) and nothing could stop it: Ctrl+C waits until it is whole, then stops it below
    with _ctrl_c_deferred() as deferred:
        pool = context.Pool(processes=min(workers, len(chunks)), initializer=_worker_init)
    try:
        if deferred:
            signal.raise_signal(signal.SIGINT)  # now, under the handler it would have met
        for results in pool.imap(_run_chunk, chunks):  # imap keeps the order of chunks
            done.extend(results)
            if progress:
                progress(len(results))
    except BaseException:
        pool.terminate()  # an interrupt or a failure: stop the workers now, leave no process behind
        raise
    else:
        pool.close()
    finally:
        pool.join()
        _JOB = None
    return done


@contextmanager
def _ctrl_c_deferred():
    """Within the block, a Ctrl+C is noted instead of acted on; the list it yields is not empty when one
    came. A handler of our own rather than a blocked signal: another thread of the process (a store's,
    a server's) could take a blocked SIGINT and have it acted on at once. Only the main thread can set
    handlers; elsewhere the block runs as it is."""
    noted: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield noted
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)


def _run_chunk(chunk):
    function, state = _JOB
    return [function(state, item) for item in chunk]


def _worker_init():
    # Ctrl+C goes to the whole process group: the parent handles it and stops the workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _end_with_parent()


def _end_with_parent() -> None:
    """Let the kernel end this worker (SIGTERM, quietly) when its parent dies (``kill -9`` of the
    build): otherwise it finishes its chunk and meets the closed pipe with a ``BrokenPipeError``
    traceback in the log. Linux only (``prctl``); elsewhere such a worker still ends at that pipe."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != _PARENT:  # the parent died before the line above: nobody waits for this worker
        os._exit(0)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
