"""Hand-made corrections from ``data/curated/``: add facts and aliases, merge and suppress.

Curation files are YAML (``*.yaml``, ``*.yml``) or Turtle (``*.ttl``) directly in the curation
folder (sub-folders such as ``examples/`` are not read); the format is documented in
``data/curated/README.md``. :func:`load_curation` reads and checks them (a malformed file is a
one-line :class:`CurationError` naming the file and line); :func:`apply_curation` changes a
Dataset in place, without any I/O, in this order:

1. **merge** entity A into B: every triple naming A names B instead (in every graph); A's
   preferred labels become B's ``skos:altLabel``; ``B owl:sameAs A`` is kept in ``g40g:curated``;
2. **suppress** an entity (``{entity: person/x}``, a removal request): its node, types and names,
   every statement with it as subject or object and the evidence and membership nodes of its
   facts and mentions go; after the last step its names are masked in the quotes and document
   titles that remain (:mod:`graph.privacy`);
   **suppress** a wrong extracted fact: its evidence nodes go (for ``hasRole`` also the
   membership node), and its direct triple (``memberOf``) once no evidence for it is left;
3. **entities** are declared (type and labels) in ``g40g:curated`` when the graph lacks them;
4. **aliases** become ``skos:altLabel`` in ``g40g:curated``;
5. **facts** are written into ``g40g:curated``: the direct triple plus a ``g40:CuratedStatement``
   with ``g40:curated true`` and ``dcterms:source`` (file and line), no quote.

A statement that another graph already holds (a fact the documents state too, a known label)
is not repeated in ``g40g:curated``: each triple is in one named graph (see :mod:`graph.build`).

This module applies a curation; the records live in :mod:`graph.curation_records` and reading the
files in :mod:`graph.curation_files`, and their names can still be imported from here.

Examples
--------
>>> from graph.store import new_dataset
>>> from graph.vocab import G40, mint
>>> ds = new_dataset()
>>> curation = parse_yaml_text('''
... entities:
...   person/jan-voorbeeld: {type: Person, label: Jan Voorbeeld}
...   organisation/voorbeeldbond: {type: Organisation, label: Voorbeeldbond}
... facts:
...   - [person/jan-voorbeeld, hasRole, organisation/voorbeeldbond, voorzitter]
... ''', "voorbeeld.yaml")
>>> report = apply_curation(ds, curation)
>>> report.facts_added, report.entities_added
(1, 2)
>>> (mint("person", "jan-voorbeeld"), G40.memberOf, mint("organisation", "voorbeeldbond")) in ds
True
"""

from __future__ import annotations

import logging
from dataclasses import replace

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .privacy import forgotten_spans, masked_text, name_pattern, surnames
from .role_labels import role_statements, scheme_statements
from .vocab import CURATED_GRAPH, ENTITY_TYPES, G40, G40ID, ORG, mint, slugify

# These live in graph.curation_records and graph.curation_files; imported here, and listed in
# __all__, so that callers' `from graph.curate import …` keeps working.
from .curation_files import (FACT_PREDICATES, SUFFIXES, SUPPRESSIBLE, load_curation, load_file, parse_turtle_file,
                             parse_turtle_text, parse_yaml_text)
from .curation_records import as_given as _as_given
from .curation_records import (_SUBTYPE, TEXTS, Alias, CuratedEntity, CuratedFact, Curation, CurationError,
                               CurationReport, Erasure, Merge, Suppression, _text)
__all__ = [
    "CurationError",
    "CuratedEntity",
    "CuratedFact",
    "Alias",
    "Merge",
    "Suppression",
    "Erasure",
    "Curation",
    "CurationReport",
    "load_curation",
    "parse_yaml_text",
    "parse_turtle_file",
    "apply_curation",
    "addressed_names",
    "entity_names",
    "entity_surnames",
    "load_file",
    "parse_turtle_text",
    "SUFFIXES",
    "FACT_PREDICATES",
    "SUPPRESSIBLE",
    "TEXTS",
]

log = logging.getLogger(__name__)


