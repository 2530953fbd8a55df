"""The server in-process (Starlette TestClient): protocol rules, pages, JSON twins, safety.

The graph is ``tests/fixtures/serve/graph.trig`` (hand-written per docs/architecture.md) with
the document text ``doc-a.txt`` it points into; both engines are exercised.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
import warnings

with warnings.catch_warnings():  # starlette's note about httpx versions is not ours to fix
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from graph.serve import ServeConfig, asgi_get, create_app

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "serve"
EZK = "https://w3id.org/g40kg/id/ministry/mnre1045"
ANNA = "https://w3id.org/g40kg/id/person/anna-de-vries"
DOC_GRAPH = "https://w3id.org/g40kg/graph/document/doc-a"


def make_graph(where: Path) -> Path:
    """The fixture graph saved as a g40kg graph directory (with the document text beside it)."""
    from graph.ingest import read_document
    from graph.store import new_dataset, save_dataset

    where.mkdir(parents=True, exist_ok=True)
    text_path = where / "doc-a.txt"
    shutil.copy(FIXTURE / "doc-a.txt", text_path)
    dataset = new_dataset("rdflib")
    dataset.parse(FIXTURE / "graph.trig", format="trig")
    document = read_document(text_path)
    manifest = {"documents": [{"id": "doc-a", "path": str(text_path), "checksum": document.checksum,
                               "title": "Samenwerking in de regio"}]}
    save_dataset(dataset, where / "kg", manifest)
    return where / "kg"


def make_app(graph_path: Path, engine: str = "oxigraph", **config):
    from graph.store import open_dataset, read_manifest

    dataset = open_dataset(graph_path, engine=engine)
    return create_app(dataset, ServeConfig(manifest=read_manifest(graph_path), **config))


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory) -> Path:
    return make_graph(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def client(request, graph_path):
    with TestClient(make_app(graph_path, request.param)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def ox_client(graph_path):
    with TestClient(make_app(graph_path, "oxigraph")) as test_client:
        yield test_client


class Page(HTMLParser):
    """Links, text and element ids of an HTML page."""

    def __init__(self, html: str):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self._href = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self._href = attrs.get("href")
            self.links.append((self._href, ""))

    def handle_data(self, data):
        self.text.append(data)
        if self._href is not None and self.links:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)

    def handle_endtag(self, tag):
        if tag == "a":
            self._href = None

    def link_to(self, label: str) -> str:
        found = [href for href, text in self.links if text.strip() == label]
        assert found, f"no link {label!r} among {self.links}"
        return found[0]


SELECT_ALL_EZK = f"SELECT ?label WHERE {{ <{EZK}> skos:prefLabel ?label }}"


# --------------------------------------------------------------------------- SPARQL protocol


@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_select_by_each_protocol_method(client, method):
    if method == "get":
        response = client.get("/sparql", params={"query": SELECT_ALL_EZK})
    elif method == "form":
        response = client.post("/sparql", data={"query": SELECT_ALL_EZK})
    else:
        response = client.post("/sparql", content=SELECT_ALL_EZK.encode(),
                               headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    body = response.json()
    assert body["head"]["vars"] == ["label"]
    assert [b["label"]["value"] for b in body["results"]["bindings"]] == ["EZK"]


@pytest.mark.parametrize("accept, media", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_content_negotiation(client, accept, media):
    query = "SELECT ?m ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label } ORDER BY ?label"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    text = response.text
    if media == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows == [["m", "label"], ["https://w3id.org/g40kg/id/ministry/mnre1034", "BZK"], [EZK, "EZK"]]
    elif media == "text/tab-separated-values":
        assert text.splitlines() == ["?m\t?label", "<https://w3id.org/g40kg/id/ministry/mnre1034>\t\"BZK\"",
                                     f"<{EZK}>\t\"EZK\""]
    elif media.endswith("xml"):
        assert "<literal>BZK</literal>" in text and "<literal>EZK</literal>" in text
    else:
        assert [b["label"]["value"] for b in json.loads(text)["results"]["bindings"]] == ["BZK", "EZK"]


@pytest.mark.parametrize("param, media", [("json", "application/sparql-results+json"), ("csv", "text/csv"),
                                          ("tsv", "text/tab-separated-values"), ("xml", "application/sparql-results+xml")])
def test_format_parameter_overrides_accept(client, param, media):
    response = client.get("/sparql", params={"query": "ASK { ?s a g40:Person }", "format": param},
                          headers={"Accept": "text/html"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media


def test_ask_answers(client):
    yes = client.get("/sparql", params={"query": "ASK { ?s a g40:Person }"}).json()
    no = client.get("/sparql", params={"query": "ASK { ?s a g40:Programme }"}).json()
    assert (yes["boolean"], no["boolean"]) == (True, False)
    tsv = client.get("/sparql", params={"query": "ASK { ?s a g40:Person }"}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text == "?_askResult\ntrue\n"


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")])
def test_construct_content_negotiation(client, accept, fmt):
    query = "CONSTRUCT { ?a g40:collaboratesWith ?b } WHERE { ?a g40:collaboratesWith ?b }"
    response = client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == accept
    graph = Graph().parse(data=response.text, format=fmt)
    assert len(graph) == 2, response.text
    assert (URIRef("https://w3id.org/g40kg/id/unit/taskforce-economisch-herstel"),
            URIRef("https://w3id.org/g40kg/def#collaboratesWith"), URIRef(EZK)) in graph


def test_describe_defaults_to_turtle(client):
    response = client.get("/sparql", params={"query": f"DESCRIBE <{EZK}>"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    assert any(str(o) == "EZK" for o in graph.objects(URIRef(EZK), None)), response.text


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


@pytest.mark.parametrize("query, fragment", [
    ("SELEC ?x WHERE { ?x ?p ?o }", "regel 1"),
    ("SELECT ?x WHERE { ?x ?p ", "SPARQL"),
    ("", "geen query"),
])
def test_malformed_query_gets_400_with_message(client, query, fragment):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400, response.text
    assert fragment in response.text
    assert response.headers["content-type"].startswith("text/plain")


def test_missing_query_parameter_is_400_for_machines(client):
    # a GET without a query is the service description now (tests/test_linked_data_serve.py)
    response = client.post("/sparql", data={"format": "json"})
    assert response.status_code == 400
    assert "query" in response.text


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


def test_unsupported_accept_gets_406(client):
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text


@pytest.mark.parametrize("query, value, offered", [
    ("ASK {}", "bogus", "json, xml, csv, tsv"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "turtle", "json, xml, csv, tsv"),
    ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "csv", "turtle, nt, json-ld, xml"),
])
def test_unknown_format_parameter_gets_400_naming_it(client, query, value, offered):
    response = client.get("/sparql", params={"query": query, "format": value},
                          headers={"Accept": "application/sparql-results+json, text/turtle"})
    assert response.status_code == 400
    assert response.text.strip() == f"onbekend antwoordformaat {value!r} voor dit resultaat; mogelijk: {offered}"


def test_unsupported_body_type_gets_415(client):
    response = client.post("/sparql", content=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


def test_dataset_parameters_are_refused_clearly_by_rdflib(client):
    # Oxigraph takes them now (tests/test_linked_data_serve.py); rdflib's SPARQL cannot
    response = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": "urn:x"})
    assert response.status_code == (200 if type(client.app.state.graph.current.dataset.store).__name__ == "OxigraphStore"
                                    else 400)
    assert "oxigraph" in response.text or response.json() == {"head": {}, "boolean": False}


def test_result_cap(graph_path):
    with TestClient(make_app(graph_path, max_rows=5)) as small:
        over = small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        under = small.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
        graph = small.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert over.status_code == 413, over.text
    assert "meer dan 5 rijen" in over.text and "LIMIT" in over.text
    assert under.status_code == 200 and len(under.json()["results"]["bindings"]) == 5
    assert graph.status_code == 413 and "5 triples" in graph.text


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # graph.query stops the worker
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_timeout(graph_path, engine):
    slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 175³ rows, far more than 0.3 s
    _wait_for_abandoned_queries()  # an earlier test's: with this one's, they would make the server busy
    with TestClient(make_app(graph_path, engine, timeout=0.3, max_rows=10**9)) as quick:
        response = quick.get("/sparql", params={"query": slow})
        after = quick.get("/sparql", params={"query": "ASK { ?s a g40:Person }"})
    assert response.status_code == 503, response.text[:200]
    assert "tijdslimiet" in response.text or "afgebroken" in response.text
    assert after.status_code == 200 and after.json()["boolean"] is True


def _wait_for_abandoned_queries(seconds: float = 30.0) -> None:
    """Until no query that ran over its time still runs in this process (they stop at their deadline)."""
    import time

    from graph.timeouts import abandoned_queries

    deadline = time.monotonic() + seconds
    while abandoned_queries() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_prefixes_are_predeclared_and_user_prefixes_work(client):
    own = client.get("/sparql", params={"query": "PREFIX x: <https://w3id.org/g40kg/def#> ASK { ?p a x:Person }"})
    assert own.json()["boolean"] is True


# --------------------------------------------------------------------------- Graph Store Protocol


def test_graph_store_named_graph(client):
    response = client.get("/rdf-graph-store", params={"graph": DOC_GRAPH}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    graph = Graph().parse(data=response.text, format="nt")
    assert (URIRef(ANNA), URIRef("https://w3id.org/g40kg/def#memberOf"), None) in graph
    assert not list(graph.triples((URIRef(EZK), None, None))) or all(
        str(p).endswith("collaboratesWith") for _, p, _ in graph.triples((None, None, URIRef(EZK))))


def test_graph_store_default_is_the_union(client):
    response = client.get("/rdf-graph-store?default", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    direct = Graph().parse(FIXTURE / "graph.trig", format="trig")  # nothing: Graph parse keeps only... use Dataset
    from rdflib import Dataset

    dataset = Dataset(default_union=True)
    dataset.parse(FIXTURE / "graph.trig", format="trig")
    assert len(graph) == len(set(dataset.triples((None, None, None)))), (len(graph), len(direct))


def test_graph_store_whole_dataset_and_errors(client):
    whole = client.get("/rdf-graph-store", headers={"Accept": "application/n-quads"})
    assert whole.status_code == 200
    assert f"<{DOC_GRAPH}> ." in whole.text
    missing = client.get("/rdf-graph-store", params={"graph": "urn:nope"})
    assert missing.status_code == 404
    for method in ("put", "delete", "post"):
        refused = client.request(method.upper(), "/rdf-graph-store?default", content=b"")
        assert refused.status_code == 405, (method, refused.text)


# --------------------------------------------------------------------------- pages and JSON twins


def test_home_counts_and_hubs(client):
    data = client.get("/index.json").json()
    assert data["counts"]["documents"] == 1 and data["counts"]["facts"] == 4
    assert [m["label"] for m in data["ministries"]] == ["EZK"]
    assert [c["label"] for c in data["cities"]] == ["Breda", "Tilburg"]
    page = Page(client.get("/").text)
    assert page.link_to("EZK") == "/entity/ministry/mnre1045"
    assert "Gemeenten met de meeste verbindingen" in "".join(page.text)


def test_language_by_parameter_and_header(client):
    assert "Most connected cities" in client.get("/?lang=en").text
    assert "Most connected cities" in client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"}).text
    dutch = client.get("/", headers={"Accept-Language": "nl,en;q=0.5"})
    assert "Gemeenten met de meeste verbindingen" in dutch.text and dutch.headers["content-language"] == "nl"
    links = Page(client.get("/?lang=en").text).links
    assert ("/entity/ministry/mnre1045?lang=en", "EZK") in links


def test_search_page_and_json(client):
    data = client.get("/search.json", params={"q": "vries"}).json()
    assert [(r["label"], r["type"], r["path"]) for r in data["results"]] == [
        ("Anna de Vries", "Person", "/entity/person/anna-de-vries")]
    page = Page(client.get("/search", params={"q": "vries"}).text)
    assert page.link_to("Anna de Vries") == "/entity/person/anna-de-vries"
    assert client.get("/search.json", params={"q": "zzz"}).json()["results"] == []


def test_a_search_without_hits_suggests_names_that_resemble_it(client):
    found = client.get("/search.json", params={"q": "Anna de Vreis"}).json()["results"]
    assert [(r["label"], r["path"], r["suggestion"]) for r in found] == [
        ("Anna de Vries", "/entity/person/anna-de-vries", True)]
    page = Page(client.get("/search", params={"q": "Anna de Vreis"}).text)
    assert "Niets gevonden. Bedoelt u:" in "".join(page.text)
    assert page.link_to("Anna de Vries") == "/entity/person/anna-de-vries"
    assert "Did you mean:" in client.get("/search", params={"q": "Anna de Vreis", "lang": "en"}).text


def test_search_reads_a_leading_type_word_as_the_type(client):
    found = client.get("/search.json", params={"q": "gemeente Breda"}).json()["results"]
    assert [(r["label"], r["type"]) for r in found][:1] == [("Breda", "Municipality")]


def test_entity_page_groups_facts_with_quotes_and_document_links(client):
    data = client.get("/entity/person/anna-de-vries.json").json()
    assert data["label"] == "Anna de Vries" and data["types"] == ["Person"]
    assert sorted(data["facts"]) == ["affiliatedWith:out", "hasRole:out"]
    role = data["facts"]["hasRole:out"][0]
    assert (role["label"], role["roles"]) == ("Taskforce Economisch Herstel", ["voorzitter"])
    assert [e["quote"] for e in role["evidence"]] == ["Voorzitter van de taskforce is Anna de Vries (Breda)."]
    assert role["evidence"][0]["document_path"] == "/document/doc-a"
    assert {n["label"] for n in data["neighbourhood"]["nodes"]} == {"Anna de Vries", "Breda",
                                                                  "Taskforce Economisch Herstel"}
    html = client.get("/entity/person/anna-de-vries").text
    page = Page(html)
    assert "heeft een rol in" in html and "voorzitter" in html
    assert page.link_to("Samenwerking in de regio").startswith("/document/doc-a?start=98&end=151#evidence")
    assert "<svg" in html and page.link_to("Open het volledige netwerk").startswith("/network?focus=")


def test_entity_incoming_relations(client):
    data = client.get("/entity/ministry/mnre1045.json").json()
    # collaboratesWith is symmetric (stored once, in the direction found): one group either way
    assert [f["label"] for f in data["facts"]["collaboratesWith:out"]] == ["Taskforce Economisch Herstel"]
    breda = client.get("/entity/municipality/gm0758.json").json()["facts"]
    assert [f["label"] for f in breda["collaboratesWith:out"]] == ["Tilburg"]
    assert [f["label"] for f in breda["affiliatedWith:in"]] == ["Anna de Vries"]
    assert data["same_as"] == ["https://identifier.overheid.nl/tooi/id/ministerie/mnre1045"]


def test_document_page_highlights_mentions_and_escapes(client):
    html = client.get("/document/doc-a").text
    assert '<script>alert' not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    text = html[html.index('class="document-text"'):]
    mentions = re.findall(r'<a class="mention" href="([^"]+)"[^>]*>([^<]+)</a>', text)
    assert mentions == [("/entity/unit/taskforce-economisch-herstel", "Taskforce Economisch Herstel"),
                        ("/entity/ministry/mnre1045", "EZK"), ("/entity/person/anna-de-vries", "Anna de Vries"),
                        ("/entity/municipality/gm0758", "Breda"), ("/entity/municipality/gm0855", "Tilburg"),
                        ("/entity/municipality/gm0758", "Breda")]


def test_document_page_marks_the_evidence_quote(client):
    html = client.get("/document/doc-a", params={"start": 152, "end": 199}).text
    marked = re.findall(r'class="(?:mention )?hl"[^>]*>([^<]*)<', html.replace('class="mention hl"', 'class="hl"'))
    assert "".join(marked) == "Tilburg en Breda werken samen aan de binnenstad"
    assert 'id="evidence"' in html


def test_document_json(client):
    data = client.get("/document/doc-a.json").json()
    assert data["text"].startswith("Samenwerking in de regio")
    assert [(m["quote"], m["start"]) for m in data["mentions"]][:2] == [("Taskforce Economisch Herstel", 29), ("EZK", 93)]
    assert len(data["facts"]) == 4 and data["warning"] is None


def test_changed_document_text_is_not_shown(tmp_path):
    graph_path = make_graph(tmp_path)
    (tmp_path / "doc-a.txt").write_text("Iets heel anders.\n", encoding="utf-8")
    with TestClient(make_app(graph_path)) as changed:
        data = changed.get("/document/doc-a.json").json()
        html = changed.get("/document/doc-a").text
    assert data["text"] is None and data["warning"] == "changed"
    assert "gewijzigd sinds de graaf is gebouwd" in html


def test_a_document_named_with_spaces_shows_its_text(tmp_path):
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "Verslag overleg 12 juni 2024.txt").write_text("Breda werkt samen met het ministerie van EZK.\n",
                                                           encoding="utf-8")
    build_graph([docs], tmp_path / "kg", workers=1)
    with TestClient(make_app(tmp_path / "kg")) as named:
        data = named.get("/document/Verslag-overleg-12-juni-2024.json").json()
    assert (data["id"], data["warning"]) == ("Verslag-overleg-12-juni-2024", None)
    assert data["text"] == "Breda werkt samen met het ministerie van EZK.\n"


def test_a_copy_of_the_project_folder_shows_the_text_from_anywhere(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from graph.cli import cli
    from graph.pipeline import build_graph

    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "a.txt").write_text("Breda werkt samen met het ministerie van EZK.\n", encoding="utf-8")
    monkeypatch.chdir(project)
    build_graph([Path("docs")], Path(".g40kg"), workers=1)  # as 'g40kg build docs' records it: docs/a.txt
    shutil.copytree(project, tmp_path / "colleague")
    monkeypatch.chdir(tmp_path)
    shutil.rmtree(project)
    result = CliRunner().invoke(cli, ["--graph", "colleague/.g40kg", "serve", "--get", "/document/a.json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["text"], data["warning"]) == ("Breda werkt samen met het ministerie van EZK.\n", None)


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


def test_documents_and_openapi(client):
    assert [d["id"] for d in client.get("/documents.json").json()["documents"]] == ["doc-a"]
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/sparql", "/rdf-graph-store", "/search.json", "/entity/{kind}/{key}.json", "/questions.json"):
        assert path in spec["paths"], path


def test_every_page_has_a_json_twin(client):
    for page, twin in [("/", "/index.json"), ("/search?q=breda", "/search.json?q=breda"),
                       ("/documents", "/documents.json"), ("/document/doc-a", "/document/doc-a.json"),
                       ("/entity/municipality/gm0758", "/entity/municipality/gm0758.json"),
                       ("/questions", "/questions.json")]:
        html = client.get(page).text
        assert f'href="{twin}"' in html.replace("&amp;", "&"), page
        assert client.get(twin).headers["content-type"].startswith("application/json"), twin


# --------------------------------------------------------------------------- access control and CORS


def test_token(graph_path):
    with TestClient(make_app(graph_path, token="s3cret")) as locked:
        assert locked.get("/sparql", params={"query": "ASK {}"}).status_code == 401
        assert locked.get("/sparql", params={"query": "ASK {}"},
                          headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert locked.get("/sparql", params={"query": "ASK {}"},
                          headers={"Authorization": "Bearer s3cret"}).status_code == 200
        first = locked.get("/", params={"token": "s3cret"})
        assert first.status_code == 200 and "g40kg_token" in first.headers["set-cookie"]
        assert locked.get("/documents").status_code == 200  # the cookie carries the login


def test_cors(graph_path):
    with TestClient(make_app(graph_path, cors=["https://tools.example"])) as open_app:
        allowed = open_app.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://tools.example"})
        other = open_app.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        preflight = open_app.options("/sparql", headers={"Origin": "https://tools.example",
                                                         "Access-Control-Request-Method": "POST"})
    assert allowed.headers["access-control-allow-origin"] == "https://tools.example"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200
    with TestClient(make_app(graph_path)) as closed:
        plain = closed.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://tools.example"})
    assert "access-control-allow-origin" not in plain.headers


# --------------------------------------------------------------------------- the command


def test_serve_get_prints_one_response(runner, graph_path):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--get", "/search.json?q=Breda"])
    assert result.exit_code == 0, result.output + result.stderr
    assert [r["label"] for r in json.loads(result.stdout)["results"]] == ["Breda"]
    missing = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--get", "/entity/person/nobody.json"])
    assert missing.exit_code == 1 and '"status": 404' in missing.stdout.replace('"status":404', '"status": 404')


def test_serve_without_graph_explains(runner, tmp_path):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(tmp_path / "none"), "serve", "--get", "/"])
    assert result.exit_code == 1
    assert "g40kg build" in result.stderr


def test_serve_help_has_an_example(runner):
    from graph.cli import cli

    result = runner.invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Voorbeeld" in result.output and "--max-rows" in result.output


def test_asgi_get_matches_test_client(ox_client, graph_path):
    status, headers, body = asgi_get(make_app(graph_path), "/entity/ministry/mnre1045.json")
    assert status == 200 and json.loads(body) == ox_client.get("/entity/ministry/mnre1045.json").json()


def test_asgi_get_works_inside_a_running_event_loop(ox_client, graph_path):
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    async def from_a_notebook_cell():
        return asgi_get(make_app(graph_path), "/entity/ministry/mnre1045.json")

    with ThreadPoolExecutor(max_workers=1) as pool:  # a thread of its own: this one may run a loop already
        status, _headers, body = pool.submit(asyncio.run, from_a_notebook_cell()).result()
    assert status == 200 and json.loads(body) == ox_client.get("/entity/ministry/mnre1045.json").json()


def test_construct_for_clients_that_ask_for_sparql_results(client):
    query = "CONSTRUCT WHERE { ?a g40:collaboratesWith ?b }"
    as_json = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    as_xml = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+xml"})
    assert as_json.headers["content-type"].startswith("application/ld+json")
    assert as_xml.headers["content-type"].startswith("application/rdf+xml")
    assert len(Graph().parse(data=as_json.text, format="json-ld")) == 2


# --------------------------------------------------------------------------- named questions and the network view


def test_questions_are_listed_with_parameters(client):
    from graph.query import load_questions

    listed = client.get("/questions.json").json()["questions"]
    assert [q["name"] for q in listed] == sorted(load_questions())
    by_name = {q["name"]: q for q in listed}
    ministry = by_name["collaborations-with-ministry"]["parameters"][0]
    assert (ministry["name"], ministry["type"], ministry["required"]) == ("ministry", "ministry", True)
    page = Page(client.get("/questions").text)
    assert page.link_to(by_name["collaborations-with-ministry"]["title"]) == "/questions/collaborations-with-ministry"


def test_question_answer_links_labels_and_evidence(client):
    data = client.get("/questions/collaborations-with-ministry.json", params={"ministry": "EZK"}).json()
    assert data["error"] is None, data["error"]
    answer = data["answer"]
    rows = [dict(zip(answer["columns"], row)) for row in answer["rows"]]
    assert [(r["actorLabel"]["text"], r["actorLabel"]["path"]) for r in rows] == [
        ("Taskforce Economisch Herstel", "/entity/unit/taskforce-economisch-herstel")]
    assert rows[0]["quote"]["text"] == "De Taskforce Economisch Herstel werkt samen met het ministerie van EZK."
    assert rows[0]["ev"]["path"] == "/document/doc-a?start=26&end=97#evidence"
    html = client.get("/questions/collaborations-with-ministry", params={"ministry": "EZK"}).text
    # BZK is in the reference data only: no document names it, so the form does not offer it
    assert '<datalist id="choices-ministry"><option value="EZK"></datalist>' in html
    assert '<a href="/entity/unit/taskforce-economisch-herstel">Taskforce Economisch Herstel</a>' in html


def test_question_tables_read_in_the_page_language(client):
    dutch = client.get("/questions/entity-facts", params={"entity": "Breda"}).text
    assert "<th>relatie</th><th>richting</th><th>ander</th><th>soort</th>" in dutch
    assert "<td>werkt samen met</td>" in dutch and "<td>verbonden personen</td>" in dutch
    english = client.get("/questions/entity-facts", params={"entity": "Breda", "lang": "en"}).text
    assert "<th>relation</th><th>direction</th><th>other</th><th>type</th>" in english
    assert "<td>collaborates with</td>" in english
    data = client.get("/questions/entity-facts.json", params={"entity": "Breda"}).json()["answer"]
    relation = [row[data["columns"].index("relation")] for row in data["rows"]]
    assert {(cell["value"], cell["text"]) for cell in relation} == {
        ("affiliatedWith", "verbonden personen"), ("collaboratesWith", "werkt samen met")}


def test_question_errors_are_400_with_the_message(client):
    missing = client.get("/questions/who-is-who.json")
    assert missing.status_code == 400 and "person" in missing.json()["error"]
    unknown = client.get("/questions/collaborations-with-ministry", params={"ministry": "XYZ", "run": "1"})
    assert unknown.status_code == 400 and "XYZ" in unknown.text
    form_only = client.get("/questions/collaborations-with-ministry")
    assert form_only.status_code == 200 and "<table" not in form_only.text


def test_network_view_comes_from_viz(client):
    whole = client.get("/network")
    assert whole.status_code == 200 and "vis-network" in whole.text.lower()
    data = client.get("/network.json", params={"focus": EZK}).json()
    assert {n["label"] for n in data["nodes"]} == {"EZK", "Taskforce Economisch Herstel"}
    bad = client.get("/network", params={"focus": "Niemand Bekend"})
    assert bad.status_code == 400 and "Niemand Bekend" in bad.text


# --------------------------------------------------------------------------- the bundled corpus (no facts hard-coded)


@pytest.fixture(scope="module")
def seed_client(seed_graph):
    with TestClient(make_app(seed_graph)) as test_client:
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


def test_bind_warning_and_loopback_default(runner, graph_path, monkeypatch):
    import uvicorn

    from graph.cli import cli

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    # no query processes: uvicorn never runs here, so processes started for it would only cost time
    local = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--port", "8123", "--query-processes", "0"])
    assert local.exit_code == 0, local.output + local.stderr
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == 8123
    assert "waarschuwing" not in local.stderr and "http://127.0.0.1:8123/" in local.stderr
    wide = runner.invoke(cli, ["--graph", str(graph_path), "serve", "--host", "0.0.0.0", "--query-processes", "0"])
    assert wide.exit_code == 0 and calls[-1]["host"] == "0.0.0.0"
    assert "waarschuwing: de server luistert op 0.0.0.0" in wide.stderr and "--token" in wide.stderr
    # the start line names this machine as others reach it, not 0.0.0.0 (walkthrough 16, finding 13)
    monkeypatch.setattr("graph.serve.operations.server_addresses", lambda host: ["server.g40.local", "192.0.2.5"])
    english = runner.invoke(cli, ["--lang", "en", "--graph", str(graph_path), "serve", "--host", "0.0.0.0",
                                  "--query-processes", "0"])
    # every line after the local time, as the server's other log lines (round 42l)
    assert [re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} (.*)", line).group(1)
            for line in english.stderr.splitlines()] == [
        "warning: the server listens on 0.0.0.0 and can be reached from other computers; consider --token",
        "g40kg serve: http://server.g40.local:8000/  (SPARQL: http://server.g40.local:8000/sparql)  Ctrl+C stops",
        "also reachable as: http://192.0.2.5:8000/"], english.stderr


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


def test_api_page_lists_every_documented_path(client):
    from graph.serve.protocol import OPENAPI

    html = client.get("/api").text
    for path in OPENAPI["paths"]:
        assert f"<code>{path}</code>" in html, path
    assert 'href="/openapi.json"' in html


def test_server_default_language(graph_path):
    with TestClient(make_app(graph_path, lang="en")) as english:
        assert "Most connected cities" in english.get("/").text
        assert "Gemeenten met de meeste verbindingen" in english.get("/", headers={"Accept-Language": "nl"}).text
        refused = english.post("/sparql", data={"update": "CLEAR ALL"})
        assert refused.text.strip() == "SPARQL Update is not allowed: this endpoint is read-only"


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
    with TestClient(app, base_url="http://127.0.0.1:8000") as local:
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
    with TestClient(make_app(graph_path, cors=["https://dashboard.example"])) as allowed:
        headers = {"Origin": "https://dashboard.example", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors"}
        assert allowed.get("/sparql", params={"query": "ASK {}"}, headers=headers).status_code == 200
        headers["Origin"] = "https://other.example"
        assert allowed.get("/sparql", params={"query": "ASK {}"}, headers=headers).status_code == 403


def test_the_language_link_stays_on_this_site(ox_client):
    page = ox_client.get("//evil.example/x", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert 'href="?lang=en"' in page.text and "//evil.example" not in page.text.split("<main")[0]


def test_the_graph_store_keeps_to_max_rows(graph_path):
    with TestClient(make_app(graph_path, max_rows=5)) as small:
        whole = small.get("/rdf-graph-store", params={"format": "nq"})
        one = small.get("/rdf-graph-store", params={"graph": DOC_GRAPH, "format": "nt"})
    assert whole.status_code == 413 and "--max-rows (5)" in whole.text and "g40kg export" in whole.text
    assert one.status_code == 413


def test_queries_wait_while_timed_out_ones_still_run(ox_client, monkeypatch):
    import graph.timeouts

    assert ox_client.get("/sparql", params={"query": "ASK {}"}).status_code == 200
    monkeypatch.setattr(graph.timeouts, "abandoned_queries", lambda: 99)
    busy = ox_client.get("/sparql", params={"query": "ASK {}"})
    assert busy.status_code == 503 and "over hun tijd" in busy.text



def test_the_endpoint_keeps_solutions_that_bind_nothing(client):
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE { VALUES ?x { UNDEF UNDEF 1 } }"},
                          headers={"Accept": "application/sparql-results+json"})
    assert [row.get("x", {}).get("value") for row in response.json()["results"]["bindings"]] == [None, None, "1"]


def test_select_star_columns_follow_the_query_as_in_the_cli(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "format": "csv"})
    assert response.text.splitlines()[0] == "s,p,o"  # not a-z (o,p,s)


def test_question_cells_show_booleans_as_the_command_line_does():
    from rdflib import Literal

    from graph.serve.questions import _cell, _query_module

    module = _query_module()
    assert [(_cell(None, Literal(v), module, {}, lang)["text"]) for v, lang in
            ((True, "nl"), (True, "en"), (False, "nl"))] == ["ja", "yes", ""]
    assert _cell(None, Literal(True), module, {}, "nl")["value"] is True  # JSON keeps the value


def test_the_document_list_is_newest_first_and_names_periods_as_readers_do(tmp_path):
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("jaarverslag-2021", "Breda werkt samen met EZK."), ("nieuws-2024-03-14", "Ede werkt samen met BZK."),
                       ("verslag-2023-02", "Tilburg werkt samen met OCW.")):
        (docs / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    build_graph([docs], tmp_path / "kg", workers=1)
    with TestClient(make_app(tmp_path / "kg")) as listed:
        found = [(d["id"], d["date"]) for d in listed.get("/documents.json").json()["documents"]]
    assert found == [("nieuws-2024-03-14", "2024-03-14"), ("verslag-2023-02", "2023-02"), ("jaarverslag-2021", "2021")]


def test_the_document_page_names_its_metadata_for_a_reader(client):
    html = client.get("/document/doc-a").text
    table = html[html.index('<table class="attributes">'):html.index("</table>")]
    headers = re.findall(r"<th>([^<]+)</th>", table)
    assert headers and not any(":" in header for header in headers), headers  # no RDF names
    assert "Naam in de graaf" in headers
