"""Namespaces, prefixes and the one function that mints entity IRIs.

Examples
--------
>>> str(mint("person", "Anna van der Berg"))
'https://w3id.org/g40kg/id/person/anna-van-der-berg'
>>> slugify("Armoede & Schulden")
'armoede-en-schulden'
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

from ._g40_terms import G40 as _G40Terms

__all__ = [
    "G40",
    "G40_NS",
    "G40ID",
    "G40G",
    "PUSH",
    "PUSH_GRAPH",
    "ORG",
    "SCHEMA",
    "TOOI",
    "PREFIXES",
    "prefix_list",
    "KINDS",
    "CORE_PREDICATES",
    "ENTITY_TYPES",
    "mint",
    "content_key",
    "is_numbered_key",
    "safe_id",
    "slugify",
    "document_graph",
    "document_graph_iri",
    "REFERENCE_GRAPH",
    "ENTITIES_GRAPH",
    "ONTOLOGY_GRAPH",
    "FACTS_GRAPH",
    "CURATED_GRAPH",
    "DATASET_GRAPH",
    "ROLE_SCHEME",
    "bind_prefixes",
    "sparql_prologue",
]

#: Strict: an undeclared name (a typo) raises AttributeError. Generated from ontology/g40.ttl by
#: ontology/make_namespace.py; the plain namespace (any name) is ``G40_NS``.
G40 = _G40Terms
G40_NS = Namespace("https://w3id.org/g40kg/def#")
G40ID = Namespace("https://w3id.org/g40kg/id/")
G40G = Namespace("https://w3id.org/g40kg/graph/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
TOOI = Namespace("https://identifier.overheid.nl/tooi/id/")

PREFIXES: dict[str, Namespace] = {
    "g40": G40,
    "g40id": G40ID,
    "g40g": G40G,
    "org": ORG,
    "foaf": FOAF,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "tooi": TOOI,
    "void": VOID,
    "dcat": DCAT,
}

#: IRI path segment per kind of thing; the entity types map onto the first eight.
KINDS = (
    "person",
    "municipality",
    "province",
    "ministry",
    "organisation",
    "unit",
    "programme",
    "event",
    "theme",
    "role",
    "document",
    "evidence",
    "membership",
    "curated",
)

#: Entity type name (as in the facts export) → IRI kind.
ENTITY_TYPES: dict[str, str] = {
    "Person": "person",
    "Municipality": "municipality",
    "Province": "province",
    "Ministry": "ministry",
    "Organisation": "organisation",
    "OrganisationalUnit": "unit",
    "Programme": "programme",
    "Event": "event",
    "Theme": "theme",
    "Document": "document",
}

#: The relations of the facts export, in their public spelling.
CORE_PREDICATES = (
    "hasRole",
    "affiliatedWith",
    "succeeded",
    "collaboratesWith",
    "participatesIn",
    "partOf",
    "initiated",
    "organised",
    "ledBy",
    "contactFor",
    "addresses",
)

REFERENCE_GRAPH = G40G["reference"]
#: the entities and roles the documents use, described once (see graph.build)
ENTITIES_GRAPH = G40G["entities"]
#: the direct fact triples the documents state, each once (their evidence is in the document graphs)
FACTS_GRAPH = G40G["facts"]
CURATED_GRAPH = G40G["curated"]
#: the skos:ConceptScheme of the roles (g40id:role/voorzitter …; see graph.role_labels)
ROLE_SCHEME = G40ID["role"]
#: the dataset description: VoID/DCAT, licence and build provenance (see graph.dataset)
DATASET_GRAPH = G40G["dataset"]
#: inferred ends of open terms of offices and participations (see graph.tenure)
TENURE_GRAPH = G40G["tenure"]
#: the vocabulary, ontology/g40.ttl (what /def serves), so SPARQL finds its labels and domains (see graph.build)
ONTOLOGY_GRAPH = G40G["ontology"]
#: written by ``g40kg push`` on the server only, last: whether and when the last push completed (see graph.push_marker)
PUSH_GRAPH = G40G["push"]
#: the few terms of that completion graph (not in the ontology: no build writes them)
PUSH = Namespace("https://w3id.org/g40kg/def/push#")

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


#: letters that carry no accent to strip, spelt as their language writes them in ASCII
ASCII_LETTERS = str.maketrans({"ı": "i", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss",
                          "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th"})


@lru_cache(maxsize=200_000)
def slugify(text: str) -> str:
    """Lower-case ASCII slug: accents stripped, ``&`` read as ``en``, other marks as ``-``.

    >>> slugify("Kemal Yıldız"), slugify("Bülent Aydın"), slugify("Søren & Co")
    ('kemal-yildiz', 'bulent-aydin', 'soren-en-co')
    """
    text = unicodedata.normalize("NFKD", text.translate(ASCII_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " en ").replace("'", "")
    return _NON_ALNUM.sub("-", text).strip("-") or "x"


def mint(kind: str, key: str) -> URIRef:
    """The IRI of a thing of ``kind`` (one of :data:`KINDS`) with ``key``.

    Keys that are already identifiers (CBS codes, TOOI codes, ``doc/7``) keep their slashes;
    everything else is slugified.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r}")
    if kind in ("document", "evidence", "membership", "curated"):
        path = "/".join(slugify(part) if kind != "document" else safe_id(part) for part in key.split("/"))
    else:
        path = slugify(key)
    return G40ID[f"{kind}/{path}"]