def apply_curation(dataset: Dataset, curation: Curation) -> CurationReport:
    """Apply ``curation`` to ``dataset`` in place (merge, suppress, entities, aliases, facts)."""
    warnings: list[str] = []
    curated = _graph(dataset, CURATED_GRAPH)
    merged_into: dict[URIRef, URIRef] = {}
    removed = merged = 0
    merges: list[tuple[str, str]] = []
    rules: list[dict] = []  # each merge and suppression: what it did, or why it did nothing
    numbers: dict[str, int] = {}
    for merge in curation.merges:
        into = merged_into.get(merge.into, merge.into)
        facts = _fact_count(dataset, merge.old)
        gone = _merge(dataset, curated, merge.old, into, merge.source, warnings)
        removed, merged = removed + gone, merged + bool(gone)
        merged_into[merge.old] = into
        if gone:
            merges.append((str(merge.old), str(into)))
            rule = _rule_node(curated, merge.source, "merge", merge.reason, facts, numbers)
            curated.add((rule, G40.mergedFrom, merge.old))
            curated.add((rule, G40.mergedInto, into))
        rules.append({"kind": "merge", "source": merge.source, "reason": merge.reason, "rule":
                      f"{entity_key(merge.old)} → {entity_key(into)}", "facts": facts if gone else 0,
                      "entities": 1 if gone else 0, "stale": None if gone else "entity_missing"})

    def resolve(iri: URIRef) -> URIRef:
        return merged_into.get(iri, iri)

    dropped: list[str] = []
    suppressed_by: dict[str, int] = {}  # relation → evidence nodes removed (of suppressions and removed entities)
    erased: set[URIRef] = set()
    erased_names: set[str] = set()
    erased_surnames: set[str] = set()
    erased_in: set[str] = set()  # the named graphs of the documents that named a removed entity
    for erasure in curation.erasures:
        iri = resolve(erasure.iri)
        if iri in erased:
            continue
        if not _typed(dataset, iri):
            warnings.append(_text("w_missing_erase", source=erasure.source, iri=_missing(dataset, iri)))
            rules.append(_erasure_record(erasure.source, 0, "entity_missing"))
            continue
        rules.append(_erasure_record(erasure.source, _fact_count(dataset, iri)))
        erased_names |= entity_names(dataset, iri)
        erased_surnames |= entity_surnames(dataset, iri)
        erased_in |= _documents_naming(dataset, iri)
        removed += _erase(dataset, iri, dropped, suppressed_by)
        erased.add(iri)

    suppressed = 0
    for suppression in curation.suppressions:
        subject, obj = resolve(suppression.subject), resolve(suppression.object)
        count, gone = _suppress(dataset, suppression, subject, obj, dropped)
        fact = f"{entity_key(suppression.subject)} {suppression.predicate} {entity_key(suppression.object)}"
        stale = None
        if count == 0:
            stale = _why_nothing(dataset, suppression, subject, obj)
            warnings.append(_text("w_nothing", source=suppression.source, fact=fact)
                            + " (" + _text(f"stale_{stale}", document=suppression.document, quote=suppression.quote,
                                           role=suppression.role) + ")")
        else:
            rule = _rule_node(curated, suppression.source, "suppress", None if suppression.private else suppression.reason,
                              count, numbers)
            curated.add((rule, RDFS.label, Literal(fact)))
            for entity in (subject, obj):
                curated.add((rule, DCTERMS.subject, entity))
        rules.append({"kind": "suppress", "source": suppression.source, "reason": suppression.reason, "rule": fact,
                      "facts": count, "entities": 0, "stale": stale, "document": suppression.document,
                      "quote": suppression.quote, "role": suppression.role})
        suppressed += count
        removed += gone
        if count:
            suppressed_by[suppression.predicate] = suppressed_by.get(suppression.predicate, 0) + count

    entities_added = 0
    for entity in curation.entities:
        iri = resolve(entity.iri)
        if iri in erased:  # a removal request outweighs a declaration
            warnings.append(_text("w_erased", source=entity.source, iri=entity_key(iri)))
            continue
        if _typed(dataset, iri):
            names = [entity.label, *entity.aliases]
            existing = {str(o) for o in _objects(dataset, iri, SKOS.prefLabel)}
            if entity.rename and entity.label not in existing:  # the old names stay as aliases
                for predicate in (SKOS.prefLabel, RDFS.label):
                    for old in _objects(dataset, iri, predicate):
                        _remove(dataset, (iri, predicate, old))
                        curated.add((iri, SKOS.altLabel, old))
                _remove(dataset, (iri, SKOS.altLabel, Literal(entity.label)))
                curated.add((iri, SKOS.prefLabel, Literal(entity.label)))
                curated.add((iri, RDFS.label, Literal(entity.label)))
                existing = {entity.label}
            for label in names:
                if label not in existing:
                    curated.add((iri, SKOS.altLabel, Literal(label)))
            if not entity.rename:
                warnings.append(_text("w_exists", source=entity.source, iri=entity_key(iri)))
            rules.append({"kind": "rename" if entity.rename else "entity", "source": entity.source, "reason": None,
                          "rule": f"{entity_key(iri)}: {entity.label}", "facts": 0, "entities": 1,
                          "stale": None if entity.rename else "exists"})
            continue
        rules.append({"kind": "entity", "source": entity.source, "reason": None,
                      "rule": f"{entity_key(iri)}: {entity.label}", "facts": 0, "entities": 1, "stale": None})
        entities_added += 1
        curated.add((iri, RDF.type, G40[entity.type]))
        curated.add((iri, SKOS.prefLabel, Literal(entity.label)))
        curated.add((iri, RDFS.label, Literal(entity.label)))
        for alias in entity.aliases:
            if alias != entity.label:
                curated.add((iri, SKOS.altLabel, Literal(alias)))
        if entity.kind and entity.type in _SUBTYPE:
            curated.add((iri, _SUBTYPE[entity.type], Literal(entity.kind)))

    aliases_added = 0
    for alias in curation.aliases:
        iri = resolve(alias.iri)
        if not _typed(dataset, iri):
            warnings.append(_text("w_missing_alias", source=alias.source, iri=_missing(dataset, iri)))
            continue
        if Literal(alias.label) not in _objects(dataset, iri, SKOS.prefLabel):
            curated.add((iri, SKOS.altLabel, Literal(alias.label)))
            aliases_added += 1

    facts_added = 0
    counters: dict[str, int] = {}
    for fact in curation.facts:
        subject, obj = resolve(fact.subject), resolve(fact.object)
        missing = next((iri for iri in (subject, obj) if not _typed(dataset, iri)), None)
        rules.append({"kind": "fact", "source": fact.source, "reason": fact.note, "facts": int(missing is None),
                      "rule": f"{entity_key(fact.subject)} {fact.predicate} {entity_key(fact.object)}"
                      + (f" ({fact.role})" if fact.role else ""), "entities": 0,
                      "stale": None if missing is None else "entity_missing"})
        if missing is not None:
            warnings.append(_text("w_missing_entity", source=fact.source, iri=_missing(dataset, missing)))
            continue
        stem = slugify(fact.source.rsplit(":", 1)[0])  # file name: voorbeeld.yaml -> voorbeeld-yaml
        counters[stem] = counters.get(stem, 0) + 1
        _write_fact(curated, fact, subject, obj, stem, counters[stem])
        facts_added += 1
    if erased_names:
        _mask_names(dataset, name_pattern(erased_names), name_pattern(erased_surnames), erased_in)
    warnings = [_as_given(message, curation.files) for message in warnings]
    for message in warnings:  # the build summary shows them; the log only with -v
        log.info(message)
    rules = [dict(rule, source=_as_given(rule["source"], curation.files)) for rule in rules]
    return CurationReport(entities_added, aliases_added, facts_added, merged, suppressed, removed,
                          tuple(warnings), tuple(merges), tuple(sorted(suppressed_by.items())), frozenset(dropped),
                          len(erased), tuple(sorted(erased_names)), tuple(sorted(str(iri) for iri in erased)),
                          tuple(rules), tuple(sorted(erased_surnames)), tuple(sorted(erased_in)))


