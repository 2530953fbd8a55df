"""networkx graph (+ metrics) → node-link dict with vis-network styling and fixed positions.

The input is the projection of :func:`graph.project.to_networkx` (any networkx graph works):

* node attributes: ``label``, ``type`` (``Person``, ``Municipality``, …), ``g40_member`` (or
  ``g40``) for G40 member cities; every other scalar or list attribute is shown as a fact;
* edge attributes: ``relation`` (or ``predicate``; the multigraph key is used otherwise),
  ``weight`` (number of supporting documents) and ``evidence``, a list of dicts with ``quote``,
  ``document`` (id), ``title``, ``date``, ``valid_from``, ``valid_until``; a hand-curated fact's
  evidence has ``curated`` true, ``curation`` (curation file and line) and ``note`` instead of a
  quote and document.

Positions are computed by :mod:`viz.layout` (a seeded force layout, vectorised with numpy and a k-d tree), so
the page draws with physics off and is interactive at once even at 5,000 nodes.

The node-link dict (read by ``viz/static/network.js``; every value is data, never markup):

* ``nodes``: ``{id, label, type, g40, x, y, size, facts: [[name, value], ...], rank?, label_zoom?, group?}``
  (``rank``, ``label_zoom`` and ``group`` on a dense page only, see :mod:`viz.dense`);
* ``edges``: ``{id, from, to, relation, weight, width, unit?, start?, end?, facts?, curated?,
  evidence: [{q, doc, date?, from?, until?, role?, curated?, src?, note?}]}`` (``doc`` keys
  ``documents``; ``curated`` on an edge: how many of its ``weight`` are curation entries, on
  evidence: true, with ``src`` the curation file and line and ``note`` the curator's reason);
* ``documents``: ``{id: {title, date, lang}}`` (``lang``: the document's language, its quotes' ``lang``); ``periods``: years with facts, for the period menu;
* ``style``: colour/shape per type, colour/dashes/arrow per relation, the G40 border;
* ``meta``: ``title``, ``built`` (the build's time: a page of one graph is the same bytes every time; a caller
  may add ``generated``, which the footer shows), ``command``, ``query``, ``documents_used``;
* ``dense`` (a dense page only): ``first_view``, how many of the most connected nodes the first
  view shows (0: all), and ``font_px``, the size of the names drawn on the page;
* ``labels`` (a page that is not dense): the names' sizes, :func:`label_options`.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Breda", type="Municipality", g40_member=True)
>>> g.add_node("b", label="EZK", type="Ministry")
>>> _ = g.add_edge("a", "b", relation="collaboratesWith", weight=2,
...                evidence=[{"quote": "Breda werkt met EZK", "document": "d1", "date": "2021-05-01"}])
>>> data = network_data(g, seed=1)
>>> [(n["label"], n["g40"]) for n in data["nodes"]]
[('Breda', True), ('EZK', False)]
>>> e = data["edges"][0]
>>> (e["relation"], e["weight"], e["start"], data["periods"])
('collaboratesWith', 2, '2021-05-01', ['2021'])
"""

from __future__ import annotations

import logging
import math

import networkx as nx
import numpy as np

from graph.errors import G40Error
from graph.messages import CATALOGUE, msg

from .dense import (FIRST_VIEW_NODES, NAME_CHAR_PX, NAME_FONT_PX, connection_order, discs_apart, is_dense,
                    label_zooms, layout_groups)
from .evidence import edge_interval, evidence_record, iso_date, fact_periods, plain_value, relation_name
from .layout import (LABEL_FONT_PX, LABEL_MAX_FONT_PX, LABEL_MIN_SCREEN_PX, LABELS_APART_MAX, SMALL_PAGE_ROUNDS,
                     SMALL_PAGE_SPACING, fast_layout, label_spacing, labels_apart_in_panel)
from .style import default_style

__all__ = [
    "MAX_EDGES",
    "MAX_NODES",
    "GraphTooLarge",
    "check_size",
    "label_options",
    "network_data",
]

log = logging.getLogger(__name__)

#: Largest graph a page is drawn for; larger ones are refused with a hint.
MAX_NODES = 5000
MAX_EDGES = 20000

