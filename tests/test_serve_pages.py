"""The site's pages and their JSON twins in-process: home, language, search, entity and document
pages, the document list, the API page and the OpenAPI description.

The graph is ``tests/fixtures/serve/graph.trig`` (:mod:`serve_fixture`); the ``client`` fixture
exercises both engines.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from serve_fixture import Page, in_process_client, make_app, make_graph


def test_home_counts_and_hubs(client):
    data = client.get("/index.json").json()
    assert data["counts"]["documents"] == 1 and data["counts"]["facts"] == 4
    assert [m["label"] for m in data["ministries"]] == ["EZK"]
    assert [c["label"] for c in data["cities"]] == ["Breda", "Tilburg"]
    page = Page(client.get("/").text)
    assert page.link_to("EZK") == "/entity/ministry/mnre1045"
    assert "Gemeenten met de meeste verbindingen" in "".join(page.text)


def test_language_by_parameter_not_by_the_browser(client):
    assert "Most connected cities" in client.get("/?lang=en").text
    # walkthrough 24, finding 16: a browser of an English Windows still gets the Dutch default
    dutch = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert "Gemeenten met de meeste verbindingen" in dutch.text and dutch.headers["content-language"] == "nl"
    assert "Most connected cities" not in dutch.text
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


ANNA_HIT = ("Anna de Vries", "/entity/person/anna-de-vries")
EZK_HIT = ("EZK", "/entity/ministry/mnre1045")
G40_HIT = ("G40", "/entity/organisation/g40")
DOC_HIT = ("Samenwerking in de regio", "/document/doc-a")
#: query → the search's answers as (label, path, name matched, score, in a document, a suggestion),
#: recorded before round 54s made its entities' part read the name index's normalised names
SEARCHES = {
    "Anna de Vries": [(*ANNA_HIT, "Anna de Vries", 3, True, False)],  # exact
    "ANNA DE VRIES": [(*ANNA_HIT, "Anna de Vries", 3, True, False)],  # case
    "Économische Zaken": [(*EZK_HIT, "Economische Zaken en Klimaat", 2, True, False)],  # accents, an alias
    "vries": [(*ANNA_HIT, "Anna de Vries", 1, True, False)],  # part of a name
    "de": [(*ANNA_HIT, "De Vries", 2, True, False), (*DOC_HIT, "Samenwerking in de regio", 1, True, False),
           (*G40_HIT, "Stedennetwerk G40", 1, False, False)],  # entities and a document, in their order
    "bzk": [("BZK", "/entity/ministry/mnre1034", "BZK", 3, False, False)],  # reference data no document names
    "Samenwerking in de regio": [(*DOC_HIT, "Samenwerking in de regio", 3, True, False)],  # a document's title
    "samenwerking": [(*DOC_HIT, "Samenwerking in de regio", 2, True, False)],
    "doc-a": [(*DOC_HIT, "doc-a", 3, True, False)],  # a document's id
    "gemeente Breda": [("Breda", "/entity/municipality/gm0758", "Breda", 3, True, False)],  # a type word
    "Anna de Vreis": [(*ANNA_HIT, "Anna de Vries", 0, True, True)],  # nothing contains it: a suggestion
    "zzz": [],  # nothing found
}


def test_search_answers_exact_accents_case_parts_titles_and_nothing(client):
    for query, expected in SEARCHES.items():
        found = client.get("/search.json", params={"q": query}).json()["results"]
        assert [(r["label"], r["path"], r["matched"], r["score"], r["in_documents"], r.get("suggestion", False))
                for r in found] == expected, query
        page = Page(client.get("/search", params={"q": query}).text)
        assert [(text.strip(), href) for href, text in page.links
                if href.startswith(("/entity/", "/document/"))] == [answer[:2] for answer in expected], query
        assert ("Niets gevonden" in "".join(page.text)) == (not expected or expected[0][5]), query


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
    assert "heeft een rol bij" in html and "voorzitter" in html
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
    with in_process_client(make_app(graph_path)) as changed:
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
    with in_process_client(make_app(tmp_path / "kg")) as named:
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


def test_api_page_lists_every_documented_path(client):
    from graph.serve.protocol import OPENAPI

    html = client.get("/api").text
    for path in OPENAPI["paths"]:
        assert f"<code>{path}</code>" in html, path
    assert 'href="/openapi.json"' in html


def test_server_default_language(graph_path):
    with in_process_client(make_app(graph_path, lang="en")) as english:
        assert "Most connected cities" in english.get("/").text
        assert "Most connected cities" in english.get("/", headers={"Accept-Language": "nl"}).text  # --lang wins
        assert "Gemeenten met de meeste verbindingen" in english.get("/?lang=nl").text  # the page's own link
        refused = english.post("/sparql", data={"update": "CLEAR ALL"})
        assert refused.text.strip() == "SPARQL Update is not allowed: this endpoint is read-only"


def test_the_document_list_is_newest_first_and_names_periods_as_readers_do(tmp_path):
    from graph.pipeline import build_graph

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in (("jaarverslag-2021", "Breda werkt samen met EZK."), ("nieuws-2024-03-14", "Ede werkt samen met BZK."),
                       ("verslag-2023-02", "Tilburg werkt samen met OCW.")):
        (docs / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    build_graph([docs], tmp_path / "kg", workers=1)
    with in_process_client(make_app(tmp_path / "kg")) as listed:
        found = [(d["id"], d["date"]) for d in listed.get("/documents.json").json()["documents"]]
    assert found == [("nieuws-2024-03-14", "2024-03-14"), ("verslag-2023-02", "2023-02"), ("jaarverslag-2021", "2021")]


def test_the_document_page_names_its_metadata_for_a_reader(client):
    html = client.get("/document/doc-a").text
    table = html[html.index('<table class="attributes">'):html.index("</table>")]
    headers = re.findall(r"<th>([^<]+)</th>", table)
    assert headers and not any(":" in header for header in headers), headers  # no RDF names
    assert "Naam in de graaf" in headers
