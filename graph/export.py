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

import csv
import io
import json
import re
from typing import Iterator

from rdflib import Dataset, URIRef

from . import rdflib_turtle
from .spreadsheet import spreadsheet_text
from .errors import InputError
from .messages import CATALOGUE, msg
from .vocab import CORE_PREDICATES, G40, sparql_prologue

rdflib_turtle.install()  # a confidence of 1 is "1"^^xsd:decimal in Turtle and TriG too, as in the other exports

CATALOGUE.update({
    "curated_evidence": {"nl": "gecureerd", "en": "curated"},
    "curated_note": {"nl": "toelichting", "en": "note"},
    "export_period_format": {
        "nl": "--at, --between en --as-of gelden voor {formats}; --format {fmt} exporteert de hele graaf "
              "(de tijd staat bij elk bewijs: kies een deel met 'g40kg query' en een CONSTRUCT)",
        "en": "--at, --between and --as-of apply to {formats}; --format {fmt} exports the whole graph "
              "(the time is on each piece of evidence: choose a part with 'g40kg query' and a CONSTRUCT)"},
})

__all__ = ["FORMATS", "PERIOD_FORMATS", "FACT_FIELDS", "TIME_FIELDS", "DERIVATION_FIELDS", "PRECISION_FIELDS", "iter_facts", "iter_curated_facts", "export",
           "entity_types_and_labels"]

FORMATS = ("facts", "turtle", "trig", "nquads", "jsonld", "ntriples", "rdfxml", "graphml", "gexf", "csv")
FACT_FIELDS = (
    "document",
    "subject",
    "subject_type",
    "subject_iri",
    "predicate",
    "object",
    "object_type",
    "object_iri",
    "role",
    "evidence",
)
#: What the ``facts`` and ``csv`` exports add to :data:`FACT_FIELDS`: when the fact holds.
TIME_FIELDS = ("date", "valid_from", "valid_until", "past", "confidence")
#: What they add after :data:`TIME_FIELDS`: how the graph came by the fact. ``inferred_until``
#: (ISO date) is the end :mod:`graph.tenure` inferred for a term, ``ended_by`` the document (or the
#: curation entry, ``file:line``) of what ended it: the next holder, the holder's own stated end or a
#: town's stated exit (``ask``'s "einde afgeleid uit"), ``rule`` the id of the extraction rule that read it (``roles.copula``); null when none.
DERIVATION_FIELDS = ("inferred_until", "ended_by", "rule")
#: What they add last (round 41t): "year" or "month" where ``valid_from``/``valid_until`` came from a
#: whole year or month the text gave ("van 2016 tot 2019": ``valid_until`` 2018-12-31, precision
#: "year", shown "2018"; ``g40:validFromPrecision``/``g40:validUntilPrecision``), else null (a day).
PRECISION_FIELDS = ("valid_from_precision", "valid_until_precision")
#: When an entity carries several classes, the first in this order names it.
_TYPE_ORDER = ("Person", "Municipality", "Province", "Ministry", "OrganisationalUnit", "Programme", "Event",
               "Theme", "Organisation", "Document")

_EVIDENCE_QUERY = sparql_prologue() + """
SELECT ?ev ?docid ?s ?p ?o ?role ?quote ?start ?confidence WHERE {
  ?ev a g40:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      g40:quote ?quote ; prov:wasDerivedFrom ?doc .
  ?doc dcterms:identifier ?docid .
  OPTIONAL { ?ev g40:startOffset ?start }
  OPTIONAL { ?ev g40:roleLabel ?role }
  OPTIONAL { ?ev g40:confidence ?confidence }
}
"""

