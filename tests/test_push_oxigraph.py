"""push and --endpoint against the real Oxigraph server (a subprocess on a free loopback port)."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.parse
import urllib.request
import warnings

import pytest
from rdflib import Literal
from rdflib.namespace import SKOS
from rdflib.plugins.sparql import prepareQuery

from graph.cli import cli
from graph.errors import G40Error
from graph.push import push
from graph.remote import RemoteError
from graph.store import open_dataset, save_dataset
from graph.vocab import G40, document_graph, mint

from oxigraph_server import free_port
from oxigraph_server import oxigraph_server as run_oxigraph
from test_store_engines import small_dataset
from tests.documents import without_meta

warnings.filterwarnings("ignore", category=DeprecationWarning)

pytestmark = pytest.mark.server

QUERIES = [
    "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } ORDER BY ?s ?label",
    "SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p g40:affiliatedWith ?m } GROUP BY ?m ORDER BY ?m",
    # the completion graph g40g:push is the server's only (graph.push_marker)
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/g40kg/graph/push>) } GROUP BY ?g ORDER BY ?g",
    "SELECT ?abbr WHERE { ?m g40:namePeriod ?period . ?period g40:abbreviation ?abbr }",
]


@pytest.fixture
def oxigraph_server(tmp_path):
    """A fresh Oxigraph server; yields its base URL and is always terminated."""
    with run_oxigraph("serve", tmp_path / "oxdata") as base:
        yield base


@pytest.fixture
def local_graph(tmp_path):
    path = tmp_path / "kg"
    save_dataset(small_dataset(), path, {"documents": [{"id": "doc-a"}, {"id": "doc-b"}]})
    return path


def rows(dataset, query):
    return [tuple(r) for r in dataset.query(query, initNs={"skos": str(SKOS), "g40": str(G40)})]


@pytest.mark.parametrize("protocol", ["store", "update"])
def test_push_then_endpoint_answers_like_local(oxigraph_server, local_graph, protocol):
    target = {"store_url": f"{oxigraph_server}/store"} if protocol == "store" else {"update_url": f"{oxigraph_server}/update"}
    report = push(local_graph, batch_size=2, **target)
    assert (report.graphs, report.triples, report.default_graph_triples, report.failed) == (3, 13, 13, []), report
    assert report.batches >= 7, report  # batches of 2, blank-node triples kept together
    remote = open_dataset(local_graph, endpoint=f"{oxigraph_server}/query")
    for engine in ("oxigraph", "rdflib"):
        local = open_dataset(local_graph, engine=engine)
        for query in QUERIES:
            assert rows(remote, query) == rows(local, query), f"{engine}: {query}"
    prepared = prepareQuery("SELECT ?p WHERE { ?p g40:affiliatedWith ?m } ORDER BY ?p", initNs={"g40": str(G40)})
    bound = [r.p for r in remote.query(prepared, initBindings={"m": mint("municipality", "gm0758")})]
    assert bound == [mint("person", "anna-de-vries"), mint("person", "piet-jansen")], bound
    grouped = prepareQuery("SELECT ?m (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a ?type ; g40:affiliatedWith ?m } GROUP BY ?m",
                           initNs={"g40": str(G40)})
    counts = [(r.m, r.n.toPython()) for r in remote.query(grouped, initBindings={"type": G40.Person})]
    assert counts == [(mint("municipality", "gm0758"), 2)], counts
    assert list(remote.objects(mint("municipality", "gm0758"), SKOS.prefLabel)) == [Literal("Breda")]


def test_push_twice_replaces_graphs(oxigraph_server, local_graph):
    for _ in range(2):
        push(local_graph, store_url=f"{oxigraph_server}/store", batch_size=3)
    remote = open_dataset(local_graph, endpoint=f"{oxigraph_server}/query")
    count = rows(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/g40kg/graph/push>) }")[0][0]
    assert count.toPython() == 13, count  # named graphs replaced, not doubled


def test_push_command_reports_and_endpoint_option(oxigraph_server, local_graph, runner):
    result = runner.invoke(cli, ["--graph", str(local_graph), "--lang", "en", "push",
                                 "--store-url", f"{oxigraph_server}/store", "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["graphs"], report["triples"], report["default_graph_triples"], report["protocol"]) == \
        (3, 13, 13, "graph-store"), report
    text = runner.invoke(cli, ["--graph", str(local_graph), "push", "--update-url", f"{oxigraph_server}/update"])
    # the summary is a status line: on stderr, like the build's (walkthrough 18, finding 4)
    assert text.exit_code == 0 and text.stdout == "", text.output
    assert text.stderr.startswith("3 grafen gewijzigd (van 3) en verstuurd, 13 triples;"), text.stderr
    assert "graaf 13 triples, standaardgraaf 13;" in text.stderr, text.stderr


@pytest.mark.parametrize("fmt, rdf_format", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_of_graphs_from_an_endpoint_equals_the_local_export(oxigraph_server, local_graph, runner, fmt,
                                                                   rdf_format):
    """Formats with named graphs used to end in a traceback (TypeError: The SPARQL store is read only)."""
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    assert runner.invoke(cli, ["--graph", str(local_graph), "push", "--store-url", f"{oxigraph_server}/store"]).exit_code == 0
    exported = {}
    for where in ([], ["--endpoint", f"{oxigraph_server}/query"]):
        result = runner.invoke(cli, ["--graph", str(local_graph), *where, "export", "--format", fmt])
        assert result.exit_code == 0, result.output
        dataset = Dataset()
        dataset.parse(data=result.output, format=rdf_format)
        exported[bool(where)] = {g.identifier: g for g in dataset.graphs() if len(g)}
    local, remote = exported[False], exported[True]
    assert set(remote) == set(local) and len(local) == 3, (sorted(local), sorted(remote))
    # a push sends blank nodes as skolem IRIs (graph.push_skolem): the same graph once they are blank again
    assert all(isomorphic(_unskolemised(remote[name]), local[name]) for name in local), fmt


def _unskolemised(graph):
    from rdflib import BNode, Graph, URIRef

    from graph.push_skolem import GENID

    def blank(term):
        return BNode(term[len(GENID):]) if isinstance(term, URIRef) and term.startswith(GENID) else term

    result = Graph()
    for s, p, o in graph:
        result.add((blank(s), p, blank(o)))
    return result


class _Flaky(http.server.BaseHTTPRequestHandler):
    """Answers 503 to the first two requests, then 204; records what it got."""

    seen: list = []

    def do_PUT(self):  # noqa: N802
        self._answer()

    do_POST = do_PUT  # noqa: N815

    def do_GET(self):  # noqa: N802  an empty store: push asks whether its default graph holds triples
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _answer(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen.append((self.command, self.path, body))
        self.send_response(503 if len(type(self).seen) <= 2 else 204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_push_retries_server_errors(local_graph):
    _Flaky.seen = []
    server = http.server.HTTPServer(("127.0.0.1", 0), _Flaky)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/store"
        report = push(local_graph, store_url=url, retries=3, sleep=lambda s: None)
    finally:
        server.shutdown()
        server.server_close()
    assert report.retries == 2 and report.failed == [], report
    # the first write is the completion graph, "started" (walkthrough 18, finding 7)
    assert [m for m, _, _ in _Flaky.seen[:3]] == ["PUT", "PUT", "PUT"]
    paths = [path for _, path, _ in _Flaky.seen]
    assert paths[0] == "/store?graph=https%3A%2F%2Fw3id.org%2Fg40kg%2Fgraph%2Fpush", paths
    assert "/store?default" in paths, paths
    assert any(p.startswith("/store?graph=https%3A%2F%2Fw3id.org%2Fg40kg%2Fgraph%2Fdocument%2F") for p in paths), paths


def test_push_unreachable_fails_with_clear_message(local_graph, runner):
    port = free_port()  # nothing listens there
    with pytest.raises(RemoteError, match="127.0.0.1"):
        push(local_graph, store_url=f"http://127.0.0.1:{port}/store", retries=1, sleep=lambda s: None, timeout=2)
    result = runner.invoke(cli, ["--graph", str(local_graph), "--lang", "en", "push",
                                 "--store-url", f"http://127.0.0.1:{port}/store", "--retries", "0"])
    assert result.exit_code == 1 and "push to" in result.output and "failed" in result.output, result.output
    # nothing was sent: said so, not "0 graphs … replaces them" (walkthrough 16, finding 15; walkthrough 27, finding 10)
    assert result.output.endswith("(no graph or triple had been sent yet; running 'g40kg push' again sends "
                                  "everything)\n"), result.output


def test_a_push_that_fails_halfway_counts_the_graphs_sent_whole(local_graph, monkeypatch):
    from graph import push_client

    calls = []

    def send(self, method, url, body, content_type, graph, **options):
        if method == "PUT" and "graph=" in url and not url.endswith("graph%2Fpush"):
            calls.append(url)  # a named graph of the graph's (not the completion graph g40g:push)
        if len(calls) == 2:  # the second graph's first batch
            self.fail(graph, "boom", url)
        return b""

    monkeypatch.setattr(push_client.Client, "send", send)
    with pytest.raises(RemoteError) as failed:
        push(local_graph, store_url="http://127.0.0.1:1/store", batch_size=100_000)
    assert "boom (1 grafen, " in str(failed.value), str(failed.value)


def test_push_needs_exactly_one_target(local_graph, runner):
    with pytest.raises(G40Error):
        push(local_graph)
    result = runner.invoke(cli, ["--graph", str(local_graph), "--lang", "en", "push", "--store-url", "ftp://x"])
    assert result.exit_code == 2 and "not an http(s) URL" in result.output, result.output  # usage errors: 2
    result = runner.invoke(cli, ["--graph", str(local_graph), "push"])
    assert (result.exit_code, result.output) == (2, "Fout: geef --store-url (Graph Store Protocol), --update-url "
                                                     "(SPARQL Update) of beide\n")


READ_COMMANDS = [
    ["query", "SELECT ?s ?label WHERE { ?s a g40:Person ; skos:prefLabel ?label } ORDER BY ?s", "--format", "json"],
    ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "json"],
    ["collaborators", "--format", "json"],
    ["collaborators", "EZK", "--format", "json"],
    ["ask", "who-is-who", "-p", "person=Frank den Brok", "--format", "json"],
    ["entity", "Pijler Economie en Werk", "--format", "json"],
    # questions with LATERAL groups: an endpoint gets them as plain groups
    ["ask", "collaborations-matrix", "--format", "json"],
    ["ask", "g40-cities-programmes", "--format", "json"],
]


def test_bundled_graph_via_endpoint_answers_like_local(oxigraph_server, seed_graph, runner):
    """The bundled corpus, pushed to a real Oxigraph server: every read command answers the same."""
    pushed = runner.invoke(cli, ["--graph", str(seed_graph), "push", "--store-url", f"{oxigraph_server}/store"])
    assert pushed.exit_code == 0, pushed.output
    compared = []
    for command in READ_COMMANDS:
        local = runner.invoke(cli, ["--graph", str(seed_graph), "--lang", "en", *command])
        remote = runner.invoke(cli, ["--graph", str(seed_graph), "--lang", "en", "--endpoint",
                                     f"{oxigraph_server}/query", *command])
        if local.exit_code == 2 and "No such command" in local.output:
            continue  # a read command another area has not added yet
        assert local.exit_code == 0, (command, local.output)
        assert remote.exit_code == 0, (command, remote.output)
        assert without_meta(remote.output) == without_meta(local.output), command  # meta names the endpoint
        compared.append((command[0], len(local.output)))
    assert len(compared) >= 4 and all(size > 20 for _, size in compared), compared


def _graph_names(server: str) -> list[str]:
    """The named graphs the server holds, asked over plain HTTP."""
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    request = urllib.request.Request(f"{server}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return [binding["g"]["value"] for binding in json.load(response)["results"]["bindings"]]


def _without_document_b(local_graph):
    dataset = small_dataset()
    dataset.remove_graph(dataset.graph(document_graph("doc-b")))
    save_dataset(dataset, local_graph, {"documents": [{"id": "doc-a"}]})


@pytest.mark.parametrize("protocol", ["store", "update"])
def test_push_deletes_the_graphs_of_removed_documents_and_only_those(oxigraph_server, local_graph, protocol):
    target = {"store_url": f"{oxigraph_server}/store"} if protocol == "store" else {"update_url": f"{oxigraph_server}/update"}
    foreign = "https://example.org/graph/someone-else"
    request = urllib.request.Request(f"{oxigraph_server}/store?" + urllib.parse.urlencode({"graph": foreign}),
                                     data=b"<urn:a> <urn:b> <urn:c> .\n", method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    urllib.request.urlopen(request, timeout=10).close()
    assert push(local_graph, **target).removed == 0
    assert str(document_graph("doc-b")) in _graph_names(oxigraph_server)
    _without_document_b(local_graph)  # a rebuild after doc-b was deleted
    report = push(local_graph, **target)
    assert (report.graphs_total, report.removed) == (2, 1), report
    assert str(document_graph("doc-a")) not in report.sent, report  # unchanged: not sent again
    names = _graph_names(oxigraph_server)
    assert str(document_graph("doc-b")) not in names
    assert str(document_graph("doc-a")) in names and foreign in names, names
    assert push(local_graph, **target).removed == 0  # nothing left to remove


def test_push_keep_removed_leaves_them_until_a_later_push(oxigraph_server, local_graph, runner):
    store = f"{oxigraph_server}/store"
    push(local_graph, store_url=store)
    _without_document_b(local_graph)
    kept = runner.invoke(cli, ["--graph", str(local_graph), "push", "--store-url", store, "--keep-removed"])
    assert kept.exit_code == 0 and "verwijderd" not in kept.output, kept.output
    assert str(document_graph("doc-b")) in _graph_names(oxigraph_server)
    removed = runner.invoke(cli, ["--graph", str(local_graph), "push", "--store-url", store])
    assert removed.exit_code == 0, removed.output
    assert "Op de server verwijderd, want niet meer in de lokale graaf: 1 document (doc-b).\n" in removed.output, removed.output
    assert str(document_graph("doc-b")) not in _graph_names(oxigraph_server)


def test_pushing_blank_nodes_again_leaves_each_triple_once(oxigraph_server, local_graph):
    """Walkthrough 18: through SPARQL Update alone (the path of any server), a push that replaces the default
    graph's union (``full``, or a folder whose push record is gone) left each blank-node triple twice there."""
    import shutil

    from graph.push_record import push_folder
    from graph.push_skolem import GENID

    def counts():
        remote = open_dataset(local_graph, endpoint=f"{oxigraph_server}/query")
        named = "GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/g40kg/graph/push>)"
        return tuple(rows(remote, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0][0].toPython()
                     for where in (named, "?s ?p ?o"))

    update = f"{oxigraph_server}/update"
    push(local_graph, update_url=update)
    once = counts()
    push(local_graph, update_url=update, full=True)
    shutil.rmtree(push_folder(local_graph))  # no record of what the server holds: the union is replaced
    report = push(local_graph, update_url=update)
    assert report.default_graph_replaced, report
    assert counts() == once == (13, 13), (counts(), once)
    remote = open_dataset(local_graph, endpoint=f"{oxigraph_server}/query")
    periods = rows(remote, "SELECT DISTINCT ?period WHERE { GRAPH ?g { ?m g40:namePeriod ?period } }")
    assert len(periods) == 1 and str(periods[0][0]).startswith(GENID), periods
