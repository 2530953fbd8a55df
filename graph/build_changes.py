"""What the last build changed, as the graph folder keeps it for the explorer's changes page.

A build compares its graph with the one it replaces: the documents that are new, changed, removed
or renamed (:func:`graph.document_changes.document_changes`), the facts that came and went and the
roles a new document ended (:func:`graph.factdiff.diff_builds`, what ``g40kg diff`` shows), and the
curation rules that began to work or stopped (:func:`rule_changes`). :func:`changes_record` makes
one small dict of them, the manifest's ``changes`` (``docs/graph-folder.md``): only the last
build's, at most :data:`ROWS_KEPT` rows of each list (with their full number), each fact as its
subject, relation, object, role, document and sentence. A removal on request (``forget``) leaves
no trace in it (:func:`without_removed`).

Examples
--------
>>> record = changes_record({"built": "2026-01-01T08:00:00+00:00"}, {"built": "2026-01-02T08:00:00+00:00"},
...                         {"new": ["b"], "changed": [], "removed": [], "renamed": []}, None, [], [])
>>> record["built"], record["previous_built"], record["documents"]["new"], record["facts"]
('2026-01-02T08:00:00+00:00', '2026-01-01T08:00:00+00:00', ['b'], None)
"""

from __future__ import annotations


__all__ = ["ROWS_KEPT", "changes_record", "fact_changes", "rule_changes", "without_removed", "changed_anything"]

#: at most this many rows of each list (facts added, removed, ended; documents of each kind): the
#: manifest stays small after a large rebuild; ``g40kg diff`` against a kept copy shows them all
ROWS_KEPT = 200

#: the fields of a fact the record keeps
_FACT_FIELDS = ("subject", "subject_iri", "predicate", "role", "object", "object_iri", "document", "evidence", "until",
                "curation")


def changed_anything(document_changes: dict, corrections_changed: bool, graphs_written: int) -> bool:
    """Whether a rebuild may have changed facts: a document or the corrections changed, or the
    build wrote a document's graph anew (an extractor of another version); else reading both
    graphs' facts is skipped.

    >>> changed_anything({"new": [], "changed": [], "removed": [], "renamed": []}, False, 0)
    False
    >>> changed_anything({"new": ["a"], "changed": [], "removed": [], "renamed": []}, False, 0)
    True
    """
    return bool(any(document_changes.get(kind) for kind in ("new", "changed", "removed", "renamed"))
                or corrections_changed or graphs_written)


def fact_changes(old_dataset, new_dataset, graphs, *, same_curation: bool = False) -> dict[str, list[dict]]:
    """The facts that came and went between two graphs and the roles a new document ended, with
    both graphs' curation (:func:`graph.factdiff.diff_builds`): ``{"added", "removed", "ended"}``.

    ``graphs``: the named graphs (IRIs) that may differ, those of the documents the build wrote anew
    or removed and those curation changed; the others are the same in both. Only the facts those
    graphs state are read, and of the other documents' statements of them one for each fact (a fact
    a kept document states too did not come or go) and those with an end (an end known before is
    no new end): a rebuild after one changed document reads a few facts, not the whole graph.
    ``same_curation``: both graphs were built with the same corrections, so that the document graphs
    outside ``graphs`` are the same in both (a rule added or dropped changes graphs a build does not
    write): the first statement of a fact in them is read once, not from each graph.
    """
    from .factdiff import curation_side, diff_builds

    stated = {side: _graph_statements(dataset, graphs) for side, dataset in (("old", old_dataset), ("new", new_dataset))}
    inside = {side: evidence for side, (evidence, _others) in stated.items()}
    keys = set(inside["old"].values()) | set(inside["new"].values())
    ending = {inside[side][ev] for side, dataset in (("old", old_dataset), ("new", new_dataset))
              for ev in _with_end(dataset, inside[side])}  # the facts whose ends elsewhere matter
    named = set(map(str, graphs))
    besides = sorted(set(_graphs_of_no_document()) - named)  # read in each graph: a curated statement's first
    for side, dataset in (("old", old_dataset), ("new", new_dataset)):
        stated[side][1].update(_graph_statements(dataset, besides, every=True)[1])
    apart = named | set(besides)
    shared = _FirstUnchanged(new_dataset, apart) if same_curation else None  # the same in both graphs: read once
    unchanged = {"old": shared or _FirstUnchanged(old_dataset, apart), "new": shared or _FirstUnchanged(new_dataset, apart)}
    found = diff_builds(_fact_rows(old_dataset, keys, inside["old"], ending, unchanged["old"], stated["old"][1]),
                        _fact_rows(new_dataset, keys, inside["new"], ending, unchanged["new"], stated["new"][1]),
                        curation_side(old_dataset), curation_side(new_dataset))
    return {what: found[what] for what in ("added", "removed", "ended")}


