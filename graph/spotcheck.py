"""Which graphs a build checks with SHACL, and the data it checks them on.

Checking the whole union with pySHACL costs about 0.05 s a document (see
:func:`graph.validate._for_pyshacl`), too slow to repeat for thousands of documents on every
build. A graph that did not change since it was checked need not be checked again, so a build
checks:

* the document graphs it wrote anew (new or changed documents, documents whose entities got
  another label, graphs that curation changed), at most :data:`VALIDATION_SAMPLE` (an even
  spread when there are more, newly extracted ones first);
* when the shapes changed since the previous check (or the previous build was not checked),
  also an even spread of the other documents, up to :data:`VALIDATION_SAMPLE` in all;
* always the curated graph, the direct triples (``g40g:facts``) of the facts the checked
  documents state, the descriptions (``g40g:entities``) of the entities the checked
  documents use and of the entities whose description changed, and the part of the reference
  graph (``g40g:reference``) that all of these use: the reference facts about their entities and
  what those point to. Should that part give a violation, the check is repeated with the whole
  reference graph before the build is refused.

``--full-validation`` (``full=True``) checks every graph, the whole reference graph included
(it is made from the bundled registers, so the test suite checks it too; a build need not
spend seconds on it every time). A document graph with the descriptions of the entities it
uses and the direct triples it states is self-contained, which is what makes checking a
selection sound.

Examples
--------
>>> spread(["a", "b", "c", "d", "e", "f"], 3)
['a', 'c', 'e']
>>> spread(["a", "b"], 3)
['a', 'b']
>>> spread(["a", "b"], 0)
[]
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF

from . import validate as shacl
from .errors import ValidationFailed
from .last_kept import last_kept
from .messages import msg
from .store import term
from .vocab import CURATED_GRAPH, ENTITIES_GRAPH, FACTS_GRAPH, G40, REFERENCE_GRAPH, document_graph_iri

__all__ = ["VALIDATION_SAMPLE", "Checked", "check_build", "shapes_fingerprint", "spread"]

log = logging.getLogger(__name__)

#: At most this many document graphs are checked per build (``--full-validation``: all).
VALIDATION_SAMPLE = 50

_TYPE = ox.NamedNode(str(RDF.type))


@dataclass(frozen=True)
class Checked:
    """What a build's SHACL check covered (``documents``: all documents of the build)."""

    checked: int
    documents: int
    new: int
    shapes: str  # fingerprint of the shapes used (see :func:`shapes_fingerprint`)

    def as_tuple(self) -> tuple[int, int, int]:
        return self.checked, self.documents, self.new


def shapes_fingerprint(shapes: Graph | None = None) -> str:
    """A hash of the shapes' statements that does not depend on blank node labels.

    >>> shapes_fingerprint(Graph()) == shapes_fingerprint(Graph())
    True

    The fingerprint of the last shapes graph asked about is kept while it holds as many statements
    (the packaged shapes are parsed once per process and not changed): every build asks.
    """
    shapes = shacl.load_shapes() if shapes is None else shapes
    return last_kept(_KEPT_FINGERPRINT, shapes, lambda: _fingerprint(shapes), check=len(shapes))


def _fingerprint(shapes: Graph) -> str:
    lines = sorted(" ".join("_:" if isinstance(t, BNode) else t.n3() for t in triple) for triple in shapes)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


#: the last shapes graph of :func:`shapes_fingerprint` and its fingerprint (:func:`graph.last_kept`)
_KEPT_FINGERPRINT: list = []


