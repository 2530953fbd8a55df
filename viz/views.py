"""Views of the graph for network pages, and :func:`write_network_page` (dataset → HTML file).

A view is a networkx graph cut from the one projection, :func:`graph.project.to_networkx`
(memberships collapsed, mentions left out, one edge per subject/object/predicate with its
evidence):

* the whole graph;
* ``focus=NAME, depth=N``: the ego network of one entity;
* ``ministry=NAME``: everything within ``depth`` links of one ministry;
* ``types=[...]``: only nodes of these types;
* ``query=TEXT``: the edges named by a SPARQL CONSTRUCT, or a SELECT of ``?s ?p ?o``;
* ``projection="city-ministry"``: municipalities × ministries, linked when they take part in
  the same programme, weighted by the number of shared programmes;
* ``at=DATE``: only facts that hold on that date (ministries get their name of that date);
  ``between=(FROM, UNTIL)``: only facts that overlap that period;
* ``as_of=DATE``: the last known state on that date (facts reported by then and not known to have
  ended before it; :class:`graph.timefilter.TimeWindow`).

Examples
--------
>>> from graph.store import new_dataset
>>> view_graph(new_dataset()).number_of_nodes()
0
"""

from __future__ import annotations

import logging
import weakref
from pathlib import Path

import networkx as nx

from graph.errors import InputError
from graph.messages import CATALOGUE, language, msg

from .network import check_size, network_data
from .render import UI_TEXT, render_html, write_html

__all__ = ["PROJECTIONS", "view_graph", "view_data", "write_network_page", "parse_types", "city_ministry"]

log = logging.getLogger(__name__)

CATALOGUE.update(
    {
        "viz_bad_type": {"nl": "onbekende soort {name!r}; kies uit {options}",
                         "en": "unknown type {name!r}; choose from {options}"},
        "viz_query_shape": {"nl": "de query moet een CONSTRUCT zijn of een SELECT van ?s ?p ?o (kreeg: {columns})",
                            "en": "the query must be a CONSTRUCT or a SELECT of ?s ?p ?o (got: {columns})"},
        "viz_bad_projection": {"nl": "onbekende projectie {name!r}; kies uit {options}",
                               "en": "unknown projection {name!r}; choose from {options}"},
        "viz_title_focus": {"nl": "Netwerk rond {name}", "en": "Network around {name}"},
        "viz_title_ministry": {"nl": "Alles rond ministerie {name}", "en": "Everything around ministry {name}"},
        "viz_title_query": {"nl": "Netwerk uit query {name}", "en": "Network from query {name}"},
        "viz_title_city_ministry": {"nl": "Gemeenten × ministeries via gedeelde programma's",
                                    "en": "Municipalities × ministries by shared programmes"},
        "viz_title_whole": {"nl": "G40-kennisgraaf: netwerk", "en": "G40 knowledge graph: network"},
        "viz_title_at": {"nl": "{title} (op {date})", "en": "{title} (on {date})"},
        "viz_title_as_of": {"nl": "{title} (stand per {date})", "en": "{title} (as of {date})"},
        "viz_title_between": {"nl": "{title} ({start} tot en met {end})", "en": "{title} ({start} to {end})"},
    }
)

#: Named projections for ``projection=``.
PROJECTIONS = ("city-ministry",)

_DOCUMENTS_QUERY = """
SELECT ?id ?title ?date ?start ?end WHERE {
  ?doc a g40:Document ; dcterms:identifier ?id .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc g40:periodStart ?start }
  OPTIONAL { ?doc g40:periodEnd ?end }
}"""


# Facts shown in a node's panel (the projection carries type, label and membership only).
_NODE_FACTS_QUERY = """
SELECT ?e ?fact ?value WHERE {
  VALUES (?p ?fact) { (skos:altLabel "altLabels") (g40:cbsCode "cbsCode") (g40:unitKind "unitKind")
                      (g40:programmeKind "programmeKind") (g40:g40MemberSince "memberSince") }
  ?e ?p ?value .
}"""
_PROVINCE_QUERY = "SELECT ?e ?value WHERE { ?e g40:inProvince ?p . ?p skos:prefLabel ?value }"


