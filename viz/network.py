"""networkx graph (+ metrics) → node-link dict with vis-network styling and fixed positions.

The input is the projection of :func:`graph.project.to_networkx` (any networkx graph works):

* node attributes: ``label``, ``type`` (``Person``, ``Municipality``, …), ``g40_member`` (or
  ``g40``) for G40 member cities; every other scalar or list attribute is shown as a fact;
* edge attributes: ``relation`` (or ``predicate``; the multigraph key is used otherwise),
  ``weight`` (number of supporting documents) and ``evidence``, a list of dicts with ``quote``,
  ``document`` (id), ``title``, ``date``, ``valid_from``, ``valid_until``; a hand-curated fact's
  evidence has ``curated`` true, ``curation`` (curation file and line) and ``note`` instead of a
  quote and document.

Positions are computed here (a seeded force layout, vectorised with numpy and a k-d tree), so
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
* ``meta``: ``title``, ``built``, ``generated``, ``command``, ``query``, ``documents_used``;
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
from datetime import UTC, datetime

import networkx as nx
import numpy as np

from graph.errors import G40Error
from graph.messages import CATALOGUE, msg

from .dense import (FIRST_VIEW_NODES, NAME_CHAR_PX, NAME_FONT_PX, connection_order, discs_apart, is_dense,
                    label_zooms, layout_groups)

__all__ = [
    "MAX_EDGES",
    "MAX_NODES",
    "GraphTooLarge",
    "check_size",
    "default_style",
    "fast_layout",
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


# Colour-blind-friendly palette (Tableau 10), the light ones darkened to 3.5:1 against the white
# page (WCAG 1.4.11 asks 3:1; a margin for thin lines and small marks), hues kept; shapes keep
# types apart in grey-scale prints too. The entity pages' small networks use the same scheme
# (graph.serve.ego).
_TYPES = {
    "Person": ("#4e79a7", "dot", "●"),
    "Municipality": ("#53964a", "square", "■"),
    "Province": ("#5d8f8b", "triangleDown", "▼"),
    "Ministry": ("#e15759", "diamond", "◆"),
    "Organisation": ("#c47322", "hexagon", "⬢"),
    "OrganisationalUnit": ("#9d8530", "triangle", "▲"),
    "Programme": ("#ad759d", "star", "★"),
    "Event": ("#c16f78", "triangleDown", "▼"),
    "Theme": ("#9c755f", "dot", "●"),
    "Document": ("#8e8580", "square", "■"),
    "Other": ("#79706e", "dot", "●"),
}
# relation → (colour, dashes, arrow): each relation its own line pattern (or, when it shares one,
# its own colour family and arrow), so that relations differ by more than colour (WCAG 1.4.1);
# every colour 3.5:1 or more against white (1.4.11 asks 3:1)
_RELATIONS = {
    "hasRole": ("#4e79a7", False, True),
    "memberOf": ("#4e79a7", False, True),
    "affiliatedWith": ("#5d8f8b", [6, 4], True),
    "succeeded": ("#9c755f", [3, 6], True),
    "collaboratesWith": ("#e15759", False, False),
    "participatesIn": ("#53964a", [12, 4], True),
    "partOf": ("#868686", [4, 2], True),
    "initiated": ("#c47322", [12, 3, 3, 3], True),
    "organised": ("#c16f78", [8, 3, 2, 3, 2, 3], True),
    "ledBy": ("#ad759d", [1, 3], True),
    "contactFor": ("#9d8530", [6, 2, 2, 2], True),
    "addresses": ("#9c755f", [16, 4, 2, 4], True),
    "mentions": ("#868686", [2, 3], True),
    "sharedProgrammes": ("#53964a", [12, 4], False),
    "related": ("#868686", [2, 2], False),
}

_NODE_RESERVED = {"label", "type", "g40_member", "g40", "x", "y", "size", "iri", "id"}
_EDGE_RESERVED = {"relation", "predicate", "weight", "evidence", "key"}


def default_style() -> dict:
    """Colours and shapes per node type and relation, as the page script reads them."""
    return {
        "types": {t: {"color": c, "shape": s, "symbol": sym} for t, (c, s, sym) in _TYPES.items()},
        "relations": {r: {"color": c, "dashes": d, "arrows": a} for r, (c, d, a) in _RELATIONS.items()},
        "g40": {"border": "#ab8012", "width": 4},
    }


def check_size(graph: nx.Graph) -> None:
    """Raise :class:`GraphTooLarge` when ``graph`` exceeds :data:`MAX_NODES` / :data:`MAX_EDGES`."""
    if graph.number_of_nodes() > MAX_NODES or graph.number_of_edges() > MAX_EDGES:
        raise GraphTooLarge(graph.number_of_nodes(), graph.number_of_edges())


def _plain(value):
    """A JSON-friendly version of an attribute value (str for anything unusual)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else None
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return str(value)


