"""The explorer's redirect from an old document id after a rename.

The graph is built from the two small documents of ``tests/fixtures/static_site/`` (one with a
``<script>`` in its title and in a sentence, one whose file name has capitals).
"""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "static_site"


def _build(sources: Path, graph: Path) -> Path:
    from graph.pipeline import build_graph

    build_graph([sources], graph)
    return graph


# --------------------------------------------------------------------------- old document ids


def _client(graph: Path) -> TestClient:
    from graph.serve import LiveGraph, ServeConfig, create_app

    return TestClient(create_app(LiveGraph.open(graph), ServeConfig()), follow_redirects=False)


@pytest.fixture(scope="module")
def renamed_graph(tmp_path_factory) -> Path:
    """The fixture documents built, then built again with one file renamed."""
    where = tmp_path_factory.mktemp("renamed")
    shutil.copytree(FIXTURE, where / "docs")
    _build(where / "docs", where / "kg")
    (where / "docs" / "verslag-stedentop.md").rename(where / "docs" / "stedentop-juni.md")
    return _build(where / "docs", where / "kg")


def test_the_manifest_remembers_the_old_id(renamed_graph):
    from graph.store import read_manifest

    assert read_manifest(renamed_graph)["renamed"] == {"verslag-stedentop": "stedentop-juni"}


def test_an_old_document_id_redirects_to_the_new_page(renamed_graph):
    with _client(renamed_graph) as client:
        response = client.get("/document/verslag-stedentop?start=3&end=9")
        assert response.status_code == 301
        assert response.headers["location"] == "/document/stedentop-juni?start=3&end=9"
        assert client.get("/document/verslag-stedentop.json").headers["location"] == "/document/stedentop-juni.json"
        page = client.get(response.headers["location"])
        assert page.status_code == 200 and "<h1>Verslag Stedentop &lt;script&gt;" in page.text


def test_an_id_no_document_ever_had_is_a_404_page(renamed_graph):
    with _client(renamed_graph) as client:
        response = client.get("/document/nooit-bestaan")
        assert response.status_code == 404
        assert "Deze pagina bestaat niet in de graaf." in response.text and 'id="back-home"' in response.text
        assert client.get("/document/nooit-bestaan.json").json() == {
            "error": "Deze pagina bestaat niet in de graaf.", "status": 404}


def test_an_old_id_that_is_a_document_again_is_not_redirected(renamed_graph, tmp_path):
    from graph.store import read_manifest

    docs, graph = tmp_path / "docs", tmp_path / "kg"
    shutil.copytree(renamed_graph.parent / "docs", docs)
    shutil.copytree(renamed_graph, graph)
    (docs / "verslag-stedentop.md").write_text("# Nieuw verslag\n\nBreda werkt samen met EZK.\n", encoding="utf-8")
    _build(docs, graph)
    assert read_manifest(graph)["renamed"] == {}
    with _client(graph) as client:
        response = client.get("/document/verslag-stedentop")
        assert response.status_code == 200 and "<h1>Nieuw verslag</h1>" in response.text


def test_the_remembered_renames_are_bounded_and_follow_chains(monkeypatch):
    from graph import pipeline

    monkeypatch.setattr(pipeline, "RENAMES_KEPT", 2)
    kept = pipeline.renamed_ids({"a": "b", "c": "d"}, [{"from": "b", "to": "e"}, {"from": "f", "to": "g"}],
                                {"d", "e", "g"})
    assert kept == {"b": "e", "f": "g"}  # the oldest ("a" → "e", "c" → "d") make room for the newest
    assert pipeline.renamed_ids(None, [], set()) == {}