def _add_node_facts(dataset, graph) -> None:
    """Put aliases, CBS code, unit/programme kind, membership date and province on the nodes."""
    from graph.query import run_sparql

    found: dict[str, dict[str, set]] = {}
    rows = [(r["e"], str(r["fact"]), r["value"]) for r in run_sparql(dataset, _NODE_FACTS_QUERY, check=False).rows]
    rows += [(r["e"], "province", r["value"]) for r in run_sparql(dataset, _PROVINCE_QUERY, check=False).rows]
    for entity, fact, value in rows:
        node = str(entity)
        if node in graph:
            found.setdefault(node, {}).setdefault(fact, set()).add(str(value))
    for node, facts in found.items():
        for fact, values in facts.items():
            values.discard(graph.nodes[node].get("label"))
            if values:
                graph.nodes[node][fact] = sorted(values) if fact == "altLabels" else ", ".join(sorted(values))


def parse_types(names) -> list[str]:
    """Type names as the graph spells them; English or Dutch, any case (``gemeente`` → ``Municipality``)."""
    from graph.project import NODE_TYPES

    lookup = {t.lower(): t for t in NODE_TYPES}
    for lang in UI_TEXT.values():
        lookup.update({label.lower(): t for t, label in lang["type_names"].items() if t in NODE_TYPES})
    out = []
    for name in names or ():
        for part in str(name).split(","):
            part = part.strip()
            if not part:
                continue
            if part.lower() not in lookup:
                raise InputError(msg("viz_bad_type", name=part, options=", ".join(NODE_TYPES)))
            out.append(lookup[part.lower()])
    return out


def _induced(graph: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    """The subgraph on ``nodes``, as a copy whose nodes and edges keep ``graph``'s order.

    ``graph.subgraph(nodes).copy()`` lists a small subgraph's nodes in the order of a set, which
    changes from one Python process to the next (string hashing): the same view then had
    another layout and page every run, whatever the ``seed``.

    >>> G = nx.MultiDiGraph([("c", "a"), ("a", "b"), ("b", "c")])
    >>> list(_induced(G, {"c", "b"}).edges), list(_induced(G, ["b", "c"]))
    ([('b', 'c', 0)], ['c', 'b'])
    >>> list(_induced(nx.Graph([("c", "a"), ("a", "b")]), {"a", "b"}).edges)
    [('a', 'b')]
    """
    keep = set(nodes)
    induced = graph.__class__()
    induced.graph.update(graph.graph)
    induced.add_nodes_from((n, data) for n, data in graph.nodes(data=True) if n in keep)
    if graph.is_multigraph():
        induced.add_edges_from((u, v, k, data) for u, v, k, data in graph.edges(keys=True, data=True)
                               if u in keep and v in keep)
    else:  # a projection of one edge per pair (--projection city-ministry)
        induced.add_edges_from((u, v, data) for u, v, data in graph.edges(data=True) if u in keep and v in keep)
    return induced


def _ego(graph: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    if centre not in graph:
        return _induced(graph, ())
    keep = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), centre, cutoff=max(depth, 0))
    return _induced(graph, keep)


def _query_edges(dataset, text: str) -> list[tuple[str, str, str]]:
    """(subject, predicate local name, object) IRIs named by a CONSTRUCT or a SELECT ?s ?p ?o."""
    from rdflib import URIRef

    from graph.query import run_sparql

    result = run_sparql(dataset, text)
    if result.kind == "graph":
        triples = list(result.graph)
    elif result.kind == "select" and {"s", "p", "o"} <= set(result.columns):
        triples = [(row["s"], row["p"], row["o"]) for row in result.rows]
    else:
        raise InputError(msg("viz_query_shape", columns=", ".join(result.columns) or result.kind))
    out = []
    for s, p, o in triples:
        if isinstance(s, URIRef) and isinstance(o, URIRef) and isinstance(p, URIRef):
            local = str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
            out.append((str(s), local, str(o)))
    return out


def _query_view(dataset, graph: nx.MultiDiGraph, text: str) -> nx.MultiDiGraph:
    """The projection's edges the query names (evidence kept); other named links without evidence."""
    from graph.names import entity_index

    index = entity_index(dataset)
    view = nx.MultiDiGraph()
    for s, p, o in _query_edges(dataset, text):
        found = False
        for u, v in ((s, o), (o, s)):
            if graph.has_edge(u, v, p):
                view.add_node(u, **graph.nodes[u])
                view.add_node(v, **graph.nodes[v])
                view.add_edge(u, v, key=p, **graph.edges[u, v, p])
                found = True
                break
        if found or s == o:
            continue
        if p in ("type", "label", "prefLabel", "altLabel"):
            continue
        for iri in (s, o):
            if iri not in view:
                if iri in graph:
                    view.add_node(iri, **graph.nodes[iri])
                else:
                    entry = index.get(iri)
                    view.add_node(iri, iri=iri, type=entry.type if entry else "Other",
                                  label=entry.label if entry else iri.rstrip("/").rsplit("/", 1)[-1])
        if not view.has_edge(s, o, p):
            view.add_edge(s, o, key=p, predicate=p, weight=0, evidence=[])
    return view


