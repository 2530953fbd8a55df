"""Walkthrough 32 (round 56w): a municipal information-security officer reviews g40kg before approval
(BIO): what it reads, writes, listens on and sends, and how it behaves with hostile or broken input.
Small invented fixtures; the reviewer's own material stays outside the repository."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from tests.fixture_graph import small_dataset, small_graph_dir


def _pinned_copies(graph: Path) -> list[str]:
    return sorted(p.name for p in graph.parent.glob(f".{graph.name}.{os.getpid()}.*.pinned.tmp"))


# finding 5: a server kept every graph it had served on disk (also a person removed by forget)


def test_a_served_graph_leaves_no_private_copy_once_a_new_build_replaced_it(tmp_path):
    """The copy goes without waiting for Python's own collector (off here: a quiet server may not run
    a full collection for hours, and an rdflib Dataset is only freed by one)."""
    import time

    from graph.serve import LiveGraph, ServeConfig, asgi_get, create_app
    from graph.store import save_dataset

    graph = small_graph_dir(tmp_path)
    app = create_app(LiveGraph.open(graph, "oxigraph", interval=0), ServeConfig(query_processes=0))
    for path in ("/", "/entity/ministry/mnre1045", "/documents"):  # pages that read the ministries' names
        assert asgi_get(app, path)[0] == 200, path
    first = _pinned_copies(graph)
    assert len(first) == 1, first
    gc.disable()
    try:
        save_dataset(small_dataset("rdflib"), graph, {"documents": [{"id": "doc-a"}]})  # the next build
        assert asgi_get(app, "/")[0] == 200
        for _ in range(600):  # the retiring thread's first collections come after 0.5 and 1.5 s
            if first[0] not in _pinned_copies(graph):
                break
            time.sleep(0.1)
        now = _pinned_copies(graph)
    finally:
        gc.enable()
    assert len(now) == 1 and now != first, (first, now)


def test_a_dataset_whose_ministries_were_asked_is_not_kept_by_the_cache(tmp_path):
    from graph.store import open_dataset
    from graph.timefilter import ministry_periods

    graph = small_graph_dir(tmp_path)
    dataset = open_dataset(graph, pinned=True)
    ministry_periods(dataset)
    assert len(_pinned_copies(graph)) == 1
    del dataset
    gc.collect()
    assert _pinned_copies(graph) == []
