"""Through ``--endpoint`` the answers carry the build stamp ``push`` wrote on the server (walkthrough 27,
finding 12): the JSON's ``built``, the ``--as-of`` note about the newest document and the network page's
"Graph built …" and command line, as locally; a server that holds no pushed graph gives none, silently."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fixture_graph import FIXTURE
from oxigraph_server import oxigraph_server, read_only_endpoint

from graph.cli import cli
from graph.store import read_manifest

pytestmark = pytest.mark.server  # (the last test needs none; it is quick)


@pytest.fixture(scope="module")
def pushed(tmp_path_factory):
    """A graph of two documents (the newest dated to the month only) pushed to a fresh Oxigraph server;
    yields the graph folder and the server's query URL."""
    where = tmp_path_factory.mktemp("pushed")  # not the base folder: its graph would be "one level up" of every test
    folder = where / "docs"
    folder.mkdir()
    (folder / "benoeming.txt").write_text("Wethouder Anna Visser (Deventer) is voorzitter van de Pijler Fysiek.\n",
                                          encoding="utf-8")
    (folder / "benoeming.meta.json").write_text('{"date": "2024-03-01"}', encoding="utf-8")
    (folder / "nieuws.txt").write_text("Breda werkt samen met het ministerie van BZK.\n", encoding="utf-8")
    (folder / "nieuws.meta.json").write_text('{"date": "2024-05"}', encoding="utf-8")
    graph = where / "kg"
    runner = CliRunner()
    assert runner.invoke(cli, ["--graph", str(graph), "build", str(folder)]).exit_code == 0
    with oxigraph_server("serve", where / "oxdata") as base:
        result = runner.invoke(cli, ["--graph", str(graph), "push", "--store-url", f"{base}/store", "--quiet"])
        assert result.exit_code == 0, result.output
        yield graph, f"{base}/query"


def test_json_and_the_as_of_note_are_the_same_through_the_endpoint(runner, pushed):
    graph, endpoint = pushed
    args = ["ask", "who-does-what", "--as-of", "2026-06-01", "--format", "json"]
    local = runner.invoke(cli, ["--lang", "en", "--graph", str(graph), *args])
    remote = runner.invoke(cli, ["--lang", "en", "--endpoint", endpoint, *args])
    assert remote.exit_code == local.exit_code == 0, remote.output
    built = read_manifest(graph)["built"]
    assert json.loads(local.stdout)["meta"]["built"] == built
    assert json.loads(remote.stdout)["meta"]["built"] == built
    note = "note: the newest document is dated 2024-05; what changed after it is not in the graph (--as-of 2026-06-01)\n"
    assert local.stderr == remote.stderr == note