def spread(items: list, limit: int) -> list:
    """At most ``limit`` of ``items``, evenly spread, in their order."""
    if len(items) <= limit:
        return list(items)
    if limit <= 0:
        return []
    return [items[i * len(items) // limit] for i in range(limit)]


def check_build(staged, documents: list[str], fresh: list[str], *, previous_shapes: str | None,
                full: bool = False) -> Checked:
    """SHACL-check what ``staged`` (a :class:`graph.assemble.StagedGraph`) wrote anew.

    ``documents``: ids of all documents; ``fresh``: ids of those extracted anew;
    ``previous_shapes``: the shapes fingerprint of the previous build's check (None: unchecked).
    Raises :class:`ValidationFailed` with the report when a checked graph violates the shapes.
    """
    shapes = shacl.load_shapes()
    fingerprint = shapes_fingerprint(shapes)
    renewed = full or previous_shapes != fingerprint
    by_graph = {document_graph_iri(d): d for d in documents}
    rewritten = set(staged.written) | staged.changed
    first = list(dict.fromkeys([d for d in fresh if document_graph_iri(d) in rewritten]
                               + [by_graph[g] for g in sorted(rewritten) if g in by_graph]))
    taken = set(first)
    others = [d for d in documents if d not in taken] if renewed else []
    if full:
        chosen = first + others
    else:
        chosen = spread(first, VALIDATION_SAMPLE)
        chosen += spread(others, VALIDATION_SAMPLE - len(chosen))
    if chosen or full or str(CURATED_GRAPH) in rewritten or str(ENTITIES_GRAPH) in staged.changes:
        report = _check(staged, [document_graph_iri(d) for d in chosen], full, shapes)
        if not report.conforms:
            first = str(report.violations[0]) if report.violations else "-"  # focus node, path: message
            raise ValidationFailed(msg("shacl_failed", n=len(report.violations), first=first), report)
    return Checked(len(chosen), len(documents), len(first), fingerprint)


def _check(staged, graphs: list[str], whole_reference: bool, shapes: Graph) -> shacl.ValidationReport:
    data = Graph()
    for graph in graphs + [str(CURATED_GRAPH)]:
        _add(data, staged.quads(graph))
    entities = str(ENTITIES_GRAPH)
    if whole_reference:
        _add(data, staged.quads(entities))
        _add(data, staged.quads(str(FACTS_GRAPH)))
        _add(data, staged.quads(str(REFERENCE_GRAPH)))
        return shacl.validate_dataset(data, shapes=shapes)
    _add(data, list(_stated_facts(staged, data)))
    nodes = _nodes(data)
    if entities in staged.changes:  # patched line by line: the entities whose description changed, too
        nodes |= {quad.subject for quad in ox.parse(staged.changes[entities], format=ox.RdfFormat.N_QUADS)}
    _add(data, _part(staged, entities, nodes))
    _add(data, _part(staged, str(REFERENCE_GRAPH), _nodes(data)))  # the reference facts they use
    report = shacl.validate_dataset(data, shapes=shapes)
    if report.conforms:
        return report
    log.info("SHACL: violations with part of the reference graph; checking again with all of it")
    _add(data, staged.quads(str(REFERENCE_GRAPH)))  # the part is in it: now the whole reference graph
    return shacl.validate_dataset(data, shapes=shapes)


def _add(graph: Graph, quads) -> None:
    for quad in quads:
        graph.add((term(quad.subject), term(quad.predicate), term(quad.object)))


def _nodes(data: Graph) -> set:
    return {ox.NamedNode(str(node)) for node in set(data.subjects()) | set(data.objects()) if isinstance(node, URIRef)}


def _stated_facts(staged, data: Graph):
    """The statements of ``g40g:facts`` that the evidence nodes in ``data`` stand for."""
    facts = str(FACTS_GRAPH)
    for evidence, subject in data.subject_objects(RDF.subject):
        predicate, obj = data.value(evidence, RDF.predicate), data.value(evidence, RDF.object)
        if predicate is None or obj is None or predicate == G40.mentions:
            continue
        if predicate == G40.hasRole:  # the direct triple of a role
            predicate = G40.memberOf
        yield from staged.quads(facts, *(ox.NamedNode(str(t)) for t in (subject, predicate, obj)))


def _part(staged, graph: str, nodes: set):
    """The statements of ``graph`` about ``nodes``, and about the nodes they point to."""
    todo = set(nodes)
    seen = set()
    while todo:
        node = todo.pop()
        seen.add(node)
        for quad in staged.quads(graph, node):
            yield quad
            target = quad.object
            if quad.predicate != _TYPE and isinstance(target, (ox.NamedNode, ox.BlankNode)) and target not in seen:
                todo.add(target)