def _erasure_record(source: str, facts: int, stale: str | None = None) -> dict:
    """The record of a removal rule for ``g40kg curation`` and the manifest: its file and line and how
    many facts went, without the name or key (the rule file holds them) and without the reason.

    >>> _erasure_record("avg.yaml:3", 4)["rule"]
    '[naam verwijderd]'
    """
    from .privacy import MASKS

    return {"kind": "erase", "source": source, "reason": None, "rule": MASKS["nl"]["name"], "facts": facts,
            "entities": 0 if stale else 1, "stale": stale}


def _rule_node(curated: "_OneGraph", source: str, kind: str, reason: str | None, facts: int,
               numbers: dict[str, int]) -> URIRef:
    """A ``g40:CurationRule`` node in ``g40g:curated`` for a merge or suppression of ``source``
    ("a.yaml:3"): ``<curated/a-yaml/merge-1>``, numbered per file and kind as curated facts are."""
    stem = slugify(source.rsplit(":", 1)[0])
    numbers[f"{stem}/{kind}"] = number = numbers.get(f"{stem}/{kind}", 0) + 1
    rule = mint("curated", f"{stem}/{kind}-{number}")
    curated.add((rule, RDF.type, G40.CurationRule))
    curated.add((rule, DCTERMS.source, Literal(source)))
    curated.add((rule, G40.factCount, Literal(facts)))
    if reason:
        curated.add((rule, RDFS.comment, Literal(reason)))
    return rule


