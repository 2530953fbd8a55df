"""The home page (``/`` and ``/index.json``) is the same on both engines (its time under rdflib: ``benchmarks/home_page.py``).

Its hubs come from :func:`graph.serve.explore_home.top_connected`, a query whose first shape rdflib's
evaluator ran as a nested loop over every triple (minutes on the bundled build; issue: serve with
``--engine rdflib``). The fixture is ``tests/fixtures/serve/graph.trig``; the seed build is the
bundled corpus.
"""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from serve_fixture import make_app, make_graph

from graph.serve import explore_documents, pages


@pytest.fixture(scope="module")
def homes(tmp_path_factory) -> dict:
    """Per engine: the home page's JSON twin and HTML, in Dutch and English."""
    graph_path = make_graph(tmp_path_factory.mktemp("serve-home"))
    found = {}
    for engine in ("oxigraph", "rdflib"):
        with TestClient(make_app(graph_path, engine)) as client:
            found[engine] = {"json": client.get("/index.json").json(), "nl": client.get("/").text,
                             "en": client.get("/?lang=en").text}
    return found


def test_home_json_is_the_same_on_both_engines(homes):
    assert homes["rdflib"]["json"] == homes["oxigraph"]["json"]


def test_home_hubs_with_their_degree(homes):
    # EZK: the taskforce collaborates with it; Breda: Anna is affiliated with it and Tilburg
    # collaborates with it; the document that mentions them all does not count (mentions)
    data = homes["rdflib"]["json"]
    hubs = [(m["label"], m["degree"], m["path"]) for m in data["ministries"]]
    cities = [(c["label"], c["degree"], c["path"]) for c in data["cities"]]
    assert hubs == [("EZK", 1, "/entity/ministry/mnre1045")], hubs
    assert cities == [("Breda", 2, "/entity/municipality/gm0758"), ("Tilburg", 1, "/entity/municipality/gm0855")], cities


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_home_html_is_the_same_on_both_engines(homes, lang):
    assert homes["rdflib"][lang] == homes["oxigraph"][lang]


def test_seed_home_data_is_the_same_under_rdflib(seed_graph, seed_dataset):
    from graph.names import entity_index
    from graph.store import open_dataset

    oxigraph = open_dataset(seed_graph, engine="oxigraph")
    expected = pages.home_data(oxigraph, explore_documents.documents(oxigraph))
    entity_index(seed_dataset)  # the label index is built once per graph, not per page
    found = pages.home_data(seed_dataset, explore_documents.documents(seed_dataset))
    assert found == expected
    assert found["ministries"] and found["cities"], found
