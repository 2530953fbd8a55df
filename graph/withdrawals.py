"""A rectification withdraws an earlier document's fact: the build removes it as a suppression would.

Extraction reads what a rectifying sentence withdraws ("In het bericht van 27 januari stond
abusievelijk dat X voorzitter is van Y": :mod:`graph.extract.withdrawn_claims`). Here the claim's
ends are resolved to entities (:func:`find_withdrawals`) and the fact is taken out of the documents
dated *before* the rectifying one — of those of the named day only, where it names a day; of the one
with that title, where it names a title — never out of a later document, so a later re-statement
stays (:func:`apply_withdrawals`). The removal is a curated suppression's
(:func:`graph.curation_suppressions.apply_suppression`, with its ``document`` and, for ``hasRole``,
its role word), run in :func:`graph.curate.apply_curation` after the correction files' rules; and
as a suppression's, its record is a ``g40:CurationRule`` node in ``g40g:curated`` (``…/withdraw-n``):
the fact as its label, the rectifying document as its source and ``prov:wasDerivedFrom``, the
rectifying sentence as its comment, the documents it was withdrawn from as ``dcterms:references``.
``g40kg entity`` and the explorer's entity page show it ("ingetrokken door een rectificatie: …").

Every build withdraws again from the graphs as the documents give them (a graph curation changed is
written afresh by the next build, :mod:`graph.assemble`): remove the rectifying document and the
fact is back.

A rectifying document without a date withdraws nothing (which documents are earlier cannot be
told), nor does one naming a day or a title no earlier document has: both are said as a warning.

Examples
--------
>>> from graph.ingest import Document
>>> docs = [Document("a", "a.txt", "", "", date="2026-01-27"), Document("b", "b.txt", "", "", date="2026-02-03"),
...         Document("c", "c.txt", "", "", date="2026-03-01")]
>>> earlier_documents(docs, docs[2], date="2026-01-27", title=None)
['a']
>>> earlier_documents(docs, docs[1], date=None, title=None)
['a']
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from .build_warnings import coded
from .curation_graph import entity_key, has_triple, matching_quads, objects_of, rule_node
from .curation_records import Suppression
from .curation_suppressions import apply_suppression, fact_documents, same_words
from .document_periods import appeared, earlier
from .messages import CATALOGUE
from .vocab import G40, G40ID, mint

__all__ = ["Withdrawal", "find_withdrawals", "apply_withdrawals", "earlier_documents", "namesakes_of"]

log = logging.getLogger(__name__)

CATALOGUE.update({
    "rectification_no_date": {
        "nl": "{document}: de rectificatie noemt het bericht van {named}, maar geen eerder document heeft die datum; "
              "niets ingetrokken",
        "en": "{document}: the rectification names the message of {named}, but no earlier document has that date; "
              "nothing withdrawn"},
    "rectification_no_title": {
        "nl": "{document}: de rectificatie noemt {named}, maar geen eerder document heeft die titel; niets ingetrokken",
        "en": "{document}: the rectification names {named}, but no earlier document has that title; nothing withdrawn"},
    "rectification_undated": {
        "nl": "{document}: de rectificatie trekt niets in: het document heeft geen datum, dus welke documenten eerder "
              "zijn is niet te zeggen (geef een datum in {document}.meta.json)",
        "en": "{document}: the rectification withdraws nothing: the document has no date, so which documents are "
              "earlier cannot be told (give a date in {document}.meta.json)"},
})


@dataclass(frozen=True)
class Withdrawal:
    """A fact (``subject``, ``predicate``, ``object``; ``role`` for ``hasRole``) that the sentence
    ``sentence`` of document ``by`` withdraws from the earlier ``documents`` (ids)."""

    subject: URIRef
    predicate: str
    object: URIRef | None  # None: a claim that names no body ("dat X beleidsadviseur Economie is"), of any body
    role: str | None
    by: str
    sentence: str
    documents: tuple[str, ...]
    portfolio: str | None = None  # of a claim with no body: the field its role names, where it names one


def _same_title(one: str | None, other: str) -> bool:
    return bool(one) and " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def earlier_documents(documents, rectifying, *, date: str | None, title: str | None) -> list[str]:
    """The ids of ``documents`` dated before ``rectifying`` (by id): of day ``date`` only, where given;
    titled ``title`` only, where given. A document's days are those it may have appeared on (its date's,
    else its period's end's: :func:`graph.document_periods.appeared`), as the namesake split reckons them."""
    before = appeared(rectifying)[0]
    if before is None:
        return []
    return sorted(d.id for d in documents if d.id != rectifying.id and earlier(appeared(d), before, date)
                  and (title is None or _same_title(d.title, title)))


def find_withdrawals(documents, extractions, resolution) -> tuple[list[Withdrawal], list[str]]:
    """The withdrawals the documents' rectifications make (their claims resolved to entities, the earlier
    documents found), in document order, and the warnings of those that can withdraw nothing."""
    from .extract.withdrawn_claims import Claim  # the extraction's record (not imported by a build that reuses no text)

    by_id = {d.id: d for d in documents}
    withdrawals, warnings = [], []
    for extraction in extractions:
        claims = [Claim._make(row) for row in getattr(extraction, "withdrawn", ())]
        document = by_id.get(extraction.document_id)
        if not claims or document is None:
            continue
        if appeared(document)[0] is None:
            warnings.append(coded("rectification_undated", document=document.id))
            continue
        for claim in claims:
            subject = resolution.mention_keys.get((document.id, claim.subject_start, claim.subject_end))
            bodiless = claim.object_start < 0
            obj = None if bodiless else resolution.mention_keys.get((document.id, claim.object_start, claim.object_end))
            if not subject or not (obj or bodiless) or subject == obj:
                continue
            earlier = earlier_documents(documents, document, date=claim.date, title=claim.title)
            if not earlier and claim.date:
                warnings.append(coded("rectification_no_date", document=document.id, named=claim.date))
            elif not earlier and claim.title:
                warnings.append(coded("rectification_no_title", document=document.id, named=repr(claim.title)))
            for key in namesakes_of(subject, getattr(resolution, "namesakes", ())) if earlier else ():
                withdrawals.append(Withdrawal(G40ID[key], claim.predicate, G40ID[obj] if obj else None, claim.role,
                                              document.id, claim.sentence, tuple(earlier), claim.portfolio))
    return withdrawals, warnings


def namesakes_of(key: str, namesakes) -> list[str]:
    """``key`` and the other persons of its name that rule 6 split off (``namesakes``: :attr:`Resolution.namesakes`):
    a rectification's claim of one name may be held by the namesake the wrong statement made, "In ons bericht van
    2 november stond abusievelijk dat X wethouder is in Amersfoort" where that statement placed an X in Amersfoort
    apart from the X of Apeldoorn (walkthrough 21, finding 5). Only the earlier documents' own facts are withdrawn.

    >>> namesakes_of("person/x-apeldoorn", [{"keys": ["person/x", "person/x-apeldoorn"]}])
    ['person/x-apeldoorn', 'person/x']
    >>> namesakes_of("person/y", [{"keys": ["person/x", "person/x-apeldoorn"]}])
    ['person/y']
    """
    return [key] + [other for group in namesakes if key in group["keys"] for other in group["keys"] if other != key]


def apply_withdrawals(dataset: Dataset, curated, withdrawals: list[Withdrawal], dropped: list[str],
                      numbers: dict[str, int], warnings: list | None = None) -> tuple[int, int, dict[str, int]]:
    """Take each withdrawn fact out of its earlier documents (see the module docstring); returns (evidence
    nodes removed, triples removed, evidence nodes removed per relation) and adds the evidence IRIs to
    ``dropped``. ``curated``: the ``g40g:curated`` graph, which records each withdrawal that removed a fact.
    ``warnings``: where a claim with no body that no earlier document's role matches is said (the user must
    find the fact: "dec: corrigeert een eerder document (…), maar welk feit …")."""
    from .extract.rectifications import unapplied_warning

    withdrawn = removed = 0
    by_relation: dict[str, int] = {}
    found, matched, bodiless = [], set(), []
    for each in withdrawals:
        bodies = _with_bodies(dataset, each)
        if each.object is None:  # one claim, a withdrawal of each namesake: said once, where none matched
            bodiless.append((each.by, each.sentence))
            matched.update((each.by, each.sentence) for _ in bodies[:1])
        found += bodies
    for claim in dict.fromkeys(bodiless):
        if claim not in matched and warnings is not None:
            warnings.append(f"{claim[0]}: {unapplied_warning(claim[1])}")
    for withdrawal in found:
        rule = Suppression(withdrawal.subject, withdrawal.predicate, withdrawal.object,
                           role=withdrawal.role if withdrawal.predicate == "hasRole" else None)
        held = fact_documents(dataset, rule, withdrawal.subject, withdrawal.object)
        count = 0
        sources = []
        for document in withdrawal.documents:
            if mint("document", document) not in held:
                continue
            done, gone = apply_suppression(dataset, Suppression(rule.subject, rule.predicate, rule.object,
                                                                document=document, role=rule.role),
                                           withdrawal.subject, withdrawal.object, dropped)
            if done:
                count, removed = count + done, removed + gone
                sources.append(document)
        if not count:
            continue
        withdrawn += count
        by_relation[withdrawal.predicate] = by_relation.get(withdrawal.predicate, 0) + count
        node = rule_node(curated, withdrawal.by, "withdraw", withdrawal.sentence, count, numbers)
        fact = f"{entity_key(withdrawal.subject)} {withdrawal.predicate} {entity_key(withdrawal.object)}" + (
            f" ({rule.role})" if rule.role else "")
        curated.add((node, RDFS.label, Literal(fact)))
        curated.add((node, PROV.wasDerivedFrom, mint("document", withdrawal.by)))
        for entity in (withdrawal.subject, withdrawal.object):
            curated.add((node, DCTERMS.subject, entity))
        for document in sources:
            curated.add((node, DCTERMS.references, mint("document", document)))
        log.info("%s: %s withdrawn from %s", withdrawal.by, fact, ", ".join(sources))
    return withdrawn, removed, by_relation


def _with_bodies(dataset: Dataset, withdrawal: Withdrawal) -> list[Withdrawal]:
    """``withdrawal`` itself, or for a claim that names no body, one withdrawal of each body its subject has
    the role in by an earlier document's evidence, of the claim's field where it names one ("dat X
    beleidsadviseur Economie is": X's role "beleidsadviseur" with the field Economie, at the body it was given)."""
    if withdrawal.object is not None:
        return [withdrawal]
    documents = {mint("document", document) for document in withdrawal.documents}
    field = same_words(withdrawal.portfolio) if withdrawal.portfolio else None
    bodies = set()
    for evidence in {q[0] for q in matching_quads(dataset, (None, RDF.subject, withdrawal.subject))}:
        if not has_triple(dataset, (evidence, RDF.predicate, G40[withdrawal.predicate])) \
                or not has_triple(dataset, (evidence, G40.roleLabel, Literal(withdrawal.role))) \
                or documents.isdisjoint(objects_of(dataset, evidence, PROV.wasDerivedFrom)):
            continue
        if field is not None and field not in {str(p).casefold() for p in objects_of(dataset, evidence, G40.portfolio)} \
                and not any(f"{withdrawal.role} {field}" in same_words(str(quote))
                            for quote in objects_of(dataset, evidence, G40.quote)):
            continue  # of another field: "beleidsadviseur Economie" in its sentence, or as its portfolio
        bodies.update(objects_of(dataset, evidence, RDF.object))
    return [replace(withdrawal, object=body) for body in sorted(bodies)]
