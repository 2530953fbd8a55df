"""The ``csv`` export: the table people open in a spreadsheet. Every piece of evidence a row (the
facts of :func:`graph.fact_rows.iter_facts` with their time), then the facts added by hand
(``data/curated/``, ``--curated``): no document, and as evidence "gecureerd (file:line;
toelichting: …)"; ``--excel`` for a spreadsheet with Dutch settings.

Examples
--------
>>> from graph.store import new_dataset
>>> csv_export(new_dataset()).splitlines()[0][:38]
'document,subject,subject_type,subject_'
"""

from __future__ import annotations

import csv
import io
from typing import Iterator

from rdflib import Dataset

from .fact_rows import (DERIVATION_FIELDS, DOCUMENT_FIELDS, FACT_FIELDS, JOIN_FIELDS, PORTFOLIO_FIELDS, PRECISION_FIELDS,
                        TIME_FIELDS, ends_unknown_on, entity_types_and_labels, iter_facts, join_fields)
from .messages import CATALOGUE, msg
from .query import query_rows
from .spreadsheet import EXCEL_BOM, csv_dialect, spreadsheet_text
from .vocab import CORE_PREDICATES, G40, sparql_prologue

CATALOGUE.update({
    "curated_evidence": {"nl": "gecureerd", "en": "curated"},
    "curated_note": {"nl": "toelichting", "en": "note"},
})

__all__ = ["csv_export", "iter_curated_facts"]


_CURATED_QUERY = sparql_prologue() + """
SELECT ?st ?s ?p ?o ?role ?source ?note ?from ?until ?past ?inferred ?later ?portfolio WHERE {
  ?st a g40:CuratedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dcterms:source ?source .
  OPTIONAL { ?st g40:roleLabel ?role }
  OPTIONAL { ?st g40:portfolio ?portfolio }
  OPTIONAL { ?st rdfs:comment ?note }
  OPTIONAL { ?st g40:validFrom ?from }
  OPTIONAL { ?st g40:validUntil ?until }
  OPTIONAL { ?st g40:past ?past }
  OPTIONAL { ?st g40:inferredUntil ?inferred }
  OPTIONAL { ?st g40:endedBy ?ended .
    OPTIONAL { ?ended prov:wasDerivedFrom ?ldoc . ?ldoc dcterms:identifier ?lid }
    OPTIONAL { ?ended dcterms:source ?lsrc }
    BIND(COALESCE(?lid, ?lsrc) AS ?later) }
}
"""


def iter_curated_facts(dataset: Dataset, *, kept: set[str] | None = None, as_of: str | None = None,
                       unknown_ends: set[str] | None = None) -> Iterator[dict]:
    """Every fact added by hand as a row of the ``csv`` export (:data:`FACT_FIELDS` and
    :data:`TIME_FIELDS`): no document or confidence, the curation entry as its evidence, in the
    order of the curation files; ``kept`` (statement IRIs): only those; ``unknown_ends``: as
    :func:`iter_facts`."""
    entities = entity_types_and_labels(dataset)
    core = {G40[name]: name for name in CORE_PREDICATES}
    rows = []
    unknown_ends = ends_unknown_on(dataset, as_of) if unknown_ends is None else unknown_ends
    for statement, subject, predicate, obj, role, source, note, start, until, past, inferred, later, portfolio in \
            query_rows(dataset, _CURATED_QUERY):
        if predicate not in core or (kept is not None and str(statement) not in kept):
            continue
        if str(statement) in unknown_ends:  # ended by a document after the day asked: not known then
            inferred = later = None
        subject_type, subject_label = entities.get(subject, ("", str(subject)))
        object_type, object_label = entities.get(obj, ("", str(obj)))
        where = str(source) + (f"; {msg('curated_note')}: {note}" if note is not None else "")
        row = {"document": None, "subject": subject_label, "subject_type": subject_type,
               "subject_iri": str(subject), "predicate": core[predicate], "object": object_label,
               "object_type": object_type, "object_iri": str(obj), "role": str(role) if role is not None else None,
               "evidence": f"{msg('curated_evidence')} ({where})", "date": None,
               "valid_from": str(start) if start is not None else None,
               "valid_until": str(until) if until is not None else None,
               "past": bool(past is not None and past.toPython() is True), "confidence": None,
               "inferred_until": str(inferred)[:10] if inferred is not None else None,
               "ended_by": str(later) if later is not None else None, "rule": None,
               "valid_from_precision": None, "valid_until_precision": None,
               **join_fields(str(subject), str(obj), str(statement)), "document_title": None,
               "portfolio": str(portfolio) if portfolio is not None else None}
        rows.append((_source_order(str(source)), row))
    yield from (row for _order, row in sorted(rows, key=lambda pair: pair[0]))


def _source_order(source: str) -> tuple:
    """A curation entry's place: by file, then line ("b.yaml:10" after "b.yaml:9").

    >>> _source_order("b.yaml:10") > _source_order("b.yaml:9")
    True
    """
    name, _, line = source.rpartition(":")
    return (name, int(line)) if line.isdigit() else (source, 0)


def csv_export(dataset: Dataset, *, excel: bool = False, raw: bool = False, kept: set[str] | None = None,
               as_of: str | None = None, document: str | None = None) -> str:
    """The facts as CSV: commas and ``\\n`` line ends; with ``excel`` what Excel with Dutch (and
    most European) settings opens with a double click: semicolons, ``\\r\\n`` and a byte order
    mark, without which it reads UTF-8 as ANSI ("é" as "Ã©"). ``document``: only the rows of that
    document (no curated facts: they have none). ``raw``: every value as it is, without the leading
    ``'`` of text a spreadsheet would run (:func:`_csv_row`), for a loader.

    >>> from graph.store import new_dataset
    >>> csv_export(new_dataset(), excel=True)[:30]
    '\\ufeffdocument;subject;subject_type'
    """
    buffer = io.StringIO()
    if excel:
        buffer.write(EXCEL_BOM)
    writer = csv.DictWriter(buffer, fieldnames=FACT_FIELDS + TIME_FIELDS + DERIVATION_FIELDS + PRECISION_FIELDS + JOIN_FIELDS
                            + DOCUMENT_FIELDS + PORTFOLIO_FIELDS, **csv_dialect(excel))
    writer.writeheader()
    unknown_ends = ends_unknown_on(dataset, as_of)  # asked once for both kinds of rows (round 41t)
    rows = iter_facts(dataset, with_time=True, every_evidence=True, kept=kept, as_of=as_of, unknown_ends=unknown_ends)
    writer.writerows(_csv_row(row, raw) for row in rows if document is None or row["document"] == document)
    if document is None:
        writer.writerows(_csv_row(row, raw) for row in iter_curated_facts(dataset, kept=kept, as_of=as_of,
                                                                          unknown_ends=unknown_ends))
    return buffer.getvalue()


def _csv_row(row: dict, raw: bool = False) -> dict:
    """``row`` for a CSV cell each: ``past`` as ``true``/``false`` (None: an empty cell), and no
    text a spreadsheet would run as a formula (:func:`graph.spreadsheet.spreadsheet_text`), unless ``raw``.

    >>> _csv_row({"past": True, "confidence": None, "evidence": "=1+1 zei de wethouder."})
    {'past': 'true', 'confidence': None, 'evidence': "'=1+1 zei de wethouder."}
    >>> _csv_row({"past": False, "evidence": "=1+1 zei de wethouder."}, raw=True)["evidence"]
    '=1+1 zei de wethouder.'
    """
    row = dict(row, past="true" if row["past"] else "false")
    return row if raw else {name: spreadsheet_text(value) for name, value in row.items()}