def _fact_count(dataset: Dataset, iri: URIRef) -> int:
    """How many facts (evidence and curated statements, not mentions) name ``iri``."""
    nodes = {q[0] for p in (RDF.subject, RDF.object) for q in _quads(dataset, (None, p, iri))}
    return sum(1 for node in nodes if not _has(dataset, (node, RDF.predicate, G40.mentions)))


def _why_nothing(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> str:
    """Why ``suppression`` found nothing: "document" (its document is not in the graph), "fact"
    (no evidence of the fact at all), "quote" (no sentence with its quote), "role" (no fact with its
    role), else "elsewhere" (the fact is there, from other documents)."""
    if suppression.document and not _typed(dataset, mint("document", suppression.document)):
        return "document"
    loose = Suppression(suppression.subject, suppression.predicate, suppression.object)
    if not _matching(dataset, loose, subject, obj):
        return "fact"
    for field in ("quote", "role"):
        if getattr(suppression, field) and not _matching(dataset, replace(loose, **{field: getattr(suppression, field)}),
                                                         subject, obj):
            return field
    return "elsewhere"


def resolution_splits(curation: Curation) -> tuple:
    """The curated ``split:`` rules as resolution applies them (:class:`graph.namesakes.Split`)."""
    from .namesakes import Split

    return tuple(Split(entity_key(rule.iri), entity_key(rule.into), rule.municipality, rule.document)
                 for rule in curation.splits)


def split_warnings(curation: Curation, resolution) -> list[str]:
    """A warning for each ``split:`` rule whose person no document names, or that split nothing off."""
    warnings = []
    for rule in curation.splits:
        key, into = entity_key(rule.iri), entity_key(rule.into)
        if key not in resolution.entities and into not in resolution.entities:
            warnings.append(_text("w_missing_split", source=rule.source, iri=key))
        elif into not in resolution.entities:
            warnings.append(_text("w_split_nothing", source=rule.source, iri=key))
    return warnings


def entity_key(iri) -> str:
    """The entity key of an entity IRI ("municipality/gm0758"); any other IRI as it is."""
    text = str(iri)
    return text[len(str(G40ID)):] if text.startswith(str(G40ID)) else text


def _missing(dataset: Dataset, iri: URIRef) -> str:
    """``iri`` as a warning names it, with the entity of its kind meant where its key reads as a
    name ("municipality/almelo": a municipality's key is its CBS code, municipality/gm0141)."""
    from .names import search_entities

    short = entity_key(iri)
    kind, _, key = short.partition("/")
    types = [name for name, k in ENTITY_TYPES.items() if k == kind]
    if not key or not types:
        return short
    hits = search_entities(dataset, key.replace("-", " "), type_=types[0], limit=1, cutoff=0.85)
    return short + _text("w_did_you_mean", iri=entity_key(hits[0]["iri"]), label=hits[0]["label"]) if hits else short


def _typed(dataset: Dataset, iri: URIRef) -> bool:
    return _has(dataset, (iri, RDF.type, None))


def _has(dataset: Dataset, pattern) -> bool:
    """Whether any named graph holds a triple matching ``pattern`` (whatever ``default_union`` is)."""
    return any(True for _ in dataset.quads((*pattern, None)))


def _objects(dataset: Dataset, subject, predicate) -> set:
    return {q[2] for q in dataset.quads((subject, predicate, None, None))}


def _quads(dataset: Dataset, pattern):
    """Matching quads as (s, p, o, graph) tuples, materialised before any change."""
    s, p, o = pattern
    return [(qs, qp, qo, qg) for qs, qp, qo, qg in dataset.quads((s, p, o, None))]


def _graph(dataset: Dataset, context) -> "_OneGraph":
    return _OneGraph(dataset, dataset.graph(getattr(context, "identifier", context)))


class _OneGraph:
    """A named graph of ``dataset`` whose ``add`` leaves out a triple that a graph already holds:
    each triple is in one named graph (see :mod:`graph.build`)."""

    def __init__(self, dataset: Dataset, graph: Graph):
        self.dataset, self.graph = dataset, graph

    def add(self, triple) -> None:
        if not _has(self.dataset, triple):
            self.graph.add(triple)

    def remove(self, triple) -> None:
        self.graph.remove(triple)


def _merge(dataset: Dataset, curated: "_OneGraph", old: URIRef, into: URIRef, source: str, warnings: list[str]) -> int:
    if not _typed(dataset, old):
        warnings.append(_text("w_missing_merge", source=source, iri=_missing(dataset, old)))
        return 0
    into_types = _objects(dataset, into, RDF.type)
    into_labels = {str(o) for o in _objects(dataset, into, SKOS.prefLabel)}
    into_kinds = {kind for kind in _SUBTYPE.values() if _objects(dataset, into, kind)}
    removed = 0
    for s, p, o, g in _quads(dataset, (old, None, None)):
        graph = _graph(dataset, g)
        graph.remove((s, p, o))
        removed += 1
        if (p == RDF.type and into_types) or p in into_kinds:
            continue  # B keeps its own class and kind (a taskforce merged into a themagroep stays a themagroep)
        if p in (SKOS.prefLabel, RDFS.label) and into_labels:
            if str(o) not in into_labels:
                graph.add((into, SKOS.altLabel, o))
            continue
        if p == OWL.sameAs and o == into:
            continue
        graph.add((into, p, o))
    for s, p, o, g in _quads(dataset, (None, None, old)):
        graph = _graph(dataset, g)
        graph.remove((s, p, o))
        graph.add((s, p, into))
    curated.add((into, OWL.sameAs, old))
    return removed


#: the nodes that describe one statement (evidence, a curated statement, a membership): an entity's
#: removal takes the whole node when it names the entity
_STATEMENT_CLASSES = (G40.Evidence, RDF.Statement, G40.CuratedStatement, G40.Membership)
#: what names an entity; its removal masks these names in the quotes that remain
_NAMES = (SKOS.prefLabel, RDFS.label, SKOS.altLabel)


#: how a text refers to a person by surname ("De heer Mulder is met ziekteverlof")
_HONORIFICS = ("de heer", "De heer", "mevrouw", "Mevrouw", "mevr.", "Mevr.", "dhr.", "Dhr.", "mw.", "Mw.")


def addressed_names(surnames) -> set[str]:
    """Each of ``surnames`` as a text addresses a person by it ("de heer"/"mevrouw" + surname).

    >>> sorted(addressed_names(["Mulder"]))[:3]
    ['De heer Mulder', 'Dhr. Mulder', 'Mevr. Mulder']
    """
    return {f"{title} {surname}" for title in _HONORIFICS for surname in surnames}


def entity_names(dataset: Dataset, iri: URIRef) -> set[str]:
    """The names of ``iri`` (preferred, labels, aliases); a person's also as "de heer"/"mevrouw" and
    the surname (the words after the first name).

    >>> from graph.store import new_dataset
    >>> ds = new_dataset()
    >>> _ = ds.add((G40ID["person/p"], RDF.type, G40.Person)); _ = ds.add((G40ID["person/p"], RDFS.label, Literal("Pieter van Dam")))
    >>> sorted(entity_names(ds, G40ID["person/p"]))[:3]
    ['De heer van Dam', 'Dhr. van Dam', 'Mevr. van Dam']
    """
    names = {str(o) for p in _NAMES for o in _objects(dataset, iri, p)}
    if _has(dataset, (iri, RDF.type, G40.Person)):
        surnames = {name.split(None, 1)[1] for name in names if len(name.split()) > 1}
        names |= addressed_names(surnames)
    return names


def entity_surnames(dataset: Dataset, iri: URIRef) -> set[str]:
    """The surnames of the person ``iri`` (:func:`graph.privacy.surnames` of its labels and aliases);
    none for another entity. A removal masks them in the documents that name the person.

    >>> from graph.store import new_dataset
    >>> ds = new_dataset()
    >>> _ = ds.add((G40ID["person/p"], RDF.type, G40.Person)); _ = ds.add((G40ID["person/p"], RDFS.label, Literal("Pieter van Dam")))
    >>> sorted(entity_surnames(ds, G40ID["person/p"]))
    ['Van Dam', 'van Dam']
    """
    if not _has(dataset, (iri, RDF.type, G40.Person)):
        return set()
    return surnames(str(o) for p in _NAMES for o in _objects(dataset, iri, p))


def _documents_naming(dataset: Dataset, iri: URIRef) -> set[str]:
    """The named graphs (IRIs) of the documents that say something about ``iri`` (a mention, a fact)."""
    return {str(getattr(g, "identifier", g)) for p in (RDF.subject, RDF.object)
            for _s, _p, _o, g in _quads(dataset, (None, p, iri))} - {str(CURATED_GRAPH)}


def _erase(dataset: Dataset, iri: URIRef, dropped: list[str], relations: dict[str, int]) -> int:
    """Remove ``iri`` entirely: every statement with it as subject or object; a statement node
    (evidence, membership) naming it goes whole, with what points at that node. Returns the number
    of statements removed, adds the evidence nodes' IRIs to ``dropped`` and counts them by relation
    in ``relations``."""
    nodes = {s for s, _p, _o, _g in _quads(dataset, (None, None, iri))
             if any(_has(dataset, (s, RDF.type, c)) for c in _STATEMENT_CLASSES)}
    nodes |= _objects(dataset, iri, G40.hasRole)  # its memberships
    removed = 0
    for node in sorted(nodes):
        for pointer in {q[0] for q in _quads(dataset, (None, G40.membership, node))}:
            removed += _drop_node(dataset, pointer)
            dropped.append(str(pointer))
        if _has(dataset, (node, RDF.type, G40.Evidence)):
            dropped.append(str(node))
            for relation in _objects(dataset, node, RDF.predicate):
                if relation != G40.mentions:
                    name = entity_key(relation).rsplit("#", 1)[-1]
                    relations[name] = relations.get(name, 0) + 1
        removed += _drop_node(dataset, node) + _remove(dataset, (None, None, node))
    return removed + _drop_node(dataset, iri) + _remove(dataset, (None, None, iri))


def _mask_names(dataset: Dataset, pattern, surname=None, named_in=frozenset()) -> int:
    """Mask the names ``pattern`` finds in every quote and in documents' titles and labels (in the
    graph's language: the quotes are Dutch text), and the bare ``surname`` in those of a document
    that names the person (its id in ``named_in``, or one of the names in the literal; see
    :func:`graph.privacy.forgotten_spans`); returns how many literals changed."""
    changed = 0
    for predicate in (G40.quote, DCTERMS.title, RDFS.label, SKOS.prefLabel):
        for s, p, o, g in _quads(dataset, (None, predicate, None)):
            if not isinstance(o, Literal):
                continue
            if predicate != G40.quote and not _has(dataset, (s, RDF.type, G40.Document)):
                continue
            named = str(getattr(g, "identifier", g)) in named_in
            spans = forgotten_spans(str(o), pattern, surname, named)
            if not spans:
                continue
            text = masked_text(str(o), spans)[0]
            graph = _graph(dataset, g)
            graph.remove((s, p, o))
            graph.graph.add((s, p, Literal(text, lang=o.language, datatype=o.datatype)))
            changed += 1
    return changed


def _suppress(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef,
              dropped: list[str]) -> tuple[int, int]:
    """Remove the fact's evidence nodes, and its direct triple once no evidence for it is left;
    returns (evidence nodes, triples removed) and adds the evidence nodes' IRIs to ``dropped``."""
    predicate = G40[suppression.predicate]
    count = removed = 0
    for s, o, evidence in _matching(dataset, suppression, subject, obj):
        membership = next(iter(_objects(dataset, evidence, G40.membership)), None)
        removed += _drop_node(dataset, evidence)
        dropped.append(str(evidence))
        count += 1
        if membership is not None:
            removed += _drop_node(dataset, membership)
            removed += _remove(dataset, (s, G40.hasRole, membership))
            if not _holds_membership(dataset, s, o):
                removed += _remove(dataset, (s, G40.memberOf, o))
        elif not _has_evidence(dataset, s, predicate, o):
            removed += _remove(dataset, (s, predicate, o))
    return count, removed


def _matching(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef) -> list[tuple]:
    """(subject, object, evidence) of each evidence node ``suppression`` matches (both ends of a
    ``collaboratesWith``), found before anything is removed."""
    predicate = G40[suppression.predicate]
    ends = [(subject, obj)]
    if suppression.predicate == "collaboratesWith":
        ends.append((obj, subject))
    document = mint("document", suppression.document) if suppression.document else None
    found = []
    for s, o in ends:
        for evidence in sorted({q[0] for q in _quads(dataset, (None, RDF.subject, s))}):
            if not _has(dataset, (evidence, RDF.predicate, predicate)) or not _has(dataset, (evidence, RDF.object, o)):
                continue
            if document is not None and not _has(dataset, (evidence, PROV.wasDerivedFrom, document)):
                continue
            if suppression.role and not _has(dataset, (evidence, G40.roleLabel, Literal(suppression.role))):
                continue
            if suppression.quote and not any(_same_words(suppression.quote) in _same_words(str(quote))
                                             for quote in _objects(dataset, evidence, G40.quote)):
                continue  # "quote: opgevolgd door": only the evidence of that sentence
            found.append((s, o, evidence))
    return found


def _same_words(text: str) -> str:
    """``text`` in lower case with its white space made single, to find a quote in another.

    >>> _same_words("  Opgevolgd   door ") in _same_words("X is opgevolgd door Y.")
    True
    """
    return " ".join(text.lower().split())


def _remove(dataset: Dataset, triple) -> int:
    """Remove ``triple`` from the graph holding it; returns how many statements went."""
    quads = _quads(dataset, triple)
    for s, p, o, g in quads:
        _graph(dataset, g).remove((s, p, o))
    return len(quads)


def _drop_node(dataset: Dataset, node) -> int:
    return _remove(dataset, (node, None, None))


def _has_evidence(dataset: Dataset, s, p, o) -> bool:
    return any(_has(dataset, (e, RDF.predicate, p)) and _has(dataset, (e, RDF.object, o))
               for e in {q[0] for q in _quads(dataset, (None, RDF.subject, s))})


def _holds_membership(dataset: Dataset, person, organisation) -> bool:
    return any(_has(dataset, (m, ORG.organization, organisation)) for m in _objects(dataset, person, G40.hasRole))


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.date) if len(value) == 10 else Literal(value)


