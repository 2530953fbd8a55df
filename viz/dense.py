"""Dense network pages (hundreds of nodes, thousands of links): groups apart, and only the labels that fit.

Above :data:`DENSE_NODES` nodes or :data:`DENSE_EDGES` links, a page fitted into a window cannot
show every label: a user walkthrough at 343 nodes and 3,165 links saw one blob of large circles
under overlapping names. Such a page is drawn differently (:func:`viz.network.network_data`
calls the functions here):

* the nodes are put in groups (:func:`layout_groups`, Louvain communities), each group is laid
  out on its own and the groups are placed with room between them (:func:`place_groups`);
* nodes are smaller and moved apart until their discs do not cover each other (:func:`discs_apart`);
* every node gets a rank (:func:`connection_order`, most connected first) and a label zoom
  (:func:`label_zooms`): the page draws a name at a fixed size on screen only from that zoom on,
  so no two names ever cover each other, the first view names the most connected nodes, and
  zooming in names more;
* the first view shows the :data:`FIRST_VIEW_NODES` most connected nodes, with a control to show
  all of them.

Examples
--------
>>> import networkx as nx
>>> is_dense(nx.path_graph(10)), is_dense(nx.path_graph(DENSE_NODES + 1))
(False, True)
"""

from __future__ import annotations

import logging
import math

import networkx as nx
import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

__all__ = [
    "DENSE_EDGES",
    "DENSE_NODES",
    "FIRST_VIEW_NODES",
    "NAME_BOX_PX",
    "NAME_CHAR_PX",
    "NAME_FONT_PX",
    "connection_order",
    "discs_apart",
    "is_dense",
    "label_zooms",
    "layout_groups",
    "place_groups",
]

log = logging.getLogger(__name__)

#: a page with more nodes or links than these is dense (the walkthrough's 108 nodes were readable)
DENSE_NODES, DENSE_EDGES = 150, 600
#: a dense page first shows this many of its most connected nodes (and a control to show all)
FIRST_VIEW_NODES = 500
#: Louvain runs on at most this many nodes (0.4 s); the others join their neighbours' group
GROUP_EXACT_MAX = 1000
#: a dense page draws names at this size on screen (px), whatever the zoom; a name's box is about
#: this wide a character (system-ui; generous, so that boxes kept apart keep the names apart) and this high
NAME_FONT_PX, NAME_CHAR_PX, NAME_BOX_PX = 13, 7.5, 18.0


def is_dense(graph: nx.Graph) -> bool:
    """Whether ``graph`` has more than :data:`DENSE_NODES` nodes or :data:`DENSE_EDGES` links.

    >>> is_dense(nx.complete_graph(40))  # 780 links
    True
    """
    return graph.number_of_nodes() > DENSE_NODES or graph.number_of_edges() > DENSE_EDGES


def connection_order(graph: nx.Graph, weights: dict | None = None) -> list:
    """The nodes, most connected first: by ``weights`` (e.g. the metric that sizes the nodes) when
    given, then by number of links; ties keep the graph's order.

    >>> connection_order(nx.star_graph(3)), connection_order(nx.path_graph(3), {2: 5.0})
    ([0, 1, 2, 3], [2, 1, 0])
    """
    degree = dict(graph.degree())
    weights = weights or {}
    position = {node: i for i, node in enumerate(graph)}
    return sorted(graph, key=lambda n: (-abs(weights.get(n, 0) or 0), -degree[n], position[n]))


