"""The projection of the graph (of a period) as GraphML or GEXF, for Gephi and R: the same bytes for
the same graph, each edge with its time and provenance, nodes that share a label told apart.

Examples
--------
>>> network_scalars({"label": "Breda", "rank": None, "evidence": [1, 2]})
{'label': 'Breda', 'evidence': '[1, 2]'}
"""

from __future__ import annotations

import json
import re

from rdflib import Dataset

from .fact_rows import document_times

__all__ = ["network_export", "distinct_labels", "network_scalars"]


def network_export(dataset: Dataset, fmt: str, **window) -> str:
    """The projection (of a period) as GraphML or GEXF, the same bytes for the same graph.

    Each edge gets ``first_date`` and ``last_date`` (the earliest start and the latest end or start
    of its dated facts, ISO; absent for an edge only undated facts support), plain columns for Gephi
    and R; in GEXF also its time (``mode="dynamic"``, ``timeformat="date"``): ``start``/``end`` when its
    facts hold in one interval, else one ``spell`` per interval, an open bound left out, and no time
    at all when an undated fact supports it (it holds always, as every filter keeps it). Nodes that
    share a label are told apart (:func:`distinct_labels`). The header says what made the graph
    (:func:`_made_by`): GEXF's ``meta`` (``lastmodifieddate`` the graph's newest document date,
    not today, or none), GraphML's graph data.
    """
    import networkx as nx

    from .dataset import build_metadata
    from .project import to_networkx

    projected = to_networkx(dataset, **window)
    made = build_metadata(dataset)
    flat = nx.MultiDiGraph() if projected.is_directed() else nx.MultiGraph()
    if fmt == "graphml":
        flat.graph.update({key: value for key, value in _made_by(made, window).items() if value})
    labels = distinct_labels(projected)
    document_dates = {docid: times[0][:10] if times[0] else None for docid, times in document_times(dataset).items()}
    for node, data in projected.nodes(data=True):
        flat.add_node(str(node), **dict(network_scalars(data), label=labels[node]))
    for u, v, data in projected.edges(data=True):
        evidence = [_with_document_date(item, document_dates) for item in data["evidence"]]
        flat.add_edge(str(u), str(v), **network_scalars(dict(data, evidence=evidence)),
                      **_edge_time(data["evidence"], dynamic=fmt == "gexf"))
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flat)) + "\n"
    return _gexf_header("\n".join(nx.generate_gexf(flat)) + "\n", made, window)


def _with_document_date(item: dict, document_dates: dict) -> dict:
    """An edge's evidence item with ``date`` its document's date, as in the facts export (the
    projection's ``date`` is the fact's start, which ``start`` already gives; round 39g).

    >>> _with_document_date({"document": "jv", "date": "2016-01-01", "start": "2016-01-01"}, {"jv": "2017-02-01"})
    {'document': 'jv', 'date': '2017-02-01', 'start': '2016-01-01'}
    >>> _with_document_date({"document": None, "curated": True, "date": "2020-01-01"}, {})["date"] is None
    True
    """
    return dict(item, date=document_dates.get(item.get("document")))


def _made_by(made: dict, window: dict) -> dict:
    """What an export's header says made it: g40kg's version, the extractor's fingerprint (the one
    the build's ``manifest.json`` and dataset description give), the newest document date and the
    period asked for.

    >>> _made_by({"version": "0.1.0", "extractor": "912843f45c2604a4", "modified": None}, {"between": ("2016-01-01", "2019-12-31")})
    {'g40kg_version': '0.1.0', 'extractor': '912843f45c2604a4', 'modified': None, 'period': '--between 2016-01-01 2019-12-31'}
    >>> _made_by({"version": "0.1.0", "extractor": "9", "modified": None}, {"between": (None, "2019-06-30")})["period"]
    '--until 2019-06-30'
    """
    from .timefilter import window_options

    period = " ".join(f"{option} {value}" for option, value in window_options(**window))
    return {"g40kg_version": made["version"], "extractor": made["extractor"], "modified": made["modified"],
            "period": period or None}


