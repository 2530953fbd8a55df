"""A static site's entity and document pages show the state on the copy's day (walkthrough 22: they listed every
period mixed): the facts that hold then first, under "Stand per …"; those that ended before it and those that began
after it folded apart ("Eerder", "Later"), one click away; the live explorer's pages do the same with ``?as_of=``
and, without it, list every period as before. Invented people."""

from __future__ import annotations

import re
import warnings

import pytest

from graph.cli import cli

from test_site_state_of_day import kg  # noqa: F401 - the fixture: three dated documents, two chairs and a wethouder


def _export(kg, out, lang="nl"):
    from click.testing import CliRunner

    result = CliRunner().invoke(cli, ["--lang", lang, "--graph", str(kg), "export", "--format", "site",
                                      "--as-of", "15-01-2026", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def site(kg, tmp_path_factory):
    return _export(kg, tmp_path_factory.mktemp("copy") / "site")


def parts(page: str, kind: str) -> dict[str, list[str]]:
    """The people named in the facts that hold on the day (``now``) and in each folded section (by its summary)
    of an entity's page (``kind`` "entity") or a document's ("doc")."""
    if kind == "doc":
        facts, pattern = page.split('id="document-facts"')[1].split("<h2>")[0], r'<li><a href="[^"]*person/[^"]*">([^<]+)</a>'
    else:
        facts, pattern = page.split("<aside>")[0], r'<a class="other" href="[^"]*person/[^"]*">([^<]+)</a>'
    now, *folded = re.split(r'<details class="other-period"[^>]*><summary>', facts)
    found = {"now": re.findall(pattern, now)}
    for section in folded:
        summary, body = section.split("</summary>", 1)
        found[summary] = re.findall(pattern, body)
    return found


def test_an_entity_page_shows_the_day_and_folds_the_earlier_facts(site):
    page = (site / "entity" / "unit" / "pijler-fysiek.html").read_text(encoding="utf-8")
    assert parts(page, "entity") == {"now": ["Eva Smit"], "Eerder: niet meer op 15 januari 2026 (1)": ["Jan de Boer"]}
    assert '<p class="site-view"><strong>Stand per 15 januari 2026</strong> · <a href="#eerder">Eerder</a></p>' in page
    assert '<details class="other-period" id="eerder">' in page  # folded: no "open"


def test_a_fact_begun_after_the_day_is_folded_as_later(site):
    page = (site / "entity" / "municipality" / "gm0758.html").read_text(encoding="utf-8")  # Breda
    assert parts(page, "entity") == {"now": [], "Later: begonnen na 15 januari 2026 (1)": ["Kees Mulder"]}
    assert '<p class="empty">Geen feiten die op 15 januari 2026 gelden.</p>' in page
    assert '· <a href="#eerder">Later</a></p>' in page


def test_a_document_page_folds_what_no_longer_holds(site):
    page = (site / "document" / "pijler-2024.html").read_text(encoding="utf-8")
    assert parts(page, "doc") == {"now": [], "Eerder: niet meer op 15 januari 2026 (1)": ["Jan de Boer"]}
    page = (site / "document" / "wissel-2025.html").read_text(encoding="utf-8")
    assert parts(page, "doc")["now"] == ["Eva Smit"]


def test_in_english(kg, tmp_path):
    page = (_export(kg, tmp_path / "en", lang="en") / "entity" / "unit" / "pijler-fysiek.html").read_text(encoding="utf-8")
    assert parts(page, "entity") == {"now": ["Eva Smit"], "Earlier: no longer on 15 January 2026 (1)": ["Jan de Boer"]}
    assert "<strong>As of 15 January 2026</strong>" in page


def test_the_live_explorer_shows_a_day_when_asked_and_every_period_by_default(kg):
    from serve_fixture import make_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    with TestClient(make_app(kg, "oxigraph")) as client:
        every = client.get("/entity/unit/pijler-fysiek").text
        day = client.get("/entity/unit/pijler-fysiek", params={"as_of": "15-01-2026"}).text
        wrong = client.get("/entity/unit/pijler-fysiek", params={"as_of": "gisteren"})
        data = client.get("/entity/unit/pijler-fysiek.json", params={"as_of": "2026-01-15"}).json()
    assert parts(every, "entity") == {"now": ["Eva Smit", "Jan de Boer"]} and "Stand per" not in every
    assert parts(day, "entity") == {"now": ["Eva Smit"], "Eerder: niet meer op 15 januari 2026 (1)": ["Jan de Boer"]}
    assert '<strong>Stand per 15 januari 2026</strong> · <a href="?">Alle perioden</a>' in day
    assert wrong.status_code == 200 and "Stand per" not in wrong.text  # no date: every period, as before
    assert data["day"] == "2026-01-15" and [i["label"] for i in data["earlier_facts"]["hasRole:in"]] == ["Jan de Boer"]


@pytest.mark.browser
@pytest.mark.parametrize("width", [820, 1400])
def test_the_small_network_s_names_are_12_px_on_an_ipad_and_a_laptop(chromium_browser, site, width):
    """Walkthrough 23, finding 16: on an iPad (820 px) the entity page's small network was squeezed into the right
    column, its names drawn at about 8 px; up to 900 px the page is one column and the drawing keeps its size."""
    context = chromium_browser.new_context(viewport={"width": width, "height": 1180})
    try:
        page = context.new_page()
        page.goto((site / "entity" / "unit" / "pijler-fysiek.html").resolve().as_uri())
        shown = page.evaluate("""() => { const svg = document.querySelector('svg.ego');
            return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width * 12; }""")
        assert shown >= 11.5, (width, shown)
    finally:
        context.close()
