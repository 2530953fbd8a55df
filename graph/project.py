"""The projection of the RDF graph onto a networkx graph: actors as nodes, evidenced facts as edges.

This is the one documented projection; analytics (:mod:`graph.analysis`), the network pages
(``viz/``) and the web explorer reuse it. Call::

    to_networkx(dataset, *, include_mentions=False, at=None, between=None, as_of=None, min_confidence=None,
                predicates=None, multi=False) -> nx.Graph | nx.MultiDiGraph

What it does
    * Reads every evidence node (``g40:Evidence``: ``rdf:subject``, ``rdf:predicate``,
      ``rdf:object``, quote, document) and every curated statement (``g40:CuratedStatement``
      from ``data/curated/``, see :mod:`graph.curate`): a hand-added fact is an edge like an
      extracted one, with its curation entry as evidence instead of a quote. Facts with neither
      are not projected.
    * Memberships are collapsed: a ``hasRole`` fact becomes a person–organisation edge (the
      evidence's ``rdf:object`` is the organisation or unit; the role is in ``role``). Membership
      nodes, roles, evidence nodes and name periods are never nodes.
    * ``mentions`` (document → entity) are left out unless ``include_mentions=True``; then
      documents become nodes of type ``Document``.
    * ``at`` / ``between`` keep evidence whose time holds then, ``as_of`` the last known state on
      a date (:mod:`graph.timefilter`), and ministries are labelled as in their TOOI name period at
      that time;
      ``min_confidence`` drops evidence below that confidence (curated statements have no
      confidence and are kept: a curator vouches for them); ``predicates`` (local names such as
      ``collaboratesWith``) keeps only those relations. A curated statement holds in its
      ``valid_from``–``valid_until`` period, or always when it gives none.

Nodes
    Keyed by IRI (``str``). Attributes: ``type`` (``Person``, ``Municipality``, ``Ministry``,
    ``Organisation``, ``OrganisationalUnit``, ``Programme``, ``Event``, ``Theme``, ``Province``,
    ``Document``), ``label`` (preferred label), ``g40_member`` (bool), ``iri``.

Edges
    Default (``multi=False``): an undirected :class:`networkx.Graph`, one edge per pair of nodes
    whatever the relations. ``multi=True``: a :class:`networkx.MultiDiGraph` with one edge per
    (subject, object, predicate), keyed by the predicate, in the direction found. Attributes:

    * ``weight``: the number of distinct documents that support the edge, a curation entry
      counting as one;
    * ``predicates``: sorted list of the relation names on the edge (``multi``: also ``predicate``);
    * ``evidence``: list of dicts ``{quote, document, title, language, date, start, end, predicate, role,
      confidence, source, target, evidence, curated, curation, note}``, sorted by document and
      offset (curated entries first): ``document`` is the document id, ``date`` the fact's start
      (ISO) or None, ``source``/``target`` the IRIs in the direction the text states,
      ``evidence`` the evidence node IRI. For a curated statement ``curated`` is True,
      ``quote``, ``document``, ``title`` and ``confidence`` are None, ``curation`` is where it
      was written (``"fixes.yaml:12"``, the curation file and line) and ``note`` the curator's
      reason, if given; ``evidence`` is the statement's IRI. For extracted evidence ``curated``
      is False and ``curation`` and ``note`` are None.

The input dataset is never changed.

Examples
--------
>>> from graph.store import new_dataset
>>> G = to_networkx(new_dataset())
>>> G.number_of_nodes(), G.is_directed()
(0, False)
"""

from __future__ import annotations

import networkx as nx

from .timefilter import TimeWindow, fact_interval, ministry_label_over
from .vocab import G40

__all__ = ["NODE_TYPES", "evidence_records", "support", "to_networkx"]

NODE_TYPES = ("Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme",
              "Event", "Theme", "Document")

# Evidence is read from its predicates (index ranges: the mentions, 62 % of the evidence at 10^6
# triples, are never visited unless asked for) with the per-node values as OPTIONALs; what many
# evidence nodes share (their document's id and title) or few have (a validity period) is read
# in queries of its own and joined in Python: at 10^6 triples 12.0 s → 6.2 s on Oxigraph.
_PREDICATES_QUERY = "SELECT DISTINCT ?p WHERE { ?ev rdf:predicate ?p }"

# variable → property of the values an evidence node may have (OPTIONAL in both queries below)
_EVIDENCE_VALUES = {"quote": "g40:quote", "doc": "prov:wasDerivedFrom", "d": "dcterms:date", "role": "g40:roleLabel",
                    "confidence": "g40:confidence", "offset": "g40:startOffset"}
