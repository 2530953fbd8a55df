"""Walkthrough 33 (round 56m): a councillor reads shared g40kg pages on a phone (360 × 740, touch) and a
tablet (768 × 1024): the network page from an e-mail, the static copy on a share, the printable overview.

Tests on the HTML and CSS first; a few in headless Chromium with mobile emulation (skipped without it).
"""

from __future__ import annotations

import re

import pytest
from browser.vizkit import ring_of_hubs

PHONE = dict(viewport={"width": 360, "height": 740}, device_scale_factor=3, is_mobile=True, has_touch=True)
TABLET = dict(viewport={"width": 768, "height": 1024}, device_scale_factor=2, is_mobile=True, has_touch=True)


def _open(browser, path, device=PHONE):
    context = browser.new_context(**device)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    return context, page, errors


# ---- finding 1: the overview on a phone ------------------------------------------------------------

def _overview(lang="nl"):
    from graph.overview import OverviewSection, overview_html

    section = OverviewSection("roles", ["personLabel", "role", "orgLabel", "since"], [
        {"personLabel": "Anouk Jansen-Brink", "role": "programmamanager",
         "orgLabel": "Themagroep Sterke keten van leren, werken en ondernemen", "since": "(genoemd 2022-09-20)",
         "sources": "Pijler Economie en Werk op de bestuurlijke netwerkdagen van de G40 (2022); <b>x</b>"}])
    return overview_html([section], "2026-12-07", lang)


def test_the_overview_says_how_wide_a_phone_is_and_its_tables_scroll_by_themselves():
    """Without the viewport line a phone laid the page out 980 px wide and showed it at 37 % (text 5.3 px)."""
    html = _overview()
    head = html[:html.index("</head>")]
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in head
    phone = html[html.index("@media screen and (max-width: 40em)"):]
    assert "table { display: block; overflow-x: auto; }" in phone[:phone.index("\n}")]
    narrow = html[html.index("@media screen and (max-width: 60em)"):]
    assert "td.sources { font-size: max(12px, 0.85em); }" in narrow[:narrow.index("\n}")]
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html  # still escaped


@pytest.mark.browser
def test_on_a_phone_the_overview_keeps_the_screen_width_and_12_px(chromium_browser, tmp_path):
    page_file = tmp_path / "stand.html"
    page_file.write_text(_overview(), encoding="utf-8")
    context, page, errors = _open(chromium_browser, page_file)
    try:
        got = page.evaluate("""() => ({width: innerWidth, page: document.documentElement.scrollWidth,
            tables: [...document.querySelectorAll('table')].map(t => t.getBoundingClientRect().right),
            sources: parseFloat(getComputedStyle(document.querySelector('td.sources')).fontSize)})""")
        assert got["width"] == 360 and got["page"] == 360, got
        assert all(right <= 360 for right in got["tables"]) and got["sources"] >= 12, got
    finally:
        context.close()


# ---- findings 2 and 3: the network page on a phone -------------------------------------------------

@pytest.fixture(scope="module")
def focus_page(tmp_path_factory):
    """A --focus page of 36 nodes: four towns in a ring with eight members each, the first the centre."""
    from viz.network import network_data
    from viz.render import render_html

    graph = ring_of_hubs(4, 8, ("Proefstad {hub}", "Municipality"), ("Werkgroep Proef {hub}-{leaf}", "OrganisationalUnit"),
                         leaf_id="u")
    page_file = tmp_path_factory.mktemp("viz-phone") / "netwerk.html"
    page_file.write_text(render_html(network_data(graph, seed=0, meta={"centre": "h0"})), encoding="utf-8")
    return page_file


_BOXES = """() => Object.fromEntries(['g40-network', 'g40-table-view', 'g40-controls'].map(id => {
    const r = document.getElementById(id).getBoundingClientRect(); return [id, [r.top, r.bottom]]; }))"""


