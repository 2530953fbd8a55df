"""The SPARQL editor page in-process: offline, opened by a browser on ``/sparql``, the shared query
escaped and kept in the address bar, and machines still answered with results.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

import pytest

from serve_fixture import SELECT_ALL_EZK


def test_sparql_page_has_an_offline_editor(client):
    html = client.get("/sparql", headers={"Accept": "text/html"}).text
    assert '<textarea id="query"' in html and '<script src="/static/sparql.js">' in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://cdn" not in html
    script = client.get("/static/sparql.js")
    assert script.status_code == 200 and "fetch(root + \"/sparql\"" in script.text


BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize("params, accept", [
    ({"query": SELECT_ALL_EZK}, BROWSER_ACCEPT),
    ({"query": SELECT_ALL_EZK, "format": "html"}, "*/*"),
], ids=["a browser opening a shared link", "format=html"])
def test_a_query_opened_in_a_browser_shows_the_editor_running_it(client, params, accept):
    response = client.get("/sparql", params=params, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<form id="sparql-form" method="get" action="/sparql" data-run="1">' in html
    assert f'aria-label="Query">{SELECT_ALL_EZK.replace("<", "&lt;").replace(">", "&gt;")}</textarea>' in html


def test_a_shared_query_is_escaped_on_the_editor_page(client):
    query = 'SELECT * { ?s ?p "</textarea><script>alert(1)</script>" }'
    html = client.get("/sparql", params={"query": query}, headers={"Accept": BROWSER_ACCEPT}).text
    assert "<script>alert" not in html and "&lt;/textarea&gt;&lt;script&gt;alert(1)" in html


@pytest.mark.parametrize("accept", ["*/*", "application/sparql-results+json, text/html;q=0.5", None])
def test_sparql_clients_get_results_not_the_editor(client, accept):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": SELECT_ALL_EZK}, headers=headers)
    assert response.headers["content-type"].startswith("application/sparql-results+json")


def test_the_editor_puts_the_query_in_the_address_bar(client):
    script = client.get("/static/sparql.js").text
    assert 'history.replaceState(null, "", root + "/sparql?query=" + encodeURIComponent(area.value)' in script
    assert 'form.getAttribute("data-run") === "1"' in script