#: the statements about statements in one changed graph: its evidence, and any other (a curated statement)
_GRAPH_QUERY = """SELECT ?ev ?s ?p ?o ?evidence WHERE { GRAPH <%s> {
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o OPTIONAL { ?ev a ?evidence FILTER(?evidence = g40:Evidence) } } }"""

_EVIDENCE_QUERY = """SELECT ?ev ?s ?p ?o WHERE { VALUES (?s ?p ?o) { %s }
  ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"""

#: of each fact, the first of its evidence in the graphs that did not change (a fact the G40's pijlers
#: state in thousands of documents gives one row, not thousands of rdflib rows)
_FIRST_QUERY = """SELECT ?s ?p ?o (MIN(STR(?ev)) AS ?first) WHERE { VALUES (?s ?p ?o) { %s }
  GRAPH ?g { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } %s } GROUP BY ?s ?p ?o"""

#: of each fact, one of its evidence in the graphs that did not change (Oxigraph's LATERAL: the first
#: it finds, where the first in IRI order needs all of it)
_SOME_QUERY = """SELECT ?s ?p ?o ?ev WHERE { VALUES (?s ?p ?o) { %s }
  LATERAL { SELECT ?s ?p ?o ?ev WHERE { GRAPH ?g { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o } %s } LIMIT 1 } }"""

#: the evidence's fields, each a lookup of a few nodes (one query of them all with OPTIONALs is slow)
_DETAIL_QUERIES = {
    "docid": "SELECT ?x ?v WHERE { VALUES ?x { %s } ?x a g40:Evidence ; prov:wasDerivedFrom ?doc . ?doc dcterms:identifier ?v }",
    "quote": "SELECT ?x ?v WHERE { VALUES ?x { %s } ?x g40:quote ?v }",
    "role": "SELECT ?x ?v WHERE { VALUES ?x { %s } ?x g40:roleLabel ?v }",
    "valid_from": "SELECT ?x ?v WHERE { VALUES ?x { %s } ?x g40:validFrom ?v }",
    "valid_until": "SELECT ?x ?v WHERE { VALUES ?x { %s } ?x g40:validUntil ?v }",
    "past": "SELECT ?x ?v WHERE { VALUES ?x { %s } ?x g40:past ?v }",
}

_ENDED_QUERY = """SELECT DISTINCT ?x ?v WHERE { VALUES ?x { %s } { ?x g40:validUntil ?v } UNION { ?x g40:past ?v } }"""

_DOCUMENT_QUERY = """SELECT ?docid ?date ?start ?end WHERE { VALUES ?docid { %s } ?doc dcterms:identifier ?docid ; a g40:Document .
  OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc g40:periodStart ?start } OPTIONAL { ?doc g40:periodEnd ?end } }"""

#: facts or IRIs per query (a VALUES block of thousands is slow to parse)
_BATCH = 500

#: up to this many pieces of evidence in the changed graphs, the first evidence of each fact elsewhere
#: is one grouped query that leaves them out (:data:`_FIRST_QUERY`); above it, all evidence is read
_FEW = 2000


def _batches(items: list) -> list[list]:
    return [items[i:i + _BATCH] for i in range(0, len(items), _BATCH)]


