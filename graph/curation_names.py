"""Entities named by name in a curation rule (walkthrough 19, finding 26; round 45l).

A rule's ``subject:``/``object:``, a merge's ``from``/``into``, a ``distinct:`` pair and a removal's
``entity:`` may give a name ("BZK", "ministerie van BZK", "Gemeente Heerlen", a person's full name)
instead of a key. Reading a file (:mod:`graph.curation_files`) keeps such a name as a stand-in IRI
(:func:`named_reference`); the build replaces it by the one entity of that name (:func:`with_names`),
found as ``g40kg entity NAME`` finds it (:func:`graph.names.named_entities`), among this build's
entities: the gazetteer's, those the documents name (after resolution, before the graph is written)
and those the curation declares (:func:`names_dataset`). A name of several entities, or of none, is a
one-line :class:`graph.curation_records.CurationError` with the rule's file:line. The curation keeps
each name beside the key it named (:attr:`graph.curation_records.Curation.named`), so ``g40kg curation``
and the curation history show the rule as written: "BZK (= ministry/mnre1034)".

Examples
--------
>>> from graph.curation_files import parse_yaml_text
>>> from graph.gazetteer import load_gazetteer
>>> from graph.resolve import Entity, Resolution
>>> curation = parse_yaml_text("merge:\\n  - [Jan Smid, person/jan-smit]\\n", "c.yaml")
>>> resolution = Resolution({"person/jan-smid": Entity("person/jan-smid", "Person", "Jan Smid"),
...                          "person/jan-smit": Entity("person/jan-smit", "Person", "Jan Smit")}, {})
>>> named = with_names(curation, names_dataset(resolution, load_gazetteer(), curation))
>>> str(named.merges[0].old).rsplit("/", 2)[-2:], named.named[0][:2]
(['person', 'jan-smid'], ('c.yaml:2', 'Jan Smid'))
"""

from __future__ import annotations

import logging
from dataclasses import fields, is_dataclass, replace
from urllib.parse import quote, unquote

from rdflib import URIRef

__all__ = ["NAME_PREFIX", "named_reference", "written_name", "has_names", "names_dataset", "with_names", "shown"]

log = logging.getLogger(__name__)

#: the stand-in IRI of a name until the build knows its entity
NAME_PREFIX = "urn:g40kg:name:"
#: the sections of a curation whose rules may name entities
_SECTIONS = ("entities", "aliases", "facts", "merges", "suppressions", "erasures", "distinct", "splits",
             "not_entities")


def named_reference(name: str) -> URIRef:
    """The stand-in IRI of ``name``.

    >>> named_reference("Gemeente Heerlen")
    rdflib.term.URIRef('urn:g40kg:name:Gemeente%20Heerlen')
    """
    return URIRef(NAME_PREFIX + quote(" ".join(name.split()), safe=""))


def written_name(iri) -> str | None:
    """The name a stand-in IRI holds; None for an entity's IRI.

    >>> written_name(named_reference("Gemeente Heerlen")), written_name(URIRef("https://w3id.org/g40kg/id/x/y"))
    ('Gemeente Heerlen', None)
    """
    text = str(iri)
    return unquote(text[len(NAME_PREFIX):]) if text.startswith(NAME_PREFIX) else None


def _rules(curation):
    for section in _SECTIONS:
        yield from getattr(curation, section)


def _named_fields(rule) -> list[tuple[str, str]]:
    """(field, name) of each entity ``rule`` gives by name."""
    if not is_dataclass(rule):
        return []
    return [(f.name, name) for f in fields(rule)
            if (name := written_name(getattr(rule, f.name))) is not None and isinstance(getattr(rule, f.name), URIRef)]


def has_names(curation) -> bool:
    """Whether a rule of ``curation`` names an entity by name (only then does the build look names up).

    >>> from graph.curation_files import parse_yaml_text
    >>> has_names(parse_yaml_text("merge:\\n  - [person/a, person/b]\\n", "c.yaml"))
    False
    """
    return any(_named_fields(rule) for rule in _rules(curation))


def names_dataset(resolution, gazetteer, curation):
    """An in-memory dataset of this build's entities, their classes and names: the gazetteer's
    (:func:`graph.reference.reference_triples`), the documents' (``resolution.entities``) and those
    ``curation`` declares; what :func:`with_names` looks names up in."""
    from .entity_descriptions import entity_statements
    from .reference import iri, reference_triples
    from .store import new_dataset

    dataset = new_dataset()
    graph = dataset.graph(URIRef("urn:g40kg:names"))
    for triple in reference_triples(gazetteer):
        graph.add(triple)
    for key, entity in sorted(resolution.entities.items()):
        for triple in entity_statements(iri(key), entity.type, entity.label, entity.alt_labels):
            graph.add(triple)
    for entity in curation.entities:
        if written_name(entity.iri) is None:
            for triple in entity_statements(entity.iri, entity.type, entity.label, entity.aliases):
                graph.add(triple)
    return dataset


