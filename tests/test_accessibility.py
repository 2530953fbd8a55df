"""Accessibility (WCAG 2.1 AA, the Dutch "Digitoegankelijk" standard) of the explorer, its static
copy, the network pages and the command line: the findings of walkthrough 12 (section B), each
asserted on the HTML, in the browser or on the command's output."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from serve_fixture import make_app, make_graph

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
    quotes = re.findall(r"<blockquote( lang=\"[^\"]*\")?(?: title=\"[^\"]*\")?>", page)
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


# --------------------------------------------------------------------------- A1: the network as a table (1.1.1, 2.1.1, 1.4.1)


def _contrast(colour: str, background: str = "#ffffff") -> float:
    def luminance(value):
        channels = [int(value.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _network_page(lang="nl", probe="<img src=x onerror=alert(1)>"):
    import networkx as nx

    from viz.network import network_data
    from viz.render import render_html

    g = nx.MultiDiGraph()
    g.add_node("a", label=f"Breda {probe}", type="Municipality", g40_member=True)
    g.add_node("b", label="EZK", type="Ministry")
    g.add_node("c", label="Losse Knoop", type="Person")
    g.add_edge("a", "b", key="collaboratesWith", relation="collaboratesWith", weight=1,
               evidence=[{"quote": f"Breda werkt samen met EZK {probe}", "document": "d1", "title": "Jaarverslag",
                          "date": "2021-05-01", "language": "nl"}])
    return render_html(network_data(g, seed=1), lang=lang)


def test_network_page_has_a_table_of_its_links():
    page = _network_page()
    assert '<details>\n<summary>Toon als tabel (1)</summary>\n<table id="g40-table" class="g40-table">' in page
    assert ('<thead><tr><th scope="col">Van</th><th scope="col">Relatie</th><th scope="col">Naar</th>'
            '<th scope="col">Bronnen</th></tr></thead>') in page
    assert ('<tr><th scope="row">Breda &lt;img src=x onerror=alert(1)&gt; <span class="g40-type-tag">Gemeente</span></th>'
            '<td>werkt samen met</td><td>EZK <span class="g40-type-tag">Ministerie</span></td>'
            '<td><blockquote class="g40-quote" lang="nl">Breda werkt samen met EZK &lt;img src=x onerror=alert(1)&gt;'
            '</blockquote><p class="g40-source">Jaarverslag · 2021-05-01</p></td></tr>') in page
    assert '<ul><li>Losse Knoop <span class="g40-type-tag">Persoon</span></li></ul>' in page
    assert '<img src=x' not in page
    assert 'role="img" aria-label="G40-kennisgraaf: netwerk: tekening (de tabel onder de tekening geeft dezelfde ' \
           'gegevens als tekst)"' in page
    assert '<a href="#g40-table">Dezelfde knopen en verbindingen' in page


def test_network_page_has_a_main_landmark_filter_groups_and_a_short_live_status():
    """Walkthrough 15, finding 15: the drawing, panel and table in <main>; the filters are groups,
    not navigation; the panel itself is not live (its quotes are not read at every selection)."""
    page = _network_page()
    main = page[page.index("<main"):page.index("</main>")]
    for part in ('id="g40-network"', 'id="g40-panel"', 'id="g40-table"', 'id="g40-types"'):
        assert part in main, part
    assert "<nav" not in page
    assert '<section role="group" aria-labelledby="g40-types-heading">\n      <h2 id="g40-types-heading">Soorten</h2>' in page
    assert '<section role="group" aria-labelledby="g40-relations-heading">' in page
    assert '<aside id="g40-panel" hidden aria-labelledby="g40-panel-heading">' in page
    assert re.findall(r'<[^>]*aria-live[^>]*>', page) == [
        '<span id="g40-search-count" aria-live="polite">', '<span id="g40-status" aria-live="polite">',
        '<p id="g40-panel-status" class="g40-visually-hidden" role="status" aria-live="polite">']
    assert page.count("<main") == 1 and page.index("</header>") < page.index("<main") < page.index("<footer")


def test_network_table_in_english():
    page = _network_page("en")
    assert '<summary>Show as table (1)</summary>' in page
    assert '<td>collaborates with</td><td>EZK <span class="g40-type-tag">Ministry</span></td>' in page


def test_relations_differ_by_more_than_colour_and_lines_have_contrast():
    from viz.style import default_style

    relations = default_style()["relations"]
    patterns = {}
    for name, style in relations.items():
        if name == "memberOf":  # drawn as hasRole (the page folds them together)
            continue
        key = (str(style["dashes"]), style["arrows"])
        assert key not in patterns, f"{name} draws like {patterns.get(key)}"
        patterns[key] = name
    low = {name: style["color"] for name, style in relations.items() if _contrast(style["color"]) < 3}
    assert low == {}
    types = {name: style["color"] for name, style in default_style()["types"].items() if _contrast(style["color"]) < 3}
    assert types == {}
    assert _contrast(default_style()["g40"]["border"]) >= 3


def test_a_big_network_page_keeps_its_table_light():
    import networkx as nx

    from viz.network import network_data
    from viz.render import render_html
    from viz.table import QUOTES_PER_LINK_BIG

    g = nx.MultiDiGraph()
    for i in range(5000):
        g.add_node(f"n{i}", label=f"Knoop {i}", type="Person")
    for i in range(10000):
        g.add_edge(f"n{i % 5000}", f"n{(i * 7 + 1) % 5000}", key=f"k{i}", relation="collaboratesWith", weight=3,
                   evidence=[{"quote": f"Citaat {i}.{j}", "document": "d1"} for j in range(3)])
    data = network_data(g, seed=1)
    page = render_html(data)  # its time at 5,000 nodes: benchmarks/viz.py
    rows = page.count('<tr><th scope="row">')
    assert rows == 10000
    assert page.count('<blockquote class="g40-quote"') == 10000 * QUOTES_PER_LINK_BIG
    assert page.count("… en nog 2") == 10000


@pytest.mark.browser
def test_keyboard_user_opens_the_network_table(chromium_browser, tmp_path):
    from browser.vizkit import PageRecord

    path = tmp_path / "netwerk.html"
    path.write_text(_network_page(), encoding="utf-8")
    record = PageRecord(chromium_browser, path)
    try:
        page = record.page
        assert not page.locator("#g40-table").is_visible()
        page.focus("#g40-table-view summary")
        page.keyboard.press("Enter")
        assert page.locator("#g40-table").is_visible()
        assert page.locator("#g40-table tbody tr").count() == 1
        page.keyboard.press("Enter")  # closed again
        assert not page.locator("#g40-table").is_visible()
        page.focus("a[href='#g40-table']")
        page.keyboard.press("Enter")  # the hint's link opens the table (a fragment inside <details>)
        page.wait_for_function("document.querySelector('#g40-table-view details').open")
        # the legend draws each relation's pattern, not only its colour
        assert page.locator("#g40-relations svg.g40-line line").first.get_attribute("stroke-dasharray") is None
        assert record.errors == [] and all(url.startswith("file:") or url.startswith("data:")
                                           for url in record.requests)
    finally:
        record.close()


@pytest.mark.browser
def test_network_panel_announces_a_summary_and_escape_returns_focus(chromium_browser, tmp_path):
    """Walkthrough 15, finding 15: Enter in the search opens the panel with a short status (name and
    count of links) and focus on its heading; Escape closes it and gives focus back to the search."""
    from browser.vizkit import PageRecord

    path = tmp_path / "netwerk.html"
    path.write_text(_network_page(), encoding="utf-8")
    record = PageRecord(chromium_browser, path)
    try:
        page = record.page
        page.focus("#g40-search")
        page.keyboard.type("EZK")
        page.keyboard.press("Enter")
        page.wait_for_selector("#g40-panel:not([hidden])")
        assert page.locator("#g40-panel-status").inner_text() == "Paneel: EZK, 1 verbinding"
        assert page.evaluate("document.activeElement.id") == "g40-panel-heading"
        page.keyboard.press("Escape")
        assert page.locator("#g40-panel").is_hidden()
        assert page.evaluate("document.activeElement.id") == "g40-search"
        assert page.locator("#g40-panel-status").inner_text() == "Paneel gesloten"
        assert record.errors == []
    finally:
        record.close()


# --------------------------------------------------------------------------- A10: progress on the command line


@pytest.mark.parametrize("env, terminal, flag, expected", [
    ({"TERM": "xterm-256color"}, True, False, "bar"),
    ({"TERM": "dumb"}, True, False, "lines"),
    ({"TERM": "xterm", "NO_COLOR": "1"}, True, False, "lines"),
    ({"TERM": "xterm", "G40KG_NO_PROGRESS": "1"}, True, False, "off"),
    ({"TERM": "xterm"}, True, True, "off"),
    ({"TERM": "xterm"}, False, False, "off"),
])
def test_progress_mode(monkeypatch, env, terminal, flag, expected):
    from graph.cli import progress

    for name in ("TERM", "NO_COLOR", "G40KG_NO_PROGRESS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(progress, "_is_terminal", lambda: terminal)
    monkeypatch.setattr(progress, "_disabled", flag)
    assert progress.mode() == expected


def _build_on_a_terminal(tmp_path, *options, term="dumb"):
    """stderr of ``g40kg build`` of 24 small documents, written to a pseudo-terminal."""
    import os
    import pty
    import subprocess
    import sys

    corpus = tmp_path / "docs"
    corpus.mkdir(exist_ok=True)
    for i in range(24):
        (corpus / f"nieuws-{i:02d}.txt").write_text(f"Nieuws {i}\n\nBreda werkt samen met het ministerie van EZK.\n")
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("G40KG_") and k != "NO_COLOR"}
    env["TERM"] = term
    process = subprocess.Popen([sys.executable, "-c", "from graph.cli import main; main()", "--graph",
                                str(tmp_path / f"kg-{term}-{len(options)}"), *options, "build", str(corpus),
                                "--no-validate"], stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    said = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        said += chunk
    assert process.wait(timeout=300) == 0, said
    os.close(leader)
    return said.decode("utf-8", "replace")


def test_a_dumb_terminal_gets_plain_progress_lines(tmp_path):
    said = _build_on_a_terminal(tmp_path)
    assert "\r" not in said.replace("\r\n", "\n") and "\x1b" not in said, repr(said)
    assert "Extractie: 24 van 24" in said, said


def test_no_progress_shows_none(tmp_path):
    said = _build_on_a_terminal(tmp_path, "--no-progress", term="xterm")
    assert "Extractie" not in said and "\x1b[?25l" not in said, repr(said)
    assert "24 documenten zonder datum" in said  # warnings are no progress: they stay


def test_help_documents_the_progress_switch(runner):
    from graph.cli import cli

    dutch = runner.invoke(cli, ["--help"]).output
    english = runner.invoke(cli, ["--lang", "en", "--help"]).output
    assert "--no-progress" in dutch and "G40KG_NO_PROGRESS=1" in " ".join(dutch.split())
    assert "No progress bar or progress lines (environment: G40KG_NO_PROGRESS=1)" in " ".join(english.split())


def test_a_bad_number_is_said_in_dutch(runner, tmp_path):
    from graph.cli import cli

    result = runner.invoke(cli, ["--graph", str(tmp_path / "kg"), "viz", "--focus", "EZK", "--depth", "abc"])
    assert result.exit_code == 2
    assert "Fout: Ongeldige waarde voor '--depth': 'abc' is geen geldig getal." in result.output, result.output


# --------------------------------------------------------------------------- A4: form errors (3.3.1, 4.1.3)


def test_a_question_error_is_announced_and_tied_to_its_field(client):
    response = client.get("/questions/members", params={"target": "XYZ", "run": "1"}, headers={"Accept": "text/html"})
    page = response.text
    assert response.status_code == 400
    assert "<title>Fout: Leden en deelnemers van een programma of onderdeel · G40-kennisgraaf</title>" in page
    assert '<div id="question-error" role="alert"><p class="error">onbekende naam &#39;XYZ&#39;' in page
    assert re.search(r'<input name="target" value="XYZ"[^>]* aria-invalid="true" aria-describedby="question-error"',
                     page), page
    assert page.index('id="question-error"') < page.index('<form class="question"')  # read before the form
    assert 'title="target"' not in page and "<label title=" not in page


def test_a_question_without_error_marks_no_field(client):
    page = _html(client, "/questions/members", target="Taskforce Economisch Herstel", run="1")
    assert "aria-invalid" not in page and 'role="alert"' not in page


# --------------------------------------------------------------------------- A7: tables readable out of context (2.4.4)


@pytest.mark.parametrize("lang, heading, link, kind", [
    ("nl", "bron", "Citaat in het document", "Persoon"),
    ("en", "source", "Quote in the document", "Person"),
])
def test_question_table_names_its_links_documents_and_types(client, lang, heading, link, kind):
    page = _html(client, "/questions/members", target="Taskforce Economisch Herstel", run="1", lang=lang)
    assert f"<th class=\"col-evidence\">{heading}</th></tr></thead>" in page  # left out in print (finding 15)
    assert f'<a href="/document/doc-a?start=98&amp;end=151&amp;lang={lang}#evidence" aria-label="{link}">↗</a></td></tr>' \
        in page
    assert '<a href="/document/doc-a' in page and '">Samenwerking in de regio</a></td>' in page
    assert f"</a></td><td>{kind}</td>" in page
    assert '<td lang="nl">Voorzitter van de taskforce is Anna de Vries (Breda).</td>' in page
    assert "<td>Person</td>" not in page or lang == "en"


def test_question_json_keeps_machine_values(client):
    answer = client.get("/questions/members.json", params={"target": "Taskforce Economisch Herstel"}).json()["answer"]
    kinds = [row[answer["columns"].index("memberType")] for row in answer["rows"]]
    assert kinds == [{"value": "Person", "text": "Persoon"}]
    assert answer["columns"][-3:] == ["ev", "targetCode", "memberCode"]  # the register codes after it (round 45l)


# --------------------------------------------------------------------------- A5, A6, A8, A9: links, SVG, contrast, focus


def test_mentions_in_document_text_are_underlined_and_titles_do_not_repeat_them(client):
    css = client.get("/static/style.css").text
    assert "a.mention { background: #e7eef6; border-radius: 2px; text-decoration: underline;" in css
    page = _html(client, "/document/doc-a")
    for text, title in re.findall(r'<a class="mention[^"]*"[^>]*?(?: title="([^"]*)")?>([^<]*)</a>', page):
        assert title.lower() != text.lower()


def test_entity_network_drawing_is_a_group_of_links_not_an_image(client):
    page = _html(client, "/entity/ministry/mnre1045")
    assert '<svg class="ego"' in page and 'role="group" aria-label="Netwerk rondom EZK"' in page
    assert not re.search(r'<svg class="ego"[^>]*role="img"', page)


def test_entity_network_uses_the_network_pages_marks_a_legend_and_role_names(client):
    """Walkthrough 15, finding 17: type by shape and colour as on the network page, a legend, and
    the role (not "lid van") in each role line's text alternative."""
    from viz.style import default_style

    types = default_style()["types"]
    page = _html(client, "/entity/person/anna-de-vries")
    marks = re.findall(r'<(circle|polygon) [^>]*class="mark (\w+)( centre)?" fill="(#[0-9a-f]{6})"><title>([^<]*)</title>', page)
    assert sorted((kind, fill, title) for _, kind, _, fill, title in marks) == [
        ("Municipality", types["Municipality"]["color"], "Gemeente"),
        ("OrganisationalUnit", types["OrganisationalUnit"]["color"], "Organisatieonderdeel"),
        ("Person", types["Person"]["color"], "Persoon")]
    assert [shape for shape, kind, *_ in marks if kind == "Person"] == ["circle"]  # a dot, as on the network page
    assert [shape for shape, kind, *_ in marks if kind == "Municipality"] == ["polygon"]  # a square
    assert "<title>Anna de Vries voorzitter van Taskforce Economisch Herstel</title>" in page
    assert "lid van" not in page
    legend = re.search(r'<ul class="ego-legend" aria-label="Soorten in de tekening">(.*?)</ul>', page).group(1)
    assert re.findall(r"</svg> ([^<]+)</li>", legend) == ["Persoon", "Gemeente", "Organisatieonderdeel"]
    english = _html(client, "/entity/unit/taskforce-economisch-herstel", lang="en")
    assert "<title>Anna de Vries chair of Taskforce Economisch Herstel</title>" in english
    assert '<ul class="ego-legend" aria-label="Types in the drawing">' in english


