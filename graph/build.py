"""Resolved extraction records → an rdflib Dataset with provenance. Pure: no I/O.

One named graph per document holds the document node, its mentions, one evidence node per
fact (a reified statement with the quote, its character offsets, the rule and confidence) and a
membership node per ``hasRole``. The ``g40g:facts`` graph holds the direct fact triples
(``Breda collaboratesWith EZK``), each once however many documents state it, and the
``g40g:entities`` graph describes the entities and roles the documents use (type, labels, kind)
once: resolution across the whole corpus decides a label, so one document naming an entity more
fully rewrites that graph, not every document that mentions the entity. The ``g40g:reference``
graph holds the gazetteer; ``g40g:entities`` leaves out what it already says.

The named graphs are a partition: each triple is in exactly one of them, so the union of the
graphs (what queries without ``GRAPH`` see) holds every triple once on any store. See
``docs/architecture.md``.

Examples
--------
>>> from graph.extract.model import Extraction, Mention, Relation
>>> from graph.resolve import Entity, Resolution
>>> from graph.ingest import Document
>>> text = "Breda werkt samen met EZK."
>>> doc = Document(id="d", path="d.txt", text=text, checksum="sha256:0", date="2022-01-01")
>>> breda = Mention(0, 5, "Breda", "Municipality", "gazetteer", 1.0, key="GM0758")
>>> ezk = Mention(22, 25, "EZK", "Ministry", "gazetteer", 1.0, key="mnre1045")
>>> ex = Extraction("d", mentions=[breda, ezk], relations=[
...     Relation(breda, "collaboratesWith", ezk, 0, 26, "relations.samen-met", 0.8)])
>>> res = Resolution(entities={"municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda"),
...                            "ministry/mnre1045": Entity("ministry/mnre1045", "Ministry", "EZK")},
...                  mention_keys={("d", 0, 5): "municipality/gm0758", ("d", 22, 25): "ministry/mnre1045"})
>>> ds = build_dataset([doc], [ex], res)
>>> from graph.vocab import G40, FACTS_GRAPH
>>> [str(o).rsplit("/", 1)[-1] for o in ds.graph(FACTS_GRAPH).objects(None, G40.collaboratesWith)]
['mnre1045']
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .dataset import ENTITY_CLASSES
from .document_periods import dated, document_period, first_day, last_day, one_day, reported_period
from .extract.model import Extraction, Relation
from .ingest import Document
from .nquads import QuadLines, describe, string_text, term_text
from .privacy import mask_contacts, readable_quote
from .reference import iri
from .resolve import Entity, Resolution
from .role_labels import role_statements, scheme_statements
from .tenure import PARTICIPATION
from .vocab import (ENTITIES_GRAPH, FACTS_GRAPH, G40, G40ID, ONTOLOGY_GRAPH, ORG, REFERENCE_GRAPH, bind_prefixes,
                    content_key, document_graph, mint)

__all__ = ["build_dataset", "BuildStats", "TYPE_CLASS", "Fragment", "document_fragment", "reference_fragment",
           "entities_fragment", "facts_fragment", "document_facts", "fragment_key", "builder_fingerprint",
           "entity_classes", "ontology_fragment", "SKOLEM"]

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


@dataclass
class BuildStats:
    """What a build wrote: counts for the summary."""

    documents: int = 0
    entities: Counter = field(default_factory=Counter)  # distinct entities mentioned, by type
    entity_types: dict = field(default_factory=dict, repr=False)  # entity key → type
    relations: Counter = field(default_factory=Counter)
    mentions: int = 0
    unresolved: int = 0
    uses: set = field(default_factory=set, repr=False)  # entity keys the graphs point at (mentions, fact ends)
    # (a record lists under "uses" only those that are not under "entities", the mentioned ones)
    roles: set = field(default_factory=set, repr=False)  # role labels of the memberships
    #: terms of offices and participations (office graph.tenure.PARTICIPATION) with a time (graph.tenure):
    #: [evidence, holder, body, office, start, end, past,
    #: reported] (reported: dated only by its document, its day or its period)
    terms: list = field(default_factory=list, repr=False)

    def as_record(self) -> dict:
        """What a document contributed, as JSON-ready data (kept with the graph for incremental builds)."""
        return {"relations": dict(self.relations), "mentions": self.mentions, "unresolved": self.unresolved,
                "entities": dict(sorted(self.entity_types.items())), "uses": sorted(self.uses - self.entity_types.keys()),
                "roles": sorted(self.roles), "terms": list(self.terms)}

    def add_record(self, record: dict) -> None:
        """Count a document's :meth:`as_record` in (for documents whose graph was not rebuilt)."""
        self.documents += 1
        self.relations.update(record["relations"])
        self.mentions += record["mentions"]
        self.unresolved += record["unresolved"]
        entity_types, entities = self.entity_types, self.entities
        for key, type_ in record["entities"].items():  # _count_entity, inlined: 120,000 calls for 10,000 documents
            if key not in entity_types:
                entity_types[key] = type_
                entities[type_] += 1
        self.uses.update(record["entities"])
        self.uses.update(record["uses"])
        self.roles.update(record["roles"])
        self.terms.extend(record.get("terms", ()))

    def curated(self, merges, suppressed_by, erased=()) -> None:
        """Count what curation did in: ``merges`` (entity key merged away, key it went into),
        ``suppressed_by`` ((relation, number of relations removed)) and ``erased`` (keys of entities
        removed entirely), so that the counts are the graph's.

        >>> stats = BuildStats(relations=Counter(collaboratesWith=3))
        >>> stats._count_entity("unit/a", "OrganisationalUnit"); stats._count_entity("unit/b", "OrganisationalUnit")
        >>> stats.curated([("unit/a", "unit/b")], [("collaboratesWith", 1)])
        >>> dict(stats.entities), dict(stats.relations)
        ({'OrganisationalUnit': 1}, {'collaboratesWith': 2})
        """
        for old, into in merges:
            type_ = self.entity_types.pop(old, None)
            if type_ is None:  # not mentioned by a document: not counted
                continue
            self.entities[type_] -= 1
            self._count_entity(into, type_)
        for key in erased:
            type_ = self.entity_types.pop(key, None)
            if type_ is not None:
                self.entities[type_] -= 1
        for relation, count in suppressed_by:
            self.relations[relation] -= count
        for counter in (self.entities, self.relations):
            for name in [name for name, count in counter.items() if count <= 0]:
                del counter[name]

    def _count_entity(self, key: str, type_: str) -> None:
        if key not in self.entity_types:
            self.entity_types[key] = type_
            self.entities[type_] += 1