CATALOGUE.update(
    {
        "viz_too_large": {
            "nl": "de graaf is te groot voor één netwerkpagina ({nodes} knopen, {edges} verbindingen; "
            "hoogstens {max_nodes} en {max_edges}). Maak de weergave kleiner met --focus NAAM --depth 1, "
            "--type (bijv. --type Municipality --type Ministry) of --query BESTAND.rq",
            "en": "the graph is too large for one network page ({nodes} nodes, {edges} links; at most "
            "{max_nodes} and {max_edges}). Narrow the view with --focus NAME --depth 1, --type "
            "(e.g. --type Municipality --type Ministry) or --query FILE.rq",
        }
    }
)


class GraphTooLarge(G40Error):
    """More nodes or edges than a page can draw responsively."""

    exit_code = 1

    def __init__(self, nodes: int, edges: int):
        self.nodes, self.edges = nodes, edges
        super().__init__(msg("viz_too_large", nodes=nodes, edges=edges, max_nodes=MAX_NODES, max_edges=MAX_EDGES))


_NODE_RESERVED = {"label", "type", "g40_member", "g40", "x", "y", "size", "iri", "id"}
_EDGE_RESERVED = {"relation", "predicate", "weight", "evidence", "key"}




def check_size(graph: nx.Graph) -> None:
    """Raise :class:`GraphTooLarge` when ``graph`` exceeds :data:`MAX_NODES` / :data:`MAX_EDGES`."""
    if graph.number_of_nodes() > MAX_NODES or graph.number_of_edges() > MAX_EDGES:
        raise GraphTooLarge(graph.number_of_nodes(), graph.number_of_edges())




def network_data(
    graph: nx.Graph,
    *,
    metrics: dict[str, dict] | None = None,
    size_by: str | None = None,
    documents: dict[str, dict] | None = None,
    meta: dict | None = None,
    seed: int = 0,
    positions: dict | None = None,
) -> dict:
    """The node-link dict :func:`viz.render.render_html` draws.

    Parameters
    ----------
    graph : networkx graph
        Nodes with ``label``/``type``/``g40_member``; edges with ``relation``/``weight``/``evidence``.
        Not modified.
    metrics : dict of {name: {node: value}}, optional
        Shown as facts in the node panel; ``size_by`` names the one that sizes nodes
        (default: degree).
    documents : dict of {document id: {"title": ..., "date": ...}}, optional
        Titles and dates of documents cited by evidence (evidence may carry titles itself).
    meta : dict, optional
        ``title``, ``built``, ``command``, … for the page header and footer.
    seed : int
        Seed of the layout (same graph and seed → same picture).
    positions : dict of {node: (x, y)}, optional
        Use these positions instead of computing a layout.

    Returns
    -------
    dict
        ``{"nodes", "edges", "documents", "periods", "style", "meta"}``, JSON-serialisable.
    """
    check_size(graph)
    metrics = metrics or {}
    docs: dict[str, dict] = {str(k): dict(v) for k, v in (documents or {}).items()}
    ids = {node: str(node) for node in graph.nodes}
    dense = is_dense(graph)
    degree = dict(graph.degree())
    sizer = metrics.get(size_by) if size_by else None
    sizes = _node_sizes(graph, sizer, degree)
    groups = layout_groups(graph, seed=seed, first=(meta or {}).get("centre")) if dense else {}
    if positions is None:
        positions = _layout(graph, sizes, seed=seed, groups=groups)
    pos = positions
    labels = {node: _label(data, ids[node]) for node, data in graph.nodes(data=True)}
    ranked = _ranked_names(graph, labels, pos, sizer, meta) if dense else {}
    for node, group in groups.items():
        ranked[node]["group"] = group

    nodes = []
    for node, data in graph.nodes(data=True):
        kind = str(data.get("type") or "Other")
        label = labels[node]
        x, y = pos.get(node, (0.0, 0.0))
        facts = [[k, plain_value(v)] for k, v in sorted(data.items())
                 if k not in _NODE_RESERVED and plain_value(v) not in (None, "", [])]
        facts.append(["degree", degree.get(node, 0)])
        for name, values in metrics.items():
            if node in values:
                facts.append([name, plain_value(values[node])])
        nodes.append(
            {
                "id": ids[node],
                "label": label,
                "type": kind,
                "g40": bool(data.get("g40_member") or data.get("g40")),
                "x": round(float(x), 1),
                "y": round(float(y), 1),
                "size": sizes[node],
                "facts": facts,
                **({"undated": True} if data.get("undated") else {}),  # only undated facts bring it in: marked
                **ranked.get(node, {}),
            }
        )

    edges = []
    multi = graph.is_multigraph()
    edge_iter = graph.edges(keys=True, data=True) if multi else ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for number, (u, v, key, data) in enumerate(edge_iter):
        evidence = [evidence_record(item, docs) for item in data.get("evidence") or () if isinstance(item, dict)]
        weight = data.get("weight")
        if weight is None:
            weight = len({e.get("doc") for e in evidence if e.get("doc")}) or 1
        start, end = edge_interval(evidence)
        if data.get("valid_from") or data.get("valid_until"):
            start, end = iso_date(data.get("valid_from")) or start, iso_date(data.get("valid_until")) or end
        edge = {
            "id": f"e{number}",
            "from": ids[u],
            "to": ids[v],
            "relation": relation_name(data, key),
            "weight": plain_value(weight),
            "width": round(min(1 + 1.5 * math.log2(max(float(weight), 1.0)), 8.0), 2),
            "evidence": evidence,
        }
        if data.get("weight_unit"):
            edge["unit"] = str(data["weight_unit"])
        curated = {e.get("src") for e in evidence if e.get("curated")}
        if curated:
            edge["curated"] = len(curated)
        extra = [[k, plain_value(val)] for k, val in sorted(data.items())
                 if k not in _EDGE_RESERVED and k not in ("valid_from", "valid_until", "predicates", "weight_unit")]
        if extra:
            edge["facts"] = extra
        if start:
            edge["start"] = start
        if end:
            edge["end"] = end
        edges.append(edge)

    meta = dict(meta or {})
    meta.setdefault("documents_used", sorted(docs))
    data = {
        "nodes": nodes,
        "edges": edges,
        "documents": docs,
        "periods": fact_periods(edges),
        "style": default_style(),
        "meta": meta,
    }
    if dense:
        data["dense"] = {"first_view": FIRST_VIEW_NODES if len(nodes) > FIRST_VIEW_NODES else 0,
                         "font_px": NAME_FONT_PX}
    else:
        data["labels"] = label_options(len(nodes))
    return data


