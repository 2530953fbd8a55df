"""A query worker gives up a graph the server has given up (:mod:`graph.serve.processes`, round 58q).

``g40kg serve`` runs ``/sparql`` queries in worker processes, each of which opens the snapshot's pinned
copy of the graph. After a rebuild the server drops the old snapshot and removes that copy, but a worker
kept its files open until its next query (an idle worker: until the server stopped), so the disk space of
every graph it had read stayed taken; and a worker that did move on to the new graph still held the old
one until Python's next full collection (rdflib's reference cycles). Measured on the bundled corpus with
two workers: 16 deleted files held open by each worker after a rebuild, for good.

Each test starts a real worker process (about a second) on the hand-written fixture graph.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from fixture_graph import small_graph_dir
from graph.serve.processes import Job, QueryProcesses

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/PID/fd (Linux)")


def open_files(pid: int, folder: Path) -> list[str]:
    """The files under ``folder`` that process ``pid`` holds open (a removed one ends with ``(deleted)``)."""
    found = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:  # closed meanwhile
            continue
        if target.startswith(str(folder) + os.sep):
            found.append(target)
    return sorted(found)


def asked(processes: QueryProcesses, location: Path) -> bool:
    media_type, _, body = processes.run(Job(str(location), False, "ASK { GRAPH ?g { ?s ?p ?o } }"), wait=60)
    return json.loads(body)["boolean"]


def the_worker(processes: QueryProcesses):
    (worker,) = list(processes._idle.queue)
    return worker


def test_an_idle_worker_closes_the_files_of_a_graph_the_server_removed(tmp_path):
    location = small_graph_dir(tmp_path / "a")
    processes = QueryProcesses(1)
    try:
        assert asked(processes, location) is True
        worker = the_worker(processes)
        assert any("oxigraph" in name for name in open_files(worker.pid, location))  # the store's files
        shutil.rmtree(location)  # what the server does with a snapshot's pinned copy when it gives it up
        left = open_files(worker.pid, location)
        deadline = time.monotonic() + 60  # the worker looks every IDLE_CHECK s; a bound for a loaded machine
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = open_files(worker.pid, location)
        assert left == [], f"worker {worker.pid} still holds {len(left)} removed files: {left[:3]}"
        assert worker.alive()  # it closed the graph, it did not end
        assert asked(processes, small_graph_dir(tmp_path / "b")) is True  # and answers on the next graph
    finally:
        processes.close()


def test_a_worker_that_moves_on_to_a_new_graph_closes_the_old_one_at_once(tmp_path):
    old, new = small_graph_dir(tmp_path / "old"), small_graph_dir(tmp_path / "new")
    processes = QueryProcesses(1)
    try:
        assert asked(processes, old) is True
        worker = the_worker(processes)
        assert open_files(worker.pid, old)
        assert asked(processes, new) is True  # the old graph is still on disk: only the switch closes it
        assert the_worker(processes) is worker
        assert open_files(worker.pid, old) == []
        assert open_files(worker.pid, new)
    finally:
        processes.close()


def test_the_server_hands_a_replaced_graphs_memory_back_once_it_is_freed(monkeypatch):
    """A graph loaded ``--in-memory`` that the server gave up stayed with the C allocator (serve on 10^6 triples:
    684 MB after a new build was swapped in, 408 MB with ``malloc_trim``); :func:`graph.serve.live.retire` hands
    it back once the snapshot's dataset is freed, and not before."""
    import threading

    from rdflib import Dataset

    from graph.serve import live

    given_back = threading.Event()
    monkeypatch.setattr(live, "give_back_memory", given_back.set)
    snapshot = live.Snapshot(Dataset(default_union=True), {})
    held = snapshot.dataset  # a request still running on it
    live.retire(snapshot, delays=(0.05,) * 4)
    assert not given_back.wait(1.0)  # every collection found it in use
    snapshot = live.Snapshot(Dataset(default_union=True), {})
    live.retire(snapshot, delays=(0.05,) * 200)
    del snapshot, held
    assert given_back.wait(60), "retire did not hand the memory back after the dataset was freed"