_EVIDENCE_COLUMNS = "?ev ?s ?p ?o " + " ".join(f"?{name}" for name in _EVIDENCE_VALUES)

_EVIDENCE_QUERY = f"""
SELECT {_EVIDENCE_COLUMNS} WHERE {{
  VALUES ?p {{ {{predicates}} }}
  ?ev rdf:predicate ?p .
  ?ev a g40:Evidence ; rdf:subject ?s ; rdf:object ?o .
""" + "".join(f"  OPTIONAL {{ ?ev {prop} ?{name} }}\n" for name, prop in _EVIDENCE_VALUES.items()) + "}"

# The same rows from whole index ranges (graph.query.joins_ranges): every evidence node's values
# are read, mentions included, and still 2x sooner at 10^6 triples than nine lookups per node.
_EVIDENCE_RANGES_QUERY = f"""
SELECT {_EVIDENCE_COLUMNS} WHERE {{
  {{ SELECT * WHERE {{
    {{ SELECT ?ev ?p WHERE {{ VALUES ?p {{ {{predicates}} }} ?ev rdf:predicate ?p }} }}
    {{ SELECT ?ev ?s WHERE {{ ?ev rdf:subject ?s }} }}
    {{ SELECT ?ev ?o WHERE {{ ?ev rdf:object ?o }} }}
    {{ SELECT ?ev WHERE {{ ?ev a g40:Evidence }} }}
  }} }}
""" + "".join(f"  OPTIONAL {{ SELECT ?ev ?{name} WHERE {{ ?ev {prop} ?{name} }} }}\n"
              for name, prop in _EVIDENCE_VALUES.items()) + "}"

_SHARED_QUERIES = {  # name → query of ?x ?value: one value per node (the least, if several)
    "docid": "SELECT ?x ?value WHERE { ?x dcterms:identifier ?value }",
    "title": "SELECT ?x ?value WHERE { ?x dcterms:title ?value }",
    "language": "SELECT ?x ?value WHERE { ?x dcterms:language ?value }",
    "vf": "SELECT ?x ?value WHERE { ?x g40:validFrom ?value }",
    "vu": "SELECT ?x ?value WHERE { ?x g40:validUntil ?value }",
    "iu": "SELECT ?x ?value WHERE { ?x g40:inferredUntil ?value }",
    "portfolio": "SELECT ?x ?value WHERE { ?x g40:portfolio ?value }",  # a role's portfolio (round 45m)
}

_CURATED_QUERY = """
SELECT ?ev ?s ?p ?o ?vf ?vu ?iu ?role ?portfolio ?curation ?note WHERE {
  ?ev a g40:CuratedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?ev dcterms:source ?curation }
  OPTIONAL { ?ev rdfs:comment ?note }
  OPTIONAL { ?ev g40:validFrom ?vf }
  OPTIONAL { ?ev g40:validUntil ?vu }
  OPTIONAL { ?ev g40:inferredUntil ?iu }
  OPTIONAL { ?ev g40:roleLabel ?role }
  OPTIONAL { ?ev g40:portfolio ?portfolio }
}"""

_MEMBER_QUERY = "SELECT ?m WHERE { ?m g40:g40Member true }"


def _relation(row, include_mentions: bool, wanted) -> str | None:
    """The local name of the row's predicate, or None when the projection leaves it out."""
    predicate = str(row["p"])
    if not predicate.startswith(str(G40)):
        return None
    name = predicate[len(str(G40)):]
    if (name == "mentions" and not include_mentions) or (wanted is not None and name not in wanted):
        return None
    return name


def _text(term) -> str | None:
    return None if term is None else str(term)


def support(record: dict) -> str:
    """What a record counts as towards an edge's ``weight``: its document, or its curation entry."""
    return "curated:" + (record["curation"] or record["evidence"]) if record["curated"] else record["document"] or ""


def evidence_records(dataset, *, include_mentions: bool = False, at: str | None = None,
                     between: tuple[str, str] | None = None, as_of: str | None = None,
                     min_confidence: float | None = None, predicates=None, timeout: float | None = None,
                     dated_only: bool = False) -> list[dict]:
    """Every evidence node as a record (see module docstring), filtered like :func:`to_networkx`;
    ``dated_only`` leaves out the facts with no time at all (:func:`undated`), which every window keeps."""
    window = TimeWindow(at=at, between=between, as_of=as_of)
    wanted = set(predicates) if predicates else None
    as_of_kept = _kept_as_of(dataset, window.as_of, timeout) if window.as_of else None
    kept = []
    for record in _all_records(dataset, include_mentions, timeout):
        if wanted is not None and record["predicate"] not in wanted:
            continue
        confidence = record["confidence"]
        if not record["curated"] and min_confidence is not None and (confidence is None or confidence < min_confidence):
            continue
        if dated_only and undated(record):
            continue
        if as_of_kept is not None:
            if record["evidence"] in as_of_kept:  # its end as known then: no end inferred from a later document
                end = as_of_kept[record["evidence"]]
                kept.append(record if end is _AS_RECORDED else {**record, "end": end})
        elif window.contains(record["start"], record["end"]):
            kept.append(record)
    return kept


