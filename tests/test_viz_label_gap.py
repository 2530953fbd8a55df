"""A name keeps a third of a line from the shape under it (walkthrough 27, finding 21): on a page of 60 nodes
the names were packed to the pixel, and on screen "Pijler Fysiek" read as drawn over G40's shape."""

from __future__ import annotations

import networkx as nx
import pytest

from viz.layout import LABEL_GAP_LINES, labels_apart
from viz.network import LABEL_MAX_FONT_PX


def test_a_name_clears_the_shape_under_it_by_a_third_of_a_line():
    graph = nx.Graph([("hub", "b")])
    graph.nodes["hub"]["label"], graph.nodes["b"]["label"] = "G40", "Pijler Fysiek"
    apart = labels_apart(graph, {"hub": (0.0, 0.0), "b": (5.0, -30.0)}, sizes={"hub": 20.0, "b": 12.0},
                         font_px=LABEL_MAX_FONT_PX)
    below = apart["hub"][1] - apart["b"][1]  # b's name is drawn under b, above the hub
    assert LABEL_GAP_LINES == 0.3
    assert below >= 12.0 + 20.0 + (1.3 + LABEL_GAP_LINES) * LABEL_MAX_FONT_PX + 4.0


_NAMES_OVER_SHAPES = """() => {
  var net = g40viz.network, sc = net.getScale(), out = [];
  var nodes = net.body.nodeIndices.map(function (id) { return net.body.nodes[id]; });
  nodes.forEach(function (a) {
    var L = a.labelModule.size; if (!L || !L.width) { return; }
    nodes.forEach(function (b) {
      if (a === b) { return; }
      var r = b.options.size;
      var gap = Math.max(L.left - (b.x + r), (b.x - r) - (L.left + L.width), L.top - (b.y + r), (b.y - r) - (L.top + L.height));
      if (gap * sc < 1) { out.push(a.options.label + " / " + b.options.label); }
    });
  });
  return out; }"""


@pytest.mark.browser
def test_on_the_bundled_corpus_page_no_name_touches_another_nodes_shape(chromium_browser, seed_dataset, tmp_path):
    from browser.vizkit import PageRecord

    from viz import write_network_page

    out = write_network_page(seed_dataset, tmp_path / "seed.html", command="g40kg viz")
    record = PageRecord(chromium_browser, out, viewport=(1280, 900))
    try:
        assert record.page.evaluate(_NAMES_OVER_SHAPES) == []
    finally:
        record.close()
