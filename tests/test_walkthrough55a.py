"""Walkthrough 31 (round 55a): a policy officer who works with a screen reader (NVDA) and the keyboard
only. What tests/test_accessibility.py did not cover yet: the SPARQL page's error and yes/no answer
announced, search and question titles that say what answered, named result tables, short field names
with their hints as descriptions, a skip link on the network page and NO_COLOR for bold text."""

from __future__ import annotations

import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest

from serve_fixture import make_app, make_graph

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory) -> Path:
    return make_graph(tmp_path_factory.mktemp("walk55a"))


@pytest.fixture(scope="module")
def client(graph_path):
    with TestClient(make_app(graph_path, "oxigraph")) as test_client:
        yield test_client


def html(client, path, **params) -> str:
    response = client.get(path, params=params, headers={"Accept": "text/html"})
    assert response.status_code in (200, 400), response.text
    return response.text


# --------------------------------------------------------------------------- 1, 2: SPARQL page (3.3.1, 4.1.3)


@pytest.mark.browser
@pytest.mark.server
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")
@pytest.mark.parametrize("locale, lang, error, yes", [
    ("nl-NL", "nl", "Fout 400: ongeldige SPARQL-query", "ja · "),
    ("en-GB", "en", "Error 400: ", "yes · "),
])
def test_sparql_error_and_yes_no_answer_are_announced(chromium_browser, graph_path, locale, lang, error, yes):
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    context = chromium_browser.new_context(locale=locale)
    try:
        tab = context.new_page()
        tab.goto(base + "/sparql?lang=" + lang)
        tab.fill("#query", "SELECT ?x WHERE { ?x ?y")
        tab.focus("#query")
        tab.keyboard.press("Control+Enter")
        tab.wait_for_selector("#query-error")
        said = tab.evaluate("document.getElementById('status').textContent")
        assert said.startswith(error), said
        assert tab.evaluate("document.getElementById('query-error').textContent").strip() in said
        assert tab.get_attribute("#query", "aria-invalid") == "true"
        assert tab.get_attribute("#query", "aria-describedby") == "query-keys query-error"
        # shown once: the detail in the status line is for the screen reader only
        box = tab.locator("#status .visually-hidden").bounding_box()
        assert box["width"] <= 1 and box["height"] <= 1, box

        tab.fill("#query", "ASK { ?a ?b ?c }")
        tab.keyboard.press("Control+Enter")
        tab.wait_for_selector("p.boolean")
        assert tab.evaluate("document.getElementById('status').textContent").startswith(yes)
        assert tab.get_attribute("#query", "aria-invalid") is None  # a good query clears the mark
        assert tab.get_attribute("#query", "aria-describedby") == "query-keys"

        tab.fill("#query", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2")
        tab.keyboard.press("Control+Enter")
        tab.wait_for_selector("#results table")
        assert tab.get_attribute("#results table", "aria-label") == {"nl": "Resultaat van de query",
                                                                     "en": "Query result"}[lang]
    finally:
        context.close()
        stop_server(process)


# --------------------------------------------------------------------------- 3, 4: titles that say what answered (2.4.2)


def title(page: str) -> str:
    start = page.index("<title>") + len("<title>")
    return page[start:page.index("</title>")]


def test_search_title_says_the_query_and_the_number_of_hits(client):
    page = html(client, "/search", q="vries")
    assert title(page) == "Zoekresultaten voor “vries” (1 resultaat) · G40-kennisgraaf"
    assert '<p class="muted" id="search-count">1 resultaat</p>' in page
    english = html(client, "/search", q="vries", lang="en")
    assert title(english) == "Search results for “vries” (1 result) · G40 knowledge graph"


def test_search_title_with_no_hit_or_only_suggestions_says_none(client):
    nothing = html(client, "/search", q="zzzq")
    assert title(nothing) == "Zoekresultaten voor “zzzq” (geen resultaten) · G40-kennisgraaf"
    assert 'id="search-count"' not in nothing
    assert '<ol class="entities">' not in nothing  # no empty list ("lijst met 0 items")
    suggested = html(client, "/search", q="Anna de Vreis", lang="en")
    assert title(suggested) == "Search results for “Anna de Vreis” (no results) · G40 knowledge graph"
    assert '<ol class="entities">' in suggested  # the suggestions stay a list
    assert title(html(client, "/search")) == "Zoeken · G40-kennisgraaf"


def test_search_title_escapes_the_query(client):
    page = html(client, "/search", q="<b>x</b>")
    assert title(page) == "Zoekresultaten voor “&lt;b&gt;x&lt;/b&gt;” (geen resultaten) · G40-kennisgraaf"


@pytest.mark.parametrize("lang, answered, asked", [
    ("nl", "Leden en deelnemers van een programma of onderdeel (1 rij) · G40-kennisgraaf",
     "Leden en deelnemers van een programma of onderdeel · G40-kennisgraaf"),
    ("en", "Members and participants of a programme or unit (1 row) · G40 knowledge graph",
     "Members and participants of a programme or unit · G40 knowledge graph"),
])
def test_question_title_says_the_answer_came_and_its_rows(client, lang, answered, asked):
    page = html(client, "/questions/members", target="Taskforce Economisch Herstel", lang=lang)
    assert title(page) == answered
    assert title(html(client, "/questions/members", lang=lang)) == asked  # nothing run yet


# --------------------------------------------------------------------------- 5: named tables (1.3.1)


class Tables(HTMLParser):
    """Each table's accessible name as a screen reader's list of tables gives it: the text of the
    elements its aria-labelledby names, its aria-label, or its caption."""

    def __init__(self, page: str):
        super().__init__()
        self.tables: list[dict] = []
        self.texts: dict[str, str] = {}
        self._open: list[str] = []
        self._caption = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables.append({"labelledby": attrs.get("aria-labelledby"), "label": attrs.get("aria-label"),
                                "caption": ""})
        if tag == "caption":
            self._caption = True
        if attrs.get("id"):
            self._open.append(attrs["id"])
            self.texts[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if tag == "caption":
            self._caption = False
        if tag in ("h1", "h2", "h3") and self._open:
            self._open.pop()

    def handle_data(self, data):
        for key in self._open:
            self.texts[key] += data
        if self._caption:
            self.tables[-1]["caption"] += data

    def names(self) -> list[str]:
        named = []
        for table in self.tables:
            if table["labelledby"]:
                named.append(" ".join(" ".join(self.texts[key].split()) for key in table["labelledby"].split()))
            else:
                named.append(table["label"] or table["caption"].strip())
        return named


@pytest.mark.parametrize("path, params, names", [
    ("/documents", {}, ["Documenten"]),
    ("/api", {}, ["API"]),
    ("/questions/members", {"target": "Taskforce Economisch Herstel"},
     ["Resultaat: Leden en deelnemers van een programma of onderdeel"]),
    ("/questions/members", {"target": "Taskforce Economisch Herstel", "lang": "en"},
     ["Results: Members and participants of a programme or unit"]),
])
def test_every_table_has_a_name(client, path, params, names):
    assert Tables(html(client, path, **params)).names() == names


def test_entity_attributes_table_is_named_by_its_heading(client):
    assert Tables(html(client, "/entity/municipality/gm0758")).names() == ["Kenmerken"]
    assert Tables(html(client, "/entity/municipality/gm0758", lang="en")).names() == ["Properties"]


# --------------------------------------------------------------------------- 6: short field names, hints described (3.3.2)


class Fields(HTMLParser):
    """Each form field of a question page: its label's own text (what a screen reader names it)
    and the text of the elements its aria-describedby points to."""

    def __init__(self, page: str):
        super().__init__()
        self.fields: list[dict] = []
        self.texts: dict[str, str] = {}
        self._label: list[str] | None = None
        self._ids: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label":
            self._label = []
        if tag in ("input", "textarea") and attrs.get("type") != "hidden" and attrs.get("name") != "q":
            self.fields.append({"name": attrs["name"], "label": self._label, "described": attrs.get("aria-describedby"),
                                "invalid": attrs.get("aria-invalid")})
        if attrs.get("id"):
            self._ids.append(attrs["id"])
            self.texts[attrs["id"]] = ""

    def handle_endtag(self, tag):
        if tag == "label":
            self._label = None
        if tag in ("small", "div", "p") and self._ids:
            self._ids.pop()

    def handle_data(self, data):
        if self._label is not None:
            self._label.append(data)
        for key in self._ids:
            self.texts[key] += data

    def read(self) -> list[tuple[str, str, str]]:
        return [(field["name"], " ".join("".join(field["label"]).split()),
                 " ".join(self.texts[field["described"]].split()) if field["described"] else "")
                for field in self.fields]


def test_a_field_is_named_by_its_label_and_described_by_its_hint(client):
    page = html(client, "/questions/members")
    fields = Fields(page).read()
    assert [name for name, _, _ in fields] == ["target", "at", "from", "until", "as_of"]
    assert fields[0][:2] == ("target", "Programma of onderdeel *")
    assert fields[0][2] == "naam van het programma of onderdeel"
    assert fields[2] == ("from", "Vanaf", "begin van een periode")
    assert fields[1][1] == "Op datum" and fields[1][2].startswith("Alleen wat een tekst voor die dag zegt")
    assert '<p class="muted required-note">Velden met * zijn verplicht.</p>' in page
    english = Fields(html(client, "/questions/members", lang="en")).read()
    assert english[2] == ("from", "From", "start of a period")
    assert 'Fields marked * are required.' in html(client, "/questions/members", lang="en")


def test_a_question_without_a_required_field_has_no_required_note(client):
    page = html(client, "/questions/ministries-per-theme")
    assert "required-note" not in page
    assert Fields(page).read()[0][:2] == ("theme", "Thema")


def test_an_invalid_field_is_described_by_its_error(client):
    page = client.get("/questions/ministries-per-theme", params={"at": "kapot"}, headers={"Accept": "text/html"}).text
    fields = {field["name"]: field for field in Fields(page).fields}
    assert fields["at"]["invalid"] == "true" and fields["at"]["described"] == "question-error"
    assert fields["from"]["invalid"] is None and fields["from"]["described"] == "hint-from"


# --------------------------------------------------------------------------- 7, 8: the network page's skip link and way back (2.4.1)


def _network(lang="nl", home=None):
    import networkx as nx

    from viz.network import network_data
    from viz.render import render_html

    g = nx.MultiDiGraph()
    g.add_node("a", label="Breda", type="Municipality", g40_member=True)
    g.add_node("b", label="EZK", type="Ministry")
    g.add_edge("a", "b", key="collaboratesWith", relation="collaboratesWith", weight=1,
               evidence=[{"quote": "Breda werkt samen met EZK.", "document": "d1", "title": "Jaarverslag",
                          "date": "2021-05-01", "language": "nl"}])
    return render_html(network_data(g, seed=1), lang=lang, home=home)


@pytest.mark.parametrize("lang, text", [("nl", "Naar de tabel van het netwerk"),
                                        ("en", "Skip to the table of the network")])
def test_network_page_opens_with_a_link_to_its_table(lang, text):
    page = _network(lang)
    body = page[page.index("<body>") + len("<body>"):].lstrip()
    assert body.startswith(f'<a class="g40-skip" href="#g40-table">{text}</a>'), body[:200]
    assert 'id="g40-table"' in page
    assert 'class="g40-home"' not in page  # a shared file links nowhere


def test_network_page_links_home_when_given_and_escapes_it():
    page = _network("nl", home={"href": "/g40/?x=<1>", "text": "Naar <de> verkenner"})
    assert '<a class="g40-home" href="/g40/?x=&lt;1&gt;">Naar &lt;de&gt; verkenner</a>' in page


@pytest.mark.parametrize("lang, home", [
    ("nl", '<a class="g40-home" href="/">Naar de verkenner</a>'),
    ("en", '<a class="g40-home" href="/?lang=en">To the explorer</a>'),
])
def test_the_served_network_page_links_back_to_the_explorer(client, lang, home):
    page = html(client, "/network", lang=lang)
    assert home in page
    assert page.index('class="g40-skip"') < page.index("<header")


@pytest.mark.browser
def test_the_skip_link_is_the_first_tab_stop_and_opens_the_table(chromium_browser, tmp_path):
    from browser.vizkit import PageRecord

    path = tmp_path / "netwerk.html"
    path.write_text(_network(), encoding="utf-8")
    record = PageRecord(chromium_browser, path)
    try:
        page = record.page
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "g40-skip"
        assert page.evaluate("document.activeElement.getBoundingClientRect().left") >= 0  # shown on focus
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#g40-table-view details').open")
        assert page.locator("#g40-table").is_visible()
        assert record.errors == []
    finally:
        record.close()


def test_the_static_copy_s_network_page_links_to_its_index_and_names_answer_tables(graph_path, tmp_path):
    from graph.serve.site import export_site

    out = tmp_path / "verkenner"
    export_site(graph_path, out)
    network = (out / "network.html").read_text(encoding="utf-8")
    assert '<a class="g40-home" href="index.html">Naar de verkenner</a>' in network
    assert (out / "index.html").exists()
    matrix = (out / "questions" / "collaborations-matrix.html").read_text(encoding="utf-8")
    assert Tables(matrix).names() == ["Resultaat: Samenwerkingen met ministeries (actor × ministerie)"]


# --------------------------------------------------------------------------- 9: NO_COLOR (no-color.org)


@pytest.mark.parametrize("env, expected", [
    ({}, "\x1b[1mStap 1\x1b[0m\n"),
    ({"NO_COLOR": "1"}, "Stap 1\n"),
    ({"TERM": "dumb"}, "Stap 1\n"),
])
def test_demo_step_headings_are_plain_under_no_color(monkeypatch, capsys, env, expected):
    from graph.cli.demo_cmd import _step

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    _step("Stap 1", color=True)  # as on a terminal
    assert capsys.readouterr().out == expected


# --------------------------------------------------------------------------- 11: an error in the form's words (3.3.1, 3.3.3)


@pytest.mark.parametrize("params, expected", [
    ({"at": "kapot", "lang": "nl"}, "Op datum: &#39;kapot&#39; is geen geldige datum (JJJJ-MM-DD of 31-01-2024)"),
    ({"at": "kapot", "lang": "en"}, "On date: &#39;kapot&#39; is not a valid date (YYYY-MM-DD or 31-01-2024)"),
])
def test_a_bad_value_is_named_by_its_field_label(client, params, expected):
    response = client.get("/questions/ministries-per-theme", params=params, headers={"Accept": "text/html"})
    assert response.status_code == 400
    assert f'<div id="question-error" role="alert"><p class="error">{expected}</p></div>' in response.text


def test_a_missing_field_is_named_without_command_line_advice(client):
    response = client.get("/questions/members", params={"run": "1"}, headers={"Accept": "text/html"})
    assert response.status_code == 400
    assert '<p class="error">Programma of onderdeel is verplicht</p>' in response.text
    assert "--param" not in response.text.split('id="question-error"', 1)[1].split("</div>", 1)[0]
    english = client.get("/questions/members", params={"run": "1", "lang": "en"}, headers={"Accept": "text/html"})
    assert '<p class="error">Programme or unit is required</p>' in english.text


def test_the_json_twin_keeps_the_command_line_message(client):
    data = client.get("/questions/members.json", params={"run": "1"}).json()
    assert data["error"] == "parameter target is verplicht (--param target=…)"


# --------------------------------------------------------------------------- 12: the network page's hint names the keyboard way (3.3.2)


@pytest.mark.parametrize("lang, hint", [
    ("nl", "Klik op een knoop of verbinding om te zien waarom ze er staat; met het toetsenbord: typ een naam in "
           "Zoeken en druk op Enter."),
    ("en", "Click a node or link to see why it is there; with the keyboard: type a name in Search and press Enter."),
])
def test_network_hint_names_the_keyboard_way(lang, hint):
    assert f'<p class="g40-hint">{hint}</p>' in _network(lang)


# --------------------------------------------------------------------------- 13: the language switch in its own language (3.1.2)


@pytest.mark.parametrize("lang, link", [
    ("nl", '<a class="lang" href="?lang=en" hreflang="en" lang="en">English</a>'),
    ("en", 'hreflang="nl" lang="nl">Nederlands</a>'),
])
def test_the_language_switch_is_marked_with_its_language(client, lang, link):
    page = html(client, "/", lang=lang)
    assert f'<html lang="{lang}">' in page
    assert link in page