@lru_cache(maxsize=4096)
def _date(value: str | None):
    if not value:
        return None
    return Literal(value, datatype=XSD.date) if len(value) == 10 else Literal(value)


#: a Literal for a value that recurs across facts (offsets, rules, roles, flags); ``typed`` keeps True and 1 apart
_literal = lru_cache(maxsize=65_536, typed=True)(Literal)


@lru_cache(maxsize=4096)
def _confidence(value: float) -> Literal:
    """A confidence as an ``xsd:decimal`` in its canonical form (XSD 1.1: ``1``, ``0.8``), the
    form Oxigraph stores, so both engines and every export write the same literal.

    >>> [str(_confidence(v)) for v in (1.0, 0.8, 0.85, 0.0, 0.12345)]
    ['1', '0.8', '0.85', '0', '0.123']
    """
    return Literal(format(Decimal(str(round(float(value), 3))).normalize(), "f"), datatype=XSD.decimal)


def build_dataset(
    documents: list[Document],
    extractions: list[Extraction],
    resolution: Resolution,
    *,
    reference: Graph | None = None,
    dataset: Dataset | None = None,
    stats: BuildStats | None = None,
) -> Dataset:
    """Write documents, entities, facts and their evidence into a Dataset.

    ``extractions`` are matched to ``documents`` by document id. ``reference`` (the gazetteer
    graph) goes into ``g40g:reference``. A relation whose subject or object does not resolve is
    left out (counted in ``stats.unresolved``).
    """
    from .store import new_dataset

    dataset = dataset if dataset is not None else new_dataset("rdflib")
    bind_prefixes(dataset)
    stats = stats if stats is not None else BuildStats()
    if reference is not None:
        target = dataset.graph(REFERENCE_GRAPH)
        for triple in reference:
            target.add(triple)
    by_id = {document.id: document for document in documents}
    for extraction in extractions:
        document = by_id[extraction.document_id]
        _write_document(_Terms(dataset.graph(document_graph(document.id))), document, extraction, resolution,
                        stats)
    _write_facts(dataset.graph(FACTS_GRAPH), extractions, resolution)
    _write_entities(dataset.graph(ENTITIES_GRAPH), resolution, stats, held=set(reference or ()))
    return dataset