def city_ministry(graph: nx.MultiDiGraph) -> nx.Graph:
    """Municipality–ministry edges for every programme both are linked to, weighted by programmes.

    Each edge lists its ``programmes`` (labels) and carries the evidence of the links from the
    municipality and the ministry to those programmes.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n, t in [("c", "Municipality"), ("m", "Ministry"), ("p", "Programme"), ("q", "Programme")]:
    ...     G.add_node(n, type=t, label=n.upper())
    >>> for a, b in [("c", "p"), ("m", "p"), ("c", "q"), ("m", "q")]:
    ...     _ = G.add_edge(a, b, key="participatesIn", evidence=[{"quote": a + b, "document": "d"}])
    >>> H = city_ministry(G)
    >>> H.edges["c", "m"]["weight"], H.edges["c", "m"]["programmes"]
    (2, ['P', 'Q'])
    """
    undirected = graph.to_undirected(as_view=True)
    out = nx.Graph()
    for programme, data in graph.nodes(data=True):
        if data.get("type") != "Programme":
            continue
        sides = {"Municipality": [], "Ministry": []}
        for other in undirected.neighbors(programme):
            kind = graph.nodes[other].get("type")
            if kind in sides:
                sides[kind].append(other)
        for city in sides["Municipality"]:
            for ministry in sides["Ministry"]:
                for node in (city, ministry):
                    out.add_node(node, **graph.nodes[node])
                if not out.has_edge(city, ministry):
                    out.add_edge(city, ministry, relation="sharedProgrammes", programmes=[], evidence=[], weight=0,
                                 weight_unit="programmes")
                edge = out.edges[city, ministry]
                edge["programmes"] = sorted({*edge["programmes"], str(data.get("label") or programme)})
                edge["weight"] = len(edge["programmes"])
                for node in (city, ministry):
                    for link in _links(graph, node, programme):
                        edge["evidence"].extend(link.get("evidence") or [])
    return out


def _links(graph: nx.MultiDiGraph, a, b):
    for u, v in ((a, b), (b, a)):
        if graph.has_edge(u, v):
            yield from graph.get_edge_data(u, v).values()


def _relabel_ministries(dataset, graph, when: str | None) -> None:
    """Name each ministry node as at ``when``; without a time, as the ministry over time: its current
    name with the others its facts use, "EZK (eerder EZ)" (:func:`graph.shortcuts.ministry_heading`)."""
    from graph.shortcuts import ministry_heading
    from graph.timefilter import ministry_label_at

    for node, data in graph.nodes(data=True):
        if data.get("type") == "Ministry":
            data["label"] = (ministry_label_at(dataset, node, when, default=data.get("label")) if when
                             else ministry_heading(dataset, node, data.get("label"), _evidence_of(graph, node)))


def _evidence_of(graph, node) -> list[dict]:
    """The evidence records on the edges of ``node``."""
    edges = graph.edges(node, data=True) if not graph.is_directed() else \
        [*graph.out_edges(node, data=True), *graph.in_edges(node, data=True)]
    return [record for _, _, data in edges for record in data.get("evidence") or ()]


