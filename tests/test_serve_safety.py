"""What keeps the server read-only and safe in-process: SPARQL Update refused, no SERVICE or FROM
that reads the web, queries too deep or too big, security headers, escaping, paths outside the
site, tokens, CORS, the host check and requests from other sites.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

import pytest

from serve_fixture import DOC_GRAPH, in_process_client, make_app


@pytest.mark.parametrize("request_kind", ["get-update", "form-update", "sparql-update-body", "insert-as-query"])
def test_update_is_refused_with_403(client, request_kind):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    if request_kind == "get-update":
        response = client.get("/sparql", params={"update": update})
    elif request_kind == "form-update":
        response = client.post("/sparql", data={"update": update})
    elif request_kind == "sparql-update-body":
        response = client.post("/sparql", content=update, headers={"Content-Type": "application/sparql-update"})
    else:
        response = client.post("/sparql", data={"query": update})
    assert response.status_code == 403, response.text
    assert "alleen-lezen" in response.text
    still = client.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()
    assert still["boolean"] is False


def test_update_refusal_in_english(client):
    response = client.post("/sparql", data={"update": "CLEAR ALL"}, headers={"Accept-Language": "en"})
    assert response.status_code == 403
    assert response.text.strip() == "SPARQL Update is not allowed: this endpoint is read-only"


def test_service_is_refused(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    assert response.status_code == 403
    assert "SERVICE" in response.text


def test_service_behind_an_escaped_hash_is_refused(client):
    query = "PREFIX ex: <urn:ex:> SELECT ?x WHERE { OPTIONAL { ?s ex:a\\# ?o } SERVICE <http://127.0.0.1:1/> { ?x ?p ?y } }"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403 and "SERVICE" in response.text


def test_a_query_nested_too_deeply_is_a_400_not_a_crash(client):
    deep = "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
    response = client.post("/sparql", content=deep, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400 and "200" in response.text


def test_a_long_flat_query_is_a_400_not_a_crash(client):
    flat = "SELECT * WHERE { " + "{} UNION " * 7000 + "{} }"  # crashed the parser from about 6,500
    response = client.post("/sparql", content=flat, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400 and "te lang (21007 woorden en tekens" in response.text


@pytest.mark.parametrize("path", [
    "/entity/person/../../etc/passwd", "/entity/nokind/x", "/entity/person/anna%2F..%2F..%2Fx",
    "/document/..%2F..%2Fetc%2Fpasswd", "/document/doc-b", "/static/../app.py", "/static/..%2Fapp.py",
    "/static/%2e%2e/app.py", "/questions/nope",
])
def test_no_traversal_and_404(client, path):
    response = client.get(path)
    assert response.status_code == 404, (path, response.status_code, response.text[:200])
    assert "create_app" not in response.text and "root:" not in response.text


def test_not_found_page_is_html_for_browsers(client):
    response = client.get("/entity/person/nobody", headers={"Accept": "text/html"})
    assert response.status_code == 404 and "Niet gevonden" in response.text
    assert client.get("/entity/person/nobody.json").json()["status"] == 404


def test_search_input_is_escaped(client):
    response = client.get("/search", params={"q": '<img src=x onerror=alert(1)>"'})
    assert response.status_code == 200
    assert "<img src=x" not in response.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in response.text


def test_security_headers(client):
    response = client.get("/")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_token(graph_path):
    with in_process_client(make_app(graph_path, token="s3cret")) as locked:
        assert locked.get("/sparql", params={"query": "ASK {}"}).status_code == 401
        assert locked.get("/sparql", params={"query": "ASK {}"},
                          headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert locked.get("/sparql", params={"query": "ASK {}"},
                          headers={"Authorization": "Bearer s3cret"}).status_code == 200
        first = locked.get("/", params={"token": "s3cret"})
        assert first.status_code == 200 and "g40kg_token" in first.headers["set-cookie"]
        assert locked.get("/documents").status_code == 200  # the cookie carries the login


def test_cors(graph_path):
    with in_process_client(make_app(graph_path, cors=["https://tools.example"])) as open_app:
        allowed = open_app.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://tools.example"})
        other = open_app.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        preflight = open_app.options("/sparql", headers={"Origin": "https://tools.example",
                                                         "Access-Control-Request-Method": "POST"})
    assert allowed.headers["access-control-allow-origin"] == "https://tools.example"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200
    with in_process_client(make_app(graph_path)) as closed:
        plain = closed.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://tools.example"})
    assert "access-control-allow-origin" not in plain.headers


def test_oversized_body_and_head(client):
    big = client.post("/sparql", content=b"#" * 1_100_000, headers={"Content-Type": "application/sparql-query"})
    assert big.status_code == 413
    head = client.head("/sparql", params={"query": "ASK {}"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("application/sparql-results+json")


def test_from_reads_named_graphs_not_the_web(client):
    import rdflib.plugins.sparql

    assert rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS is False
    query = f"SELECT (COUNT(*) AS ?n) FROM <{DOC_GRAPH}> WHERE {{ ?s a g40:Evidence }}"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "10"


@pytest.mark.parametrize("query", [
    "SELECT ?s WHERE { ?s skos:prefLabel 'SERVICE' }",
    "SELECT ?s WHERE { ?s ?p <http://example.org/SERVICE> } # SERVICE in a comment",
])
def test_the_word_service_elsewhere_is_fine(client, query):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200, response.text


def test_a_local_server_answers_only_to_its_own_names(graph_path):
    """DNS rebinding: a page of another site whose name points at 127.0.0.1 sends that name as Host."""
    app = make_app(graph_path, hosts=("127.0.0.1",))
    with in_process_client(app, base_url="http://127.0.0.1:8000") as local:
        assert local.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        for host in ("localhost:8000", "[::1]:8000", "LOCALHOST"):
            assert local.get("/", headers={"Host": host}).status_code == 200, host
        for host in ("[::1]evil.example", "localhost:evil.example"):
            assert local.get("/", headers={"Host": host}).status_code == 400, host
        rebound = local.get("/rdf-graph-store", headers={"Host": "rebind.attacker.example:8000"})
        assert rebound.status_code == 400 and "--allowed-host" in rebound.text


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("LOCALHOST", True), ("localhost.", True), ("127.1", True), ("[::1]", True),
    ("0.0.0.0", False), ("::", False), ("192.0.2.1", False), ("name.invalid", False),
])
def test_every_spelling_of_this_machine_keeps_the_host_check(host, loopback):
    """``serve --host LOCALHOST`` once counted as an outside address, which turns the Host check off."""
    from graph.serve import is_loopback

    assert is_loopback(host) is loopback


@pytest.mark.parametrize("headers, status", [
    ({}, 200),  # a script, curl
    ({"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors"}, 200),  # the explorer's own pages
    ({"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate"}, 200),  # an address typed by the user
    ({"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-User": "?1"}, 200),  # a link followed
    ({"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}, 403),  # <img src=…> on another site
    ({"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "navigate"}, 403),  # another port's page, by itself
    ({"Origin": "https://evil.example"}, 403),  # a browser without Fetch Metadata
    ({"Origin": "null"}, 403),  # a downloaded HTML file, a sandboxed frame
    ({"Origin": "http://testserver"}, 200),  # this site
])
def test_a_page_of_another_site_cannot_make_the_browser_query(client, headers, status):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers=headers)
    assert response.status_code == status, response.text
    if status == 403:
        assert response.text.startswith("verzoek van een andere site geweigerd")


def test_a_site_allowed_with_cors_may_query(graph_path):
    with in_process_client(make_app(graph_path, cors=["https://dashboard.example"])) as allowed:
        headers = {"Origin": "https://dashboard.example", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors"}
        assert allowed.get("/sparql", params={"query": "ASK {}"}, headers=headers).status_code == 200
        headers["Origin"] = "https://other.example"
        assert allowed.get("/sparql", params={"query": "ASK {}"}, headers=headers).status_code == 403


def test_the_language_link_stays_on_this_site(ox_client):
    page = ox_client.get("//evil.example/x", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert 'href="?lang=en"' in page.text and "//evil.example" not in page.text.split("<main")[0]
