"""A running server serves the newest build (:mod:`graph.serve.live`).

Each test gets its own copy of a one-document graph built with ``build_graph``, asks the app,
rebuilds with changed documents the way ``g40kg build`` does beside a running server, and asks
again: the next request answers from the new graph, everything the app derived from the old one
(counts, document list, search, network view, document text) is gone with it, and a failed reopen
keeps the old graph.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import time
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from collector import full_collection
from graph.pipeline import build_graph
from graph.serve import LiveGraph, create_app

BREDA = "Breda werkt samen met het ministerie van EZK.\n"
TILBURG = "Tilburg werkt samen met het ministerie van BZK.\n"
EINDHOVEN = "Eindhoven werkt samen met het ministerie van EZK.\n"
COLLABORATIONS = ("SELECT ?a ?b WHERE { ?x g40:collaboratesWith ?y . ?x skos:prefLabel ?a . "
                  "?y skos:prefLabel ?b } ORDER BY ?a ?b")
LOGGER = "graph.serve.live"


def build(graph_path: Path, texts: dict[str, str], corpus: str = "corpus") -> Path:
    """Build ``{document id: text}`` into ``graph_path`` (replacing the graph there, as a build does)."""
    folder = graph_path.parent / corpus
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    build_graph([folder], graph_path, workers=1)
    return graph_path


@pytest.fixture(scope="module")
def breda_build(tmp_path_factory) -> Path:
    """One build of ``{"a": BREDA}`` for the module (``kg`` and its ``corpus`` in the folder returned);
    read-only: each test gets its own copy from ``graph_path``."""
    return build(tmp_path_factory.mktemp("breda") / "kg", {"a": BREDA}).parent


@pytest.fixture
def graph_path(tmp_path, breda_build) -> Path:
    """This test's own copy of the one-document graph (a copy costs far less than a build)."""
    shutil.copytree(breda_build / "corpus", tmp_path / "corpus")
    shutil.copytree(breda_build / "kg", tmp_path / "kg", symlinks=True)
    return tmp_path / "kg"