# The same rows from whole index ranges (graph.query.joins_ranges): 3x sooner at 10^6 triples
# than seven lookups per evidence node.
_EVIDENCE_RANGES_QUERY = sparql_prologue() + """
SELECT ?ev ?docid ?s ?p ?o ?role ?quote ?start ?confidence WHERE {
  { SELECT * WHERE {
    { SELECT ?ev WHERE { ?ev a g40:Evidence } }
    { SELECT ?ev ?s WHERE { ?ev rdf:subject ?s } }
    { SELECT ?ev ?p WHERE { ?ev rdf:predicate ?p } }
    { SELECT ?ev ?o WHERE { ?ev rdf:object ?o } }
    { SELECT ?ev ?quote WHERE { ?ev g40:quote ?quote } }
    { SELECT ?ev ?doc WHERE { ?ev prov:wasDerivedFrom ?doc } }
    { SELECT ?doc ?docid WHERE { ?doc dcterms:identifier ?docid } }
  } }
  OPTIONAL { SELECT ?ev ?start WHERE { ?ev g40:startOffset ?start } }
  OPTIONAL { SELECT ?ev ?role WHERE { ?ev g40:roleLabel ?role } }
  OPTIONAL { SELECT ?ev ?confidence WHERE { ?ev g40:confidence ?confidence } }
}
"""

# the classes of _TYPE_ORDER only (not every rdf:type of the graph, evidence nodes included,
# with the text of each type read to test its namespace)
_ENTITY_QUERY = sparql_prologue() + """
SELECT ?e ?type ?label WHERE {
  VALUES ?type { %s }
  ?e a ?type .
  OPTIONAL { ?e skos:prefLabel ?label }
}
""" % " ".join(f"g40:{name}" for name in _TYPE_ORDER)


def entity_types_and_labels(dataset: Dataset) -> dict[URIRef, tuple[str, str]]:
    """Entity IRI → (type name, preferred label) for every typed entity."""
    found: dict[URIRef, dict] = {}
    for entity, rdf_type, label in dataset.query(_ENTITY_QUERY):
        name = str(rdf_type)[len(str(G40)):]
        if name not in _TYPE_ORDER:
            continue
        entry = found.setdefault(entity, {"types": set(), "label": None})
        entry["types"].add(name)
        if label is not None and (entry["label"] is None or str(label) < entry["label"]):
            entry["label"] = str(label)
    result = {}
    for entity, entry in found.items():
        type_name = min(entry["types"], key=_TYPE_ORDER.index)
        result[entity] = (type_name, entry["label"] or str(entity).rsplit("/", 1)[-1])
    return result


_DOCUMENT_DATES = sparql_prologue() + """
SELECT ?docid ?date ?start ?end WHERE {
  ?doc a g40:Document ; dcterms:identifier ?docid .
  OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc g40:periodStart ?start } OPTIONAL { ?doc g40:periodEnd ?end }
}
"""


def _document_times(dataset: Dataset) -> dict[str, tuple]:
    """Document id → (date, period start, period end), each ISO text or None."""
    times = {}
    for docid, date, start, end in dataset.query(_DOCUMENT_DATES):
        times[str(docid)] = tuple(None if value is None else str(value) for value in (date, start, end))
    return times


def _label_date(times: tuple | None) -> str | None:
    """The date a document's facts hold at (for ministry names): its date, else its period's end or start.

    >>> _label_date(("2022-10-06", None, None)), _label_date((None, "2021-01-01", "2021-12-31")), _label_date(None)
    ('2022-10-06', '2021-12-31', None)
    """
    date, start, end = times or (None, None, None)
    return date or end or start


#: field → query of ?x ?value: the evidence values few evidence nodes have (a period of their
#: own, ``past``), one index range each, joined in Python; ``confidence``, which every evidence
#: node has, is a column of the evidence query (at 10^5 triples: 0.15 s as a query of its own,
#: no measurable time as a column)
_TIME_QUERIES = {
    "valid_from": "SELECT ?x ?value WHERE { ?x g40:validFrom ?value }",
    "valid_until": "SELECT ?x ?value WHERE { ?x g40:validUntil ?value }",
    "past": "SELECT ?x ?value WHERE { ?x g40:past ?value }",
    "inferred_until": "SELECT ?x ?value WHERE { ?x g40:inferredUntil ?value }",
    "ended_by": "SELECT ?x ?value WHERE { ?x g40:endedBy ?later . "
                "{ ?later prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?value } UNION { ?later dcterms:source ?value } }",
    "rule": "SELECT ?x ?value WHERE { ?x g40:rule ?value }",
    "valid_from_precision": "SELECT ?x ?value WHERE { ?x g40:validFromPrecision ?value }",
    "valid_until_precision": "SELECT ?x ?value WHERE { ?x g40:validUntilPrecision ?value }",
}


