"""The dataset look-ups and changes curation makes, whatever graph holds a triple: whether a
pattern is there, its quads, removing a statement from the graph that holds it, a named graph whose
``add`` leaves out a triple another graph holds (:class:`_OneGraph`: each triple is in one named
graph), a curation rule's node, and an entity IRI as its key (:func:`entity_key`).

Examples
--------
>>> entity_key(G40ID["municipality/gm0758"]), entity_key("https://example.org/x")
('municipality/gm0758', 'https://example.org/x')
"""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from .curation_records import curation_text as _text
from .vocab import ENTITY_TYPES, G40, G40ID, ORG, mint, slugify

__all__ = ["entity_key", "_OneGraph", "_graph", "_has", "_typed", "_objects", "_quads", "_remove", "_drop_node",
           "_has_evidence", "_holds_membership", "_fact_count", "_missing", "_rule_node"]


def entity_key(iri) -> str:
    """The entity key of an entity IRI ("municipality/gm0758"); any other IRI as it is."""
    text = str(iri)
    return text[len(str(G40ID)):] if text.startswith(str(G40ID)) else text


def _missing(dataset: Dataset, iri: URIRef) -> str:
    """``iri`` as a warning names it, with the entity of its kind meant where its key reads as a
    name ("municipality/almelo": a municipality's key is its CBS code, municipality/gm0141)."""
    from .names import search_entities

    short = entity_key(iri)
    kind, _, key = short.partition("/")
    types = [name for name, k in ENTITY_TYPES.items() if k == kind]
    if not key or not types:
        return short
    hits = search_entities(dataset, key.replace("-", " "), type_=types[0], limit=1, cutoff=0.85)
    return short + _text("w_did_you_mean", iri=entity_key(hits[0]["iri"]), label=hits[0]["label"]) if hits else short


def _typed(dataset: Dataset, iri: URIRef) -> bool:
    return _has(dataset, (iri, RDF.type, None))


def _has(dataset: Dataset, pattern) -> bool:
    """Whether any named graph holds a triple matching ``pattern`` (whatever ``default_union`` is)."""
    return any(True for _ in dataset.quads((*pattern, None)))


def _objects(dataset: Dataset, subject, predicate) -> set:
    return {q[2] for q in dataset.quads((subject, predicate, None, None))}


def _quads(dataset: Dataset, pattern):
    """Matching quads as (s, p, o, graph) tuples, materialised before any change."""
    s, p, o = pattern
    return [(qs, qp, qo, qg) for qs, qp, qo, qg in dataset.quads((s, p, o, None))]


def _graph(dataset: Dataset, context) -> "_OneGraph":
    return _OneGraph(dataset, dataset.graph(getattr(context, "identifier", context)))


class _OneGraph:
    """A named graph of ``dataset`` whose ``add`` leaves out a triple that a graph already holds:
    each triple is in one named graph (see :mod:`graph.build`)."""

    def __init__(self, dataset: Dataset, graph: Graph):
        self.dataset, self.graph = dataset, graph

    def add(self, triple) -> None:
        if not _has(self.dataset, triple):
            self.graph.add(triple)

    def remove(self, triple) -> None:
        self.graph.remove(triple)



def _remove(dataset: Dataset, triple) -> int:
    """Remove ``triple`` from the graph holding it; returns how many statements went."""
    quads = _quads(dataset, triple)
    for s, p, o, g in quads:
        _graph(dataset, g).remove((s, p, o))
    return len(quads)


def _drop_node(dataset: Dataset, node) -> int:
    return _remove(dataset, (node, None, None))


def _has_evidence(dataset: Dataset, s, p, o) -> bool:
    return any(_has(dataset, (e, RDF.predicate, p)) and _has(dataset, (e, RDF.object, o))
               for e in {q[0] for q in _quads(dataset, (None, RDF.subject, s))})


def _holds_membership(dataset: Dataset, person, organisation) -> bool:
    return any(_has(dataset, (m, ORG.organization, organisation)) for m in _objects(dataset, person, G40.hasRole))


def _fact_count(dataset: Dataset, iri: URIRef) -> int:
    """How many facts (evidence and curated statements, not mentions) name ``iri``."""
    nodes = {q[0] for p in (RDF.subject, RDF.object) for q in _quads(dataset, (None, p, iri))}
    return sum(1 for node in nodes if not _has(dataset, (node, RDF.predicate, G40.mentions)))


def _rule_node(curated: "_OneGraph", source: str, kind: str, reason: str | None, facts: int,
               numbers: dict[str, int]) -> URIRef:
    """A ``g40:CurationRule`` node in ``g40g:curated`` for a merge or suppression of ``source``
    ("a.yaml:3"): ``<curated/a-yaml/merge-1>``, numbered per file and kind as curated facts are."""
    stem = slugify(source.rsplit(":", 1)[0])
    numbers[f"{stem}/{kind}"] = number = numbers.get(f"{stem}/{kind}", 0) + 1
    rule = mint("curated", f"{stem}/{kind}-{number}")
    curated.add((rule, RDF.type, G40.CurationRule))
    curated.add((rule, DCTERMS.source, Literal(source)))
    curated.add((rule, G40.factCount, Literal(facts)))
    if reason:
        curated.add((rule, RDFS.comment, Literal(reason)))
    return rule
