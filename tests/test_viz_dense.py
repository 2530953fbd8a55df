"""Dense network pages (viz/dense.py): groups apart, nodes apart, names only where they fit, a first view.

The graphs are constructed here (stars, cliques, planted groups), so every expectation is exact;
the browser test checks on a drawn page that the names shown never cover each other.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from viz.dense import (DENSE_NODES, FIRST_VIEW_NODES, NAME_BOX_PX, NAME_CHAR_PX, discs_apart, is_dense,
                       label_zooms, layout_groups, place_groups)
from viz.layout import (LABEL_MAX_FONT_PX, SMALL_PAGE_ROUNDS, SMALL_PAGE_SPACING, fast_layout, labels_apart_in_panel,
                        label_spacing)
from viz.network import FIRST_VIEW_CANVAS, network_data
from viz.render import render_html, write_html

SCRIPT_PROBE = "<script>alert(1)</script>"


def stars(hubs: int, leaves: int) -> nx.MultiDiGraph:
    """``hubs`` people-like stars: hub ``h{i}`` ("Themagroep i") with ``leaves`` persons each, hubs in a ring."""
    g = nx.MultiDiGraph()
    for i in range(hubs):
        g.add_node(f"h{i}", label=f"Themagroep {i}", type="OrganisationalUnit")
        for j in range(leaves):
            g.add_node(f"p{i}-{j}", label=f"Persoon {i}-{j}", type="Person")
            g.add_edge(f"p{i}-{j}", f"h{i}", key="hasRole", predicate="hasRole", weight=1, evidence=[])
    for i in range(hubs):
        g.add_edge(f"h{i}", f"h{(i + 1) % hubs}", key="collaboratesWith", predicate="collaboratesWith", weight=3,
                   evidence=[{"quote": "werken samen", "document": "d1", "date": "2022-01-01"}])
    return g


def name_boxes(nodes: list[dict], zoom: float) -> list[tuple[str, float, float, float]]:
    """(label, x, y, width) in screen pixels of the names a dense page shows at ``zoom``."""
    return [(n["label"], n["x"] * zoom, n["y"] * zoom, NAME_CHAR_PX * len(n["label"]) + 8.0)
            for n in nodes if n.get("label_zoom") is not None and n["label_zoom"] <= zoom]


def covering(boxes) -> list[tuple[str, str]]:
    return [(a[0], b[0]) for a, b in combinations(boxes, 2)
            if abs(a[1] - b[1]) < (a[3] + b[3]) / 2 - 1e-6 and abs(a[2] - b[2]) < NAME_BOX_PX - 1e-6]


def first_view_zoom(nodes: list[dict]) -> float:
    xs, ys = [n["x"] for n in nodes], [n["y"] for n in nodes]
    return min(FIRST_VIEW_CANVAS[0] / max(max(xs) - min(xs), 1.0), FIRST_VIEW_CANVAS[1] / max(max(ys) - min(ys), 1.0))


# ---- which names show -----------------------------------------------------------------------


def test_a_name_shows_from_the_zoom_where_it_covers_no_more_connected_name():
    # four names 100 px wide, 18 px high, on a row: 0 and 1 are 50 units apart, 2 is far, 3 sits on 0
    xy = np.array([[0.0, 0.0], [50.0, 0.0], [400.0, 0.0], [0.0, 0.0], [0.0, 10.0]])
    zooms = label_zooms(xy, np.full(5, 100.0), [0, 1, 2, 3, 4], least=0.1)
    assert zooms[:3].tolist() == [0.0, 2.0, 0.25]  # 100 px apart at zoom 2; 2 is clear of 0 from 0.25
    assert math.isinf(zooms[3]), "a name on the place of a more connected one never shows by itself"
    assert zooms[4] == pytest.approx(1.8)  # 10 units under 0: its 18 px high box is clear from zoom 1.8
    # the order decides: the same places with 1 first
    assert label_zooms(xy[:3], np.full(3, 100.0), [1, 0, 2], least=0.1).tolist() == [2.0, 0.0, 100 / 350]


@pytest.mark.parametrize("zoom_factor", [0.5, 1.0, 2.0, 5.0])
def test_names_shown_together_never_cover_each_other(zoom_factor):
    nodes = network_data(stars(6, 30), seed=2)["nodes"]
    zoom = first_view_zoom(nodes) * zoom_factor
    boxes = name_boxes(nodes, zoom)
    assert covering(boxes) == []
    assert len(boxes) >= (6 if zoom_factor >= 1 else 1), boxes


def test_the_first_view_names_the_hubs_and_zooming_in_names_more():
    nodes = network_data(stars(6, 30), seed=2)["nodes"]
    zoom = first_view_zoom(nodes)
    first = {label for label, *_ in name_boxes(nodes, zoom)}
    hubs = {f"Themagroep {i}" for i in range(6)}
    assert hubs <= first, sorted(first)
    ranks = {n["label"]: n["rank"] for n in nodes}
    assert sorted(ranks[h] for h in hubs) == list(range(6)), "the hubs are the most connected"
    assert len(name_boxes(nodes, 4 * zoom)) > len(first)
    assert {n["label"] for n in nodes if n["label_zoom"] == 0.0} == {"Themagroep 0"}


def test_the_node_a_view_is_about_is_named_first_in_a_group_near_the_middle():
    nodes = network_data(stars(8, 30), seed=2, meta={"centre": "p3-7"})["nodes"]
    about = next(n for n in nodes if n["id"] == "p3-7")
    assert (about["rank"], about["label_zoom"], about["group"]) == (0, 0.0, 0)
    xy = np.array([(n["x"], n["y"]) for n in nodes])
    middle, extent = (xy.min(axis=0) + xy.max(axis=0)) / 2, xy.max(axis=0) - xy.min(axis=0)
    group = xy[[n["group"] == 0 for n in nodes]].mean(axis=0)
    assert (np.abs(group - middle) < 0.2 * extent).all(), (group, middle, extent)


# ---- groups and nodes apart -----------------------------------------------------------------


def test_groups_are_found_and_placed_apart():
    blocks = nx.planted_partition_graph(4, 40, 0.3, 0.005, seed=3)
    groups = layout_groups(blocks, seed=1)
    for block in range(4):
        found = {groups[n] for n in range(40 * block, 40 * block + 40)}
        assert len(found) == 1, f"block {block} was split into groups {found}"
    assert len(set(groups.values())) == 4

    pos = fast_layout(blocks, seed=1, groups=groups)
    xy = {g: np.array([pos[n] for n in blocks if groups[n] == g]) for g in range(4)}
    centres = {g: points.mean(axis=0) for g, points in xy.items()}
    reach = {g: float(np.sqrt(((points - centres[g]) ** 2).sum(axis=1)).max()) for g, points in xy.items()}
    for a, b in combinations(range(4), 2):
        between = float(np.linalg.norm(centres[a] - centres[b]))
        assert between > reach[a] + reach[b], (a, b, between, reach[a], reach[b])
    # and every node is nearer its own group's centre than any other
    for g, points in xy.items():
        own = np.linalg.norm(points - centres[g], axis=1)
        for other in set(range(4)) - {g}:
            assert (own < np.linalg.norm(points - centres[other], axis=1)).all()


def test_a_dense_page_tells_the_page_each_node_s_group():
    graph = stars(6, 30)
    nodes = network_data(graph, seed=2)["nodes"]
    groups = layout_groups(graph, seed=2)
    assert {n["id"]: n["group"] for n in nodes} == groups
    assert {groups[f"p{i}-{j}"] for i in range(6) for j in range(30)} == {groups[f"h{i}"] for i in range(6)}
    assert all(groups[f"p{i}-0"] == groups[f"h{i}"] for i in range(6)), "each star is a group"


def test_place_groups_keeps_a_gap_and_packs_linked_groups_close():
    radii = np.array([4.0, 2.0, 2.0, 2.0, 1.0])
    centres = place_groups(radii, {(0, 1): 40, (2, 3): 40, (3, 4): 1}, seed=5, gap=1.5)
    room = {(a, b): float(np.linalg.norm(centres[a] - centres[b]) - radii[a] - radii[b])
            for a, b in combinations(range(5), 2)}
    assert min(room.values()) >= 1.5 - 1e-6, room
    assert room[0, 1] < 2.5 and room[2, 3] < 2.5, room  # the linked pairs (nearly) touch
    # no room left over: all groups inside a disc not much larger than their total area
    outer = float((np.linalg.norm(centres - centres.mean(axis=0), axis=1) + radii).max())
    assert outer < 1.6 * math.sqrt(float(((radii + 0.75) ** 2).sum())), outer


def test_nodes_of_a_dense_page_do_not_cover_each_other():
    nodes = network_data(stars(6, 30), seed=2)["nodes"]
    xy = np.array([(n["x"], n["y"]) for n in nodes])
    size = np.array([n["size"] for n in nodes])
    gaps = [math.dist(xy[a], xy[b]) - size[a] - size[b] for a, b in combinations(range(len(nodes)), 2)]
    assert min(gaps) >= -0.2, min(gaps)  # positions are rounded to 0.1 px


def test_a_big_node_keeps_room_in_its_group():
    clot = nx.complete_graph(12)  # one densely linked group: every node a hub
    groups = {n: 0 if n < 6 else 1 for n in clot}
    pos = fast_layout(clot, seed=1, spacing=60.0, groups=groups, room={n: 1.0 for n in clot})
    closest = min(math.dist(pos[a], pos[b]) for a, b in combinations(clot, 2) if groups[a] == groups[b])
    assert closest >= 2 * 60.0 - 1e-6, closest


def test_discs_at_one_place_part():
    apart = discs_apart(np.zeros((5, 2)), np.full(5, 3.0))
    assert min(math.dist(a, b) for a, b in combinations(apart.tolist(), 2)) >= 6 - 1e-6


# ---- the page ------------------------------------------------------------------------------


def data_island(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="g40-data">(.*?)</script>', page, re.S)
    assert found, "no data island in the page"
    return json.loads(found.group(1))


@pytest.mark.parametrize(("lang", "text"), [("nl", "Toon alle {n} knopen"), ("en", "Show all {n} nodes")])
def test_a_big_dense_page_has_a_first_view_and_a_control_that_names_the_count(lang, text):
    graph = stars(10, 60)  # 610 nodes
    page = render_html(network_data(graph, seed=1), lang=lang)
    data = data_island(page)
    assert data["dense"] == {"first_view": FIRST_VIEW_NODES, "font_px": 13}
    assert data["ui"]["show_all"] == text
    assert '<button id="g40-show-all" type="button" hidden></button>' in page
    first = sorted(n["rank"] for n in data["nodes"])[:FIRST_VIEW_NODES]
    assert first == list(range(FIRST_VIEW_NODES))


def test_a_dense_page_of_fewer_nodes_shows_them_all_at_once():
    data = network_data(stars(4, 50), seed=1)  # 204 nodes
    assert is_dense(stars(4, 50)) and data["dense"]["first_view"] == 0


def test_a_script_in_a_name_stays_data_on_a_dense_page():
    graph = stars(5, 40)
    graph.nodes["h2"]["label"] = f"Themagroep {SCRIPT_PROBE}"
    page = render_html(network_data(graph, seed=1))
    assert SCRIPT_PROBE not in page and "alert(1)" in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert any(n["label"] == f"Themagroep {SCRIPT_PROBE}" for n in data_island(page)["nodes"])


def test_a_small_page_is_drawn_as_before():
    graph = nx.barabasi_albert_graph(100, 1, seed=4)
    for node in graph:
        graph.nodes[node]["label"] = f"Knoop {node}"
    assert not is_dense(graph) and graph.number_of_nodes() < DENSE_NODES
    data = network_data(graph, seed=3)
    assert "dense" not in data and not any("rank" in n or "label_zoom" in n for n in data["nodes"])
    # laid out tighter since walkthrough 38d (its labels were ~6 px fitted into a laptop window), then moved apart
    # and its names kept apart at the largest size the page draws them (walkthrough 15, finding 16), in the
    # shape of the panel, not a tall column (walkthrough 18, finding 22), each box as tall as its node's shape
    # (walkthrough 23, finding 16)
    sizes = {k: round(min(8 + 3 * math.sqrt(d), 40.0), 1) for k, d in graph.degree()}
    before = labels_apart_in_panel(graph, fast_layout(graph, seed=3, spacing=label_spacing(graph) * SMALL_PAGE_SPACING),
                                   rounds=SMALL_PAGE_ROUNDS, font_px=LABEL_MAX_FONT_PX, sizes=sizes)
    assert [(n["x"], n["y"]) for n in data["nodes"]] == [(round(before[k][0], 1), round(before[k][1], 1))
                                                         for k in graph]
    assert [n["size"] for n in data["nodes"]] == [round(min(8 + 3 * math.sqrt(d), 40.0), 1)
                                                  for _, d in graph.degree()]


DENSE_IN_A_FRESH_PROCESS = """
import json, sys
sys.path.insert(0, {tests!r})
from test_viz_dense import stars
from viz.network import network_data
data = network_data(stars(5, 40), seed=4)
print(json.dumps([data["nodes"], data["edges"]]))
"""


def test_a_dense_page_is_the_same_in_every_process():
    script = DENSE_IN_A_FRESH_PROCESS.format(tests=str(Path(__file__).resolve().parent))
    processes = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1]


# ---- in a browser --------------------------------------------------------------------------

# the names as drawn: [label, x, y, width, height] of each box in screen pixels (width measured by
# the browser), with the zoom from which each shows
_DRAWN_NAME_BOXES = """() => g40viz.drawnNameBoxes().map(([id, x, y, w, h]) => {
    const n = g40viz.data.nodes.find(m => m.id === id);
    return [n.label, x, y, w, h, n.label_zoom]; })"""


@pytest.mark.browser
def test_a_dense_page_in_chromium(chromium_browser, tmp_path):
    from browser.vizkit import PageRecord

    graph = stars(10, 60)
    graph.nodes["h2"]["label"] = f"Themagroep {SCRIPT_PROBE}"
    out = write_html(render_html(network_data(graph, seed=1)), tmp_path / "dense.html")
    record = PageRecord(chromium_browser, out)
    try:
        page = record.page
        button = page.locator("#g40-show-all")
        assert button.inner_text() == "Toon alle 610 knopen"
        assert page.locator("#g40-status").get_attribute("data-nodes") == str(FIRST_VIEW_NODES)
        drawn = page.evaluate(_DRAWN_NAME_BOXES)
        scale = page.evaluate("g40viz.network.getScale()")
        labels = {d[0] for d in drawn}
        assert {f"Themagroep {i}" for i in (0, 1, 3)} <= labels and f"Themagroep {SCRIPT_PROBE}" in labels, labels
        assert all(d[5] <= scale for d in drawn)
        # measured by the browser: the names drawn cover no other
        overlaps = [(a[0], b[0]) for a, b in combinations(drawn, 2)
                    if abs(a[1] - b[1]) < (a[3] + b[3]) / 2 and abs(a[2] - b[2]) < (a[4] + b[4]) / 2]
        assert overlaps == []
        width = page.evaluate("document.getElementById('g40-network').clientWidth")
        assert all(d[3] / 2 <= d[1] <= width - d[3] / 2 for d in drawn), "a name is cut at a side"
        record.screenshot("viz-dense-first-view.png")
        button.click()
        assert button.inner_text() == "Toon alleen de 500 meest verbonden"
        assert page.locator("#g40-status").get_attribute("data-nodes") == "610"
        # a node beyond the first view, chosen as from the search list, shows all nodes again
        button.click()
        page.evaluate("g40viz.focusNode('p9-59')")
        assert page.locator("#g40-status").get_attribute("data-nodes") == "610"
        page.wait_for_timeout(100)
        assert "p9-59" in page.evaluate("g40viz.drawnNames()"), "the selected node is named"
        record.screenshot("viz-dense-all.png")
        assert record.requests == [record.url] and record.errors == [] and record.dialogs == [], (
            record.requests, record.errors, record.dialogs)
    finally:
        record.close()