@dataclass
class Fragment:
    """One named graph of a build as N-Quads text, with what it contributed to the counts."""

    graph: URIRef
    key: str
    text: bytes | None  # None: reused, the previous graph.nq holds it
    record: dict


def document_fragment(document: Document, extraction: Extraction, resolution: Resolution,
                      key: str | None = None) -> Fragment:
    """The named graph of one document as sorted N-Quads (what :func:`build_dataset` writes for it).

    >>> from graph.extract.model import Extraction
    >>> from graph.resolve import Resolution
    >>> doc = Document(id="d", path="d.txt", text="Niets.", checksum="sha256:0")
    >>> fragment = document_fragment(doc, Extraction("d"), Resolution({}, {}))
    >>> fragment.text.count(b"\\n"), fragment.record["mentions"]  # 5 of the document, 1 of the dataset's sources
    (6, 0)
    """
    sink = QuadLines(document_graph(document.id))
    stats = BuildStats()
    _write_document(_Texts(sink), document, extraction, resolution, stats)
    key = key or fragment_key(document, extraction, resolution)
    return Fragment(sink.name, key, sink.text(), stats.as_record())


def reference_fragment(reference: Graph) -> Fragment:
    """The gazetteer graph (``g40g:reference``) as a fragment; its key is the hash of its text."""
    sink = QuadLines(REFERENCE_GRAPH)
    for triple in reference:
        sink.add(triple)
    return _hashed_fragment(sink.name, sink.text())


def ontology_fragment(previous: dict | None = None) -> Fragment:
    """The vocabulary (``ontology/g40.ttl``, what ``serve`` answers at ``/def``) as the named graph
    ``g40g:ontology``, so that a query finds a class's or property's labels (``g40:Person
    rdfs:label ?label``). Its blank nodes (``owl:unionOf`` lists) become Skolem IRIs (RDF 1.1
    §3.5, :data:`SKOLEM`) named by their canonical labels (:func:`rdflib.compare.to_canonical_graph`):
    the dataset holds no blank node (a store relabels them on loading, so no two loads would
    agree), and every build writes the graph alike. An unchanged file (``previous``: the fragment
    index of the previous build) is not parsed again.

    >>> fragment = ontology_fragment()
    >>> fragment.text.count(b"\\n") > 400, b'"persoon"@nl' in fragment.text, b"_:" in fragment.text
    (True, True, False)
    >>> ontology_fragment().text == fragment.text
    True
    """
    from rdflib.compare import to_canonical_graph

    from .resources import ontology_path

    turtle = ontology_path("g40.ttl").read_bytes()
    key = hashlib.sha256(builder_fingerprint().encode() + turtle).hexdigest()[:32]
    entry = ((previous or {}).get("graphs") or {}).get(str(ONTOLOGY_GRAPH)) or {}
    if entry.get("key") == key:
        return Fragment(ONTOLOGY_GRAPH, key, None, entry.get("record") or {})
    sink = QuadLines(ONTOLOGY_GRAPH)
    for triple in to_canonical_graph(Graph().parse(data=turtle, format="turtle")):
        sink.add(tuple(URIRef(SKOLEM + term) if isinstance(term, BNode) else term for term in triple))
    return Fragment(ONTOLOGY_GRAPH, key, sink.text(), {})


