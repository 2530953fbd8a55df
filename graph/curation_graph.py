"""The dataset look-ups and changes curation makes, whatever graph holds a triple: whether a
pattern is there, its quads, removing a statement from the graph that holds it, a named graph whose
``add`` leaves out a triple another graph holds (:class:`OneGraph`: each triple is in one named
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

__all__ = ["entity_key", "OneGraph", "one_graph", "has_triple", "is_typed", "objects_of", "matching_quads",
           "remove_triple", "drop_node", "has_evidence", "holds_membership", "fact_count", "missing_name", "rule_node"]


def entity_key(iri) -> str:
    """The entity key of an entity IRI ("municipality/gm0758"); any other IRI as it is.

    >>> entity_key(G40ID["person/p"])
    'person/p'
    """
    text = str(iri)
    return text[len(str(G40ID)):] if text.startswith(str(G40ID)) else text


def missing_name(dataset: Dataset, iri: URIRef) -> str:
    """``iri`` as a warning names it, with the entity of its kind meant where its key reads as a
    name ("municipality/almelo": a municipality's key is its CBS code, municipality/gm0141).

    >>> from graph.store import new_dataset
    >>> missing_name(new_dataset(), G40ID["person/nobody"])
    'person/nobody'
    """
    from .names import search_entities

    short = entity_key(iri)
    kind, _, key = short.partition("/")
    types = [name for name, k in ENTITY_TYPES.items() if k == kind]
    if not key or not types:
        return short
    hits = search_entities(dataset, key.replace("-", " "), type_=types[0], limit=1, cutoff=0.85)
    return short + _text("w_did_you_mean", iri=entity_key(hits[0]["iri"]), label=hits[0]["label"]) if hits else short


def is_typed(dataset: Dataset, iri: URIRef) -> bool:
    """Whether ``iri`` has a class in any named graph: the entity is in the graph.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); _ = ds.graph(G40ID["g"]).add((G40ID["person/p"], RDF.type, G40.Person))
    >>> is_typed(ds, G40ID["person/p"]), is_typed(ds, G40ID["person/q"])
    (True, False)
    """
    return has_triple(dataset, (iri, RDF.type, None))


def has_triple(dataset: Dataset, pattern) -> bool:
    """Whether any named graph holds a triple matching ``pattern`` (whatever ``default_union`` is).

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); _ = ds.graph(G40ID["g"]).add((G40ID["person/p"], RDF.type, G40.Person))
    >>> has_triple(ds, (None, RDF.type, G40.Person)), has_triple(ds, (None, RDF.type, G40.Document))
    (True, False)
    """
    return any(True for _ in dataset.quads((*pattern, None)))


def objects_of(dataset: Dataset, subject, predicate) -> set:
    """The objects of ``subject`` and ``predicate`` in any named graph.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); _ = ds.graph(G40ID["g"]).add((G40ID["person/p"], RDFS.label, Literal("P")))
    >>> objects_of(ds, G40ID["person/p"], RDFS.label)
    {rdflib.term.Literal('P')}
    """
    return {q[2] for q in dataset.quads((subject, predicate, None, None))}


def matching_quads(dataset: Dataset, pattern):
    """Matching quads as (s, p, o, graph) tuples, materialised before any change.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); _ = ds.graph(G40ID["g"]).add((G40ID["person/p"], RDF.type, G40.Person))
    >>> [entity_key(q[0]) for q in matching_quads(ds, (None, RDF.type, None))]
    ['person/p']
    """
    s, p, o = pattern
    return [(qs, qp, qo, qg) for qs, qp, qo, qg in dataset.quads((s, p, o, None))]


def one_graph(dataset: Dataset, context) -> "OneGraph":
    """The named graph ``context`` (a graph or its IRI) of ``dataset`` as a :class:`OneGraph`.

    >>> from graph.store import new_dataset
    >>> one_graph(new_dataset(), G40ID["g"]).graph.identifier == G40ID["g"]
    True
    """
    return OneGraph(dataset, dataset.graph(getattr(context, "identifier", context)))


class OneGraph:
    """A named graph of ``dataset`` whose ``add`` leaves out a triple that a graph already holds:
    each triple is in one named graph (see :mod:`graph.build`).

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); triple = (G40ID["person/p"], RDF.type, G40.Person)
    >>> _ = ds.graph(G40ID["a"]).add(triple); OneGraph(ds, ds.graph(G40ID["b"])).add(triple)
    >>> len(ds.graph(G40ID["b"]))
    0
    """

    def __init__(self, dataset: Dataset, graph: Graph):
        self.dataset, self.graph = dataset, graph

    def add(self, triple) -> None:
        if not has_triple(self.dataset, triple):
            self.graph.add(triple)

    def remove(self, triple) -> None:
        self.graph.remove(triple)



def remove_triple(dataset: Dataset, triple) -> int:
    """Remove ``triple`` from the graph holding it; returns how many statements went.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); _ = ds.graph(G40ID["g"]).add((G40ID["person/p"], RDF.type, G40.Person))
    >>> remove_triple(ds, (G40ID["person/p"], None, None)), is_typed(ds, G40ID["person/p"])
    (1, False)
    """
    quads = matching_quads(dataset, triple)
    for s, p, o, g in quads:
        one_graph(dataset, g).remove((s, p, o))
    return len(quads)


def drop_node(dataset: Dataset, node) -> int:
    """Remove every statement with ``node`` as subject; returns how many went.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); _ = ds.graph(G40ID["g"]).add((G40ID["person/p"], RDF.type, G40.Person))
    >>> drop_node(ds, G40ID["person/p"])
    1
    """
    return remove_triple(dataset, (node, None, None))


def has_evidence(dataset: Dataset, s, p, o) -> bool:
    """Whether an evidence node (``rdf:subject`` ``s``, ``rdf:predicate`` ``p``, ``rdf:object`` ``o``)
    backs the fact.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); g = ds.graph(G40ID["g"]); e = G40ID["evidence/e"]
    >>> for p, o in ((RDF.subject, G40ID["person/p"]), (RDF.predicate, G40.memberOf), (RDF.object, G40ID["org/o"])):
    ...     _ = g.add((e, p, o))
    >>> has_evidence(ds, G40ID["person/p"], G40.memberOf, G40ID["org/o"])
    True
    """
    return any(has_triple(dataset, (e, RDF.predicate, p)) and has_triple(dataset, (e, RDF.object, o))
               for e in {q[0] for q in matching_quads(dataset, (None, RDF.subject, s))})


def holds_membership(dataset: Dataset, person, organisation) -> bool:
    """Whether ``person`` still has a role (a ``g40:hasRole`` membership) in ``organisation``.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); g = ds.graph(G40ID["g"]); m = G40ID["membership/m"]
    >>> _ = g.add((G40ID["person/p"], G40.hasRole, m)); _ = g.add((m, ORG.organization, G40ID["org/o"]))
    >>> holds_membership(ds, G40ID["person/p"], G40ID["org/o"])
    True
    """
    return any(has_triple(dataset, (m, ORG.organization, organisation)) for m in objects_of(dataset, person, G40.hasRole))


def fact_count(dataset: Dataset, iri: URIRef) -> int:
    """How many facts (evidence and curated statements, not mentions) name ``iri``.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); g = ds.graph(G40ID["g"])
    >>> _ = g.add((G40ID["evidence/e"], RDF.subject, G40ID["person/p"])); _ = g.add((G40ID["evidence/e"], RDF.predicate, G40.memberOf))
    >>> fact_count(ds, G40ID["person/p"])
    1
    """
    nodes = {q[0] for p in (RDF.subject, RDF.object) for q in matching_quads(dataset, (None, p, iri))}
    return sum(1 for node in nodes if not has_triple(dataset, (node, RDF.predicate, G40.mentions)))


def rule_node(curated: "OneGraph", source: str, kind: str, reason: str | None, facts: int,
               numbers: dict[str, int]) -> URIRef:
    """A ``g40:CurationRule`` node in ``g40g:curated`` for a merge or suppression of ``source``
    ("a.yaml:3"): ``<curated/a-yaml/merge-1>``, numbered per file and kind as curated facts are.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset(); numbers = {}
    >>> entity_key(rule_node(one_graph(ds, G40ID["curated"]), "a.yaml:3", "merge", None, 2, numbers)), numbers
    ('curated/a-yaml/merge-1', {'a-yaml/merge': 1})
    """
    stem = slugify(source.rsplit(":", 1)[0])
    numbers[f"{stem}/{kind}"] = number = numbers.get(f"{stem}/{kind}", 0) + 1
    rule = mint("curated", f"{stem}/{kind}-{number}")
    curated.add((rule, RDF.type, G40.CurationRule))
    curated.add((rule, DCTERMS.source, Literal(source)))
    curated.add((rule, G40.factCount, Literal(facts)))
    if reason:
        curated.add((rule, RDFS.comment, Literal(reason)))
    return rule
