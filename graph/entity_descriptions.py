"""The ``g40g:entities`` graph's statements: each entity the documents use described once (type,
labels, kind), the roles of the memberships with their scheme, and the class counts of what a build
wrote (:func:`entity_classes`, for the dataset description without reading the store back).

Examples
--------
>>> from graph.resolve import Entity, Resolution
>>> from graph.build_stats import BuildStats
>>> graph = Graph()
>>> stats = BuildStats(uses={"municipality/gm0758"})
>>> write_entities(graph, Resolution({"municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda")}, {}),
...                stats)
>>> sorted(str(o) for o in graph.objects(None, SKOS.prefLabel))
['Breda']
"""

from __future__ import annotations

from collections import Counter

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .build_stats import BuildStats
from .build_terms import cached_literal
from .dataset import ENTITY_CLASSES
from .reference import iri
from .resolve import Resolution
from .role_labels import role_statements, scheme_statements
from .vocab import G40, G40ID, mint

__all__ = ["TYPE_CLASS", "write_entities", "entity_classes", "entity_statements"]

TYPE_CLASS = {
    "Person": G40.Person,
    "Municipality": G40.Municipality,
    "Province": G40.Province,
    "Ministry": G40.Ministry,
    "Organisation": G40.Organisation,
    "OrganisationalUnit": G40.OrganisationalUnit,
    "Programme": G40.Programme,
    "Event": G40.Event,
    "Theme": G40.Theme,
}
_SUBTYPE_PROPERTY = {"OrganisationalUnit": G40.unitKind, "Programme": G40.programmeKind}


def write_entities(graph: Graph, resolution: Resolution, stats: BuildStats, held: set = frozenset()) -> None:
    """Describe the entities and roles of ``stats``; a statement in ``held`` (another graph's) is left out."""
    triples = []
    for key in sorted(stats.uses):
        entity = resolution.entities[key]
        triples += entity_statements(iri(key), entity.type, entity.label, entity.alt_labels, entity.subtype)
    for role in sorted(stats.roles):
        role_node = mint("role", role)
        triples += [(role_node, RDF.type, G40.Role), (role_node, SKOS.prefLabel, cached_literal(role)),
                    (role_node, RDFS.label, cached_literal(role))]
        triples += [(role_node, p, o) for p, o in role_statements(role_node, role)]
    if stats.roles:
        triples += scheme_statements()
    for one, other in resolution.apart:  # "X is niet dezelfde persoon als Y": g40kg twins does not propose them
        if one in stats.uses and other in stats.uses:
            triples.append((iri(one), OWL.differentFrom, iri(other)))
    for old, new in sorted(resolution.moved.items()):  # a published key that moved: as a curated merge keeps it
        if new in stats.uses:
            triples.append((iri(new), OWL.sameAs, iri(old)))
    for triple in triples:
        if triple not in held:
            graph.add(triple)


def entity_classes(reference, resolution: Resolution, stats: BuildStats, documents: int) -> dict[str, int]:
    """Class name → instances of the graph before curation, counted from what the build wrote (the
    ``reference`` triples, the entities and roles of ``stats``, ``documents``) instead of read back
    from the store (:func:`graph.dataset.class_counts`: 0.1 s at 10,000 documents).

    >>> from graph.resolve import Entity, Resolution
    >>> stats = BuildStats(uses={"municipality/gm0758", "person/jan"}, roles={"voorzitter"})
    >>> resolution = Resolution({"municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda"),
    ...                          "person/jan": Entity("person/jan", "Person", "Jan")}, {})
    >>> reference = {(iri("municipality/gm0758"), RDF.type, G40.Municipality)}
    >>> sorted(entity_classes(reference, resolution, stats, 2).items())
    [('Document', 2), ('Municipality', 1), ('Person', 1), ('Role', 1)]
    """
    # entity keys and class names, not IRIs (rdflib hashes a term in Python): the entities the
    # documents use by type, and those of the gazetteer that no document uses as that type
    names, prefix, rdf_type = {G40[name]: name for name in ENTITY_CLASSES}, len(str(G40ID)), RDF.type
    entities, uses = resolution.entities, stats.uses
    counts = Counter(entities[key].type for key in uses)
    for s, p, o in reference:
        if p == rdf_type and o in names:
            key = str(s)[prefix:]
            if key not in uses or entities[key].type != names[o]:
                counts[names[o]] += 1
    counts = dict(counts)
    if stats.roles:
        counts["Role"] = len(stats.roles)
    if documents:
        counts["Document"] = documents
    return counts


def entity_statements(node: URIRef, type_name: str, label: str, alt_labels=(), subtype: str | None = None) -> list:
    """The statements that describe an entity: its class, its label (as ``skos:prefLabel`` and
    ``rdfs:label``), its other labels and its kind — of an entity the documents use, and of one a
    curation file declares (:func:`graph.curate.apply_curation`).

    >>> [str(p).rsplit("#", 1)[-1] for _s, p, _o in entity_statements(G40ID["x"], "Programme", "X", ("X", "Y"), "fonds")]
    ['type', 'prefLabel', 'label', 'altLabel', 'programmeKind']
    """
    statements = [(node, RDF.type, TYPE_CLASS[type_name]), (node, SKOS.prefLabel, Literal(label)),
                  (node, RDFS.label, Literal(label))]
    statements += [(node, SKOS.altLabel, Literal(alt)) for alt in alt_labels if alt != label]
    if subtype and type_name in _SUBTYPE_PROPERTY:
        statements.append((node, _SUBTYPE_PROPERTY[type_name], Literal(subtype)))
    return statements
