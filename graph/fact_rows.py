"""The facts of the graph as rows: the ``facts`` JSON Lines contract (``../shared/gold/FORMAT.md``)
and the rows of the ``csv`` table, with each fact's time, derivation and precision.

One row per fact per document (:data:`FACT_FIELDS`, names kept exactly: a public interface),
then, ``with_time``, :data:`TIME_FIELDS` (``date``, ``valid_from``, ``valid_until``, ``past``,
``confidence``), :data:`DERIVATION_FIELDS` (``inferred_until``, ``ended_by``, ``rule``),
:data:`PRECISION_FIELDS`, :data:`JOIN_FIELDS` (``subject_code``, ``object_code``, ``evidence_iri``) and
:data:`DOCUMENT_FIELDS` (``document_title``) and :data:`PORTFOLIO_FIELDS` (``portfolio``). :mod:`graph.export` writes them; ``evaluate`` and ``factdiff`` read them.

Examples
--------
>>> from graph.store import new_dataset
>>> list(iter_facts(new_dataset()))
[]
>>> FACT_FIELDS[:3]
('document', 'subject', 'subject_type')
"""

from __future__ import annotations

from typing import Iterator

from rdflib import Dataset, URIRef

from .query import query_rows
from .vocab import CORE_PREDICATES, G40, G40ID, sparql_prologue

__all__ = ["FACT_FIELDS", "TIME_FIELDS", "DERIVATION_FIELDS", "PRECISION_FIELDS", "JOIN_FIELDS", "DOCUMENT_FIELDS",
           "PORTFOLIO_FIELDS",
           "iter_facts", "register_code", "join_fields", "document_titles",
           "entity_types_and_labels", "document_times", "ends_unknown_on", "fact_time", "document_period_only", "fact_derivation",
           "fact_precision"]

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
#: What they add after :data:`PRECISION_FIELDS` (round 43c, walkthrough 18 finding 14): the register code of
#: each end to join other tables on (:func:`register_code`: a municipality's or province's CBS code, a
#: ministry's TOOI code; null otherwise) and the IRI of the evidence the row is read from, a stable row key.
JOIN_FIELDS = ("subject_code", "object_code", "evidence_iri")
#: What they add last (round 44l, walkthrough 18 finding 14's rest): the title of the row's document as
#: the graph knows it (``dcterms:title``: the ``.meta.json`` title or the one the ingest found); null
#: when it has none, and for a curated fact (no document).
DOCUMENT_FIELDS = ("document_title",)
#: What they add last (round 45m, walkthrough 19 finding 11): a role's portfolio, the words after its
#: role word that say what the holder is responsible for ("Wonen en Ruimte" of "wethouder Wonen en
#: Ruimte", "Woningbouw" of "directeur Woningbouw"; ``g40:portfolio``); null when the text gives none
#: and for every other relation.
PORTFOLIO_FIELDS = ("portfolio",)
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

#: the classes and preferred labels of a few IRIs (``VALUES ?e``)
_ENTITIES_OF_QUERY = sparql_prologue() + """
SELECT ?e ?type ?label WHERE { VALUES ?e { %s } ?e a ?type . OPTIONAL { ?e skos:prefLabel ?label } }
"""


def entity_types_and_labels(dataset: Dataset, only=None) -> dict[URIRef, tuple[str, str]]:
    """Entity IRI → (type name, preferred label) for every typed entity, or for those of the IRIs
    ``only`` that are typed entities (a few lookups instead of every entity of the graph).

    >>> from graph.store import new_dataset
    >>> entity_types_and_labels(new_dataset(), only=[URIRef("https://example.org/x")])
    {}
    """
    found: dict[URIRef, dict] = {}
    if only is None:
        rows = query_rows(dataset, _ENTITY_QUERY)
    else:
        # each of the IRIs' classes, those of _TYPE_ORDER kept below: a VALUES of the classes beside the
        # IRIs' made the query three times slower (24 against 8 ms for 196 IRIs of a rebuild's changes)
        iris = sorted({str(iri) for iri in only})
        rows = [row for i in range(0, len(iris), 500)
                for row in query_rows(dataset, _ENTITIES_OF_QUERY % " ".join(f"<{iri}>" for iri in iris[i:i + 500]))]
    for entity, rdf_type, label in rows:
        name = str(rdf_type)[len(str(G40)):]
        if name not in _TYPE_ORDER or not str(rdf_type).startswith(str(G40)):
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


