"""The explorer in headless Chromium (Playwright): search → entity → evidence → network, and the
SPARQL page running a query. Screenshots go to ``tests/output/`` (git-ignored)."""

from __future__ import annotations

from pathlib import Path

import pytest

from serve_fixture import make_graph
from test_serve_http import start_server, stop_server

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parent / "output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.server,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    process, base = start_server(make_graph(tmp_path_factory.mktemp("browser")))
    yield base
    stop_server(process)


@pytest.fixture(scope="module")
def browser(chromium_browser):
    # the session's one Chromium: a second Playwright started beside it fails ("Sync API inside the
    # asyncio loop") when the network-page tests ran first
    return chromium_browser


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    tab = context.new_page()
    failures: list[str] = []
    tab.on("pageerror", lambda error: failures.append(str(error)))
    tab.on("requestfailed", lambda request: failures.append(f"request failed: {request.url}"))
    tab.on("request", lambda request: request.url.startswith(server) or request.url.startswith("data:")
           or failures.append(f"outside request: {request.url}"))
    yield tab
    context.close()
    assert failures == []


def shot(tab, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    tab.screenshot(path=str(OUTPUT / f"serve-{name}.png"), full_page=True)


def test_search_entity_evidence_network(page, server):
    page.goto(server + "/")
    assert page.locator("#cities li").all_inner_texts()[0].startswith("Breda")
    shot(page, "home")
    page.fill("nav input[name=q]", "vries")
    page.press("nav input[name=q]", "Enter")
    page.wait_for_url("**/search?q=vries")
    page.click("text=Anna de Vries")
    page.wait_for_url("**/entity/person/anna-de-vries")
    assert page.locator("h1").inner_text().startswith("Anna de Vries")
    relation = page.locator("section.relation[data-predicate=hasRole]")
    assert "Taskforce Economisch Herstel" in relation.inner_text()
    assert "Voorzitter van de taskforce is Anna de Vries (Breda)." in relation.locator("blockquote").first.inner_text()
    assert page.locator("svg.ego .mark").count() == 3
    shot(page, "entity")
    relation.locator("a.doc").first.click()
    page.wait_for_url("**/document/doc-a?start=98&end=151#evidence")
    marked = "".join(page.locator(".document-text .hl").all_inner_texts())
    assert marked == "Voorzitter van de taskforce is Anna de Vries (Breda)."
    assert page.locator(".document-text a.mention").count() == 6
    assert "<script>alert" in page.locator(".document-text").inner_text()  # shown as text, not run
    shot(page, "document")
    page.go_back()
    page.click("a.full-network")
    page.wait_for_url("**/network?focus=*")
    assert page.locator("body").inner_text().strip() != ""
    shot(page, "network")


def test_sparql_page_runs_a_query(page, server):
    page.goto(server + "/sparql")
    page.fill("#query", "SELECT ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label } ORDER BY ?label")
    page.click("#run")
    page.wait_for_selector("#results table.results tbody tr")
    cells = page.locator("#results tbody td").all_inner_texts()
    assert cells == ["BZK", "EZK"]
    assert "2 rijen" in page.locator("#status").inner_text()
    shot(page, "sparql")
    page.fill("#query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    page.click("#run")
    page.wait_for_selector("#results pre.error")
    assert "alleen-lezen" in page.locator("#results pre.error").inner_text()


def test_a_query_link_opens_the_editor_and_runs_it(page, server):
    query = "SELECT ?label WHERE { ?m a g40:Ministry ; skos:prefLabel ?label } ORDER BY DESC(?label)"
    page.goto(server + "/sparql")
    page.fill("#query", query)
    page.click("#run")
    page.wait_for_selector("#results tbody tr")
    shared = page.url  # the address bar now holds the query
    assert "/sparql?query=" in shared
    page.goto(server + "/")
    page.goto(shared)  # a colleague opening the link
    page.wait_for_selector("#results tbody tr")
    assert page.locator("#query").input_value() == query
    assert page.locator("#results tbody td").all_inner_texts() == ["EZK", "BZK"]


def test_english_interface(page, server):
    page.goto(server + "/?lang=en")
    assert page.locator("#ministries h2").inner_text() == "Most connected ministries"
    page.click("text=EZK")
    page.wait_for_url("**/entity/ministry/mnre1045?lang=en")
    assert "collaborates with" in page.locator("section.facts").inner_text()


def test_named_question_form(page, server):
    page.goto(server + "/questions")
    page.click("a[href='/questions/collaborations-with-ministry']")
    page.fill("input[name=ministry]", "EZK")
    page.click("button[name=run]")
    page.wait_for_selector("table.results tbody tr")
    first = page.locator("table.results tbody tr").first
    assert "Taskforce Economisch Herstel" in first.inner_text()
    shot(page, "question")
    first.locator("a", has_text="Taskforce Economisch Herstel").click()
    page.wait_for_url("**/entity/unit/taskforce-economisch-herstel")
    assert "werkt samen met" in page.locator("section.facts").inner_text()
