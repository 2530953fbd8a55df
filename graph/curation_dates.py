"""A curated fact's dates override the documents' dates for the same fact (walkthrough 21, findings 1
and 4): a correction ``{subject: Thijs Voorbeeld, predicate: hasRole, object: Pijler Economie, role:
voorzitter, valid_from: 2026-11-16}`` used to change nothing, because a table takes the earliest start
of a fact's evidence (a mail's "als nieuwe voorzitter", dated four days before); and a contact's
curated end (``valid_until: 2026-12-31, past: true``) did not end the ``contactFor`` a newsletter
stated, so in 2027 she was still listed beside her successor.

:func:`override_dates` gives the extracted evidence of the same fact — same subject, predicate and
object, for ``hasRole`` the same role — the dates the correction gives: its ``valid_from`` replaces
the evidence's start (``g40:validFrom``, also on a role's membership node; not of a text that says
the fact is over, "Zwolle is gestopt met …", which tells an end), its ``valid_until`` the evidence's
end (of a role or participation only its document dates, :mod:`graph.tenure` ends it there, so its
document's date stays its start), ``past: true`` marks it over. A date the correction leaves out stays as the text
gave it. The new dates are written into ``g40g:curated``; the document's own are removed, as a
suppression removes its evidence, so every question and the time filters read the corrected dates,
and :func:`redated_terms` gives them to the terms :mod:`graph.tenure` infers ends from.

Examples
--------
>>> from rdflib import Literal
>>> from rdflib.namespace import RDF
>>> from graph.curation_graph import one_graph
>>> from graph.curation_records import CuratedFact
>>> from graph.store import new_dataset
>>> from graph.vocab import G40, G40ID
>>> ds = new_dataset(); doc = ds.graph(G40ID["doc/mail"]); ev = G40ID["evidence/mail/1"]
>>> p, unit = G40ID["person/thijs-voorbeeld"], G40ID["unit/pijler-economie"]
>>> for triple in [(ev, RDF.subject, p), (ev, RDF.predicate, G40.hasRole), (ev, RDF.object, unit),
...                (ev, G40.roleLabel, Literal("voorzitter")), (ev, G40.validFrom, Literal("2026-11-12"))]:
...     _ = doc.add(triple)
>>> fact = CuratedFact(p, "hasRole", unit, role="Voorzitter", valid_from="2026-11-16", source="a.yaml:3")
>>> override_dates(ds, one_graph(ds, G40ID["curated"]), fact, p, unit)
[('https://w3id.org/g40kg/id/evidence/mail/1', '2026-11-16', None, False)]
>>> sorted(str(o) for o in ds.objects(ev, G40.validFrom))
['2026-11-16']
"""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from .curation_facts import curated_date
from .curation_graph import OneGraph, has_triple, objects_of, remove_triple
from .curation_records import CuratedFact
from .vocab import G40

__all__ = ["TENURE_PREDICATES", "override_dates", "redated_terms", "other_term_evidence"]

#: the facts whose terms :mod:`graph.tenure` ends (roles and participations)
TENURE_PREDICATES = ("hasRole", "participatesIn")


def override_dates(dataset: Dataset, curated: OneGraph, fact: CuratedFact, subject: URIRef,
                   obj: URIRef) -> list[tuple[str, str | None, str | None, bool]]:
    """Give the extracted evidence of the same fact as ``fact`` (``subject`` and ``obj``: its entities
    after merges) the dates ``fact`` gives; returns (evidence IRI, start, end, past) of each evidence
    node it changed, for :func:`redated_terms` (none when the correction gives no date: then the documents'
    dates stay as they are). Only the evidence of the term the correction's dates fit is changed, not
    that of an earlier or later term of the same role (:func:`other_term_evidence`)."""
    if not (fact.valid_from or fact.valid_until):  # no date: the documents' dates stay (a past alone is the correction's)
        return []
    changed = []
    same = same_fact_evidence(dataset, fact, subject, obj)
    other_terms = other_term_evidence(dataset, same, fact.valid_from, fact.valid_until)
    for evidence in same:
        if evidence in other_terms:
            continue
        nodes = [evidence, *sorted(objects_of(dataset, evidence, G40.membership))]
        # a text that says the fact is over ("is gestopt met") tells its end, not its start
        past = has_triple(dataset, (evidence, G40.past, Literal(True)))
        start = None if past else fact.valid_from
        # an end on a term only its document dates would lose that date as its start: a term's end comes
        # from graph.tenure there (the correction's end closes it, with the rule as what ended it)
        dated = bool(start) or past or has_triple(dataset, (evidence, G40.validFrom, None))
        end = fact.valid_until if dated or fact.predicate not in TENURE_PREDICATES else None
        for node in nodes:
            for value, date, precision in ((start, G40.validFrom, G40.validFromPrecision),
                                           (end, G40.validUntil, G40.validUntilPrecision)):
                if value:
                    remove_triple(dataset, (node, date, None))
                    remove_triple(dataset, (node, precision, None))
                    curated.add((node, date, curated_date(value)))
        if fact.past and end:  # over, with the end it has now (a past fact without one is in no "as of")
            curated.add((evidence, G40.past, Literal(True)))
        changed.append((str(evidence), start, end, fact.past and bool(end)))
    return changed