def label_options(nodes: int) -> dict:
    """The label sizes a page's script uses (``viz/static/network.js``): a page whose labels all show
    (up to :data:`LABELS_APART_MAX` nodes, laid out tight, :func:`_layout`) draws them at
    :data:`LABEL_MIN_SCREEN_PX` on screen at least once fitted into the window, enlarging the font
    by up to half; a larger page keeps the layout's size (its hubs' names stay readable zoomed out).

    >>> label_options(40), label_options(5000)
    ({'font_px': 18, 'min_screen_px': 12, 'max_font_px': 27}, {'font_px': 18, 'min_screen_px': 0, 'max_font_px': 18})
    """
    if nodes <= LABELS_APART_MAX:
        return {"font_px": LABEL_FONT_PX, "min_screen_px": LABEL_MIN_SCREEN_PX, "max_font_px": LABEL_MAX_FONT_PX}
    return {"font_px": LABEL_FONT_PX, "min_screen_px": 0, "max_font_px": LABEL_FONT_PX}


def _short(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _label(data: dict, node_id: str) -> str:
    """A node's name: its ``label``, else the tail of its IRI.

    >>> _label({}, "https://w3id.org/g40kg/id/gemeente/gm0363"), _label({"label": "Amsterdam"}, "x")
    ('gm0363', 'Amsterdam')
    """
    label = data.get("label")
    return str(label) if label not in (None, "") else _short(node_id)


def _node_sizes(graph: nx.Graph, sizer: dict | None, degree: dict) -> dict:
    """Radius per node (vis-network pixels): by the ``sizer`` metric when given, else by the
    number of links; at most 40.

    >>> _node_sizes(nx.star_graph(4), None, dict(nx.star_graph(4).degree()))
    {0: 14.0, 1: 11.0, 2: 11.0, 3: 11.0, 4: 11.0}
    """
    top = max((abs(v) for v in sizer.values()), default=0) if sizer else 0
    sizes = {}
    for node in graph:
        if sizer and top:
            size = 8 + 27 * math.sqrt(abs(sizer.get(node, 0)) / top)
        else:
            size = 8 + 3 * math.sqrt(degree.get(node, 0))
        sizes[node] = round(min(size, 40.0), 1)
    return sizes


def _layout(graph: nx.Graph, sizes: dict, *, seed: int, groups: dict) -> dict:
    """Positions for a page: a small page's labels moved apart (:func:`labels_apart_in_panel`); a dense
    page's ``groups`` drawn apart and its nodes' discs kept from covering each other (:mod:`viz.dense`).

    >>> g = nx.star_graph(3); pos = _layout(g, {0: 14.0, 1: 11.0, 2: 11.0, 3: 11.0}, seed=1, groups={0: 0, 1: 0, 2: 1, 3: 1})
    >>> min(math.dist(pos[a], pos[b]) - 11.0 - 11.0 for a in g for b in g if a < b) >= 6.0  # 3 px around each
    True
    """
    spacing = label_spacing(graph)
    if not groups:
        if graph.number_of_nodes() > LABELS_APART_MAX:
            return fast_layout(graph, seed=seed, spacing=spacing)
        # tight, then every label moved clear of the others: a page of 20-60 nodes fitted into a laptop's
        # window draws its labels at 12 px or more, not 6 (the force layout alone leaves much room between)
        # in a panel's shape: moving labels apart would make it a tall column (walkthrough 18, finding 22)
        return labels_apart_in_panel(graph, fast_layout(graph, seed=seed, spacing=spacing * SMALL_PAGE_SPACING),
                                     rounds=SMALL_PAGE_ROUNDS, font_px=LABEL_MAX_FONT_PX, sizes=sizes)
    # a big node takes room in its group: half its size again around it, so that hubs do not clot
    room = {n: (1.5 * size + 4.0) / spacing for n, size in sizes.items()}
    positions = fast_layout(graph, seed=seed, spacing=spacing, groups=groups, room=room)
    nodes = list(positions)
    xy = discs_apart(np.array([positions[n] for n in nodes]), np.array([sizes[n] + 3.0 for n in nodes]))
    return {n: (float(xy[i, 0]), float(xy[i, 1])) for i, n in enumerate(nodes)}


#: a dense page's first view is fitted into a canvas of about this size (a laptop window less the
#: side bar), in screen pixels
FIRST_VIEW_CANVAS = (1100.0, 780.0)
#: the names of this many most connected nodes still show when the page is zoomed out to a third
FIRST_NAMES = 300


def _ranked_names(graph: nx.Graph, labels: dict, positions: dict, sizer: dict | None, meta: dict | None) -> dict:
    """``{node: {"rank", "label_zoom"}}`` for a dense page: the rank in :func:`viz.dense.connection_order`
    (the node a view is about first) and the zoom from which its name shows
    (:func:`viz.dense.label_zooms`; ``None``: only when selected).

    A layout 1,100 × 780 wide fits the first view at zoom 1. The names are 53 px wide: 0 is 40
    units from 2 (first, the centre) and shows from zoom 1.325; 1 is 80 units from 2 and shows
    from 0.6625 (it covers 0's name below 1.2313, but that shows from 1.325); 3, far away, from a third of 1:

    >>> g = nx.star_graph(3); labels = {0: "Midden", 1: "Linker", 2: "Rechts", 3: "Verweg"}
    >>> at = {0: (0.0, 0.0), 1: (-40.0, 0.0), 2: (40.0, 0.0), 3: (1060.0, 780.0)}
    >>> ranked = _ranked_names(g, labels, at, None, {"centre": 2})
    >>> [(ranked[n]["rank"], ranked[n]["label_zoom"]) for n in g]
    [(1, 1.325), (2, 0.6625), (0, 0.0), (3, 0.3334)]
    """
    order = connection_order(graph, sizer)
    centre = (meta or {}).get("centre")
    if centre in graph:
        order = [centre] + [n for n in order if n != centre]
    if not order:
        return {}
    xy = np.array([positions.get(n, (0.0, 0.0)) for n in order], dtype=float)
    span = np.maximum(xy.max(axis=0) - xy.min(axis=0), 1.0)
    fitted = min(FIRST_VIEW_CANVAS[0] / span[0], FIRST_VIEW_CANVAS[1] / span[1])
    widths = np.array([NAME_CHAR_PX * len(labels[n]) + 8.0 for n in order])
    # the most connected names still show in a window of a third of that size; the others from
    # 0.7 of the first view's zoom (a lower window of 1280 × 720 pixels), which keeps this fast
    least = np.where(np.arange(len(order)) < FIRST_NAMES, fitted / 3, 0.7 * fitted)
    zooms = label_zooms(xy, widths, np.arange(len(order)), least=least)
    return {node: {"rank": rank, "label_zoom": math.ceil(float(zooms[rank]) * 1e4) / 1e4
                   if math.isfinite(zooms[rank]) else None}
            for rank, node in enumerate(order)}
