"""A push replaces a changed named graph in one step (walkthrough 18's rest, round 44l).

Against the real Oxigraph server: after every request a push sends, a reader counts the triples of
the changed document's graph on the server; it never finds fewer than the old or the new graph
holds, whichever is smaller. A graph of up to ``batch_size`` triples goes in one request; a larger
one, with SPARQL Update, into a staging graph that one ``MOVE`` puts in place.
"""

from __future__ import annotations

import urllib.parse

import pytest
from rdflib import BNode, Literal
from rdflib.namespace import SKOS

import graph.push_client
from graph.push import STAGING_GRAPH, push, read_graphs
from graph.store import save_dataset
from graph.vocab import PUSH_GRAPH, document_graph, mint

from test_push_incremental import DOCUMENTS, _answers_like_local, _count, _dataset
from test_push_oxigraph import oxigraph_server as server  # noqa: F401  (a fixture, named for these tests)

pytestmark = pytest.mark.server

DOC_B = str(document_graph("doc-b"))
TARGETS = {"store": ("store_url",), "update": ("update_url",), "both": ("store_url", "update_url")}


def _save(path, labels: int, tag: str) -> int:
    """The small dataset with ``labels`` more labels and a blank node in doc-b's graph; its size there."""
    dataset = _dataset()
    doc_b = dataset.graph(document_graph("doc-b"))
    for number in range(labels):
        doc_b.add((mint("person", f"p{number}"), SKOS.altLabel, Literal(f"{tag} {number}")))
    doc_b.add((mint("person", "piet-jansen"), SKOS.note, BNode("note")))
    save_dataset(dataset, path, DOCUMENTS)
    return len(read_graphs(path / "graph.nq")[DOC_B])


@pytest.fixture
def watched(server, monkeypatch):
    """The requests a push sends, each with the size of doc-b's graph on the server right after it."""
    seen: list[tuple[str, str, bytes, int]] = []
    send = graph.push_client.Client.send

    def send_and_look(self, method, url, body, media_type, graph_name, **kwargs):
        answer = send(self, method, url, body, media_type, graph_name, **kwargs)
        if method != "GET":
            seen.append((method, url, body or b"", _count(server, f"GRAPH <{DOC_B}> {{ ?s ?p ?o }}")))
        return answer

    monkeypatch.setattr(graph.push_client.Client, "send", send_and_look)
    return seen


def _targets(server, protocol) -> dict:
    urls = {"store_url": f"{server}/store", "update_url": f"{server}/update"}
    return {key: urls[key] for key in TARGETS[protocol]}


@pytest.mark.parametrize("protocol", ["store", "update", "both"])
def test_a_changed_graph_goes_in_one_request_and_a_reader_never_sees_part_of_it(server, watched, tmp_path,
                                                                              protocol):
    path = tmp_path / "kg"
    old = _save(path, 40, "oud")
    push(path, **_targets(server, protocol))
    new = _save(path, 25, "nieuw")
    watched.clear()
    report = push(path, **_targets(server, protocol))
    assert report.sent == [DOC_B] and report.complete, report
    to_doc_b = [(method, body) for method, url, body, _ in watched
                if "graph=" in url and "doc-b" in url or body.startswith(f"DROP SILENT GRAPH <{DOC_B}>".encode())]
    assert len(to_doc_b) == 1, [(m, b[:80]) for m, b in to_doc_b]  # blank node and all, one request
    method, body = to_doc_b[0]
    if protocol == "update":
        assert body.startswith(f"DROP SILENT GRAPH <{DOC_B}> ;\nINSERT DATA {{ GRAPH <{DOC_B}> {{".encode()), body[:120]
    else:
        assert method == "PUT" and body.count(b"\n") == new, body[:120]
    assert min(count for *_, count in watched) >= min(old, new) == 30, [count for *_, count in watched]
    assert _count(server, f"GRAPH <{DOC_B}> {{ ?s ?p ?o }}") == new
    _answers_like_local(server, path)


@pytest.mark.parametrize("protocol", ["update", "both"])
def test_a_graph_larger_than_a_batch_is_moved_into_place_in_one_step(server, watched, tmp_path, protocol):
    path = tmp_path / "kg"
    old = _save(path, 40, "oud")
    push(path, batch_size=10, **_targets(server, protocol))
    new = _save(path, 30, "nieuw")
    watched.clear()
    report = push(path, batch_size=10, **_targets(server, protocol))
    assert report.sent == [DOC_B] and report.complete, report
    counts = [count for *_, count in watched]
    assert min(counts) >= min(old, new) == 35, counts  # never the first batches only
    moves = [body for _, _, body, _ in watched if body.startswith(b"MOVE")]
    assert moves == [f"MOVE GRAPH <{STAGING_GRAPH}> TO GRAPH <{DOC_B}>".encode()], moves
    assert _count(server, f"GRAPH <{STAGING_GRAPH}> {{ ?s ?p ?o }}") == 0  # moved, so gone
    assert _count(server, f"GRAPH <{DOC_B}> {{ ?s ?p ?o }}") == new
    assert STAGING_GRAPH.startswith(str(PUSH_GRAPH))
    _answers_like_local(server, path)


