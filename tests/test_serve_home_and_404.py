"""The explorer's home counts (the documents' entities, as the build summary) and its 404 page.

The graph is the hand-written fixture ``tests/fixtures/small.trig`` (``tests/fixture_graph.py``):
doc-a mentions EZK, doc-b mentions OCW; its reference graph holds 4 municipalities, 4 provinces,
4 ministries and 2 organisations.
"""

from __future__ import annotations

import json
import warnings

import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from fixture_graph import small_graph_dir
from graph.serve import ServeConfig, create_app

REFERENCE = {"entities": 14, "classes": {"Municipality": 4, "Province": 4, "Ministry": 4, "Organisation": 2}}


def _client(graph_dir, engine="oxigraph") -> TestClient:
    from graph.store import open_dataset, read_manifest

    return TestClient(create_app(open_dataset(graph_dir, engine=engine), ServeConfig(manifest=read_manifest(graph_dir))))


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return small_graph_dir(tmp_path_factory.mktemp("home"))


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def client(request, graph_dir):
    with _client(graph_dir, request.param) as test_client:
        yield test_client


# --------------------------------------------------------------------------- home counts


def test_home_counts_the_entities_the_documents_mention(client):
    counts = client.get("/index.json").json()["counts"]
    assert (counts["entities"], counts["classes"]) == (2, {"Ministry": 2}), counts
    assert counts["reference"] == REFERENCE, counts
    assert (counts["documents"], counts["facts"]) == (2, 20), counts


def test_home_page_labels_the_reference_count_apart(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "<strong>2</strong> entiteiten in de documenten" in page.text, page.text[:2000]
    assert "In het naslagwerk: 14 entiteiten" in page.text and "Gemeente: 4" in page.text, page.text[:2000]
    english = client.get("/?lang=en").text
    assert "<strong>2</strong> entities in the documents" in english and "In the reference data: 14" in english


def test_home_takes_the_build_summary_from_a_current_manifest(tmp_path):
    """A manifest whose triple count is this graph's gives the counts (no query); a stale one does not."""
    graph_dir = small_graph_dir(tmp_path)
    manifest_path = graph_dir / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["counts"] = {"triples": 504, "entities": {"Person": 3, "Ministry": 2, "Municipality": 1}}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with _client(graph_dir) as current:
        counts = current.get("/index.json").json()["counts"]
    assert (counts["entities"], counts["classes"]) == (6, {"Person": 3, "Municipality": 1, "Ministry": 2}), counts
    manifest["counts"]["triples"] = 999
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with _client(graph_dir) as stale:
        counts = stale.get("/index.json").json()["counts"]
    assert (counts["entities"], counts["classes"]) == (2, {"Ministry": 2}), counts


# --------------------------------------------------------------------------- 404


@pytest.mark.parametrize("accept", [None, "*/*", "text/html,application/xhtml+xml,*/*;q=0.8"])
def test_a_missing_explorer_page_is_an_html_page(client, accept):
    headers = {"Accept": accept} if accept else {}
    page = client.get("/entity/nope/<b>x</b>", headers=headers)
    assert page.status_code == 404, page.text[:300]
    assert page.headers["content-type"].startswith("text/html"), page.headers
    assert "Deze pagina bestaat niet in de graaf." in page.text and 'lang="nl"' in page.text
    assert "/entity/nope/&lt;b&gt;x&lt;/b&gt;" in page.text and "<b>x</b>" not in page.text
    assert '<a id="back-home" href="/">Terug naar het overzicht</a>' in page.text, page.text


def test_the_404_page_speaks_the_request_language(client):
    page = client.get("/document/nope?lang=en", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-language"] == "en"
    assert "This page does not exist in the graph." in page.text and ">Back to the overview</a>" in page.text
    chosen = client.get("/questions/nope", params={"lang": "en"})
    assert chosen.status_code == 404 and 'href="/?lang=en">Back to the overview' in chosen.text


@pytest.mark.parametrize("path, accept", [
    ("/entity/person/nobody.json", None), ("/entity/person/nobody.json", "text/html"),
    ("/entity/nope/x", "application/json"), ("/document/nope", "application/json, */*;q=0.1"),
])
def test_a_missing_page_is_json_for_api_clients(client, path, accept):
    headers = {"Accept": accept} if accept else {}
    answer = client.get(path, headers=headers)
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/json", answer.headers
    assert answer.json() == {"error": "Deze pagina bestaat niet in de graaf.", "status": 404}
