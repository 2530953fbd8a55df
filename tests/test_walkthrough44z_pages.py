"""Walkthrough 19, findings 18 and 16: the explorer's pages speak no command line (descriptions without
option names, Dutch field labels, the rule and its confidence in a tooltip), and a page whose stylesheet
did not load says to unpack the whole folder."""

from __future__ import annotations

import re

import pytest

from graph.query import load_questions

_COMMAND_LINE = re.compile(r"--[a-z]|\bg40kg |\bg40:|\([a-z]+[A-Z][A-Za-z]*\)")


def _html(client, path, **params):
    return client.get(path, params=params, headers={"Accept": "text/html"}).text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_question_page_names_an_option_a_command_or_a_relation_key(lang):
    said = {q.name: q.page_description_in(lang) for q in load_questions().values()}
    assert {name: text for name, text in said.items() if _COMMAND_LINE.search(text)} == {}
    helps = {(q.name, p.name): p.help(lang) for q in load_questions().values() for p in q.parameters}
    assert {key: text for key, text in helps.items() if _COMMAND_LINE.search(text)} == {}


def test_the_command_line_keeps_its_own_description():
    question = load_questions()["who-does-what"]
    assert "--as-of" in question.description_in("nl")
    assert "--as-of" not in question.page_description_in("nl")
    assert question.page_description_in("nl").startswith("Elke rol in de graaf: persoon, rol, portefeuille, orgaan")
    plain = load_questions()["city-involvement"]
    assert plain.page_description_in("nl") == plain.description_in("nl")  # no page text: the description


def test_the_question_page_shows_the_page_text_and_labels_every_field_in_dutch(client):
    page = _html(client, "/questions/who-does-what")
    assert "Vul &#39;Stand per&#39; in voor de laatst bekende stand op een dag" in page
    assert "--as-of" not in page and "(hasRole)" not in page
    labels = [label.strip() for label in re.findall(r"<label>([^<]*)", page)]
    assert labels == ["Persoon", "Orgaan", "Op datum", "Vanaf", "Tot en met", "Stand per"]
    assert "<label>Body" in _html(client, "/questions/who-does-what", lang="en")


def test_the_rule_and_confidence_are_a_tooltip_on_the_quote_not_text(client):
    page = _html(client, "/entity/person/anna-de-vries")
    assert '<blockquote lang="nl" title="regel persons.voorzitter-is · zekerheid 0.80">' in page
    visible = re.sub(r"<[^>]+>", " ", page)
    assert "zekerheid" not in visible and "persons.voorzitter-is" not in visible
    data = client.get("/entity/person/anna-de-vries.json").json()
    assert "persons.voorzitter-is" in str(data)  # the JSON twin keeps them


# --------------------------------------------------------------------------- finding 16: opened from a zip

def test_every_page_of_a_static_copy_says_to_unpack_the_folder_when_its_stylesheet_is_missing(tmp_path, graph_path):
    from graph.serve.site import export_site

    out = tmp_path / "verkenner"
    export_site(graph_path, out)
    notice = ('<p class="no-style-notice" role="note" style="background:#fff4e0;color:#1d232a;border:2px solid #b26a00;'
              'padding:.5rem .8rem;margin:0 0 .5rem;font:16px/1.4 sans-serif">Deze pagina mist haar opmaak en links: '
              'pak de hele map uit voordat u index.html opent.</p>')
    pages = [p for p in sorted(out.rglob("*.html")) if p.name != "network.html"]  # that one holds its own style
    assert len(pages) > 5 and [p.name for p in pages if notice not in p.read_text(encoding="utf-8")] == []
    assert ".no-style-notice { display: none !important; }" in (out / "static" / "style.css").read_text()


def test_the_live_explorer_has_no_unpack_notice(client):
    assert "no-style-notice" not in _html(client, "/")


@pytest.mark.browser
def test_the_notice_shows_only_without_the_stylesheet(chromium_browser, tmp_path, graph_path):
    from graph.serve.site import export_site

    out = tmp_path / "verkenner"
    export_site(graph_path, out)
    context = chromium_browser.new_context(viewport={"width": 1024, "height": 768})
    try:
        tab = context.new_page()
        tab.goto((out / "index.html").as_uri())
        assert not tab.locator("p.no-style-notice").is_visible()
        (out / "static" / "style.css").unlink()  # as when only index.html came out of the zip
        tab.reload()
        assert tab.locator("p.no-style-notice").is_visible()
    finally:
        context.close()