def document_times(dataset: Dataset) -> dict[str, tuple]:
    """Document id → (date, period start, period end), each ISO text or None."""
    times = {}
    for docid, date, start, end in query_rows(dataset, _DOCUMENT_DATES):
        times[str(docid)] = tuple(None if value is None else str(value) for value in (date, start, end))
    return times


def document_titles(dataset: Dataset) -> dict[str, str]:
    """Document id → its title in the graph (``dcterms:title``; the first in order where it has several).

    >>> from graph.store import new_dataset
    >>> document_titles(new_dataset())
    {}
    """
    titles: dict[str, str] = {}
    for docid, title in sorted(query_rows(dataset, _DOCUMENT_TITLES), key=lambda pair: (str(pair[0]), str(pair[1]))):
        titles.setdefault(str(docid), str(title))
    return titles


_DOCUMENT_TITLES = sparql_prologue() + """
SELECT ?docid ?title WHERE { ?doc a g40:Document ; dcterms:identifier ?docid ; dcterms:title ?title }
"""


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
    "portfolio": "SELECT ?x ?value WHERE { ?x g40:portfolio ?value }",
}


def _evidence_times(dataset: Dataset, as_of: str | None = None, later: set[str] | None = None) -> dict[str, dict]:
    """Time-column name → {evidence node → value} (:data:`_TIME_QUERIES`); ``as_of``: without the
    inferred ends that were not known on that day (:func:`graph.timefilter.ends_known_after`, or
    ``later`` where the caller has them already)."""
    prologue = sparql_prologue()
    values = {name: {x: value for x, value in query_rows(dataset, prologue + query)} for name, query in _TIME_QUERIES.items()}
    if as_of:
        later = ends_unknown_on(dataset, as_of) if later is None else later
        for name in ("inferred_until", "ended_by"):
            values[name] = {x: value for x, value in values[name].items() if str(x) not in later}
    return values


