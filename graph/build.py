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

from rdflib import Dataset, Graph

from .build_stats import BuildStats
from .build_terms import _Terms
from .direct_facts import write_facts
from .document_writer import write_document
from .entity_descriptions import write_entities
from .extract.model import Extraction
from .ingest import Document
from .resolve import Resolution
from .vocab import ENTITIES_GRAPH, FACTS_GRAPH, REFERENCE_GRAPH, bind_prefixes, document_graph

__all__ = ["build_dataset"]


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
        write_document(_Terms(dataset.graph(document_graph(document.id))), document, extraction, resolution,
                        stats)
    write_facts(dataset.graph(FACTS_GRAPH), extractions, resolution)
    write_entities(dataset.graph(ENTITIES_GRAPH), resolution, stats, held=set(reference or ()))
    return dataset
