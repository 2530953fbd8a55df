"""An incremental push against the real Oxigraph server (walkthrough 18, findings 5-9).

A push sends only the named graphs that changed since the last push to the server, changes the
default graph's union by a diff (new triples first, old ones after), writes the completion graph
``g40g:push`` first and last, and recognises the server under another address.
"""

from __future__ import annotations

import http.server
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import BNode, Literal
from rdflib.namespace import SKOS

from graph.cli import cli
from graph.push import push
from graph.remote import RemoteError
from graph.store import open_dataset, save_dataset
from graph.vocab import G40, PUSH_GRAPH, document_graph, mint

from test_push_oxigraph import QUERIES, rows
from test_push_oxigraph import oxigraph_server as server  # noqa: F401  (a fixture, named for these tests)
from test_store_engines import small_dataset

pytestmark = pytest.mark.server

DOCUMENTS = {"documents": [{"id": "doc-a"}, {"id": "doc-b"}]}


def _dataset(extra_label: str | None = None, without_breda_link: bool = False):
    """The small dataset with its blank node under a fixed label (a build writes none; rdflib would
    give it a new one each time), plus a label in doc-b's graph or without doc-b's affiliation."""
    dataset = small_dataset()
    for graph in list(dataset.graphs()):
        for s, p, o in list(graph):
            if isinstance(s, BNode) or isinstance(o, BNode):
                graph.remove((s, p, o))
                graph.add((BNode("period") if isinstance(s, BNode) else s, p,
                           BNode("period") if isinstance(o, BNode) else o))
    doc_b = dataset.graph(document_graph("doc-b"))
    if extra_label:
        doc_b.add((mint("person", "piet-jansen"), SKOS.altLabel, Literal(extra_label)))
    if without_breda_link:
        doc_b.remove((mint("person", "piet-jansen"), G40.affiliatedWith, mint("municipality", "gm0758")))
    return dataset


@pytest.fixture
def graph_path(tmp_path):
    path = tmp_path / "kg"
    save_dataset(_dataset(), path, DOCUMENTS)
    return path


