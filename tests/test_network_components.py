"""A network page whose graph has a large component and small ones draws the large one across the panel
and the small ones in a row under it (walkthrough 25, finding 16: at 1280 px the main component was a
narrow column in the middle third, a two-node component far to its right). Invented names."""

from __future__ import annotations

import networkx as nx

from viz.layout import PANEL_ASPECT, _span
from viz.network import network_data


def two_parts() -> nx.Graph:
    graph = nx.barabasi_albert_graph(90, 2, seed=5)
    graph.add_edges_from([(200, 201), (200, 202), (200, 203), (300, 301)])
    for node in graph:
        graph.nodes[node]["label"] = f"Werkgroep nummer {node}"
    return graph


def placed(graph: nx.Graph) -> dict:
    return {int(n["id"]): (n["x"], n["y"]) for n in network_data(graph, seed=2)["nodes"]}


def test_the_largest_component_is_laid_out_in_the_panels_shape():
    positions = placed(two_parts())
    width, height = _span({n: xy for n, xy in positions.items() if n < 200})
    assert PANEL_ASPECT / 1.3 <= width / height <= PANEL_ASPECT * 1.3, (width, height)


def test_the_small_components_sit_under_the_largest_within_its_width():
    positions = placed(two_parts())
    main = [xy for n, xy in positions.items() if n < 200]
    rest = [xy for n, xy in positions.items() if n >= 200]
    assert min(y for _, y in rest) > max(y for _, y in main)
    assert min(x for x, _ in main) <= min(x for x, _ in rest)
    assert max(x for x, _ in rest) <= max(x for x, _ in main)


def test_the_same_graph_gives_the_same_picture():
    assert placed(two_parts()) == placed(two_parts())
