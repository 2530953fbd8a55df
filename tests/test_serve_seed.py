"""The site on the bundled corpus (no facts hard-coded): every home link resolves, documents show
every mention at its offsets, evidence points into the text, SPARQL counts match the store.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

import pytest

from serve_fixture import in_process_client, make_app


@pytest.fixture(scope="module")
def seed_client(seed_graph):
    with in_process_client(make_app(seed_graph)) as test_client:
        yield test_client


def test_seed_home_links_all_resolve(seed_client):
    data = seed_client.get("/index.json").json()
    assert data["counts"]["documents"] == 2 and data["counts"]["facts"] > 0
    assert data["ministries"] and data["cities"]
    for item in data["ministries"] + data["cities"]:
        page = seed_client.get(item["path"])
        assert page.status_code == 200, item
        facts = seed_client.get(item["path"] + ".json").json()["facts"]
        assert sum(len(group) for group in facts.values()) >= 1, item


def test_seed_documents_show_text_with_every_mention_at_its_offsets(seed_client):
    for document in seed_client.get("/documents.json").json()["documents"]:
        data = seed_client.get(document["path"] + ".json").json()
        assert data["warning"] is None and data["text"], document
        for mention in data["mentions"]:
            assert data["text"][mention["start"]:mention["end"]] == mention["quote"], mention
        for fact in data["facts"]:
            assert fact["quote"] in data["text"], fact
        html = seed_client.get(document["path"]).text
        linked = html[html.index('class="document-text"'):].count('<a class="mention')
        assert 0 < linked <= len(data["mentions"]), (document, linked, len(data["mentions"]))


def test_seed_entity_evidence_points_into_the_text(seed_client):
    top = seed_client.get("/index.json").json()["ministries"][0]
    facts = seed_client.get(top["path"] + ".json").json()["facts"]
    texts = {}
    for group in facts.values():
        for fact in group:
            for evidence in fact["evidence"]:
                path = evidence["document_path"]
                texts.setdefault(path, seed_client.get(path + ".json").json()["text"])
                assert texts[path][evidence["start"]:evidence["end"]] == evidence["quote"], evidence


def test_seed_sparql_counts_match_the_store(seed_client, seed_dataset):
    count = seed_client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}).json()
    expected = len(set(seed_dataset.triples((None, None, None))))
    assert int(count["results"]["bindings"][0]["n"]["value"]) == expected
    assert seed_client.get("/index.json").json()["counts"]["triples"] == expected