def _count(base: str, pattern: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    request = urllib.request.Request(f"{base}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def _marker(base: str) -> dict:
    query = (f"SELECT ?p ?o WHERE {{ GRAPH <{PUSH_GRAPH}> {{ <{PUSH_GRAPH}> ?p ?o }} }}")
    request = urllib.request.Request(f"{base}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        bindings = json.load(response)["results"]["bindings"]
    return {b["p"]["value"].rsplit("#", 1)[-1]: b["o"]["value"] for b in bindings}


def _answers_like_local(base: str, graph_path) -> None:
    """Every comparison query, and the default graph's size, as on the local store."""
    remote = open_dataset(graph_path, endpoint=f"{base}/query")
    local = open_dataset(graph_path, engine="oxigraph")
    for query in QUERIES:
        assert rows(remote, query) == rows(local, query), query
    union = len({(s, p, o) for s, p, o, _ in local.quads((None, None, None, None))})
    assert _count(base, "?s ?p ?o") == union


@pytest.mark.parametrize("protocol", ["store", "update", "both"])
def test_an_unchanged_graph_sends_nothing_and_one_change_sends_one_graph_and_the_diff(server, graph_path, protocol):
    target = {"store": {"store_url": f"{server}/store"}, "update": {"update_url": f"{server}/update"},
              "both": {"store_url": f"{server}/store", "update_url": f"{server}/update"}}[protocol]
    first = push(graph_path, **target)
    assert (first.graphs, first.graphs_total, first.triples, first.default_graph_triples) == (3, 3, 13, 13), first
    _answers_like_local(server, graph_path)

    unchanged = push(graph_path, **target)
    assert (unchanged.graphs, unchanged.batches, unchanged.sent, unchanged.complete) == (0, 0, [], True), unchanged
    assert (unchanged.default_graph_added, unchanged.default_graph_deleted) == (0, 0), unchanged
    _answers_like_local(server, graph_path)

    save_dataset(_dataset(extra_label="P. Jansen"), graph_path, DOCUMENTS)  # a rebuild: one document changed
    one = push(graph_path, **target)
    assert one.sent == [str(document_graph("doc-b"))], one
    assert (one.default_graph_added, one.default_graph_deleted, one.default_graph_replaced) == (1, 0, False), one
    _answers_like_local(server, graph_path)

    save_dataset(_dataset(without_breda_link=True), graph_path, DOCUMENTS)  # a triple goes, another comes back
    gone = push(graph_path, **target)
    assert gone.sent == [str(document_graph("doc-b"))], gone
    if protocol == "store":  # the Graph Store Protocol cannot delete one triple: the union is replaced whole
        assert gone.default_graph_replaced, gone
    else:
        assert (gone.default_graph_added, gone.default_graph_deleted, gone.default_graph_replaced) == (0, 2, False), gone
    _answers_like_local(server, graph_path)
    assert _marker(server)["complete"] == "true"


def test_full_sends_everything_again_and_changes_nothing(server, graph_path):
    target = {"store_url": f"{server}/store", "update_url": f"{server}/update"}
    push(graph_path, **target)
    again = push(graph_path, full=True, **target)
    assert (again.graphs, again.full, again.default_graph_added, again.default_graph_deleted) == (3, True, 13, 0), again
    _answers_like_local(server, graph_path)


def test_the_completion_graph_says_what_was_pushed(server, graph_path, runner):
    result = runner.invoke(cli, ["--graph", str(graph_path), "push", "--store-url", f"{server}/store", "--quiet"])
    assert (result.exit_code, result.output) == (0, ""), result.output  # --quiet: nothing (finding 4)
    marker = _marker(server)
    assert (marker["complete"], marker["graphs"], marker["triples"], marker["target"]) == \
        ("true", "3", "13", f"{server}/store"), marker
    assert marker["startedAtTime"] <= marker["endedAtTime"] and len(marker["folder"]) == 32, marker
    from graph import __version__
    assert marker["softwareVersion"] == __version__


class _Proxy(http.server.BaseHTTPRequestHandler):
    """Forwards to ``target``; from the ``fail_after``-th write on (PUT/POST/DELETE) answers 500."""

    target = ""
    fail_after: int | None = None
    writes = 0

    def _forward(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))) if self.command != "GET" else None
        if self.command != "GET":
            type(self).writes += 1
            if self.fail_after is not None and type(self).writes > self.fail_after:
                self.send_response(500)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(self.target + self.path, data=body, method=self.command, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=20) as response:
                status, data = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, data = error.code, error.read()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_PUT = do_POST = do_DELETE = _forward  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(server):
    _Proxy.target, _Proxy.fail_after, _Proxy.writes = server, None, 0
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_a_half_push_is_marked_incomplete_and_the_next_push_repairs_it(server, proxy, graph_path, runner):
    target = ["--store-url", f"{proxy}/store", "--update-url", f"{proxy}/update"]
    assert runner.invoke(cli, ["--graph", str(graph_path), "push", *target]).exit_code == 0
    save_dataset(_dataset(without_breda_link=True), graph_path, DOCUMENTS)
    _Proxy.fail_after, _Proxy.writes = 1, 0  # the completion graph ("started") passes, doc-b's graph fails
    failed = runner.invoke(cli, ["--graph", str(graph_path), "push", *target, "--retries", "0", "--format", "json"])
    assert failed.exit_code == 1, failed.output
    error = json.loads(failed.stdout)
    assert (error["exit_code"], error["graphs_total"], error["complete"]) == (1, 3, False), error
    assert error["sent"] == [] and error["failed"] == [str(document_graph("doc-b"))], error
    assert _marker(server)["complete"] == "false"  # an analyst sees that the last push did not complete

    _Proxy.fail_after = None
    repaired = push(graph_path, store_url=f"{proxy}/store", update_url=f"{proxy}/update")
    assert repaired.sent == [str(document_graph("doc-b"))] and repaired.complete, repaired
    _answers_like_local(server, graph_path)
    assert _marker(server)["complete"] == "true"


def test_the_same_server_under_another_address_is_recognised(server, graph_path, runner):
    port = server.rsplit(":", 1)[1]
    push(graph_path, store_url=f"http://127.0.0.1:{port}/store")
    save_dataset(_dataset(extra_label="P. Jansen"), graph_path, {"documents": [{"id": "doc-a"}, {"id": "doc-b"}]})
    result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", "en", "push", "--store-url",
                                 f"http://localhost:{port}/store", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["recognised_from"] == f"http://127.0.0.1:{port}/store", report
    assert report["sent"] == [str(document_graph("doc-b"))], report  # the record came along: only what changed
    _answers_like_local(server, graph_path)


def test_a_server_without_the_mark_of_an_earlier_push_names_the_other_address(server, graph_path, runner, tmp_path):
    from test_push_default_graph import OWN, _put_default

    elsewhere = "http://127.0.0.1:1/store"
    (graph_path / "cache" / "push").mkdir(parents=True, exist_ok=True)
    (graph_path / "cache" / "push" / "targets.json").write_text(json.dumps({elsewhere: ["urn:x"]}))
    _put_default(server, OWN)
    result = runner.invoke(cli, ["--graph", str(graph_path), "push", "--store-url", f"{server}/store"])
    assert result.exit_code == 1, result.output  # nothing in the command is wrong
    assert f"Eerder vanuit deze graaf naar {elsewhere} gepusht?" in result.output, result.output
    assert result.output.count("\n") == 1 and _count(server, "GRAPH ?g { ?s ?p ?o }") == 0


def test_a_failure_before_anything_is_sent_says_so_in_json(graph_path, runner):
    from oxigraph_server import free_port

    result = runner.invoke(cli, ["--graph", str(graph_path), "push", "--store-url",
                                 f"http://127.0.0.1:{free_port()}/store", "--retries", "0", "--format", "json"])
    error = json.loads(result.stdout)
    assert (result.exit_code, error["sent"], error["graphs"], error["complete"]) == (1, [], 0, False), error


def test_push_errors_keep_their_message_when_raised_from_the_library(graph_path):
    with pytest.raises(RemoteError) as failed:
        push(graph_path, update_url="http://127.0.0.1:1/update", retries=0)
    assert failed.value.details["graphs_total"] == 3 and "127.0.0.1:1" in str(failed.value)


@pytest.mark.parametrize("lang, start", [
    ("nl", "0 grafen gewijzigd (van 3) en verstuurd, 0 triples; standaardgraaf 0 erbij, 0 eraf; graaf 13 triples, "
           "standaardgraaf 13; naar "),
    ("en", "0 graphs changed (of 3) and sent, 0 triples; default graph 0 added, 0 deleted; graph 13 triples, "
           "default graph 13; to "),
])
def test_an_unchanged_push_says_so_on_stderr(server, graph_path, runner, lang, start):
    push(graph_path, store_url=f"{server}/store")
    result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", lang, "push", "--store-url", f"{server}/store"])
    assert result.exit_code == 0 and result.stdout == "", result.output
    assert result.stderr.startswith(start) and result.stderr.count("\n") == 1, result.stderr


def test_the_union_kept_is_the_graph_file_the_push_read_not_a_later_build(graph_path):
    """A build that swaps in a new graph.nq during a push: the record keeps the one that was sent."""
    from graph.push_record import TargetRecord, keep_union, pin_graph_file, union_path

    pinned = pin_graph_file(graph_path, "http://h/store", graph_path / "graph.nq")
    sent = pinned.read_bytes()
    save_dataset(_dataset(extra_label="P. Jansen"), graph_path, DOCUMENTS)  # the build finishes meanwhile
    record = TargetRecord()
    keep_union(graph_path, "http://h/store", record, pinned)
    assert union_path(graph_path, record).read_bytes() == sent != (graph_path / "graph.nq").read_bytes()
    assert not pinned.exists()


def test_a_graph_file_copied_over_in_place_is_not_taken_for_the_union_pushed(server, graph_path, tmp_path):
    """``cp backup/graph.nq .g40kg/`` writes into the file the push record links to."""
    from graph.push import read_graphs

    target = {"store_url": f"{server}/store", "update_url": f"{server}/update"}
    push(graph_path, **target)
    other = tmp_path / "other"
    save_dataset(_dataset(without_breda_link=True), other, DOCUMENTS)
    with open(graph_path / "graph.nq", "r+b") as same_file:  # the same inode, other content
        same_file.truncate(0)
        same_file.write((other / "graph.nq").read_bytes())
    push(graph_path, **target)
    union = {line for lines in read_graphs(other / "graph.nq").values() for line in lines}
    assert _count(server, "?s ?p ?o") == len(union) == 12


def test_a_graph_folder_that_cannot_be_written_still_pushes(server, graph_path, monkeypatch):
    """The record is a convenience: without it (a folder one may read but not write) push sends everything."""
    from graph import push_record

    def refuse(*args, **options):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(push_record, "atomic_write", refuse, raising=False)
    monkeypatch.setattr("graph.store.atomic_write", refuse)
    monkeypatch.setattr("graph.linked_copies.link_or_copy", refuse)
    for _ in range(2):
        report = push(graph_path, store_url=f"{server}/store", update_url=f"{server}/update")
        assert (report.graphs, report.complete) == (3, True), report
    _answers_like_local(server, graph_path)
