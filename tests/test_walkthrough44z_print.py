"""Walkthrough 19, finding 15: a question's answer prints as one page of A4, with only what a reader
needs: no navigation, search, form or buttons, the question's values as one line ("Stand per 7 december
2026"), dates kept on one line, and the columns that are empty in every row left out."""

from __future__ import annotations

import re

import pytest

from graph.serve.questions import empty_columns

STYLE = "graph/serve/static/style.css"


def _html(client, path, **params):
    return client.get(path, params=params, headers={"Accept": "text/html"}).text


def _print_rules() -> str:
    from pathlib import Path

    css = (Path(__file__).resolve().parents[1] / STYLE).read_text(encoding="utf-8")
    return css[css.index("@media print {"):]


def test_the_print_style_hides_navigation_search_form_and_buttons():
    rules = _print_rules()
    hidden = re.search(r"\n  ([^{\n]+) \{ display: none !important; \}", rules).group(1).split(", ")
    assert {"header", "nav", "a.skip", "form.question", "form.search", ".no-print", ".print-button",
            ".static-note"} <= set(hidden)
    assert "@page { size: A4 portrait;" in rules
    assert "table.results .col-empty, table.results .col-evidence { display: none; }" in rules
    assert "table.results td.date { white-space: nowrap;" in rules
    assert ".print-only { display: block; }" in rules


def test_a_question_page_marks_empty_columns_dates_and_says_what_was_asked(client):
    page = _html(client, "/questions/collaborations-with-ministry", ministry="EZK", as_of="2026-12-07", run="1")
    heads = re.findall(r"<th(?: class=\"([^\"]*)\")?>([^<]*)</th>", page)
    assert [name for classes, name in heads if "col-empty" in classes] == ["einde", "curatie"]
    assert ("col-evidence", "bron") in heads
    assert '<td class="date">2021-06-01</td>' in page
    assert '<h2 id="resultaat">Resultaat</h2>' in page
    assert '<p class="print-only asked">Ministerie: EZK · Stand per 7 december 2026</p>' in page
    assert '<button type="button" class="print-button no-print" data-print hidden>Afdrukken</button>' in page
    assert re.search(r'<script src="/static/print.js" defer></script>', page)
    english = _html(client, "/questions/collaborations-with-ministry", ministry="EZK", as_of="2026-12-07", run="1",
                    lang="en")
    assert '<p class="print-only asked">Ministry: EZK · As of 7 December 2026</p>' in english
    assert "data-print hidden>Print</button>" in english


def test_a_question_without_values_prints_that_it_had_none(client):
    page = _html(client, "/questions/who-does-what", run="1")
    assert '<p class="print-only asked">Zonder voorwaarden: alles wat de graaf kent</p>' in page


def test_the_print_button_script_only_shows_buttons_and_prints(client):
    script = client.get("/static/print.js").text
    assert 'querySelectorAll("[data-print]")' in script and "window.print()" in script
    assert "fetch" not in script and "XMLHttpRequest" not in script


def test_the_json_twin_keeps_its_values_and_names_the_empty_columns(client):
    data = client.get("/questions/collaborations-with-ministry.json", params={"ministry": "EZK"}).json()
    assert data["answer"]["empty"] == ["end", "curation", "actorCode"]  # the code column (round 45l): no code for a unit
    assert data["values"]["ministry"] == "EZK" and "asked" not in data


def test_empty_columns_needs_rows():
    assert empty_columns(["a", "b"], []) == []
    assert empty_columns(["a", "b"], [[{"text": "x"}, {"text": " "}]]) == ["b"]


# --------------------------------------------------------------------------- in Chromium, as printed on A4

@pytest.mark.browser
@pytest.mark.server
def test_the_printed_answer_fits_an_a4_portrait_page(chromium_browser, graph_path):
    """At A4's width at 96 dpi (794 px) with print media: the table fits, nothing of the navigation
    or the form shows, the empty columns are gone and a date is one line."""
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    context = chromium_browser.new_context(viewport={"width": 794, "height": 1123}, locale="nl-NL")
    try:
        tab = context.new_page()
        tab.emulate_media(media="print")
        tab.goto(base + "/questions/collaborations-with-ministry?ministry=EZK&as_of=2026-12-07&run=1")
        width = tab.evaluate("document.querySelector('table.results').getBoundingClientRect().right")
        assert width <= 794, width
        assert tab.evaluate("document.documentElement.scrollWidth") <= 794
        for selector in ("header", "form.question", "th.col-empty", "th.col-evidence", "button[data-print]"):
            assert not tab.locator(selector).first.is_visible(), selector
        assert tab.locator("p.asked").inner_text() == "Ministerie: EZK · Stand per 7 december 2026"
        date = tab.locator("td.date").first
        line = tab.evaluate("parseFloat(getComputedStyle(document.querySelector('td.date')).lineHeight)")
        assert date.bounding_box()["height"] < 2 * line + 8  # one line (and the cell's padding)
        tab.emulate_media(media="screen")
        assert tab.locator("button[data-print]").is_visible()  # on screen, the script showed it
        assert tab.locator("header").is_visible() and not tab.locator("p.asked").is_visible()
    finally:
        context.close()
        stop_server(process)


# --------------------------------------------------------------------------- finding 20: the answer in view

def test_the_form_sends_the_reader_to_the_answer(client):
    page = _html(client, "/questions/who-does-what")
    assert '<form class="question" method="get" action="/questions/who-does-what#resultaat">' in page


@pytest.mark.browser
@pytest.mark.server
def test_on_a_phone_uitvoeren_shows_the_answer_not_the_form(chromium_browser, graph_path):
    """Walkthrough 19, finding 20: on a phone the answer began two screens below the form."""
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    context = chromium_browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL",
                                           is_mobile=True, has_touch=True)
    try:
        tab = context.new_page()
        tab.goto(base + "/questions/collaborations-with-ministry")
        tab.fill("input[name=ministry]", "EZK")
        tab.click("button[name=run]")
        tab.wait_for_selector("table.results tbody tr")
        assert tab.url.endswith("#resultaat"), tab.url
        top = tab.evaluate("document.getElementById('resultaat').getBoundingClientRect().top")
        assert 0 <= top < 844 / 2, top
    finally:
        context.close()
        stop_server(process)