def ends_unknown_on(dataset: Dataset, as_of: str | None) -> set[str]:
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

    A fact of a dated report that only the report's period dates (:func:`document_period_only`:
    "Wethouder X is lid van de pijler" in the report on 2023 of 18 April 2024) starts with the period
    and has no ``valid_until`` either: the report's date is when it was known, not when it ended
    (walkthrough 23, finding 5), as the tables show it (:func:`graph.timefilter.shown_end`).

    >>> fact_time("ev4", {"valid_from": {"ev4": Literal("2023-01-01")}, "valid_until": {"ev4": Literal("2024-04-18")},
    ...                   "past": {}}, ("2024-04-18", "2023-01-01", "2023-12-31"))["valid_until"] is None
    True
    """
    from .timefilter import fact_interval

    date, start, end = document or (None, None, None)
    own_from, own_until = values["valid_from"].get(evidence), values["valid_until"].get(evidence)
    valid_from, valid_until = fact_interval(own_from, own_until, None, date, start, end)
    past = values["past"].get(evidence)
    if document_period_only(own_from, own_until, document, values.get("valid_until_precision", {}).get(evidence)):
        valid_until = None  # the report's period and date, no end the text states
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


def document_period_only(own_from, own_until, document: tuple | None, until_precision=None) -> bool:
    """Is the period of a fact (``own_from``–``own_until``, its ``g40:validFrom``/``g40:validUntil``) only
    the one the build gives a fact of a dated report that has no time of its own: the report's period
    widened to its date (:func:`graph.document_periods.document_period`), with no precision the text
    gave? ``document``: the report's (date, period start, period end). A report's plain past ("X was
    voorzitter", which ends with the year reported on) and a document with only a period are not:
    their end is the period's, which the facts contract keeps (``docs/gold-format.md``). The Python
    twin of the tables' rule (:func:`graph.timefilter.shown_end`).

    >>> report = ("2024-04-18", "2023-01-01", "2023-12-31")
    >>> document_period_only("2023-01-01", "2024-04-18", report), document_period_only("2023-01-01", "2023-12-31", report)
    (True, False)
    >>> document_period_only("2023-01-01", "2023-12-31", (None, "2023-01-01", "2023-12-31"))
    False
    """
    from types import SimpleNamespace

    from .document_periods import document_period

    date, start, end = document or (None, None, None)
    if own_from is None or own_until is None or until_precision is not None or not date or len(date[:10]) != 10 \
            or not (start or end):
        return False
    period = document_period(SimpleNamespace(date=date[:10], period_start=start and start[:10], period_end=end and end[:10]))
    return (str(own_from)[:10], str(own_until)[:10]) == period


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


#: the kinds whose IRI is a register code, and how the code is written there (vocab.mint: lower case)
_REGISTER_KINDS = {"municipality/": str.upper, "province/": str.upper, "ministry/": str}


def register_code(iri: str) -> str | None:
    """The register code in an entity IRI: CBS for a municipality or province (as ``g40:cbsCode`` writes
    it), TOOI for a ministry; None for any other IRI.

    >>> register_code("https://w3id.org/g40kg/id/municipality/gm0758"), register_code("https://w3id.org/g40kg/id/ministry/mnre1045")
    ('GM0758', 'mnre1045')
    >>> register_code("https://w3id.org/g40kg/id/person/jan"), register_code("https://w3id.org/g40kg/id/province/pv27")
    (None, 'PV27')
    """
    prefix = str(G40ID)
    if not iri.startswith(prefix):
        return None
    key = iri[len(prefix):]
    for kind, written in _REGISTER_KINDS.items():
        if key.startswith(kind) and "/" not in key[len(kind):]:
            return written(key[len(kind):])
    return None


def join_fields(subject_iri: str, object_iri: str, evidence_iri: str) -> dict:
    """The :data:`JOIN_FIELDS` of a row.

    >>> join_fields("https://w3id.org/g40kg/id/person/jan", "https://w3id.org/g40kg/id/municipality/gm0758", "e:1")
    {'subject_code': None, 'object_code': 'GM0758', 'evidence_iri': 'e:1'}
    """
    return {"subject_code": register_code(subject_iri), "object_code": register_code(object_iri),
            "evidence_iri": evidence_iri}


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
    read from that evidence (a period's, :func:`graph.export._kept_evidence`). ``unknown_ends``: the ends not known
    ``as_of`` (:func:`ends_unknown_on`), when the caller has asked already.
    """
    from .query import joins_ranges
    from .timefilter import fact_label_date, ministry_label_in

    entities = entity_types_and_labels(dataset)
    documents = document_times(dataset)
    dates = {docid: _label_date(times) for docid, times in documents.items()}
    times = _evidence_times(dataset, as_of, unknown_ends) if with_time else None
    titles = document_titles(dataset) if with_time else {}

    def label(node, docid, quote, time):
        type_name, text = entities.get(node, ("", str(node)))
        if type_name == "Ministry":
            when = fact_label_date(time.get("valid_from"), time.get("valid_until"), dates.get(docid))
            text = ministry_label_in(dataset, str(node), when, str(quote), text)
        return type_name, text
    core = {G40[name]: name for name in CORE_PREDICATES}
    if include_mentions:
        core[G40.mentions] = "mentions"

    def one_row(found) -> tuple | None:  # (document, offset, row) of one piece of evidence, None: not a fact's
        evidence, docid, subject, predicate, obj, role, quote, start, confidence = found
        name = core.get(predicate)
        if name is None or (kept is not None and str(evidence) not in kept):
            return None
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
            row.update(join_fields(str(subject), str(obj), str(evidence)))
            row["document_title"] = titles.get(str(docid))
            portfolio = times["portfolio"].get(evidence)
            row["portfolio"] = None if portfolio is None else str(portfolio)
        return str(docid), int(start) if start is not None else 0, row

    # made as the rows are read, within the command's --timeout (the rows of 10^5 pieces of evidence not held)
    rows = query_rows(dataset, _EVIDENCE_RANGES_QUERY if joins_ranges(dataset) else _EVIDENCE_QUERY, each=one_row)
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