def _write_fact(curated: "_OneGraph", fact: CuratedFact, subject: URIRef, obj: URIRef, stem: str, number: int) -> None:
    statement = mint("curated", f"{stem}/{number}")
    predicate = G40[fact.predicate]
    curated.add((statement, RDF.type, G40.CuratedStatement))
    curated.add((statement, RDF.type, RDF.Statement))
    curated.add((statement, RDF.subject, subject))
    curated.add((statement, RDF.predicate, predicate))
    curated.add((statement, RDF.object, obj))
    curated.add((statement, G40.curated, Literal(True)))
    curated.add((statement, DCTERMS.source, Literal(fact.source)))
    if fact.note:
        curated.add((statement, RDFS.comment, Literal(fact.note)))
    timed = [statement]
    if fact.predicate == "hasRole":
        membership = mint("membership", f"curated/{stem}/{number}")
        role_label = fact.role.strip().lower()
        role = mint("role", role_label)
        curated.add((subject, G40.hasRole, membership))
        curated.add((subject, G40.memberOf, obj))
        curated.add((membership, RDF.type, G40.Membership))
        curated.add((membership, ORG.member, subject))
        curated.add((membership, ORG.organization, obj))
        curated.add((membership, ORG.role, role))
        curated.add((membership, G40.roleLabel, Literal(role_label)))
        curated.add((membership, G40.curated, Literal(True)))
        curated.add((membership, G40.past, Literal(fact.past)))
        curated.add((membership, DCTERMS.source, Literal(fact.source)))
        curated.add((role, RDF.type, G40.Role))
        curated.add((role, SKOS.prefLabel, Literal(role_label)))
        curated.add((role, RDFS.label, Literal(role_label)))
        for triple in [(role, p, o) for p, o in role_statements(role, role_label)] + scheme_statements():
            curated.add(triple)
        curated.add((statement, G40.membership, membership))
        curated.add((statement, G40.roleLabel, Literal(role_label)))
        timed.append(membership)
    else:
        curated.add((subject, predicate, obj))
    for node in timed:
        if fact.valid_from:
            curated.add((node, G40.validFrom, _date(fact.valid_from)))
        if fact.valid_until:
            curated.add((node, G40.validUntil, _date(fact.valid_until)))
        if fact.past and node == statement:
            curated.add((node, G40.past, Literal(True)))
