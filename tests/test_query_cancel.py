"""A timed-out query's worker thread is stopped, even when the first interruption is lost."""

import sys
import time
from types import SimpleNamespace

import pytest

import graph.query
from graph.errors import QueryTimeout
from graph.query import abandoned_queries, call_with_timeout


def _wait_until(condition, seconds=5.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def test_a_worker_that_loses_the_first_interruption_is_interrupted_again():
    # the first interruption lands where it is swallowed, as one that lands in a finalizer does
    seen = []

    def stubborn_query():
        while True:
            try:
                time.sleep(0.01)
            except graph.query._Cancelled:
                seen.append("cancel")
                if len(seen) == 1:
                    continue
                raise

    with pytest.raises(QueryTimeout):
        call_with_timeout(stubborn_query, timeout=0.05)
    assert _wait_until(lambda: abandoned_queries() == 0), "the worker is still running"
    assert seen == ["cancel", "cancel"]


def test_a_finished_query_is_not_interrupted_afterwards():
    assert call_with_timeout(lambda: sum(range(10)), timeout=5) == 45
    assert abandoned_queries() == 0


def test_a_cancellation_reported_as_unraisable_is_not_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(sys, "unraisablehook", shown.append)
    with pytest.raises(QueryTimeout):
        call_with_timeout(lambda: time.sleep(0.3), timeout=0.01)
    sys.unraisablehook(SimpleNamespace(exc_value=graph.query._Cancelled()))
    other = SimpleNamespace(exc_value=ValueError("een andere fout"))
    sys.unraisablehook(other)
    assert shown == [other]
