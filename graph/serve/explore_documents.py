"""The look-ups behind the explorer's document pages: the list of documents, one document with its text.

A document's text is published as the explorer shows it: contact details and forgotten names
masked (:mod:`graph.privacy`), split at its mentions into :class:`Segment` pieces
(:func:`text_segments`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import RDF

from ..derived import expect, remembered
from ..docdate import period_text
from ..privacy import contact_spans, mask_contacts, masked_text, moved
from ..query import joins_ranges
from ..timefilter import ministry_label_in
from ..vocab import G40, G40ID, PREFIXES
from . import explore_common
from .explore_common import (ENTITY_KEY, GRAPH_FOLDER_KEY, as_int, entity_path, label_of, labels_of, local_name, qname,
                             select_rows)

__all__ = [
    "Segment",
    "document",
    "documents",
    "renamed_document",
    "text_segments",
    "document_text",
]

#: the code a kept result depends on (graph.derived): this module and the look-ups it shares
_CODE = (__file__, explore_common.__file__)

log = logging.getLogger(__name__)


_FACTS_PER_DOCUMENT = """SELECT ?doc (COUNT(DISTINCT ?ev) AS ?facts) WHERE {
    ?ev rdf:predicate ?p . FILTER(?p != g40:mentions) ?ev prov:wasDerivedFrom ?doc ; a g40:Evidence
} GROUP BY ?doc"""


_FACTS_PER_DOCUMENT_RANGES = """SELECT ?doc (COUNT(DISTINCT ?ev) AS ?facts) WHERE {
    { SELECT ?ev WHERE { ?ev rdf:predicate ?p FILTER(?p != g40:mentions) } }
    { SELECT ?ev ?doc WHERE { ?ev prov:wasDerivedFrom ?doc } }
    { SELECT ?ev WHERE { ?ev a g40:Evidence } }
} GROUP BY ?doc"""


_DOCUMENT_KEYS = frozenset(("iri", "id", "label", "date", "facts", "path"))


def documents(dataset) -> list[dict]:
    """All documents, with title, date and how many facts were read from each (kept beside the
    graph: :mod:`graph.derived`; 2.7 s of queries at 10^6 triples)."""
    return remembered(dataset, "document-list", {}, lambda: _listed_documents(dataset), code=_CODE,
                      decode=expect(list, dict, _DOCUMENT_KEYS))


def _listed_documents(dataset) -> list[dict]:
    listed = """SELECT ?doc ?id (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?start) (SAMPLE(?e) AS ?end) WHERE {
        ?doc a g40:Document ; dcterms:identifier ?id .
        OPTIONAL { ?doc dcterms:date ?d } OPTIONAL { ?doc g40:periodStart ?s } OPTIONAL { ?doc g40:periodEnd ?e }
    } GROUP BY ?doc ?id"""
    # counted on their own: as an OPTIONAL of the query above, Oxigraph matched all evidence
    # against every document (0.76 s against 0.40 s for both queries at 10^6 triples)
    counted = _FACTS_PER_DOCUMENT_RANGES if joins_ranges(dataset) else _FACTS_PER_DOCUMENT
    facts = {str(row.doc): as_int(row.facts) for row in select_rows(dataset, counted)}
    rows = sorted(select_rows(dataset, listed), key=lambda row: (str(row.id), str(row.doc)))  # as ORDER BY ?id, sooner
    rows.sort(key=lambda row: str(row.date or row.start or ""), reverse=True)  # the newest first (stable: by id)
    labels = labels_of(dataset, [row.doc for row in rows])
    return [
        {"iri": str(row.doc), "id": str(row.id), "label": labels[str(row.doc)],
         "date": str(row.date or "") or period_text(row.start and str(row.start), row.end and str(row.end)) or "",
         "facts": facts.get(str(row.doc), 0), "path": entity_path(row.doc)}
        for row in rows
    ]


@dataclass(frozen=True)
class Segment:
    """A piece of document text: plain, or a mention linking to its entity; ``highlight`` marks an evidence quote."""

    text: str
    iri: str | None = None
    path: str | None = None
    label: str | None = None
    highlight: bool = False
    anchor: str | None = None


def document(dataset, document_id: str, manifest: dict | None = None, lang: str = "nl") -> dict | None:
    """The document page: metadata, mentions (with offsets), facts read from it, and its text.

    The text is read from the path recorded in the build manifest (never from a URL) and only
    shown when its checksum still matches; otherwise ``text`` is None and ``warning`` says why.
    Its contact details and the names of removed entities (the manifest's ``masked`` offsets) are
    masked (:mod:`graph.privacy`, marks in ``lang``); the mentions' offsets are those of the masked
    text, and ``shifts`` turns an offset of the file's text into one of the masked text
    (:func:`graph.privacy.moved`).
    """
    if not ENTITY_KEY.match(document_id or "") or "/" in document_id:
        return None
    node = G40ID[f"document/{document_id}"]
    if (node, RDF.type, G40.Document) not in dataset:
        return None
    dcterms = PREFIXES["dcterms"]
    meta = {str(qname(p)): str(o) for p, o in dataset.predicate_objects(node) if isinstance(o, Literal)}
    when = meta.get("dcterms:date") or meta.get("g40:periodEnd") or meta.get("g40:periodStart")  # as the exports

    def label_then(iri, quote: str) -> str:
        """The label of ``iri``, a ministry's as at the fact (:func:`graph.timefilter.ministry_label_in`)."""
        return ministry_label_in(dataset, str(iri), when, quote, label_of(dataset, iri))

    mentions = [
        {"iri": str(row.e), "label": label_then(row.e, str(row.quote)), "path": entity_path(row.e), "quote": str(row.quote),
         "start": as_int(row.start), "end": as_int(row.end)}
        for row in select_rows(dataset, """SELECT ?e ?quote ?start ?end WHERE {
            ?ev rdf:subject ?doc ; rdf:predicate g40:mentions ; rdf:object ?e ; g40:quote ?quote ;
                g40:startOffset ?start ; g40:endOffset ?end } ORDER BY ?start""", doc=node)
    ]
    facts = [
        {"subject": str(row.s), "subject_label": label_then(row.s, str(row.quote)), "subject_path": entity_path(row.s),
         "predicate": local_name(row.p),
         "object": str(row.o), "object_label": label_then(row.o, str(row.quote)), "object_path": entity_path(row.o),
         "quote": str(row.quote), "start": as_int(row.start) if row.start is not None else None, "evidence": str(row.ev)}
        for row in select_rows(dataset, """SELECT ?ev ?s ?p ?o ?quote ?start WHERE {
            ?ev prov:wasDerivedFrom ?doc ; a g40:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                g40:quote ?quote . OPTIONAL { ?ev g40:startOffset ?start } FILTER(?p != g40:mentions)
        } ORDER BY ?start ?p""", doc=node)
    ]
    # the manifest knows the document by its identifier ("Verslag overleg 12 juni"), the address by its IRI's slug
    identifier = str(next(iter(dataset.objects(node, dcterms.identifier)), document_id))
    text, warning = document_text(identifier, manifest or {})
    shifts: list = []
    if text is not None:
        bad = [m for m in mentions if m["quote"] not in (text[m["start"]:m["end"]], mask_contacts(text[m["start"]:m["end"]]))]
        if bad:
            warning = "offsets"
            mentions = [m for m in mentions if m not in bad]
        text, mentions, shifts = _published(text, mentions, _manifest_entry(identifier, manifest or {}), lang)
    return {
        "iri": str(node),
        "id": document_id,
        "label": label_of(dataset, node),
        "title": str(next(iter(dataset.objects(node, dcterms.title)), "") or ""),
        "metadata": meta,
        "mentions": mentions,
        "facts": facts,
        "text": text,
        "warning": warning,
        "shifts": shifts,
    }


def _published(text: str, mentions: list[dict], entry: dict | None, lang: str) -> tuple[str, list[dict], list]:
    """``text`` as the explorer publishes it: contact details and the ``masked`` name offsets of the
    manifest ``entry`` masked; the mentions that a mask does not touch, moved to the masked text."""
    names = [(s, e, "name") for s, e in (entry or {}).get("masked") or [] if isinstance(s, int) and isinstance(e, int)]
    spans = contact_spans(text) + names
    if not spans:
        return text, mentions, []
    published, shifts = masked_text(text, spans, lang)
    kept = [dict(m, start=moved(m["start"], shifts), end=moved(m["end"], shifts)) for m in mentions
            if not any(start < m["end"] and m["start"] < end for start, end, _kind in spans)]
    return published, kept, shifts


def _manifest_entry(document_id: str, manifest: dict) -> dict | None:
    return next((d for d in manifest.get("documents", []) if isinstance(d, dict) and d.get("id") == document_id), None)


def renamed_document(dataset, document_id: str, manifest: dict | None) -> str | None:
    """The address (IRI slug) of the document that ``document_id``, the address of no document, was
    renamed to in a build of this graph (the manifest's ``renamed``: old id → current id), or None.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset()
    >>> _ = ds.add((G40ID["document/verslag-juni"], RDF.type, G40.Document))
    >>> renamed_document(ds, "verslag", {"renamed": {"verslag": "verslag juni", "oud": "weg"}})
    'verslag-juni'
    >>> renamed_document(ds, "oud", {"renamed": {"verslag": "verslag juni", "oud": "weg"}}) is None
    True
    """
    from ..vocab import safe_id

    renamed = (manifest or {}).get("renamed")
    if not isinstance(renamed, dict):
        return None
    for old, new in renamed.items():
        if isinstance(old, str) and isinstance(new, str) and safe_id(old) == document_id:
            target = safe_id(new)
            return target if (G40ID[f"document/{target}"], RDF.type, G40.Document) in dataset else None
    return None


def document_text(document_id: str, manifest: dict) -> tuple[str | None, str | None]:
    """The text of the document ``document_id`` read again from its file (the manifest says where), and why
    not where it cannot be read: (text, None) or (None, reason)."""
    from ..ingest import read_document

    entry = _manifest_entry(document_id, manifest)
    if entry is None or not entry.get("path"):
        return None, "missing"
    from ..resources import data_path

    # as recorded; a relative path was relative to where the build ran ("base", seen from the graph folder:
    # found again in a copy of the folder holding both); bundled documents live in the package
    recorded = Path(entry["path"])
    candidates = [recorded]
    if not recorded.is_absolute() and manifest.get(GRAPH_FOLDER_KEY) and manifest.get("base") is not None:
        candidates.append(Path(manifest[GRAPH_FOLDER_KEY]) / manifest["base"] / recorded)
    candidates.append(data_path("corpus") / recorded.name)
    for path in candidates:
        if path.is_file():
            try:
                doc = read_document(path)
            except Exception as error:  # noqa: BLE001 - unreadable now, for any reason: show the page without text
                log.warning("%s: %s", path, error)
                return None, "missing"
            if doc is None:
                return None, "missing"
            if entry.get("checksum") and doc.checksum != entry["checksum"]:
                return None, "changed"
            return doc.text, None
    return None, "missing"


def text_segments(text: str, mentions: list[dict], highlight: tuple[int, int] | None = None,
                  anchors: dict[int, str] | None = None) -> list[Segment]:
    """Split ``text`` at the offsets of non-overlapping mentions (and of ``highlight``, a quote to mark, and
    of ``anchors``, offset → the id of the segment that starts there).

    Examples
    --------
    >>> [(s.text, s.iri, s.highlight) for s in text_segments("Breda en Tilburg", [
    ...     {"start": 0, "end": 5, "iri": "b", "path": "/b", "label": "Breda"}], highlight=(3, 8))]
    [('Bre', 'b', False), ('da', 'b', True), (' en', None, True), (' Tilburg', None, False)]
    >>> [(s.text, s.anchor) for s in text_segments("Breda. Tilburg.", [], anchors={7: "t7"})]
    [('Breda. ', None), ('Tilburg.', 't7')]
    """
    anchors = {at: name for at, name in (anchors or {}).items() if 0 <= at < len(text)}
    chosen, position = [], 0
    for mention in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        if mention["start"] >= position and mention["start"] < mention["end"] <= len(text):
            chosen.append(mention)
            position = mention["end"]
    low, high = highlight if highlight and 0 <= highlight[0] < highlight[1] <= len(text) else (-1, -1)
    cuts = sorted({0, len(text), *(m["start"] for m in chosen), *(m["end"] for m in chosen)}
                  | ({low, high} if low >= 0 else set()) | set(anchors))
    segments, index = [], 0
    for start, end in pairwise(cuts):
        while index < len(chosen) and chosen[index]["end"] <= start:
            index += 1
        mention = chosen[index] if index < len(chosen) and chosen[index]["start"] <= start else None
        segments.append(Segment(text[start:end], mention["iri"] if mention else None,
                                mention["path"] if mention else None, mention["label"] if mention else None,
                                low <= start and end <= high, anchors.get(start)))
    return segments