def redated_terms(terms, redated) -> list:
    """``terms`` (:class:`graph.tenure.Term`, made from the build's records before curation) with the
    dates :func:`override_dates` gave their evidence (``redated``), so that :mod:`graph.tenure` infers
    no end a correction overrides: a date the correction gives is stated, not a document's.

    >>> from graph.tenure import Term
    >>> redated_terms([Term("e1", "p/a", "u", "voorzitter", "2026-11-12", "2026-11-12", False, True),
    ...                Term("e2", "p/b", "u", "voorzitter", "2025-03-01", None, False)],
    ...               [("e1", "2026-11-16", None, False)])[0]
    Term(evidence='e1', holder='p/a', body='u', office='voorzitter', start='2026-11-16', end=None, past=False, reported=False)
    """
    by_evidence = {evidence: (start, end, past) for evidence, start, end, past in redated}
    if not by_evidence:
        return list(terms)
    changed = []
    for term in terms:
        if term.evidence in by_evidence:
            start, end, past = by_evidence[term.evidence]
            start = start or term.start
            # a document's day is no end once a correction dates the term, a text's "is gestopt" still is
            own_end = term.end if term.past or not term.reported else None
            end = end or (own_end if own_end is None or start is None or own_end >= start else None)
            term = term._replace(start=start, end=end, past=term.past or past, reported=False)
        changed.append(term)
    return changed


def _day(dataset: Dataset, node: URIRef, predicate) -> str | None:
    values = sorted(str(value)[:10] for value in objects_of(dataset, node, predicate))
    return values[0] if values else None


def other_term_evidence(dataset: Dataset, evidence: list[URIRef], start: str | None, end: str | None) -> set[URIRef]:
    """Of the ``evidence`` of one fact, that of another term than the one a correction from ``start`` to
    ``end`` dates, which keeps its documents' dates (a person who chaired a pijler twice): evidence that
    ends before ``start``, or whose time lies on or before such an end (an earlier term, and the mentions
    of it), and evidence that begins after ``end`` (a later term). A mention shortly before ``start``
    ("met X als nieuwe voorzitter", four days before) is of the corrected term. A time is the text's
    start, else (a text not saying it is over) the document's date; an end the text's, else (one saying
    it is over) the document's date."""
    times = {}
    for node in evidence:
        past = has_triple(dataset, (node, G40.past, Literal(True)))
        date = _day(dataset, node, DCTERMS.date)
        began = _day(dataset, node, G40.validFrom) or (None if past else date)
        ended = _day(dataset, node, G40.validUntil) or (date if past else None)
        times[node] = (began, ended)
    earlier_ends = [ended for _began, ended in times.values() if start and ended and ended < start]
    boundary = max(earlier_ends) if earlier_ends else None
    return {node for node, (began, ended) in times.items()
            if (start and ended and ended < start) or (boundary and began and began <= boundary)
            or (end and began and began > end)}


def same_fact_evidence(dataset: Dataset, fact: CuratedFact, subject: URIRef, obj: URIRef) -> list[URIRef]:
    """The extracted evidence nodes (not curated statements) of ``subject`` ``fact.predicate`` ``obj``,
    for ``hasRole`` only those of ``fact.role`` (in any case)."""
    predicate = G40[fact.predicate]
    role = (fact.role or "").strip().lower()
    found = []
    for evidence in {s for s, _p, _o, _g in dataset.quads((None, RDF.subject, subject, None))}:
        if (not has_triple(dataset, (evidence, RDF.predicate, predicate)) or not has_triple(dataset, (evidence, RDF.object, obj))
                or has_triple(dataset, (evidence, G40.curated, Literal(True)))):
            continue
        if fact.predicate == "hasRole" and Literal(role) not in objects_of(dataset, evidence, G40.roleLabel):
            continue
        found.append(evidence)
    return sorted(found)
