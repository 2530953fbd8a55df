"""The terms of a document's graph, two ways: rdflib terms into an rdflib Graph (:class:`_Terms`,
for :func:`graph.build.build_dataset`) or their N-Triples text into :class:`graph.nquads.QuadLines`
(:class:`_Texts`, for :func:`graph.fragments.document_fragment`), with the literals both make
(dates, confidences, recurring values). Part of the builder's code (:func:`graph.fragments.builder_fingerprint`).

Examples
--------
>>> _Texts.date("2024-06-01")
'"2024-06-01"^^<http://www.w3.org/2001/XMLSchema#date>'
>>> _Terms.date("2024-06-01") == _Texts.date("2024-06-01") or str(_Terms.date("2024-06-01"))
'2024-06-01'
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from .nquads import QuadLines, describe, string_text, term_text
from .reference import iri
from .vocab import G40, G40ID, ORG, mint

__all__ = ["_Terms", "_Texts", "cached_literal"]


@lru_cache(maxsize=4096)
def _date(value: str | None):
    if not value:
        return None
    return Literal(value, datatype=XSD.date) if len(value) == 10 else Literal(value)


#: a Literal for a value that recurs across facts (offsets, rules, roles, flags); ``typed`` keeps True and 1 apart
cached_literal = lru_cache(maxsize=65_536, typed=True)(Literal)


@lru_cache(maxsize=4096)
def _confidence(value: float) -> Literal:
    """A confidence as an ``xsd:decimal`` in its canonical form (XSD 1.1: ``1``, ``0.8``), the
    form Oxigraph stores, so both engines and every export write the same literal.

    >>> [str(_confidence(v)) for v in (1.0, 0.8, 0.85, 0.0, 0.12345)]
    ['1', '0.8', '0.85', '0', '0.123']
    """
    return Literal(format(Decimal(str(round(float(value), 3))).normalize(), "f"), datatype=XSD.decimal)


class _Terms:
    """The terms of a document graph as rdflib terms, written into an rdflib Graph (:func:`build_dataset`).

    :class:`_Texts` has the same terms as N-Triples text, written into :class:`QuadLines`
    (:func:`document_fragment`); the writers (:func:`write_document` and the functions it calls)
    use only what the two classes share, so both write the same triples.
    """

    # made once: rdflib builds a new URIRef on each ``G40.quote`` (0.5 s per 1,000 documents)
    TYPE, DOCUMENT, EVIDENCE, STATEMENT = RDF.type, G40.Document, G40.Evidence, RDF.Statement
    IDENTIFIER, LABEL, TITLE, SOURCE = DCTERMS.identifier, RDFS.label, DCTERMS.title, DCTERMS.source
    LANGUAGE, CHECKSUM, DATE_INFERRED = DCTERMS.language, G40.checksum, G40.dateInferred
    PERIOD_START, PERIOD_END = G40.periodStart, G40.periodEnd
    SUBJECT, PREDICATE, OBJECT = RDF.subject, RDF.predicate, RDF.object
    QUOTE, START, END, RULE, CONFIDENCE = G40.quote, G40.startOffset, G40.endOffset, G40.rule, G40.confidence
    DERIVED, DATE, FROM, UNTIL, PAST = PROV.wasDerivedFrom, DCTERMS.date, G40.validFrom, G40.validUntil, G40.past
    FROM_PRECISION, UNTIL_PRECISION = G40.validFromPrecision, G40.validUntilPrecision
    MENTIONS, HAS_ROLE, MEMBERSHIP, ROLE_LABEL = G40.mentions, G40.hasRole, G40.membership, G40.roleLabel
    PORTFOLIO = G40.portfolio
    CREATOR, CASE_NUMBER = DCTERMS.creator, G40.caseNumber  # a DMS export's author and case (round 58d)
    MEMBERSHIP_CLASS, MEMBER, ORGANIZATION, ROLE = G40.Membership, ORG.member, ORG.organization, ORG.role
    DATASET = G40ID["dataset"]

    string = staticmethod(Literal)
    literal = staticmethod(cached_literal)  # an offset or a flag
    confidence = staticmethod(_confidence)
    date = staticmethod(_date)
    entity = staticmethod(iri)

    def __init__(self, graph: Graph):
        self.graph = graph

    def describe(self, subject, pairs) -> None:
        describe(self.graph, subject, pairs)

    @staticmethod
    def node(node: URIRef) -> URIRef:
        return node

    @staticmethod
    def predicate(name: str) -> URIRef:
        return G40[name]

    @staticmethod
    def role(label: str) -> URIRef:
        return mint("role", label)

    @staticmethod
    def keyed(kind: str, document_id: str):
        """``key → mint(kind, f"{document_id}/{key}")``, without slugifying the document id for every node."""
        prefix = str(mint(kind, f"{document_id}/x"))[:-1]
        return lambda key: URIRef(prefix + key)


class _Texts(_Terms):
    """The terms of :class:`_Terms` as their :func:`term_text`, written into :class:`QuadLines`.

    Strings, offsets and the IRIs of entities and nodes are made as text, without the rdflib
    term (its construction was most of the cost of a document's graph); the rest is the text
    of the rdflib term, cached.
    """

    def __init__(self, lines: QuadLines):
        self.graph = lines

    def describe(self, subject: str, pairs) -> None:
        self.graph.describe_text(subject, pairs)

    string = staticmethod(string_text)

    @staticmethod
    def literal(value) -> str:
        if type(value) is int:  # rdflib's lexical form of an int is str(value)
            return f'"{value}"{_INTEGER}'
        return _literal_text(value)

    confidence = staticmethod(lru_cache(maxsize=4096)(lambda value: term_text(_confidence(value))))
    date = staticmethod(lru_cache(maxsize=4096)(lambda value: term_text(_date(value))))
    node = staticmethod(term_text)
    predicate = staticmethod(lru_cache(maxsize=256)(lambda name: term_text(G40[name])))
    role = staticmethod(lru_cache(maxsize=4096)(lambda label: term_text(mint("role", label))))

    entity = staticmethod(lru_cache(maxsize=200_000)(lambda key: term_text(iri(key))))

    @staticmethod
    def keyed(kind: str, document_id: str):
        prefix = term_text(mint(kind, f"{document_id}/x"))[:-2]  # "<…/x>": a key's hex digits are never escaped
        return lambda key: f"{prefix}{key}>"


for _name, _term in list(vars(_Terms).items()):  # the vocabulary of _Terms, as text
    if _name.isupper():
        setattr(_Texts, _name, term_text(_term))
del _name, _term
_INTEGER = "^^" + term_text(XSD.integer)
_literal_text = lru_cache(maxsize=65_536, typed=True)(lambda value: term_text(cached_literal(value)))
