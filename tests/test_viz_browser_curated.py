"""The network page shows a hand-curated fact's curation (file, line, note) where a quote would be.

The dataset is the curation example of ``tests/test_curated_evidence.py``. (A separate file, named
to run after the serve tests: a session's headless Chromium leaves an event loop behind that
``asyncio.run`` in ``graph.serve.asgi_get`` then refuses.)
"""

from __future__ import annotations

import pytest
from browser.vizkit import PageRecord, chromium_browser  # noqa: F401  (fixture)
from test_curated_evidence import curated_dataset

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang, expected, weight", [
    ("nl", "gecureerd · voorbeeld.yaml:15 · 2023-01-01 · toelichting: Bron: raadsbesluit (voorbeeld)", "(gecureerd)"),
    ("en", "curated · voorbeeld.yaml:15 · 2023-01-01 · note: Bron: raadsbesluit (voorbeeld)", "(curated)"),
])
def test_network_page_shows_the_curation_of_an_edge(chromium_browser, tmp_path, lang, expected, weight):  # noqa: F811
    from viz import write_network_page

    out = write_network_page(curated_dataset(), tmp_path / "netwerk.html", lang=lang)
    record = PageRecord(chromium_browser, out)
    try:
        page = record.page
        edge = page.evaluate("""() => {
            const target = g40viz.data.nodes.find(n => n.label === 'Proeftuin Voorbeeld').id;
            return g40viz.data.edges.find(e => e.relation === 'initiated' && e.to === target).id; }""")
        page.evaluate("id => g40viz.showEdge(id)", edge)
        text = page.locator("#g40-panel").inner_text()
        assert expected in text and weight in text, text
        assert record.errors == [], record.errors
    finally:
        record.close()
