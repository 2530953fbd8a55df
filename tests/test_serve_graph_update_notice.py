"""An open explorer page notices a rebuilt graph (walkthrough 24, finding 17: she keeps ``serve`` open all day and
rebuilds after new minutes arrive; the open page kept showing the old state without a word). Each live page carries
its graph's build stamp and a hidden notice; ``/built.json`` answers the stamp of the graph served now, which changes
with every build. Invented documents."""

from __future__ import annotations

import re
from html import unescape

import pytest

from graph.serve import LiveGraph, create_app
from serve_fixture import in_process_client, make_app, make_graph
from test_serve_reload import BREDA, TILBURG, breda_build, build, graph_path  # noqa: F401 - fixtures: a one-document graph, a copy per test


def _notice(page: str) -> str:
    found = re.findall(r'<p id="graph-update"[^>]*>.*?</p>', page)
    assert len(found) == 1, page
    return found[0]


def _stamp(page: str) -> str:
    return unescape(re.search(r'data-stamp="([^"]*)"', _notice(page)).group(1))


def test_the_stamp_changes_with_a_rebuild_and_the_open_page_s_stamp_is_the_old_one(graph_path):
    with in_process_client(create_app(LiveGraph.open(graph_path, interval=0))) as client:
        page = client.get("/entity/municipality/gm0758").text  # Breda
        before = client.get("/built.json")
        assert before.status_code == 200 and before.headers["cache-control"] == "no-store"
        assert before.json()["stamp"] == _stamp(page) != ""
        build(graph_path, {"a": BREDA, "b": TILBURG})
        after = client.get("/built.json", params={"lang": "en"}).json()
        assert after["stamp"] != _stamp(page)
        assert after["built"] and re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d", after["built_shown"])
        assert _stamp(client.get("/entity/municipality/gm0758").text) == after["stamp"]  # a reloaded page: new


def test_the_notice_is_hidden_dutch_and_links_this_page_again(tmp_path):
    with in_process_client(make_app(make_graph(tmp_path))) as client:
        page = client.get("/search", params={"q": '<b>"Breda"</b>'}).text
        notice = _notice(page)
        english = _notice(client.get("/questions", params={"lang": "en"}).text)
    assert " hidden " in notice and 'data-every="30"' in notice
    assert '<div role="status" class="graph-update-region no-print"><p id="graph-update"' in page  # a live region before it is filled
    assert 'data-check="/built.json?lang=nl"' in notice
    assert "De graaf is bijgewerkt (<span data-built></span>) — <a href=" in notice and ">pagina vernieuwen</a>" in notice
    href = re.search(r'<a href="([^"]*)">', notice).group(1)
    assert href == "/search?q=%3Cb%3E%22Breda%22%3C%2Fb%3E" and "<b>" not in notice  # escaped, the same search
    assert "The graph has been updated" in english and ">reload the page</a>" in english
    assert 'data-check="/built.json?lang=en"' in english and 'href="/questions?lang=en"' in english


def test_the_notice_leaves_out_a_token_and_follows_the_proxy_s_path(tmp_path):
    with in_process_client(make_app(make_graph(tmp_path), token="geheim", root_path="/g40")) as client:
        notice = _notice(client.get("/g40/documents", params={"token": "geheim", "lang": "en"}).text)
    assert 'data-check="/g40/built.json?lang=en"' in notice and 'href="/g40/documents?lang=en"' in notice
    assert "geheim" not in notice


def test_the_stamp_check_looks_at_once_whatever_the_servers_interval(graph_path):
    """An open page asks right after a rebuild (on focus): the answer must be the new stamp even within the
    server's interval between looks, else the page waits for its next check (30 s)."""
    with in_process_client(create_app(LiveGraph.open(graph_path, interval=3600))) as client:
        page = client.get("/entity/municipality/gm0758").text
        build(graph_path, {"a": BREDA, "b": TILBURG})
        assert client.get("/built.json").json()["stamp"] != _stamp(page)
        assert _stamp(client.get("/entity/municipality/gm0758").text) != _stamp(page)  # and the pages serve it


