"""A curated merge of entity A into B: every triple naming A names B instead, in whatever graph
holds it; A's preferred labels become B's ``skos:altLabel`` and ``B owl:sameAs A`` is kept in
``g40g:curated``. B keeps its own class and kind.

Examples
--------
>>> from graph.store import new_dataset
>>> from graph.vocab import CURATED_GRAPH, G40ID
>>> ds, warnings = new_dataset(), []
>>> merge_entity(ds, one_graph(ds, CURATED_GRAPH), G40ID["person/a"], G40ID["person/b"], "m.yaml:1", warnings), len(warnings)
(0, 1)
"""

from __future__ import annotations

from rdflib import Dataset, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .curation_graph import one_graph, missing_name, objects_of, OneGraph, matching_quads, is_typed
from .curation_records import SUBTYPE_PREDICATES as _SUBTYPE, curation_warning

__all__ = ["merge_entity", "merged_to", "moved_name"]


def merge_entity(dataset: Dataset, curated: "OneGraph", old: URIRef, into: URIRef, source: str, warnings: list[str]) -> int:
    """Merge entity ``old`` into ``into``: its statements move to ``into`` (whose own class, kind and
    name stay; ``old``'s name becomes an alias), the statements naming it name ``into``, and
    ``curated`` records ``into owl:sameAs old``. Returns how many statements of ``old`` moved; a
    warning for ``source`` when ``old`` is not in the graph.

    >>> from rdflib import Literal
    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40, G40ID
    >>> ds = new_dataset(); g = ds.graph(G40ID["g"]); old, into = G40ID["person/a"], G40ID["person/b"]
    >>> for iri, name in ((old, "A. Bee"), (into, "Anna Bee")):
    ...     _ = g.add((iri, RDF.type, G40.Person)); _ = g.add((iri, SKOS.prefLabel, Literal(name)))
    >>> merge_entity(ds, one_graph(ds, G40ID["curated"]), old, into, "a.yaml:3", [])
    2
    >>> sorted(str(o) for o in objects_of(ds, into, SKOS.altLabel))
    ['A. Bee']
    """
    if not is_typed(dataset, old):
        warnings.append(curation_warning("w_missing_merge", source=source, iri=missing_name(dataset, old)))
        return 0
    into_types = objects_of(dataset, into, RDF.type)
    into_labels = {str(o) for o in objects_of(dataset, into, SKOS.prefLabel)}
    into_kinds = {kind for kind in _SUBTYPE.values() if objects_of(dataset, into, kind)}
    removed = 0
    for s, p, o, g in matching_quads(dataset, (old, None, None)):
        graph = one_graph(dataset, g)
        graph.remove((s, p, o))
        removed += 1
        if (p == RDF.type and into_types) or p in into_kinds:
            continue  # B keeps its own class and kind (a taskforce merged into a themagroep stays a themagroep)
        if p in (SKOS.prefLabel, RDFS.label) and into_labels:
            if str(o) not in into_labels:
                graph.add((into, SKOS.altLabel, o))
            continue
        if p == OWL.sameAs and o == into:
            continue
        graph.add((into, p, o))
    for s, p, o, g in matching_quads(dataset, (None, None, old)):
        graph = one_graph(dataset, g)
        graph.remove((s, p, o))
        graph.add((s, p, into))
    curated.add((into, OWL.sameAs, old))
    return removed


def moved_name(dataset: Dataset, old: URIRef, into: URIRef) -> tuple[str, URIRef] | None:
    """Where the name of a merge's missing ``old`` entity went: (the name, the one other entity of its
    kind that carries a name whose key is ``old``'s, not ``into``), or None when none or several do.

    A merge ``{from: person/m-de-vries, into: person/maria-de-vries-bakker}`` made on one month's graph
    loses its ``from`` when a later document names "Maria de Vries": "M. de Vries" then resolves to
    ``person/maria-de-vries``, which carries it as an alias (walkthrough 17, finding 1).

    >>> from rdflib import Literal
    >>> from graph.store import new_dataset
    >>> from graph.vocab import ENTITIES_GRAPH, G40, G40ID
    >>> ds = new_dataset()
    >>> g = ds.graph(ENTITIES_GRAPH)
    >>> g.add((G40ID["person/maria-de-vries"], RDF.type, G40.Person)) and g.add((G40ID["person/maria-de-vries"], SKOS.altLabel, Literal("M. de Vries")))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> moved_name(ds, G40ID["person/m-de-vries"], G40ID["person/maria-de-vries-bakker"])
    ('M. de Vries', rdflib.term.URIRef('https://w3id.org/g40kg/id/person/maria-de-vries'))
    """
    from .curation_graph import entity_key
    from .vocab import slugify

    kind, _, key = entity_key(old).partition("/")
    prefix = str(old)[: len(str(old)) - len(key)]
    found: dict[URIRef, str] = {}
    for predicate in (SKOS.prefLabel, SKOS.altLabel, RDFS.label):
        for s, _, name, _ in dataset.quads((None, predicate, None, None)):
            if s != old and s != into and str(s).startswith(prefix) and slugify(str(name)) == key:
                found.setdefault(s, str(name))
    if len(found) != 1:
        return None
    (iri, name), = found.items()
    return (name, iri) if is_typed(dataset, iri) else None


_MERGED = """SELECT ?into ?source WHERE {
  ?rule a g40:CurationRule ; g40:mergedFrom ?old ; g40:mergedInto ?into ; dcterms:source ?source .
  FILTER (!CONTAINS(STR(?rule), "/retype-")) } ORDER BY ?source"""


def merged_to(dataset, iri) -> tuple[str, str] | None:
    """Where a curated ``merge:`` put entity ``iri``: (the entity's IRI now, the rule's file:line), following
    a merge of that entity into a third (at most ten steps); None when no merge took ``iri`` away (walkthrough
    36, finding 7: ``g40kg entity unit/pijler-economie`` after merging it into the pijler Economie en Werk).
    Read with :func:`graph.query.query_rows`, so the graph may be any engine's or an endpoint's.

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> merged_to(new_dataset(), G40ID["unit/pijler-economie"]) is None
    True
    """
    from .query import query_rows
    from .vocab import PREFIXES

    found, at = None, URIRef(str(iri))
    for _step in range(10):
        rows = query_rows(dataset, _MERGED, initNs=PREFIXES, initBindings={"old": at})
        if not rows or rows[0]["into"] == at:
            break
        at = rows[0]["into"]
        found = (str(at), str(rows[0]["source"]) if found is None else found[1])
    return found