def view_graph(dataset, *, focus: str | None = None, depth: int = 1, query: str | None = None,
               ministry: str | None = None, types=None, at: str | None = None,
               projection: str | None = None, include_mentions: bool = False, as_of: str | None = None,
               between: tuple[str, str] | None = None, dated_only: bool = False) -> nx.Graph:
    """The networkx graph of one view (see the module docstring); options combine; ``dated_only``
    leaves out facts with no time at all."""
    from graph.names import resolve_entity
    from graph.timefilter import TimeWindow

    if projection is not None and projection not in PROJECTIONS:
        raise InputError(msg("viz_bad_projection", name=projection, options=", ".join(PROJECTIONS)))
    window = TimeWindow(at=at, between=between, as_of=as_of)  # "2023": the whole year (window.between), a day: window.at
    projected = _projection(dataset, include_mentions=include_mentions, at=window.at, between=window.between,
                            as_of=window.as_of, dated_only=dated_only)
    if (focus is None) != (ministry is None) and query is None and projection is None:
        # one ego network: cut first, then name its ministries (the whole graph is not copied)
        centre = (resolve_entity(dataset, focus) if focus is not None
                  else resolve_entity(dataset, ministry, "Ministry", kind="ministry", on=window.label_date))
        graph = _ego(projected, str(centre), depth)
        if window:
            _relabel_ministries(dataset, graph, window.label_date)
        return _of_types(graph, types)
    graph = projected
    if window:
        graph = graph.copy()
        _relabel_ministries(dataset, graph, window.label_date)
    if query is not None:
        graph = _query_view(dataset, graph, query)
    if projection == "city-ministry":
        graph = city_ministry(graph)
    if ministry is not None:
        graph = _ego(graph, str(resolve_entity(dataset, ministry, "Ministry", kind="ministry", on=window.label_date)),
                     depth)
    if focus is not None:
        graph = _ego(graph, str(resolve_entity(dataset, focus)), depth)
    return _of_types(graph, types)


def _of_types(graph, types):
    wanted = parse_types(types)
    if wanted:
        graph = _induced(graph, [n for n, d in graph.nodes(data=True) if d.get("type") in wanted])
    return graph


# id(dataset) → (weak reference to the dataset, {(include_mentions, at, …, language): projection}), as
# graph.names.entity_index keeps its index: an entry goes when its dataset does
_PROJECTIONS: dict[int, tuple] = {}
#: Projections kept per dataset (the most recently used).
PROJECTIONS_KEPT = 2


def _projection(dataset, *, include_mentions: bool, at: str | None,
                between: tuple[str, str] | None = None, as_of: str | None = None,
                dated_only: bool = False) -> nx.MultiDiGraph:
    """``to_networkx(dataset, include_mentions=…, at=…, between=…, as_of=…, multi=True)``, kept while the dataset
    lives (the last :data:`PROJECTIONS_KEPT` of them).

    A server's network views after the first skip reading every fact: 2.6 s of each focus view
    at 10^6 triples, for about 40 MiB kept per projection. Views never change it; they cut
    copies (``_ego``, ``graph.copy()``). A projection without a time names its ministries in the
    message language ("EZK (eerder EZ)", "EZK (earlier EZ)"), so the language is part of the key: a
    server's English page never shows the Dutch names a first Dutch visitor's view kept, nor the reverse.
    """
    from graph.messages import get_language
    from graph.project import to_networkx

    key = id(dataset)
    if key not in _PROJECTIONS or _PROJECTIONS[key][0]() is not dataset:
        weakref.finalize(dataset, _PROJECTIONS.pop, key, None)
        _PROJECTIONS[key] = weakref.ref(dataset), {}
    kept = _PROJECTIONS[key][1]
    wanted = (include_mentions, at, between, as_of, dated_only, get_language())
    graph = kept.pop(wanted, None)
    if graph is None:
        graph = to_networkx(dataset, include_mentions=include_mentions, at=at, between=between, as_of=as_of, multi=True,
                            dated_only=dated_only)
        if not (at or between or as_of):  # a node stands for the ministry over time (a view at a date renames a copy)
            _relabel_ministries(dataset, graph, None)
    kept[wanted] = graph  # the most recent last
    while len(kept) > PROJECTIONS_KEPT:
        kept.pop(next(iter(kept)))
    return graph


def _document_table(dataset) -> dict[str, dict]:
    """Document id → title and date, for the evidence panels; kept beside the graph
    (:mod:`graph.derived`): at 10^6 triples the query takes 0.8 s of a 4 s page."""
    from graph.derived import remembered

    return remembered(dataset, "documents", {}, lambda: _query_document_table(dataset), code=(__file__,),
                      decode=_checked_table)


def _checked_table(data) -> dict[str, dict]:
    if not isinstance(data, dict) or not all(isinstance(v, dict) and v.keys() == {"title", "date"}
                                             for v in data.values()):
        raise ValueError("not a document table")
    return data


def _query_document_table(dataset) -> dict[str, dict]:
    from graph.query import run_sparql

    table = {}
    for row in run_sparql(dataset, _DOCUMENTS_QUERY, check=False).rows:
        date = row["date"] or row["end"] or row["start"]
        if row["start"] is not None and row["end"] is not None and row["date"] is None:
            date = f"{row['start']} – {row['end']}"
        table[str(row["id"])] = {"title": str(row["title"]) if row["title"] is not None else str(row["id"]),
                                 "date": str(date) if date is not None else None}
    return table