#: where the ontology graph's blank nodes are named (:func:`ontology_fragment`)
SKOLEM = "https://w3id.org/g40kg/.well-known/genid/"


def entities_fragment(resolution: Resolution, stats: BuildStats, reference: Graph | None = None) -> Fragment:
    """The ``g40g:entities`` graph: the entities and roles that the documents counted in ``stats``
    use, without the statements the ``reference`` graph (the gazetteer) already holds.

    >>> from graph.resolve import Entity, Resolution
    >>> stats = BuildStats(uses={"municipality/gm0758"}, roles={"voorzitter"})
    >>> resolution = Resolution({"municipality/gm0758": Entity("municipality/gm0758", "Municipality", "Breda")}, {})
    >>> entities_fragment(resolution, stats).text.count(b"\\n")  # 3 for the city, 5 for the role, 3 for its scheme
    11
    >>> reference = Graph().add((iri("municipality/gm0758"), RDF.type, G40.Municipality))
    >>> entities_fragment(resolution, stats, reference).text.count(b"\\n")  # the type is the gazetteer's
    10
    """
    sink = QuadLines(ENTITIES_GRAPH)
    _write_entities(sink, resolution, stats, held=set(reference or ()))
    return _hashed_fragment(sink.name, sink.text())


def facts_fragment(extractions, resolution: Resolution) -> Fragment:
    """The ``g40g:facts`` graph: the direct triple of every fact the documents state, each once.

    ``extractions``: of every document of the build (whole, or their
    :class:`graph.incremental.ExtractionOutline`: the relation ends and predicates suffice).
    The lines are made from the entity keys (each IRI's text once), not through rdflib terms.
    """
    suffix, entity, predicate = f" {term_text(FACTS_GRAPH)} .\n", _Texts.entity, _Texts.predicate
    lines = {f"{entity(s)} {predicate(p)} {entity(o)}{suffix}" for s, p, o in _facts(extractions, resolution)}
    return _hashed_fragment(FACTS_GRAPH, "".join(sorted(lines)).encode("utf-8"))


def document_facts(document_id: str, extraction, resolution: Resolution):
    """The direct triples (subject key, predicate, object key) of one document's resolved relations.

    A ``hasRole`` relation gives ``memberOf`` (the role itself hangs on a membership node in the
    document graph).

    >>> from graph.extract.model import Extraction, Mention, Relation
    >>> jan = Mention(0, 3, "Jan", "Person", "r", 1.0)
    >>> vng = Mention(20, 23, "VNG", "Organisation", "r", 1.0)
    >>> ex = Extraction("d", mentions=[jan, vng], relations=[Relation(jan, "hasRole", vng, 0, 24, "r", 0.9)])
    >>> res = Resolution({}, {("d", 0, 3): "person/jan", ("d", 20, 23): "organisation/vng"})
    >>> list(document_facts("d", ex, res))
    [('person/jan', 'memberOf', 'organisation/vng')]
    """
    _keys, ends = _resolved(document_id, extraction, resolution)
    return [_fact(*end) for end in ends if end[0] and end[1] and end[0] != end[1]]


def _fact(subject_key: str, object_key: str, predicate: str) -> tuple[str, str, str]:
    """The direct triple of relation ends (see :func:`document_facts`)."""
    return subject_key, "memberOf" if predicate == "hasRole" else predicate, object_key


def _facts(extractions, resolution: Resolution) -> set[tuple[str, str, str]]:
    """The direct triples of all documents' relations, each once (:func:`document_facts` of each)."""
    ends = set()
    for extraction in extractions:
        ends.update(_resolved(extraction.document_id, extraction, resolution)[1])
    return {_fact(*end) for end in ends if end[0] and end[1] and end[0] != end[1]}