def test_the_script_is_local_and_a_static_copy_has_no_notice(tmp_path):
    with in_process_client(make_app(make_graph(tmp_path))) as client:
        page = client.get("/").text
        script = client.get("/static/graph-update.js")
    assert '<script src="/static/graph-update.js" defer></script>' in page
    assert script.status_code == 200 and "document.hidden" in script.text and "http" not in script.text.split("*/", 1)[1]
    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", str(tmp_path / "kg"), "export", "--format", "site",
                                      "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "graph-update" not in index


def _notice_after_a_rebuild(tab, graph_path) -> str:
    """The open ``tab`` shows no notice when focused; after a rebuild, focused again, it shows one: its text."""
    tab.evaluate("window.dispatchEvent(new Event('focus'))")
    tab.wait_for_timeout(500)
    assert tab.locator("#graph-update").is_hidden()
    build(graph_path, {"a": BREDA, "b": TILBURG})
    tab.evaluate("window.dispatchEvent(new Event('focus'))")
    tab.locator("#graph-update").wait_for(state="visible", timeout=10_000)
    return tab.locator("#graph-update").inner_text()


@pytest.mark.browser
@pytest.mark.server
def test_an_open_tab_shows_the_notice_after_a_rebuild(chromium_browser, graph_path):
    """In Chromium: the open page shows nothing until the graph is rebuilt; focusing the tab then asks the
    server, and the notice appears with the build's time and a link that reloads this page."""
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    context = chromium_browser.new_context(viewport={"width": 1200, "height": 800})
    try:
        tab = context.new_page()
        outside: list[str] = []
        tab.on("request", lambda request: request.url.startswith(base) or outside.append(request.url))
        tab.goto(base + "/entity/municipality/gm0758?lang=en")
        text = _notice_after_a_rebuild(tab, graph_path)
        assert re.fullmatch(r"The graph has been updated \(\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d\) — reload the page",
                            text), text
        tab.click("#graph-update a")
        tab.wait_for_load_state()
        assert tab.url == base + "/entity/municipality/gm0758?lang=en" and tab.locator("#graph-update").is_hidden()
        assert outside == []
    finally:
        context.close()
        stop_server(process)


def _policy(page: str) -> str:
    return unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))


def test_the_network_page_carries_the_notice_and_its_policy_allows_the_check(graph_path, tmp_path):
    """The network page is the viz package's own page with its own policy (no inline script but its two, by hash);
    it could not ask /built.json (connect-src 'none'). Served, it now loads graph-update.js from its own origin and
    may ask its own origin; a file for sharing and the static copy still connect nowhere."""
    with in_process_client(create_app(LiveGraph.open(graph_path, interval=0))) as client:
        page = client.get("/network", params={"lang": "en"}).text
        stamp = client.get("/built.json").json()["stamp"]
    notice = _notice(page)
    assert _stamp(page) == stamp and " hidden " in notice and 'data-check="/built.json?lang=en"' in notice
    assert "The graph has been updated (<span data-built></span>) — <a href=\"/network?lang=en\">reload the page</a>" \
        in notice
    assert '<script src="/static/graph-update.js" defer></script>' in page
    policy = _policy(page)
    assert "connect-src 'self'" in policy and re.search(r"script-src 'sha256-[^']+' 'sha256-[^']+' 'self'", policy)
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]

    from viz.render import render_html

    shared = render_html({"nodes": [], "edges": []})
    assert 'id="graph-update"' not in shared and "graph-update.js\"" not in shared and "connect-src 'none'" in _policy(shared)
    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["--graph", str(graph_path), "export", "--format", "site", "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    network = (tmp_path / "site" / "network.html").read_text(encoding="utf-8")
    assert 'id="graph-update"' not in network and "graph-update.js\"" not in network and "connect-src 'none'" in _policy(network)


@pytest.mark.browser
@pytest.mark.server
def test_an_open_network_page_shows_the_notice_after_a_rebuild(chromium_browser, graph_path):
    """In Chromium, under the page's own policy and the server's: no request is blocked, and after a rebuild a focus
    shows the notice on the network page."""
    from test_serve_http import start_server, stop_server

    process, base = start_server(graph_path)
    context = chromium_browser.new_context(viewport={"width": 1200, "height": 800})
    try:
        tab = context.new_page()
        blocked: list[str] = []
        tab.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
        tab.goto(base + "/network")
        assert _notice_after_a_rebuild(tab, graph_path).startswith("De graaf is bijgewerkt (")
        assert blocked == []
    finally:
        context.close()
        stop_server(process)
