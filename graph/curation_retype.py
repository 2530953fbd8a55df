"""A curated retype: an ``entities:`` item whose ``type:`` is not the class of the entity the graph has
(walkthrough 17, finding 6): ``organisation/aedes: {type: Programme, label: Aedes-pilot, rename: true}``.

The entity gets the new class, and with it the key of its kind: ``organisation/aedes`` becomes
``programme/aedes`` as a merge into a new key moves it (:func:`graph.curation_merges.merge_entity`: every
fact, evidence and name follows, ``programme/aedes owl:sameAs organisation/aedes`` is kept, so the old
IRI still leads to it). A ``g40:CurationRule`` node ``<curated/{file}/retype-{n}>`` records it
(``g40:mergedFrom``, ``g40:mergedInto``, ``dcterms:source``, the retype as ``rdfs:label``);
``g40kg entity organisation/aedes`` reads it to say where the entity went. A class that makes one of
the entity's facts break the SHACL shapes (a municipality that would be a person with ``hasRole``
pointing at it as an organisation …) is a :class:`graph.curation_records.CurationError` naming the rule
and the fact, before anything is written.

Examples
--------
>>> from graph.vocab import G40ID
>>> entity_key(retyped_iri(G40ID["organisation/aedes"], "Programme"))
'programme/aedes'
>>> entity_key(retyped_iri(G40ID["programme/aedes"], "Programme"))
'programme/aedes'
"""

from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .curation_graph import (fact_count, objects_of, OneGraph, matching_quads, remove_triple, rule_node, entity_key,
                             is_typed)
from .curation_merges import merge_entity
from .curation_records import SUBTYPE_PREDICATES, TEXTS, CurationError, as_given, curation_warning
from .entity_descriptions import TYPE_CLASS
from .vocab import ENTITY_TYPES, G40, G40ID, mint

__all__ = ["retype", "retyped_iri", "is_retype", "retyped_to"]

TEXTS["nl"].update({
    "retype_invalid": "type: {type} maakt een feit ongeldig: {fact} ({why}); pas het feit of de regel aan",
    "w_missing_retype": "{source}: te hertypen entiteit {iri} staat niet in de graaf; overgeslagen",
    "w_retype_existing": "{source}: hertypen naar een bestaande sleutel: {old} samengevoegd met {new} ({label}, "
                         "{facts} feit(en)); is het een andere entiteit, haal de regel dan weg",
    "retype_distinct": "hertypen naar een bestaande sleutel: {new} ({label}) is volgens {other} een andere "
                       "entiteit dan {old}; haal een van beide regels weg",
})
TEXTS["en"].update({
    "retype_invalid": "type: {type} makes a fact invalid: {fact} ({why}); change the fact or the rule",
    "w_missing_retype": "{source}: entity to retype {iri} is not in the graph; skipped",
    "w_retype_existing": "{source}: retype into an existing key: {old} merged with {new} ({label}, {facts} "
                         "fact(s)); if it is another entity, remove the rule",
    "retype_distinct": "retype into an existing key: {new} ({label}) is another entity than {old} by {other}; "
                       "remove one of the two rules",
})

_RETYPED = """SELECT ?into ?source WHERE {
  ?rule a g40:CurationRule ; g40:mergedFrom ?old ; g40:mergedInto ?into ; dcterms:source ?source .
  FILTER (CONTAINS(STR(?rule), "/retype-")) }"""


def retyped_iri(iri: URIRef, type_name: str) -> URIRef:
    """The IRI of entity ``iri`` as an entity of class ``type_name``: its key under that class's kind
    (an IRI outside ``g40id:``, or already of that kind, stays)."""
    kind, _, key = entity_key(iri).partition("/")
    wanted = ENTITY_TYPES[type_name]
    if not str(iri).startswith(str(G40ID)) or not key or kind == wanted:
        return iri
    return mint(wanted, key)


def is_retype(iri: URIRef, type_name: str) -> bool:
    """Whether an ``entities:`` item of ``iri`` with ``type_name`` asks for another kind than its key's
    (``organisation/aedes: {type: Programme}``): a retype, whether or not the graph has the entity.

    >>> is_retype(G40ID["organisation/aedes"], "Programme"), is_retype(G40ID["programme/aedes"], "Programme")
    (True, False)
    """
    return retyped_iri(iri, type_name) != iri


def retype(dataset: Dataset, curated: OneGraph, old: URIRef, entity, numbers: dict[str, int],
           files: tuple[str, ...] = (), warnings: list[str] | None = None, distinct=()) -> tuple[URIRef, int]:
    """Give entity ``old`` the class of ``entity`` (a :class:`graph.curation_records.CuratedEntity`), under
    the key of its kind; returns the entity's IRI now and how many facts moved with it. Raises
    :class:`CurationError` when a fact of the entity breaks the SHACL shapes with that class (naming the
    rule's file as given in ``files``).

    When the graph already has an entity under that key (``organisation/aedes`` retyped to ``Programme``
    beside ``programme/aedes``) the two are one: ``old`` is merged into it, as a ``merge:`` would, and
    ``warnings`` gets "hertypen naar een bestaande sleutel: … samengevoegd met …"; unless a ``distinct:``
    rule of ``distinct`` (:class:`graph.curation_records.Distinct`) keeps them apart, a
    :class:`CurationError` naming both rules."""
    new = retyped_iri(old, entity.type)
    facts = fact_count(dataset, old)
    if new != old and is_typed(dataset, new):
        _into_existing(dataset, old, new, entity, distinct, files, warnings if warnings is not None else [])
    before = _neighbourhood(dataset, old)
    if new != old:
        merge_entity(dataset, curated, old, new, entity.source, [])
    wanted = TYPE_CLASS[entity.type]
    for cls in set(TYPE_CLASS.values()) - {wanted}:
        remove_triple(dataset, (new, RDF.type, cls))
    for name, predicate in SUBTYPE_PREDICATES.items():  # a unit's kind is no programme's
        if name != entity.type:
            remove_triple(dataset, (new, predicate, None))
    curated.add((new, RDF.type, wanted))
    if entity.kind and entity.type in SUBTYPE_PREDICATES and not objects_of(dataset, new, SUBTYPE_PREDICATES[entity.type]):
        curated.add((new, SUBTYPE_PREDICATES[entity.type], Literal(entity.kind)))
    _check_facts(dataset, new, old, before, entity, files)
    rule = rule_node(curated, entity.source, "retype", None, facts, numbers)
    curated.add((rule, G40.mergedFrom, old))
    curated.add((rule, G40.mergedInto, new))
    curated.add((rule, RDFS.label, Literal(f"{entity_key(old)} → {entity_key(new)} ({entity.type})")))
    return new, facts


