"""The dataset description: the ``g40g:dataset`` named graph every build writes.

What a data office needs to publish the graph as linked data: ``g40id:dataset`` is a
``void:Dataset`` and ``dcat:Dataset`` with a title and description (nl, en), its size
(``void:triples``, ``void:entities`` and a ``void:classPartition`` per entity class), the
vocabularies it uses (``void:vocabulary``), the licence of
``build --license`` (``dcterms:license``; without one none is claimed) and its provenance: it
``prov:wasGeneratedBy`` a build (``prov:Activity``) ``prov:wasAssociatedWith`` g40kg at its version
(a ``prov:SoftwareAgent``).

The description is deterministic: a rebuild of the same files writes the same statements, so no
clock time is in it. ``dcterms:modified`` is the newest complete document date (derived from the
inputs); the build time stays in ``manifest.json``. The dataset's ``dcterms:source`` per document
is written with the document (in its named graph, by :mod:`graph.build`): built once, not again
for each of 10,000 documents when one changes. No ``void:sparqlEndpoint`` either: where the
graph will be served is not known when it is built.

Examples
--------
>>> from types import SimpleNamespace as Doc
>>> quads = dataset_quads([Doc(id="a", date="2024-05-01"), Doc(id="b", date="2025")], triples=100,
...                       classes={"Person": 2}, version="0.1.0", license=None)
>>> len(quads)
27
>>> [str(q.object) for q in quads if q.predicate.value.endswith("#triples")]
['"127"^^<http://www.w3.org/2001/XMLSchema#integer>']
>>> [str(q.object) for q in quads if q.predicate.value.endswith("/modified")]
['"2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date>']
"""

from __future__ import annotations

import re

import pyoxigraph as ox

from .vocab import DATASET_GRAPH, G40, G40ID, PREFIXES

__all__ = ["DATASET", "ENTITY_CLASSES", "EXTRACTOR_AGENT", "dataset_quads", "class_counts", "valid_license",
           "build_metadata"]

#: the IRI of the dataset the graph describes (its statements are in :data:`graph.vocab.DATASET_GRAPH`)
DATASET = str(G40ID["dataset"])
#: the local path of the extractor's agent, before its fingerprint (:func:`dataset_quads`)
EXTRACTOR_AGENT = "software/g40kg-extractor/"
#: the classes counted in ``void:classPartition`` (and summed in ``void:entities``)
ENTITY_CLASSES = ("Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit",
                  "Programme", "Event", "Theme", "Role", "Document")

_VOID, _DCAT, _DCT, _PROV, _XSD = (str(PREFIXES[name]) for name in ("void", "dcat", "dcterms", "prov", "xsd"))
_RDF_TYPE = ox.NamedNode(str(PREFIXES["rdf"]) + "type")
_RDFS_LABEL = ox.NamedNode(str(PREFIXES["rdfs"]) + "label")
_INTEGER, _DATE = ox.NamedNode(_XSD + "integer"), ox.NamedNode(_XSD + "date")

_TITLE = {"nl": "Kennisgraaf van het G40-stedennetwerk",
          "en": "Knowledge graph of the G40 city network"}