def _evidence_times(dataset: Dataset, as_of: str | None = None, later: set[str] | None = None) -> dict[str, dict]:
    """Time-column name → {evidence node → value} (:data:`_TIME_QUERIES`); ``as_of``: without the
    inferred ends that were not known on that day (:func:`graph.timefilter.ends_known_after`, or
    ``later`` where the caller has them already)."""
    prologue = sparql_prologue()
    values = {name: {x: value for x, value in dataset.query(prologue + query)} for name, query in _TIME_QUERIES.items()}
    if as_of:
        later = _ends_known_after(dataset, as_of) if later is None else later
        for name in ("inferred_until", "ended_by"):
            values[name] = {x: value for x, value in values[name].items() if str(x) not in later}
    return values


def _ends_known_after(dataset: Dataset, as_of: str | None) -> set[str]:
    """The evidence whose inferred end was not known on ``as_of`` (none without it)."""
    from .timefilter import ends_known_after

    return ends_known_after(dataset, as_of) if as_of else set()


def fact_time(evidence, values: dict[str, dict], document: tuple | None, confidence=None) -> dict:
    """The :data:`TIME_FIELDS` of one evidence node: its own period, else its document's date or
    period (:func:`graph.timefilter.fact_interval`, as ``--at``/``--between`` read it); a fact that
    only its document's date dates starts on that day and has no ``valid_until``: nothing says it
    stopped then (the ``date`` column gives the day, as the tables' end column does not).

    A build gives every evidence node of a document with a date that date (``dcterms:date``), and
    of a document with only a period that period (``g40:validFrom``/``g40:validUntil``), so the
    document's date stands in for the evidence's own ``dcterms:date``.

    Examples
    --------
    >>> from rdflib import Literal
    >>> fact_time("ev1", {"valid_from": {"ev1": Literal("2021-03-01")}, "valid_until": {}, "past": {}},
    ...           ("2021-06-01", None, None), Literal(0.9))
    {'date': '2021-06-01', 'valid_from': '2021-03-01', 'valid_until': None, 'past': False, 'confidence': 0.9}
    >>> fact_time("ev2", {"valid_from": {}, "valid_until": {}, "past": {}}, ("2022-10-06", None, None))
    {'date': '2022-10-06', 'valid_from': '2022-10-06', 'valid_until': None, 'past': False, 'confidence': None}

    A fact the text says is over ("neemt afscheid als voorzitter") that only its document's date
    dates had ended by that day: the day is its end, at the latest, not its start.

    >>> fact_time("ev3", {"valid_from": {}, "valid_until": {}, "past": {"ev3": Literal(True)}}, ("2022-04-11", None, None))
    {'date': '2022-04-11', 'valid_from': None, 'valid_until': '2022-04-11', 'past': True, 'confidence': None}
    """
    from .timefilter import fact_interval

    date, start, end = document or (None, None, None)
    own_from, own_until = values["valid_from"].get(evidence), values["valid_until"].get(evidence)
    valid_from, valid_until = fact_interval(own_from, own_until, None, date, start, end)
    past = values["past"].get(evidence)
    if own_from is None and own_until is None and date:
        valid_until = None  # a one-day document's date is when the fact was known, not when it ended
        if past is not None and past.toPython() is True:  # "neemt afscheid als voorzitter": over by that day,
            valid_from, valid_until = None, date[:10]    # not begun on it (round 39t)
    return {
        "date": date[:10] if date else None,
        "valid_from": valid_from,
        "valid_until": valid_until,
        "past": past is not None and past.toPython() is True,
        "confidence": float(confidence) if confidence is not None else None,
    }


def fact_derivation(evidence, values: dict[str, dict]) -> dict:
    """The :data:`DERIVATION_FIELDS` of one evidence node (each None when the graph has none).

    >>> from rdflib import Literal
    >>> fact_derivation("ev1", {"inferred_until": {"ev1": Literal("2024-10-31")},
    ...                         "ended_by": {"ev1": Literal("2024-11-nieuws")}, "rule": {}})
    {'inferred_until': '2024-10-31', 'ended_by': '2024-11-nieuws', 'rule': None}
    """
    def text(name):
        value = values.get(name, {}).get(evidence)
        return None if value is None else str(value)[:10] if name == "inferred_until" else str(value)

    return {name: text(name) for name in DERIVATION_FIELDS}