def _graphs_of_no_document() -> list[str]:
    """The named graphs a build writes besides the documents' (:mod:`graph.assemble`): they hold no
    evidence, but the curated graph holds curated statements, whose rows the record leaves out."""
    from .vocab import CURATED_GRAPH, DATASET_GRAPH, ENTITIES_GRAPH, FACTS_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH, TENURE_GRAPH

    return [str(g) for g in (CURATED_GRAPH, DATASET_GRAPH, ENTITIES_GRAPH, FACTS_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH,
                             TENURE_GRAPH)]


def _graph_statements(dataset, graphs, *, every: bool = False) -> tuple[dict, dict]:
    """(evidence node → the fact (subject, relation, object: IRIs) it states, for the evidence in the
    named ``graphs``, mentions left out; the same of the other statements about statements in them, a
    curated statement's). ``every``: all of them in the second dict, evidence or not."""
    from .vocab import CORE_PREDICATES, G40, PREFIXES

    core = {G40[name] for name in CORE_PREDICATES}
    evidence, others = {}, {}
    for graph in sorted(graphs):
        for ev, s, p, o, typed in dataset.query(_GRAPH_QUERY % graph, initNs=PREFIXES):
            if typed is None or every:
                others[ev] = (s, p, o)
            elif p in core:
                evidence[ev] = (s, p, o)
    return evidence, others


def _with_end(dataset, nodes) -> set:
    """Those of the evidence ``nodes`` with an end of their own (``g40:validUntil`` or ``g40:past``)."""
    from .vocab import PREFIXES

    found = set()
    for batch in _batches(sorted(nodes)):
        found |= {x for x, _v in dataset.query(_ENDED_QUERY % " ".join(f"<{ev}>" for ev in batch), initNs=PREFIXES)}
    return found