#: hex digits of a content key: 40 bits, so two pieces of evidence of one document share one by
#: chance about once in 10^6 documents of 1,000 pieces of evidence each (graph.build resolves it)
CONTENT_KEY_LENGTH = 10


def content_key(*parts: str) -> str:
    """The key of what a node says, within its document (the last part of an evidence or membership
    IRI, ``<evidence/{document id}/{key}>``): the first :data:`CONTENT_KEY_LENGTH` hex digits of
    the SHA-256 of ``parts``, runs of white space counted as one space (a quote wrapped otherwise
    is the same quote). The same on every run, process and Python version (no ``hash()``).

    >>> content_key("collaboratesWith", "municipality/gm0758", "ministry/mnre1045", "", "Breda werkt samen met EZK.")
    '139bc1208b'
    >>> content_key("mentions", "", "ministry/mnre1045", "", "EZK") != content_key("mentions", "", "ministry/mnre1045", "", "EZ")
    True
    >>> content_key("x", "Breda  werkt\\nsamen") == content_key("x", "Breda werkt samen")
    True
    """
    # str.split() splits at the characters \s matches and drops them at both ends: the runs as one
    # space, stripped, in half the time of a substitution (210,000 keys at 10,000 documents)
    text = "\x1f".join([" ".join(part.split()) for part in parts])
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:CONTENT_KEY_LENGTH]


_NUMBERED = re.compile(r"[0-9]{1,9}")


def is_numbered_key(key: str) -> bool:
    """Is ``key`` (the part after the document id) a position, as evidence and membership IRIs had
    until 2026-12 (``<evidence/doc-a/73>``)? A content key has :data:`CONTENT_KEY_LENGTH` digits.

    >>> is_numbered_key("73"), is_numbered_key("139bc1208b"), is_numbered_key("0123456789"), is_numbered_key("139bc1208b-2")
    (True, False, False, False)
    """
    return bool(_NUMBERED.fullmatch(key))


_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")
_SAFE = re.compile(r"[A-Za-z0-9._~][A-Za-z0-9._~-]*(?<!-)")


def safe_id(document_id: str) -> str:
    """A document id (a file name without extension) kept readable but IRI-safe.

    An accented letter is its plain letter ("Één" → "Een"), as :func:`slugify` reads it, not a gap
    (walkthrough 28, finding 14: "Notitie overleg Één City Deal" became "Notitie-overleg-n-City-Deal").

    >>> safe_id("nieuws 2024/05"), safe_id("g40-synth-00001"), safe_id("--")
    ('nieuws-2024-05', 'g40-synth-00001', 'x')
    >>> safe_id("Notitie overleg Één City Deal – Zwolle")
    'Notitie-overleg-Een-City-Deal-Zwolle'
    """
    if _SAFE.fullmatch(document_id):  # most ids: nothing to replace (a third of the time)
        return document_id
    if not document_id.isascii():
        folded = unicodedata.normalize("NFKD", document_id.translate(ASCII_LETTERS))
        document_id = "".join(c for c in folded if not unicodedata.combining(c))
    return _UNSAFE.sub("-", document_id).strip("-") or "x"


_DOCUMENT_GRAPH = str(G40G) + "document/"


def document_graph(document_id: str) -> URIRef:
    """The named graph that holds what was read from one document.

    >>> document_graph("nieuws a")
    rdflib.term.URIRef('https://w3id.org/g40kg/graph/document/nieuws-a')
    """
    return URIRef(document_graph_iri(document_id))


def document_graph_iri(document_id: str) -> str:
    """:func:`document_graph` as a plain string (no rdflib term to make and check: for thousands at once).

    >>> document_graph_iri("nieuws a") == str(document_graph("nieuws a"))
    True
    """
    return _DOCUMENT_GRAPH + safe_id(document_id)


def bind_prefixes(graph) -> None:
    """Bind all project prefixes on an rdflib Graph or Dataset."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def sparql_prologue(names=None) -> str:
    """``PREFIX`` lines for every project prefix (or those in ``names``, in the table's order), to
    put before user queries.

    >>> print(sparql_prologue(["rdfs", "g40"]), end="")
    PREFIX g40: <https://w3id.org/g40kg/def#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if names is None or p in names)


def prefix_list() -> str:
    """The project prefixes as a reader lists them, from :data:`PREFIXES` (the one table).

    >>> prefix_list()[:20]
    'g40:, g40id:, g40g:,'
    """
    return ", ".join(f"{prefix}:" for prefix in PREFIXES)
