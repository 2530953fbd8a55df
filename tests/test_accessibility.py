"""Accessibility (WCAG 2.1 AA, the Dutch "Digitoegankelijk" standard) of the explorer, its static
copy, the network pages and the command line: the findings of walkthrough 12 (section B), each
asserted on the HTML, in the browser or on the command's output."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from test_serve_app import make_app, make_graph

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory) -> Path:
    return make_graph(tmp_path_factory.mktemp("a11y"))


@pytest.fixture(scope="module")
def client(graph_path):
    with TestClient(make_app(graph_path, "oxigraph")) as test_client:
        yield test_client


# --------------------------------------------------------------------------- A2: SPARQL editor (2.1.2)


@pytest.mark.parametrize("lang, hint", [
    ("nl", "Ctrl+Enter voert de query uit; Tab en Shift+Tab gaan naar het volgende of vorige element"),
    ("en", "Ctrl+Enter runs the query; Tab and Shift+Tab move to the next or previous element"),
])
def test_sparql_editor_explains_its_keys(client, lang, hint):
    page = client.get("/sparql", params={"lang": lang}, headers={"Accept": "text/html"}).text
    assert 'aria-describedby="query-keys"' in page
    assert re.search(r'<p id="query-keys" class="muted">[^<]*' + re.escape(hint), page), page


def test_sparql_script_does_not_catch_tab():
    script = (Path(__file__).resolve().parents[1] / "graph" / "serve" / "static" / "sparql.js").read_text()
    assert '"Tab"' not in script


@pytest.mark.browser
@pytest.mark.server
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing")
def test_sparql_editor_tab_moves_focus_and_ctrl_bracket_indents(chromium_browser, graph_path):
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    context = chromium_browser.new_context(locale="nl-NL")
    try:
        tab = context.new_page()
        tab.goto(base + "/sparql")
        tab.fill("#query", "SELECT ?a\nWHERE { ?a ?b ?c }")
        tab.focus("#query")
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.activeElement.id") == "run"  # out of the editor, to the run button
        assert tab.locator("#query").input_value() == "SELECT ?a\nWHERE { ?a ?b ?c }"
        tab.keyboard.press("Shift+Tab")
        assert tab.evaluate("document.activeElement.id") == "query"
        tab.evaluate("() => { const q = document.getElementById('query'); q.selectionStart = 0; "
                     "q.selectionEnd = q.value.length; }")
        tab.keyboard.press("Control+BracketRight")
        assert tab.locator("#query").input_value() == "  SELECT ?a\n  WHERE { ?a ?b ?c }"
        tab.keyboard.press("Control+BracketLeft")
        assert tab.locator("#query").input_value() == "SELECT ?a\nWHERE { ?a ?b ?c }"
    finally:
        context.close()
        stop_server(process)


# --------------------------------------------------------------------------- A3: the language of parts (3.1.2)


def _html(client, path, **params):
    response = client.get(path, params=params, headers={"Accept": "text/html"})
    return response.text


def test_dutch_document_text_is_marked_dutch_on_an_english_page(client):
    page = _html(client, "/document/doc-a", lang="en")
    assert '<html lang="en">' in page
    assert '<div class="document-text" lang="nl">Samenwerking in de regio' in page
    assert '<blockquote lang="nl">De Taskforce Economisch Herstel werkt samen met het ministerie van EZK.</blockquote>' \
        in page
    assert re.search(r'“<span lang="nl">[^<]+</span>” @\d+', page)


def test_quotes_on_an_entity_page_carry_their_document_language(client):
    page = _html(client, "/entity/ministry/mnre1045", lang="en")
    quotes = re.findall(r"<blockquote( lang=\"[^\"]*\")?>", page)
    assert quotes and set(quotes) == {' lang="nl"'}, quotes


def test_text_language_accepts_only_a_language_tag():
    from graph.serve.i18n import text_language

    assert [text_language(v) for v in ("en", "nl-BE", "", '"><script>', None)] == ["en", "nl-BE", "nl", "nl", "nl"]


def test_network_page_knows_each_document_language(seed_graph, runner, tmp_path):
    import json

    from graph.cli import cli

    out = tmp_path / "en.html"
    result = runner.invoke(cli, ["--graph", str(seed_graph), "--lang", "en", "viz", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(re.search(r'<script type="application/json" id="g40-data">(.*?)</script>', out.read_text(),
                                re.S).group(1))
    assert data["documents"] and {d.get("lang") for d in data["documents"].values()} == {"nl"}
