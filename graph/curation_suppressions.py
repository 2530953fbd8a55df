"""The suppression of a wrong extracted fact: its evidence nodes go (for ``hasRole`` also the
membership node), and its direct triple once no evidence for it is left; and why a suppression
found nothing (its document, the fact, the quote or the role is not in the graph).

Examples
--------
>>> same_words("  Opgevolgd   door ") in same_words("X is opgevolgd door Y.")
True
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF

from .curation_graph import drop_node, has_triple, has_evidence, holds_membership, objects_of, matching_quads, remove_triple, is_typed
from .curation_records import Suppression
from .vocab import G40, mint

__all__ = ["apply_suppression", "why_nothing", "back_in_graph", "fact_documents"]


def apply_suppression(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef,
              dropped: list[str]) -> tuple[int, int]:
    """Remove the fact's evidence nodes, and its direct triple once no evidence for it is left;
    returns (evidence nodes, triples removed) and adds the evidence nodes' IRIs to ``dropped``.

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset(); g = ds.graph(G40ID["document/d"]); p, o, e = G40ID["person/p"], G40ID["organisation/o"], G40ID["evidence/e"]
    >>> for s, pr, ob in ((p, G40.memberOf, o), (e, RDF.subject, p), (e, RDF.predicate, G40.memberOf), (e, RDF.object, o)):
    ...     _ = g.add((s, pr, ob))
    >>> dropped = []
    >>> apply_suppression(ds, Suppression(p, "memberOf", o), p, o, dropped), dropped == [str(e)]
    ((1, 4), True)
    """
    predicate = G40[suppression.predicate]
    count = removed = 0
    for s, o, evidence in _matching(dataset, suppression, subject, obj):
        membership = next(iter(objects_of(dataset, evidence, G40.membership)), None)
        removed += drop_node(dataset, evidence)
        dropped.append(str(evidence))
        count += 1
        if membership is not None:
            removed += drop_node(dataset, membership)
            removed += remove_triple(dataset, (s, G40.hasRole, membership))
            if not holds_membership(dataset, s, o):
                removed += remove_triple(dataset, (s, G40.memberOf, o))
        elif not has_evidence(dataset, s, predicate, o):
            removed += remove_triple(dataset, (s, predicate, o))
    return count, removed


def _matching(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> list[tuple]:
    """(subject, object, evidence) of each evidence node ``suppression`` matches (both ends of a
    ``collaboratesWith``), found before anything is removed."""
    predicate = G40[suppression.predicate]
    ends = [(subject, obj)]
    if suppression.predicate == "collaboratesWith":
        ends.append((obj, subject))
    document = mint("document", suppression.document) if suppression.document else None
    found = []
    for s, o in ends:
        for evidence in sorted({q[0] for q in matching_quads(dataset, (None, RDF.subject, s))}):
            if not has_triple(dataset, (evidence, RDF.predicate, predicate)) or not has_triple(dataset, (evidence, RDF.object, o)):
                continue
            if document is not None and not has_triple(dataset, (evidence, PROV.wasDerivedFrom, document)):
                continue
            if suppression.role and not has_triple(dataset, (evidence, G40.roleLabel, Literal(suppression.role))):
                continue
            if suppression.quote and not any(same_words(suppression.quote) in same_words(str(quote))
                                             for quote in objects_of(dataset, evidence, G40.quote)):
                continue  # "quote: opgevolgd door": only the evidence of that sentence
            found.append((s, o, evidence))
    return found


def same_words(text: str) -> str:
    """``text`` in lower case with its white space made single, to find a quote in another.

    >>> same_words("  Opgevolgd   door ") in same_words("X is opgevolgd door Y.")
    True
    """
    return " ".join(text.lower().split())


def why_nothing(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> str:
    """Why ``suppression`` found nothing: "document" (its document is not in the graph), "fact"
    (no evidence of the fact at all), "quote" (no sentence with its quote), "role" (no fact with its
    role), else "elsewhere" (the fact is there, from other documents).

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> p, o = G40ID["person/p"], G40ID["organisation/o"]
    >>> why_nothing(new_dataset(), Suppression(p, "memberOf", o), p, o)
    'fact'
    """
    if suppression.document and not is_typed(dataset, mint("document", suppression.document)):
        return "document"
    loose = Suppression(suppression.subject, suppression.predicate, suppression.object)
    if not _matching(dataset, loose, subject, obj):
        return "fact"
    for field in ("quote", "role"):
        if getattr(suppression, field) and not _matching(dataset, replace(loose, **{field: getattr(suppression, field)}),
                                                         subject, obj):
            return field
    return "elsewhere"


def back_in_graph(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> str | None:
    """The sentence of the fact ``suppression`` removed where it is in the graph again from another
    document or sentence (its document gone or renamed, its ``quote:`` no longer found), else None: the
    fact a reviewer has to judge again (walkthrough 17, finding 17). A "" quote: a fact with no sentence."""
    loose = Suppression(suppression.subject, suppression.predicate, suppression.object, role=suppression.role)
    found = _matching(dataset, loose, subject, obj)
    if not found:
        return None
    quotes = sorted(str(q) for _s, _o, evidence in found for q in objects_of(dataset, evidence, G40.quote))
    return quotes[0] if quotes else ""


def fact_documents(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> set[URIRef]:
    """The documents (IRIs) whose evidence ``suppression`` would remove, its ``document:`` aside: where
    to look before removing a fact from some of them (:mod:`graph.withdrawals`).

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> p, o = G40ID["person/p"], G40ID["organisation/o"]
    >>> fact_documents(new_dataset(), Suppression(p, "memberOf", o), p, o)
    set()
    """
    loose = replace(suppression, document=None)
    return {document for _s, _o, evidence in _matching(dataset, loose, subject, obj)
            for document in objects_of(dataset, evidence, PROV.wasDerivedFrom)}