def test_with_the_graph_store_protocol_alone_a_larger_graph_still_arrives_whole(server, tmp_path):
    path = tmp_path / "kg"
    _save(path, 40, "oud")
    push(path, store_url=f"{server}/store", batch_size=10)
    new = _save(path, 30, "nieuw")
    report = push(path, store_url=f"{server}/store", batch_size=10)
    assert report.sent == [DOC_B] and report.complete, report
    assert _count(server, f"GRAPH <{DOC_B}> {{ ?s ?p ?o }}") == new
    _answers_like_local(server, path)


def _fail_after_first_staging_batch(monkeypatch):
    """Make the second batch a push sends into the staging graph fail (the push stops half way)."""
    send = graph.push_client.Client.send
    batches = []

    def send_or_fail(self, method, url, body, media_type, graph_name, **kwargs):
        into_staging = f"INSERT DATA {{ GRAPH <{STAGING_GRAPH}>".encode() in (body or b"") or (
            method in ("PUT", "POST") and STAGING_GRAPH in urllib.parse.unquote(url))  # Graph Store batches
        if into_staging:
            batches.append(body)
            if len(batches) == 2:
                self.fail(graph_name, "HTTP 503 Service Unavailable: test", url)
        return send(self, method, url, body, media_type, graph_name, **kwargs)

    monkeypatch.setattr(graph.push_client.Client, "send", send_or_fail)


def test_a_staging_graph_left_by_a_failed_push_is_dropped_and_said_by_the_next(server, tmp_path, monkeypatch, runner):
    """Round 44r (round 44l's rest): a push that failed half way left its staging graph on the server until
    the next large push; the next push of any size drops it first, and says so where it can see it."""
    import json

    from graph.cli import cli
    from graph.remote import RemoteError

    path = tmp_path / "kg"
    _save(path, 40, "oud")
    targets = _targets(server, "both")
    with monkeypatch.context() as patched:
        _fail_after_first_staging_batch(patched)
        with pytest.raises(RemoteError):
            push(path, batch_size=10, **targets)
    assert _count(server, f"GRAPH <{STAGING_GRAPH}> {{ ?s ?p ?o }}") == 10  # the first batch, left behind
    args = ["--graph", str(path), "push", "--store-url", targets["store_url"], "--update-url", targets["update_url"]]
    result = runner.invoke(cli, args + ["--format", "json"])  # batches of 10 000: no staging graph needed
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["staging_cleared"] is True
    assert _count(server, f"GRAPH <{STAGING_GRAPH}> {{ ?s ?p ?o }}") == 0
    result = runner.invoke(cli, args + ["--full"])
    assert result.exit_code == 0, result.output
    assert "tussengraaf" not in result.output  # nothing left this time: nothing said
    with monkeypatch.context() as patched:
        _fail_after_first_staging_batch(patched)
        with pytest.raises(RemoteError):
            push(path, batch_size=10, full=True, **targets)
    result = runner.invoke(cli, ["--lang", "en"] + args)
    assert result.exit_code == 0, result.output
    assert "A staging graph that an earlier push, broken off half way, left on the server was removed." in result.output
    _answers_like_local(server, path)


def test_with_sparql_update_alone_the_staging_graph_is_dropped_unseen(server, tmp_path, monkeypatch):
    path = tmp_path / "kg"
    _save(path, 40, "oud")
    with monkeypatch.context() as patched:
        _fail_after_first_staging_batch(patched)
        with pytest.raises(Exception):
            push(path, batch_size=10, update_url=f"{server}/update")
    assert _count(server, f"GRAPH <{STAGING_GRAPH}> {{ ?s ?p ?o }}") == 10
    report = push(path, update_url=f"{server}/update")
    assert report.complete and report.staging_cleared is None and report.as_dict()["staging_cleared"] is None
    assert _count(server, f"GRAPH <{STAGING_GRAPH}> {{ ?s ?p ?o }}") == 0
    report = push(path, update_url=f"{server}/update", query_url=f"{server}/query", full=True)
    assert report.staging_cleared is False  # read through the query address: nothing was left
    assert _count(server, f"GRAPH <{DOC_B}> {{ ?s ?p ?o }}") == len(read_graphs(path / "graph.nq")[DOC_B])
