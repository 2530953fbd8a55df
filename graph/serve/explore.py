"""Read-only look-ups behind the explorer pages: counts, search, entity facts with evidence, documents.

Every function takes the dataset first and returns plain dicts and lists (JSON-ready, with IRIs
as strings), so the HTML page and its ``.json`` twin show the same data. User input only ever
reaches SPARQL as bound RDF terms (``initBindings``), never as query text.

Examples
--------
>>> from rdflib import Dataset
>>> from graph.serve.explore import counts
>>> counts(Dataset(default_union=True))["documents"]
0
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from ..derived import expect, remembered
from ..docdate import period_text
from ..privacy import contact_spans, mask_contacts, masked_text, moved
from ..query import engine_of, joins_ranges
from ..shortcuts import ministry_earlier_names
from ..tenure import PARTICIPATION
from ..timefilter import ministry_label_in, shown_date
from ..vocab import CORE_PREDICATES, G40, G40ID, KINDS, PREFIXES, REFERENCE_GRAPH

__all__ = [
    "EXPLORER_PREDICATES",
    "GRAPH_FOLDER_KEY",
    "SYMMETRIC_PREDICATES",
    "counts",
    "document",
    "documents",
    "entity",
    "entity_iri",
    "entity_path",
    "merged_into",
    "evidence_links",
    "label_of",
    "labels_of",
    "labels",
    "mentioned",
    "neighbourhood",
    "renamed_document",
    "search",
    "text_segments",
    "top_connected",
]

#: the key under which a served manifest carries the graph folder it was read from (not in the file)
GRAPH_FOLDER_KEY = "_graph_folder"

log = logging.getLogger(__name__)

#: Relations shown on entity pages (``memberOf`` is the shortcut of ``hasRole``).
EXPLORER_PREDICATES = tuple(p for p in CORE_PREDICATES) + ("memberOf",)
#: Relations stored once in the direction found (docs/architecture.md).
SYMMETRIC_PREDICATES = ("collaboratesWith",)
_PREDICATE_VALUES = " ".join(f"g40:{p}" for p in EXPLORER_PREDICATES if p != "hasRole")
_ENTITY_CLASSES = ("Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit",
                   "Programme", "Event", "Theme")
_KEY = re.compile(r"^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$")


def _rows(dataset, text: str, **bindings):
    return list(dataset.query(text, initNs=PREFIXES, initBindings=bindings))


def _int(term) -> int:
    return int(term.toPython()) if term is not None else 0


def counts(dataset, manifest: dict | None = None) -> dict:
    """How many documents, entities (per class) and extracted facts the graph holds.

    ``entities`` and ``classes`` count what the documents mention, as the build summary does: the
    manifest's ``counts.entities`` when it describes this graph (same triple count), else the
    mentioned entities by class. ``reference`` counts the reference graph (the gazetteer: every
    municipality, ministry …, mentioned or not). Graph counts are kept beside the graph
    (:mod:`graph.derived`; 1.4 s of queries at 10^6 triples).

    >>> from graph.store import new_dataset
    >>> counts(new_dataset(), {"counts": {"triples": 0, "entities": {"Ministry": 2}}})["classes"]
    {'Ministry': 2}
    """
    return remembered(dataset, "counts", {}, lambda: _counted(dataset, manifest), code=(__file__,),
                      decode=expect(dict, keys=_COUNT_KEYS))


def _manifest_entities(manifest: dict | None, triples: int) -> dict | None:
    """The build's entity counts by type, when ``manifest`` is this graph's (None otherwise).

    >>> _manifest_entities({"counts": {"triples": 5, "entities": {"Person": 3}}}, 5)
    {'Person': 3}
    >>> _manifest_entities({"counts": {"triples": 4, "entities": {"Person": 3}}}, 5) is None
    True
    """
    built = (manifest or {}).get("counts") or {}
    entities = built.get("entities")
    if built.get("triples") != triples or not isinstance(entities, dict):
        return None
    if not all(isinstance(n, int) for n in entities.values()):
        return None
    return dict(entities)


def _in_class_order(classes: dict) -> dict:
    """``classes`` without zeros, in the order of the entity classes (others after them)."""
    order = {name: i for i, name in enumerate(_ENTITY_CLASSES)}
    return {c: n for c, n in sorted(classes.items(), key=lambda item: (order.get(item[0], len(order)), item[0])) if n}


def _class_counts(dataset, query: str) -> dict:
    """Entity class local name → count, from a ``?cls ?n`` query."""
    return {
        str(row.cls)[len(str(G40)):]: _int(row.n)
        for row in _rows(dataset, query)
        if str(row.cls).startswith(str(G40)) and str(row.cls)[len(str(G40)):] in _ENTITY_CLASSES
    }


def _counted(dataset, manifest: dict | None) -> dict:
    triples = len(dataset)
    classes = _manifest_entities(manifest, triples)
    if classes is None:  # no build summary of this graph: count the mentioned entities
        classes = _class_counts(dataset, _MENTIONED_CLASSES)
    classes = _in_class_order(classes)
    facts = _rows(dataset, _FACT_COUNT_RANGES if joins_ranges(dataset) else _FACT_COUNT)
    documents = _rows(dataset, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a g40:Document }")
    reference = _in_class_order(_class_counts(dataset, _REFERENCE_CLASSES))
    return {
        "documents": _int(documents[0].n) if documents else 0,
        "entities": sum(classes.values()),
        "facts": _int(facts[0].n) if facts else 0,
        "classes": classes,
        "reference": {"entities": sum(reference.values()), "classes": reference},
        "triples": triples,
    }


_MENTIONED_CLASSES = "SELECT ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE { ?doc g40:mentions ?e . ?e a ?cls } GROUP BY ?cls"
_REFERENCE_CLASSES = f"""SELECT ?cls (COUNT(DISTINCT ?e) AS ?n) WHERE {{
    GRAPH <{REFERENCE_GRAPH}> {{ ?e a ?cls }} }} GROUP BY ?cls"""


# Counting evidence: the same numbers from whole index ranges (graph.query.joins_ranges), at 10^6
# triples 0.88 -> 0.18 s (facts) and 1.29 -> 0.31 s (per document).
_FACT_COUNT = "SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?ev a g40:Evidence ; rdf:predicate ?p FILTER(?p != g40:mentions) }"
_FACT_COUNT_RANGES = """SELECT (COUNT(DISTINCT ?ev) AS ?n) WHERE {
    { SELECT ?ev WHERE { ?ev a g40:Evidence } }
    { SELECT ?ev WHERE { ?ev rdf:predicate ?p FILTER(?p != g40:mentions) } }
}"""
_FACTS_PER_DOCUMENT = """SELECT ?doc (COUNT(DISTINCT ?ev) AS ?facts) WHERE {
    ?ev rdf:predicate ?p . FILTER(?p != g40:mentions) ?ev prov:wasDerivedFrom ?doc ; a g40:Evidence
} GROUP BY ?doc"""
_FACTS_PER_DOCUMENT_RANGES = """SELECT ?doc (COUNT(DISTINCT ?ev) AS ?facts) WHERE {
    { SELECT ?ev WHERE { ?ev rdf:predicate ?p FILTER(?p != g40:mentions) } }
    { SELECT ?ev ?doc WHERE { ?ev prov:wasDerivedFrom ?doc } }
    { SELECT ?ev WHERE { ?ev a g40:Evidence } }
} GROUP BY ?doc"""

_COUNT_KEYS = frozenset(("documents", "entities", "facts", "classes", "reference", "triples"))
_DOCUMENT_KEYS = frozenset(("iri", "id", "label", "date", "facts", "path"))


def top_connected(dataset, cls: str, limit: int = 10) -> list[dict]:
    """Entities of class ``cls`` (e.g. ``"Ministry"``) with the most distinct neighbours."""
    # "?e a ?cls" is repeated inside each branch, after VALUES: rdflib's evaluator then binds ?p
    # and walks the union per predicate. With "?e a ?cls . VALUES … { } UNION { }" it compared
    # every (?e, ?p) row with every triple the unbound union found (a nested loop that took
    # minutes on the 7,000 triples of the bundled build). Oxigraph is as fast either way.
    query = f"""SELECT ?e (COUNT(DISTINCT ?n) AS ?degree) WHERE {{
        VALUES ?p {{ {_PREDICATE_VALUES} }}
        {{ ?e a ?cls ; ?p ?n }} UNION {{ ?e a ?cls . ?n ?p ?e }}
    }} GROUP BY ?e ORDER BY DESC(?degree) ?e LIMIT {int(limit)}"""
    found = [
        {"iri": str(row.e), "label": label_of(dataset, row.e), "degree": _int(row.degree), "path": entity_path(row.e)}
        for row in _rows(dataset, query, cls=G40[cls])
    ]
    return with_earlier(dataset, found) if cls == "Ministry" else found


def with_earlier(dataset, items: list[dict]) -> list[dict]:
    """``items`` (with ``iri`` and ``label``), a ministry among them with ``earlier``: the names of its other
    name periods that its facts use, which a page shows after its name, "EZK (eerder EZ)" (an entity over
    time, as the command line names it: :func:`graph.shortcuts.ministry_earlier_names`)."""
    earlier = earlier_names(dataset)
    return [dict(item, earlier=earlier[item["iri"]]) if earlier.get(item["iri"]) else item for item in items]


_EARLIER_CACHE: dict[int, tuple] = {}


def earlier_names(dataset) -> dict[str, list[str]]:
    """Ministry IRI → the names of its other name periods that its facts use, for each ministry that had
    more than one name (computed once per graph and kept beside it, :mod:`graph.derived`: at 10,000
    documents reading every quote of a ministry takes 0.3 s, too long for each search)."""
    key = id(dataset)
    if key not in _EARLIER_CACHE or _EARLIER_CACHE[key][0]() is not dataset:
        import weakref

        from .. import shortcuts, timefilter

        found = remembered(dataset, "ministry-earlier-names", {}, lambda: _earlier_names(dataset),
                           code=(__file__, shortcuts.__file__, timefilter.__file__), decode=expect(dict, list))
        weakref.finalize(dataset, _EARLIER_CACHE.pop, key, None)
        _EARLIER_CACHE[key] = weakref.ref(dataset), found
    return _EARLIER_CACHE[key][1]


def _earlier_names(dataset) -> dict[str, list[str]]:
    from ..timefilter import ministry_periods

    renamed = sorted(iri for iri, spans in ministry_periods(dataset).items() if len({name for *_, name in spans}) > 1)
    evidence: dict[str, list[dict]] = {}
    for row in _rows_for_each(dataset, renamed, _MINISTRY_EVIDENCE):
        evidence.setdefault(str(row.x), []).append(
            {"start": str(row.start) if row.start is not None else None, "quote": str(row.quote)})
    return {iri: ministry_earlier_names(dataset, iri, label_of(dataset, iri), records)
            for iri, records in sorted(evidence.items())}


#: the quotes and dates of a ministry's facts (``?x``), as :func:`with_earlier` reads them
_MINISTRY_EVIDENCE = """SELECT ?x ?quote ?start WHERE {
    VALUES ?x { {values} }
    { ?ev rdf:subject ?x } UNION { ?ev rdf:object ?x }
    ?ev a g40:Evidence ; rdf:predicate ?p ; g40:quote ?quote . FILTER(?p != g40:mentions)
    OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev dcterms:date ?date } BIND(COALESCE(?from, ?date) AS ?start)
}"""


def mentioned(dataset) -> set[str]:
    """IRIs of everything some document mentions (kept beside the graph: :mod:`graph.derived`)."""
    return set(remembered(dataset, "mentioned", {}, lambda: sorted(
        {str(row.e) for row in _rows(dataset, "SELECT DISTINCT ?e WHERE { ?doc g40:mentions ?e }")}),
        code=(__file__,), decode=expect(list, str)))


def search(dataset, text: str, limit: int = 50, *, mentioned_iris: set[str] | None = None,
           document_list: list[dict] | None = None, unsearched_ids: frozenset = frozenset()) -> list[dict]:
    """Entities and documents whose name, alias or title contains ``text`` (any case, accents ignored;
    a leading type word is also read as the type: "gemeente Breda", "ministerie van Financiën").

    Exact matches come before prefix matches before others; among equals, what the documents
    mention comes before reference data no document speaks of. Entities come from the name index
    of :mod:`graph.names` (built once per dataset); pass ``mentioned_iris`` (:func:`mentioned`)
    and ``document_list`` (:func:`documents`) to reuse them across searches. A document whose id
    is in ``unsearched_ids`` (the manifest's ``name_in_id``: the id spells a removed person's name)
    is found by its (masked) title only.
    """
    from ..names import entity_index, normalise, type_word

    needle = normalise(text)
    if not needle:
        return []
    typed, rest = type_word(needle)  # "gemeente Breda": Breda among the municipalities
    if mentioned_iris is None:
        mentioned_iris = mentioned(dataset)
    candidates = [(e.iri, e.label, e.type, e.names) for e in entity_index(dataset).values()]
    candidates += [(d["iri"], d["label"], "Document", (d["label"],) if d["id"] in unsearched_ids else (d["label"], d["id"]))
                   for d in (document_list if document_list is not None else documents(dataset))]
    hits = []
    for iri, label, kind, names in candidates:
        best, matched = 0, None
        needles = (needle, rest) if typed == kind and rest else (needle,)
        for name in names:
            key = normalise(name)
            for wanted in needles:
                score = 3 if key == wanted else 2 if key.startswith(wanted) else 1 if wanted in key else 0
                if score > best:
                    best, matched = score, name
        if best:
            hits.append({"iri": iri, "label": label, "type": kind, "path": entity_path(iri), "matched": matched,
                         "score": best, "in_documents": kind == "Document" or iri in mentioned_iris})
    hits.sort(key=lambda h: (-h["score"], not h["in_documents"], h["label"].lower(), h["iri"]))
    return with_earlier(dataset, hits[:limit] if hits else suggestions(dataset, text, mentioned_iris))


#: how many "did you mean" entities a search without hits offers
SUGGESTIONS = 5


def suggestions(dataset, text: str, mentioned_iris: set[str]) -> list[dict]:
    """Entities whose names resemble ``text`` when none contains it (a typo: "jansne" → Jansen),
    as :func:`search` hits with ``suggestion: True`` and score 0, best first; the ranking of the
    command line's ``g40kg search`` (:func:`graph.names.search_entities`)."""
    from ..names import search_entities

    return [{"iri": hit["iri"], "label": hit["label"], "type": hit["type"], "path": entity_path(hit["iri"]),
             "matched": hit["matched"], "score": 0, "in_documents": hit["iri"] in mentioned_iris, "suggestion": True}
            for hit in search_entities(dataset, text, limit=SUGGESTIONS, cutoff=0.7)]