def test_every_type_and_relation_colour_keeps_a_margin_above_3_to_1():
    """Walkthrough 15, finding 18: node, line and G40-ring colours 3.5:1 or more against white (WCAG
    1.4.11 asks 3:1; thin lines and small marks look fainter), and the types' colours all differ."""
    from viz.style import default_style

    style = default_style()
    colours = {f"type {name}": s["color"] for name, s in style["types"].items()}
    colours.update({f"relation {name}": s["color"] for name, s in style["relations"].items()})
    colours["g40 ring"] = style["g40"]["border"]
    assert {name: round(_contrast(c), 2) for name, c in colours.items() if _contrast(c) < 3.5} == {}
    type_colours = [s["color"] for s in style["types"].values()]
    assert len(set(type_colours)) == len(type_colours)
    css = (Path(__file__).resolve().parents[1] / "viz" / "static" / "network.css").read_text()
    assert f'outline: 3px solid {style["g40"]["border"]}' in css  # the legend's G40 swatch is the ring


def test_non_text_contrast_and_focus_styles(client):
    css = client.get("/static/style.css").text
    button = re.search(r"button \{[^}]*border: 1px solid (#[0-9a-f]{6})", css).group(1)
    line = re.search(r"svg\.ego line \{ stroke: (#[0-9a-f]{6})", css).group(1)
    assert _contrast(button) >= 3 and _contrast(line) >= 3
    assert "fill:" not in "".join(re.findall(r"svg\.ego \.mark[^{]*\{[^}]*\}", css))  # the marks' own colours
    assert "svg.ego text { font-size: 12px;" in css
    assert ":focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }" in css
    assert "header :focus-visible, a.skip:focus-visible { outline-color: #ffbf47; }" in css
    assert _contrast("#ffbf47", "#12355b") >= 3  # the navigation's dark blue
    viz_css = (Path(__file__).resolve().parents[1] / "viz" / "static" / "network.css").read_text()
    assert "#g40-header :focus-visible { outline-color: #ffbf47; }" in viz_css