def _index_adjacency(graph: nx.Graph, nodes: list) -> csr_matrix:
    """The links of ``graph`` as a symmetric sparse matrix on the indices of ``nodes``
    (parallel links summed, loops left out).

    Integers keep Louvain's result the same in every process (it iterates sets of nodes).

    >>> _index_adjacency(nx.MultiGraph([("a", "b"), ("b", "a"), ("b", "b")]), ["a", "b"]).toarray().tolist()
    [[0.0, 2.0], [2.0, 0.0]]
    """
    index = {node: i for i, node in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    once = coo_matrix((np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(len(nodes), len(nodes))).tocsr()
    return (once + once.T).tocsr()


def layout_groups(graph: nx.Graph, *, seed: int = 0, exact_max: int = GROUP_EXACT_MAX, first=None) -> dict:
    """A group number per node, for a layout that draws groups apart.

    Louvain communities of the ``exact_max`` most connected nodes; every other node joins the
    group most of its grouped neighbours are in (:func:`_join_neighbours`); nodes with no grouped
    neighbour form a group per connected remainder. Groups are numbered by size, largest first,
    except that the group of ``first`` (e.g. the entity a view is about), when given, is number 0.
    Deterministic for a given ``seed``.

    References
    ----------
    V. D. Blondel et al., "Fast unfolding of communities in large networks", 2008.

    Examples
    --------
    >>> two = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(4)); two.add_edge(0, 5)
    >>> groups = layout_groups(two, seed=1)
    >>> [groups[n] for n in two]
    [0, 0, 0, 0, 0, 1, 1, 1, 1]
    >>> layout_groups(two, seed=1, exact_max=7) == groups  # nodes 7 and 8 join their neighbours' group
    True
    >>> [layout_groups(two, seed=1, first=8)[n] for n in two]
    [1, 1, 1, 1, 1, 0, 0, 0, 0]
    """
    order = connection_order(graph)
    links = _index_adjacency(graph, order)  # index i = the i-th most connected node
    exact = min(exact_max, len(order))
    core = nx.from_scipy_sparse_array(links[:exact, :exact])
    member = np.full(len(order), -1)
    if core.number_of_edges():
        for number, group in enumerate(nx.community.louvain_communities(core, weight="weight", seed=seed)):
            member[sorted(group)] = number
    else:
        member[:exact] = np.arange(exact)
    _join_neighbours(links, member)
    left = np.flatnonzero(member < 0)
    if len(left):
        _, part = connected_components(links[left][:, left], directed=False)
        member[left] = member.max() + 1 + part
    numbers = _by_size(member)
    if first in graph:  # its group and group 0 change numbers
        mine = numbers[order.index(first)]
        numbers = np.where(numbers == mine, 0, np.where(numbers == 0, mine, numbers))
    return dict(zip(order, numbers.tolist()))


def _join_neighbours(links: csr_matrix, member: np.ndarray) -> None:
    """Give every ungrouped node with grouped neighbours the group most of them are in (counted
    by links; ties: the lower number), all at once, again while any joins. Changes ``member``.

    >>> member = np.array([0, 1, -1, -1]); _join_neighbours(csr_matrix(nx.to_numpy_array(nx.path_graph(4))), member)
    >>> member.tolist()
    [0, 1, 1, 1]
    """
    while (member < 0).any():
        grouped = np.flatnonzero(member >= 0)
        todo = np.flatnonzero(member < 0)
        in_group = csr_matrix((np.ones(len(grouped)), (grouped, member[grouped])),
                              shape=(len(member), int(member.max()) + 1))
        votes = (links[todo] @ in_group).toarray()
        joins = votes.max(axis=1) > 0
        if not joins.any():
            return
        member[todo[joins]] = votes[joins].argmax(axis=1)


def _by_size(member: np.ndarray) -> np.ndarray:
    """Group numbers renumbered by size, largest first (ties: the group of the lower index first).

    >>> _by_size(np.array([5, 7, 7, 5, 7])).tolist()
    [1, 0, 0, 1, 0]
    """
    numbers, first, counts = np.unique(member, return_index=True, return_counts=True)
    ranked = numbers[np.lexsort((first, -counts))]
    renumber = {int(g): i for i, g in enumerate(ranked)}
    return np.array([renumber[int(g)] for g in member], dtype=np.int64)


def discs_apart(xy: np.ndarray, radii: np.ndarray, *, rounds: int = 60) -> np.ndarray:
    """``xy`` moved so that no two discs of ``radii`` overlap: each round, every overlapping pair
    moves apart along the line between their centres, each half the overlap, until none overlaps
    or after ``rounds``. Pairs at the same place part along an angle set by their index.

    >>> apart = discs_apart(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]), np.array([2.0, 2.0, 1.0]))
    >>> bool(np.linalg.norm(apart[0] - apart[1]) >= 4 - 1e-6 and np.linalg.norm(apart[0] - apart[2]) >= 3 - 1e-6)
    True
    """
    xy = np.array(xy, dtype=float)
    radii = np.asarray(radii, dtype=float)
    if len(xy) < 2:
        return xy
    for _ in range(rounds):
        pairs = cKDTree(xy).query_pairs(2 * radii.max(), output_type="ndarray")
        if not len(pairs):
            break
        pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]  # one order whatever the tree
        i, j = pairs[:, 0], pairs[:, 1]
        delta = xy[i] - xy[j]
        dist = np.sqrt((delta**2).sum(axis=1))
        overlap = radii[i] + radii[j] - dist
        clash = overlap > 1e-9
        if not clash.any():
            break
        i, j, delta, dist, overlap = i[clash], j[clash], delta[clash], dist[clash], overlap[clash]
        angle = (i * 2.399963 + j)  # the golden angle: pairs at one place part in different directions
        fallback = np.stack([np.cos(angle), np.sin(angle)], axis=1)
        unit = np.where(dist[:, None] > 1e-9, delta / np.maximum(dist, 1e-9)[:, None], fallback)
        step = unit * (overlap / 2 + 1e-6)[:, None]
        move = np.zeros_like(xy)
        np.add.at(move, i, step)
        np.add.at(move, j, -step)
        xy += move
    return xy


def place_groups(radii, links: dict, *, seed: int = 0, gap: float = 1.0) -> np.ndarray:
    """Centres for groups drawn as discs of ``radii``, at least ``gap`` apart; groups with many
    links between them (``links``: ``{(a, b): count}``) near each other, the first in the middle.

    A seeded force layout of the groups (networkx ``spring_layout``, weighted by ``links``, the
    first group fixed at the origin), spread over the area of all the discs and kept apart with
    :func:`discs_apart`, then drawn together: shrunk towards the first group and kept apart again,
    a few times, so that no room is left between the groups beyond the ``gap``.

    >>> centres = place_groups([3.0, 1.0, 1.0], {(0, 1): 5}, seed=1, gap=2.0)
    >>> bool(min(np.linalg.norm(centres[a] - centres[b]) - r for a, b, r in [(0, 1, 4), (0, 2, 4), (1, 2, 2)]) >= 2 - 1e-6)
    True
    >>> ring = place_groups([1.0] * 7, {(0, g): 1 for g in range(1, 7)}, seed=1)
    >>> bool(np.linalg.norm(ring[0] - ring.mean(axis=0)) < 1.0)  # the first group in the middle of six
    True
    """
    radii = np.asarray(radii, dtype=float)
    if len(radii) < 2:
        return np.zeros((len(radii), 2))
    groups = nx.Graph()
    groups.add_nodes_from(range(len(radii)))
    strongest = max(links.values(), default=1)
    groups.add_weighted_edges_from((a, b, w / strongest) for (a, b), w in sorted(links.items()))
    # every group is drawn to the first as well, so that the others surround it
    for other in range(1, len(radii)):
        weight = groups[0][other]["weight"] if groups.has_edge(0, other) else 0.0
        groups.add_edge(0, other, weight=weight + 1.0)
    start = np.random.default_rng(seed).uniform(-1.0, 1.0, size=(len(radii), 2))  # all around the first
    start[0] = 0.0
    spring = nx.spring_layout(groups, weight="weight", iterations=100, pos=dict(enumerate(map(tuple, start))),
                              fixed=[0])
    xy = np.array([spring[g] for g in range(len(radii))], dtype=float)
    xy -= xy[0]
    spread = math.sqrt(float(((radii + gap / 2) ** 2).sum()))  # a disc of the groups' total area
    xy *= spread / max(float(np.sqrt((xy**2).sum(axis=1)).max()), 1e-9)
    xy = discs_apart(xy, radii + gap / 2, rounds=200)
    for _ in range(COMPACT_ROUNDS):
        xy = discs_apart((xy - xy[0]) * 0.8, radii + gap / 2, rounds=100)
    return xy - xy[0]


#: rounds of drawing groups together in :func:`place_groups`
COMPACT_ROUNDS = 12


def label_zooms(xy: np.ndarray, widths: np.ndarray, order, *, least, height: float = NAME_BOX_PX) -> np.ndarray:
    """The zoom (screen pixels per layout unit) from which each node's label shows.

    Each label is a box of ``widths`` × ``height`` screen pixels centred on its node, whatever the
    zoom. Going through the nodes in ``order`` (most connected first), a label shows from the
    smallest zoom at which it covers no label shown before it at that zoom; a label that shows
    at one zoom shows at every closer one, so two labels shown together never cover each other.
    Below ``least`` (one zoom, or one per place in ``order``) a label does not show, except the
    first; a label on the place of one before it never shows (infinite).

    >>> xy = np.array([[0.0, 0.0], [50.0, 0.0], [400.0, 0.0]])
    >>> label_zooms(xy, np.array([100.0, 100.0, 100.0]), [0, 1, 2], least=0.1).tolist()
    [0.0, 2.0, 0.25]
    >>> label_zooms(xy, np.array([100.0, 100.0, 100.0]), [0, 1, 2], least=[0.1, 0.1, 0.5]).tolist()
    [0.0, 2.0, 0.5]
    """
    xy = np.asarray(xy, dtype=float)
    order = np.asarray(order, dtype=np.int64)
    n = len(xy)
    least = np.broadcast_to(np.asarray(least, dtype=float), (n,))  # by place in order
    zooms = least.copy()  # by place; returned by node
    if not n:
        return zooms
    zooms[0] = 0.0
    at, wide = xy[order], np.asarray(widths, dtype=float)[order]
    first, later = _overlapping_pairs(at, wide, least, height)
    dx, dy = np.abs(at[first] - at[later]).T
    with np.errstate(divide="ignore"):
        apart_from = np.minimum((wide[first] + wide[later]) / 2 / dx, height / dy)  # overlapping below it
    keep = apart_from > least[later]
    # a row per label: the labels before it that it overlaps, and from which zoom they are apart
    table = coo_matrix((apart_from[keep], (later[keep], first[keep])), shape=(n, n)).tocsr()
    for place in range(1, n):
        lo, hi = table.indptr[place], table.indptr[place + 1]
        if lo < hi:
            needed = table.data[lo:hi]
            blocking = zooms[table.indices[lo:hi]] < needed  # that label shows while the two overlap
            if blocking.any():
                zooms[place] = max(float(least[place]), float(needed[blocking].max()))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    return zooms[rank]


def _overlapping_pairs(xy: np.ndarray, widths: np.ndarray, least: np.ndarray, height: float):
    """(earlier, later) places of the labels whose boxes overlap at the larger of their ``least``
    zooms, or at some closer one; a box query (maximum norm, y stretched) per distinct ``least``
    among the labels that may show from it.

    >>> _overlapping_pairs(np.array([[0.0, 0], [50, 0], [400, 0]]), np.full(3, 100.0), np.full(3, 0.3), 18.0)
    (array([0]), array([1]))
    """
    stretch = float(widths.max()) / height
    found = [np.zeros((0, 2), dtype=np.int64)]
    for level in np.unique(least):
        members = np.flatnonzero(least <= level)
        if len(members) > 1:
            local = cKDTree(xy[members] * [1.0, stretch]).query_pairs(float(widths.max()) / level, p=np.inf,
                                                                      output_type="ndarray")
            pairs = members[local].reshape(-1, 2)
            # pairs of labels that may both show below this level were found by a wider query before
            found.append(pairs[np.maximum(least[pairs[:, 0]], least[pairs[:, 1]]) == level])
    pairs = np.sort(np.concatenate(found), axis=1)
    return pairs[:, 0], pairs[:, 1]
