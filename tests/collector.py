"""A full collection that surely ran, for the tests that free a graph (and its pinned copy) by one.

``gc.collect()`` does nothing and returns 0 when another thread is collecting at that moment
(CPython collects in one thread at a time): the retiring thread of :func:`graph.serve.live.retire`,
an earlier test's, or any thread whose allocations started an automatic collection. That collection
may have begun before the test dropped its dataset, so it does not free it, and when it does, the
dataset's finalizer (removing the pinned copy) may still run in that thread while the test looks.
"""

from __future__ import annotations

import gc
import time


def full_collection(seconds: float = 60.0) -> None:
    """Return once a full collection that began after this call has ended, in any thread, with the
    finalizers it ran (a weakref.finalize runs before the collection ends). ``seconds``: the bound;
    the caller's assertion then says what was not freed.

    >>> class Cyclic:
    ...     pass
    >>> import weakref
    >>> node = Cyclic(); node.me = node; alive = weakref.ref(node); del node
    >>> full_collection(); alive() is None
    True
    """
    began = ended = False

    def watch(phase: str, info: dict) -> None:
        nonlocal began, ended
        if info["generation"] == 2:  # the oldest generation: a full collection
            if phase == "start":
                began = True
            elif began:
                ended = True

    gc.callbacks.append(watch)
    try:
        deadline = time.monotonic() + seconds
        while not ended and time.monotonic() < deadline:
            gc.collect()  # a no-op while another thread collects: then wait for that one to end, and again
            if not ended:
                time.sleep(0.01)
    finally:
        gc.callbacks.remove(watch)