def fact_precision(evidence, values: dict[str, dict]) -> dict:
    """The :data:`PRECISION_FIELDS` of one evidence node: "year" or "month" where the text gave its
    start or end so, else None.

    >>> from rdflib import Literal
    >>> fact_precision("ev1", {"valid_from_precision": {}, "valid_until_precision": {"ev1": Literal("year")}})
    {'valid_from_precision': None, 'valid_until_precision': 'year'}
    """
    return {name: None if values.get(name, {}).get(evidence) is None else str(values[name][evidence])
            for name in PRECISION_FIELDS}


def iter_facts(dataset: Dataset, *, include_mentions: bool = True, with_time: bool = False,
               every_evidence: bool = False, kept: set[str] | None = None, as_of: str | None = None,
               unknown_ends: set[str] | None = None) -> Iterator[dict]:
    """Every evidence-backed fact as a dict with :data:`FACT_FIELDS` (``with_time``: and the
    :data:`TIME_FIELDS` and :data:`DERIVATION_FIELDS` of the evidence it is read from), in a stable order: one row per fact per
    document, from its earliest evidence (the facts-export contract); ``every_evidence``: a row for
    each piece of evidence, so two sentences of one document that state a fact with other periods
    are both seen (the ``csv`` table a reviewer reads).

    A ministry is labelled with the abbreviation its sentence uses, else the one it had at the
    fact's start, or at its end where it has no start and ended before its document's date, else
    at the document's date (TOOI name periods: a 2025 text about "het ministerie van Economische
    Zaken" exports "EZ", a 2021 text "EZK"; :func:`graph.timefilter.fact_label_date`, the rule of
    ``who-is-who`` and the explorer too); its IRI is the same. ``kept`` (evidence IRIs): only the facts
    read from that evidence (a period's, :func:`_kept_evidence`). ``unknown_ends``: the ends not known
    ``as_of`` (:func:`_ends_known_after`), when the caller has asked already.
    """
    from .query import joins_ranges
    from .timefilter import fact_label_date, ministry_label_in

    entities = entity_types_and_labels(dataset)
    documents = _document_times(dataset)
    dates = {docid: _label_date(times) for docid, times in documents.items()}
    times = _evidence_times(dataset, as_of, unknown_ends) if with_time else None

    def label(node, docid, quote, time):
        type_name, text = entities.get(node, ("", str(node)))
        if type_name == "Ministry":
            when = fact_label_date(time.get("valid_from"), time.get("valid_until"), dates.get(docid))
            text = ministry_label_in(dataset, str(node), when, str(quote), text)
        return type_name, text
    core = {G40[name]: name for name in CORE_PREDICATES}
    if include_mentions:
        core[G40.mentions] = "mentions"
    rows = []
    query = _EVIDENCE_RANGES_QUERY if joins_ranges(dataset) else _EVIDENCE_QUERY
    for evidence, docid, subject, predicate, obj, role, quote, start, confidence in dataset.query(query):
        name = core.get(predicate)
        if name is None or (kept is not None and str(evidence) not in kept):
            continue
        time = fact_time(evidence, times, documents.get(str(docid)), confidence) if times is not None else {}
        if name == "mentions":
            subject_label, subject_type = str(docid), "Document"
        else:
            subject_type, subject_label = label(subject, str(docid), quote, time)
        object_type, object_label = label(obj, str(docid), quote, time)
        row = {
            "document": str(docid),
            "subject": subject_label,
            "subject_type": subject_type,
            "subject_iri": str(subject),
            "predicate": name,
            "object": object_label,
            "object_type": object_type,
            "object_iri": str(obj),
            "role": str(role) if role is not None else None,
            "evidence": str(quote),
        }
        if times is not None:
            row.update(time)
            row.update(fact_derivation(evidence, times))
            row.update(fact_precision(evidence, times))
        rows.append((str(docid), int(start) if start is not None else 0, row))
    rows.sort(key=lambda r: (r[0], r[2]["predicate"] == "mentions", r[1], r[2]["subject"], r[2]["predicate"], r[2]["object"]))
    seen: set[tuple] = set()
    for _, _, row in rows:
        ends = (row["subject_iri"], row["object_iri"])
        if row["predicate"] == "collaboratesWith":
            ends = tuple(sorted(ends))
        key = (row["document"], row["predicate"], row["role"], *ends)
        if every_evidence or key not in seen:  # one row per fact per document: the earliest evidence
            seen.add(key)
            yield row


