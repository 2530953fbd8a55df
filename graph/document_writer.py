"""The named graph of one document: the document node, its mentions, one evidence node per fact (a
reified statement with the masked quote, its offsets, rule, confidence and time) and a membership
node per ``hasRole``, written through :class:`graph.build_terms._Terms` or ``_Texts`` (both write
the same triples). Part of the builder's code (:func:`graph.fragments.builder_fingerprint`).

Examples
--------
>>> from graph.build_stats import BuildStats
>>> from graph.build_terms import _Texts
>>> from graph.extract.model import Extraction
>>> from graph.nquads import QuadLines
>>> from graph.resolve import Resolution
>>> from graph.vocab import document_graph
>>> sink, stats = QuadLines(document_graph("d")), BuildStats()
>>> doc = Document(id="d", path="d.txt", text="Niets.", checksum="sha256:0", date="2024-06-01")
>>> write_document(_Texts(sink), doc, Extraction("d"), Resolution({}, {}), stats)
>>> stats.documents, b"2024-06-01" in sink.text()
(1, True)
"""

from __future__ import annotations

from dataclasses import replace

from .build_stats import BuildStats
from .build_terms import _Terms
from .document_periods import dated, document_period, first_day, last_day, one_day, reported_period
from .extract.model import Extraction, Relation
from .ingest import Document
from .privacy import mask_contacts, readable_quote
from .resolve import Resolution
from .tenure import CONTACT, PARTICIPATION, SUCCESSION
from .vocab import content_key, mint

__all__ = ["write_document", "_Keys"]


def write_document(out: _Terms, document: Document, extraction: Extraction, resolution: Resolution,
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
    if document.author:  # the metadata file's author and case number: who wrote it, in which case (round 58d)
        pairs.append((out.CREATOR, out.string(document.author)))
    if document.case:
        pairs.append((out.CASE_NUMBER, out.string(document.case)))
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


def _relation_ends(document_id: str, relation, mention_keys: dict) -> tuple[str, str] | None:
    """The entity keys a relation joins; None when an end did not resolve or both are one entity."""
    subject_key = mention_keys.get((document_id, relation.subject.start, relation.subject.end))
    object_key = mention_keys.get((document_id, relation.object.start, relation.object.end))
    if not subject_key or not object_key or subject_key == object_key:
        return None
    return subject_key, object_key


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


def _record_term(stats: BuildStats, document: Document, relation: Relation, evidence, subject, obj, office: str,
                 dated_only: bool = True):
    """Record a term of ``office`` (a role label, :data:`graph.tenure.PARTICIPATION` or
    :data:`graph.tenure.SUCCESSION`) for :mod:`graph.tenure`, where the fact has a time (a succession
    also without: :mod:`graph.succession_ends` dates it by the successor's start): another holder ends
    a single office's term, the holder's own stated end any term (a town's exit its participation)."""
    interval = _interval(document, relation.valid_from, relation.valid_until)
    if interval[0] or interval[1] or not dated_only:
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
    reported = reported_period(document) if not relation.past else None
    if reported and relation.told_past and not (relation.valid_from or relation.valid_until):
        # "X was voorzitter" in the report on 2025 published on 20 January 2026: in 2025, not up to that day
        relation = replace(relation, valid_from=reported[0], valid_until=reported[1])
    elif reported and (relation.valid_from, relation.valid_until) == reported and not relation.past \
            and relation.valid_from_precision == relation.valid_until_precision == "year":
        # "stond in 2025 onder leiding van X" in the report on 2025: reported for the year it reports on, not ended
        # after it (README, "--as-of"; walkthrough 26, finding 6), as a fact with no time of its own is
        relation = replace(relation, valid_from_precision=None, valid_until_precision=None)
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
        # "wethouder Wonen en Ruimte": the portfolio beside the role word, on both nodes (round 45m)
        portfolio = [(out.PORTFOLIO, out.string(relation.portfolio))] if relation.portfolio else []
        pairs = [(out.TYPE, out.MEMBERSHIP_CLASS), (out.MEMBER, subject), (out.ORGANIZATION, obj),
                 (out.ROLE, out.role(role)), (out.ROLE_LABEL, label), *portfolio, (out.DERIVED, doc_node),
                 (out.PAST, out.literal(bool(relation.past))), *precisions]
        _time(pairs, out, document, relation.valid_from, relation.valid_until)
        out.describe(membership, pairs)
        more += [(out.MEMBERSHIP, membership), (out.ROLE_LABEL, label), *portfolio]
        _record_term(stats, document, relation, evidence, subject, obj, role)
    elif relation.predicate == "participatesIn":  # a town's stated exit closes its earlier participation
        _record_term(stats, document, relation, evidence, subject, obj, PARTICIPATION)
    elif relation.predicate == "contactFor":  # the contact's own stated end (a handover) closes the earlier reports
        _record_term(stats, document, relation, evidence, subject, obj, CONTACT)
    elif relation.predicate == "succeeded":  # the successor's start in a body ends the predecessor's term there
        _record_term(stats, document, relation, evidence, subject, obj, SUCCESSION, dated_only=False)
    _write_evidence(out, evidence, doc_node, subject, predicate, obj, document.text, relation.evidence_start,
                    relation.evidence_end, relation.rule, relation.confidence, document,
                    relation.valid_from, relation.valid_until, more)