def _title(*, focus, ministry, query_name, projection, at, label_of, as_of=None, between=None) -> str:
    if focus:
        title = msg("viz_title_focus", name=label_of(focus))
    elif ministry:
        title = msg("viz_title_ministry", name=label_of(ministry))
    elif query_name:
        title = msg("viz_title_query", name=query_name)
    elif projection == "city-ministry":
        title = msg("viz_title_city_ministry")
    else:
        title = msg("viz_title_whole")
    if as_of:
        return msg("viz_title_as_of", title=title, date=as_of)
    if between:
        return msg("viz_title_between", title=title, start=between[0], end=between[1])
    return msg("viz_title_at", title=title, date=at) if at else title


def _centre(dataset, graph, *, focus=None, ministry=None) -> str | None:
    """The node a focus or ministry view is drawn around (its label stays readable on top), if in ``graph``."""
    from graph.names import resolve_entity

    if focus is None and ministry is None:
        return None
    centre = str(resolve_entity(dataset, focus) if focus is not None
                 else resolve_entity(dataset, ministry, "Ministry", kind="ministry"))
    return centre if centre in graph else None


def view_data(dataset, *, focus=None, depth: int = 1, query: str | None = None, query_name: str | None = None,
              ministry=None, types=None, at=None, projection=None, include_mentions: bool = False,
              title: str | None = None, command: str | None = None, built: str | None = None,
              seed: int = 0, as_of=None, between=None, dated_only: bool = False) -> dict:
    """The node-link dict of a view, with page metadata (title, build date, command, query)."""
    graph = view_graph(dataset, focus=focus, depth=depth, query=query, ministry=ministry, types=types, at=at,
                       projection=projection, include_mentions=include_mentions, as_of=as_of, between=between,
                       dated_only=dated_only)
    check_size(graph)
    graph = graph.copy()
    _add_node_facts(dataset, graph)

    def label_of(name):
        hits = [d.get("label") for n, d in graph.nodes(data=True) if n == name or d.get("label") == name]
        return hits[0] if hits else name

    meta = {
        "title": title or _title(focus=focus, ministry=ministry, query_name=query_name, projection=projection,
                                 at=at, label_of=label_of, as_of=as_of, between=between),
        "command": command,
        "built": built,
        "query": query,
        "projection": projection,
        "centre": _centre(dataset, graph, focus=focus, ministry=ministry),
    }
    documents = _document_table(dataset)
    data = network_data(graph, documents=documents, meta={k: v for k, v in meta.items() if v}, seed=seed)
    cited = set(data["meta"]["documents_used"])
    data["documents"] = {k: v for k, v in data["documents"].items() if k in cited}
    return data


def write_network_page(dataset, out_path, *, lang: str = "nl", focus=None, depth: int = 1,
                       query: str | None = None, query_name: str | None = None, ministry=None, types=None,
                       at=None, projection=None, include_mentions: bool = False, title: str | None = None,
                       command: str | None = None, built: str | None = None, seed: int = 0, as_of=None,
                       between=None) -> Path:
    """Write the network page of a view of ``dataset`` to ``out_path`` (atomically); returns the path.

    Parameters
    ----------
    dataset : rdflib.Dataset
        The built graph (``Settings.load()``).
    out_path : path-like
        Where the single self-contained HTML file goes.
    lang : {"nl", "en"}
        Language of the page and of the errors raised here.
    focus, depth, query, ministry, types, at, as_of, projection, include_mentions
        The view (see the module docstring). ``query`` is SPARQL text; ``query_name`` names it
        in the page title.
    title, command, built
        Page title (default: from the view), the command shown in the footer, the build date.
    seed : int
        Layout seed.

    Raises
    ------
    viz.network.GraphTooLarge
        More than 5,000 nodes or 20,000 edges: narrow the view.
    graph.errors.UnknownName, graph.errors.InputError, graph.errors.QueryError
        A name, type, date or query that cannot be used.
    """
    with language(lang if lang in UI_TEXT else "nl"):
        data = view_data(dataset, focus=focus, depth=depth, query=query, query_name=query_name, ministry=ministry,
                         types=types, at=at, projection=projection, include_mentions=include_mentions, title=title,
                         command=command, built=built, seed=seed, as_of=as_of, between=between)
    return write_html(render_html(data, lang=lang), Path(out_path))