#: the formats a period (``--at``/``--between``/``--as-of``) can cut: the facts and the network;
#: an RDF format is the graph itself (its evidence nodes carry the time; ``g40kg query`` cuts it)
PERIOD_FORMATS = ("facts", "csv", "graphml", "gexf")


def export(dataset: Dataset, fmt: str, *, excel: bool = False, at: str | None = None,
           between: tuple[str, str] | None = None, as_of: str | None = None) -> str | bytes:
    """The whole graph in ``fmt`` (one of :data:`FORMATS`); ``excel``: the ``csv`` for a
    spreadsheet with Dutch settings (:func:`_csv_export`).

    ``at``/``between``/``as_of`` keep the facts of a period, by the rules of the analysis commands
    (:func:`graph.project.evidence_records`, :mod:`graph.timefilter`), in the :data:`PERIOD_FORMATS`;
    another format with a period is an :class:`InputError`.
    """
    window = {"at": at, "between": tuple(between) if between else None, "as_of": as_of}
    timed = any(window.values())
    if timed and fmt not in PERIOD_FORMATS:
        raise InputError(msg("export_period_format", fmt=fmt, formats=", ".join(PERIOD_FORMATS)))
    kept = _kept_evidence(dataset, **window) if timed and fmt in ("facts", "csv") else None
    if fmt == "facts":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n"
                       for row in iter_facts(dataset, with_time=True, kept=kept, as_of=as_of))
    if fmt == "csv":
        return _csv_export(dataset, excel=excel, kept=kept, as_of=as_of)
    if fmt in ("trig", "nquads"):
        return _with_graphs(dataset).serialize(format=fmt)
    if fmt == "jsonld":
        return _jsonld(_with_graphs(dataset))
    if fmt in ("turtle", "ntriples", "rdfxml"):  # one graph: the union of the named graphs (a partition)
        from rdflib import Graph

        from .vocab import bind_prefixes

        union = Graph()
        bind_prefixes(union)
        for triple in dataset.triples((None, None, None)):
            union.add(triple)
        if fmt == "ntriples":  # sorted: the same graph gives the same file
            return "".join(sorted(union.serialize(format="nt").splitlines(keepends=True)))
        return union.serialize(format="xml" if fmt == "rdfxml" else "turtle")
    if fmt in ("graphml", "gexf"):
        return _network_export(dataset, fmt, **window)
    raise InputError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


