"""A curated fact written into ``g40g:curated``: the direct triple plus a ``g40:CuratedStatement``
with ``g40:curated true``, ``dcterms:source`` (file and line) and no quote; for ``hasRole`` a
membership node and the role, with the fact's time on both.

Examples
--------
>>> str(curated_date("2024-06-01").datatype).rsplit("#", 1)[-1], curated_date("2024").datatype is None
('date', True)
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from .curation_graph import OneGraph
from .curation_records import CuratedFact
from .role_labels import role_statements, scheme_statements
from .vocab import G40, ORG, mint

__all__ = ["curated_date", "is_placed", "write_fact"]

#: the kinds of body a ministry's contact (``ministry-contacts``) or a town's official works at
_PLACES = (G40.Ministry, G40.Municipality, G40.Province)


def curated_date(value: str) -> Literal:
    """A correction's date as a literal: ``xsd:date`` for a day, plain for a year or month."""
    return Literal(value, datatype=XSD.date) if len(value) == 10 else Literal(value)


def is_placed(dataset, person: URIRef) -> bool:
    """Whether ``person`` works at or has a role at a ministry, municipality or province in any graph
    (``memberOf``/``affiliatedWith``): a curated ``contactFor`` of someone placed nowhere is listed
    by no ministry (walkthrough 21, finding 4b).

    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset(); g = ds.graph(G40ID["g"]); p, ezk = G40ID["person/p"], G40ID["ministry/ezk"]
    >>> before = is_placed(ds, p); _ = g.add((ezk, RDF.type, G40.Ministry)); _ = g.add((p, G40.memberOf, ezk))
    >>> before, is_placed(ds, p)
    (False, True)
    """
    bodies = {o for predicate in (G40.memberOf, G40.affiliatedWith)
              for _s, _p, o, _g in dataset.quads((person, predicate, None, None))}
    return any(True for body in bodies for kind in _PLACES for _ in dataset.quads((body, RDF.type, kind, None)))


def write_fact(curated: "OneGraph", fact: CuratedFact, subject: URIRef, obj: URIRef, stem: str, number: int) -> None:
    """Write the curated ``fact`` into ``curated``: the direct triple, its statement node
    ``<curated/{stem}/{number}>`` with source and note, and a role's membership and period.

    >>> from graph.curation_graph import one_graph
    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40ID
    >>> ds = new_dataset(); p, o = G40ID["person/p"], G40ID["organisation/o"]
    >>> write_fact(one_graph(ds, G40ID["curated"]), CuratedFact(p, "memberOf", o, source="a.yaml:2"), p, o, "a-yaml", 1)
    >>> (p, G40.memberOf, o) in ds.graph(G40ID["curated"])
    True
    """
    statement = mint("curated", f"{stem}/{number}")
    predicate = G40[fact.predicate]
    curated.add((statement, RDF.type, G40.CuratedStatement))
    curated.add((statement, RDF.type, RDF.Statement))
    curated.add((statement, RDF.subject, subject))
    curated.add((statement, RDF.predicate, predicate))
    curated.add((statement, RDF.object, obj))
    curated.add((statement, G40.curated, Literal(True)))
    curated.add((statement, DCTERMS.source, Literal(fact.source)))
    if fact.note:
        curated.add((statement, RDFS.comment, Literal(fact.note)))
    timed = [statement]
    if fact.predicate == "hasRole":
        membership = mint("membership", f"curated/{stem}/{number}")
        role_label = fact.role.strip().lower()
        role = mint("role", role_label)
        curated.add((subject, G40.hasRole, membership))
        curated.add((subject, G40.memberOf, obj))
        curated.add((membership, RDF.type, G40.Membership))
        curated.add((membership, ORG.member, subject))
        curated.add((membership, ORG.organization, obj))
        curated.add((membership, ORG.role, role))
        curated.add((membership, G40.roleLabel, Literal(role_label)))
        curated.add((membership, G40.curated, Literal(True)))
        curated.add((membership, G40.past, Literal(fact.past)))
        curated.add((membership, DCTERMS.source, Literal(fact.source)))
        curated.add((role, RDF.type, G40.Role))
        curated.add((role, SKOS.prefLabel, Literal(role_label)))
        curated.add((role, RDFS.label, Literal(role_label)))
        for triple in [(role, p, o) for p, o in role_statements(role, role_label)] + scheme_statements():
            curated.add(triple)
        curated.add((statement, G40.membership, membership))
        curated.add((statement, G40.roleLabel, Literal(role_label)))
        if fact.portfolio:  # "portfolio: Wonen en Ruimte" (round 45m)
            curated.add((membership, G40.portfolio, Literal(fact.portfolio)))
            curated.add((statement, G40.portfolio, Literal(fact.portfolio)))
        timed.append(membership)
    else:
        curated.add((subject, predicate, obj))
    for node in timed:
        if fact.valid_from:
            curated.add((node, G40.validFrom, curated_date(fact.valid_from)))
        if fact.valid_until:
            curated.add((node, G40.validUntil, curated_date(fact.valid_until)))
        if fact.past and node == statement:
            curated.add((node, G40.past, Literal(True)))
