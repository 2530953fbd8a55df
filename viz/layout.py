"""Positions of a network page's nodes: a seeded force layout (numpy and a k-d tree), groups kept apart, labels moved clear.

:func:`fast_layout` lays out any networkx graph (a dense page's groups apart, :mod:`viz.dense`);
:func:`labels_apart` moves the labels of a small page clear of each other; :func:`label_spacing` is
the distance between neighbours at which most labels do not cover each other.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["GROUP_GAP", "LABEL_BOX_PX", "LABEL_CHAR_PX", "LABEL_FONT_PX", "LABEL_MAX_FONT_PX", "LABEL_MIN_SCREEN_PX",
           "LABELS_APART_MAX", "PANEL_ASPECT", "SMALL_PAGE_ROUNDS", "SMALL_PAGE_SPACING", "fast_layout",
           "label_spacing", "labels_apart", "labels_apart_in_panel"]

#: the names of a page's nodes: their size in the layout (vis-network pixels), and on a page whose
#: labels all show, at least this size on screen in the first view, up to this size in the layout
LABEL_FONT_PX, LABEL_MIN_SCREEN_PX, LABEL_MAX_FONT_PX = 18, 12, 27


def label_spacing(graph: nx.Graph, *, least: float = 60.0) -> float:
    """The distance (vis-network pixels) between neighbouring nodes at which most labels do not
    cover each other: half the width of a long label (the upper quartile of label lengths, about 9
    pixels a character at the page's font size), at least ``least``.

    >>> g = nx.Graph([("a", "b")]); g.nodes["a"]["label"] = "Themagroep Wonen en Ruimte"; g.nodes["b"]["label"] = "KGG"
    >>> label_spacing(g), label_spacing(nx.path_graph(3))
    (117.0, 60.0)
    """
    lengths = sorted(len(str(data.get("label") or node)) for node, data in graph.nodes(data=True))
    if not lengths:
        return least
    upper_quartile = lengths[min(len(lengths) - 1, (3 * len(lengths)) // 4)]
    return max(least, 4.5 * upper_quartile)


#: pages up to this many nodes show every label; :func:`labels_apart` keeps them from covering each other
LABELS_APART_MAX = 300
#: such a page is laid out this much tighter than :func:`label_spacing` before its labels are moved apart,
#: in up to this many rounds (a tight layout needs more than the default; they stop once none covers another)
SMALL_PAGE_SPACING, SMALL_PAGE_ROUNDS = 0.4, 1500
#: a label's box at the page's font (18 px): pixels a character, and its height with the node above it
LABEL_CHAR_PX, LABEL_BOX_PX = 9.5, 44.0
#: the room, in lines of the names' font, kept between a name and a shape under it (with ``sizes``)
LABEL_GAP_LINES = 0.3


def labels_apart(graph: nx.Graph, positions: dict, *, rounds: int = 200, font_px: float = LABEL_FONT_PX,
                 sizes: dict | None = None) -> dict:
    """``positions`` moved so that no two nodes' label boxes (a node and its label under it, about
    :data:`LABEL_CHAR_PX` a character wide) cover each other: each round, every overlapping pair
    moves apart along the axis where it overlaps least, each half the way, until none overlaps or
    after ``rounds`` (a dense cluster of hundreds may keep a few). Deterministic; for the small pages
    whose labels all show (up to :data:`LABELS_APART_MAX` nodes: 0.2 s at 300). The boxes are those
    of names at ``font_px`` (the page may draw them larger than :data:`LABEL_FONT_PX` to read them
    fitted into the window, :func:`label_options`: they are kept apart at that size). With ``sizes``
    (node → radius, as the page draws it) a box is the node's own height and its label under it, and
    at least as wide as the node: a name is not drawn over a big neighbour's shape ("Themagroep …"
    over the square of a hub: walkthrough 23 finding 16).

    >>> g = nx.Graph([("a", "b")]); g.nodes["a"]["label"] = "Themagroep Wonen"; g.nodes["b"]["label"] = "Pijler Fysiek"
    >>> apart = labels_apart(g, {"a": (0.0, 0.0), "b": (30.0, 10.0)})
    >>> abs(apart["a"][0] - apart["b"][0]) >= 0.5 * LABEL_CHAR_PX * (16 + 13) or abs(apart["a"][1] - apart["b"][1]) >= 44
    True
    >>> g = nx.Graph([("hub", "b")]); g.nodes["hub"]["label"] = "G40"; g.nodes["b"]["label"] = "Themagroep Wonen"
    >>> apart = labels_apart(g, {"hub": (0.0, 0.0), "b": (0.0, -40.0)}, sizes={"hub": 40.0, "b": 11.0})
    >>> apart["hub"][1] - apart["b"][1] >= 11 + 40 + 1.3 * 18  # b's name, under b, clears the hub's 40 px radius
    True
    """
    nodes = list(positions)
    if len(nodes) < 2:
        return dict(positions)
    xy = np.array([positions[n] for n in nodes], dtype=float)
    char_px, box_px = LABEL_CHAR_PX * font_px / LABEL_FONT_PX, LABEL_BOX_PX + 1.2 * (font_px - LABEL_FONT_PX)
    # and a character's width on either side: two names side by side keep a gap and read as two
    # ("G40" and "IenW", not "G40IenW": walkthrough 19, finding 19)
    width = np.array([char_px * len(str(graph.nodes[n].get("label") or n)) if n in graph else 0.0
                      for n in nodes]) + 12.0 + 2 * char_px
    if sizes is None:
        tall = np.full((len(nodes), len(nodes)), box_px)
    else:  # a node's box: its shape (2 r, with the label under it) and the label, the wider of the two
        radius = np.array([float(sizes.get(n, 12.0)) for n in nodes])
        width = np.maximum(width, 2 * radius + 4.0 + 2 * char_px)
        # and a third of a line between a name and the shape under it: names packed to the pixel read as
        # drawn over the next shape on screen ("Pijler Fysiek" on G40's: walkthrough 27, finding 21)
        tall = radius[:, None] + radius[None, :] + (1.3 + LABEL_GAP_LINES) * font_px + 4.0
    half_w = (width[:, None] + width[None, :]) / 2
    upper = np.triu(np.ones((len(nodes), len(nodes)), dtype=bool), 1)
    for _ in range(rounds):
        dx = xy[:, None, 0] - xy[None, :, 0]
        dy = xy[:, None, 1] - xy[None, :, 1]
        over_x, over_y = half_w + 2.0 - np.abs(dx), tall + 2.0 - np.abs(dy)  # 2 px apart at least
        clash = upper & (over_x > 0) & (over_y > 0)
        if not clash.any():
            break
        i, j = np.nonzero(clash)
        along_x = over_x[i, j] < over_y[i, j]
        # ties (the same place) part by index, so the result does not depend on the platform
        sign_x = np.where(dx[i, j] != 0, np.sign(dx[i, j]), 1.0)
        sign_y = np.where(dy[i, j] != 0, np.sign(dy[i, j]), 1.0)
        step = np.zeros((len(i), 2))
        step[along_x, 0] = sign_x[along_x] * (over_x[i, j][along_x] / 2 + 0.5)
        step[~along_x, 1] = sign_y[~along_x] * (over_y[i, j][~along_x] / 2 + 0.5)
        move = np.zeros_like(xy)
        np.add.at(move, i, step)
        np.add.at(move, j, -step)
        xy += move
    return {n: (float(xy[k, 0]), float(xy[k, 1])) for k, n in enumerate(nodes)}


#: the drawing's panel, width over height: a laptop's window (1280 × 800) less the side bar, header and
#: footer (about 1035 × 700); the page's script stretches the layout to the panel it gets (network.js)
PANEL_ASPECT = 1.5


def labels_apart_in_panel(graph: nx.Graph, positions: dict, *, aspect: float = PANEL_ASPECT, tries: int = 3,
                          **options) -> dict:
    """:func:`labels_apart` (``options``: its ``rounds`` and ``font_px``) for a panel ``aspect`` times as
    wide as it is high. Labels are wide, so moving them apart pushes most pairs up or down, and a round
    layout becomes a tall narrow column in a wide panel (walkthrough 18, finding 22). So the layout is
    first widened (``x·s``, ``y/s``, its area kept) by a factor ``s`` fitted to the result in up to
    ``tries`` passes; the result that fits the panel at the largest zoom is kept. Deterministic.

    The largest connected component is widened on its own and the smaller ones are set in rows under
    it (:func:`_rows_below`): beside it, they made the whole as wide as the panel while the main part
    stayed a narrow column in its middle third (walkthrough 25, finding 16).

    >>> g = nx.Graph(); g.add_nodes_from((n, {"label": "Themagroep Wonen"}) for n in range(12))
    >>> column = {n: (4.0 * (n % 3), 10.0 * n) for n in range(12)}
    >>> [round(side) for side in _span(labels_apart(g, column, rounds=300))]  # a column: 8 × 509
    [8, 509]
    >>> [round(side) for side in _span(labels_apart_in_panel(g, column, rounds=300))]  # wide: fits a panel 1.6 times larger
    [489, 140]
    """
    main, rest = _main_and_rest(graph)
    if not rest or len(main) < 2:
        return _widened(graph, positions, aspect, tries, options)
    rest_apart = labels_apart(graph.subgraph(rest), {n: positions[n] for n in rest}, **options)
    gap = 2.0 * options.get("font_px", LABEL_FONT_PX)
    below = 0.0  # the height of the rows under the main part, in units of its height: the target ratio allows for it
    best, best_zoom = dict(positions), 0.0
    for _ in range(2):
        main_apart = _widened(graph.subgraph(main), {n: positions[n] for n in main}, aspect * (1.0 + below), tries,
                              options)
        placed = {**main_apart, **_rows_below(graph, main_apart, rest_apart, gap)}
        width, height = _span(placed)
        zoom = min(aspect / max(width, 1.0), 1.0 / max(height, 1.0))
        if zoom > best_zoom:
            best, best_zoom = placed, zoom
        main_height = max(_span(main_apart)[1], 1.0)
        below = (height - main_height) / main_height
    return best


def _main_and_rest(graph: nx.Graph) -> tuple[list, list]:
    """The nodes of the largest connected component (the first in node order of those as large) and
    the others, each in node order.

    >>> _main_and_rest(nx.Graph([(1, 2), (2, 3), (4, 5)]))
    ([1, 2, 3], [4, 5])
    """
    order = {n: i for i, n in enumerate(graph)}
    components = nx.connected_components(graph.to_undirected(as_view=True)) if len(graph) else []
    largest = set(min(components, key=lambda c: (-len(c), min(order[n] for n in c)), default=set()))
    return [n for n in graph if n in largest], [n for n in graph if n not in largest]


def _widened(graph: nx.Graph, positions: dict, aspect: float, tries: int, options: dict) -> dict:
    """:func:`labels_apart` of ``positions`` widened by the factor that fits them to ``aspect`` best
    (:func:`labels_apart_in_panel`)."""
    best, best_zoom, stretch = dict(positions), 0.0, 1.0
    for _ in range(max(1, tries)):
        apart = labels_apart(graph, {n: (x * stretch, y / stretch) for n, (x, y) in positions.items()}, **options)
        width, height = _span(apart)
        zoom = min(aspect / max(width, 1.0), 1.0 / max(height, 1.0))  # fitted into a panel of height 1
        if zoom > best_zoom:
            best, best_zoom = apart, zoom
        ratio = max(width, 1.0) / max(height, 1.0)
        if abs(math.log(ratio / aspect)) < math.log(1.2):
            break
        stretch *= (aspect / ratio) ** 0.75  # the ratio grows about as stretch ** 1.3
    return best


def _rows_below(graph: nx.Graph, main: dict, rest: dict, gap: float) -> dict:
    """The components of ``rest`` (positions) set left to right in rows under the box of ``main``,
    ``gap`` apart, a new row where the next would pass the main part's right edge; largest first.

    >>> g = nx.Graph([("a", "b"), ("c", "d"), ("e", "f")])
    >>> _rows_below(g, {"a": (0.0, 0.0), "b": (100.0, 50.0)}, {"c": (500.0, 0.0), "d": (540.0, 20.0),
    ...                                                          "e": (900.0, 0.0), "f": (990.0, 0.0)}, 10.0)
    {'c': (0.0, 60.0), 'd': (40.0, 80.0), 'e': (0.0, 90.0), 'f': (90.0, 90.0)}
    """
    (left, _top), (right, bottom) = _corners(main)
    order = {n: i for i, n in enumerate(graph)}
    parts = [sorted(c, key=order.get) for c in nx.connected_components(graph.subgraph(rest).to_undirected(as_view=True))]
    boxes = [(part, *_corners({n: rest[n] for n in part})) for part in parts]
    boxes.sort(key=lambda b: (-(b[2][0] - b[1][0] + 1.0) * (b[2][1] - b[1][1] + 1.0), order[b[0][0]]))
    placed, x, y, row_height = {}, left, bottom + gap, 0.0
    for part, (low_x, low_y), (high_x, high_y) in boxes:
        width, height = high_x - low_x, high_y - low_y
        if x > left and x + width > right:
            x, y, row_height = left, y + row_height + gap, 0.0
        placed.update({n: (rest[n][0] - low_x + x, rest[n][1] - low_y + y) for n in part})
        x += width + gap
        row_height = max(row_height, height)
    return placed


def _corners(positions: dict) -> tuple[tuple[float, float], tuple[float, float]]:
    """The lowest and highest x and y of ``positions``.

    >>> _corners({"a": (0.0, 5.0), "b": (30.0, -10.0)})
    ((0.0, -10.0), (30.0, 5.0))
    """
    xy = np.array(list(positions.values()), dtype=float)
    low, high = xy.min(axis=0), xy.max(axis=0)
    return (float(low[0]), float(low[1])), (float(high[0]), float(high[1]))


def _span(positions: dict) -> tuple[float, float]:
    """Width and height of the box around ``positions``.

    >>> _span({"a": (0.0, 0.0), "b": (30.0, -10.0)})
    (30.0, 10.0)
    """
    if not positions:
        return 0.0, 0.0
    xy = np.array(list(positions.values()), dtype=float)
    width, height = xy.max(axis=0) - xy.min(axis=0)
    return float(width), float(height)


def fast_layout(graph: nx.Graph, *, seed: int = 0, iterations: int = 50, spacing: float = 60.0,
                groups: dict | None = None, room: dict | None = None) -> dict:
    """Positions (in vis-network pixels) from a seeded force-directed layout, fast at 5,000 nodes.

    Fruchterman–Reingold per connected component: attraction along edges, exact repulsion
    between nearby nodes (a k-d tree) and sampled repulsion from far nodes; components are then
    packed in rows, largest first. With ``groups`` (``{node: number}``, e.g.
    :func:`viz.dense.layout_groups`), each group of a component is laid out on its own and the
    groups are placed apart (:func:`_grouped_layout`), each node in a group at least its ``room``
    (a radius in units of ``spacing``) away from the others. Deterministic for a given ``seed``.

    References
    ----------
    T. Fruchterman and E. Reingold, "Graph drawing by force-directed placement", 1991.

    Examples
    --------
    >>> pos = fast_layout(nx.path_graph(4), seed=3)
    >>> sorted(pos) == [0, 1, 2, 3] and pos == fast_layout(nx.path_graph(4), seed=3)
    True
    """
    from scipy.spatial import cKDTree

    nodes = list(graph.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    undirected = nx.Graph()
    undirected.add_nodes_from(range(len(nodes)))
    undirected.add_edges_from((index[u], index[v]) for u, v in graph.edges() if u != v)
    rng = np.random.default_rng(seed)
    components = sorted((sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c[0]))

    placed = []  # (members, local coords, radius)
    # fewer sweeps for big components keep a 5,000-node page under a few seconds to generate
    for members in components:
        if len(members) == 1:
            placed.append((members, np.zeros((1, 2)), 0.6))
            continue
        local = {n: i for i, n in enumerate(members)}
        pairs = np.array([(local[u], local[v]) for u, v in undirected.subgraph(members).edges()], dtype=np.int64)
        sweeps = iterations if len(members) <= 1000 else max(iterations * 3 // 5, 10)
        group_of = np.array([groups[nodes[n]] for n in members]) if groups is not None else None
        if group_of is not None and len(np.unique(group_of)) > 1:
            radii = np.array([(room or {}).get(nodes[n], 0.0) for n in members])
            coords = _grouped_layout(pairs, group_of, rng, sweeps, cKDTree, room=radii)
        else:
            coords = _force_layout(len(members), pairs, rng, sweeps, cKDTree)
        coords -= coords.mean(axis=0)
        radius = float(np.sqrt((coords**2).sum(axis=1)).max()) + 0.8
        placed.append((members, coords, radius))

    # shelf packing: rows of components, about 1.6 times as wide as high (a landscape screen)
    total_area = sum((2 * r) ** 2 for _, _, r in placed)
    row_width = max(math.sqrt(total_area * 1.6) * 1.1, 2 * placed[0][2])
    out = np.zeros((len(nodes), 2))
    x = y = row_height = 0.0
    for members, coords, radius in placed:
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        centre = np.array([x + radius, y + radius])
        out[members] = coords + centre
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    out -= out.mean(axis=0)
    out *= spacing
    return {n: (float(out[i, 0]), float(out[i, 1])) for i, n in enumerate(nodes)}


#: room between the groups of a dense page, in edge lengths (about 60 px at the page's spacing)
GROUP_GAP = 1.0


def _grouped_layout(pairs: np.ndarray, group_of: np.ndarray, rng, iterations: int, kdtree,
                    room: np.ndarray | None = None) -> np.ndarray:
    """Coordinates (unit edge length) for one connected component whose nodes are in several
    groups: each group laid out on its own (its nodes at least their ``room`` apart, see
    :func:`viz.dense.discs_apart`), the groups placed :data:`GROUP_GAP` apart with
    :func:`viz.dense.place_groups`, near the groups they share most links with.

    >>> from scipy.spatial import cKDTree
    >>> pairs = np.array([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3)])
    >>> xy = _grouped_layout(pairs, np.array([0, 0, 0, 1, 1, 1]), np.random.default_rng(1), 50, cKDTree)
    >>> bool(np.linalg.norm(xy[:3].mean(axis=0) - xy[3:].mean(axis=0)) > 2 * np.linalg.norm(xy[0] - xy[1]))
    True
    """
    from .dense import discs_apart, place_groups

    numbers = np.unique(group_of)
    coords = np.zeros((len(group_of), 2))
    radii, members_of = [], []
    for number in numbers:
        members = np.flatnonzero(group_of == number)
        local = np.full(len(group_of), -1)
        local[members] = np.arange(len(members))
        inside = pairs[(group_of[pairs[:, 0]] == number) & (group_of[pairs[:, 1]] == number)] if len(pairs) else pairs
        # a group with more links a node than a tree (two) pulls less, so that it does not clot
        pull = min(1.0, 2.0 * len(members) / max(2.0 * len(inside), 1.0))
        part = _force_layout(len(members), local[inside], rng, iterations, kdtree, pull=pull) if len(members) > 1 \
            else np.zeros((1, 2))
        if room is not None:  # roughly: the page's nodes are kept apart exactly afterwards
            part = discs_apart(part, room[members], rounds=20)
        part -= part.mean(axis=0)
        coords[members] = part
        radii.append(float(np.sqrt((part**2).sum(axis=1)).max()) + 0.8)
        members_of.append(members)
    position = {int(g): i for i, g in enumerate(numbers)}
    links: dict[tuple[int, int], int] = {}
    for a, b in zip(group_of[pairs[:, 0]].tolist(), group_of[pairs[:, 1]].tolist()) if len(pairs) else ():
        if a != b:
            key = (min(position[a], position[b]), max(position[a], position[b]))
            links[key] = links.get(key, 0) + 1
    centres = place_groups(radii, links, seed=int(rng.integers(2**31)), gap=GROUP_GAP)
    for members, centre in zip(members_of, centres):
        coords[members] += centre
    return coords


def _grid_repulsion(pos: np.ndarray, k: float, cells: int) -> np.ndarray:
    """Repulsion of every node from the centres of mass of a ``cells`` × ``cells`` grid."""
    m = len(pos)
    lo = pos.min(axis=0)
    span = np.maximum(pos.max(axis=0) - lo, 1e-9)
    cell = np.minimum(((pos - lo) / span * cells).astype(np.int64), cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(flat, minlength=cells * cells).astype(float)
    used = mass > 0
    cx = np.bincount(flat, pos[:, 0], cells * cells)[used] / mass[used]
    cy = np.bincount(flat, pos[:, 1], cells * cells)[used] / mass[used]
    w = mass[used]
    dx = pos[:, 0:1] - cx[None, :]
    dy = pos[:, 1:2] - cy[None, :]
    inv = w[None, :] * (k * k) / np.maximum(dx * dx + dy * dy, 4.0 * k * k)
    out = np.empty((m, 2))
    out[:, 0] = (dx * inv).sum(axis=1)
    out[:, 1] = (dy * inv).sum(axis=1)
    return out


def _force_layout(m: int, pairs: np.ndarray, rng, iterations: int, kdtree, sample: int = 200,
                  pull: float = 1.0) -> np.ndarray:
    """Fruchterman–Reingold in unit edge length for one connected component of ``m`` nodes
    (``pull`` < 1 weakens the attraction along edges: a densely linked group spreads out)."""
    k = 1.0
    pos = rng.uniform(-1.0, 1.0, size=(m, 2)) * math.sqrt(m) * 0.6
    temperature = math.sqrt(m) * 0.25
    cooling = (0.02 / max(temperature, 0.02)) ** (1.0 / max(iterations - 1, 1))
    src, dst = (pairs[:, 0], pairs[:, 1]) if len(pairs) else (np.zeros(0, int), np.zeros(0, int))
    exact = m <= sample
    cells = max(4, min(9, int(math.sqrt(m) / 4)))
    for _ in range(iterations):
        if exact:
            delta = pos[:, None, :] - pos[None, :, :]
            dist2 = (delta**2).sum(axis=2) + 1e-9
            np.fill_diagonal(dist2, np.inf)
            disp = (delta * (k * k / dist2)[:, :, None]).sum(axis=1)
        else:
            # far field: centres of mass of a coarse grid; near field (within 1.5k): exact pairs
            disp = _grid_repulsion(pos, k, cells)
            near = kdtree(pos).query_pairs(1.5 * k, output_type="ndarray")
            if len(near):
                a, b = near[:, 0], near[:, 1]
                d = pos[a] - pos[b]
                d2 = (d**2).sum(axis=1) + 1e-9
                push = d * (k * k / d2)[:, None]
                disp[:, 0] += np.bincount(a, push[:, 0], m) - np.bincount(b, push[:, 0], m)
                disp[:, 1] += np.bincount(a, push[:, 1], m) - np.bincount(b, push[:, 1], m)
        if len(src):
            d = pos[src] - pos[dst]
            dist = np.sqrt((d**2).sum(axis=1)) + 1e-9
            attraction = d * (pull * dist / k)[:, None]
            disp[:, 0] += np.bincount(dst, attraction[:, 0], m) - np.bincount(src, attraction[:, 0], m)
            disp[:, 1] += np.bincount(dst, attraction[:, 1], m) - np.bincount(src, attraction[:, 1], m)
        # gentle gravity keeps loose parts of a component together
        disp -= pos * (0.02 / math.sqrt(m))
        length = np.sqrt((disp**2).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    return pos