# --------------------------------------------------------------------------- U3, U4: command-line tables people read


def test_entity_table_reads_in_dutch_and_scripts_keep_names(runner, graph_path):
    import csv
    import io

    from graph.cli import cli

    table = runner.invoke(cli, ["--graph", str(graph_path), "entity", "Anna de Vries"]).output
    assert table.splitlines()[0] == "Anna de Vries (Persoon) https://w3id.org/g40kg/id/person/anna-de-vries"
    assert re.search(r"^heeft een rol bij +→ +Taskforce Economisch Herstel +Organisatieonderdeel ", table, re.M), table
    assert "hasRole" not in table and "OrganisationalUnit" not in table
    tsv = runner.invoke(cli, ["--graph", str(graph_path), "entity", "Anna de Vries", "--format", "tsv"]).output
    rows = {(row["relation"], row["otherType"]) for row in csv.DictReader(io.StringIO(tsv), delimiter="\t")}
    assert ("hasRole", "OrganisationalUnit") in rows, rows


def test_entity_help_points_to_markdown(runner):
    from graph.cli import cli

    dutch = " ".join(runner.invoke(cli, ["entity", "--help"]).output.split())
    english = " ".join(runner.invoke(cli, ["--lang", "en", "entity", "--help"]).output.split())
    assert "in een smal venster of met een schermlezer leest --format markdown beter" in dutch
    assert "in a narrow window or with a screen reader --format markdown reads better" in english


def test_a_keyboard_user_can_skip_the_linked_document_text(client):
    page = _html(client, "/document/doc-a")
    skip = page.index('<a class="skip-text" href="#document-facts">Sla de tekst over (naar de feiten uit dit document)</a>')
    assert skip < page.index('<div class="document-text"')
    assert '<h2 id="document-facts" tabindex="-1">' in page
    english = _html(client, "/document/doc-a", lang="en")
    assert ">Skip the text (to the facts from this document)</a>" in english