def labels(dataset, cls: str | tuple[str, ...] | None = None, limit: int = 500) -> list[str]:
    """Preferred labels of the entities of class ``cls`` (or of several; all entity classes when None)
    that a fact or a document names, sorted: the hundreds of municipalities and ministries of the
    reference data that no document names are no answer to offer."""
    classes = list(cls) if isinstance(cls, tuple) else [cls] if cls else list(_ENTITY_CLASSES)
    found = set()
    for name in classes:
        for row in _rows(dataset, _NAMED_LABELS, cls=G40[name]):
            found.add(str(row.label))
    return sorted(found, key=str.lower)[:limit]


_NAMED_LABELS = """SELECT DISTINCT ?label WHERE {
  ?e a ?cls ; skos:prefLabel ?label .
  FILTER EXISTS { { ?doc g40:mentions ?e } UNION { ?ev rdf:subject ?e } UNION { ?ev rdf:object ?e } }
}"""


def entity_iri(kind: str, key: str) -> URIRef | None:
    """The IRI for URL parts ``kind``/``key``, or None when they cannot name an entity."""
    if kind not in KINDS or not _KEY.match(key or "") or ".." in key.split("/"):
        return None
    return G40ID[f"{kind}/{key}"]


def merged_into(dataset, iri) -> URIRef | None:
    """The entity a curated merge put ``iri`` into (``into owl:sameAs iri``, the merge's trace) when the
    graph holds no entity ``iri`` of its own any more; else None. A link to a merged-away person leads on.

    >>> from rdflib import Dataset
    >>> from rdflib.namespace import OWL
    >>> ds = Dataset(default_union=True)
    >>> a, b = G40ID["person/jan-de-vriess"], G40ID["person/jan-de-vries"]
    >>> _ = ds.add((b, RDF.type, G40.Person)); _ = ds.add((b, OWL.sameAs, a))
    >>> merged_into(ds, a) == b, merged_into(ds, b)
    (True, None)
    """
    from rdflib.namespace import OWL

    if iri is None or (iri, RDF.type, None) in dataset:
        return None
    for into in sorted(dataset.subjects(OWL.sameAs, iri)):
        if str(into).startswith(str(G40ID)) and (into, RDF.type, None) in dataset:
            return into
    return None