def test_the_network_page_names_the_build_and_the_endpoint(runner, pushed, tmp_path):
    graph, endpoint = pushed
    page = tmp_path / "netwerk.html"
    result = runner.invoke(cli, ["--lang", "en", "--endpoint", endpoint, "viz", "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert f"g40kg --lang en --endpoint {endpoint} viz" in html
    meta = json.loads(html.split('id="g40-data">', 1)[1].split("</script>", 1)[0])["meta"]
    assert meta["built"] == read_manifest(graph)["built"]  # the footer's "Graph built …"
    assert meta["built_words"]


def test_a_server_without_pushed_graphs_gives_no_stamp_and_no_note(runner, tmp_path):
    with read_only_endpoint(FIXTURE, tmp_path / "oxdata") as endpoint:
        result = runner.invoke(cli, ["--endpoint", endpoint, "ask", "who-does-what", "--as-of", "2026-06-01",
                                     "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["meta"]["built"] is None
    assert result.stderr == ""


def test_mentions_through_the_endpoint_say_once_that_sentences_are_local(runner, pushed):
    """Walkthrough 27, finding 13: the sentences of --mentions come from the source files."""
    graph, endpoint = pushed
    args = ["entity", "Anna Visser", "--mentions", "--format", "markdown"]
    local = runner.invoke(cli, ["--lang", "en", "--graph", str(graph), *args])
    remote = runner.invoke(cli, ["--lang", "en", "--endpoint", endpoint, *args])
    assert local.exit_code == remote.exit_code == 0, remote.output
    assert local.stderr == ""
    assert remote.stderr == ("note: through --endpoint each document lists only the quotes of the facts; the other "
                             "sentences with the name are read from the local graph's source files (leave out "
                             "--endpoint for a complete answer to an access request)\n")
    built = read_manifest(graph)["built"]
    assert f"from the graph {endpoint} (built {built}," in remote.stdout  # the access request's head


def _update(endpoint: str, text: str) -> None:
    import urllib.request

    request = urllib.request.Request(endpoint.rsplit("/", 1)[0] + "/update", data=text.encode("utf-8"),
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=10).read()


def test_an_older_push_without_the_newest_document_says_its_date_is_the_newest_days(runner, pushed):
    """A push before round 52c wrote no push:newestDocument: the date is then the newest document dated to
    the day (2024-03-01), and the note says so, not that the newest document is of that day (the month
    document of 2024-05 is newer; round 53f)."""
    graph, endpoint = pushed
    marker = "GRAPH <https://w3id.org/g40kg/graph/push> { ?s <https://w3id.org/g40kg/def/push#newestDocument> ?o }"
    _update(endpoint, f"DELETE {{ {marker} }} INSERT {{ GRAPH <urn:kept> {{ ?s <urn:newest> ?o }} }} WHERE {{ {marker} }}")
    try:
        args = ["ask", "who-does-what", "--as-of", "2026-06-01", "--format", "json"]
        english = runner.invoke(cli, ["--lang", "en", "--endpoint", endpoint, *args])
        dutch = runner.invoke(cli, ["--endpoint", endpoint, *args])
    finally:
        kept = "GRAPH <urn:kept> { ?s <urn:newest> ?o }"
        _update(endpoint, f"DELETE {{ {kept} }} INSERT {{ {marker} }} WHERE {{ {kept} }}")
    assert english.exit_code == dutch.exit_code == 0, english.output
    assert json.loads(english.stdout)["meta"]["built"] == read_manifest(graph)["built"]
    assert english.stderr == (
        "note: the newest document dated to the day is dated 2024-03-01; a document dated only by a month or a "
        "year may be newer (the server's graph comes from an older g40kg push, which did not record it: push "
        "again for the exact date); what changed after the newest document is not in the graph "
        "(--as-of 2026-06-01)\n")
    assert dutch.stderr.startswith("let op: het nieuwste document met een datum tot op de dag is van 2024-03-01; "
                                   "een document met alleen een maand of jaar kan nieuwer zijn"), dutch.stderr
    again = runner.invoke(cli, ["--lang", "en", "--endpoint", endpoint, *args])  # restored: the exact date again
    assert again.stderr.startswith("note: the newest document is dated 2024-05;"), again.stderr


def test_the_fallback_is_marked_day_only():
    from rdflib import Literal, URIRef
    from rdflib.namespace import DCTERMS, XSD

    from graph.dataset import DATASET
    from graph.remote_build import remote_build
    from graph.store import new_dataset
    from graph.vocab import DATASET_GRAPH, PUSH, PUSH_GRAPH

    dataset = new_dataset("oxigraph")  # as a server answers (rdflib's OPTIONAL GRAPH of VALUES differs)
    dataset.add((URIRef(DATASET), DCTERMS.modified, Literal("2024-03-01", datatype=XSD.date), DATASET_GRAPH))
    assert remote_build(dataset) == {"built": None, "newest_document": "2024-03-01", "day_only": True}
    dataset.add((PUSH_GRAPH, PUSH.newestDocument, Literal("2024-05"), PUSH_GRAPH))
    assert remote_build(dataset) == {"built": None, "newest_document": "2024-05", "day_only": False}
