"""The removal of an entity (a ``suppress: - {entity: …}`` rule, a removal request): its node and
every statement naming it, the evidence and membership nodes of its facts and mentions; then its
names (and a person's surname, in the documents naming the person) masked in the quotes and
document titles that remain (:mod:`graph.privacy`).

Examples
--------
>>> sorted(addressed_names(["Voorbeeld"]))[:2]
['De heer Voorbeeld', 'Dhr. Voorbeeld']
"""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .curation_graph import drop_node, one_graph, has_triple, objects_of, matching_quads, remove_triple, entity_key
from .privacy import forgotten_spans, masked_text, surnames
from .vocab import CURATED_GRAPH, G40

__all__ = ["addressed_names", "entity_names", "entity_surnames", "erase_entity", "mask_names", "documents_naming",
           "erasure_record"]


#: the nodes that describe one statement (evidence, a curated statement, a membership): an entity's
#: removal takes the whole node when it names the entity
STATEMENT_CLASSES = (G40.Evidence, RDF.Statement, G40.CuratedStatement, G40.Membership)
#: what names an entity; its removal masks these names in the quotes that remain
_NAMES = (SKOS.prefLabel, RDFS.label, SKOS.altLabel)


#: how a text refers to a person by surname ("De heer Mulder is met ziekteverlof")
_HONORIFICS = ("de heer", "De heer", "mevrouw", "Mevrouw", "mevr.", "Mevr.", "dhr.", "Dhr.", "mw.", "Mw.")


def addressed_names(surnames) -> set[str]:
    """Each of ``surnames`` as a text addresses a person by it ("de heer"/"mevrouw" + surname).

    >>> sorted(addressed_names(["Mulder"]))[:3]
    ['De heer Mulder', 'Dhr. Mulder', 'Mevr. Mulder']
    """
    return {f"{title} {surname}" for title in _HONORIFICS for surname in surnames}


def entity_names(dataset: Dataset, iri: URIRef) -> set[str]:
    """The names of ``iri`` (preferred, labels, aliases); a person's also as "de heer"/"mevrouw" and
    the surname (the words after the first name).

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset()
    >>> _ = ds.add((G40ID["person/p"], RDF.type, G40.Person)); _ = ds.add((G40ID["person/p"], RDFS.label, Literal("Pieter van Dam")))
    >>> sorted(entity_names(ds, G40ID["person/p"]))[:3]
    ['De heer van Dam', 'Dhr. van Dam', 'Mevr. van Dam']
    """
    names = {str(o) for p in _NAMES for o in objects_of(dataset, iri, p)}
    if has_triple(dataset, (iri, RDF.type, G40.Person)):
        surnames = {name.split(None, 1)[1] for name in names if len(name.split()) > 1}
        names |= addressed_names(surnames)
    return names


def entity_surnames(dataset: Dataset, iri: URIRef) -> set[str]:
    """The surnames of the person ``iri`` (:func:`graph.privacy.surnames` of its labels and aliases);
    none for another entity. A removal masks them in the documents that name the person.

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset()
    >>> _ = ds.add((G40ID["person/p"], RDF.type, G40.Person)); _ = ds.add((G40ID["person/p"], RDFS.label, Literal("Pieter van Dam")))
    >>> sorted(entity_surnames(ds, G40ID["person/p"]))
    ['Van Dam', 'van Dam']
    """
    if not has_triple(dataset, (iri, RDF.type, G40.Person)):
        return set()
    return surnames(str(o) for p in _NAMES for o in objects_of(dataset, iri, p))


def documents_naming(dataset: Dataset, iri: URIRef) -> set[str]:
    """The named graphs (IRIs) of the documents that say something about ``iri`` (a mention, a fact).

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset(); _ = ds.graph(G40ID["document/d"]).add((G40ID["evidence/e"], RDF.subject, G40ID["person/p"]))
    >>> documents_naming(ds, G40ID["person/p"]) == {str(G40ID["document/d"])}
    True
    """
    return {str(getattr(g, "identifier", g)) for p in (RDF.subject, RDF.object)
            for _s, _p, _o, g in matching_quads(dataset, (None, p, iri))} - {str(CURATED_GRAPH)}


