"""Worker processes: order kept, and an interrupt leaves no process behind, however early it comes."""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import signal
import threading

import pytest

from graph.workers import forked_map


def _times(state, item):
    return state * item


def test_results_keep_the_order_of_the_items_in_workers():
    items = list(range(100))
    assert forked_map(_times, items, state=3, workers=2, parallel_min=1) == [3 * i for i in items]


def test_ctrl_c_while_the_pool_starts_stops_every_worker(monkeypatch):
    """A Ctrl+C that arrives while the workers are being forked (sixth walkthrough: a build hung
    after one) is answered once the pool is whole: KeyboardInterrupt, and no worker left."""
    start = multiprocessing.pool.Pool._repopulate_pool

    def interrupted_start(self):
        start(self)
        os.kill(os.getpid(), signal.SIGINT)  # in the middle of the pool's __init__

    monkeypatch.setattr(multiprocessing.pool.Pool, "_repopulate_pool", interrupted_start)
    done = threading.Event()
    other = threading.Thread(target=done.wait)  # a store's or server's thread may be the one the signal reaches
    other.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            forked_map(_times, list(range(100)), state=1, workers=2, parallel_min=1)
    finally:
        done.set()
        other.join()
    assert multiprocessing.active_children() == []
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is given back