class _FirstUnchanged:
    """Of each fact, a statement of it in ``dataset`` outside the named ``graphs`` (a build's graphs are a
    partition: a piece of evidence lies in one graph): the first (lowest IRI) of them, or, where any will do
    (:func:`_needs_first`), any one. Asked again, it reads only the facts not asked before: with the same
    corrections the answer is that of both graphs (:func:`fact_changes`)."""

    def __init__(self, dataset, graphs):
        self.dataset, self.graphs = dataset, sorted(graphs)
        self.first, self.some = {}, {}  # fact → the IRI (text) of a statement of it
        self.asked_first, self.asked_some = set(), set()

    def __call__(self, facts, exact) -> dict:
        """Fact → the IRI (text) of a statement of it in the unchanged graphs, of those of ``facts`` that
        have one: the first one for the facts of ``exact``, any one for the others."""
        from .oxigraph_store import OxigraphStore
        from .vocab import PREFIXES

        outside = "FILTER(?g NOT IN (%s))" % ", ".join(f"<{g}>" for g in self.graphs) if self.graphs else ""
        rest = set(facts) - set(exact) - self.asked_first - self.asked_some
        lateral = isinstance(getattr(self.dataset, "store", None), OxigraphStore)  # else the first of each
        for batch in _batches(sorted(rest) if lateral else []):
            query = _SOME_QUERY % (" ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in batch), outside)
            self.some.update({(s, p, o): str(ev) for s, p, o, ev in self.dataset.query(query, initNs=PREFIXES)})
            self.asked_some.update(batch)
        wanted = (set(exact) | (set() if lateral else rest)) - self.asked_first
        for batch in _batches(sorted(wanted)):
            query = _FIRST_QUERY % (" ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in batch), outside)
            self.first.update({(s, p, o): str(ev) for s, p, o, ev in self.dataset.query(query, initNs=PREFIXES)})
            self.asked_first.update(batch)
        found = {}
        for fact in facts:
            known = self.first if fact in self.asked_first else self.some
            if fact in known:
                found[fact] = known[fact]
        return found


def _needs_first(fact: tuple, others: set) -> bool:
    """Whether the changes record needs the first statement of ``fact`` outside the changed graphs'
    evidence, not any one: a role's (``hasRole``: each statement names its role, part of what a fact is
    to :func:`graph.factdiff.fact_key`), and a fact that a statement of ``others`` (a curated one) states
    too (the first may be that one, which is no document's). Of any other fact every statement in an
    unchanged document graph gives a row with the same fact, found in both graphs alike; that row is
    never one the record shows (only an end in a changed graph reads all of a fact's evidence).

    >>> from graph.vocab import G40
    >>> _needs_first(("s", G40.hasRole, "o"), set()), _needs_first(("s", G40.memberOf, "o"), set())
    (True, False)
    >>> _needs_first(("s", G40.memberOf, "o"), {("s", G40.memberOf, "o")})
    True
    """
    from .vocab import G40

    return fact[1] == G40.hasRole or fact in others


def _first_elsewhere(facts, unchanged: _FirstUnchanged, others: dict) -> dict:
    """Fact → a statement of it outside the changed graphs' evidence, for those of ``facts`` that have
    any: the first (lowest IRI) where :func:`_needs_first`, of the evidence in the unchanged graphs
    (``unchanged``) and the statements in the changed graphs that are no evidence there (``others``, a
    curated statement); any one in the unchanged graphs for the other facts.

    >>> class Unchanged:  # the first evidence in the unchanged graphs
    ...     def __call__(self, facts, exact): return {("s", "p", "o"): "urn:e/2"} if ("s", "p", "o") in facts else {}
    >>> sorted(_first_elsewhere({("s", "p", "o"), ("t", "p", "o")}, Unchanged(), {"urn:c/1": ("t", "p", "o")}).items())
    [(('s', 'p', 'o'), rdflib.term.URIRef('urn:e/2')), (('t', 'p', 'o'), rdflib.term.URIRef('urn:c/1'))]
    """
    from rdflib import URIRef

    stated = set(others.values())
    first = unchanged(facts, {fact for fact in facts if _needs_first(fact, stated)})
    for statement, fact in others.items():
        if fact in facts and (fact not in first or str(statement) < first[fact]):
            first[fact] = str(statement)
    return {fact: URIRef(ev) for fact, ev in first.items()}


def _fact_rows(dataset, facts, inside: dict, ending: set, unchanged: _FirstUnchanged, others: dict) -> list[dict]:
    """Facts-export rows (:func:`graph.fact_rows.iter_facts`' fields that :mod:`graph.factdiff`
    compares: the fact, its document and sentence, ``valid_from``, ``valid_until`` and ``past`` as
    :func:`graph.fact_rows.fact_time` reads them) of the evidence of ``facts``: all of it in the
    changed graphs (``inside``: :func:`_graph_statements`), elsewhere the first of each fact and, of
    the facts ``ending`` (an end in the changed graphs), those with an end of their own."""
    from rdflib import Literal

    from .fact_rows import entity_types_and_labels, fact_time
    from .vocab import G40, PREFIXES

    # the facts with an end in the changed graphs: all their evidence, to find its ends; all facts' when
    # many graphs changed (a new extractor rewrites every document's: a filter of their evidence is slow)
    searched = facts if len(inside) > _FEW else facts & ending
    evidence = {}
    for batch in _batches(sorted(searched)):
        query = _EVIDENCE_QUERY % " ".join(f"(<{s}> <{p}> <{o}>)" for s, p, o in batch)
        evidence.update({ev: (s, p, o) for ev, s, p, o in dataset.query(query, initNs=PREFIXES)})
    elsewhere = sorted(set(evidence) - set(inside))
    kept = set(inside) | _with_end(dataset, [ev for ev in elsewhere if evidence[ev] in ending])
    first: dict[tuple, object] = {}
    for ev in elsewhere:
        first.setdefault(evidence[ev], ev)
    if facts - searched:  # the others: the first of their evidence elsewhere only
        first.update(_first_elsewhere(facts - searched, unchanged, others))
    evidence = {**inside, **{ev: fact for fact, ev in first.items()}, **{ev: evidence[ev] for ev in kept - set(inside)}}
    values: dict[str, dict] = {name: {} for name in _DETAIL_QUERIES}
    for batch in _batches(sorted(evidence)):
        nodes = " ".join(f"<{ev}>" for ev in batch)
        for name, query in _DETAIL_QUERIES.items():
            values[name].update({x: v for x, v in dataset.query(query % nodes, initNs=PREFIXES)})
    documents = {}
    for batch in _batches(sorted({str(d) for d in values["docid"].values()})):
        query = _DOCUMENT_QUERY % " ".join(Literal(d).n3() for d in batch)
        for docid, *times in dataset.query(query, initNs=PREFIXES):
            documents[str(docid)] = tuple(None if v is None else str(v) for v in times)
    # the labels g40kg diff gives them (an entity without a preferred label: its IRI's last part)
    labels = entity_types_and_labels(dataset, only={iri for fact in evidence.values() for iri in (fact[0], fact[2])})
    found = []
    for ev, (s, p, o) in evidence.items():
        if ev not in values["docid"] or ev not in values["quote"]:  # not evidence of a document (a curated statement)
            continue
        docid, role = str(values["docid"][ev]), values["role"].get(ev)
        found.append({"document": docid, "subject": _label(labels, s), "subject_iri": str(s),
                      "predicate": str(p)[len(str(G40)):], "object": _label(labels, o), "object_iri": str(o),
                      "role": str(role) if role is not None else None, "evidence": str(values["quote"][ev]),
                      **fact_time(ev, values, documents.get(docid))})
    return sorted(found, key=lambda row: (row["document"], row["evidence"], row["subject_iri"], row["predicate"],
                                          row["object_iri"], str(row["role"])))


def _label(labels: dict, iri) -> str:
    """The label of ``iri`` in ``labels`` (:func:`graph.fact_rows.entity_types_and_labels`), else its last part.

    >>> _label({}, "https://w3id.org/g40kg/id/person/jan"), _label({"x:a": ("Person", "Jan")}, "x:a")
    ('jan', 'Jan')
    """
    return labels[iri][1] if iri in labels else str(iri).rsplit("/", 1)[-1]


def rule_changes(before: list[dict], after: list[dict]) -> dict[str, list[dict]]:
    """The curation rules (the manifest's ``curation`` records) that work now and did not in the
    previous build (``active``: new, or stale before) and those that stopped working (``stale``:
    with the reason), each as its kind, file and line, rule and facts. A rule is its kind, its file's
    name and line, and its text.

    >>> before = [{"kind": "merge", "source": "a.yaml:2", "rule": "x → y", "facts": 0, "stale": "entity_missing"}]
    >>> after = [dict(before[0], facts=3, stale=None), {"kind": "suppress", "source": "a.yaml:5", "rule": "z",
    ...          "facts": 0, "stale": "fact"}]
    >>> changes = rule_changes(before, after)
    >>> [(r["source"], r["facts"]) for r in changes["active"]], [(r["source"], r["stale"]) for r in changes["stale"]]
    ([('a.yaml:2', 3)], [('a.yaml:5', 'fact')])
    >>> rule_changes(after, [dict(rule, source="correcties/" + rule["source"]) for rule in after])
    {'active': [], 'stale': []}
    """
    def key(rule: dict) -> tuple:  # a file by its name: a folder given another way is the same rule
        return rule.get("kind"), str(rule.get("source")).replace("\\", "/").rsplit("/", 1)[-1], str(rule.get("rule"))

    was_active = {key(rule) for rule in before if not rule.get("stale")}
    was_stale = {key(rule) for rule in before if rule.get("stale")}
    kept = ("kind", "source", "rule", "facts", "stale", "document", "quote", "role", "duplicate_of")
    active = [{f: rule[f] for f in kept if f in rule} for rule in after
              if not rule.get("stale") and key(rule) not in was_active]
    stale = [{f: rule[f] for f in kept if f in rule} for rule in after if rule.get("stale") and key(rule) not in was_stale]
    return {"active": active, "stale": stale}


def without_removed(record: dict, removed_iris, names, lang: str = "nl") -> dict:
    """``record`` (:func:`changes_record`) without the fact rows of entities removed on request
    (``removed_iris``), and with their ``names`` (and surnames) masked in the rest: in a sentence, a
    label, a rule, and a document id that spells one (:func:`graph.privacy.names_in_id`).

    >>> rows = [{"subject": "Piet Bakker", "subject_iri": "p:piet", "object": "Breda", "object_iri": "g:b"},
    ...         {"subject": "Anna", "subject_iri": "p:anna", "object": "Breda", "object_iri": "g:b",
    ...          "evidence": "Anna volgt Piet Bakker op.", "document": "afscheid-piet-bakker"}]
    >>> record = {"facts": {"removed": rows}, "documents": {"removed": ["afscheid-piet-bakker", "b"]}}
    >>> clean = without_removed(record, {"p:piet"}, ["Piet Bakker", "Bakker"])
    >>> [(r["subject"], r["evidence"], r["document"]) for r in clean["facts"]["removed"]]
    [('Anna', 'Anna volgt [naam verwijderd] op.', '[naam verwijderd]')]
    >>> clean["documents"]["removed"]
    ['[naam verwijderd]', 'b']
    """
    from .privacy import MASKS, masked_text, name_pattern, name_spans, names_in_id

    names = [name for name in names if name]
    if not names and not removed_iris:
        return record
    removed = {str(iri) for iri in removed_iris}
    pattern = name_pattern(names)
    mask = MASKS[lang]["name"]

    def clean(value, field=None, ids=False):  # ids: a document id (the lists of "documents", a fact's "document")
        if isinstance(value, dict):
            if removed & {str(value.get("subject_iri")), str(value.get("object_iri"))} - {"None"}:
                return None
            return {key: clean(item, key, ids or key in ("documents", "document")) for key, item in value.items()}
        if isinstance(value, list):
            return [item for item in (clean(item, field, ids) for item in value) if item is not None]
        if not isinstance(value, str) or field in ("built", "previous_built", "subject_iri", "object_iri"):
            return value
        if ids and names_in_id(value, names):
            return mask
        return masked_text(value, name_spans(value, pattern), lang)[0] if pattern else value

    return clean(record)


def changes_record(previous_manifest: dict, manifest: dict, documents: dict, facts: dict | None,
                   rules_before: list[dict], rules_after: list[dict]) -> dict:
    """The manifest's ``changes``: the build's time and the previous build's (None: a first build),
    the ``documents`` changes, the ``facts`` changes (None when not compared: a first build, or a
    previous graph of an older layout) and the rule changes, each list cut at :data:`ROWS_KEPT`
    with its full length in ``counts``.

    >>> rows = [{"subject": f"s{i}", "predicate": "memberOf", "object": "o", "evidence": "q", "date": "2026"}
    ...         for i in range(3)]
    >>> record = changes_record({}, {"built": "t"}, {"new": ["a"]}, {"added": rows, "removed": [], "ended": []}, [], [])
    >>> record["counts"]["facts_added"], record["facts"]["added"][0]
    (3, {'subject': 's0', 'predicate': 'memberOf', 'object': 'o', 'evidence': 'q'})
    """
    counts: dict[str, int] = {}

    def kept(name: str, rows: list, fields=None) -> list:
        counts[name] = len(rows)
        rows = rows[:ROWS_KEPT]
        return [{f: row[f] for f in fields if f in row} for row in rows] if fields else list(rows)

    record_documents = {kind: kept(f"documents_{kind}", list(documents.get(kind) or []))
                        for kind in ("new", "changed", "removed", "renamed")}
    record_facts = None if facts is None else {
        what: kept(f"facts_{what}", facts.get(what) or [], _FACT_FIELDS) for what in ("added", "removed", "ended")}
    rules = rule_changes(rules_before, rules_after)
    return {"built": manifest.get("built"), "previous_built": previous_manifest.get("built"),
            "documents": record_documents, "facts": record_facts,
            "rules": {what: kept(f"rules_{what}", found) for what, found in rules.items()}, "counts": counts}