def entity_path(iri) -> str | None:
    """The explorer URL path of a ``g40id:`` IRI (``/entity/ministry/mnre1045``), else None."""
    text = str(iri)
    if not text.startswith(str(G40ID)):
        return None
    local = text[len(str(G40ID)):]
    kind, _, key = local.partition("/")
    if kind == "document":
        return f"/document/{key}"
    if kind in KINDS and _KEY.match(key):
        return f"/entity/{local}"
    return None


#: IRIs per query of :func:`_rows_for_each`.
_BATCH = 500


def _rows_for_each(dataset, iris: list[str], query: str) -> list:
    """The rows of ``query`` (its ``{values}`` is the VALUES list of ``?x``) for ``iris``, in one
    query per 500 IRIs.

    On Oxigraph and a remote ``--endpoint`` this replaces a few look-ups per IRI through rdflib's
    API: on the on-disk store a question page of 2,191 evidence rows spent 0.27 s on them, and
    against an endpoint each look-up is a request. The callers look each IRI up on the rdflib
    engine instead, whose in-memory look-ups are cheaper than its SPARQL.
    """
    rows = []
    for first in range(0, len(iris), _BATCH):
        values = " ".join(URIRef(iri).n3() for iri in iris[first:first + _BATCH])
        rows += _rows(dataset, query.replace("{values}", values))
    return rows