def _resolved(document_id: str, extraction, resolution: Resolution) -> tuple[list, list]:
    """The entity keys (None: not resolved) of an extraction's mentions, and of each relation's
    ends with its predicate: ``(subject key, object key, predicate)``.

    Kept in ``resolution.resolved``: a build asks for every document's twice (its graph key,
    then the facts), and the lookups are most of the cost of both.
    """
    known = resolution.resolved.get(document_id)
    if known is not None and known[0] is extraction:
        return known[1], known[2]
    get = resolution.mention_keys.get
    rows = getattr(extraction, "rows", None)
    if rows is not None:  # an outline: a relation's ends are its rows
        keys = [get((document_id, row[0], row[1])) for row in rows]
        ends = [(keys[s], keys[o], p) for s, o, p in extraction.ends]
    else:
        keys = [get((document_id, m.start, m.end)) for m in extraction.mentions]
        ends = [(get((document_id, r.subject.start, r.subject.end)), get((document_id, r.object.start, r.object.end)),
                 r.predicate) for r in extraction.relations]
    resolution.resolved[document_id] = (extraction, keys, ends)
    return keys, ends


def _relation_ends(document_id: str, relation, mention_keys: dict) -> tuple[str, str] | None:
    """The entity keys a relation joins; None when an end did not resolve or both are one entity."""
    subject_key = mention_keys.get((document_id, relation.subject.start, relation.subject.end))
    object_key = mention_keys.get((document_id, relation.object.start, relation.object.end))
    if not subject_key or not object_key or subject_key == object_key:
        return None
    return subject_key, object_key


def _write_facts(graph, extractions, resolution: Resolution) -> None:
    for subject_key, predicate, object_key in _facts(extractions, resolution):
        graph.add((iri(subject_key), G40[predicate], iri(object_key)))


def _hashed_fragment(name: URIRef, text: bytes) -> Fragment:
    return Fragment(name, hashlib.sha256(text).hexdigest()[:32], text, {})


