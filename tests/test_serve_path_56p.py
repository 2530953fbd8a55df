"""The explorer's "Hoe zijn ze verbonden?" page (``/path``, round 56p; walkthrough 31, finding 10): ``g40kg path A B``
as a form, with the command's name look-up, options and answer, on both engines.

The fixture is the server tests' graph (:mod:`serve_fixture`: Anna de Vries → Taskforce Economisch Herstel → EZK)
with a few invented facts more: two units called "Werkgroep Wonen" (an ambiguous name) and, apart from the rest,
"Platform Oost" with a quote that holds markup (no connection; escaping).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from serve_fixture import in_process_client, make_app, make_graph

ID = "https://w3id.org/g40kg/id/"
EXTRA = """
@prefix g40: <https://w3id.org/g40kg/def#> .
@prefix g40id: <https://w3id.org/g40kg/id/> .
@prefix g40g: <https://w3id.org/g40kg/graph/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

g40g:reference {
  g40id:unit\\/werkgroep-wonen-breda a g40:OrganisationalUnit ; skos:prefLabel "Werkgroep Wonen" ; rdfs:label "Werkgroep Wonen" .
  g40id:unit\\/werkgroep-wonen-zwolle a g40:OrganisationalUnit ; skos:prefLabel "Werkgroep Wonen" ; rdfs:label "Werkgroep Wonen" .
  g40id:unit\\/platform-oost a g40:OrganisationalUnit ; skos:prefLabel "Platform Oost" ; rdfs:label "Platform Oost" .
}
g40g:document\\/doc-a {
  g40id:unit\\/werkgroep-wonen-breda g40:collaboratesWith g40id:municipality\\/gm0758 .
  g40id:evidence\\/doc-a\\/20 a g40:Evidence, rdf:Statement ;
      rdf:subject g40id:unit\\/werkgroep-wonen-breda ; rdf:predicate g40:collaboratesWith ; rdf:object g40id:municipality\\/gm0758 ;
      g40:quote "De Werkgroep Wonen werkt samen met Breda." ; prov:wasDerivedFrom g40id:document\\/doc-a ;
      g40:rule "relations.werkt-samen-met" ; g40:confidence 0.9 ; dcterms:date "2022-03-01"^^xsd:date .
  g40id:unit\\/platform-oost g40:collaboratesWith g40id:unit\\/werkgroep-wonen-zwolle .
  g40id:evidence\\/doc-a\\/21 a g40:Evidence, rdf:Statement ;
      rdf:subject g40id:unit\\/platform-oost ; rdf:predicate g40:collaboratesWith ; rdf:object g40id:unit\\/werkgroep-wonen-zwolle ;
      g40:quote "Het Platform Oost <script>alert(1)</script> werkt samen met de Werkgroep Wonen." ;
      prov:wasDerivedFrom g40id:document\\/doc-a ; g40:rule "relations.werkt-samen-met" ; g40:confidence 0.9 ;
      dcterms:date "2022-03-01"^^xsd:date .
}
"""


@pytest.fixture(scope="module")
def path_graph(tmp_path_factory) -> Path:
    return make_graph(tmp_path_factory.mktemp("path56p"), EXTRA)


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def engine_client(request, path_graph):
    with in_process_client(make_app(path_graph, request.param)) as client:
        client.engine = request.param
        yield client


@pytest.fixture(scope="module")
def client(path_graph):
    with in_process_client(make_app(path_graph, "oxigraph")) as client:
        yield client


def _cli_path(runner, graph: Path, engine: str, *args: str):
    from graph.cli import cli

    return runner.invoke(cli, ["--graph", str(graph), "--engine", engine, "path", *args])


def _steps(page_json: dict) -> list[tuple]:
    return [(s["from"]["iri"], s["to"]["iri"], s["predicates"], s["reversed"], s["documents"],
             [e["iri"] for e in s["evidence"]]) for s in page_json["answer"]["steps"]]


def _cli_steps(output: str) -> list[tuple]:
    return [(r["sourceIri"], r["targetIri"], r["relations"], r["reversed"], r["documents"],
             [e["evidence"] for e in r["evidenceRecords"]]) for r in json.loads(output)["rows"]]


class _Page(HTMLParser):
    """The parts of a page these tests read: title, headings, labelled inputs, list items, links."""

    def __init__(self, html: str):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.title, self.h1, self.items, self.links, self.inputs, self.roles = "", [], [], [], {}, {}
        self.ol_labels = []
        self._label = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("input", "br", "meta", "link"):
            if tag == "input" and attrs.get("name"):
                self.inputs[attrs["name"]] = dict(attrs, label=(self._label or "").strip())
            return
        self.stack.append((tag, attrs))
        if tag == "label":
            self._label = ""
        if tag == "ol":
            self.ol_labels.append(attrs.get("aria-label"))
        if tag == "li" and "path-step" in (attrs.get("class") or ""):
            self.items.append("")
        if tag == "a":
            self.links.append([attrs.get("href"), ""])
        if attrs.get("role"):
            self.roles.setdefault(attrs["role"], []).append("")

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if tag == "label":
            self._label = None

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if tags and tags[-1] == "title":
            self.title += data
        if "h1" in tags:
            self.h1.append(data)
        if self._label is not None:
            self._label += data
        if "li" in tags and self.items and any("path-step" in (a.get("class") or "") for t, a in self.stack):
            self.items[-1] += data
        if "a" in tags and self.links:
            self.links[-1][1] += data
        for _, attrs in self.stack:
            if attrs.get("role") in self.roles:
                self.roles[attrs["role"]][-1] += data


# roles["status"][0] is every live page's notice of a newer graph (base.html); the page's own come after it


def _text(value: str) -> str:
    return " ".join(value.split())


# --------------------------------------------------------------------------- the answer, as g40kg path gives it


def test_the_page_answers_as_g40kg_path_on_the_fixture(engine_client, path_graph, runner):
    params = {"from": "Anna de Vries", "to": "EZK"}
    page = engine_client.get("/path.json", params=params)
    cli = _cli_path(runner, path_graph, engine_client.engine, "Anna de Vries", "EZK", "--format", "json")
    assert page.status_code == 200 and cli.exit_code == 0, (page.text, cli.output)
    assert _steps(page.json()) == _cli_steps(cli.output) == [
        (ID + "person/anna-de-vries", ID + "unit/taskforce-economisch-herstel", ["hasRole"], [], 1,
         [ID + "evidence/doc-a/2"]),
        (ID + "unit/taskforce-economisch-herstel", ID + "ministry/mnre1045", ["collaboratesWith"], [], 1,
         [ID + "evidence/doc-a/1"])]
    html = _Page(engine_client.get("/path", params=params).text)
    assert [_text(item) for item in html.items] == [
        "Anna de Vries heeft een rol bij Taskforce Economisch Herstel (1 document) "
        "Voorzitter van de taskforce is Anna de Vries (Breda). Samenwerking in de regio",
        "Taskforce Economisch Herstel werkt samen met EZK (1 document) "
        "De Taskforce Economisch Herstel werkt samen met het ministerie van EZK. Samenwerking in de regio "
        "· datum 2021-06-01"], html.items
    assert ["/document/doc-a?start=26&end=97#evidence", "Samenwerking in de regio"] in html.links
    assert ["/entity/unit/taskforce-economisch-herstel", "Taskforce Economisch Herstel"] in html.links


def test_the_page_answers_as_g40kg_path_on_the_bundled_graph(seed_graph, runner):
    for engine in ("oxigraph", "rdflib"):
        with in_process_client(make_app(seed_graph, engine)) as client:
            page = client.get("/path.json", params={"from": "René de Heer", "to": "EZK", "lang": "en"})
        cli = _cli_path(runner, seed_graph, engine, "René de Heer", "EZK", "--format", "json")
        assert page.status_code == 200 and cli.exit_code == 0, (engine, page.text, cli.output)
        assert _steps(page.json()) == _cli_steps(cli.output), engine
        assert len(page.json()["answer"]["steps"]) == 2
        assert page.json()["answer"]["steps"][1]["relations"] == ["collaborates with"]


def test_no_connection_within_the_steps_asked_is_an_answer_as_the_command_says_it(engine_client, path_graph, runner):
    page = engine_client.get("/path", params={"from": "Anna de Vries", "to": "EZK", "max_steps": "1"})
    cli = _cli_path(runner, path_graph, engine_client.engine, "Anna de Vries", "EZK", "--max-steps", "1")
    message = "geen verbinding tussen Anna de Vries en EZK binnen 1 stap (de kortste heeft er 2)"
    assert page.status_code == 200 and cli.exit_code == 1
    assert cli.output.strip() == f"Fout: {message}"
    html = _Page(page.text)
    assert html.title == "Anna de Vries → EZK: geen verbinding binnen 1 stap · Hoe zijn ze verbonden? · G40-kennisgraaf"
    assert [_text(t) for t in html.roles["status"][1:]] == [message]
    assert not html.items
    wider = engine_client.get("/path.json", params={"from": "Anna de Vries", "to": "EZK", "max_steps": "2"}).json()
    assert len(wider["answer"]["steps"]) == 2


def test_two_actors_with_no_connection_at_all(engine_client, path_graph, runner):
    page = engine_client.get("/path.json", params={"from": "Platform Oost", "to": "EZK"})
    cli = _cli_path(runner, path_graph, engine_client.engine, "Platform Oost", "EZK")
    assert page.status_code == 200 and cli.exit_code == 1
    assert page.json()["answer"] == {"found": False, "message": "geen verbinding tussen Platform Oost en EZK",
                                     "within": None, "without_window": None}
    assert cli.output.strip() == "Fout: geen verbinding tussen Platform Oost en EZK"


def test_a_date_that_leaves_no_connection_offers_the_steps_without_it(client):
    page = client.get("/path", params={"from": "Anna de Vries", "to": "EZK", "at": "2019"})
    assert page.status_code == 200
    assert "EZK komt in geen enkel feit voor (met deze filters)" in page.text
    html = _Page(page.text)
    assert ["/path?from=Anna+de+Vries&to=EZK", "Zonder die datum zijn ze in 2 stappen verbonden"] in html.links


# --------------------------------------------------------------------------- names: ambiguous, unknown, the same


def test_an_ambiguous_name_offers_each_entity_as_a_link_that_answers(engine_client):
    page = engine_client.get("/path", params={"from": "Werkgroep Wonen", "to": "EZK"})
    assert page.status_code == 400
    html = _Page(page.text)
    assert html.title.startswith("Fout · Hoe zijn ze verbonden?")
    choices = [link for link in html.links if link[0].startswith("/path?") and link[1] == "Werkgroep Wonen"]
    assert choices == [["/path?from=unit%2Fwerkgroep-wonen-breda&to=EZK", "Werkgroep Wonen"],
                       ["/path?from=unit%2Fwerkgroep-wonen-zwolle&to=EZK", "Werkgroep Wonen"]]
    assert html.inputs["from"]["aria-invalid"] == "true" and html.inputs["from"]["aria-describedby"] == "path-error"
    assert "aria-invalid" not in html.inputs["to"]
    assert "'Werkgroep Wonen' kan meerdere dingen zijn" in _text(html.roles["alert"][0])
    chosen = engine_client.get(choices[0][0].replace("/path?", "/path.json?"))
    assert chosen.status_code == 200
    assert [s["to"]["label"] for s in chosen.json()["answer"]["steps"]] == ["Breda", "Anna de Vries",
                                                                            "Taskforce Economisch Herstel", "EZK"]


def test_the_page_says_an_ambiguous_name_as_the_command_does(client, path_graph, runner):
    cli = _cli_path(runner, path_graph, "oxigraph", "Werkgroep Wonen", "EZK")
    page = client.get("/path.json", params={"from": "Werkgroep Wonen", "to": "EZK"}).json()
    assert cli.exit_code == 2 and cli.output.strip() == "Fout: " + page["ends"]["from"]["message"]
    assert page["ends"]["from"]["message"] == (
        "'Werkgroep Wonen' kan meerdere dingen zijn: Werkgroep Wonen (organisatieonderdeel, "
        f"{ID}unit/werkgroep-wonen-breda), Werkgroep Wonen (organisatieonderdeel, {ID}unit/werkgroep-wonen-zwolle); "
        "geef de volledige naam of het IRI")
    assert [(c["key"], c["path"]) for c in page["ends"]["from"]["choices"]] == [
        ("unit/werkgroep-wonen-breda", "/entity/unit/werkgroep-wonen-breda"),
        ("unit/werkgroep-wonen-zwolle", "/entity/unit/werkgroep-wonen-zwolle")]


def test_an_unknown_name_says_so_as_the_command_does_and_offers_the_names_it_resembles(client, path_graph, runner):
    from graph.cli import cli

    page = client.get("/path", params={"from": "Anna de Vires", "to": "EZK", "lang": "en"})
    command = runner.invoke(cli, ["--graph", str(path_graph), "--lang", "en", "path", "Anna de Vires", "EZK"])
    assert page.status_code == 400 and command.exit_code == 2
    assert command.output.strip() == "Error: unknown name 'Anna de Vires'; did you mean 'Anna de Vries'?"
    html = _Page(page.text)
    alert = _text(html.roles["alert"][0])
    assert alert == "From: unknown name 'Anna de Vires'; did you mean 'Anna de Vries'? Did you mean: Anna de Vries Person", alert
    assert ["/path?from=Anna+de+Vries&to=EZK&lang=en", "Anna de Vries"] in html.links
    assert html.title == "Error · How are they connected? · G40 knowledge graph"


def test_one_entity_twice_is_refused(client):
    page = client.get("/path.json", params={"from": "EZK", "to": "ministry/mnre1045"})
    assert page.status_code == 400
    assert page.json()["errors"] == ["Beide namen noemen dezelfde entiteit (EZK); geef twee verschillende."]


@pytest.mark.parametrize("params, invalid, message", [
    ({"max_steps": "0"}, ["max_steps"], "Hoogstens … stappen: '0' is geen geheel getal van 1 of meer"),
    ({"at": "2024-13-45"}, ["at"], "2024-13-45"),
    ({"at": "2024", "as_of": "2024"}, ["at", "as_of"], "--as-of"),
])
def test_a_bad_option_is_said_and_marks_its_field(client, params, invalid, message):
    page = client.get("/path.json", params={"from": "Anna de Vries", "to": "EZK", **params})
    assert page.status_code == 400
    assert page.json()["invalid"] == invalid and page.json()["answer"] is None
    assert message in page.json()["errors"][0], page.json()


def test_values_are_looked_up_never_run_and_everything_is_escaped(client):
    probe = '"> <script>alert(1)</script> } ; DROP ALL'
    page = client.get("/path", params={"from": probe, "to": "Platform Oost"})
    assert page.status_code == 400
    assert "<script>alert(1)</script>" not in page.text
    assert 'value="&#34;&gt; &lt;script&gt;alert(1)&lt;/script&gt; } ; DROP ALL"' in page.text
    answer = client.get("/path", params={"from": "unit/werkgroep-wonen-zwolle", "to": "Platform Oost"})
    assert answer.status_code == 200
    assert "<script>alert(1)</script>" not in answer.text
    assert "Het Platform Oost &lt;script&gt;alert(1)&lt;/script&gt; werkt samen met de Werkgroep Wonen." in answer.text
    assert client.post("/path", data={"from": "EZK", "to": "Breda"}).status_code == 405


def test_a_search_past_the_servers_timeout_says_so(path_graph, tmp_path, monkeypatch):
    import graph.serve.path_page as path_page
    from graph.errors import QueryTimeout

    asked = []

    def slow(dataset, at, as_of, timeout):
        asked.append(timeout)
        raise QueryTimeout("de zoektocht duurde langer dan de tijdslimiet")

    monkeypatch.setattr(path_page, "_projection", slow)
    with in_process_client(make_app(path_graph, "oxigraph", timeout=3.5)) as client:
        page = client.get("/path", params={"from": "Anna de Vries", "to": "EZK"})
        twin = client.get("/path.json", params={"from": "Anna de Vries", "to": "EZK"})
    assert asked == [3.5, 3.5]  # the server's --timeout, for each (a timeout is not kept)
    assert page.status_code == twin.status_code == 503
    assert twin.json()["timeout"] is True and twin.json()["answer"] is None
    assert _text(_Page(page.text).roles["alert"][0]) == (
        "de zoektocht duurde langer dan de tijdslimiet Het zoeken duurde langer dan deze server toestaat; wie de "
        "server beheert, kan de tijd ruimer zetten ('g40kg serve --timeout').")


def test_the_projection_gets_the_servers_timeout(path_graph, monkeypatch):
    import graph.project

    seen = []
    real = graph.project.to_networkx

    def recording(*args, **keywords):
        seen.append(keywords.get("timeout"))
        return real(*args, **keywords)

    monkeypatch.setattr(graph.project, "to_networkx", recording)
    with in_process_client(make_app(path_graph, "rdflib", timeout=7.0)) as client:
        assert client.get("/path.json", params={"from": "Anna de Vries", "to": "EZK"}).status_code == 200
        assert client.get("/path.json", params={"from": "Anna de Vries", "to": "Breda"}).status_code == 200
    assert seen == [7.0]  # one network for both questions: kept per graph and options


# --------------------------------------------------------------------------- reaching the page; its accessibility


def test_the_page_is_reached_from_home_navigation_and_an_entity(client):
    home = _Page(client.get("/").text)
    assert ["/path", "Verbindingen"] in home.links and ["/path", "Hoe zijn ze verbonden?"] in home.links
    entity = _Page(client.get("/entity/person/anna-de-vries", params={"lang": "en"}).text)
    assert ["/path?from=Anna+de+Vries&lang=en", "How is Anna de Vries connected to …?"] in entity.links
    twin = _Page(client.get("/entity/unit/werkgroep-wonen-zwolle").text)  # a name of two: its key
    assert ["/path?from=unit%2Fwerkgroep-wonen-zwolle", "Hoe is Werkgroep Wonen verbonden met …?"] in twin.links
    form = _Page(client.get("/path", params={"from": "unit/werkgroep-wonen-zwolle"}).text)
    assert form.inputs["from"]["value"] == "unit/werkgroep-wonen-zwolle" and form.inputs["to"]["value"] == ""
    assert not form.items and "alert" not in form.roles
    assert form.title == "Hoe zijn ze verbonden? · G40-kennisgraaf"


def test_the_page_is_accessible_and_english_with_the_language_switch(client):
    page = client.get("/path", params={"from": "Anna de Vries", "to": "EZK", "lang": "en"})
    html = _Page(page.text)
    assert '<html lang="en">' in page.text and page.headers["content-language"] == "en"
    assert html.title == "Anna de Vries → EZK: 2 steps · How are they connected? · G40 knowledge graph"
    assert [_text(h) for h in html.h1 if h.strip()] == ["How are they connected?"]
    assert page.text.count("<h1") == 1
    assert {name: (i["label"], i.get("aria-describedby")) for name, i in html.inputs.items() if name != "q"} == {
        "from": ("From *", "hint-name-from"), "to": ("To *", "hint-name-to"),
        "max_steps": ("At most … steps", "hint-max_steps"), "at": ("On date", "hint-at"),
        "as_of": ("As of", "hint-as_of"), "lang": ("", None)}
    for hint in ("hint-name-from", "hint-max_steps", "hint-at"):
        assert f'id="{hint}"' in page.text
    assert html.ol_labels == ["Steps from Anna de Vries to EZK"]
    assert [_text(t) for t in html.roles["status"][1:]] == ["Anna de Vries and EZK are connected in 2 steps."]
    assert "collaborates with" in html.items[1] and "has a role in" in html.items[0]
    assert '<input type="hidden" name="lang" value="en">' in page.text
    assert 'action="/path#resultaat"' in page.text and 'id="resultaat"' in page.text


def test_a_static_copy_says_the_page_needs_serve(path_graph, tmp_path):
    from graph.serve.site import export_site

    out = tmp_path / "site"
    export_site(path_graph, out)
    home = (out / "index.html").read_text(encoding="utf-8")
    entity = (out / "entity" / "person" / "anna-de-vries.html").read_text(encoding="utf-8")
    assert "Hoe twee actoren verbonden zijn, zoekt &#39;g40kg serve&#39; (de pagina Verbindingen) of " \
           "&#39;g40kg path A B&#39;; een statische kopie kan dat niet." in home
    assert not list(out.rglob("path*.html"))
    for page in (home, entity):
        assert not re.search(r'href="[^"]*path[^"]*"', page), re.findall(r'href="[^"]*path[^"]*"', page)


# --------------------------------------------------------------------------- walkthrough 31's small leftovers


@pytest.mark.parametrize("lang, name", [("nl", "Gegevens van het document"), ("en", "About the document")])
def test_the_document_pages_metadata_table_has_a_name(client, lang, name):
    page = client.get("/document/doc-a", params={"lang": lang}).text
    assert f'<table class="attributes"><caption class="visually-hidden">{name}</caption><tr>' in page


def test_the_entity_drawing_links_its_neighbours_not_the_entity_itself(client):
    page = client.get("/entity/person/anna-de-vries").text
    drawing = page[page.index('<svg class="ego"'):page.index("</svg>")]
    assert re.findall(r'<a href="([^"]+)">', drawing) == ["/entity/municipality/gm0758",
                                                         "/entity/unit/taskforce-economisch-herstel"]
    assert drawing.count('<g class="centre-node">') == 1
    assert '<tspan x="' in drawing.split('<g class="centre-node">')[1].split("</g>")[0]  # its name is still drawn


@pytest.mark.browser
@pytest.mark.server
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is missing")
def test_a_keyboard_user_goes_from_an_entity_to_its_connection(chromium_browser, path_graph):
    """From Anna de Vries's page by its link, one name typed and Enter: the answer's title, its steps, and the
    address to bookmark (a real server and browser)."""
    from test_serve_http import start_server, stop_server

    process, base = start_server(path_graph)
    context = chromium_browser.new_context(locale="nl-NL")
    try:
        tab = context.new_page()
        tab.goto(base + "/entity/person/anna-de-vries")
        tab.click("a.connect-from")
        assert tab.locator("input[name=from]").input_value() == "Anna de Vries"
        tab.get_by_label("Naar *").fill("EZK")
        tab.get_by_label("Naar *").press("Enter")
        tab.wait_for_selector("#path-summary")
        assert tab.title() == "Anna de Vries → EZK: 2 stappen · Hoe zijn ze verbonden? · G40-kennisgraaf"
        assert tab.locator("ol.path-steps > li").count() == 2
        assert tab.get_by_role("list", name="Stappen van Anna de Vries naar EZK").count() == 1
        assert tab.get_by_role("status").filter(has_text="verbonden").inner_text() == \
            "Anna de Vries en EZK zijn in 2 stappen verbonden."
        assert tab.url.startswith(base + "/path?from=Anna+de+Vries&to=EZK") and tab.url.endswith("#resultaat")
    finally:
        context.close()
        stop_server(process)


def test_a_real_query_held_past_the_timeout_gives_the_timeout_page(tmp_path, held):
    """The same as above without a stand-in: the projection's evidence query held past the server's
    ``--timeout`` (:func:`conftest.held`; a graph of its own, whose evidence no earlier test kept)."""
    held["text"] = "?ev a g40:Evidence ; rdf:subject ?s ; rdf:object ?o ."
    graph = make_graph(tmp_path, EXTRA + "\ng40g:document\\/doc-a { g40id:unit\\/platform-oost g40:partOf "
                                       "g40id:unit\\/werkgroep-wonen-zwolle . }\n")
    with in_process_client(make_app(graph, "rdflib", timeout=1.0)) as client:
        page = client.get("/path.json", params={"from": "Anna de Vries", "to": "EZK"})
    assert held.get("reached"), "the evidence query was not asked"
    assert page.status_code == 503 and page.json()["timeout"] is True, page.text
    assert page.json()["answer"] is None and len(page.json()["errors"]) == 1
    assert page.json()["errors"][0].startswith("de query is na 1 s afgebroken (--timeout)"), page.json()