def evidence_links(dataset, terms) -> dict[str, str]:
    """The document link (with the quote's offsets) of each evidence node among ``terms``; other
    terms are ignored, and an evidence node without a document gets no link.

    >>> from rdflib import Dataset
    >>> ds = Dataset(default_union=True)
    >>> ev, doc = G40ID["evidence/e1"], G40ID["document/doc-a"]
    >>> for p, o in ((PREFIXES["prov"].wasDerivedFrom, doc), (G40.startOffset, Literal(3)), (G40.endOffset, Literal(9))):
    ...     _ = ds.add((ev, p, o))
    >>> evidence_links(ds, [ev, doc, None, Literal("tekst")])
    {'https://w3id.org/g40kg/id/evidence/e1': '/document/doc-a?start=3&end=9#evidence'}
    """
    prefix = str(G40ID["evidence/"])
    evidence = sorted({str(t) for t in terms if isinstance(t, URIRef) and str(t).startswith(prefix)})
    if engine_of(dataset) == "rdflib":
        return {iri: link for iri in evidence if (link := _evidence_link(dataset, URIRef(iri)))}
    links: dict[str, str] = {}
    query = """SELECT ?x ?doc ?start ?end WHERE {
        VALUES ?x { {values} }
        ?x prov:wasDerivedFrom ?doc .
        OPTIONAL { ?x g40:startOffset ?start } OPTIONAL { ?x g40:endOffset ?end }
    }"""
    for row in _rows_for_each(dataset, evidence, query):
        if str(row.x) not in links and (link := _document_link(row.doc, row.start, row.end)):
            links[str(row.x)] = link
    return links


def _evidence_link(dataset, evidence: URIRef) -> str | None:
    document = dataset.value(evidence, PREFIXES["prov"].wasDerivedFrom)
    start, end = dataset.value(evidence, G40.startOffset), dataset.value(evidence, G40.endOffset)
    return _document_link(document, start, end)


def _document_link(document, start, end) -> str | None:
    """The document's page, at the quote from ``start`` to ``end`` when both are known."""
    path = entity_path(document) if document is not None else None
    if path and start is not None and end is not None:
        path += f"?start={_int(start)}&end={_int(end)}#evidence"
    return path


#: Where a label comes from, in order of preference.
_LABEL_PREDICATES = (PREFIXES["skos"].prefLabel, PREFIXES["rdfs"].label, PREFIXES["dcterms"].title)


def label_of(dataset, iri) -> str:
    """The preferred label of ``iri`` (skos:prefLabel, rdfs:label, dcterms:title, else the IRI's tail)."""
    from ..names import entity_index

    entry = entity_index(dataset).get(str(iri))  # built once per dataset
    if entry is not None:
        return entry.label
    node = URIRef(str(iri))
    for predicate in _LABEL_PREDICATES:
        for value in dataset.objects(node, predicate):
            return str(value)
    return _tail(iri)


def labels_of(dataset, iris) -> dict[str, str]:
    """:func:`label_of` of each of ``iris`` (documents, mostly), read together.

    >>> from rdflib import Dataset
    >>> ds = Dataset(default_union=True)
    >>> _ = ds.add((G40ID["document/doc-a"], PREFIXES["dcterms"].title, Literal("Jaarverslag")))
    >>> labels_of(ds, [G40ID["document/doc-a"], G40ID["document/doc-b"]])
    {'https://w3id.org/g40kg/id/document/doc-a': 'Jaarverslag', 'https://w3id.org/g40kg/id/document/doc-b': 'doc-b'}
    """
    from ..names import entity_index

    wanted = sorted({str(iri) for iri in iris if iri is not None})
    if engine_of(dataset) == "rdflib":
        return {iri: label_of(dataset, iri) for iri in wanted}
    index = entity_index(dataset)
    labels = {iri: index[iri].label for iri in wanted if iri in index}
    query = """SELECT ?x ?label1 ?label2 ?label3 WHERE {
        VALUES ?x { {values} }
        OPTIONAL { ?x skos:prefLabel ?label1 } OPTIONAL { ?x rdfs:label ?label2 } OPTIONAL { ?x dcterms:title ?label3 }
    }"""
    for row in _rows_for_each(dataset, [iri for iri in wanted if iri not in labels], query):
        label = next((value for value in (row.label1, row.label2, row.label3) if value is not None), None)
        if label is not None:
            labels.setdefault(str(row.x), str(label))
    return {iri: labels[iri] if iri in labels else _tail(iri) for iri in wanted}


