"""graph.heap.collector_paused: pauses that overlap in threads (two windowed asks at once in ``serve``)."""

import gc
import threading

import pytest

from graph.heap import collector_paused


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def _pause_in_thread(entered: threading.Event, leave: threading.Event, left: threading.Event):
    def run():
        with collector_paused():
            entered.set()
            leave.wait(10)
        left.set()
    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_the_collector_stays_paused_until_the_last_overlapping_pause_ends():
    first = [threading.Event() for _ in range(3)]
    second = [threading.Event() for _ in range(3)]
    a = _pause_in_thread(*first)
    first[0].wait(10)
    b = _pause_in_thread(*second)
    second[0].wait(10)
    first[1].set()  # the first pause ends while the second is open
    first[2].wait(10)
    paused_meanwhile = not gc.isenabled()
    second[1].set()
    second[2].wait(10)
    a.join(10), b.join(10)
    assert (paused_meanwhile, gc.isenabled()) == (True, True)


def test_a_pause_that_began_with_the_collector_off_leaves_it_off():
    gc.disable()
    with collector_paused():
        pass
    assert gc.isenabled() is False
