"""The full network page's first view and narrow screens (round 48i, walkthrough 23 finding 16).

At 1400 × 1000 names at the left and right edges were cut ("…tuurgroep Regio Deal Foodvalley") and
names were drawn over the shapes of big neighbours; at an iPad's width (820 × 1180) the side bar
took 30 % of the width. Now the first view keeps every name inside the drawing with a margin (also
right after the window changes size), a name's box clears its neighbours' shapes, and on a screen
of 1024 px or less the legend and filters fold behind a button so that the network takes the width.
"""

from __future__ import annotations

import pytest
from browser.vizkit import PageRecord, ring_of_hubs

pytestmark = pytest.mark.browser

#: screen pixels a name keeps from the drawing's edges in the first view (network.js FIT_MARGIN, less rounding)
MARGIN = 12

_BOXES = """() => {
  const net = g40viz.network, box = document.getElementById('g40-network').getBoundingClientRect();
  const labels = [], shapes = [];
  net.body.nodeIndices.forEach(id => {
    const n = net.body.nodes[id], s = n.labelModule.size;
    const a = net.canvasToDOM({x: s.left, y: s.top}), z = net.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    labels.push([n.options.label, a.x, a.y, z.x, z.y, id]);
    const p = net.canvasToDOM({x: n.shape.left, y: n.shape.top});
    const q = net.canvasToDOM({x: n.shape.left + n.shape.width, y: n.shape.top + n.shape.height});
    shapes.push([n.options.label, p.x, p.y, q.x, q.y, id]);
  });
  const hit = (a, b) => a[1] < b[3] && b[1] < a[3] && a[2] < b[4] && b[2] < a[4];
  const over = [];
  labels.forEach(l => shapes.forEach(s => { if (s[5] !== l[5] && hit(l, s)) { over.push(l[0] + ' over ' + s[0]); } }));
  const edge = Math.min(...labels.map(l => Math.min(l[1], l[2], box.width - l[3], box.height - l[4])));
  return {edge: edge, over: over};
}"""


@pytest.fixture(scope="module")
def hub_page(tmp_path_factory):
    """Four hubs of eight long-named members each, linked in a ring: big shapes, long names at the sides."""
    from viz.network import network_data
    from viz.render import render_html

    graph = ring_of_hubs(4, 8, ("Gemeente Proefstad {hub}", "Municipality"),
                         ("Stuurgroep Regio Deal Proefvallei {hub}-{leaf}", "OrganisationalUnit"), leaf_id="u")
    page_file = tmp_path_factory.mktemp("viz-fit") / "netwerk.html"
    page_file.write_text(render_html(network_data(graph, seed=0)), encoding="utf-8")
    return page_file


def test_the_first_view_keeps_every_name_inside_with_a_margin_and_clear_of_other_shapes(chromium_browser, hub_page):
    # opened 913 px high, then 1000 (a headless screenshot does so): vis-network scaled the view with the
    # height and the names at the sides were cut until a timer fitted it again
    record = PageRecord(chromium_browser, hub_page, viewport=(1400, 913))
    try:
        page = record.page
        page.set_viewport_size({"width": 1400, "height": 1000})
        page.wait_for_timeout(100)
        boxes = page.evaluate(_BOXES)
        assert boxes["edge"] >= MARGIN and boxes["over"] == [], boxes
        assert record.errors == [], record.errors
        record.screenshot("viz-fit-1400.png")
    finally:
        record.close()