@lru_cache(maxsize=1)
def builder_fingerprint() -> str:
    """A hash of the code that turns extractions into triples (this module, the days a document speaks
    of, the vocabulary, the masking of quotes)."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for module in ("build.py", "document_periods.py", "vocab.py", "nquads.py", "reference.py", "privacy.py"):
        digest.update((Path(__file__).with_name(module)).read_bytes())
    return digest.hexdigest()[:16]


#: the fields of a Document that its graph shows (its text counts through the extraction key)
_METADATA = attrgetter(*(f.name for f in fields(Document) if f.name not in ("text", "path", "warnings")))


def fragment_key(document: Document, extraction: Extraction, resolution: Resolution,
                 extraction_key: str | None = None) -> str:
    """What a document's graph depends on, hashed: equal keys mean equal graphs.

    That is the document (text, metadata), its extraction, the entities its mentions resolved
    to (their keys: labels live in the entities graph) and the builder's code.
    ``extraction_key``: a key that already stands for the text and the extraction
    (:func:`graph.incremental.document_key`), so they need not be hashed again.
    """
    entities = resolution.entities
    keys, ends = _resolved(document.id, extraction, resolution)  # the spans are the extraction's
    ends = [key for subject_key, object_key, _p in ends for key in (subject_key, object_key)]
    resolved = "\x1e".join([key if key in entities else "-" for key in chain(keys, ends)])
    content = (extraction_key,) if extraction_key else (document.text, repr(extraction))
    parts = (builder_fingerprint(), repr(_METADATA(document)), *content, resolved)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _write_document(out: _Terms, document: Document, extraction: Extraction, resolution: Resolution,
                    stats: BuildStats) -> None:
    """Write the graph of one document through ``out`` (:class:`_Terms` or :class:`_Texts`)."""
    stats.documents += 1
    doc_node = out.node(mint("document", document.id))
    pairs = [(out.TYPE, out.DOCUMENT), (out.IDENTIFIER, out.string(document.id)),
             (out.LABEL, out.string(document.title or document.id))]
    if document.title:
        pairs.append((out.TITLE, out.string(document.title)))
    for predicate, value in ((out.DATE, document.date), (out.PERIOD_START, document.period_start),
                             (out.PERIOD_END, document.period_end)):
        if value:
            pairs.append((predicate, out.date(value)))
    if document.date_inferred:
        pairs.append((out.DATE_INFERRED, out.literal(True)))
    if document.source:
        pairs.append((out.SOURCE, out.string(document.source)))
    pairs += [(out.LANGUAGE, out.string(document.language)), (out.CHECKSUM, out.string(document.checksum))]

    keys = _Keys(document.id, out)
    text, entities, mention_keys, uses = document.text, resolution.entities, resolution.mention_keys, stats.uses
    mentioned: set[str] = set()
    for mention in extraction.mentions:
        key = mention_keys.get((document.id, mention.start, mention.end))
        if key is None or key not in entities:
            continue
        uses.add(key)
        if key not in mentioned:
            mentioned.add(key)
            node = out.entity(key)
            pairs.append((out.MENTIONS, node))
            stats.mentions += 1
            stats._count_entity(key, entities[key].type)
            evidence = keys.evidence(keys.key("mentions", "", key, "", text[mention.start:mention.end]))
            _write_evidence(out, evidence, doc_node, doc_node, out.MENTIONS, node, text, mention.start,
                            mention.end, mention.rule, mention.confidence, document)
    out.describe(doc_node, pairs)
    out.describe(out.DATASET, [(out.SOURCE, doc_node)])  # see graph.dataset: kept with the document, built once

    seen_facts: set[tuple] = set()
    for relation in extraction.relations:
        ends = _relation_ends(document.id, relation, mention_keys)
        if ends is None:
            stats.unresolved += 1
            continue
        subject_key, object_key = ends
        fact = (subject_key, relation.predicate, object_key, relation.role, relation.evidence_start)
        if relation.predicate == "collaboratesWith":
            fact = (*sorted((subject_key, object_key)), relation.predicate, relation.role, relation.evidence_start)
        if fact in seen_facts:
            continue
        seen_facts.add(fact)
        uses.add(subject_key)
        uses.add(object_key)
        # a fact and its sentence: collaboratesWith is symmetric, so its ends go in sorted (as in ``fact``)
        key = keys.key(relation.predicate, *(fact[:2] if relation.predicate == "collaboratesWith" else ends),
                       relation.role or "", text[relation.evidence_start:relation.evidence_end])
        _write_relation(out, keys, key, doc_node, document, relation, out.entity(subject_key),
                        out.entity(object_key), stats)
        stats.relations[relation.predicate] += 1


class _Keys:
    """Names the evidence and membership nodes of one document by what they say, not by their place:
    ``<evidence/{document id}/{key}>`` with :func:`graph.vocab.content_key` of the fact (predicate,
    subject, object, role) and its quote, so a sentence inserted or removed elsewhere in the document
    changes no other node's IRI, and an edited sentence changes its own. A fact's membership node
    has its evidence's key.

    A key already taken in the document (the same fact in an identical sentence twice, or, once in
    about 10^6 documents, another fact whose hash begins alike) gets ``-2``, ``-3`` … in the order
    of writing, so both stay apart and every build names them alike.
    """

    def __init__(self, document_id: str, out: _Terms):
        self._taken: dict[str, int] = {}
        self.evidence = out.keyed("evidence", document_id)
        self.membership = out.keyed("membership", document_id)

    def key(self, *parts: str) -> str:
        key = content_key(*parts)
        times = self._taken[key] = self._taken.get(key, 0) + 1
        return key if times == 1 else f"{key}-{times}"


def _write_entities(graph: Graph, resolution: Resolution, stats: BuildStats, held: set = frozenset()) -> None:
    """Describe the entities and roles of ``stats``; a statement in ``held`` (another graph's) is left out."""
    triples = []
    for key in sorted(stats.uses):
        _describe_entity(triples, iri(key), resolution.entities[key])
    for role in sorted(stats.roles):
        role_node = mint("role", role)
        triples += [(role_node, RDF.type, G40.Role), (role_node, SKOS.prefLabel, _literal(role)),
                    (role_node, RDFS.label, _literal(role))]
        triples += [(role_node, p, o) for p, o in role_statements(role_node, role)]
    if stats.roles:
        triples += scheme_statements()
    for one, other in resolution.apart:  # "X is niet dezelfde persoon als Y": g40kg twins does not propose them
        if one in stats.uses and other in stats.uses:
            triples.append((iri(one), OWL.differentFrom, iri(other)))
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


def _describe_entity(triples: list, node: URIRef, entity: Entity) -> None:
    triples.append((node, RDF.type, TYPE_CLASS[entity.type]))
    triples.append((node, SKOS.prefLabel, Literal(entity.label)))
    triples.append((node, RDFS.label, Literal(entity.label)))
    for alt in entity.alt_labels:
        if alt != entity.label:
            triples.append((node, SKOS.altLabel, Literal(alt)))
    if entity.subtype and entity.type in _SUBTYPE_PROPERTY:
        triples.append((node, _SUBTYPE_PROPERTY[entity.type], Literal(entity.subtype)))


class _Terms:
    """The terms of a document graph as rdflib terms, written into an rdflib Graph (:func:`build_dataset`).

    :class:`_Texts` has the same terms as N-Triples text, written into :class:`QuadLines`
    (:func:`document_fragment`); the writers (:func:`_write_document` and the functions it calls)
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
    MEMBERSHIP_CLASS, MEMBER, ORGANIZATION, ROLE = G40.Membership, ORG.member, ORG.organization, ORG.role
    DATASET = G40ID["dataset"]

    string = staticmethod(Literal)
    literal = staticmethod(_literal)  # an offset or a flag
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
_literal_text = lru_cache(maxsize=65_536, typed=True)(lambda value: term_text(_literal(value)))


def _write_evidence(out: _Terms, evidence, doc_node, subject, predicate, obj, text, start, end, rule, confidence,
                    document, valid_from=None, valid_until=None, more=()):
    quote = mask_contacts(text[start:end])
    if predicate != out.MENTIONS:  # a fact's quote that is only a masked e-mail address says where the fact comes from
        quote = readable_quote(quote)
    pairs = [(out.TYPE, out.EVIDENCE), (out.TYPE, out.STATEMENT), (out.SUBJECT, subject), (out.PREDICATE, predicate),
             (out.OBJECT, obj), (out.QUOTE, out.string(quote)), (out.START, out.literal(start)),
             (out.END, out.literal(end)), (out.DERIVED, doc_node), (out.RULE, out.string(rule)),
             (out.CONFIDENCE, out.confidence(confidence)), *more]
    _time(pairs, out, document, valid_from, valid_until)
    out.describe(evidence, pairs)


def _time(pairs: list, out: _Terms, document: Document, valid_from, valid_until) -> None:
    """Append the time of a fact to ``pairs``: its own period, else the document's date or period."""
    if valid_from or valid_until:
        if valid_from:
            pairs.append((out.FROM, out.date(valid_from)))
        if valid_until:
            pairs.append((out.UNTIL, out.date(valid_until)))
    elif one_day(document):
        pairs.append((out.DATE, out.date(document.date)))
    else:  # a year or month ("2023" in a sidecar) as its days: the time filters compare full dates
        start, end = document_period(document)
        if start:
            pairs.append((out.FROM, out.date(start)))
        if end:
            pairs.append((out.UNTIL, out.date(end)))


def _interval(document: Document, valid_from, valid_until) -> list:
    """[start, end] of a fact as :func:`_time` writes it and :mod:`graph.timefilter` reads it (None: open)."""
    if valid_from or valid_until:
        return [first_day(valid_from), last_day(valid_until)]
    if one_day(document):
        return [document.date, document.date]
    return list(document_period(document))


def _iri_text(term) -> str:
    """The IRI of a node as the two writers hold it: a URIRef, or its N-Triples text ``<…>``."""
    return str(term).strip("<>")


def _record_term(stats: BuildStats, document: Document, relation: Relation, evidence, subject, obj, office: str):
    """Record a term of ``office`` (a role label, or :data:`graph.tenure.PARTICIPATION`) for
    :mod:`graph.tenure`, where the fact has a time: another holder ends a single office's term, the
    holder's own stated end any term (a town's exit its participation)."""
    interval = _interval(document, relation.valid_from, relation.valid_until)
    if interval[0] or interval[1]:
        # dated only by its document, or by the text as its document is ("in 2023" in a report on 2023):
        # the time filters cannot tell the two apart (graph.timefilter), nor can tenure
        reported = dated(document) and (interval == list(document_period(document))
                                          or tuple(interval) == reported_period(document))
        stats.terms.append([_iri_text(evidence), _iri_text(subject), _iri_text(obj), office, *interval,
                            bool(relation.past), reported])


def _precisions(out: _Terms, relation: Relation) -> list:
    """``g40:validFromPrecision``/``g40:validUntilPrecision`` ("year", "month") of the start and end
    the text gave as a whole year or month ("van 2016 tot 2019": both "year"); none for a day.

    >>> from types import SimpleNamespace as R
    >>> [(str(p).rsplit("#", 1)[1], str(v)) for p, v in _precisions(_Terms, R(valid_from="2016-01-01",
    ...     valid_until="2018-12-31", valid_from_precision="year", valid_until_precision="year"))]
    [('validFromPrecision', 'year'), ('validUntilPrecision', 'year')]
    """
    return [(predicate, out.string(precision)) for predicate, day, precision in (
        (out.FROM_PRECISION, relation.valid_from, relation.valid_from_precision),
        (out.UNTIL_PRECISION, relation.valid_until, relation.valid_until_precision)) if day and precision]


def _write_relation(out: _Terms, keys: _Keys, key: str, doc_node, document: Document, relation: Relation, subject,
                    obj, stats: BuildStats):
    predicate = out.predicate(relation.predicate)  # the direct triple is in g40g:facts (see document_facts)
    evidence = keys.evidence(key)
    if relation.appointed and not (relation.valid_from or relation.valid_until) and one_day(document):
        # "is benoemd tot voorzitter" in a news item: a term from the document's day on, with no end
        relation = replace(relation, valid_from=document.date)
    reported = reported_period(document) if relation.told_past and not relation.past else None
    if reported and not (relation.valid_from or relation.valid_until):
        # "X was voorzitter" in the report on 2025 published on 20 January 2026: in 2025, not up to that day
        relation = replace(relation, valid_from=reported[0], valid_until=reported[1])
    if relation.predicate == "succeeded" and relation.valid_from and not relation.valid_until:
        # "Y volgt X per 1 juli 2019 op": an event on its date, not a link from then on (docs/architecture.md, "Time")
        relation = replace(relation, valid_until=relation.valid_from, valid_until_precision=relation.valid_from_precision)
    precisions = _precisions(out, relation)
    more = [(out.PAST, out.literal(True))] if relation.past else []
    more += precisions
    if relation.predicate == "hasRole":
        membership = keys.membership(key)
        role = relation.role or "lid"
        stats.roles.add(role)
        out.describe(subject, [(out.HAS_ROLE, membership)])
        label = out.string(role)
        pairs = [(out.TYPE, out.MEMBERSHIP_CLASS), (out.MEMBER, subject), (out.ORGANIZATION, obj),
                 (out.ROLE, out.role(role)), (out.ROLE_LABEL, label), (out.DERIVED, doc_node),
                 (out.PAST, out.literal(bool(relation.past))), *precisions]
        _time(pairs, out, document, relation.valid_from, relation.valid_until)
        out.describe(membership, pairs)
        more += [(out.MEMBERSHIP, membership), (out.ROLE_LABEL, label)]
        _record_term(stats, document, relation, evidence, subject, obj, role)
    elif relation.predicate == "participatesIn":  # a town's stated exit closes its earlier participation
        _record_term(stats, document, relation, evidence, subject, obj, PARTICIPATION)
    _write_evidence(out, evidence, doc_node, subject, predicate, obj, document.text, relation.evidence_start,
                    relation.evidence_end, relation.rule, relation.confidence, document,
                    relation.valid_from, relation.valid_until, more)