def with_names(curation, dataset):
    """``curation`` with each name replaced by the IRI of the one entity of ``dataset`` it names, and
    recorded in ``named``; a :class:`CurationErrors` naming every name of several entities or of none
    (file:line, the candidates with their keys, or "bedoelt u …?"), and the checks a rule's two
    entities get on reading (a merge into itself, conflicts between rules) made again."""
    from .curation_files import check_conflicts
    from .curation_records import CurationError, CurationErrors, as_given

    if not has_names(curation):
        return curation
    found: dict[str, URIRef | CurationError] = {}
    errors: list[CurationError] = []
    named: list[tuple[str, str, str]] = []
    # a name that is two entities until a merge of the corrections makes them one names that one
    # (walkthrough 21, finding 5: the build's own merge line, then a suppress by the name)
    merged = {str(m.old): str(m.into) for m in curation.merges
              if written_name(m.old) is None and written_name(m.into) is None}
    sections = {}
    for section in _SECTIONS:
        rules = []
        for rule in getattr(curation, section):
            changes = {}
            for field, name in _named_fields(rule):
                where = as_given(rule.source, curation.files)
                if name not in found:
                    found[name] = _entity_named(dataset, name, merged)
                hit = found[name]
                if isinstance(hit, tuple) and section == "not_entities" and hit[0] == "name_unknown":
                    continue  # the extraction no longer makes it: the build warns, the rule is stale (round 50t)
                if isinstance(hit, tuple):
                    errors.append(CurationError(where, hit[0], **hit[1]))
                    continue
                changes[field] = hit
                named.append((rule.source, name, str(hit)))
            rules.append(replace(rule, **changes) if changes else rule)
        sections[section] = tuple(rules)
    if errors:
        raise CurationErrors(sorted(errors, key=lambda e: _place(e.source)))
    resolved = replace(curation, **sections, named=curation.named + tuple(named))
    for rule in (*resolved.merges, *resolved.distinct):
        one, other = (rule.old, rule.into) if hasattr(rule, "old") else (rule.one, rule.other)
        if one == other:
            code = "merge_self" if hasattr(rule, "old") else "distinct"
            raise CurationError(as_given(rule.source, curation.files), code)
    check_conflicts(resolved)
    return resolved


def _place(source: str) -> tuple:
    file, _, line = source.rpartition(":")
    return (file, int(line)) if line.isdigit() else (source, 0)


def _entity_named(dataset, name: str, merged: dict[str, str] | None = None):
    """The IRI of the one entity named ``name`` — or of the one its entities are after the merges
    ``merged`` (key IRI merged away → the IRI it goes into) — or (message key, fields) of the error."""
    from .curation_graph import entity_key
    from .curation_records import curation_text
    from .names import named_entities, search_entities

    hits = named_entities(dataset, name)
    if len(hits) == 1:
        return URIRef(hits[0].iri)
    after = {_merged_into(hit.iri, merged or {}) for hit in hits}
    if len(after) == 1:
        return URIRef(after.pop())
    if hits:
        options = ", ".join(f"{entity_key(URIRef(e.iri))} ({e.label})" for e in hits[:5])
        options += f", … (+{len(hits) - 5})" if len(hits) > 5 else ""
        return "name_ambiguous", {"name": name, "n": len(hits), "options": options}
    like = search_entities(dataset, name, limit=3, cutoff=0.7)
    options = " / ".join(f"{hit['label']!r} ({entity_key(URIRef(hit['iri']))})" for hit in like)
    return "name_unknown", {"name": name, "hint": curation_text("name_hint", options=options) if like else ""}


def _merged_into(iri: str, merged: dict[str, str]) -> str:
    """Where ``iri`` ends after the merges ``merged`` (followed along a chain, never round a ring).

    >>> _merged_into("p/b", {"p/b": "p/a", "p/c": "p/b"}), _merged_into("p/c", {"p/b": "p/a", "p/c": "p/b"})
    ('p/a', 'p/a')
    """
    seen = {iri}
    while iri in merged and merged[iri] not in seen:
        iri = merged[iri]
        seen.add(iri)
    return iri


def shown(curation, source: str, iri) -> str:
    """How a rule's entity is shown in its record: its key, or the name it was given with the key it
    named ("BZK (= ministry/mnre1034)").

    >>> from graph.curation_records import Curation
    >>> from graph.vocab import mint
    >>> bzk = mint("ministry", "mnre1034")
    >>> curation = Curation(named=(("a.yaml:3", "BZK", str(bzk)),))
    >>> shown(curation, "a.yaml:3", bzk), shown(curation, "a.yaml:4", bzk)
    ('BZK (= ministry/mnre1034)', 'ministry/mnre1034')
    """
    from .curation_graph import entity_key

    name = curation.as_written(source, iri)
    return f"{name} (= {entity_key(iri)})" if name is not None else entity_key(iri)
