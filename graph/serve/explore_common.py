"""The look-ups every explorer page shares: labels, IRIs and explorer paths, evidence links.

Each function takes the dataset first (where it needs one) and returns plain values (JSON-ready, with
IRIs as strings). User input only ever reaches SPARQL as bound RDF terms (``initBindings``), never
as query text. The pages' own look-ups: :mod:`graph.serve.explore_home`,
:mod:`graph.serve.explore_entity`, :mod:`graph.serve.explore_documents`.

Examples
--------
>>> entity_path("https://w3id.org/g40kg/id/ministry/mnre1045")
'/entity/ministry/mnre1045'
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF

from ..query import engine_of
from ..vocab import CORE_PREDICATES, G40, G40ID, KINDS, PREFIXES

__all__ = [
    "EXPLORER_PREDICATES",
    "GRAPH_FOLDER_KEY",
    "SYMMETRIC_PREDICATES",
    "entity_iri",
    "entity_path",
    "evidence_links",
    "label_of",
    "labels",
    "labels_of",
    "ENTITY_CLASSES",
    "PREDICATE_VALUES",
    "ENTITY_KEY",
    "rows_for_each",
    "select_rows",
    "as_int",
    "types_of",
    "local_name",
    "qname",
]

#: the key under which a served manifest carries the graph folder it was read from (not in the file)
GRAPH_FOLDER_KEY = "_graph_folder"


#: Relations shown on entity pages (``memberOf`` is the shortcut of ``hasRole``).
EXPLORER_PREDICATES = tuple(p for p in CORE_PREDICATES) + ("memberOf",)


#: Relations stored once in the direction found (docs/architecture.md).
SYMMETRIC_PREDICATES = ("collaboratesWith",)


PREDICATE_VALUES = " ".join(f"g40:{p}" for p in EXPLORER_PREDICATES if p != "hasRole")


ENTITY_CLASSES = ("Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit",
                   "Programme", "Event", "Theme")


ENTITY_KEY = re.compile(r"^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$")


def select_rows(dataset, text: str, **bindings):
    """The rows of the SPARQL query ``text`` on ``dataset``, with the project's prefixes and ``bindings``
    bound as values (never put into the text)."""
    return list(dataset.query(text, initNs=PREFIXES, initBindings=bindings))


def as_int(term) -> int:
    """A count of a query's row as an ``int`` (0 where the row has none).

    >>> from rdflib import Literal
    >>> as_int(Literal(3)), as_int(None)
    (3, 0)
    """
    return int(term.toPython()) if term is not None else 0


def labels(dataset, cls: str | tuple[str, ...] | None = None, limit: int = 500) -> list[str]:
    """Preferred labels of the entities of class ``cls`` (or of several; all entity classes when None)
    that a fact or a document names, sorted: the hundreds of municipalities and ministries of the
    reference data that no document names are no answer to offer."""
    classes = list(cls) if isinstance(cls, tuple) else [cls] if cls else list(ENTITY_CLASSES)
    found = set()
    for name in classes:
        for row in select_rows(dataset, _NAMED_LABELS, cls=G40[name]):
            found.add(str(row.label))
    return sorted(found, key=str.lower)[:limit]


_NAMED_LABELS = """SELECT DISTINCT ?label WHERE {
  ?e a ?cls ; skos:prefLabel ?label .
  FILTER EXISTS { { ?doc g40:mentions ?e } UNION { ?ev rdf:subject ?e } UNION { ?ev rdf:object ?e } }
}"""


def entity_iri(kind: str, key: str) -> URIRef | None:
    """The IRI for URL parts ``kind``/``key``, or None when they cannot name an entity."""
    if kind not in KINDS or not ENTITY_KEY.match(key or "") or ".." in key.split("/"):
        return None
    return G40ID[f"{kind}/{key}"]


def entity_path(iri) -> str | None:
    """The explorer URL path of a ``g40id:`` IRI (``/entity/ministry/mnre1045``), else None."""
    text = str(iri)
    if not text.startswith(str(G40ID)):
        return None
    local = text[len(str(G40ID)):]
    kind, _, key = local.partition("/")
    if kind == "document":
        return f"/document/{key}"
    if kind in KINDS and ENTITY_KEY.match(key):
        return f"/entity/{local}"
    return None


#: IRIs per query of :func:`rows_for_each`.
_BATCH = 500


def rows_for_each(dataset, iris: list[str], query: str) -> list:
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
        rows += select_rows(dataset, query.replace("{values}", values))
    return rows


def evidence_links(dataset, terms) -> dict[str, str]:
    """The document link (with the quote's offsets) of each evidence node among ``terms``; other
    terms are ignored, and an evidence node without a document gets no link.

    >>> from rdflib import Dataset, Literal
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
    for row in rows_for_each(dataset, evidence, query):
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
        path += f"?start={as_int(start)}&end={as_int(end)}#evidence"
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

    >>> from rdflib import Dataset, Literal
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
    for row in rows_for_each(dataset, [iri for iri in wanted if iri not in labels], query):
        label = next((value for value in (row.label1, row.label2, row.label3) if value is not None), None)
        if label is not None:
            labels.setdefault(str(row.x), str(label))
    return {iri: labels[iri] if iri in labels else _tail(iri) for iri in wanted}


def _tail(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def types_of(dataset, node) -> list[str]:
    return sorted(str(t).rsplit("#", 1)[-1] for t in dataset.objects(node, RDF.type) if str(t).startswith(str(G40)))


def local_name(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rstrip("/").rsplit("/", 1)[-1]


def qname(iri) -> str:
    text = str(iri)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    return text
