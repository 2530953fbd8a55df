"""Hand-made corrections from ``data/curated/``: add facts and aliases, merge and suppress.

Curation files are YAML (``*.yaml``, ``*.yml``) or Turtle (``*.ttl``) directly in the curation
folder (sub-folders such as ``examples/`` are not read); the format is documented in
``data/curated/README.en.md``. :func:`load_curation` reads and checks them (a malformed file is a
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
   with ``g40:curated true`` and ``dcterms:source`` (file and line), no quote; the dates a fact
   gives replace those of the documents' evidence of the same fact (:mod:`graph.curation_dates`).

A statement that another graph already holds (a fact the documents state too, a known label)
is not repeated in ``g40g:curated``: each triple is in one named graph (see :mod:`graph.fragments`).

This module applies a curation in that order and makes its report; the records live in
:mod:`graph.curation_records`, reading the files in :mod:`graph.curation_files`, and their names can
still be imported from here. Each step has its module: :mod:`graph.curation_merges`,
:mod:`graph.curation_removals` (an entity's removal and the masking of its names),
:mod:`graph.curation_suppressions`, :mod:`graph.curation_facts` (the facts added), on the look-ups
of :mod:`graph.curation_graph`.

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

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .curation_dates import override_dates
from .curation_facts import is_placed, write_fact
from .curation_graph import fact_count, one_graph, has_triple, missing_name, objects_of, remove_triple, rule_node, is_typed, entity_key
from .curation_merges import merge_entity, moved_name
from .curation_names import shown, written_name
from .curation_retype import is_retype, retype, retyped_iri
from .twins import name_variants
from .curation_removals import documents_naming, erase_entity, erasure_record, mask_names, entity_names, entity_surnames
from .curation_suppressions import apply_suppression, why_nothing, back_in_graph
from .withdrawals import apply_withdrawals
from .entity_descriptions import entity_statements
from .privacy import name_pattern
from .vocab import CURATED_GRAPH, G40, mint, slugify

# These live in graph.curation_records and graph.curation_files; imported here, and listed in
# __all__, so that callers' `from graph.curate import …` keeps working.
from .curation_files import (FACT_PREDICATES, SUFFIXES, SUPPRESSIBLE, load_curation, load_file, parse_turtle_file,
                             parse_turtle_text, parse_yaml_text)
from .curation_records import as_given as _as_given
from .curation_records import (TEXTS, Alias, CuratedEntity, CuratedFact, Curation, CurationError,
                               CurationReport, Erasure, Merge, Suppression, curation_text as _text)
from .curation_records import curation_warning as _warning, rule_warning as _rule_warning
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
    "resolution_splits",
    "split_warnings",
    "load_file",
    "parse_turtle_text",
    "SUFFIXES",
    "FACT_PREDICATES",
    "SUPPRESSIBLE",
    "TEXTS",
]

log = logging.getLogger(__name__)

def apply_curation(dataset: Dataset, curation: Curation, renamed: dict[str, str] | None = None,
                   erased_before: dict | None = None, withdrawals=()) -> CurationReport:
    """Apply ``curation`` to ``dataset`` in place (merge, suppress, entities, aliases, facts); a rule
    that repeats an earlier one is applied once (:mod:`graph.curation_duplicates`) and warned of.

    ``renamed``: old id → current id of renamed documents (a suppression's ``document:`` follows its
    file). ``erased_before``: the removals already applied to what the dataset was made of, entity IRI →
    :class:`graph.fragment_erasure.ErasedEntity` (their names are masked in all but the curated graph);
    they are reported as if done here. ``withdrawals``: the facts the documents' rectifications withdraw
    from earlier documents (:mod:`graph.withdrawals`), taken out after the suppressions."""
    from .curation_duplicates import without_duplicates

    renamed = renamed or {}
    curation, repeats = without_duplicates(curation)
    warnings: list[str] = [_warning("w_duplicate", source=rule.source, first=_as_given(first, curation.files))
                           for _section, rule, first in repeats]
    curated = one_graph(dataset, CURATED_GRAPH)
    merged_into: dict[URIRef, URIRef] = {}
    removed = merged = 0
    merges: list[tuple[str, str]] = []
    rules: list[dict] = []  # each merge and suppression: what it did, or why it did nothing
    numbers: dict[str, int] = {}
    split = 0
    for rule in curation.splits:  # applied during resolution; recorded here as a merge is (finding 7)
        where = rule.municipality or rule.ministry or rule.document
        done = is_typed(dataset, rule.into)
        facts = fact_count(dataset, rule.into) if done else 0
        if done:
            split += 1
            node = rule_node(curated, rule.source, "split", rule.reason, facts, numbers)
            curated.add((node, RDFS.label, Literal(f"{entity_key(rule.iri)} → {entity_key(rule.into)} ({where})")))
            for entity in (rule.iri, rule.into):
                curated.add((node, DCTERMS.subject, entity))
        rules.append({"kind": "split", "source": rule.source, "reason": rule.reason, "facts": facts,
                      "rule": f"{entity_key(rule.iri)} → {entity_key(rule.into)} ({where})", "entities": int(done),
                      "stale": None if done else ("entity_missing" if not is_typed(dataset, rule.iri) else "split_nothing")})
    apart = curation.apart()
    for merge in curation.merges:
        into = merged_into.get(merge.into, merge.into)
        old, stale, moved = merge.old, "entity_missing", None
        if not is_typed(dataset, old) and is_typed(dataset, into):  # its name may resolve elsewhere now (finding 1)
            moved = moved_name(dataset, old, into)
        if moved is not None:
            name, elsewhere = moved
            if frozenset((str(elsewhere), str(into))) not in apart and name_variants(
                    _label(dataset, elsewhere), _label(dataset, into)):
                warnings.append(_warning("w_merge_followed", source=merge.source, name=name, iri=entity_key(elsewhere),
                                      into=entity_key(into)))
                old, stale = elsewhere, None
            else:
                warnings.append(_warning("w_merge_moved", source=merge.source, name=name, iri=entity_key(elsewhere),
                                      facts=fact_count(dataset, elsewhere)))
                stale = "moved"
        facts = fact_count(dataset, old)
        gone = merge_entity(dataset, curated, old, into, merge.source, warnings if moved is None else [])
        removed, merged = removed + gone, merged + bool(gone)
        merged_into[merge.old] = merged_into[old] = into
        if gone:
            merges.append((str(old), str(into)))
            rule = rule_node(curated, merge.source, "merge", merge.reason, facts, numbers)
            curated.add((rule, G40.mergedFrom, old))
            curated.add((rule, G40.mergedInto, into))
        rules.append({"kind": "merge", "source": merge.source, "reason": merge.reason, "rule":
                      f"{shown(curation, merge.source, merge.old)} → {shown(curation, merge.source, into)}"
                      + (f" (via {entity_key(old)})" if old != merge.old else ""), "facts": facts if gone else 0,
                      "entities": 1 if gone else 0, "stale": None if gone else stale,
                      })

    def resolve(iri: URIRef) -> URIRef:
        return merged_into.get(iri, iri)

    dropped: list[str] = []
    suppressed_by: dict[str, int] = {}  # relation → evidence nodes removed (of suppressions and removed entities)
    suppressed_names: list[tuple[frozenset, frozenset, str]] = []  # what each suppression named (CurationReport)
    erased: set[URIRef] = set()
    erased_names: set[str] = set()
    erased_surnames: set[str] = set()
    erased_in: set[str] = set()  # the named graphs of the documents that named a removed entity
    done = erased_before or {}
    for erasure in curation.erasures:
        iri = resolve(erasure.iri)
        if iri in erased:
            continue
        if iri in done:  # removed before the dataset was made
            record = done[iri]
            rules.append(erasure_record(erasure.source, record.facts))
            erased_names |= record.names
            erased_surnames |= record.surnames
            erased_in |= record.named_in
            removed += record.removed
            dropped.extend(record.dropped)
            for relation, count in record.relations:
                suppressed_by[relation] = suppressed_by.get(relation, 0) + count
            erased.add(iri)
            continue
        if not is_typed(dataset, iri):
            warnings.append(_warning("w_missing_erase", source=erasure.source, iri=missing_name(dataset, iri)))
            rules.append(erasure_record(erasure.source, 0, "entity_missing"))
            continue
        rules.append(erasure_record(erasure.source, fact_count(dataset, iri)))
        erased_names |= entity_names(dataset, iri)
        erased_surnames |= entity_surnames(dataset, iri)
        erased_in |= documents_naming(dataset, iri)
        removed += erase_entity(dataset, iri, dropped, suppressed_by)
        erased.add(iri)
    not_entities: list = []
    for rule in curation.not_entities:  # taken for an entity wrongly: it goes, but no name is masked
        iri = resolve(rule.iri)
        if iri in erased:
            continue
        record = {"kind": "not_entity", "source": rule.source, "reason": rule.reason,
                  "rule": shown(curation, rule.source, rule.iri), "facts": 0, "entities": 0, "stale": "entity_missing"}
        if not is_typed(dataset, iri):
            said = written_name(iri)  # a name no entity has (any more): as written
            warnings.append(_warning("w_missing_not_entity", source=rule.source,
                                     iri=repr(said) if said is not None else missing_name(dataset, iri)))
            rules.append(record)
            continue
        rules.append({**record, "facts": fact_count(dataset, iri), "entities": 1, "stale": None})
        removed += erase_entity(dataset, iri, dropped, suppressed_by)
        not_entities.append(str(iri))

    suppressed = 0
    for suppression in curation.suppressions:
        subject, obj = resolve(suppression.subject), resolve(suppression.object)
        renamed_from = None
        if suppression.document in renamed and not is_typed(dataset, mint("document", suppression.document)):
            renamed_from = suppression.document  # the file was renamed: the rule follows it (finding 16)
            suppression = replace(suppression, document=renamed[renamed_from])
            warnings.append(_warning("w_document_renamed", source=suppression.source, old=renamed_from,
                                  new=suppression.document))
        count, gone = apply_suppression(dataset, suppression, subject, obj, dropped)
        fact = (f"{shown(curation, suppression.source, suppression.subject)} {suppression.predicate} "
                f"{shown(curation, suppression.source, suppression.object)}") + (
            f" ({suppression.role})" if suppression.role else "")
        stale = back = None
        missing = next((iri for iri in (subject, obj) if not is_typed(dataset, iri)), None) if count == 0 else None
        if missing is not None:  # a mistyped key: say which, with the key meant (as a merge's warning does)
            stale = "entity_missing"
            warnings.append(_warning("w_nothing_missing", source=suppression.source, fact=fact,
                                  iri=missing_name(dataset, missing)))
        elif count == 0:
            stale = why_nothing(dataset, suppression, subject, obj)
            back = back_in_graph(dataset, suppression, subject, obj) if stale in ("document", "quote") else None
            warnings.append(_rule_warning(suppression.source, _text("w_nothing", source=suppression.source, fact=fact)
                            + " (" + _text(f"stale_{stale}", document=suppression.document, quote=suppression.quote,
                                           role=suppression.role) + ")"
                            + (_text("w_back", quote=_short(back)) if back is not None else "")))
        else:
            rule = rule_node(curated, suppression.source, "suppress", None if suppression.private else suppression.reason,
                              count, numbers)
            curated.add((rule, RDFS.label, Literal(fact)))
            for entity in (subject, obj):
                curated.add((rule, DCTERMS.subject, entity))
        rules.append({"kind": "suppress", "source": suppression.source, "reason": suppression.reason, "rule": fact,
                      "facts": count, "entities": 0, "stale": stale, "document": suppression.document,
                      "quote": suppression.quote, "role": suppression.role, "renamed_from": renamed_from, "back": back})
        suppressed += count
        removed += gone
        if count:
            suppressed_by[suppression.predicate] = suppressed_by.get(suppression.predicate, 0) + count
            suppressed_names.append((frozenset(entity_names(dataset, subject)), frozenset(entity_names(dataset, obj)),
                                     _as_given(suppression.source, curation.files)))

    withdrawn, gone, by_relation = apply_withdrawals(
        dataset, curated, [replace(w, subject=resolve(w.subject), object=resolve(w.object)) for w in withdrawals],
        dropped, numbers, warnings)
    removed += gone
    for relation, count in by_relation.items():
        suppressed_by[relation] = suppressed_by.get(relation, 0) + count

    entities_added = retyped = renamed_entities = 0
    for entity in curation.entities:
        iri = resolve(entity.iri)
        if iri in erased:  # a removal request outweighs a declaration
            warnings.append(_warning("w_erased", source=entity.source, iri=entity_key(iri)))
            continue
        moved_from = None
        if is_typed(dataset, iri) and not has_triple(dataset, (iri, RDF.type, G40[entity.type])):  # a retype (finding 6)
            moved_from, (iri, facts) = iri, retype(dataset, curated, iri, entity, numbers, curation.files,
                                                      warnings, curation.distinct)
            merged_into[entity.iri] = merged_into[moved_from] = iri
            retyped += 1
        elif not is_typed(dataset, iri) and is_retype(iri, entity.type):  # its key is gone: stale, not a declaration
            warnings.append(_warning("w_missing_retype", source=entity.source, iri=missing_name(dataset, iri)))
            rules.append({"kind": "retype", "source": entity.source, "reason": None, "facts": 0, "entities": 0,
                          "rule": f"{entity_key(iri)} → {entity_key(retyped_iri(iri, entity.type))} ({entity.type})",
                          "stale": "entity_missing"})
            continue
        if is_typed(dataset, iri):
            names = [entity.label, *entity.aliases]
            existing = {str(o) for o in objects_of(dataset, iri, SKOS.prefLabel)}
            relabelled = entity.rename and entity.label not in existing
            if relabelled:  # the old names stay as aliases
                for predicate in (SKOS.prefLabel, RDFS.label):
                    for old in objects_of(dataset, iri, predicate):
                        remove_triple(dataset, (iri, predicate, old))
                        curated.add((iri, SKOS.altLabel, old))
                remove_triple(dataset, (iri, SKOS.altLabel, Literal(entity.label)))
                curated.add((iri, SKOS.prefLabel, Literal(entity.label)))
                curated.add((iri, RDFS.label, Literal(entity.label)))
                existing = {entity.label}
            for label in names:
                if label not in existing:
                    curated.add((iri, SKOS.altLabel, Literal(label)))
            if moved_from is not None:
                rules.append({"kind": "retype", "source": entity.source, "reason": None, "facts": facts, "entities": 1,
                              "rule": f"{entity_key(moved_from)} → {entity_key(iri)} ({entity.type})",
                              "stale": None})
                continue
            if not entity.rename:
                warnings.append(_warning("w_exists", source=entity.source, iri=entity_key(iri)))
            renamed_entities += bool(relabelled)  # counted in the summary (walkthrough 36, finding 8)
            rules.append({"kind": "rename" if entity.rename else "entity", "source": entity.source, "reason": None,
                          "rule": f"{entity_key(iri)}: {entity.label}", "facts": 0, "entities": 1,
                          "stale": None if entity.rename else "exists"})
            continue
        rules.append({"kind": "entity", "source": entity.source, "reason": None,
                      "rule": f"{entity_key(iri)}: {entity.label}", "facts": 0, "entities": 1, "stale": None})
        entities_added += 1
        for statement in entity_statements(iri, entity.type, entity.label, entity.aliases, entity.kind):
            curated.add(statement)

    aliases_added = 0
    for alias in curation.aliases:
        iri = resolve(alias.iri)
        if not is_typed(dataset, iri):
            warnings.append(_warning("w_missing_alias", source=alias.source, iri=missing_name(dataset, iri)))
            continue
        if Literal(alias.label) not in objects_of(dataset, iri, SKOS.prefLabel):
            curated.add((iri, SKOS.altLabel, Literal(alias.label)))
            aliases_added += 1

    facts_added = 0
    redated: list[tuple] = []
    counters: dict[str, int] = {}
    for fact in curation.facts:
        subject, obj = resolve(fact.subject), resolve(fact.object)
        missing = next((iri for iri in (subject, obj) if not is_typed(dataset, iri)), None)
        rules.append({"kind": "fact", "source": fact.source, "reason": fact.note, "facts": int(missing is None),
                      "rule": f"{shown(curation, fact.source, fact.subject)} {fact.predicate} "
                              f"{shown(curation, fact.source, fact.object)}"
                      + (f" ({fact.role})" if fact.role else ""), "entities": 0,
                      "stale": None if missing is None else "entity_missing"})
        if missing is not None:
            warnings.append(_warning("w_missing_entity", source=fact.source, iri=missing_name(dataset, missing)))
            continue
        stem = slugify(fact.source.rsplit(":", 1)[0])  # file name: voorbeeld.yaml -> voorbeeld-yaml
        counters[stem] = counters.get(stem, 0) + 1
        redated += override_dates(dataset, curated, fact, subject, obj)  # before its statement: the documents' alone
        write_fact(curated, fact, subject, obj, stem, counters[stem])
        facts_added += 1
    for fact in curation.facts:  # after all of them: a role at the ministry may come on a later line
        subject = resolve(fact.subject)
        if (fact.predicate == "contactFor" and has_triple(dataset, (subject, RDF.type, G40.Person))
                and not is_placed(dataset, subject)):
            warnings.append(_warning("w_contact_unplaced", source=fact.source, name=_label(dataset, subject),
                                     dossier=_label(dataset, resolve(fact.object))))
    if erased_names:
        mask_names(dataset, name_pattern(erased_names), name_pattern(erased_surnames), erased_in,
                    only=CURATED_GRAPH if done else None)
    rules += _repeated_rules(rules, repeats)
    if curation.signed:
        _sign(curated, curation)
        rules = [dict(rule, **curation.signature(rule["source"])) for rule in rules]
    warnings = [_given(message, curation.files) for message in warnings]
    for message in warnings:  # the build summary shows them; the log only with -v
        log.info(message)
    rules = [dict(rule, source=_as_given(rule["source"], curation.files),
                  **{key: _as_given(rule[key], curation.files) for key in ("duplicate_of",) if key in rule})
             for rule in rules]
    return CurationReport(entities_added, aliases_added, facts_added, merged, suppressed, removed,
                          tuple(warnings), tuple(merges), tuple(sorted(suppressed_by.items())), frozenset(dropped),
                          len(erased), tuple(sorted(erased_names)), tuple(sorted(str(iri) for iri in erased)),
                          tuple(rules), tuple(sorted(erased_surnames)), tuple(sorted(erased_in)), split, retyped,
                          tuple(redated), withdrawn, len(not_entities), tuple(sorted(not_entities)),
                          suppressed_names=tuple(suppressed_names), renamed=renamed_entities)


def _sign(curated, curation: Curation) -> None:
    """Who made each rule and when (``by:``, ``date:``; walkthrough 17, finding 19) on the nodes it wrote in
    ``g40g:curated`` (a ``g40:CurationRule``, a curated statement: those with its ``dcterms:source``):
    ``dcterms:creator`` (a name, as text) and ``dcterms:created`` (not ``dcterms:date``, which the time
    filters read as the day a fact holds). A private suppression names no one."""
    from rdflib.namespace import XSD

    private = {rule.source for rule in curation.suppressions if rule.private}
    for source, by, day in curation.signed:
        for node in list(curated.graph.subjects(DCTERMS.source, Literal(source))):
            if by is not None and source not in private:
                curated.add((node, DCTERMS.creator, Literal(by)))
            if day is not None:
                curated.add((node, DCTERMS.created, Literal(day, datatype=XSD.date)))


def _given(warning: str, files: tuple[str, ...]) -> str:
    """``warning`` naming its rule's file as the user gave it (:func:`graph.curation_records.as_given`),
    its code and file kept.

    >>> given = _given(_warning("w_missing_alias", source="a.yaml:3", iri="person/x"), ("corr/a.yaml",))
    >>> given[:16], given.code, given.fields
    ('corr/a.yaml:3: e', 'curation', {'file': 'corr/a.yaml'})
    """
    text = _as_given(warning, files)
    if not hasattr(warning, "retold"):
        return text
    return warning.retold(text, file=_as_given(warning.fields["file"] + ":", files)[:-1])


def _short(quote: str, limit: int = 120) -> str:
    """``quote`` cut to ``limit`` characters for a one-line warning.

    >>> _short("a" * 130)[-3:], _short("kort")
    ('aa…', 'kort')
    """
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


def _label(dataset: Dataset, iri: URIRef) -> str:
    """The preferred label of ``iri`` (any one, sorted, for a stable answer), or ""."""
    return min((str(o) for o in objects_of(dataset, iri, SKOS.prefLabel)), default="")


def _repeated_rules(rules: list[dict], repeats: list[tuple[str, str, str]]) -> list[dict]:
    """The records of the rules that repeat an earlier one (``g40kg curation``: "dubbel met …"): the
    earlier rule's record, with its own file, line and reason, nothing changed, stale "duplicate".

    >>> merge = Merge(URIRef("urn:a"), URIRef("urn:b"), "b.yaml:2", "nog eens")
    >>> record = _repeated_rules([{"kind": "merge", "source": "a.yaml:3", "rule": "person/a → person/b", "facts": 2}],
    ...                          [("merges", merge, "a.yaml:3")])[0]
    >>> record["rule"], record["source"], record["reason"], record["facts"], record["duplicate_of"]
    ('person/a → person/b', 'b.yaml:2', 'nog eens', 0, 'a.yaml:3')
    """
    by_source = {rule["source"]: rule for rule in rules}
    records = []
    for section, rule, first in repeats:
        record = by_source.get(first, {"kind": section, "rule": ""})
        reason = getattr(rule, "reason", None) or getattr(rule, "note", None)
        records.append(dict(record, source=rule.source, reason=reason, facts=0, entities=0, stale="duplicate",
                            duplicate_of=first))
    return records


def resolution_splits(curation: Curation) -> tuple:
    """The curated ``split:`` rules as resolution applies them (:class:`graph.namesakes.Split`)."""
    from .namesakes import Split

    return tuple(Split(entity_key(rule.iri), entity_key(rule.into), rule.municipality or rule.ministry, rule.document)
                 for rule in curation.splits)


def split_warnings(curation: Curation, resolution) -> list[str]:
    """A warning for each ``split:`` rule whose person no document names, or that split nothing off."""
    warnings = []
    for rule in curation.splits:
        key, into = entity_key(rule.iri), entity_key(rule.into)
        if key not in resolution.entities and into not in resolution.entities:
            warnings.append(_warning("w_missing_split", source=rule.source, iri=key))
        elif into not in resolution.entities:
            warnings.append(_warning("w_split_nothing", source=rule.source, iri=key))
    return warnings