def _tail(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def _types(dataset, node) -> list[str]:
    return sorted(str(t).rsplit("#", 1)[-1] for t in dataset.objects(node, RDF.type) if str(t).startswith(str(G40)))


def entity(dataset, iri) -> dict | None:
    """Everything the entity page shows: labels, attributes, facts grouped by relation, documents.

    Each fact holds the other entity and its evidence (quote, document, offsets, rule, confidence),
    or for a fact added by hand (``data/curated/``) its curation entry: ``curated`` true,
    ``curation`` (file and line) and ``note`` (the curator's reason), without quote or document.
    Returns None when the graph says nothing about ``iri``.
    """
    from ..curation_log import entity_rules

    node = URIRef(str(iri))
    types = _types(dataset, node)
    if not types and (node, None, None) not in dataset and (None, None, node) not in dataset:
        return None
    skos, rdfs = PREFIXES["skos"], PREFIXES["rdfs"]
    attributes = []
    for predicate, value in sorted(dataset.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
        if isinstance(value, Literal) and predicate not in (skos.prefLabel, rdfs.label, skos.altLabel):
            attributes.append({"property": _qname(predicate), "value": str(value),
                               "datatype": value.datatype.rsplit("#", 1)[-1] if value.datatype else None})
    facts: dict[tuple, dict] = {}

    def fact(predicate: str, direction: str, other) -> dict:
        if predicate in SYMMETRIC_PREDICATES:  # stored once, in the direction found: one group
            direction = "out"
        key = (predicate, direction, str(other))
        if key not in facts:
            facts[key] = {"predicate": predicate, "direction": direction, "iri": str(other),
                          "label": label_of(dataset, other), "path": entity_path(other),
                          "types": _types(dataset, other), "roles": [], "evidence": []}
        return facts[key]

    direct = f"""SELECT ?p ?o ?dir WHERE {{
        VALUES ?p {{ {_PREDICATE_VALUES} }}
        {{ ?e ?p ?o BIND("out" AS ?dir) }} UNION {{ ?o ?p ?e BIND("in" AS ?dir) }}
    }}"""
    for row in _rows(dataset, direct, e=node):
        predicate = _local(row.p)
        fact("hasRole" if predicate == "memberOf" else predicate, str(row.dir), row.o)
    roles = """SELECT ?m ?org ?person ?role WHERE {
        { ?e g40:hasRole ?m . ?m org:organization ?org . BIND(?e AS ?person) }
        UNION { ?m org:organization ?e ; org:member ?person . BIND(?e AS ?org) }
        OPTIONAL { ?m g40:roleLabel ?role }
    }"""
    for row in _rows(dataset, roles, e=node):
        outgoing = str(row.person) == str(node)
        item = fact("hasRole", "out" if outgoing else "in", row.org if outgoing else row.person)
        if row.role is not None and str(row.role) not in item["roles"]:
            item["roles"].append(str(row.role))
    evidence = """SELECT ?ev ?s ?p ?o ?quote ?start ?end ?doc ?rule ?conf ?date ?from ?until ?up ?inferred ?laterDoc
                         ?laterCuration ?laterHolder ?laterPredicate ?docLang WHERE {
        { ?ev rdf:subject ?e . BIND(?e AS ?s) ?ev rdf:object ?o } UNION { ?ev rdf:object ?e . BIND(?e AS ?o) ?ev rdf:subject ?s }
        ?ev a g40:Evidence ; rdf:predicate ?p ; g40:quote ?quote ; prov:wasDerivedFrom ?doc .
        FILTER(?p != g40:mentions)
        OPTIONAL { ?ev g40:startOffset ?start } OPTIONAL { ?ev g40:endOffset ?end }
        OPTIONAL { ?ev g40:rule ?rule } OPTIONAL { ?ev g40:confidence ?conf } OPTIONAL { ?ev dcterms:date ?date }
        OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev g40:validUntil ?until OPTIONAL { ?ev g40:validUntilPrecision ?up } }
        OPTIONAL { ?ev g40:inferredUntil ?inferred ; g40:endedBy ?later .
                   OPTIONAL { ?later prov:wasDerivedFrom ?laterDoc } OPTIONAL { ?later dcterms:source ?laterCuration }
                   OPTIONAL { ?later rdf:subject ?laterHolder } OPTIONAL { ?later rdf:predicate ?laterPredicate } }
        OPTIONAL { ?doc dcterms:language ?docLang }
    }"""
    extracted, curated = _rows(dataset, evidence, e=node), _rows(dataset, _CURATED_EVIDENCE, e=node)
    # sorted here: Oxigraph's ORDER BY reads each IRI's text for every comparison (44 ms for 2,191 documents)
    mentioned = sorted(_rows(dataset, "SELECT DISTINCT ?doc WHERE { ?doc g40:mentions ?e }", e=node),
                       key=lambda row: str(row.doc))
    documents = labels_of(dataset, [row.doc for row in extracted] + [row.doc for row in mentioned]
                          + [row.laterDoc for row in extracted if row.laterDoc is not None])
    for rows, record in ((extracted, _evidence), (curated, _curated_evidence)):
        for row in rows:
            outgoing = str(row.s) == str(node)
            item = fact(_local(row.p), "out" if outgoing else "in", row.o if outgoing else row.s)
            item["evidence"].append(record(row, documents))
    for item in facts.values():  # a ministry over the time of its facts here, "EZK (eerder EZ)"
        if "Ministry" in item["types"]:
            item["earlier"] = ministry_earlier_names(dataset, item["iri"], item["label"], _dated(item["evidence"]))
    grouped: dict[str, list] = {}
    for item in sorted(facts.values(), key=lambda f: (f["predicate"], f["direction"], f["label"].lower())):
        # curated statements (no document) first, then by document and offset
        item["evidence"].sort(key=lambda e: (e["document"] or "", e["start"] if e["start"] is not None else -1,
                                             e["curation"] or ""))
        grouped.setdefault(f'{item["predicate"]}:{item["direction"]}', []).append(item)
    mentioned_in = [
        {"iri": str(row.doc), "label": documents[str(row.doc)], "path": entity_path(row.doc)} for row in mentioned
    ]
    label = label_of(dataset, node)
    return {
        "iri": str(node),
        "label": label,
        # a ministry: the names of its other name periods that its facts use (the heading says "EZK (eerder EZ)")
        "earlier": ministry_earlier_names(dataset, str(node), label, _dated(
            [e for item in facts.values() for e in item["evidence"]])) if "Ministry" in types else [],
        "types": types,
        "alt_labels": sorted({str(v) for v in dataset.objects(node, skos.altLabel)}),
        "same_as": sorted({str(v) for v in dataset.objects(node, PREFIXES["owl"].sameAs)}),
        # the ones this graph has a page of (an entity merged into this one): linked here, not on the web
        "same_as_paths": {str(v): entity_path(v) for v in dataset.objects(node, PREFIXES["owl"].sameAs)
                          if entity_path(v) is not None},
        "attributes": attributes,
        "curation": entity_rules(dataset, node),  # merges into it, suppressions of its facts (graph.curation_log)
        "facts": grouped,
        "documents": mentioned_in,
    }


def _dated(evidence: list[dict]) -> list[dict]:
    """The entity page's evidence records as :func:`graph.shortcuts.ministry_earlier_names` reads them: the
    time of the fact (its ``start`` there is an offset in the text) and its quote."""
    return [{"start": e["valid_from"] or e["date"], "quote": e["quote"]} for e in evidence]


#: Facts added by hand (``data/curated/``, :mod:`graph.curate`): the curation entry is their evidence.
_CURATED_EVIDENCE = """SELECT ?ev ?s ?p ?o ?curation ?note ?from ?until WHERE {
    { ?ev rdf:subject ?e . BIND(?e AS ?s) ?ev rdf:object ?o } UNION { ?ev rdf:object ?e . BIND(?e AS ?o) ?ev rdf:subject ?s }
    ?ev a g40:CuratedStatement ; rdf:predicate ?p .
    OPTIONAL { ?ev dcterms:source ?curation } OPTIONAL { ?ev rdfs:comment ?note }
    OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev g40:validUntil ?until }
}"""


def _curated_evidence(row, documents: dict[str, str]) -> dict:
    """A curated statement in the shape of :func:`_evidence`: no quote or document, but where it
    was curated (``curation``: file and line) and why (``note``). ``documents`` is unused: the
    two record makers take the same arguments."""
    return {
        "iri": str(row.ev),
        "quote": None, "language": None, "document": None, "document_label": None, "document_path": None,
        "start": None, "end": None, "rule": None, "confidence": None, "date": None,
        "valid_from": str(getattr(row, "from")) if getattr(row, "from") is not None else None,
        "valid_until": str(row.until) if row.until is not None else None,
        "curated": True,
        "curation": str(row.curation) if row.curation is not None else None,
        "note": str(row.note) if row.note is not None else None,
    }


def _evidence(row, documents: dict[str, str]) -> dict:
    """One evidence row of :func:`entity`; ``documents`` holds the documents' labels."""
    return {
        "iri": str(row.ev),
        "quote": str(row.quote),
        "language": str(row.docLang) if row.docLang is not None else None,  # the document's: the quote's lang
        "document": str(row.doc),
        "document_label": documents[str(row.doc)],
        "document_path": entity_path(row.doc),
        "start": _int(row.start) if row.start is not None else None,
        "end": _int(row.end) if row.end is not None else None,
        "rule": str(row.rule) if row.rule is not None else None,
        "confidence": float(row.conf.toPython()) if row.conf is not None else None,
        "date": str(row.date) if row.date is not None else None,
        "valid_from": str(getattr(row, "from")) if getattr(row, "from") is not None else None,
        "valid_until": str(row.until) if row.until is not None else None,
        "valid_until_shown": shown_date(row.until, row.up),  # "2018" for "tot 2019" (round 41t)
        # a term of a single office that a later holder ends before the text does (graph.tenure): the day before, and where
        "inferred_until": (str(row.inferred) if row.inferred is not None
                           and (row.until is None or str(row.inferred) < str(row.until)) else None),
        "ended_by_label": documents[str(row.laterDoc)] if row.laterDoc is not None else None,
        "ended_by_path": entity_path(row.laterDoc) if row.laterDoc is not None else None,
        "ended_by_curation": str(row.laterCuration) if row.laterCuration is not None else None,
        "ended_by_cause": _end_cause(row),
        "curated": False,
        "curation": None,
        "note": None,
    }


def _end_cause(row) -> str | None:
    """Why :mod:`graph.tenure` ended the term of evidence ``row`` (None: it did not): ``exit`` (the
    evidence ending it is a participation: the town's stated exit), ``own`` (it is the same holder's:
    a stated end of the office) or ``next`` (another holder's: the next holder of a single office).
    The entity page says "vertrek gemeld in", "zelf gemeld einde in" or "de volgende bekleder staat in"."""
    if row.inferred is None:
        return None
    if row.laterPredicate is not None and _local(row.laterPredicate) == PARTICIPATION:
        return "exit"
    return "own" if row.laterHolder is not None and str(row.laterHolder) == str(row.s) else "next"


def neighbourhood(dataset, iri, limit: int = 40) -> dict:
    """A node-link dict of ``iri`` and its direct neighbours (for the small network on entity pages)."""
    node = URIRef(str(iri))
    query = f"""SELECT DISTINCT ?p ?n ?dir WHERE {{
        VALUES ?p {{ {_PREDICATE_VALUES} }}
        {{ ?e ?p ?n BIND("out" AS ?dir) }} UNION {{ ?n ?p ?e BIND("in" AS ?dir) }}
    }} ORDER BY ?n ?p LIMIT {int(limit) * 3}"""
    nodes = {str(node): {"id": str(node), "label": label_of(dataset, node), "types": _types(dataset, node),
                         "path": entity_path(node), "centre": True}}
    links = []
    for row in _rows(dataset, query, e=node):
        other = str(row.n)
        if other not in nodes:
            if len(nodes) > limit:
                continue
            nodes[other] = {"id": other, "label": label_of(dataset, row.n), "types": _types(dataset, row.n),
                            "path": entity_path(row.n), "centre": False}
        source, target = (str(node), other) if str(row.dir) == "out" else (other, str(node))
        links.append({"source": source, "target": target, "predicate": _local(row.p)})
    return {"nodes": list(nodes.values()), "links": links}


def documents(dataset) -> list[dict]:
    """All documents, with title, date and how many facts were read from each (kept beside the
    graph: :mod:`graph.derived`; 2.7 s of queries at 10^6 triples)."""
    return remembered(dataset, "document-list", {}, lambda: _listed_documents(dataset), code=(__file__,),
                      decode=expect(list, dict, _DOCUMENT_KEYS))


def _listed_documents(dataset) -> list[dict]:
    listed = """SELECT ?doc ?id (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end) WHERE {
        ?doc a g40:Document ; dcterms:identifier ?id .
        OPTIONAL { ?doc dcterms:date ?d } OPTIONAL { ?doc g40:periodStart ?s } OPTIONAL { ?doc g40:periodEnd ?e }
    } GROUP BY ?doc ?id"""
    # counted on their own: as an OPTIONAL of the query above, Oxigraph matched all evidence
    # against every document (0.76 s against 0.40 s for both queries at 10^6 triples)
    counted = _FACTS_PER_DOCUMENT_RANGES if joins_ranges(dataset) else _FACTS_PER_DOCUMENT
    facts = {str(row.doc): _int(row.facts) for row in _rows(dataset, counted)}
    rows = sorted(_rows(dataset, listed), key=lambda row: (str(row.id), str(row.doc)))  # as ORDER BY ?id, sooner
    rows.sort(key=lambda row: str(row.date or row.start or ""), reverse=True)  # the newest first (stable: by id)
    labels = labels_of(dataset, [row.doc for row in rows])
    return [
        {"iri": str(row.doc), "id": str(row.id), "label": labels[str(row.doc)],
         "date": str(row.date or "") or period_text(row.start and str(row.start), row.end and str(row.end)) or "",
         "facts": facts.get(str(row.doc), 0), "path": entity_path(row.doc)}
        for row in rows
    ]


@dataclass(frozen=True)
class Segment:
    """A piece of document text: plain, or a mention linking to its entity; ``highlight`` marks an evidence quote."""

    text: str
    iri: str | None = None
    path: str | None = None
    label: str | None = None
    highlight: bool = False


def document(dataset, document_id: str, manifest: dict | None = None, lang: str = "nl") -> dict | None:
    """The document page: metadata, mentions (with offsets), facts read from it, and its text.

    The text is read from the path recorded in the build manifest (never from a URL) and only
    shown when its checksum still matches; otherwise ``text`` is None and ``warning`` says why.
    Its contact details and the names of removed entities (the manifest's ``masked`` offsets) are
    masked (:mod:`graph.privacy`, marks in ``lang``); the mentions' offsets are those of the masked
    text, and ``shifts`` turns an offset of the file's text into one of the masked text
    (:func:`graph.privacy.moved`).
    """
    if not _KEY.match(document_id or "") or "/" in document_id:
        return None
    node = G40ID[f"document/{document_id}"]
    if (node, RDF.type, G40.Document) not in dataset:
        return None
    dcterms = PREFIXES["dcterms"]
    meta = {str(_qname(p)): str(o) for p, o in dataset.predicate_objects(node) if isinstance(o, Literal)}
    when = meta.get("dcterms:date") or meta.get("g40:periodEnd") or meta.get("g40:periodStart")  # as the exports

    def label_then(iri, quote: str) -> str:
        """The label of ``iri``, a ministry's as at the fact (:func:`graph.timefilter.ministry_label_in`)."""
        return ministry_label_in(dataset, str(iri), when, quote, label_of(dataset, iri))

    mentions = [
        {"iri": str(row.e), "label": label_then(row.e, str(row.quote)), "path": entity_path(row.e), "quote": str(row.quote),
         "start": _int(row.start), "end": _int(row.end)}
        for row in _rows(dataset, """SELECT ?e ?quote ?start ?end WHERE {
            ?ev rdf:subject ?doc ; rdf:predicate g40:mentions ; rdf:object ?e ; g40:quote ?quote ;
                g40:startOffset ?start ; g40:endOffset ?end } ORDER BY ?start""", doc=node)
    ]
    facts = [
        {"subject": str(row.s), "subject_label": label_then(row.s, str(row.quote)), "subject_path": entity_path(row.s),
         "predicate": _local(row.p),
         "object": str(row.o), "object_label": label_then(row.o, str(row.quote)), "object_path": entity_path(row.o),
         "quote": str(row.quote), "start": _int(row.start) if row.start is not None else None}
        for row in _rows(dataset, """SELECT ?s ?p ?o ?quote ?start WHERE {
            ?ev prov:wasDerivedFrom ?doc ; a g40:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                g40:quote ?quote . OPTIONAL { ?ev g40:startOffset ?start } FILTER(?p != g40:mentions)
        } ORDER BY ?start ?p""", doc=node)
    ]
    # the manifest knows the document by its identifier ("Verslag overleg 12 juni"), the address by its IRI's slug
    identifier = str(next(iter(dataset.objects(node, dcterms.identifier)), document_id))
    text, warning = _document_text(identifier, manifest or {})
    shifts: list = []
    if text is not None:
        bad = [m for m in mentions if m["quote"] not in (text[m["start"]:m["end"]], mask_contacts(text[m["start"]:m["end"]]))]
        if bad:
            warning = "offsets"
            mentions = [m for m in mentions if m not in bad]
        text, mentions, shifts = _published(text, mentions, _manifest_entry(identifier, manifest or {}), lang)
    return {
        "iri": str(node),
        "id": document_id,
        "label": label_of(dataset, node),
        "title": str(next(iter(dataset.objects(node, dcterms.title)), "") or ""),
        "metadata": meta,
        "mentions": mentions,
        "facts": facts,
        "text": text,
        "warning": warning,
        "shifts": shifts,
    }


def _published(text: str, mentions: list[dict], entry: dict | None, lang: str) -> tuple[str, list[dict], list]:
    """``text`` as the explorer publishes it: contact details and the ``masked`` name offsets of the
    manifest ``entry`` masked; the mentions that a mask does not touch, moved to the masked text."""
    names = [(s, e, "name") for s, e in (entry or {}).get("masked") or [] if isinstance(s, int) and isinstance(e, int)]
    spans = contact_spans(text) + names
    if not spans:
        return text, mentions, []
    published, shifts = masked_text(text, spans, lang)
    kept = [dict(m, start=moved(m["start"], shifts), end=moved(m["end"], shifts)) for m in mentions
            if not any(start < m["end"] and m["start"] < end for start, end, _kind in spans)]
    return published, kept, shifts


def _manifest_entry(document_id: str, manifest: dict) -> dict | None:
    return next((d for d in manifest.get("documents", []) if isinstance(d, dict) and d.get("id") == document_id), None)


def renamed_document(dataset, document_id: str, manifest: dict | None) -> str | None:
    """The address (IRI slug) of the document that ``document_id``, the address of no document, was
    renamed to in a build of this graph (the manifest's ``renamed``: old id → current id), or None.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset()
    >>> _ = ds.add((G40ID["document/verslag-juni"], RDF.type, G40.Document))
    >>> renamed_document(ds, "verslag", {"renamed": {"verslag": "verslag juni", "oud": "weg"}})
    'verslag-juni'
    >>> renamed_document(ds, "oud", {"renamed": {"verslag": "verslag juni", "oud": "weg"}}) is None
    True
    """
    from ..vocab import safe_id

    renamed = (manifest or {}).get("renamed")
    if not isinstance(renamed, dict):
        return None
    for old, new in renamed.items():
        if isinstance(old, str) and isinstance(new, str) and safe_id(old) == document_id:
            target = safe_id(new)
            return target if (G40ID[f"document/{target}"], RDF.type, G40.Document) in dataset else None
    return None


def _document_text(document_id: str, manifest: dict) -> tuple[str | None, str | None]:
    from ..ingest import read_document

    entry = _manifest_entry(document_id, manifest)
    if entry is None or not entry.get("path"):
        return None, "missing"
    from ..resources import data_path

    # as recorded; a relative path was relative to where the build ran ("base", seen from the graph folder:
    # found again in a copy of the folder holding both); bundled documents live in the package
    recorded = Path(entry["path"])
    candidates = [recorded]
    if not recorded.is_absolute() and manifest.get(GRAPH_FOLDER_KEY) and manifest.get("base") is not None:
        candidates.append(Path(manifest[GRAPH_FOLDER_KEY]) / manifest["base"] / recorded)
    candidates.append(data_path("corpus") / recorded.name)
    for path in candidates:
        if path.is_file():
            try:
                doc = read_document(path)
            except Exception as error:  # noqa: BLE001 - unreadable now, for any reason: show the page without text
                log.warning("%s: %s", path, error)
                return None, "missing"
            if doc is None:
                return None, "missing"
            if entry.get("checksum") and doc.checksum != entry["checksum"]:
                return None, "changed"
            return doc.text, None
    return None, "missing"


def text_segments(text: str, mentions: list[dict], highlight: tuple[int, int] | None = None) -> list[Segment]:
    """Split ``text`` at the offsets of non-overlapping mentions (and of ``highlight``, a quote to mark).

    Examples
    --------
    >>> [(s.text, s.iri, s.highlight) for s in text_segments("Breda en Tilburg", [
    ...     {"start": 0, "end": 5, "iri": "b", "path": "/b", "label": "Breda"}], highlight=(3, 8))]
    [('Bre', 'b', False), ('da', 'b', True), (' en', None, True), (' Tilburg', None, False)]
    """
    chosen, position = [], 0
    for mention in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if mention["start"] >= position and mention["start"] < mention["end"] <= len(text):
            chosen.append(mention)
            position = mention["end"]
    low, high = highlight if highlight and 0 <= highlight[0] < highlight[1] <= len(text) else (-1, -1)
    cuts = sorted({0, len(text), *(m["start"] for m in chosen), *(m["end"] for m in chosen)}
                  | ({low, high} if low >= 0 else set()))
    segments, index = [], 0
    for start, end in pairwise(cuts):
        while index < len(chosen) and chosen[index]["end"] <= start:
            index += 1
        mention = chosen[index] if index < len(chosen) and chosen[index]["start"] <= start else None
        segments.append(Segment(text[start:end], mention["iri"] if mention else None,
                                mention["path"] if mention else None, mention["label"] if mention else None,
                                low <= start and end <= high))
    return segments


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def _qname(iri) -> str:
    text = str(iri)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    return text
