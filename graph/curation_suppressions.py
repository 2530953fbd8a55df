"""The suppression of a wrong extracted fact: its evidence nodes go (for ``hasRole`` also the
membership node), and its direct triple once no evidence for it is left; and why a suppression
found nothing (its document, the fact, the quote or the role is not in the graph).

Examples
--------
>>> _same_words("  Opgevolgd   door ") in _same_words("X is opgevolgd door Y.")
True
"""

from __future__ import annotations

from dataclasses import replace

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import PROV, RDF

from .curation_graph import _drop_node, _has, _has_evidence, _holds_membership, _objects, _quads, _remove, _typed
from .curation_records import Suppression
from .vocab import G40, mint

__all__ = ["_suppress", "_why_nothing", "back_in_graph"]


def _suppress(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef,
              dropped: list[str]) -> tuple[int, int]:
    """Remove the fact's evidence nodes, and its direct triple once no evidence for it is left;
    returns (evidence nodes, triples removed) and adds the evidence nodes' IRIs to ``dropped``."""
    predicate = G40[suppression.predicate]
    count = removed = 0
    for s, o, evidence in _matching(dataset, suppression, subject, obj):
        membership = next(iter(_objects(dataset, evidence, G40.membership)), None)
        removed += _drop_node(dataset, evidence)
        dropped.append(str(evidence))
        count += 1
        if membership is not None:
            removed += _drop_node(dataset, membership)
            removed += _remove(dataset, (s, G40.hasRole, membership))
            if not _holds_membership(dataset, s, o):
                removed += _remove(dataset, (s, G40.memberOf, o))
        elif not _has_evidence(dataset, s, predicate, o):
            removed += _remove(dataset, (s, predicate, o))
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
        for evidence in sorted({q[0] for q in _quads(dataset, (None, RDF.subject, s))}):
            if not _has(dataset, (evidence, RDF.predicate, predicate)) or not _has(dataset, (evidence, RDF.object, o)):
                continue
            if document is not None and not _has(dataset, (evidence, PROV.wasDerivedFrom, document)):
                continue
            if suppression.role and not _has(dataset, (evidence, G40.roleLabel, Literal(suppression.role))):
                continue
            if suppression.quote and not any(_same_words(suppression.quote) in _same_words(str(quote))
                                             for quote in _objects(dataset, evidence, G40.quote)):
                continue  # "quote: opgevolgd door": only the evidence of that sentence
            found.append((s, o, evidence))
    return found


def _same_words(text: str) -> str:
    """``text`` in lower case with its white space made single, to find a quote in another.

    >>> _same_words("  Opgevolgd   door ") in _same_words("X is opgevolgd door Y.")
    True
    """
    return " ".join(text.lower().split())


def _why_nothing(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> str:
    """Why ``suppression`` found nothing: "document" (its document is not in the graph), "fact"
    (no evidence of the fact at all), "quote" (no sentence with its quote), "role" (no fact with its
    role), else "elsewhere" (the fact is there, from other documents)."""
    if suppression.document and not _typed(dataset, mint("document", suppression.document)):
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
    quotes = sorted(str(q) for _s, _o, evidence in found for q in _objects(dataset, evidence, G40.quote))
    return quotes[0] if quotes else ""
