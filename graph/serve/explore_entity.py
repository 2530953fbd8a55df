"""The look-ups behind the explorer's entity pages: facts grouped by relation with evidence, the small network.

Every function takes the dataset first and returns plain dicts and lists (JSON-ready, with IRIs
as strings), so the HTML page and its ``.json`` twin show the same data; :func:`merged_into` follows
a curated merge.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from ..shortcuts import ministry_earlier_names
from ..tenure import PARTICIPATION
from ..timefilter import ministry_merged_into, ministry_name_periods, shown_date
from ..vocab import G40ID, PREFIXES
from .explore_common import (PREDICATE_VALUES, SYMMETRIC_PREDICATES, as_int, entity_path, label_of, labels_of, local_name,
                             qname, select_rows, types_of)

__all__ = [
    "entity",
    "merged_into",
    "neighbourhood",
]


def merged_into(dataset, iri) -> URIRef | None:
    """The entity a curated merge put ``iri`` into (``into owl:sameAs iri``, the merge's trace) when the
    graph holds no entity ``iri`` of its own any more; else None. A link to a merged-away person leads on.

    >>> from rdflib import Dataset
    >>> from rdflib.namespace import OWL
    >>> from graph.vocab import G40
    >>> ds = Dataset(default_union=True)
    >>> a, b = G40ID["person/jan-de-vriess"], G40ID["person/jan-de-vries"]
    >>> _ = ds.add((b, RDF.type, G40.Person)); _ = ds.add((b, OWL.sameAs, a))
    >>> merged_into(ds, a) == b, merged_into(ds, b)
    (True, None)
    """
    from rdflib.namespace import OWL

    if iri is None or (iri, RDF.type, None) in dataset:
        return None
    for into in sorted(dataset.subjects(OWL.sameAs, iri)):
        if str(into).startswith(str(G40ID)) and (into, RDF.type, None) in dataset:
            return into
    return None


def entity(dataset, iri) -> dict | None:
    """Everything the entity page shows: labels, attributes, facts grouped by relation, documents.

    Each fact holds the other entity and its evidence (quote, document, offsets, rule, confidence),
    or for a fact added by hand (``data/curated/``) its curation entry: ``curated`` true,
    ``curation`` (file and line) and ``note`` (the curator's reason), without quote or document.
    Returns None when the graph says nothing about ``iri``.

    The page of an entity is kept beside a built graph the first time it is shown and read the next
    (:func:`graph.derived.remembered`, round 55q: at 10^6 triples a unit with 542 facts took 400 ms of CPU
    each time); the register's ``merged_into`` (bundled data, not the graph's) is read each time.
    """
    from ..derived import expect, remembered

    node = URIRef(str(iri))
    types = types_of(dataset, node)
    if not types and (node, None, None) not in dataset and (None, None, node) not in dataset:
        return None
    page = remembered(dataset, "entity-page", {"iri": str(node)}, lambda: _entity(dataset, node, types), code=_CODE,
                      decode=expect(dict, keys=_PAGE_KEYS))
    page["merged_into"] = ministry_merged_into(str(node)) if "Ministry" in types else None
    return page


#: the source the kept page depends on (a change keeps it anew)
_CODE = tuple(str(Path(__file__).parents[1] / name) for name in (
    "serve/explore_entity.py", "serve/explore_common.py", "shortcuts.py", "timefilter.py", "curation_log.py",
    "gazetteer.py", "tenure.py", "vocab.py"))

_PAGE_KEYS = frozenset(("iri", "label", "earlier", "types", "name_periods", "merged_into", "alt_labels", "same_as",
                        "same_as_paths", "attributes", "curation", "facts", "documents"))


def _entity(dataset, node: URIRef, types: list[str]) -> dict:
    """:func:`entity`'s page of ``node`` (of ``types``), computed."""
    from ..curation_log import entity_rules

    skos, rdfs = PREFIXES["skos"], PREFIXES["rdfs"]
    attributes = []
    for predicate, value in sorted(dataset.predicate_objects(node), key=lambda po: (str(po[0]), str(po[1]))):
        if isinstance(value, Literal) and predicate not in (skos.prefLabel, rdfs.label, skos.altLabel):
            attributes.append({"property": qname(predicate), "value": str(value),
                               "datatype": value.datatype.rsplit("#", 1)[-1] if value.datatype else None})
    facts: dict[tuple, dict] = {}

    def fact(predicate: str, direction: str, other) -> dict:
        if predicate in SYMMETRIC_PREDICATES:  # stored once, in the direction found: one group
            direction = "out"
        key = (predicate, direction, str(other))
        if key not in facts:
            facts[key] = {"predicate": predicate, "direction": direction, "iri": str(other),
                          "label": label_of(dataset, other), "path": entity_path(other),
                          "types": types_of(dataset, other), "roles": [], "portfolios": {}, "evidence": []}
        return facts[key]

    direct = f"""SELECT ?p ?o ?dir WHERE {{
        VALUES ?p {{ {PREDICATE_VALUES} }}
        {{ ?e ?p ?o BIND("out" AS ?dir) }} UNION {{ ?o ?p ?e BIND("in" AS ?dir) }}
    }}"""
    for row in select_rows(dataset, direct, e=node):
        predicate = local_name(row.p)
        fact("hasRole" if predicate == "memberOf" else predicate, str(row.dir), row.o)
    roles = """SELECT ?m ?org ?person ?role ?portfolio WHERE {
        { ?e g40:hasRole ?m . ?m org:organization ?org . BIND(?e AS ?person) }
        UNION { ?m org:organization ?e ; org:member ?person . BIND(?e AS ?org) }
        OPTIONAL { ?m g40:roleLabel ?role }
        OPTIONAL { ?m g40:portfolio ?portfolio }
    }"""
    for row in select_rows(dataset, roles, e=node):
        outgoing = str(row.person) == str(node)
        item = fact("hasRole", "out" if outgoing else "in", row.org if outgoing else row.person)
        if row.role is not None and str(row.role) not in item["roles"]:
            item["roles"].append(str(row.role))
        if row.role is not None and row.portfolio is not None:  # "wethouder Wonen en Ruimte" (round 45m)
            portfolios = item["portfolios"].setdefault(str(row.role), [])
            if str(row.portfolio) not in portfolios:
                portfolios.append(str(row.portfolio))
    evidence = """SELECT ?ev ?s ?p ?o ?quote ?start ?end ?doc ?rule ?conf ?date ?from ?until ?up ?inferred ?laterDoc
                         ?laterCuration ?laterNote ?laterHolder ?laterPredicate ?docLang ?docDate ?docStart ?docEnd WHERE {
        { ?ev rdf:subject ?e . BIND(?e AS ?s) ?ev rdf:object ?o } UNION { ?ev rdf:object ?e . BIND(?e AS ?o) ?ev rdf:subject ?s }
        ?ev a g40:Evidence ; rdf:predicate ?p ; g40:quote ?quote ; prov:wasDerivedFrom ?doc .
        FILTER(?p != g40:mentions)
        OPTIONAL { ?ev g40:startOffset ?start } OPTIONAL { ?ev g40:endOffset ?end }
        OPTIONAL { ?ev g40:rule ?rule } OPTIONAL { ?ev g40:confidence ?conf } OPTIONAL { ?ev dcterms:date ?date }
        OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev g40:validUntil ?until OPTIONAL { ?ev g40:validUntilPrecision ?up } }
        OPTIONAL { ?ev g40:inferredUntil ?inferred ; g40:endedBy ?later .
                   OPTIONAL { ?later prov:wasDerivedFrom ?laterDoc } OPTIONAL { ?later dcterms:source ?laterCuration }
                   OPTIONAL { ?later rdfs:comment ?laterNote }
                   OPTIONAL { ?later rdf:subject ?laterHolder } OPTIONAL { ?later rdf:predicate ?laterPredicate } }
        OPTIONAL { ?doc dcterms:language ?docLang }
        OPTIONAL { ?doc dcterms:date ?docDate } OPTIONAL { ?doc g40:periodStart ?docStart } OPTIONAL { ?doc g40:periodEnd ?docEnd }
    }"""
    extracted, curated = select_rows(dataset, evidence, e=node), select_rows(dataset, _CURATED_EVIDENCE, e=node)
    # sorted here: Oxigraph's ORDER BY reads each IRI's text for every comparison (44 ms for 2,191 documents)
    mentioned = sorted(select_rows(dataset, "SELECT DISTINCT ?doc WHERE { ?doc g40:mentions ?e }", e=node),
                       key=lambda row: str(row.doc))
    documents = labels_of(dataset, [row.doc for row in extracted] + [row.doc for row in mentioned]
                          + [row.laterDoc for row in extracted if row.laterDoc is not None])
    for rows, record in ((extracted, _evidence), (curated, _curated_evidence)):
        for row in rows:
            outgoing = str(row.s) == str(node)
            item = fact(local_name(row.p), "out" if outgoing else "in", row.o if outgoing else row.s)
            item["evidence"].append(record(row, documents))
    for item in facts.values():  # a ministry over the time of its facts here, "EZK (eerder EZ)"
        if "Ministry" in item["types"]:
            item["earlier"] = ministry_earlier_names(dataset, item["iri"], item["label"], _dated(item["evidence"]))
    grouped: dict[str, list] = {}
    for item in sorted(facts.values(), key=lambda f: (f["predicate"], f["direction"], f["label"].lower())):
        # curated statements (no document) first, then by document and offset
        item["evidence"].sort(key=lambda e: (e["document"] or "", e["start"] if e["start"] is not None else -1,
                                             e["curation"] or ""))
        grouped.setdefault(f'{item["predicate"]}:{item["direction"]}', []).append(item)
    mentioned_in = [
        {"iri": str(row.doc), "label": documents[str(row.doc)], "path": entity_path(row.doc)} for row in mentioned
    ]
    label = label_of(dataset, node)
    return {
        "iri": str(node),
        "label": label,
        # a ministry: the names of its other name periods that its facts use (the heading says "EZK (eerder EZ)")
        "earlier": ministry_earlier_names(dataset, str(node), label, _dated(
            [e for item in facts.values() for e in item["evidence"]])) if "Ministry" in types else [],
        "types": types,
        # a ministry's names through time, from the register (walkthrough 20, finding 17); None for one name
        "name_periods": ministry_name_periods(dataset, str(node)) if "Ministry" in types else [],
        "merged_into": None,  # the register's, read by entity() each time
        "alt_labels": sorted({str(v) for v in dataset.objects(node, skos.altLabel)}),
        "same_as": sorted({str(v) for v in dataset.objects(node, PREFIXES["owl"].sameAs)}),
        # the ones this graph has a page of (an entity merged into this one): linked here, not on the web
        "same_as_paths": {str(v): entity_path(v) for v in dataset.objects(node, PREFIXES["owl"].sameAs)
                          if entity_path(v) is not None},
        "attributes": attributes,
        "curation": entity_rules(dataset, node),  # merges into it, suppressions of its facts (graph.curation_log)
        "facts": grouped,
        "documents": mentioned_in,
    }


def _dated(evidence: list[dict]) -> list[dict]:
    """The entity page's evidence records as :func:`graph.shortcuts.ministry_earlier_names` reads them: the
    time of the fact (its ``start`` there is an offset in the text) and its quote."""
    return [{"start": e["valid_from"] or e["date"], "quote": e["quote"]} for e in evidence]


#: Facts added by hand (``data/curated/``, :mod:`graph.curate`): the curation entry is their evidence.
_CURATED_EVIDENCE = """SELECT ?ev ?s ?p ?o ?curation ?note ?from ?until WHERE {
    { ?ev rdf:subject ?e . BIND(?e AS ?s) ?ev rdf:object ?o } UNION { ?ev rdf:object ?e . BIND(?e AS ?o) ?ev rdf:subject ?s }
    ?ev a g40:CuratedStatement ; rdf:predicate ?p .
    OPTIONAL { ?ev dcterms:source ?curation } OPTIONAL { ?ev rdfs:comment ?note }
    OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev g40:validUntil ?until }
}"""


def _curated_evidence(row, documents: dict[str, str]) -> dict:
    """A curated statement in the shape of :func:`_evidence`: no quote or document, but where it
    was curated (``curation``: file and line) and why (``note``). ``documents`` is unused: the
    two record makers take the same arguments."""
    return {
        "iri": str(row.ev),
        "quote": None, "language": None, "document": None, "document_label": None, "document_path": None,
        "start": None, "end": None, "rule": None, "confidence": None, "date": None,
        "valid_from": str(getattr(row, "from")) if getattr(row, "from") is not None else None,
        "valid_until": str(row.until) if row.until is not None else None,
        "curated": True,
        "curation": str(row.curation) if row.curation is not None else None,
        "note": str(row.note) if row.note is not None else None,
    }


def _evidence(row, documents: dict[str, str]) -> dict:
    """One evidence row of :func:`entity`; ``documents`` holds the documents' labels."""
    report_only = _report_period_only(row)  # a year report's period: no end, an inferred one stands (round 49c)
    return {
        "iri": str(row.ev),
        "quote": str(row.quote),
        "language": str(row.docLang) if row.docLang is not None else None,  # the document's: the quote's lang
        "document": str(row.doc),
        "document_label": documents[str(row.doc)],
        "document_path": entity_path(row.doc),
        "start": as_int(row.start) if row.start is not None else None,
        "end": as_int(row.end) if row.end is not None else None,
        "rule": str(row.rule) if row.rule is not None else None,
        "confidence": float(row.conf.toPython()) if row.conf is not None else None,
        "date": str(row.date) if row.date is not None else None,
        "valid_from": str(getattr(row, "from")) if getattr(row, "from") is not None else None,
        "valid_until": str(row.until) if row.until is not None else None,
        # "2018" for "tot 2019" (round 41t); none for a year report's period, no end its text states (round 49c)
        "valid_until_shown": None if report_only else shown_date(row.until, row.up),
        # a term of a single office that a later holder ends before the text does (graph.tenure): the day before, and where
        "inferred_until": (str(row.inferred) if row.inferred is not None
                           and (row.until is None or report_only or str(row.inferred) < str(row.until)) else None),
        "ended_by_label": documents[str(row.laterDoc)] if row.laterDoc is not None else None,
        "ended_by_path": entity_path(row.laterDoc) if row.laterDoc is not None else None,
        "ended_by_curation": str(row.laterCuration) if row.laterCuration is not None else None,
        "ended_by_note": str(row.laterNote) if row.laterNote is not None else None,
        "ended_by_cause": _end_cause(row),
        "curated": False,
        "curation": None,
        "note": None,
    }


def _report_period_only(row) -> bool:
    """Is evidence ``row``'s period only its dated report's (:func:`graph.fact_rows.document_period_only`)?"""
    from ..fact_rows import document_period_only

    def text(value):
        return None if value is None else str(value)

    return document_period_only(text(getattr(row, "from")), text(row.until),
                                (text(row.docDate), text(row.docStart), text(row.docEnd)), row.up)


def _end_cause(row) -> str | None:
    """Why :mod:`graph.tenure` ended the term of evidence ``row`` (None: it did not): ``curated`` (a
    correction file's fact ends it: walkthrough 17, finding 20), ``exit`` (the evidence ending it is
    a participation: the town's stated exit), ``own`` (it is the same holder's: a stated end of the
    office) or ``next`` (another holder's: the next holder of a single office). The entity page says
    "einde gecureerd in", "vertrek gemeld in", "zelf gemeld einde in" or "de volgende bekleder staat in"."""
    if row.inferred is None:
        return None
    if row.laterCuration is not None:
        return "curated"
    if row.laterPredicate is not None and local_name(row.laterPredicate) == PARTICIPATION:
        return "exit"
    return "own" if row.laterHolder is not None and str(row.laterHolder) == str(row.s) else "next"


def neighbourhood(dataset, iri, limit: int = 40) -> dict:
    """A node-link dict of ``iri`` and its direct neighbours (for the small network on entity pages)."""
    node = URIRef(str(iri))
    query = f"""SELECT DISTINCT ?p ?n ?dir WHERE {{
        VALUES ?p {{ {PREDICATE_VALUES} }}
        {{ ?e ?p ?n BIND("out" AS ?dir) }} UNION {{ ?n ?p ?e BIND("in" AS ?dir) }}
    }} ORDER BY ?n ?p LIMIT {int(limit) * 3}"""
    nodes = {str(node): {"id": str(node), "label": label_of(dataset, node), "types": types_of(dataset, node),
                         "path": entity_path(node), "centre": True}}
    links = []
    for row in select_rows(dataset, query, e=node):
        other = str(row.n)
        if other not in nodes:
            if len(nodes) > limit:
                continue
            nodes[other] = {"id": other, "label": label_of(dataset, row.n), "types": types_of(dataset, row.n),
                            "path": entity_path(row.n), "centre": False}
        source, target = (str(node), other) if str(row.dir) == "out" else (other, str(node))
        links.append({"source": source, "target": target, "predicate": local_name(row.p)})
    for item in nodes.values():
        if "Event" in item["types"] and item["label"][:1].islower():
            item["label"] = _event_name(dataset, URIRef(item["id"]), item["label"])
    return {"nodes": list(nodes.values()), "links": links}


_EVENT_DAY = """SELECT (MIN(?day) AS ?first) WHERE {
    { ?ev a g40:Evidence ; rdf:subject ?e . } UNION { ?ev a g40:Evidence ; rdf:object ?e . }
    OPTIONAL { ?ev g40:validFrom ?from } OPTIONAL { ?ev dcterms:date ?date }
    FILTER(BOUND(?from) || BOUND(?date))
    BIND(STR(COALESCE(?from, ?date)) AS ?day)
}"""
_EVENT_ORGANISERS = "SELECT DISTINCT ?by WHERE { ?organiser g40:organised ?e ; skos:prefLabel ?by }"


def _event_name(dataset, event, label: str) -> str:
    """The name the small network shows for a meeting that has none of its own ("bestuurlijk overleg"):
    with its organisers and the day of its first dated fact, as the network page names it
    (:func:`graph.event_labels.event_label`; walkthrough 25, finding 16: three nodes "bestuurlijk overleg")."""
    from ..event_labels import event_label

    days = [row.first for row in select_rows(dataset, _EVENT_DAY, e=event) if row.first is not None]
    organisers = sorted({str(row.by) for row in select_rows(dataset, _EVENT_ORGANISERS, e=event)}, key=str.lower)
    return event_label(label, str(days[0]) if days else None, organisers)
