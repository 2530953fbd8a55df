"""Walkthrough 22's interface rests: an entity page of a day (``?as_of=`` live, the static copy's day) draws the
neighbours of that day in its small network, as its facts list does; and every link a live page makes keeps the
page's language (``?lang=en``) and, to the pages that show a day, its day. Invented people."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from serve_fixture import in_process_client, make_app
from test_site_state_of_day import kg  # noqa: F401 - three dated documents: Jan de Boer chair, then Eva Smit
from test_site_day_entity_pages import site  # noqa: F401 - its static copy of 15 January 2026


def _drawn(page: str) -> list[str]:
    """The names drawn in the small network (the text of each node's link), in order."""
    svg = page.split('<svg class="ego"')[1].split("</svg>")[0]
    return sorted(re.findall(r"<text [^>]*><title>([^<]+)</title>", svg))


@pytest.fixture(scope="module")
def client(kg):  # noqa: F811
    with in_process_client(make_app(kg, "oxigraph")) as client:
        yield client


def test_the_live_page_of_a_day_draws_the_neighbours_of_that_day(client):
    every = client.get("/entity/unit/pijler-fysiek").text
    day = client.get("/entity/unit/pijler-fysiek", params={"as_of": "15-01-2026"}).text
    assert "Jan de Boer" in _drawn(every) and "Eva Smit" in _drawn(every)
    assert "Eva Smit" in _drawn(day) and "Jan de Boer" not in _drawn(day)
    assert ('<p class="muted not-drawn">Getekend zoals op 15 januari 2026; 1 van een andere periode niet getekend '
            '(<a href="#eerder">Eerder</a>)</p>') in day
    assert "not-drawn" not in every


def test_the_json_twin_marks_each_neighbour_of_another_period(client):
    data = client.get("/entity/unit/pijler-fysiek.json", params={"as_of": "2026-01-15"}).json()
    when = {node["label"]: node["when"] for node in data["neighbourhood"]["nodes"]}
    assert when["Jan de Boer"] == "earlier" and when["Eva Smit"] == "now" and when["Pijler Fysiek"] == "now"
    later = client.get("/entity/municipality/gm0758.json", params={"as_of": "2026-01-15"}).json()  # Breda
    assert {node["label"]: node["when"] for node in later["neighbourhood"]["nodes"]}["Kees Mulder"] == "later"


def test_the_static_copy_draws_the_neighbours_of_its_day(site):  # noqa: F811
    page = (site / "entity" / "unit" / "pijler-fysiek.html").read_text(encoding="utf-8")
    assert "Eva Smit" in _drawn(page) and "Jan de Boer" not in _drawn(page)
    assert "1 van een andere periode niet getekend" in page


class _Links(HTMLParser):
    """Every ``<a href>`` and every form (its action and hidden fields) of a page."""

    def __init__(self, html: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.forms: list[dict] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        elif tag == "form":
            self.forms.append({"action": attrs.get("action"), "hidden": {}})
        elif tag == "input" and attrs.get("type") == "hidden" and self.forms:
            self.forms[-1]["hidden"][attrs.get("name")] = attrs.get("value")


def _own(href: str) -> bool:
    """A link to another page of the explorer (not a fragment of this page, not another site)."""
    return not href.startswith(("#", "http://", "https://", "mailto:")) and not href.startswith("/static/")


PAGES = [
    ("entity", "/entity/unit/pijler-fysiek"),
    ("document", "/document/wissel-2025"),
    ("question", "/questions/who-does-what?run=1"),
    ("search", "/search?q=Smit"),
]


@pytest.mark.parametrize("path", [path for _, path in PAGES], ids=[name for name, _ in PAGES])
def test_every_link_of_an_english_page_stays_english(client, path):
    page = client.get(path + ("&" if "?" in path else "?") + "lang=en")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    links = _Links(page.text)
    own = [href for href in links.hrefs if _own(href)]
    assert own, page.text
    for href in own:
        query = parse_qs(urlsplit(href).query)
        if href.startswith("?") and "lang" in query and query["lang"] == ["nl"]:
            continue  # the language switch itself
        assert query.get("lang") == ["en"], href
    for form in links.forms:
        assert form["hidden"].get("lang") == "en", form


@pytest.mark.parametrize("path", ["/entity/unit/pijler-fysiek", "/document/wissel-2025"], ids=["entity", "document"])
def test_a_page_of_a_day_keeps_its_day_and_language_and_all_periods_drops_only_the_day(client, path):
    page = client.get(path, params={"as_of": "15-01-2026", "lang": "en"}).text
    links = _Links(page)
    assert re.findall(r'<a href="([^"]*)">All periods</a>', page) == ["?lang=en"]
    for href in links.hrefs:
        if href.startswith(("/entity/", "/document/", "/network")) and ".json" not in href:
            # this page's own address (the notice's "reload" link) keeps the day as it was typed
            assert parse_qs(urlsplit(href).query).get("as_of") in (["2026-01-15"], ["15-01-2026"]), href
        if href in ("/", "/documents", "/questions", "/search"):
            raise AssertionError(f"{href} lost the language")


def test_a_dutch_page_of_a_day_links_all_periods_with_an_empty_query(client):
    page = client.get("/entity/unit/pijler-fysiek", params={"as_of": "15-01-2026"}).text
    assert '<strong>Stand per 15 januari 2026</strong> · <a href="?">Alle perioden</a>' in page
    assert 'href="/entity/person/eva-smit?as_of=2026-01-15"' in page


def test_the_entity_link_of_a_question_asked_for_a_day_opens_that_day(client):
    page = client.get("/questions/who-does-what", params={"as_of": "2026-01-15", "run": "1"}).text
    assert 'href="/entity/person/eva-smit?as_of=2026-01-15"' in page
