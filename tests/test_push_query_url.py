"""push --update-url with --query-url recognises the server under another address (walkthrough 18's rest, round 44l).

With the Graph Store Protocol a push reads the completion graph ``g40g:push`` by a GET; with SPARQL
Update alone it has no way to read, and ``--query-url`` (the same server's query address) gives it
one. Push checks that the address shows what it writes through ``--update-url`` first.
"""

from __future__ import annotations

import json

import pytest

from graph.cli import cli
from graph.push import push
from graph.store import save_dataset
from graph.vocab import PUSH_GRAPH, document_graph

from oxigraph_server import oxigraph_server as run_oxigraph
from test_push_incremental import DOCUMENTS, _answers_like_local, _count, _dataset
from test_push_incremental import graph_path  # noqa: F401  (fixtures, named for these tests)
from test_push_oxigraph import oxigraph_server as server  # noqa: F401

pytestmark = pytest.mark.server


def _push_again(runner, graph_path, *options):
    save_dataset(_dataset(extra_label="P. Jansen"), graph_path, DOCUMENTS)
    return runner.invoke(cli, ["--graph", str(graph_path), "--lang", "en", "push", *options, "--format", "json"])


def test_the_same_server_under_another_address_is_recognised_through_the_query_url(server, graph_path, runner):
    port = server.rsplit(":", 1)[1]
    push(graph_path, update_url=f"http://127.0.0.1:{port}/update")
    result = _push_again(runner, graph_path, "--update-url", f"http://localhost:{port}/update",
                         "--query-url", f"http://localhost:{port}/query")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["recognised_from"] == f"http://127.0.0.1:{port}/update", report
    assert report["sent"] == [str(document_graph("doc-b"))], report  # only what changed
    _answers_like_local(server, graph_path)


def test_without_the_query_url_the_update_address_alone_sends_everything(server, graph_path, runner):
    port = server.rsplit(":", 1)[1]
    push(graph_path, update_url=f"http://127.0.0.1:{port}/update")
    result = _push_again(runner, graph_path, "--update-url", f"http://localhost:{port}/update")
    report = json.loads(result.stdout)
    assert (result.exit_code, report["recognised_from"], len(report["sent"])) == (0, None, 3), result.output


@pytest.mark.parametrize("lang, line", [
    ("nl", "Fout: --query-url {query} toont niet wat push zojuist via {update} schreef (de graaf g40g:push): geef het "
           "query-adres van dezelfde server (bij Oxigraph …/query naast …/update); push is gestopt voordat er grafen "
           "verstuurd zijn\n"),
    ("en", "Error: --query-url {query} does not show what push just wrote through {update} (the graph g40g:push): "
           "give the query address of the same server (with Oxigraph …/query beside …/update); push stopped before "
           "sending any graph\n"),
])
def test_a_query_url_of_another_server_stops_the_push_before_any_graph(server, graph_path, runner, tmp_path, lang,
                                                                        line):
    with run_oxigraph("serve", tmp_path / "other") as other:
        query, update = f"{other}/query", f"{server}/update"
        result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", lang, "push", "--update-url", update,
                                     "--query-url", query])
    assert result.exit_code == 2, result.output
    assert result.output == line.format(query=query, update=update), result.output
    assert _count(server, f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{PUSH_GRAPH}>)") == 0


def test_a_query_url_must_be_an_http_address(graph_path, runner):
    result = runner.invoke(cli, ["--graph", str(graph_path), "--lang", "en", "push", "--update-url",
                                 "http://127.0.0.1:1/update", "--query-url", "localhost:7878/query"])
    assert result.exit_code == 2 and "--query-url" in result.output and result.output.count("\n") == 1, result.output