def _gexf_header(text: str, made: dict, window: dict) -> str:
    """``text`` (networkx's GEXF) with a ``meta`` that stays the same for the same graph: the newest
    document date for ``lastmodifieddate`` (networkx writes today's), g40kg and its extractor as the
    creator (networkx writes its own version), the period in the description.

    >>> _gexf_header('<meta lastmodifieddate="2026-12-05">\\n<creator>NetworkX 3.6</creator>\\n</meta>',
    ...              {"version": "0.1.0", "extractor": "ab12", "modified": None}, {})
    '<meta>\\n<creator>g40kg 0.1.0 (extractor ab12)</creator>\\n</meta>'
    """
    from xml.sax.saxutils import escape, quoteattr

    about = _made_by(made, window)
    creator = f"g40kg {about['g40kg_version'] or ''}".strip()
    if about["extractor"]:
        creator += f" (extractor {about['extractor']})"
    meta = f"<meta lastmodifieddate={quoteattr(about['modified'][:10])}>" if about["modified"] else "<meta>"
    text = re.sub(r'<meta lastmodifieddate="[^"]*">', meta, text, count=1)
    description = f"<description>{escape(about['period'])}</description>" if about["period"] else ""
    return re.sub(r"(\s*)<creator>[^<]*</creator>", lambda m: f"{m.group(1)}<creator>{escape(creator)}</creator>"
                  + (m.group(1) + description if description else ""), text, count=1)


def _edge_time(records: list[dict], *, dynamic: bool) -> dict:
    """``first_date``/``last_date`` of an edge's evidence ``records`` and, ``dynamic`` (GEXF), its
    ``start``/``end`` or ``spells`` (see :func:`network_export`).

    >>> _edge_time([{"start": "2016-01-01", "end": "2016-12-31"}, {"start": "2024-11-05", "end": "2024-11-05"}], dynamic=True)
    {'first_date': '2016-01-01', 'last_date': '2024-11-05', 'spells': [('2016-01-01', '2016-12-31'), ('2024-11-05', '2024-11-05')]}
    >>> _edge_time([{"start": "2016-01-01", "end": None}], dynamic=True)
    {'first_date': '2016-01-01', 'last_date': '2016-01-01', 'start': '2016-01-01'}
    >>> _edge_time([{"start": None, "end": None}, {"start": "2018-01-01", "end": "2018-01-01"}], dynamic=True)
    {'first_date': '2018-01-01', 'last_date': '2018-01-01'}
    """
    intervals = sorted({(r.get("start"), r.get("end")) for r in records}, key=lambda pair: (pair[0] or "", pair[1] or ""))
    undated = any(start is None and end is None for start, end in intervals)
    intervals = [pair for pair in intervals if pair != (None, None)]
    if not intervals:
        return {}
    starts = [start for start, _ in intervals if start]
    lasts = [end or start for start, end in intervals if end or start]
    found = {"first_date": min(starts) if starts else None, "last_date": max(lasts) if lasts else None}
    found = {key: value for key, value in found.items() if value}
    if not dynamic or undated:
        return found
    if len(intervals) == 1:
        start, end = intervals[0]
        found.update({key: value for key, value in (("start", start), ("end", end)) if value})
    else:
        found["spells"] = intervals
    return found


def distinct_labels(graph) -> dict[str, str]:
    """Node → its label, told apart where several nodes share one (any case): with what the IRI's
    last part adds to the label ("bestuurlijk overleg (2016-06-verslag)" for
    ``…/event/bestuurlijk-overleg-2016-06-verslag``), else that whole part.

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("x/event/overleg-2016-06-verslag", label="Overleg"); G.add_node("x/event/overleg-2019", label="overleg")
    >>> G.add_node("x/city/gm1", label="Breda")
    >>> sorted(distinct_labels(G).values())
    ['Breda', 'Overleg (2016-06-verslag)', 'overleg (2019)']
    """
    from collections import Counter

    from .vocab import slugify

    def label(node):
        return str(graph.nodes[node].get("label") or node)

    shared = Counter(label(node).casefold() for node in graph)
    labels = {}
    for node in graph:
        text = label(node)
        if shared[text.casefold()] > 1:
            tail = str(node).rstrip("/").rsplit("/", 1)[-1]
            slug = slugify(text)
            extra = tail[len(slug):].lstrip("-") if slug and tail.startswith(slug) and len(tail) > len(slug) else tail
            text = f"{text} ({extra})"
        labels[node] = text
    return labels


def network_scalars(data: dict) -> dict:
    """Attributes that GraphML/GEXF can hold: lists become JSON strings, None is left out."""
    out = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (str, int, float, bool)):
            out[key] = value
        else:
            out[key] = json.dumps(value, ensure_ascii=False, default=str)
    return out
