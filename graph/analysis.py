"""Network analytics on the projection of :func:`graph.project.to_networkx`.

networkx style: the graph comes first, options are keywords, results are dicts keyed by node
(IRI strings), the input graph is never changed, and anything random takes ``seed=``.

* :func:`connection` – the shortest connection between two nodes, each hop with its evidence;
  ``via_types`` restricts the nodes in between to some types.
* :func:`rank` – degree, betweenness and PageRank per node, optionally for some types only.
* :func:`communities` – modularity communities (Louvain, seeded) and their modularity.
* :func:`brokers` – nodes that sit on shortest paths between ministries and municipalities
  (subset betweenness); :func:`broker_pairs` – how many such pairs there are.
* :func:`neighbour_summary` – what explains a score: each node's number of neighbours and the
  neighbours it shares the most documents with.

References
----------
Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
computation. Social Networks 30(2). Blondel, V. et al. (2008). Fast unfolding of communities
in large networks. J. Stat. Mech. P10008.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("a", type="Person", label="A"); G.add_node("b", type="Ministry", label="B")
>>> G.add_edge("a", "b", weight=1, predicates=["collaboratesWith"], evidence=[])
>>> [hop["target"] for hop in connection(G, "a", "b")["hops"]]
['b']
>>> round(rank(G)["a"]["degree"], 2)
1.0
"""

from __future__ import annotations

from itertools import islice

import networkx as nx

from .errors import G40Error
from .messages import CATALOGUE, msg

__all__ = ["NoConnection", "connection", "rank", "communities", "brokers", "broker_pairs", "neighbour_summary", "MEASURES"]

CATALOGUE.update(
    {
        "analysis_no_path": {"nl": "geen verbinding tussen {a} en {b}{via}",
                             "en": "no connection between {a} and {b}{via}"},
        "analysis_no_path_within": {"nl": "geen verbinding tussen {a} en {b} binnen {n} {steps}{via} (de kortste "
                                          "heeft er {found})",
                                    "en": "no connection between {a} and {b} within {n} {steps}{via} (the shortest "
                                          "has {found})"},
        "analysis_step": {"nl": "stap", "en": "step"},
        "analysis_steps": {"nl": "stappen", "en": "steps"},
        "analysis_via": {"nl": " via alleen {types}", "en": " via only {types}"},
        "analysis_not_in_graph": {"nl": "{name} komt in geen enkel feit voor (met deze filters)",
                                  "en": "{name} appears in no fact (with these filters)"},
        "analysis_measure": {"nl": "onbekende maat {name!r}; kies uit {options}",
                             "en": "unknown measure {name!r}; choose from {options}"},
    }
)

MEASURES = ("degree", "betweenness", "pagerank")


class NoConnection(G40Error):
    """:func:`connection` found no connection (within ``max_steps``): an answer, not a failure of the
    question (the explorer's page says it as one); the command line exits 1 with it, as before."""


def _simple(G) -> nx.Graph:
    """An undirected simple view with summed weights (a copy when ``G`` is multi or directed)."""
    if not G.is_multigraph() and not G.is_directed():
        return G
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        if H.has_edge(u, v):
            H.edges[u, v]["weight"] += data.get("weight", 1)
            H.edges[u, v]["evidence"] = H.edges[u, v]["evidence"] + data.get("evidence", [])
            H.edges[u, v]["predicates"] = sorted(set(H.edges[u, v]["predicates"]) | set(data.get("predicates", [])))
        else:
            H.add_edge(u, v, weight=data.get("weight", 1), evidence=list(data.get("evidence", [])),
                       predicates=list(data.get("predicates", [])))
    return H