def test_on_an_ipad_the_legend_folds_and_the_network_takes_the_width(chromium_browser, hub_page):
    record = PageRecord(chromium_browser, hub_page, viewport=(820, 1180))
    try:
        page = record.page
        toggle = page.locator("#g40-controls-toggle")
        assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
        assert not page.locator("#g40-controls").is_visible()
        assert page.locator("#g40-network").bounding_box()["width"] >= 810
        assert page.evaluate(_BOXES)["edge"] >= MARGIN
        record.screenshot("viz-fit-ipad.png")
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true"
        controls, network = page.locator("#g40-controls").bounding_box(), page.locator("#g40-network").bounding_box()
        assert controls["width"] >= 810 and controls["y"] + controls["height"] <= network["y"] + 1, (controls, network)
        toggle.click()
        assert not page.locator("#g40-controls").is_visible()
        page.fill("#g40-search", "proefstad 2")  # the hits are listed in the legend's box: it opens
        page.wait_for_selector("#g40-search-count[data-matches='1']")
        assert page.locator("#g40-matches button").first.is_visible()
        assert record.errors == [], record.errors
    finally:
        record.close()


def test_on_a_laptop_the_side_bar_stays_beside_the_network_without_a_button(chromium_browser, hub_page):
    record = PageRecord(chromium_browser, hub_page, viewport=(1400, 1000))
    try:
        page = record.page
        assert not page.locator("#g40-controls-toggle").is_visible()
        controls, network = page.locator("#g40-controls").bounding_box(), page.locator("#g40-network").bounding_box()
        assert controls["x"] + controls["width"] <= network["x"] + 1 and abs(controls["y"] - network["y"]) < 2
    finally:
        record.close()


#: the names vis-network draws (at its draw threshold or larger on screen): [name, screen px, left, top, right,
#: bottom], each as wide as the browser measures it in the page's font, under its node
_DRAWN = """() => {
  const g = window.g40viz, net = g.network, sc = net.getScale(), ids = g.visibleNodeIds(), pos = net.getPositions(ids);
  const least = net.body.nodes[ids[0]].options.scaling.label.drawThreshold, ctx = document.createElement('canvas').getContext('2d');
  const out = [];
  ids.forEach(id => {
    const n = g.nodes.get(id), f = ((n.font && n.font.size) || g.labelFont) * sc;
    if (f < least || !n.label) { return; }
    ctx.font = f + 'px system-ui, Arial, sans-serif';
    const p = net.canvasToDOM(pos[id]), w = ctx.measureText(String(n.label)).width, r = (n.size || 12) * sc;
    out.push([n.label, f, p.x - w / 2, p.y + r, p.x + w / 2, p.y + r + f]);
  });
  return out;
}"""


def test_on_an_ipad_a_page_of_seventy_nodes_draws_its_names_at_12_px_apart(chromium_browser, tmp_path):
    """Walkthrough 23: at 820 × 1180 a page of about seventy nodes drew its names at about 9 px, one pair
    touching (or, smaller still, only the twelve biggest nodes' names). Now the names that fit are drawn at
    12 px on screen, biggest node first, none covering another or running off the drawing."""
    from viz.network import network_data
    from viz.render import render_html

    graph = ring_of_hubs(7, 9, ("Gemeente Proefstad {hub}", "Municipality"), ("Wethouder {hub}-{leaf} Achternaam", "Person"))
    page_file = tmp_path / "zeventig.html"
    page_file.write_text(render_html(network_data(graph, seed=0)), encoding="utf-8")
    record = PageRecord(chromium_browser, page_file, viewport=(820, 1180))
    try:
        drawn = record.page.evaluate(_DRAWN)
        width = record.page.locator("#g40-network").bounding_box()["width"]
        assert len(drawn) >= 20 and min(d[1] for d in drawn) >= 11.9, drawn
        assert {f"Gemeente Proefstad {hub}" for hub in range(7)} <= {d[0] for d in drawn}  # the hubs first
        touching = [f"{a[0]} / {b[0]}" for i, a in enumerate(drawn) for b in drawn[i + 1:]
                    if a[2] < b[4] and b[2] < a[4] and a[3] < b[5] and b[3] < a[5]]
        assert touching == [] and min(d[2] for d in drawn) >= 0 and max(d[4] for d in drawn) <= width, touching
        assert record.page.locator("#g40-hint-dense").is_visible()  # "zoom in for more"
        assert record.errors == [], record.errors
        record.screenshot("viz-seventy-ipad.png")
    finally:
        record.close()