def erase_entity(dataset: Dataset, iri: URIRef, dropped: list[str], relations: dict[str, int]) -> int:
    """Remove ``iri`` entirely: every statement with it as subject or object; a statement node
    (evidence, membership) naming it goes whole, with what points at that node. Returns the number
    of statements removed, adds the evidence nodes' IRIs to ``dropped`` and counts them by relation
    in ``relations``.

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset(); g = ds.graph(G40ID["g"]); p, e = G40ID["person/p"], G40ID["evidence/e"]
    >>> _ = g.add((p, RDF.type, G40.Person)); _ = g.add((e, RDF.type, G40.Evidence))
    >>> _ = g.add((e, RDF.subject, p)); _ = g.add((e, RDF.predicate, G40.memberOf))
    >>> dropped, relations = [], {}
    >>> erase_entity(ds, p, dropped, relations), dropped == [str(e)], relations
    (4, True, {'memberOf': 1})
    """
    nodes = {s for s, _p, _o, _g in matching_quads(dataset, (None, None, iri))
             if any(has_triple(dataset, (s, RDF.type, c)) for c in STATEMENT_CLASSES)}
    nodes |= objects_of(dataset, iri, G40.hasRole)  # its memberships
    removed = 0
    for node in sorted(nodes):
        for pointer in {q[0] for q in matching_quads(dataset, (None, G40.membership, node))}:
            removed += drop_node(dataset, pointer)
            dropped.append(str(pointer))
        if has_triple(dataset, (node, RDF.type, G40.Evidence)):
            dropped.append(str(node))
            for relation in objects_of(dataset, node, RDF.predicate):
                if relation != G40.mentions:
                    name = entity_key(relation).rsplit("#", 1)[-1]
                    relations[name] = relations.get(name, 0) + 1
        removed += drop_node(dataset, node) + remove_triple(dataset, (None, None, node))
    return removed + drop_node(dataset, iri) + remove_triple(dataset, (None, None, iri))


def mask_names(dataset: Dataset, pattern, surname=None, named_in=frozenset(), only=None) -> int:
    """Mask the names ``pattern`` finds in every quote and in documents' titles, labels and authors (in the
    graph's language: the quotes are Dutch text), and the bare ``surname`` in those of a document
    that names the person (its id in ``named_in``, or one of the names in the literal; see
    :func:`graph.privacy.forgotten_spans`); returns how many literals changed. ``only``: in that
    named graph alone (the others were masked before they reached the store: :mod:`graph.fragment_erasure`).

    >>> from graph.privacy import name_pattern
    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset(); g = ds.graph(G40ID["document/d"])
    >>> _ = g.add((G40ID["evidence/e"], G40.quote, Literal("Piet Bakker is voorzitter.", lang="nl")))
    >>> mask_names(ds, name_pattern({"Piet Bakker"}))
    1
    >>> "Bakker" in str(next(iter(objects_of(ds, G40ID["evidence/e"], G40.quote))))
    False
    """
    changed = 0
    for predicate in (G40.quote, DCTERMS.title, RDFS.label, SKOS.prefLabel, DCTERMS.creator):  # creator: a DMS's author
        found = (matching_quads(dataset, (None, predicate, None)) if only is None else
                 [(s, p, o, only) for s, p, o in dataset.graph(only).triples((None, predicate, None))])
        for s, p, o, g in found:
            if not isinstance(o, Literal):
                continue
            if predicate != G40.quote and not has_triple(dataset, (s, RDF.type, G40.Document)):
                continue
            named = str(getattr(g, "identifier", g)) in named_in
            spans = forgotten_spans(str(o), pattern, surname, named)
            if not spans:
                continue
            text = masked_text(str(o), spans)[0]
            graph = one_graph(dataset, g)
            graph.remove((s, p, o))
            graph.graph.add((s, p, Literal(text, lang=o.language, datatype=o.datatype)))
            changed += 1
    return changed


def erasure_record(source: str, facts: int, stale: str | None = None) -> dict:
    """The record of a removal rule for ``g40kg curation`` and the manifest: its file and line and how
    many facts went, without the name or key (the rule file holds them) and without the reason.

    >>> erasure_record("avg.yaml:3", 4)["rule"]
    '[naam verwijderd]'
    """
    from .privacy import MASKS

    return {"kind": "erase", "source": source, "reason": None, "rule": MASKS["nl"]["name"], "facts": facts,
            "entities": 0 if stale else 1, "stale": stale}