def collaborations(client) -> list[tuple[str, str]]:
    response = client.get("/sparql", params={"query": COLLABORATIONS},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.text
    return [(b["a"]["value"], b["b"]["value"]) for b in response.json()["results"]["bindings"]]


def client_for(graph: LiveGraph) -> TestClient:
    return TestClient(create_app(graph))


@pytest.mark.parametrize("engine, in_memory", [("oxigraph", False), ("oxigraph", True), ("rdflib", False)])
def test_next_request_gets_the_new_build(graph_path, engine, in_memory):
    with client_for(LiveGraph.open(graph_path, engine, in_memory=in_memory, interval=0)) as client:
        assert collaborations(client) == [("Breda", "EZK")]
        document = client.get("/document/a.json").json()
        assert (document["text"], document["warning"]) == (BREDA, None)
        build(graph_path, {"a": TILBURG, "b": EINDHOVEN})
        assert collaborations(client) == [("Eindhoven", "EZK"), ("Tilburg", "BZK")]
        document = client.get("/document/a.json").json()  # the new manifest, with the new checksum
        assert (document["text"], document["warning"]) == (TILBURG, None), document["warning"]
        assert [f["subject_label"] for f in document["facts"]] == ["Tilburg"], document["facts"]


def test_a_graph_in_memory_outlives_its_build_and_keeps_a_copy_for_query_processes(graph_path):
    def pairs(snapshot):
        return [tuple(map(str, row)) for row in snapshot.dataset.query(COLLABORATIONS)]

    graph = LiveGraph.open(graph_path, in_memory=True, interval=0)
    old = graph.current
    assert old.in_memory and old.location.parent == graph_path.parent and old.location.name.endswith(".pinned.tmp")
    build(graph_path, {"a": TILBURG})  # replaces the graph directory
    assert pairs(old) == [("Breda", "EZK")]
    assert pairs(graph.refresh()) == [("Tilburg", "BZK")]


def test_nothing_derived_from_the_old_build_is_served(graph_path):
    """Home counts, the document list, search ranking and the network view are cached per graph."""
    with client_for(LiveGraph.open(graph_path, interval=0)) as client:
        assert client.get("/index.json").json()["counts"]["documents"] == 1
        assert [d["id"] for d in client.get("/documents.json").json()["documents"]] == ["a"]
        tilburg = client.get("/search.json", params={"q": "Tilburg"}).json()["results"]
        assert [(r["label"], r["in_documents"]) for r in tilburg] == [("Tilburg", False)], tilburg
        network = client.get("/network.json").json()
        assert sorted(n["label"] for n in network["nodes"]) == ["Breda", "EZK"], network["nodes"]

        build(graph_path, {"a": TILBURG, "b": EINDHOVEN})

        home = client.get("/index.json").json()
        assert (home["counts"]["documents"], home["counts"]["facts"]) == (2, 2), home["counts"]
        assert [d["id"] for d in client.get("/documents.json").json()["documents"]] == ["a", "b"]
        tilburg = client.get("/search.json", params={"q": "Tilburg"}).json()["results"]
        assert [(r["label"], r["in_documents"]) for r in tilburg] == [("Tilburg", True)], tilburg
        network = client.get("/network.json").json()
        assert sorted(n["label"] for n in network["nodes"]) == ["BZK", "EZK", "Eindhoven", "Tilburg"]


def test_a_new_build_is_prepared_like_the_first(graph_path):
    """With ``prepare`` (as ``g40kg serve`` runs it), the new graph's home page is computed in the background."""
    from graph.serve.app import prepare

    graph = LiveGraph.open(graph_path, interval=0, prepare=prepare)
    build(graph_path, {"a": TILBURG, "b": EINDHOVEN})
    snapshot = graph.refresh()
    deadline = time.monotonic() + 60
    while "home" not in snapshot.cache and time.monotonic() < deadline:
        time.sleep(0.05)
    assert snapshot.cache["home"]["counts"]["documents"] == 2, snapshot.cache.keys()
    assert [d["id"] for d in snapshot.cache["documents"]["documents"]] == ["a", "b"]


def test_a_request_keeps_the_graph_it_started_with(graph_path):
    """The snapshot a request holds still answers after a build replaced (and removed) its graph."""
    graph = LiveGraph.open(graph_path, interval=0)
    in_flight = graph.current
    build(graph_path, {"a": TILBURG})
    assert graph.refresh() is not in_flight and graph.current is not in_flight
    from graph.vocab import PREFIXES

    old = [(str(r.a), str(r.b)) for r in in_flight.dataset.query(COLLABORATIONS, initNs=PREFIXES)]
    new = [(str(r.a), str(r.b)) for r in graph.current.dataset.query(COLLABORATIONS, initNs=PREFIXES)]
    assert (old, new) == ([("Breda", "EZK")], [("Tilburg", "BZK")])
    pinned = sorted(p.name for p in graph_path.parent.glob(".kg.*.pinned.tmp"))
    assert len(pinned) == 2, pinned  # each open graph reads its own hard-linked copy of the store
    del in_flight, old
    full_collection()  # not gc.collect(): a no-op while the retiring thread (or another) is collecting
    assert len(list(graph_path.parent.glob(".kg.*.pinned.tmp"))) == 1  # the old copy went with its graph


def test_failed_reopen_keeps_the_old_graph_logs_once_and_retries(graph_path, monkeypatch, caplog):
    from graph.serve import live

    calls = []
    real_open = live.open_dataset

    def flaky_open(*args, **kwargs):
        calls.append(args)
        if len(calls) <= 2:
            raise OSError("simulated: store not readable")
        return real_open(*args, **kwargs)

    with client_for(LiveGraph.open(graph_path, interval=0)) as client:
        monkeypatch.setattr(live, "open_dataset", flaky_open)
        build(graph_path, {"a": TILBURG, "b": EINDHOVEN})
        with caplog.at_level(logging.INFO, logger=LOGGER):
            assert collaborations(client) == [("Breda", "EZK")]  # the first reopen failed
            assert client.get("/index.json").json()["counts"]["documents"] == 1  # the second: not logged again
            assert collaborations(client) == [("Eindhoven", "EZK"), ("Tilburg", "BZK")]  # the third worked
            assert client.get("/index.json").json()["counts"]["documents"] == 2
        warned = [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno >= logging.WARNING]
        assert len(warned) == 1 and "still serving the previous one" in warned[0] and "simulated" in warned[0], warned
        assert len(calls) == 3


def test_graph_missing_mid_swap_keeps_the_old_graph(graph_path, caplog):
    """Between the two renames of a swap there is no graph at the path: keep serving, then switch."""
    with client_for(LiveGraph.open(graph_path, interval=0)) as client:
        assert collaborations(client) == [("Breda", "EZK")]
        staged = build(graph_path.parent / "staged", {"a": TILBURG}, corpus="corpus2")
        os.replace(graph_path, graph_path.parent / ".kg.old")
        with caplog.at_level(logging.INFO, logger=LOGGER):
            assert collaborations(client) == [("Breda", "EZK")]
            assert collaborations(client) == [("Breda", "EZK")]
        notes = [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno >= logging.INFO]
        assert len(notes) == 1 and "still serving the previous one" in notes[0], notes
        os.replace(staged, graph_path)
        assert collaborations(client) == [("Tilburg", "BZK")]


def test_unreadable_manifest_keeps_the_old_graph(graph_path, caplog):
    with client_for(LiveGraph.open(graph_path, interval=0)) as client:
        assert collaborations(client) == [("Breda", "EZK")]
        manifest = graph_path / "manifest.json"
        good = manifest.read_bytes()
        manifest.write_text("{ half written", encoding="utf-8")
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            assert collaborations(client) == [("Breda", "EZK")]
            assert client.get("/document/a.json").json()["text"] == BREDA
        assert [r.levelname for r in caplog.records if r.name == LOGGER] == ["WARNING"]
        assert "manifest.json" in caplog.records[-1].getMessage()
        manifest.write_bytes(good)
        assert collaborations(client) == [("Breda", "EZK")]


def test_the_manifest_is_looked_at_once_a_second_at_most(graph_path):
    now = [0.0]
    with client_for(LiveGraph.open(graph_path, interval=1.0, clock=lambda: now[0])) as client:
        build(graph_path, {"a": TILBURG})
        now[0] = 0.9
        assert collaborations(client) == [("Breda", "EZK")]
        now[0] = 1.0
        assert collaborations(client) == [("Tilburg", "BZK")]


def test_a_dataset_given_in_memory_is_served_as_it_is(graph_path):
    from graph.store import open_dataset

    app = create_app(open_dataset(graph_path, engine="rdflib"))
    assert app.state.graph.path is None and not app.state.graph.due()
    with TestClient(app) as client:
        build(graph_path, {"a": TILBURG})
        assert collaborations(client) == [("Breda", "EZK")]


@pytest.mark.server
def test_the_real_server_picks_up_a_build(graph_path):
    import httpx
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    try:
        def ask():
            response = httpx.get(base + "/sparql", params={"query": COLLABORATIONS}, headers={"Accept": "text/csv"})
            assert response.status_code == 200, response.text
            return response.text.split()

        assert ask() == ["a,b", "Breda,EZK"]
        build(graph_path, {"a": TILBURG})
        time.sleep(1.1)
        assert ask() == ["a,b", "Tilburg,BZK"]
    finally:
        err = stop_server(process)
    assert "Traceback" not in err, err


def test_a_graph_swapped_in_while_it_was_opened_leaves_no_copy_behind(graph_path, monkeypatch):
    """A build that swapped a newer graph in while this one was being opened: the opened one is given
    up, and its private copy removed at once. It waited for a full collection (rdflib's cycles; hours
    on a quiet server), no retiring thread watching it: a person the newer build erased stayed on disk."""
    from graph.errors import G40Error
    from graph.serve import live

    real = live.manifest_signature
    calls = []

    def swapped_after_the_first_look(path):
        calls.append(path)
        inode, mtime, size = real(path)
        return (inode, mtime, size) if len(calls) == 1 else (inode, mtime + 1, size)

    monkeypatch.setattr(live, "manifest_signature", swapped_after_the_first_look)
    gc.disable()  # what a quiet server's collector does
    try:
        with pytest.raises(G40Error, match="a new build was swapped in while the graph was being opened"):
            live.open_snapshot(graph_path)
        assert len(calls) == 2
        assert list(graph_path.parent.glob(".kg.*.pinned.tmp")) == []
    finally:
        gc.enable()