#: the end of a record :func:`_kept_as_of` keeps as it is (its end is known on the day asked)
_AS_RECORDED = object()


def _kept_as_of(dataset, as_of: str, timeout: float | None) -> dict:
    """The evidence (and curated statements) in the last known state on ``as_of``, each with its end
    as known then (an end inferred from a document dated after ``as_of`` is not: round 40t): the
    rule of :func:`graph.timefilter.time_filter`, run once over every statement, so that the
    projection and the named questions agree (not kept beside the graph: one file per date asked
    would pile up)."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from .query import DEFAULT_TIMEOUT, run_sparql
    from .questions import TIME_PARAMETERS, sparql_term
    from .timefilter import time_filter

    date = sparql_term(Literal(as_of, datatype=XSD.date))
    names = " ".join(f"?{name}" for name in TIME_PARAMETERS)
    cells = " ".join(date if name == "as_of" else "UNDEF" for name in TIME_PARAMETERS)
    query = (f"SELECT ?ev ?ev_end ?ev_iuall ?ev_iu WHERE {{\n  VALUES ({names}) {{ ({cells}) }}\n"
             f"  ?ev rdf:predicate ?p .\n  {time_filter('ev')}\n}}")
    rows = run_sparql(dataset, query, check=False, timeout=timeout or DEFAULT_TIMEOUT).rows
    return {str(row["ev"]): _AS_RECORDED if row["ev_iuall"] is None or row["ev_iu"] is not None
            else None if row["ev_end"] is None else str(row["ev_end"])[:10] for row in rows}


def _all_records(dataset, include_mentions: bool, timeout: float | None) -> list[dict]:
    """Every evidence record, unfiltered and sorted; kept beside the graph (:mod:`graph.derived`):
    at 10^6 triples the queries take 6 s, reading the kept records 0.2 s."""
    from . import timefilter
    from .derived import expect, remembered

    return remembered(dataset, "evidence-records", {"mentions": include_mentions},
                      lambda: _query_records(dataset, include_mentions, timeout), code=(__file__, timefilter.__file__),
                      decode=expect(list, dict, _RECORD_KEYS))


_RECORD_KEYS = frozenset(("quote", "document", "title", "language", "date", "start", "end", "predicate", "role", "portfolio",
                          "confidence", "source", "target", "evidence", "curated", "curation", "note"))


def _query_records(dataset, include_mentions: bool, timeout: float | None) -> list[dict]:
    from .query import DEFAULT_TIMEOUT, joins_ranges, run_sparql

    def rows(query):
        return run_sparql(dataset, query, check=False, timeout=timeout or DEFAULT_TIMEOUT).rows

    shared = {name: {} for name in _SHARED_QUERIES}
    for name, query in _SHARED_QUERIES.items():
        for row in rows(query):
            values = shared[name]
            if row["x"] not in values or str(row["value"]) < str(values[row["x"]]):
                values[row["x"]] = row["value"]
    predicates = sorted(row["p"] for row in rows(_PREDICATES_QUERY)
                        if _relation(row, include_mentions, None) is not None)
    query = _EVIDENCE_RANGES_QUERY if joins_ranges(dataset) else _EVIDENCE_QUERY
    found = rows(query.replace("{predicates}", " ".join(p.n3() for p in predicates))) if predicates else []
    records = []
    for row in found:
        name = _relation(row, include_mentions, None)
        ev, doc = row["ev"], row["doc"]
        start, end = fact_interval(shared["vf"].get(ev), shared["vu"].get(ev), row["d"],
                                   inferred_until=shared["iu"].get(ev))
        docid = shared["docid"].get(doc) if doc is not None else None
        title = shared["title"].get(doc) if doc is not None else None
        language = shared["language"].get(doc) if doc is not None else None
        records.append(
            {
                "quote": _text(row["quote"]),
                "document": str(docid) if docid is not None else _text(doc),
                "title": _text(title),
                "language": _text(language),
                "date": start,
                "start": start,
                "end": end,
                "predicate": name,
                "role": _text(row["role"]),
                "portfolio": _text(shared["portfolio"].get(ev)),
                "confidence": float(row["confidence"]) if row["confidence"] is not None else None,
                "source": str(row["s"]),
                "target": str(row["o"]),
                "evidence": str(ev),
                "curated": False,
                "curation": None,
                "note": None,
                "_offset": int(row["offset"]) if row["offset"] is not None else 0,
            }
        )
    for row in run_sparql(dataset, _CURATED_QUERY, check=False, timeout=timeout or DEFAULT_TIMEOUT).rows:
        name = _relation(row, include_mentions, None)
        if name is None:
            continue
        start, end = fact_interval(row["vf"], row["vu"], inferred_until=row["iu"])
        records.append({
            "quote": None, "document": None, "title": None, "language": None, "date": start, "start": start, "end": end,
            "predicate": name, "role": _text(row["role"]), "portfolio": _text(row["portfolio"]), "confidence": None,
            "source": str(row["s"]), "target": str(row["o"]), "evidence": str(row["ev"]),
            "curated": True, "curation": _text(row["curation"]), "note": _text(row["note"]), "_offset": 0,
        })
    records.sort(key=lambda r: (r["document"] or "", r["_offset"], r["evidence"]))
    for record in records:
        del record["_offset"]
    return records


def undated(record: dict) -> bool:
    """Does an evidence record have no time at all (a document with no date, a correction with no period)?

    >>> undated({"start": None, "end": None}), undated({"start": None, "end": "2019-06-30"})
    (True, False)
    """
    return record["start"] is None and record["end"] is None


def to_networkx(dataset, *, include_mentions: bool = False, at: str | None = None,
                between: tuple[str, str] | None = None, as_of: str | None = None, min_confidence: float | None = None,
                predicates=None, multi: bool = False, timeout: float | None = None, dated_only: bool = False):
    """Project ``dataset`` onto networkx (see the module docstring for the exact contract). A node
    whose every fact has no time at all is marked ``undated`` (a window keeps it only for that
    reason; only under a window); ``dated_only`` leaves such facts out."""
    from .event_labels import label_events
    from .g40_membership import members_of
    from .names import entity_index
    from .query import run_sparql

    records = evidence_records(dataset, include_mentions=include_mentions, at=at, between=between, as_of=as_of,
                               min_confidence=min_confidence, predicates=predicates, timeout=timeout,
                               dated_only=dated_only)
    index = entity_index(dataset)
    window = TimeWindow(at=at, between=between, as_of=as_of)
    members = members_of(dataset, window.parameters(), timeout).members if window else \
        {str(row["m"]) for row in run_sparql(dataset, _MEMBER_QUERY, check=False).rows}  # the G40 members of the window
    graph = nx.MultiDiGraph() if multi else nx.Graph()
    graph.graph["projection"] = "g40kg"

    def add_node(iri: str, record: dict, end: str) -> bool:
        if iri in graph:
            return True
        entry = index.get(iri)
        if entry is not None:
            node_type, label = entry.type, entry.label
            if node_type == "Ministry" and window:  # named as in its TOOI period(s) then
                label = ministry_label_over(dataset, iri, window, label)
        elif include_mentions and end == "source" and record["predicate"] == "mentions":
            node_type, label = "Document", record["title"] or record["document"] or iri
        else:
            return False  # not an entity (e.g. an untyped IRI): no node
        graph.add_node(iri, type=node_type, label=label, g40_member=iri in members, iri=iri)
        return True

    for record in sorted(records, key=lambda r: (r["source"], r["target"], r["predicate"])):
        source, target = record["source"], record["target"]
        if source == target or not (add_node(source, record, "source") and add_node(target, record, "target")):
            continue
        key = record["predicate"]
        if multi:
            if not graph.has_edge(source, target, key):
                graph.add_edge(source, target, key=key, predicate=key, predicates=[key], evidence=[], weight=0)
            data = graph.edges[source, target, key]
        else:
            if not graph.has_edge(source, target):
                graph.add_edge(source, target, predicates=[], evidence=[], weight=0)
            data = graph.edges[source, target]
            if key not in data["predicates"]:
                data["predicates"] = sorted([*data["predicates"], key])
        data["evidence"].append(record)
    for *_, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda r: r["document"] or "")  # stable: offsets within a document
        data["weight"] = len({support(r) for r in data["evidence"]})
    label_events(graph)  # "bestuurlijk overleg BZK (20-11-2026)" (walkthrough 47, finding 15)
    if window:  # only a window keeps facts for having no time at all
        dated = {n for source, target, data in graph.edges(data=True)
                 if not all(undated(r) for r in data["evidence"]) for n in (source, target)}
        for node, data in graph.nodes(data=True):
            if node not in dated:
                data["undated"] = True
    return graph