_CURATED_QUERY = sparql_prologue() + """
SELECT ?st ?s ?p ?o ?role ?source ?note ?from ?until ?past ?inferred ?later WHERE {
  ?st a g40:CuratedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dcterms:source ?source .
  OPTIONAL { ?st g40:roleLabel ?role }
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
    unknown_ends = _ends_known_after(dataset, as_of) if unknown_ends is None else unknown_ends
    for statement, subject, predicate, obj, role, source, note, start, until, past, inferred, later in \
            dataset.query(_CURATED_QUERY):
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
               "valid_from_precision": None, "valid_until_precision": None}
        rows.append((_source_order(str(source)), row))
    yield from (row for _order, row in sorted(rows, key=lambda pair: pair[0]))


def _source_order(source: str) -> tuple:
    """A curation entry's place: by file, then line ("b.yaml:10" after "b.yaml:9").

    >>> _source_order("b.yaml:10") > _source_order("b.yaml:9")
    True
    """
    name, _, line = source.rpartition(":")
    return (name, int(line)) if line.isdigit() else (source, 0)


def _csv_export(dataset: Dataset, *, excel: bool = False, kept: set[str] | None = None, as_of: str | None = None) -> str:
    """The facts as CSV: commas and ``\\n`` line ends; with ``excel`` what Excel with Dutch (and
    most European) settings opens with a double click: semicolons, ``\\r\\n`` and a byte order
    mark, without which it reads UTF-8 as ANSI ("é" as "Ã©").

    >>> from graph.store import new_dataset
    >>> _csv_export(new_dataset(), excel=True)[:30]
    '\\ufeffdocument;subject;subject_type'
    """
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=FACT_FIELDS + TIME_FIELDS + DERIVATION_FIELDS + PRECISION_FIELDS,
                            delimiter=";" if excel else ",",
                            lineterminator="\r\n" if excel else "\n")
    writer.writeheader()
    unknown_ends = _ends_known_after(dataset, as_of)  # asked once for both kinds of rows (round 41t)
    writer.writerows(_csv_row(row) for row in iter_facts(dataset, with_time=True, every_evidence=True, kept=kept,
                                                            as_of=as_of, unknown_ends=unknown_ends))
    writer.writerows(_csv_row(row) for row in iter_curated_facts(dataset, kept=kept, as_of=as_of,
                                                                 unknown_ends=unknown_ends))
    return buffer.getvalue()


def _csv_row(row: dict) -> dict:
    """``row`` for a CSV cell each: ``past`` as ``true``/``false`` (None: an empty cell), and no
    text a spreadsheet would run as a formula (:func:`graph.spreadsheet.spreadsheet_text`).

    >>> _csv_row({"past": True, "confidence": None, "evidence": "=1+1 zei de wethouder."})
    {'past': 'true', 'confidence': None, 'evidence': "'=1+1 zei de wethouder."}
    """
    return {name: spreadsheet_text(value) for name, value in dict(row, past="true" if row["past"] else "false").items()}


def _jsonld(dataset: Dataset) -> str:
    """JSON-LD with an ``@context`` of the project's prefixes (:data:`graph.vocab.PREFIXES`): property
    names, types and ``@id`` values as compact IRIs (``g40id:person/jan``), about half the size of the
    expanded form, the same quads."""
    from .vocab import PREFIXES

    context = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
    data = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    # longest namespace first, so that a namespace inside another one wins
    namespaces = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda pair: -len(pair[0]))
    return json.dumps(_compact_ids(data, namespaces), ensure_ascii=False, indent=2) + "\n"


def _compact_ids(node, namespaces):
    """``node`` (parsed JSON-LD) with every ``@id`` value in a namespace of ``namespaces`` as a compact IRI.

    >>> _compact_ids({"@id": "https://w3id.org/g40kg/id/person/jan", "x": [{"@id": "_:b0"}]},
    ...              [("https://w3id.org/g40kg/id/", "g40id")])
    {'@id': 'g40id:person/jan', 'x': [{'@id': '_:b0'}]}
    """
    if isinstance(node, list):
        return [_compact_ids(item, namespaces) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "@id" and isinstance(value, str):
            for namespace, prefix in namespaces:
                local = value[len(namespace):]
                if value.startswith(namespace) and not local.startswith("//"):  # "p://…" would read as an IRI
                    value = f"{prefix}:{local}"
                    break
        elif key != "@context":
            value = _compact_ids(value, namespaces)
        out[key] = value
    return out


def _with_graphs(dataset: Dataset) -> Dataset:
    """``dataset``, or for an ``--endpoint`` (whose store cannot list its graphs) a copy of its named graphs."""
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    if not isinstance(dataset.store, SPARQLStore):
        return dataset
    from .vocab import bind_prefixes

    copy = Dataset()
    bind_prefixes(copy)
    graphs: dict = {}
    for row in dataset.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):
        if row.g not in graphs:
            graphs[row.g] = copy.graph(row.g)
        graphs[row.g].add((row.s, row.p, row.o))
    return copy


def _kept_evidence(dataset: Dataset, **window) -> set[str]:
    """The evidence nodes and curated statements (IRIs) the period ``window`` keeps: the rule of
    ``rank``, ``communities`` and ``viz`` (:func:`graph.project.evidence_records`), mentions included."""
    from .project import evidence_records

    return {record["evidence"] for record in evidence_records(dataset, include_mentions=True, **window)}


def _network_export(dataset: Dataset, fmt: str, **window) -> str:
    """The projection (of a period) as GraphML or GEXF, the same bytes for the same graph.

    Each edge gets ``first_date`` and ``last_date`` (the earliest start and the latest end or start
    of its dated facts, ISO; absent for an edge only undated facts support), plain columns for Gephi
    and R; in GEXF also its time (``mode="dynamic"``, ``timeformat="date"``): ``start``/``end`` when its
    facts hold in one interval, else one ``spell`` per interval, an open bound left out, and no time
    at all when an undated fact supports it (it holds always, as every filter keeps it). Nodes that
    share a label are told apart (:func:`distinct_labels`). The header says what made the graph
    (:func:`_made_by`): GEXF's ``meta`` (``lastmodifieddate`` the graph's newest document date,
    not today, or none), GraphML's graph data.
    """
    import networkx as nx

    from .dataset import build_metadata
    from .project import to_networkx

    projected = to_networkx(dataset, **window)
    made = build_metadata(dataset)
    flat = nx.MultiDiGraph() if projected.is_directed() else nx.MultiGraph()
    if fmt == "graphml":
        flat.graph.update({key: value for key, value in _made_by(made, window).items() if value})
    labels = distinct_labels(projected)
    document_dates = {docid: times[0][:10] if times[0] else None for docid, times in _document_times(dataset).items()}
    for node, data in projected.nodes(data=True):
        flat.add_node(str(node), **dict(_scalars(data), label=labels[node]))
    for u, v, data in projected.edges(data=True):
        evidence = [_with_document_date(item, document_dates) for item in data["evidence"]]
        flat.add_edge(str(u), str(v), **_scalars(dict(data, evidence=evidence)),
                      **_edge_time(data["evidence"], dynamic=fmt == "gexf"))
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(flat)) + "\n"
    return _gexf_header("\n".join(nx.generate_gexf(flat)) + "\n", made, window)


def _with_document_date(item: dict, document_dates: dict) -> dict:
    """An edge's evidence item with ``date`` its document's date, as in the facts export (the
    projection's ``date`` is the fact's start, which ``start`` already gives; round 39g).

    >>> _with_document_date({"document": "jv", "date": "2016-01-01", "start": "2016-01-01"}, {"jv": "2017-02-01"})
    {'document': 'jv', 'date': '2017-02-01', 'start': '2016-01-01'}
    >>> _with_document_date({"document": None, "curated": True, "date": "2020-01-01"}, {})["date"] is None
    True
    """
    return dict(item, date=document_dates.get(item.get("document")))


def _made_by(made: dict, window: dict) -> dict:
    """What an export's header says made it: g40kg's version, the extractor's fingerprint (the one
    the build's ``manifest.json`` and dataset description give), the newest document date and the
    period asked for.

    >>> _made_by({"version": "0.1.0", "extractor": "912843f45c2604a4", "modified": None}, {"between": ("2016-01-01", "2019-12-31")})
    {'g40kg_version': '0.1.0', 'extractor': '912843f45c2604a4', 'modified': None, 'period': '--between 2016-01-01 2019-12-31'}
    """
    period = " ".join(f"--{name.replace('_', '-')} " + (" ".join(value) if isinstance(value, tuple) else str(value))
                      for name, value in window.items() if value)
    return {"g40kg_version": made["version"], "extractor": made["extractor"], "modified": made["modified"],
            "period": period or None}


def _gexf_header(text: str, made: dict, window: dict) -> str:
    """``text`` (networkx's GEXF) with a ``meta`` that stays the same for the same graph: the newest
    document date for ``lastmodifieddate`` (networkx writes today's), g40kg and its extractor as the
    creator (networkx writes its own version), the period in the description.

    >>> _gexf_header('<meta lastmodifieddate="2026-12-05">\\n<creator>NetworkX 3.6</creator>\\n</meta>',
    ...              {"version": "0.1.0", "extractor": "ab12", "modified": None}, {})
    '<meta>\\n<creator>g40kg 0.1.0 (extractor ab12)</creator>\\n</meta>'
    """
    from xml.sax.saxutils import escape, quoteattr

    about = _made_by(made, window)
    creator = f"g40kg {about['g40kg_version'] or ''}".strip()
    if about["extractor"]:
        creator += f" (extractor {about['extractor']})"
    meta = f"<meta lastmodifieddate={quoteattr(about['modified'][:10])}>" if about["modified"] else "<meta>"
    text = re.sub(r'<meta lastmodifieddate="[^"]*">', meta, text, count=1)
    description = f"<description>{escape(about['period'])}</description>" if about["period"] else ""
    return re.sub(r"(\s*)<creator>[^<]*</creator>", lambda m: f"{m.group(1)}<creator>{escape(creator)}</creator>"
                  + (m.group(1) + description if description else ""), text, count=1)


def _edge_time(records: list[dict], *, dynamic: bool) -> dict:
    """``first_date``/``last_date`` of an edge's evidence ``records`` and, ``dynamic`` (GEXF), its
    ``start``/``end`` or ``spells`` (see :func:`_network_export`).

    >>> _edge_time([{"start": "2016-01-01", "end": "2016-12-31"}, {"start": "2024-11-05", "end": "2024-11-05"}], dynamic=True)
    {'first_date': '2016-01-01', 'last_date': '2024-11-05', 'spells': [('2016-01-01', '2016-12-31'), ('2024-11-05', '2024-11-05')]}
    >>> _edge_time([{"start": "2016-01-01", "end": None}], dynamic=True)
    {'first_date': '2016-01-01', 'last_date': '2016-01-01', 'start': '2016-01-01'}
    >>> _edge_time([{"start": None, "end": None}, {"start": "2018-01-01", "end": "2018-01-01"}], dynamic=True)
    {'first_date': '2018-01-01', 'last_date': '2018-01-01'}
    """
    intervals = sorted({(r.get("start"), r.get("end")) for r in records}, key=lambda pair: (pair[0] or "", pair[1] or ""))
    undated = any(start is None and end is None for start, end in intervals)
    intervals = [pair for pair in intervals if pair != (None, None)]
    if not intervals:
        return {}
    starts = [start for start, _ in intervals if start]
    lasts = [end or start for start, end in intervals if end or start]
    found = {"first_date": min(starts) if starts else None, "last_date": max(lasts) if lasts else None}
    found = {key: value for key, value in found.items() if value}
    if not dynamic or undated:
        return found
    if len(intervals) == 1:
        start, end = intervals[0]
        found.update({key: value for key, value in (("start", start), ("end", end)) if value})
    else:
        found["spells"] = intervals
    return found


def distinct_labels(graph) -> dict[str, str]:
    """Node → its label, told apart where several nodes share one (any case): with what the IRI's
    last part adds to the label ("bestuurlijk overleg (2016-06-verslag)" for
    ``…/event/bestuurlijk-overleg-2016-06-verslag``), else that whole part.

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("x/event/overleg-2016-06-verslag", label="Overleg"); G.add_node("x/event/overleg-2019", label="overleg")
    >>> G.add_node("x/city/gm1", label="Breda")
    >>> sorted(distinct_labels(G).values())
    ['Breda', 'Overleg (2016-06-verslag)', 'overleg (2019)']
    """
    from collections import Counter

    from .vocab import slugify

    def label(node):
        return str(graph.nodes[node].get("label") or node)

    shared = Counter(label(node).casefold() for node in graph)
    labels = {}
    for node in graph:
        text = label(node)
        if shared[text.casefold()] > 1:
            tail = str(node).rstrip("/").rsplit("/", 1)[-1]
            slug = slugify(text)
            extra = tail[len(slug):].lstrip("-") if slug and tail.startswith(slug) and len(tail) > len(slug) else tail
            text = f"{text} ({extra})"
        labels[node] = text
    return labels


def _scalars(data: dict) -> dict:
    """Attributes that GraphML/GEXF can hold: lists become JSON strings, None is left out."""
    out = {}
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, (str, int, float, bool)):
            out[key] = value
        else:
            out[key] = json.dumps(value, ensure_ascii=False, default=str)
    return out
