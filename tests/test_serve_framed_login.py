"""The token login inside an intranet page's iframe (walkthrough 18's rest, round 44l).

A ``?token=`` login is kept in a cookie. A browser sends no ``SameSite=Strict`` cookie inside a
frame of another site, so a login in a frame that ``--frame-ancestors`` allows, over HTTPS, gets
``SameSite=None; Secure; Partitioned``; everywhere else the cookie stays Strict (``Secure`` over
HTTPS), and the cross-site guard still refuses what other sites make the browser send.
"""

from __future__ import annotations

import pytest

from serve_fixture import in_process_client, make_app

INTRANET = "https://intranet.example.nl"
FRAMED = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "iframe",
          "Referer": f"{INTRANET}/dashboard"}


@pytest.mark.parametrize("base, framing, headers, cookie", [
    ("https://g40.example.nl", (INTRANET,), FRAMED,
     "g40kg_token=s3cret; Path=/; HttpOnly; Secure; SameSite=None; Partitioned"),
    ("http://g40.example.nl", (INTRANET,), FRAMED, "g40kg_token=s3cret; Path=/; HttpOnly; SameSite=Strict"),
    ("https://g40.example.nl", (INTRANET,), {}, "g40kg_token=s3cret; Path=/; HttpOnly; Secure; SameSite=Strict"),
    ("https://g40.example.nl", (), {}, "g40kg_token=s3cret; Path=/; HttpOnly; Secure; SameSite=Strict"),
    ("http://g40.example.nl", (), {}, "g40kg_token=s3cret; Path=/; HttpOnly; SameSite=Strict"),
], ids=["framed-https", "framed-http", "top-https", "no-framing-https", "no-framing-http"])
def test_the_login_cookie_has_exactly_these_attributes(graph_path, base, framing, headers, cookie):
    app = make_app(graph_path, token="s3cret", frame_ancestors=framing, hosts=None)
    with in_process_client(app, base_url=base) as browser:
        first = browser.get("/network", params={"token": "s3cret"}, headers=headers)
    assert first.status_code == 200, first.text[:200]
    assert first.headers["set-cookie"] == cookie


def test_the_framed_login_carries_the_pages_inside_the_frame_and_the_guard_stays(graph_path):
    app = make_app(graph_path, token="s3cret", frame_ancestors=(INTRANET,), hosts=None)
    with in_process_client(app, base_url="https://g40.example.nl") as browser:
        assert browser.get("/network", params={"token": "s3cret"}, headers=FRAMED).status_code == 200
        inside = browser.get("/documents", headers={"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Dest": "iframe"})
        assert inside.status_code == 200  # the cookie carries the login inside the frame
        forged = browser.post("/sparql", data={"query": "ASK {}"},
                              headers={"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"})
        assert forged.status_code == 403, forged.text  # another site's form, cookie and all: refused
        other_frame = browser.get("/network", headers={**FRAMED, "Referer": "https://evil.example/page"})
        assert other_frame.status_code == 403  # a frame of a page --frame-ancestors does not name
