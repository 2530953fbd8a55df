"""The look-ups behind the explorer's home and search pages: counts, the most connected, search.

Every function takes the dataset first and returns plain dicts and lists (JSON-ready, with IRIs
as strings), so the HTML page and its ``.json`` twin show the same data. User input only ever
reaches SPARQL as bound RDF terms (``initBindings``), never as query text.

Examples
--------
>>> from rdflib import Dataset
>>> from graph.serve.explore_home import counts
>>> counts(Dataset(default_union=True))["documents"]
0
"""

from __future__ import annotations

from ..derived import expect, remembered
from ..query import joins_ranges
from ..shortcuts import ministry_earlier_names
from ..vocab import G40, REFERENCE_GRAPH
from . import explore_common
from .explore_common import ENTITY_CLASSES, PREDICATE_VALUES, as_int, select_rows, rows_for_each, entity_path, label_of
from .explore_documents import documents

__all__ = [
    "SUGGESTIONS",
    "counts",
    "earlier_names",
    "mentioned",
    "search",
    "suggestions",
    "top_connected",
    "with_earlier",
]

#: the code a kept result depends on (graph.derived): this module and the look-ups it shares
_CODE = (__file__, explore_common.__file__)


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
    return remembered(dataset, "counts", {}, lambda: _counted(dataset, manifest), code=_CODE,
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
    order = {name: i for i, name in enumerate(ENTITY_CLASSES)}
    return {c: n for c, n in sorted(classes.items(), key=lambda item: (order.get(item[0], len(order)), item[0])) if n}


def _class_counts(dataset, query: str) -> dict:
    """Entity class local name → count, from a ``?cls ?n`` query."""
    return {
        str(row.cls)[len(str(G40)):]: as_int(row.n)
        for row in select_rows(dataset, query)
        if str(row.cls).startswith(str(G40)) and str(row.cls)[len(str(G40)):] in ENTITY_CLASSES
    }


def _counted(dataset, manifest: dict | None) -> dict:
    triples = len(dataset)
    classes = _manifest_entities(manifest, triples)
    if classes is None:  # no build summary of this graph: count the mentioned entities
        classes = _class_counts(dataset, _MENTIONED_CLASSES)
    classes = _in_class_order(classes)
    facts = select_rows(dataset, _FACT_COUNT_RANGES if joins_ranges(dataset) else _FACT_COUNT)
    documents = select_rows(dataset, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a g40:Document }")
    reference = _in_class_order(_class_counts(dataset, _REFERENCE_CLASSES))
    return {
        "documents": as_int(documents[0].n) if documents else 0,
        "entities": sum(classes.values()),
        "facts": as_int(facts[0].n) if facts else 0,
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


_COUNT_KEYS = frozenset(("documents", "entities", "facts", "classes", "reference", "triples"))


def top_connected(dataset, cls: str, limit: int = 10) -> list[dict]:
    """Entities of class ``cls`` (e.g. ``"Ministry"``) with the most distinct neighbours."""
    # "?e a ?cls" is repeated inside each branch, after VALUES: rdflib's evaluator then binds ?p
    # and walks the union per predicate. With "?e a ?cls . VALUES … { } UNION { }" it compared
    # every (?e, ?p) row with every triple the unbound union found (a nested loop that took
    # minutes on the 7,000 triples of the bundled build). Oxigraph is as fast either way.
    query = f"""SELECT ?e (COUNT(DISTINCT ?n) AS ?degree) WHERE {{
        VALUES ?p {{ {PREDICATE_VALUES} }}
        {{ ?e a ?cls ; ?p ?n }} UNION {{ ?e a ?cls . ?n ?p ?e }}
    }} GROUP BY ?e ORDER BY DESC(?degree) ?e LIMIT {int(limit)}"""
    found = [
        {"iri": str(row.e), "label": label_of(dataset, row.e), "degree": as_int(row.degree), "path": entity_path(row.e)}
        for row in select_rows(dataset, query, cls=G40[cls])
    ]
    return with_earlier(dataset, found) if cls == "Ministry" else found


def with_earlier(dataset, items: list[dict]) -> list[dict]:
    """``items`` (with ``iri`` and ``label``), a ministry among them with ``earlier``: the names of its other
    name periods that its facts use, which a page shows after its name, "EZK (eerder EZ)" (an entity over
    time, as the command line names it: :func:`graph.shortcuts.ministry_earlier_names`), and one the register
    says went up in another with ``merged_into`` (``{"label", "day"}``: "VRO (opgegaan in BZK per 2026-02-23)",
    as its page and ``collaborators`` say; walkthrough 24, finding 18).

    >>> from rdflib import Dataset
    >>> items = [{"iri": "https://w3id.org/g40kg/id/ministry/mnre1171", "label": "VRO"},
    ...          {"iri": "https://w3id.org/g40kg/id/municipality/gm0193", "label": "Zwolle"}]
    >>> [item.get("merged_into") for item in with_earlier(Dataset(default_union=True), items)]
    [{'label': 'BZK', 'day': '2026-02-23'}, None]
    """
    from ..timefilter import ministry_merged_into

    earlier = earlier_names(dataset)
    found = []
    for item in items:
        if earlier.get(item["iri"]):
            item = dict(item, earlier=earlier[item["iri"]])
        merged = ministry_merged_into(item["iri"]) if "/ministry/" in item["iri"] else None
        found.append(dict(item, merged_into=merged) if merged else item)
    return found


_EARLIER_CACHE: dict[int, tuple] = {}


def earlier_names(dataset) -> dict[str, list[str]]:
    """Ministry IRI → the names of its other name periods that its facts use, for each ministry that had
    more than one name (computed once per graph and kept beside it, :mod:`graph.derived`: at 10,000
    documents reading every quote of a ministry takes 0.3 s, too long for each search)."""
    from .. import shortcuts, timefilter
    from ..per_dataset import per_dataset

    return per_dataset(_EARLIER_CACHE, dataset, lambda: remembered(
        dataset, "ministry-earlier-names", {}, lambda: _earlier_names(dataset),
        code=(*_CODE, shortcuts.__file__, timefilter.__file__), decode=expect(dict, list)))


def _earlier_names(dataset) -> dict[str, list[str]]:
    from ..timefilter import ministry_periods

    renamed = sorted(iri for iri, spans in ministry_periods(dataset).items() if len({name for *_, name in spans}) > 1)
    evidence: dict[str, list[dict]] = {}
    for row in rows_for_each(dataset, renamed, _MINISTRY_EVIDENCE):
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
        {str(row.e) for row in select_rows(dataset, "SELECT DISTINCT ?e WHERE { ?doc g40:mentions ?e }")}),
        code=_CODE, decode=expect(list, str)))