def test_on_a_narrow_screen_the_part_under_the_header_scrolls_and_the_drawing_takes_no_height_from_its_canvas():
    """Finding 2: the page was one screen high and the drawing's least height (55vh) covered the table."""
    from pathlib import Path

    css = (Path(__file__).resolve().parents[1] / "viz" / "static" / "network.css").read_text(encoding="utf-8")
    tablet = css[css.index("@media screen and (max-width: 1024px)"):]
    tablet = tablet[:tablet.index("\n}")]
    for rule in ("#g40-content { overflow-y: auto; }", "#g40-main { flex: 1 0 auto; }",
                 "#g40-network { contain: size; }", "#g40-table-view { max-height: none; overflow: auto; }"):
        assert rule in tablet, rule


@pytest.mark.browser
@pytest.mark.parametrize("device", [PHONE, TABLET], ids=["phone", "tablet"])
def test_on_a_phone_the_table_and_its_line_are_never_under_the_drawing(chromium_browser, focus_page, device):
    context, page, errors = _open(chromium_browser, focus_page, device)
    try:
        page.wait_for_selector("body[data-ready='1']")
        page.locator("#g40-controls-toggle").tap()  # the legend above the drawing
        boxes = page.evaluate(_BOXES)
        assert boxes["g40-table-view"][0] >= boxes["g40-network"][1] - 0.5, boxes
        page.locator("#g40-controls-toggle").tap()
        page.locator("#g40-table-view summary").tap()
        page.wait_for_timeout(100)
        first = page.evaluate(_BOXES)
        page.wait_for_timeout(300)
        boxes = page.evaluate(_BOXES)
        assert boxes == first, (first, boxes)  # settled: the drawing does not grow with its canvas
        assert boxes["g40-table-view"][0] >= boxes["g40-network"][1] - 0.5, boxes
        assert page.evaluate("document.documentElement.scrollWidth") == device["viewport"]["width"]
        assert page.locator("#g40-table tbody tr").first.is_visible() and errors == []
    finally:
        context.close()


@pytest.mark.browser
def test_on_a_phone_the_focus_page_names_its_centre_at_12_px(chromium_browser, focus_page):
    """Finding 3: 'Netwerk rond Zwolle' on a phone drew the names that fit at 12 px but not Zwolle's (10.1 px,
    under the 10.5 px threshold)."""
    context, page, errors = _open(chromium_browser, focus_page)
    try:
        page.wait_for_selector("body[data-ready='1']")
        page.wait_for_timeout(100)
        got = page.evaluate("""() => { const net = g40viz.network, n = net.body.nodes['h0'];
            return {px: n.options.font.size * net.getScale(), label: n.options.label,
                    others: Object.values(net.body.nodes).filter(m => m.id !== 'h0')
                        .map(m => m.options.font.size * net.getScale()).filter(px => px >= 10.5).length}; }""")
        assert got["label"] == "Proefstad 0" and got["px"] >= 12, got
        assert got["others"] >= 1 and errors == [], got  # the page is in its "names that fit" mode
    finally:
        context.close()


# ---- findings 4, 5, 6: the static copy's pages keep the screen's width ----------------------------

def _site_css():
    from pathlib import Path

    return (Path(__file__).resolve().parents[1] / "graph" / "serve" / "static" / "style.css").read_text(encoding="utf-8")


def test_the_copys_counts_wrap_iris_break_and_wide_tables_scroll_by_themselves_up_to_a_tablet():
    css = _site_css()
    assert re.search(r"ul\.counts \{[^}]*flex-wrap: wrap;", css)
    assert "main { overflow-wrap: break-word; }" in css
    tablet = css[css.index("@media screen and (max-width: 1024px)"):]
    assert "table.results, table.attributes { display: block; max-width: 100%; overflow-x: auto; }" in \
        tablet[:tablet.index("\n}")]