def connection(G, source, target, *, via_types=None, max_steps: int | None = None) -> dict:
    """The shortest connection (fewest hops) from ``source`` to ``target``, with evidence per hop.

    Returns ``{"nodes": [{"id", "type", "label"}...], "hops": [{"source", "target", "predicates",
    "weight", "evidence"}...]}``. ``via_types`` (type names) limits the intermediate nodes.
    Among equally short paths, the one with the most supporting documents wins, then the
    alphabetically first; so the answer is deterministic. Raises :class:`NoConnection` when there
    is none, or none of at most ``max_steps`` hops.

    >>> G = nx.path_graph(["a", "b", "c"])
    >>> nx.set_node_attributes(G, {n: n.upper() for n in G}, "label")
    >>> len(connection(G, "a", "c", max_steps=2)["hops"])
    2
    >>> connection(G, "a", "c", max_steps=1)
    Traceback (most recent call last):
    graph.analysis.NoConnection: geen verbinding tussen A en C binnen 1 stap (de kortste heeft er 2)
    """
    H = _simple(G)
    for node in (source, target):
        if node not in H:
            raise G40Error(msg("analysis_not_in_graph", name=H.nodes[node]["label"] if node in H else node))
    if via_types:
        allowed = set(via_types)
        keep = [n for n, t in H.nodes(data="type") if t in allowed or n in (source, target)]
        H = H.subgraph(keep)
    try:
        candidates = list(islice(nx.all_shortest_paths(H, source, target), 200))
    except nx.NetworkXNoPath:
        raise NoConnection(msg("analysis_no_path", a=G.nodes[source]["label"], b=G.nodes[target]["label"],
                               via=_via(via_types))) from None
    if max_steps is not None and len(candidates[0]) - 1 > max_steps:
        raise NoConnection(msg("analysis_no_path_within", a=G.nodes[source]["label"], b=G.nodes[target]["label"],
                               n=max_steps, steps=msg("analysis_step" if max_steps == 1 else "analysis_steps"),
                               via=_via(via_types), found=len(candidates[0]) - 1))

    def score(path):
        support = sum(H.edges[u, v].get("weight", 1) for u, v in zip(path, path[1:]))
        return (-support, [H.nodes[n].get("label", str(n)) for n in path])

    path = min(candidates, key=score)
    nodes = [{"id": n, "type": H.nodes[n].get("type"), "label": H.nodes[n].get("label", str(n))} for n in path]
    hops = []
    for u, v in zip(path, path[1:]):
        data = H.edges[u, v]
        hops.append({"source": u, "target": v, "predicates": list(data.get("predicates", [])),
                     "weight": data.get("weight", 1), "evidence": list(data.get("evidence", []))})
    return {"nodes": nodes, "hops": hops}


def _via(via_types) -> str:
    return msg("analysis_via", types=", ".join(sorted(via_types))) if via_types else ""


def rank(G, *, measures=MEASURES, types=None, weight: str | None = None) -> dict:
    """Centrality per node: ``{node: {"degree": …, "betweenness": …, "pagerank": …}}``.

    Computed on the whole (undirected, simple) graph; ``types`` only filters which nodes are
    returned. Degree and betweenness are normalised; ``weight`` (e.g. ``"weight"``) is used by
    PageRank only (betweenness treats weights as distances, which documents are not).
    """
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise G40Error(msg("analysis_measure", name=unknown[0], options=", ".join(MEASURES)))
    H = _simple(G)
    scores: dict = {n: {} for n in H if types is None or H.nodes[n].get("type") in set(types)}
    if not H:
        return scores
    computed = {}
    if "degree" in measures:
        computed["degree"] = nx.degree_centrality(H)
    if "betweenness" in measures:
        computed["betweenness"] = _betweenness(H)
    if "pagerank" in measures:
        computed["pagerank"] = nx.pagerank(H, weight=weight)
    for node in scores:
        for measure in measures:
            scores[node][measure] = computed[measure][node]
    return scores