_DESCRIPTION = {
    "nl": "Personen, gemeenten, ministeries, organisaties, eenheden en programma's van het G40-stedennetwerk "
          "en hun relaties, gelezen uit beleidsdocumenten door g40kg; elk feit met het citaat waarop het berust.",
    "en": "People, municipalities, ministries, organisations, units and programmes of the G40 city network and "
          "their relations, read from policy documents by g40kg; every fact with the quotation it rests on.",
}
#: the vocabularies whose terms the graph uses (the project's ontology first)
_VOCABULARIES = (*(str(PREFIXES[name])[:-1] for name in ("g40", "org", "prov", "skos", "dcterms", "schema")),
                 str(PREFIXES["foaf"]))
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: an absolute IRI as a licence (``https://creativecommons.org/licenses/by/4.0/``, ``urn:…``)
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


def valid_license(value: str) -> bool:
    """Whether ``value`` can stand as ``dcterms:license``: an absolute IRI.

    >>> valid_license("https://creativecommons.org/publicdomain/zero/1.0/"), valid_license("CC0")
    (True, False)
    """
    return bool(_IRI.fullmatch(value))


def dataset_quads(documents, *, triples: int, classes: dict[str, int], version: str,
                  license: str | None, extractor: str | None = None) -> list[ox.Quad]:  # noqa: A002 - dcterms' name
    """The statements of ``g40g:dataset`` for a graph of ``documents`` (with ``id`` and ``date``) that
    holds ``triples`` other statements and ``classes`` (class name → instances); sorted, so that
    the text is the same for the same inputs.

    ``extractor`` is the fingerprint of the extraction rules and gazetteer that read the documents
    (:func:`graph.incremental.extractor_fingerprint`; the package version stays the same through
    rule changes): the build is also ``prov:wasAssociatedWith`` a second ``prov:SoftwareAgent``,
    ``<software/g40kg-extractor/{fingerprint}>``, whose ``schema:softwareVersion`` it is, so that a
    methods section can cite exactly which extractor made the data (:func:`extractor_of`).

    >>> quads = dataset_quads([], triples=0, classes={}, version="0.1.0", license=None, extractor="912843f45c2604a4")
    >>> [q.object.value for q in quads if q.subject.value.endswith("g40kg-extractor/912843f45c2604a4")
    ...  and q.predicate.value.endswith("softwareVersion")]
    ['912843f45c2604a4']
    """
    graph, dataset = ox.NamedNode(str(DATASET_GRAPH)), ox.NamedNode(DATASET)
    build = ox.NamedNode(DATASET + "/build")
    agent = ox.NamedNode(str(G40ID[f"software/g40kg/{version}"]))
    statements = [
        (dataset, _RDF_TYPE, ox.NamedNode(_VOID + "Dataset")),
        (dataset, _RDF_TYPE, ox.NamedNode(_DCAT + "Dataset")),
        (dataset, ox.NamedNode(_VOID + "uriSpace"), ox.Literal(str(G40ID))),
        (dataset, ox.NamedNode(_VOID + "entities"), ox.Literal(str(sum(classes.values())), datatype=_INTEGER)),
        (dataset, ox.NamedNode(_PROV + "wasGeneratedBy"), build),
        (build, _RDF_TYPE, ox.NamedNode(_PROV + "Activity")),
        (build, _RDFS_LABEL, ox.Literal(f"g40kg build {version}")),
        (build, ox.NamedNode(_PROV + "wasAssociatedWith"), agent),
        (agent, _RDF_TYPE, ox.NamedNode(_PROV + "SoftwareAgent")),
        (agent, _RDFS_LABEL, ox.Literal(f"g40kg {version}")),
        (agent, ox.NamedNode(str(PREFIXES["schema"]) + "softwareVersion"), ox.Literal(version)),
    ]
    if extractor:
        rules = ox.NamedNode(str(G40ID[f"{EXTRACTOR_AGENT}{extractor}"]))
        statements += [(build, ox.NamedNode(_PROV + "wasAssociatedWith"), rules),
                       (rules, _RDF_TYPE, ox.NamedNode(_PROV + "SoftwareAgent")),
                       (rules, _RDFS_LABEL, ox.Literal(f"g40kg extractor {extractor}")),
                       (rules, ox.NamedNode(str(PREFIXES["schema"]) + "softwareVersion"), ox.Literal(extractor))]
    for lang in ("nl", "en"):
        statements.append((dataset, ox.NamedNode(_DCT + "title"), ox.Literal(_TITLE[lang], language=lang)))
        statements.append((dataset, ox.NamedNode(_DCT + "description"), ox.Literal(_DESCRIPTION[lang], language=lang)))
    for vocabulary in _VOCABULARIES:
        statements.append((dataset, ox.NamedNode(_VOID + "vocabulary"), ox.NamedNode(vocabulary)))
    for name, count in sorted(classes.items()):
        if count:
            partition = ox.NamedNode(f"{DATASET}/class/{name}")
            statements += [(dataset, ox.NamedNode(_VOID + "classPartition"), partition),
                           (partition, ox.NamedNode(_VOID + "class"), ox.NamedNode(G40[name])),
                           (partition, ox.NamedNode(_VOID + "entities"), ox.Literal(str(count), datatype=_INTEGER))]
    if license:
        statements.append((dataset, ox.NamedNode(_DCT + "license"), ox.NamedNode(license)))
    days = [d.date[:10] for d in documents if d.date and _DAY.match(d.date)]
    if days:
        statements.append((dataset, ox.NamedNode(_DCT + "modified"), ox.Literal(max(days), datatype=_DATE)))
    # the count includes the description itself, this statement too
    statements.append((dataset, ox.NamedNode(_VOID + "triples"),
                       ox.Literal(str(triples + len(statements) + 1), datatype=_INTEGER)))
    return [ox.Quad(s, p, o, graph) for s, p, o in statements]


_CLASS_COUNTS = "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?class { %s } ?e a ?class } GROUP BY ?class" % (
    " ".join(f"<{G40[name]}>" for name in ENTITY_CLASSES))


def class_counts(store: ox.Store) -> dict[str, int]:
    """Class name → instances in ``store`` (a pyoxigraph store), for :data:`ENTITY_CLASSES`: one
    aggregate query, counted inside Oxigraph."""
    counts = {}
    for row in store.query(_CLASS_COUNTS, use_default_graph_as_union=True):
        counts[row["class"].value[len(str(G40)):]] = int(row["n"].value)
    return counts


_BUILD_METADATA = """
SELECT ?version ?extractor ?modified WHERE {
  GRAPH <%s> {
    <%s> prov:wasGeneratedBy ?build .
    OPTIONAL { ?build prov:wasAssociatedWith ?agent . ?agent schema:softwareVersion ?version
               FILTER(!STRSTARTS(STR(?agent), "%s")) }
    OPTIONAL { ?build prov:wasAssociatedWith ?rules . ?rules schema:softwareVersion ?extractor
               FILTER(STRSTARTS(STR(?rules), "%s")) }
    OPTIONAL { <%s> dcterms:modified ?modified }
  }
}""" % (DATASET_GRAPH, DATASET, G40ID[EXTRACTOR_AGENT], G40ID[EXTRACTOR_AGENT], DATASET)


def build_metadata(dataset) -> dict[str, str | None]:
    """What the graph's description says made it: ``{"version", "extractor", "modified"}`` (the
    g40kg version, the extractor's fingerprint, the newest document date), each None when the graph
    does not say (an older build, a graph not built by g40kg); for the exports' headers.

    >>> from graph.store import new_dataset
    >>> build_metadata(new_dataset())
    {'version': None, 'extractor': None, 'modified': None}
    """
    from .query import run_sparql

    found = {"version": None, "extractor": None, "modified": None}
    for row in run_sparql(dataset, _BUILD_METADATA, check=False).rows:
        for name in found:
            if row.get(name) is not None and found[name] is None:
                found[name] = str(row[name])
    return found