def _evidence_record(item: dict, documents: dict) -> dict:
    get = item.get
    record = {}
    quote = get("quote") or get("q")
    if quote:
        record["q"] = str(quote)
    doc = get("document") or get("doc") or get("document_id")
    if doc is not None:
        doc = record["doc"] = str(doc)
        entry = documents.get(doc)
        if entry is None:
            entry = documents[doc] = {}
        title = get("title") or get("document_title")
        if title and not entry.get("title"):
            entry["title"] = str(title)
        doc_date = get("document_date")
        if doc_date and not entry.get("date"):
            entry["date"] = _iso(doc_date)
        language = get("language")
        if language and not entry.get("lang"):
            entry["lang"] = str(language)
    for key, names in (("date", ("date",)), ("from", ("valid_from", "from", "start")),
                       ("until", ("valid_until", "until", "end"))):
        for name in names:
            value = get(name)
            if value:
                record[key] = _iso(value)
                break
    role = get("role")
    if role:
        record["role"] = str(role)
    if get("curated"):  # added by hand in data/curated/: where and why instead of a quote
        record["curated"] = True
        for key, name in (("src", "curation"), ("note", "note")):
            if get(name):
                record[key] = str(get(name))
    return record


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _relation(data: dict, key) -> str:
    relation = data.get("relation") or data.get("predicate")
    if not relation and isinstance(key, str):
        relation = key
    relation = str(relation or "related")
    # accept full IRIs or prefixed names: keep the local name
    for sep in ("#", "/", ":"):
        relation = relation.rsplit(sep, 1)[-1]
    return relation


