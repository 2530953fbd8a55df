"""A build's named graphs as :class:`Fragment` (sorted N-Quads text) with the key of everything
each depends on: a document's graph (:func:`document_fragment`, :func:`fragment_key`, the
builder's code in :func:`builder_fingerprint`), the gazetteer, the ontology, the entities and the
direct facts. :mod:`graph.assemble` puts them together; equal keys let an incremental build keep a graph.

Examples
--------
>>> fragment = reference_fragment(Graph())
>>> fragment.text, len(fragment.key)
(b'', 32)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from pathlib import Path

from rdflib import BNode, Graph, URIRef

from .build_stats import BuildStats
from .build_terms import _Texts
from .direct_facts import all_facts, resolved_ends
from .document_writer import write_document
from .entity_descriptions import write_entities
from .extract.model import Extraction
from .ingest import Document
from .last_kept import last_kept
from .nquads import QuadLines, term_text
from .resolve import Resolution
from .vocab import ENTITIES_GRAPH, FACTS_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, document_graph

__all__ = ["Fragment", "document_fragment", "reference_fragment", "ontology_fragment", "SKOLEM", "entities_fragment",
           "facts_fragment", "fragment_key", "builder_fingerprint"]


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
    write_document(_Texts(sink), document, extraction, resolution, stats)
    key = key or fragment_key(document, extraction, resolution)
    return Fragment(sink.name, key, sink.text(), stats.as_record())


def reference_fragment(reference: Graph | frozenset) -> Fragment:
    """The gazetteer graph (``g40g:reference``) as a fragment; its key is the hash of its text.
    The fragment of the last frozen set of triples (:func:`graph.reference.reference_triples`, one
    per gazetteer) is kept: the next build of the process gets it without writing the text again.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.reference import reference_triples
    >>> triples = reference_triples(load_gazetteer())
    >>> reference_fragment(triples) is reference_fragment(triples), reference_fragment(set(triples)) == reference_fragment(triples)
    (True, True)
    """
    def made() -> Fragment:
        sink = QuadLines(REFERENCE_GRAPH)
        for triple in reference:
            sink.add(triple)
        return _hashed_fragment(sink.name, sink.text())

    return last_kept(_KEPT_REFERENCE, reference, made) if isinstance(reference, frozenset) else made()


#: the frozen reference triples of the last build of this process and their fragment (:func:`graph.last_kept`)
_KEPT_REFERENCE: list = []


def ontology_fragment(previous: dict | None = None) -> Fragment:
    """The vocabulary (``ontology/g40.ttl``, what ``serve`` answers at ``/def``) as the named graph
    ``g40g:ontology``, so that a query finds a class's or property's labels (``g40:Person
    rdfs:label ?label``). Its blank nodes (``owl:unionOf`` lists) become Skolem IRIs (RDF 1.1
    §3.5, :data:`SKOLEM`) named by their canonical labels (:func:`rdflib.compare.to_canonical_graph`):
    the dataset holds no blank node (a store relabels them on loading, so no two loads would
    agree), and every build writes the graph alike. An unchanged file (``previous``: the fragment
    index of the previous build) is not parsed again, nor one this process has written already.

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
    text = _ONTOLOGY_TEXTS.get(key)
    if text is None:  # the key hashes the file and the builder: the same key, the same text
        sink = QuadLines(ONTOLOGY_GRAPH)
        for triple in to_canonical_graph(Graph().parse(data=turtle, format="turtle")):
            sink.add(tuple(URIRef(SKOLEM + term) if isinstance(term, BNode) else term for term in triple))
        text = sink.text()
        if len(_ONTOLOGY_TEXTS) >= 4:
            _ONTOLOGY_TEXTS.clear()
        _ONTOLOGY_TEXTS[key] = text
    return Fragment(ONTOLOGY_GRAPH, key, text, {})


#: the ontology graph's text by its fragment key, written once per process (0.09 s of every build before)
_ONTOLOGY_TEXTS: dict[str, bytes] = {}


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
    >>> from rdflib.namespace import RDF
    >>> from graph.reference import iri
    >>> from graph.vocab import G40
    >>> reference = Graph().add((iri("municipality/gm0758"), RDF.type, G40.Municipality))
    >>> entities_fragment(resolution, stats, reference).text.count(b"\\n")  # the type is the gazetteer's
    10
    """
    sink = QuadLines(ENTITIES_GRAPH)
    write_entities(sink, resolution, stats, held=set(reference or ()))
    return _hashed_fragment(sink.name, sink.text())


def facts_fragment(extractions, resolution: Resolution, facts=None) -> Fragment:
    """The ``g40g:facts`` graph: the direct triple of every fact the documents state, each once.

    ``extractions``: of every document of the build (whole, or their
    :class:`graph.incremental.ExtractionOutline`: the relation ends and predicates suffice).
    ``facts``: their :func:`graph.direct_facts.all_facts`, where the caller has them.
    The lines are made from the entity keys (each IRI's text once), not through rdflib terms.
    """
    suffix, entity, predicate = f" {term_text(FACTS_GRAPH)} .\n", _Texts.entity, _Texts.predicate
    if facts is None:
        facts = all_facts(extractions, resolution)
    lines = {f"{entity(s)} {predicate(p)} {entity(o)}{suffix}" for s, p, o in facts}
    return _hashed_fragment(FACTS_GRAPH, "".join(sorted(lines)).encode("utf-8"))


def _hashed_fragment(name: URIRef, text: bytes) -> Fragment:
    return Fragment(name, hashlib.sha256(text).hexdigest()[:32], text, {})


@lru_cache(maxsize=1)
def builder_fingerprint() -> str:
    """A hash of the code that turns extractions into triples (the fragments, the writer of a document's
    graph with its terms and counts, the days a document speaks of, the vocabulary, the masking of quotes).

    Every module a document's graph depends on is listed: a change to one must invalidate the
    document graphs an incremental build keeps (round 41n split them out of ``build.py``)."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for module in ("fragments.py", "build.py", "build_terms.py", "build_stats.py", "document_writer.py",
                   "direct_facts.py", "entity_descriptions.py", "document_periods.py", "vocab.py", "nquads.py",
                   "reference.py", "privacy.py"):
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
    keys, ends = resolved_ends(document.id, extraction, resolution)  # the spans are the extraction's
    if extraction_key is None or getattr(extraction, "rows", None) is None:
        keys = chain(keys, (key for subject_key, object_key, _p in ends for key in (subject_key, object_key)))
    # else an outline, whose relation ends are rows the extraction key stands for: their keys are among ``keys``
    resolved = "\x1e".join([key if key in entities else "-" for key in keys])
    content = (extraction_key,) if extraction_key else (document.text, repr(extraction))
    parts = (builder_fingerprint(), repr(_METADATA(document)), *content, resolved)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
