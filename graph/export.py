"""Export the graph: the ``facts`` JSON Lines contract and standard RDF / network formats.

The ``facts`` format is a public interface (``../shared/gold/FORMAT.md``): one JSON object per
fact per document, with fields ``document, subject, subject_type, subject_iri, predicate,
object, object_type, object_iri, role, evidence``. Keep names exactly. The ``facts`` and ``csv``
exports add the fact's time (:data:`TIME_FIELDS`): ``date`` (its document's date), ``valid_from``
and ``valid_until`` (the interval the time filters use: :func:`graph.timefilter.fact_interval`),
``past`` and ``confidence``; then how it was derived (:data:`DERIVATION_FIELDS`): ``inferred_until``
and ``ended_by`` (a term's inferred end and the document that ended it) and ``rule``; last the
precision of the start and end the text gave (:data:`PRECISION_FIELDS`, "year", "month"); CSV leaves a cell empty when a value is unknown. CSV, the table
people open in a spreadsheet, also holds the facts added by hand (``data/curated/``, ``--curated``):
no document, and as evidence "gecureerd (file:line; toelichting: …)"; ``facts`` keeps to what
documents say, as FORMAT.md has it.

Examples
--------
>>> from graph.store import new_dataset
>>> rows = list(iter_facts(new_dataset()))
>>> rows
[]
"""
from __future__ import annotations

import json

from rdflib import Dataset

from .csv_export import csv_export
from .errors import InputError
from .fact_rows import iter_facts
from .messages import CATALOGUE, msg
from .network_export import network_export
from .rdf_export import RDF_FORMATS, rdf_export

CATALOGUE.update({
    "export_unknown_format": {"nl": "onbekend exportformaat {fmt!r}; kies uit {formats}",
                              "en": "unknown export format {fmt!r}; choose one of {formats}"},
    "export_period_format": {
        "nl": "--at, --between en --as-of gelden voor {formats}; --format {fmt} exporteert de hele graaf "
              "(de tijd staat bij elk bewijs: kies een deel met 'g40kg query' en een CONSTRUCT)",
        "en": "--at, --between and --as-of apply to {formats}; --format {fmt} exports the whole graph "
              "(the time is on each piece of evidence: choose a part with 'g40kg query' and a CONSTRUCT)"},
    "export_site_window": {
        "nl": "--format site is de stand op één dag: geef die met --as-of (standaard vandaag; niet --at of --between), "
              "elke vraag heeft ook een pagina 'Alle perioden'; de stand op één dag als afdrukbare pagina: "
              "--format overzicht --as-of DAG",
        "en": "--format site is the state on one day: give it with --as-of (default today; not --at or --between), "
              "each question also has a page 'All periods'; the state on one day as a printable page: "
              "--format overview --as-of DAY"},
    "export_overview_as_of": {"nl": "--format overzicht is de stand op één dag: geef die met --as-of (niet --at of --between)",
                              "en": "--format overview is the state on one day: give it with --as-of (not --at or --between)"},
    "export_document_format": {
        "nl": "--document geldt voor facts en csv, niet voor --format {fmt}",
        "en": "--document applies to facts and csv, not to --format {fmt}"},
    "export_no_document": {
        "nl": "document {document!r} staat niet in de graaf{hint}",
        "en": "document {document!r} is not in the graph{hint}"},
    "export_did_you_mean": {"nl": "; bedoelt u {options}?", "en": "; did you mean {options}?"},
    "export_copy": {
        "nl": "document {document!r} staat niet in de graaf: het is een kopie van {original!r} en de bouw sloeg het "
              "over; geef --document {original}",
        "en": "document {document!r} is not in the graph: it is a copy of {original!r} and the build skipped it; "
              "give --document {original}"},
})

__all__ = ["FORMATS", "PERIOD_FORMATS", "export", "check_document"]

FORMATS = ("facts", "turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml", "graphml", "gexf", "csv")


#: the formats a period (``--at``/``--between``/``--as-of``) can cut: the facts and the network;
#: an RDF format is the graph itself (its evidence nodes carry the time; ``g40kg query`` cuts it)
PERIOD_FORMATS = ("facts", "csv", "graphml", "gexf")


def export(dataset: Dataset, fmt: str, *, excel: bool = False, raw: bool = False, at: str | None = None,
           between: tuple[str, str] | None = None, as_of: str | None = None,
           document: str | None = None, copies: dict[str, str] | None = None) -> str | bytes:
    """The whole graph in ``fmt`` (one of :data:`FORMATS`); ``excel``: the ``csv`` for a
    spreadsheet with Dutch settings, ``raw``: the ``csv`` without the formula guard
    (:func:`graph.csv_export.csv_export`).

    ``at``/``between``/``as_of`` keep the facts of a period, by the rules of the analysis commands
    (:func:`graph.project.evidence_records`, :mod:`graph.timefilter`), in the :data:`PERIOD_FORMATS`;
    another format with a period is an :class:`InputError`. ``document``: only the rows of that
    document (its id), in ``facts`` and ``csv``, to review what one document gave (walkthrough 17,
    finding 5); an id the graph does not have is an :class:`InputError` with the ids meant, or, for
    the id of a copy the build skipped (``copies``: copy id → the id kept, see
    :func:`graph.corpus_checks.skipped_copies`), the document it is a copy of.
    """
    if document is not None:
        if fmt not in ("facts", "csv"):
            raise InputError(msg("export_document_format", fmt=fmt))
        check_document(dataset, document, copies or {})
    window = {"at": at, "between": tuple(between) if isinstance(between, (list, tuple)) else between or None,
              "as_of": as_of}  # a text is not taken apart: TimeWindow says it wants two dates
    timed = any(window.values())
    if timed and fmt not in PERIOD_FORMATS:
        raise InputError(msg("export_period_format", fmt=fmt, formats=", ".join(PERIOD_FORMATS)))
    kept = _kept_evidence(dataset, **window) if timed and fmt in ("facts", "csv") else None
    if fmt == "facts":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n"
                       for row in iter_facts(dataset, with_time=True, kept=kept, as_of=as_of)
                       if document is None or row["document"] == document)
    if fmt == "csv":
        return csv_export(dataset, excel=excel, raw=raw, kept=kept, as_of=as_of, document=document)
    if fmt in RDF_FORMATS:
        return rdf_export(dataset, fmt)
    if fmt in ("graphml", "gexf"):
        return network_export(dataset, fmt, **window)
    raise InputError(msg("export_unknown_format", fmt=fmt, formats=", ".join(FORMATS)))  # walkthrough 30, finding 7


def check_document(dataset: Dataset, document: str, copies: dict[str, str] | None = None) -> None:
    """An :class:`InputError` unless the graph has a document with id ``document`` (with the ids
    that resemble it, or the one it is a copy of)."""
    import difflib

    from .fact_rows import document_times

    ids = document_times(dataset)
    if document in ids:
        return
    if copies and document in copies:
        raise InputError(msg("export_copy", document=document, original=copies[document]))
    close = difflib.get_close_matches(document, list(ids), n=3, cutoff=0.6)
    hint = msg("export_did_you_mean", options=", ".join(close)) if close else ""
    raise InputError(msg("export_no_document", document=document, hint=hint))


def _kept_evidence(dataset: Dataset, **window) -> set[str]:
    """The evidence nodes and curated statements (IRIs) the period ``window`` keeps: the rule of
    ``rank``, ``communities`` and ``viz`` (:func:`graph.project.evidence_records`), mentions included."""
    from .project import evidence_records

    return {record["evidence"] for record in evidence_records(dataset, include_mentions=True, **window)}
