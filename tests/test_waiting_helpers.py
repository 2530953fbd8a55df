"""The helpers with which tests wait for another thread's work (round 57f): each waits for the
event its callers assert on, not for a fixed time, so a loaded machine does not fail them."""

from __future__ import annotations

import gc
import socket
import threading
import weakref

from collector import full_collection
from silent_server import silent_server


class _Cyclic:
    """Freed only by the cyclic collector, as an rdflib Dataset."""

    def __init__(self):
        self.me = self


def test_settled_connections_hold_every_connection_made_before():
    """The kernel holds a connection as soon as the client's connect returns; the accepting thread
    may run later (a loaded machine: often none of 20 accepted yet). ``settled()`` waits for it."""
    with silent_server() as (base, connections):
        port = int(base.rsplit(":", 1)[1])
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        try:
            assert len(connections.settled()) == 20
            assert [c.getpeername() for c in connections] == [c.getsockname() for c in clients]
        finally:
            for client in clients:
                client.close()


def test_a_full_collection_waits_for_the_one_another_thread_is_running():
    """``gc.collect()`` while another thread collects (the retiring thread of a replaced graph) does
    nothing: the old copy stayed after ``del in_flight; gc.collect()`` (test_serve_reload, once in a batch)."""
    running, release = threading.Event(), threading.Event()

    def slow_finalizer(_reference):  # as shutil.rmtree of a pinned copy, which lets other threads run
        running.set()
        release.wait(30)

    def other():
        node = _Cyclic()
        other.reference = weakref.ref(node, slow_finalizer)
        del node
        gc.collect()

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert running.wait(30)
        node = _Cyclic()
        alive = weakref.ref(node)
        del node
        assert (gc.collect(), alive() is None) == (0, False)  # what the tests did: nothing collected
        threading.Timer(0.2, release.set).start()
        full_collection()
        assert alive() is None
    finally:
        release.set()
        thread.join()