#: the shapes of the home page's counts, an entity's IRIs and a question's wide table (as the templates write them)
_SITE_PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{css}</style></head><body><main>
<h1>Proefstad <span class="type">gemeente</span></h1>
<p class="iri"><code>https://w3id.org/g40kg/id/municipality/gm9999-een-lange-sleutel-zonder-spaties</code></p>
<p>Zelfde als: <a href="#">https://identifier.overheid.nl/tooi/id/gemeente/gm9999-een-lange-sleutel</a></p>
<ul class="counts"><li><strong>16</strong> documenten</li><li><strong>119</strong> entiteiten in de documenten</li>
<li><strong>203</strong> feiten</li><li><strong>11210</strong> triples</li></ul>
<table class="results"><thead><tr>{heads}</tr></thead><tbody><tr>{cells}</tr></tbody></table>
</main></body></html>"""


@pytest.mark.browser
@pytest.mark.parametrize("device", [PHONE, TABLET], ids=["phone", "tablet"])
def test_a_copys_page_keeps_the_screen_width_on_a_phone_and_a_tablet(chromium_browser, tmp_path, device):
    """Findings 4-6: the home page was 476 px wide on a phone, an entity page 453-467 px (its IRIs),
    who-does-what 1113 px on a tablet; a phone then shows the whole page smaller."""
    words = ["persoon", "rol", "portefeuille", "orgaan", "sinds", "tot", "bronnen", "documenten", "laatste"]
    page_file = tmp_path / "pagina.html"
    page_file.write_text(_SITE_PAGE.format(css=_site_css(), heads="".join(f"<th>{w}</th>" for w in words),
                                           cells="".join(f"<td>Stuurgroep{w.capitalize()}Proefvallei</td>" for w in words)),
                         encoding="utf-8")
    context, page, errors = _open(chromium_browser, page_file, device)
    try:
        got = page.evaluate("""() => ({width: innerWidth, page: document.documentElement.scrollWidth,
            table: document.querySelector('table').scrollWidth, box: document.querySelector('table').clientWidth})""")
        assert got["width"] == device["viewport"]["width"] and got["page"] == got["width"], got
        assert got["table"] > got["box"], got  # the table is wider than the screen and scrolls in itself
    finally:
        context.close()


# ---- findings 8, 9, 13: sizes on a phone --------------------------------------------------------

_SMALL = """() => { const small = [], targets = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n;
  while ((n = walker.nextNode())) {
    const el = n.parentElement; if (!n.textContent.trim() || el.closest('[hidden], script, style, .g40-visually-hidden')) continue;
    const closed = el.closest('details:not([open])'); if (closed && !el.closest('summary')) continue;
    const r = el.getBoundingClientRect(); if (!r.width || !r.height) continue;
    if (parseFloat(getComputedStyle(el).fontSize) < 12) small.push(el.className + ': ' + n.textContent.trim().slice(0, 30));
  }
  for (const el of document.querySelectorAll('#g40-panel-close, .g40-legend label, #g40-period, summary')) {
    const r = el.getBoundingClientRect(); if (r.width && r.height && r.height < 24) targets.push(el.textContent.trim().slice(0, 30) + ' ' + r.height);
  }
  return {small: small, targets: targets, count: document.getElementById('g40-search-count').getBoundingClientRect().height}; }"""


@pytest.mark.browser
@pytest.mark.parametrize("device", [PHONE, TABLET], ids=["phone", "tablet"])
def test_on_a_phone_no_text_is_under_12_px_and_the_finger_targets_are_24_px(chromium_browser, focus_page, device):
    """Finding 8: sources, types and counts were 11.2-11.9 px; finding 9: the panel's × 23 px wide, a
    legend's row 22 px, the footer's lines 16 px; finding 13: an empty count made a blank row in the header."""
    context, page, errors = _open(chromium_browser, focus_page, device)
    try:
        page.wait_for_selector("body[data-ready='1']")
        page.locator("#g40-controls-toggle").tap()
        page.evaluate("g40viz.showNode('h0')")
        page.wait_for_timeout(100)
        got = page.evaluate(_SMALL)
        assert got == {"small": [], "targets": [], "count": 0}, got
        close = page.locator("#g40-panel-close").bounding_box()
        assert close["width"] >= 44 and close["height"] >= 44, close
    finally:
        context.close()


def test_the_copys_type_badge_is_12_px_and_a_source_line_is_a_finger_high():
    css = _site_css()
    assert "h1 .type, .type { font-size: .75rem;" in css  # 12 px, where .7rem was 11.2
    assert "@media screen and (max-width: 1024px) { details.evidence summary { padding: .2rem 0; } }" in css


# ---- finding 10: a viewer that runs no scripts ----------------------------------------------------

@pytest.mark.parametrize("lang, words", [("nl", "Deze weergave voert geen scripts uit, dus de tekening ontbreekt."
                                                 " Open het bestand in een browser (Chrome, Edge, Firefox of Safari) "
                                                 "voor de tekening, of open hieronder 'Toon als tabel'"),
                                         ("en", "This viewer runs no scripts, so the drawing is missing. Open the file "
                                                "in a browser (Chrome, Edge, Firefox or Safari) for the drawing, or "
                                                "open 'Show as table' below")])
def test_a_page_opened_without_scripts_says_why_the_drawing_is_missing_and_where_the_links_are(lang, words):
    from viz.network import network_data
    from viz.render import render_html

    graph = ring_of_hubs(2, 1, ("Proefstad {hub}", "Municipality"), ("Lid {hub}-{leaf}", "Person"))
    html = render_html(network_data(graph, seed=0), lang=lang)
    noscript = re.search(r"<noscript>(.*?)</noscript>", html, re.S).group(1)
    assert f'<p class="g40-noscript">{words}' in noscript.replace("&#39;", "'")
    assert "#g40-main, #g40-header .g40-search, #g40-controls-toggle { display: none !important; }" in noscript


@pytest.mark.browser
def test_on_a_phone_without_scripts_the_message_and_the_table_show(chromium_browser, focus_page):
    context = chromium_browser.new_context(**PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(focus_page.resolve().as_uri())
        assert page.locator(".g40-noscript").is_visible() and not page.locator("#g40-main").is_visible()
        page.locator("#g40-table-view summary").tap()
        assert page.locator("#g40-table tbody tr").first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") == 360
    finally:
        context.close()


# ---- finding 7: a source's link in the static copy lands on its sentence --------------------------

#: invented: a phone number before the fact (masked on the page, so its text is shorter than the file's)
_SOURCE_DOCUMENTS = {
    "nieuws-proefstad": ("Nieuws uit Proefstad. Vragen? Bel 06-12345678 of mail info@proefstad.example.\n\n"
                         "De gemeente Almelo werkt samen met het ministerie van Sociale Zaken en Werkgelegenheid "
                         "aan de aanpak van armoede.\n\nDe gemeente Almere werkt samen met het ministerie van "
                         "Volksgezondheid, Welzijn en Sport aan de zorg in de wijk.", "2025-03-15"),
}


@pytest.fixture(scope="module")
def source_site(tmp_path_factory):
    from tests.documents import static_copy

    return static_copy(tmp_path_factory.mktemp("site-sources"), _SOURCE_DOCUMENTS)


def test_a_source_link_in_the_copy_names_the_sentence_its_document_page_marks(source_site):
    """Finding 7: the link opened the document at its top; on a phone the sentence was somewhere in a long text."""
    import html as html_module

    entity = (source_site / "entity" / "municipality").glob("*.html")
    links = [(page, html_module.unescape(href)) for page in entity
             for href in re.findall(r'<a class="doc" href="([^"]+)"', page.read_text(encoding="utf-8"))]
    assert len(links) >= 2, links
    for page, href in links:
        path, _, anchor = href.partition("#")
        assert re.fullmatch(r"t\d+", anchor), href
        target = (page.parent / path).read_text(encoding="utf-8")
        at = target.index(f'<span class="sentence" id="{anchor}"></span>')
        text = re.sub(r"<[^>]+>", "", target[at:at + 600])
        assert text.startswith("De gemeente Alme"), text[:80]  # the sentence, after the masked number
        assert "06-12345678" not in target


def test_the_served_document_page_has_no_sentence_anchors(client):
    page = client.get("/documents").text
    first = re.search(r'href="(/document/[^"]+)"', page).group(1)
    assert 'class="sentence"' not in client.get(first).text


def test_on_paper_the_brief_is_small_enough_to_keep_to_its_page():
    """Finding 12: printed on A4, 17 cities and 9 ministries ran onto a second sheet (the brief's own page)."""
    from graph.overview_summary import SUMMARY_STYLE

    assert ("@media print { section.summary table { font-size: 0.75em; } "
            "section.summary th, section.summary td { padding: 0.1em 0.35em; } }") in SUMMARY_STYLE
    assert "@media print { section.summary { break-after: page; } }" in SUMMARY_STYLE
