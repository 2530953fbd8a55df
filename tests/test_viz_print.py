"""The network page prints (round 44r; the explorer's pages got theirs in round 44z): the drawing on one A4
landscape page beside the legend of what it shows, without search, buttons, hints or footer, and the table
of links with their quotes on the pages after it, opened for printing and closed again afterwards."""

from __future__ import annotations

import re

import pytest
from browser.vizkit import PageRecord, small_dataset

from viz import write_network_page


def test_the_page_carries_its_print_style_and_stays_the_same_bytes(tmp_path):
    dataset = small_dataset()
    first = write_network_page(dataset, tmp_path / "a.html", command="g40kg viz", built="2026-01-02T03:04:05+00:00")
    second = write_network_page(dataset, tmp_path / "b.html", command="g40kg viz", built="2026-01-02T03:04:05+00:00")
    page = first.read_text(encoding="utf-8")
    assert page == second.read_text(encoding="utf-8")
    rules = page[page.index("@media print {"):page.index("</style>", page.index("@media print {"))]
    assert "@page { size: A4 landscape; margin: 10mm; }" in rules
    hidden = re.search(r"\n  (#g40-header \.g40-search[^{]+) \{ display: none !important; \}", rules).group(1)
    assert {"#g40-show-all", "#g40-matches", ".g40-hint", "#g40-panel-close", "#g40-table-view summary",
            "#g40-footer"} <= {name.strip() for name in hidden.split(",")}
    assert ".g40-legend li:has(input:not(:checked)) { display: none; }" in rules
    assert 'addEventListener("beforeprint"' in page and "url(" not in rules  # nothing fetched to print


@pytest.mark.browser
def test_printed_the_legend_stays_the_controls_go_and_the_table_opens(chromium_browser, tmp_path):
    page_file = write_network_page(small_dataset(), tmp_path / "netwerk.html", command="g40kg viz",
                                   built="2026-01-02T03:04:05+00:00")
    record = PageRecord(chromium_browser, page_file)
    try:
        page = record.page
        page.emulate_media(media="print")
        shown = page.evaluate("""() => Object.fromEntries(['#g40-header .g40-search', '#g40-show-all', '#g40-types',
            '#g40-relations', '#g40-footer', '#g40-network', '#g40-types input'].map(s => [s,
            getComputedStyle(document.querySelector(s)).display !== 'none']))""")
        assert shown == {"#g40-header .g40-search": False, "#g40-show-all": False, "#g40-types": True, "#g40-relations": True,
                         "#g40-footer": False, "#g40-network": True, "#g40-types input": False}, shown
        height = page.evaluate("() => document.querySelector('#g40-main').getBoundingClientRect().height")
        assert abs(height - 180 * 96 / 25.4) < 2, height  # the drawing's box: one A4 landscape page, not the legend's length
        opened = page.evaluate("""() => { const d = document.querySelector('#g40-table-view details');
            const before = d.open; dispatchEvent(new Event('beforeprint')); const during = d.open;
            dispatchEvent(new Event('afterprint')); return [before, during, d.open]; }""")
        assert opened == [False, True, False]
        pdf = page.pdf(prefer_css_page_size=True)
        boxes = set(re.findall(rb"/MediaBox \[([\d. ]+)\]", pdf))
        assert boxes and all(float(box.split()[2]) > float(box.split()[3]) for box in boxes), boxes  # landscape
        assert record.errors == [] and all(url.startswith("file:") or url.startswith("data:") for url in record.requests)
    finally:
        record.close()