def _into_existing(dataset: Dataset, old: URIRef, new: URIRef, entity, distinct, files: tuple[str, ...],
                   warnings: list[str]) -> None:
    """The warning (or, for two entities ``distinct:`` keeps apart, the error) of a retype of ``old``
    into the key ``new`` of an entity the graph has already."""
    label = min((str(o) for o in objects_of(dataset, new, SKOS.prefLabel)), default=entity_key(new))
    pair = {str(old), str(new)}
    rule = next((d for d in distinct if {str(d.one), str(d.other)} == pair), None)
    if rule is not None:
        raise CurationError(as_given(entity.source, files), "retype_distinct", old=entity_key(old), new=entity_key(new),
                            label=label, other=as_given(rule.source, files))
    warnings.append(curation_warning("w_retype_existing", source=entity.source, old=entity_key(old), new=entity_key(new),
                                  label=label, facts=fact_count(dataset, new)))


def retyped_to(dataset, iri) -> tuple[str, str, str] | None:
    """Where a retype moved entity ``iri``: (the entity's IRI now, its class's name, the rule's file:line),
    or None when no retype moved it.

    >>> from graph.store import new_dataset
    >>> retyped_to(new_dataset(), G40ID["organisation/aedes"]) is None
    True
    """
    from .query import query_rows
    from .vocab import PREFIXES

    for row in query_rows(dataset, _RETYPED, initNs=PREFIXES, initBindings={"old": URIRef(str(iri))}):
        into = row["into"]
        classes = {str(c).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for c in dataset.objects(into, RDF.type)}
        type_name = next((name for name, cls in TYPE_CLASS.items() if str(cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
                          in classes), "")
        return str(into), type_name, str(row["source"])
    return None


def _neighbourhood(dataset: Dataset, iri: URIRef) -> Graph:
    """The statements about ``iri`` the shapes check a relation by: every triple with it at either
    end, the triples of the membership nodes it holds or is held by, and the classes of the nodes at
    the other end."""
    from rdflib.namespace import ORG

    found = Graph()
    for s, p, o, _g in matching_quads(dataset, (iri, None, None)) + matching_quads(dataset, (None, None, iri)):
        found.add((s, p, o))
    memberships = {o for o in found.objects(iri, G40.hasRole)} | set(found.subjects(ORG.organization, iri))
    for node in memberships:
        for s, p, o, _g in matching_quads(dataset, (node, None, None)):
            found.add((s, p, o))
    for node in set(found.subjects()) | {o for o in found.objects() if isinstance(o, URIRef)}:
        for cls in objects_of(dataset, node, RDF.type):
            found.add((node, RDF.type, cls))
    return found


def _check_facts(dataset: Dataset, new: URIRef, old: URIRef, before: Graph, entity, files: tuple[str, ...]) -> None:
    """Raise :class:`CurationError` for the first fact of ``new`` that breaks a shape with its new class
    and did not before the retype (``before``: :func:`_neighbourhood` of ``old``)."""
    from .validate import short, validate_dataset

    def broken(graph: Graph, iri: URIRef) -> dict:
        mine = short(iri)
        return {(v.path, v.message_in("en")): v for v in validate_dataset(graph).violations if mine in (v.focus, v.value)}

    after = broken(_neighbourhood(dataset, new), new)
    if not after:
        return
    earlier = broken(before, old)
    for (path, message), violation in sorted(after.items(), key=lambda item: (item[0][0] or "", item[0][1])):
        if (path, message) in earlier:
            continue
        raise CurationError(as_given(entity.source, files), "retype_invalid", type=entity.type,
                            fact=_fact_text(violation, _neighbourhood(dataset, new)), why=violation.message)


def _fact_text(violation, graph: Graph) -> str:
    """The fact a shape's result is about, as a rule names it ("organisation/x participatesIn
    municipality/gm0758"); for a result about a node as a whole, its first fact whose relation the
    message names."""
    def plain(text: str | None) -> str:
        return text.split(":", 1)[1] if text and text.startswith(("g40id:", "g40:")) else (text or "")

    if violation.path and violation.value:
        return f"{plain(violation.focus)} {plain(violation.path)} {plain(violation.value)}"
    focus = str(G40ID) + plain(violation.focus)
    for _s, p, o in sorted(graph.triples((URIRef(focus), None, None))):
        name = str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if str(p).startswith(str(G40)) and name in violation.message_in("en"):
            return f"{plain(violation.focus)} {name} {entity_key(o)}"
    return plain(violation.focus)