def search(dataset, text: str, limit: int = 50, *, mentioned_iris: set[str] | None = None,
           document_list: list[dict] | None = None, unsearched_ids: frozenset = frozenset()) -> list[dict]:
    """Entities and documents whose name, alias or title contains ``text`` (any case, accents ignored;
    a leading type word is also read as the type: "gemeente Breda", "ministerie van Financiën").

    Exact matches come before prefix matches before others; among equals, what the documents
    mention comes before reference data no document speaks of. Entities come from the name index
    of :mod:`graph.names` (built once per dataset, its names normalised then); pass ``mentioned_iris``
    (:func:`mentioned`) and ``document_list`` (:func:`documents`) to reuse them across searches. A document whose id
    is in ``unsearched_ids`` (the manifest's ``name_in_id``: the id spells a removed person's name)
    is found by its (masked) title only.
    """
    from ..names import entity_index, normalise, normalised_names, type_word

    needle = normalise(text)
    if not needle:
        return []
    typed, rest = type_word(needle)  # "gemeente Breda": Breda among the municipalities
    if mentioned_iris is None:
        mentioned_iris = mentioned(dataset)
    keys = normalised_names(dataset)  # the entities' names come normalised (round 54s)
    candidates = [(e.iri, e.label, e.type, zip(e.names, keys[e.iri])) for e in entity_index(dataset).values()]
    for d in (document_list if document_list is not None else documents(dataset)):
        names = (d["label"],) if d["id"] in unsearched_ids else (d["label"], d["id"])
        candidates.append((d["iri"], d["label"], "Document", ((name, normalise(name)) for name in names)))
    hits = []
    for iri, label, kind, named in candidates:
        best, matched = 0, None
        needles = (needle, rest) if typed == kind and rest else (needle,)
        for name, key in named:
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
