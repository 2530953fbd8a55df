"""push and the server's default graph: what others put there is never lost without asking.

The eleventh walkthrough (a ministry's linked-data engineer) had six triples of their own in an
Oxigraph server's default graph; a plain ``g40kg push --store-url`` replaced the default graph
with g40kg's union and they were gone.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from graph.cli import cli
from graph.push import push

from test_push_oxigraph import _without_document_b, local_graph  # noqa: F401  (a fixture)
from test_push_oxigraph import oxigraph_server as server  # noqa: F401  (a fixture, named for these tests)

pytestmark = pytest.mark.server

OWN = b"<https://data.example.org/gm0758> <https://data.example.org/inwoners> \"184000\" .\n"


def _put_default(base: str, body: bytes) -> None:
    request = urllib.request.Request(f"{base}/store?default", data=body, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    urllib.request.urlopen(request, timeout=10).close()


def _ask(base: str, pattern: str) -> int:
    """How many default-graph solutions ``pattern`` has on the server at ``base``."""
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
    request = urllib.request.Request(f"{base}/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


OWN_PATTERN = "?s <https://data.example.org/inwoners> ?o"
# the graph's named graphs (not the completion graph g40g:push a push writes on the server)
NAMED_PATTERN = "GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/g40kg/graph/push>)"


def test_graph_store_push_stops_before_replacing_a_default_graph_of_others(server, local_graph, runner):
    _put_default(server, OWN)
    result = runner.invoke(cli, ["--graph", str(local_graph), "push", "--store-url", f"{server}/store"])
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "de standaardgraaf op" in result.output, result.output
    assert "--replace-default-graph" in result.output and "Traceback" not in result.output
    assert _ask(server, OWN_PATTERN) == 1  # their triple is still there
    assert _ask(server, NAMED_PATTERN) == 0  # and nothing was sent


def test_replace_default_graph_replaces_it_and_later_pushes_need_no_flag(server, local_graph):
    _put_default(server, OWN)
    store = f"{server}/store"
    report = push(local_graph, store_url=store, replace_default_graph=True)
    assert (report.graphs, report.triples) == (3, 13), report  # named graphs sent; the graph's triples
    assert _ask(server, OWN_PATTERN) == 0
    again = push(local_graph, store_url=store)  # the default graph is now this graph's own: no refusal
    assert (again.graphs, again.complete) == (0, True), again  # and nothing changed, so nothing is sent
    assert _ask(server, NAMED_PATTERN) == 13


def test_graph_store_push_to_an_empty_server_then_again(server, local_graph):
    store = f"{server}/store"
    assert push(local_graph, store_url=store).graphs == 3
    assert push(local_graph, store_url=store).graphs == 0  # unchanged: nothing sent (walkthrough 18, finding 5)
    assert _ask(server, "?s ?p ?o") == 13


def test_update_push_keeps_the_default_triples_of_others_and_drops_its_own_old_ones(server, local_graph):
    _put_default(server, OWN)
    update = f"{server}/update"
    push(local_graph, update_url=update)
    assert _ask(server, OWN_PATTERN) == 1
    piet = "<https://w3id.org/g40kg/id/person/piet-jansen> ?p ?o"
    assert _ask(server, piet) > 0
    _without_document_b(local_graph)  # a rebuild after doc-b was deleted: Piet Jansen is gone
    push(local_graph, update_url=update)
    assert _ask(server, OWN_PATTERN) == 1
    assert _ask(server, f"GRAPH ?g {{ {piet} }}") == 0
    assert _ask(server, piet) == 0, "the old union's triples of the removed document stay in the default graph"


def test_update_push_with_replace_default_graph_drops_it(server, local_graph):
    _put_default(server, OWN)
    push(local_graph, update_url=f"{server}/update", replace_default_graph=True)
    assert _ask(server, OWN_PATTERN) == 0


def test_push_default_graph_none_never_looks_at_the_default_graph(server, local_graph):
    _put_default(server, OWN)
    assert push(local_graph, store_url=f"{server}/store", default_graph="none").graphs == 3
    assert _ask(server, "?s ?p ?o") == 1