def _edge_interval(evidence: list[dict]) -> tuple[str | None, str | None]:
    starts = [e.get("from") or e.get("date") for e in evidence]
    ends = [e.get("until") or e.get("date") for e in evidence]
    starts = [s for s in starts if s]
    ends = [s for s in ends if s]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _periods(edges: list[dict], limit: int = 40) -> list[str]:
    years = set()
    for e in edges:
        if e.get("start") or e.get("end"):
            lo = int((e.get("start") or e["end"])[:4])
            hi = int((e.get("end") or e["start"])[:4])
            if hi - lo > limit:
                lo = hi - limit
            years.update(range(lo, hi + 1))
    return [str(y) for y in sorted(years)]


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
        facts = [[k, _plain(v)] for k, v in sorted(data.items()) if k not in _NODE_RESERVED and _plain(v) not in (None, "", [])]
        facts.append(["degree", degree.get(node, 0)])
        for name, values in metrics.items():
            if node in values:
                facts.append([name, _plain(values[node])])
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
        evidence = [_evidence_record(item, docs) for item in data.get("evidence") or () if isinstance(item, dict)]
        weight = data.get("weight")
        if weight is None:
            weight = len({e.get("doc") for e in evidence if e.get("doc")}) or 1
        start, end = _edge_interval(evidence)
        if data.get("valid_from") or data.get("valid_until"):
            start, end = _iso(data.get("valid_from")) or start, _iso(data.get("valid_until")) or end
        edge = {
            "id": f"e{number}",
            "from": ids[u],
            "to": ids[v],
            "relation": _relation(data, key),
            "weight": _plain(weight),
            "width": round(min(1 + 1.5 * math.log2(max(float(weight), 1.0)), 8.0), 2),
            "evidence": evidence,
        }
        if data.get("weight_unit"):
            edge["unit"] = str(data["weight_unit"])
        curated = {e.get("src") for e in evidence if e.get("curated")}
        if curated:
            edge["curated"] = len(curated)
        extra = [[k, _plain(val)] for k, val in sorted(data.items())
                 if k not in _EDGE_RESERVED and k not in ("valid_from", "valid_until", "predicates", "weight_unit")]
        if extra:
            edge["facts"] = extra
        if start:
            edge["start"] = start
        if end:
            edge["end"] = end
        edges.append(edge)

    meta = dict(meta or {})
    meta.setdefault("generated", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
    meta.setdefault("documents_used", sorted(docs))
    data = {
        "nodes": nodes,
        "edges": edges,
        "documents": docs,
        "periods": _periods(edges),
        "style": default_style(),
        "meta": meta,
    }
    if dense:
        data["dense"] = {"first_view": FIRST_VIEW_NODES if len(nodes) > FIRST_VIEW_NODES else 0,
                         "font_px": NAME_FONT_PX}
    else:
        data["labels"] = label_options(len(nodes))
    return data


#: the names of a page's nodes: their size in the layout (vis-network pixels), and on a page whose
#: labels all show, at least this size on screen in the first view, up to this size in the layout
LABEL_FONT_PX, LABEL_MIN_SCREEN_PX, LABEL_MAX_FONT_PX = 18, 12, 27


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
    """Positions for a page: a small page's labels moved apart (:func:`labels_apart`); a dense
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
        return labels_apart(graph, fast_layout(graph, seed=seed, spacing=spacing * SMALL_PAGE_SPACING),
                            rounds=SMALL_PAGE_ROUNDS, font_px=LABEL_MAX_FONT_PX)
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


# --------------------------------------------------------------------------------------------
# Layout


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


def labels_apart(graph: nx.Graph, positions: dict, *, rounds: int = 200, font_px: float = LABEL_FONT_PX) -> dict:
    """``positions`` moved so that no two nodes' label boxes (a node and its label under it, about
    :data:`LABEL_CHAR_PX` a character wide) cover each other: each round, every overlapping pair
    moves apart along the axis where it overlaps least, each half the way, until none overlaps or
    after ``rounds`` (a dense cluster of hundreds may keep a few). Deterministic; for the small pages
    whose labels all show (up to :data:`LABELS_APART_MAX` nodes: 0.2 s at 300). The boxes are those
    of names at ``font_px`` (the page may draw them larger than :data:`LABEL_FONT_PX` to read them
    fitted into the window, :func:`label_options`: they are kept apart at that size).

    >>> g = nx.Graph([("a", "b")]); g.nodes["a"]["label"] = "Themagroep Wonen"; g.nodes["b"]["label"] = "Pijler Fysiek"
    >>> apart = labels_apart(g, {"a": (0.0, 0.0), "b": (30.0, 10.0)})
    >>> abs(apart["a"][0] - apart["b"][0]) >= 0.5 * LABEL_CHAR_PX * (16 + 13) or abs(apart["a"][1] - apart["b"][1]) >= 44
    True
    """
    nodes = list(positions)
    if len(nodes) < 2:
        return dict(positions)
    xy = np.array([positions[n] for n in nodes], dtype=float)
    char_px, box_px = LABEL_CHAR_PX * font_px / LABEL_FONT_PX, LABEL_BOX_PX + 1.2 * (font_px - LABEL_FONT_PX)
    width = np.array([char_px * len(str(graph.nodes[n].get("label") or n)) if n in graph else 0.0
                      for n in nodes]) + 12.0
    half_w = (width[:, None] + width[None, :]) / 2
    upper = np.triu(np.ones((len(nodes), len(nodes)), dtype=bool), 1)
    for _ in range(rounds):
        dx = xy[:, None, 0] - xy[None, :, 0]
        dy = xy[:, None, 1] - xy[None, :, 1]
        over_x, over_y = half_w + 2.0 - np.abs(dx), box_px + 2.0 - np.abs(dy)  # 2 px apart at least
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
