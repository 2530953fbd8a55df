"""An entity page on paper (walkthrough 47, finding 13: a ministry's page printed on three A4 pages, its network
and toggles included and its closed sources left out): the facts with every source, small and close, without
the network, its legend or the "Bron (n)" toggles; 25 facts of one source each fit one A4 page. Invented
documents; the browser checks are skipped without Chromium."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest


STYLE = Path(__file__).resolve().parents[1] / "graph" / "serve" / "static" / "style.css"
PRINT_JS = STYLE.with_name("print.js")
CITIES = ["Alkmaar", "Almelo", "Almere", "Alphen aan den Rijn", "Amersfoort", "Apeldoorn", "Arnhem", "Breda",
          "Delft", "Deventer", "Dordrecht", "Ede", "Emmen", "Enschede", "Gouda", "Groningen", "Haarlem", "Heerlen",
          "Helmond", "Hengelo", "Leeuwarden", "Leiden", "Lelystad", "Maastricht", "Nijmegen"]
#: one ministry, 25 cities that work with it, each in a document of its own
DOCUMENTS = {f"nieuws-{i:02d}": (f"De gemeente {city} werkt samen met het ministerie van Sociale Zaken en "
                                 f"Werkgelegenheid aan de aanpak van armoede in de wijk.", f"2025-{1 + i % 12:02d}-15")
             for i, city in enumerate(CITIES)}


def _print_rules() -> str:
    css = STYLE.read_text(encoding="utf-8")
    return css[css.index("@media print {"):]


def test_the_print_rules_hide_the_network_and_toggles_and_show_every_source():
    rules = _print_rules()
    hidden = re.search(r"\n  ([^{\n]+) \{ display: none !important; \}", rules).group(1).split(", ")
    assert ".no-print" in hidden
    assert "details.evidence > summary { display: none; }" in rules
    assert re.search(r"details\.evidence::details-content \{ content-visibility: visible;", rules)
    assert re.search(r"\n  [^{\n]*\bli\.fact\b[^{\n]* \{ break-inside: avoid; \}", rules)  # a fact and its sources: one block
    script = PRINT_JS.read_text(encoding="utf-8")
    assert '"beforeprint"' in script and '"afterprint"' in script  # browsers without ::details-content


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from tests.documents import static_copy

    return static_copy(tmp_path_factory.mktemp("print-entity"), DOCUMENTS)


def test_the_network_sits_in_a_block_that_is_not_printed(site):
    page = (site / "entity" / "ministry" / "mnre1073.html").read_text(encoding="utf-8")
    block = re.search(r'<div class="network no-print">\n<h2>(.*?)</a></p>\n</div>', page, re.S).group(1)
    assert block.startswith("Netwerk rondom SZW</h2>") and '<svg class="ego"' in block, block
    assert page.count('<details class="evidence"') == len(CITIES)


def test_a_page_of_25_facts_prints_on_one_a4_page_with_every_source(site, chromium_browser):
    pypdf = pytest.importorskip("pypdf")
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.goto((site / "entity" / "ministry" / "mnre1073.html").as_uri())
        page.emulate_media(media="print")
        assert not page.locator("div.network").is_visible() and not page.locator("svg.ego").is_visible()
        assert page.locator("details.evidence > summary").first.is_visible() is False
        quotes = page.locator("section.facts blockquote")
        assert quotes.count() == len(CITIES) and all(quotes.nth(i).is_visible() for i in range(quotes.count()))
        reader = pypdf.PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
        text = "".join(sheet.extract_text() for sheet in reader.pages)
        assert len(reader.pages) == 1, len(reader.pages)
        assert "De gemeente Nijmegen werkt samen" in text and "nieuws-24" in text
        page.emulate_media(media="screen")  # the script opens the closed sources for the print and closes them after
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.locator("details.evidence:not([open])").count() == 0
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        assert page.locator("details.evidence[open]").count() == 0  # more than three facts: all closed again
    finally:
        context.close()