def _betweenness(H: nx.Graph) -> dict:
    """Normalised shortest-path betweenness (Brandes) of the simple graph ``H``, by rustworkx.

    The numbers are networkx's ``betweenness_centrality(H, normalized=True)`` (they differ by
    at most 1e-15), about 30x sooner: 0.8 against 23 s for the 3,138 nodes and 10,342 edges of
    the 10^6-triple benchmark graph. They are rounded to 12 decimals, because rustworkx adds up
    in parallel threads and the last bits could otherwise order equal scores differently from
    run to run.

    >>> _betweenness(nx.path_graph(["a", "b", "c"]))
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    import rustworkx as rx

    R = rx.networkx_converter(H)  # each node's payload is its networkx node (the IRI)
    return {R[index]: round(value, 12) for index, value in rx.betweenness_centrality(R, normalized=True).items()}


def communities(G, *, seed=None, resolution: float = 1.0, weight: str = "weight") -> dict:
    """Louvain modularity communities: ``{"membership": {node: index}, "communities": [[node…]…], "modularity": q}``.

    Communities are numbered from 0 by size (largest first), ties by their first label.
    """
    H = _simple(G)
    if H.number_of_edges() == 0:
        groups = [{n} for n in H]
    else:
        groups = nx.community.louvain_communities(H, weight=weight, resolution=resolution, seed=seed)
    label = lambda n: str(H.nodes[n].get("label", n)).lower()  # noqa: E731
    ordered = sorted((sorted(g, key=label) for g in groups), key=lambda g: (-len(g), label(g[0])))
    membership = {n: i for i, group in enumerate(ordered) for n in group}
    quality = nx.community.modularity(H, ordered, weight=weight) if H.number_of_edges() else 0.0
    return {"membership": membership, "communities": ordered, "modularity": quality}


def brokers(G, *, sides=("Ministry", "Municipality"), include_sides: bool = False) -> dict:
    """Nodes on shortest paths between the two ``sides`` (node types): ``{node: score}``, score > 0.

    The score is networkx's subset betweenness (sources: the first side, targets: the second),
    normalised by the number of side pairs: the share of the pairs' shortest connections that run
    through the node. Ministries and municipalities themselves are left out unless ``include_sides``.

    >>> G = nx.Graph()
    >>> G.add_nodes_from([("m", {"type": "Ministry"}), ("g1", {"type": "Municipality"}), ("g2", {"type": "Municipality"})])
    >>> G.add_edges_from([("m", "deal"), ("deal", "g1"), ("deal", "g2")])
    >>> brokers(G)
    {'deal': 1.0}
    """
    H = _simple(G)
    first = [n for n, t in H.nodes(data="type") if t == sides[0]]
    second = [n for n, t in H.nodes(data="type") if t == sides[1]]
    if not first or not second:
        return {}
    raw = nx.betweenness_centrality_subset(H, sources=first, targets=second, normalized=False)
    # networkx halves an undirected graph's counts (as if each pair were counted from both ends), but a pair
    # of the two sides is counted once: doubled, a score is the share its title says (1: every pair through it)
    pairs = len(first) * len(second) / 2
    side_nodes = set(first) | set(second)
    return {n: s / pairs for n, s in raw.items() if s > 0 and (include_sides or n not in side_nodes)}


def neighbour_summary(G, nodes, *, top: int = 3) -> dict:
    """``{node: {"neighbours": n, "strongest": [node, …]}}`` for each of ``nodes``: how many other nodes it
    is linked to (the count behind the normalised degree: degree × (nodes − 1)) and the ``top`` of them
    it shares the most documents with (the edge weight; ties by label, then IRI).

    >>> G = nx.Graph()
    >>> G.add_nodes_from([("a", {"label": "A"}), ("b", {"label": "B"}), ("c", {"label": "C"}), ("d", {"label": "D"})])
    >>> G.add_edge("a", "b", weight=1); G.add_edge("a", "c", weight=3); G.add_edge("a", "d", weight=1)
    >>> neighbour_summary(G, ["a", "b"], top=2)
    {'a': {'neighbours': 3, 'strongest': ['c', 'b']}, 'b': {'neighbours': 1, 'strongest': ['a']}}
    """
    H = _simple(G)
    label = lambda n: str(H.nodes[n].get("label", n)).lower()  # noqa: E731
    out = {}
    for node in nodes:
        others = sorted(H[node], key=lambda o: (-H.edges[node, o].get("weight", 1), label(o), o))
        out[node] = {"neighbours": len(others), "strongest": others[:top]}
    return out


def broker_pairs(G, *, sides=("Ministry", "Municipality")) -> int:
    """The number of pairs of the two ``sides`` that :func:`brokers` shares out: a broker's score times
    this is how many of those pairs' shortest connections run through it (a pair with several
    shortest connections counts in part).

    >>> G = nx.Graph()
    >>> G.add_nodes_from([("m", {"type": "Ministry"}), ("g1", {"type": "Municipality"}), ("g2", {"type": "Municipality"})])
    >>> broker_pairs(G)
    2
    """
    H = _simple(G)
    return sum(t == sides[0] for _n, t in H.nodes(data="type")) * sum(t == sides[1] for _n, t in H.nodes(data="type"))
