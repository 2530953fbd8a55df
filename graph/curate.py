"""Hand-made corrections from ``data/curated/``: add facts and aliases, merge and suppress.

Curation files are YAML (``*.yaml``, ``*.yml``) or Turtle (``*.ttl``) directly in the curation
folder (sub-folders such as ``examples/`` are not read); the format is documented in
``data/curated/README.md``. :func:`load_curation` reads and checks them (a malformed file is a
one-line :class:`CurationError` naming the file and line); :func:`apply_curation` changes a
Dataset in place, without any I/O, in this order:

1. **merge** entity A into B: every triple naming A names B instead (in every graph); A's
   preferred labels become B's ``skos:altLabel``; ``B owl:sameAs A`` is kept in ``g40g:curated``;
2. **suppress** a wrong extracted fact: its evidence nodes go (for ``hasRole`` also the
   membership node), and its direct triple (``memberOf``) once no evidence for it is left;
3. **entities** are declared (type and labels) in ``g40g:curated`` when the graph lacks them;
4. **aliases** become ``skos:altLabel`` in ``g40g:curated``;
5. **facts** are written into ``g40g:curated``: the direct triple plus a ``g40:CuratedStatement``
   with ``g40:curated true`` and ``dcterms:source`` (file and line), no quote.

A statement that another graph already holds (a fact the documents state too, a known label)
is not repeated in ``g40g:curated``: each triple is in one named graph (see :mod:`graph.build`).

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
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .errors import InputError
from .messages import get_language
from .vocab import CORE_PREDICATES, CURATED_GRAPH, ENTITY_TYPES, G40, G40ID, ORG, KINDS, mint, slugify

__all__ = [
    "CurationError",
    "CuratedEntity",
    "CuratedFact",
    "Alias",
    "Merge",
    "Suppression",
    "Curation",
    "CurationReport",
    "load_curation",
    "parse_yaml_text",
    "parse_turtle_file",
    "apply_curation",
]

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml", ".ttl")
FACT_PREDICATES = tuple(CORE_PREDICATES)
SUPPRESSIBLE = (*CORE_PREDICATES, "mentions")
_SECTIONS = ("entities", "aliases", "facts", "merge", "suppress")
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_SUBTYPE = {"OrganisationalUnit": G40.unitKind, "Programme": G40.programmeKind}

TEXTS = {
    "nl": {
        "yaml": "geen geldige YAML ({reason})",
        "top": "verwacht een mapping met {sections}",
        "section": "onbekende sectie {name!r}; kies uit {sections}",
        "list": "sectie {name!r} moet een lijst zijn",
        "mapping": "sectie {name!r} moet een mapping zijn (sleutel: waarde)",
        "ref": "{value!r} is geen entiteit: gebruik soort/sleutel (zoals person/jan-jansen) of een volledige IRI",
        "type": "onbekend type {value!r}; kies uit {types}",
        "predicate": "onbekend predicaat {value!r}; kies uit {predicates}",
        "role": "hasRole heeft een rol nodig (vierde waarde of role:)",
        "fact": "een feit is [onderwerp, predicaat, object] of [onderwerp, hasRole, object, rol] of een mapping "
                "met subject/predicate/object",
        "field": "ontbrekend of leeg veld {name!r}",
        "date": "{name} {value!r} is geen ISO-datum (JJJJ[-MM[-DD]])",
        "label": "een label moet niet-lege tekst zijn",
        "merge_self": "kan een entiteit niet met zichzelf samenvoegen",
        "turtle": "geen geldige Turtle ({reason})",
        "turtle_triple": "triple {triple} wordt niet begrepen: alleen entiteiten (rdf:type, labels), skos:altLabel, "
                         "kernrelaties en owl:sameAs (samenvoegen); hasRole en onderdrukken alleen in YAML",
        "unreadable": "onleesbaar ({reason})",
        # warnings
        "w_missing_entity": "{source}: entiteit {iri} staat niet in de graaf; feit overgeslagen",
        "w_missing_alias": "{source}: entiteit {iri} staat niet in de graaf; alias overgeslagen",
        "w_missing_merge": "{source}: samen te voegen entiteit {iri} staat niet in de graaf; overgeslagen",
        "w_did_you_mean": " (bedoelt u {iri}, {label}?)",
        "w_nothing": "{source}: niets te onderdrukken voor {fact}",
        "w_exists": "{source}: entiteit {iri} bestaat al; alleen de namen zijn als alias toegevoegd",
    },
    "en": {
        "yaml": "not valid YAML ({reason})",
        "top": "expected a mapping with {sections}",
        "section": "unknown section {name!r}; choose from {sections}",
        "list": "section {name!r} must be a list",
        "mapping": "section {name!r} must be a mapping (key: value)",
        "ref": "{value!r} is not an entity: use kind/key (such as person/jan-jansen) or a full IRI",
        "type": "unknown type {value!r}; choose from {types}",
        "predicate": "unknown predicate {value!r}; choose from {predicates}",
        "role": "hasRole needs a role (fourth value or role:)",
        "fact": "a fact is [subject, predicate, object] or [subject, hasRole, object, role] or a mapping "
                "with subject/predicate/object",
        "field": "missing or empty field {name!r}",
        "date": "{name} {value!r} is not an ISO date (YYYY[-MM[-DD]])",
        "label": "a label must be non-empty text",
        "merge_self": "cannot merge an entity into itself",
        "turtle": "not valid Turtle ({reason})",
        "turtle_triple": "triple {triple} is not understood: only entities (rdf:type, labels), skos:altLabel, "
                         "core relations and owl:sameAs (merge); hasRole and suppression only in YAML",
        "unreadable": "unreadable ({reason})",
        "w_missing_entity": "{source}: entity {iri} is not in the graph; fact skipped",
        "w_missing_alias": "{source}: entity {iri} is not in the graph; alias skipped",
        "w_missing_merge": "{source}: entity to merge {iri} is not in the graph; skipped",
        "w_did_you_mean": " (did you mean {iri}, {label}?)",
        "w_nothing": "{source}: nothing to suppress for {fact}",
        "w_exists": "{source}: entity {iri} already exists; only its names were added as aliases",
    },
}


def _text(key: str, **values) -> str:
    return TEXTS.get(get_language(), TEXTS["nl"])[key].format(**values)


class CurationError(InputError):
    """A curation file is malformed; the message names the file and line."""

    def __init__(self, source: str, key: str, **values):
        super().__init__(f"{source}: {_text(key, **values)}")
        self.source = source


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class CuratedEntity:
    iri: URIRef
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Alias:
    iri: URIRef
    label: str
    source: str = ""


@dataclass(frozen=True)
class CuratedFact:
    subject: URIRef
    predicate: str
    object: URIRef
    role: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    past: bool = False
    note: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Merge:
    """Merge entity ``old`` into ``into`` (``old`` disappears, ``into owl:sameAs old`` stays)."""

    old: URIRef
    into: URIRef
    source: str = ""


@dataclass(frozen=True)
class Suppression:
    """Remove an extracted fact (optionally only from one ``document``, only with ``role``)."""

    subject: URIRef
    predicate: str
    object: URIRef
    document: str | None = None
    role: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Curation:
    entities: tuple[CuratedEntity, ...] = ()
    aliases: tuple[Alias, ...] = ()
    facts: tuple[CuratedFact, ...] = ()
    merges: tuple[Merge, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    files: tuple[str, ...] = ()

    def __add__(self, other: "Curation") -> "Curation":
        return Curation(*(getattr(self, f) + getattr(other, f)
                          for f in ("entities", "aliases", "facts", "merges", "suppressions", "files")))

    def __len__(self) -> int:
        return len(self.entities) + len(self.aliases) + len(self.facts) + len(self.merges) + len(self.suppressions)


@dataclass(frozen=True)
class CurationReport:
    """What :func:`apply_curation` changed; ``warnings`` are one-line messages for the build summary."""

    entities_added: int = 0
    aliases_added: int = 0
    facts_added: int = 0
    merged: int = 0
    suppressed: int = 0
    triples_removed: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)
    merges: tuple[tuple[str, str], ...] = ()  # (IRI merged away, IRI it went into) of each merge that happened
    suppressed_by: tuple[tuple[str, int], ...] = ()  # (relation, evidence nodes removed) of the suppressions
    suppressed_evidence: frozenset = frozenset()  # the IRIs of the evidence nodes the suppressions removed

    def counts(self) -> dict[str, int]:
        """What was done, for a build's summary: the counts that are not zero.

        >>> CurationReport(facts_added=1, merged=2).counts()
        {'facts_added': 1, 'merged': 2}
        """
        done = {"entities_added": self.entities_added, "aliases_added": self.aliases_added,
                "facts_added": self.facts_added, "merged": self.merged, "suppressed": self.suppressed}
        return {name: count for name, count in done.items() if count}


# ---------------------------------------------------------------------------------------------
# Loading


def load_curation(directory: Path | str) -> Curation:
    """Read every curation file directly in ``directory`` (sorted by name); a missing folder is empty."""
    directory = Path(directory)
    curation = Curation()
    if not directory.is_dir():
        return curation
    for path in sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES):
        curation = curation + load_file(path)
    return curation


def load_file(path: Path) -> Curation:
    """One curation file (YAML or Turtle, by suffix)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CurationError(str(path), "unreadable", reason=error) from None
    if path.suffix.lower() == ".ttl":
        return parse_turtle_text(text, str(path), name=path.name)
    return parse_yaml_text(text, str(path), name=path.name)


def _plain(node):
    """A composed YAML node as plain Python, keeping dates and times as text."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        tag = node.tag.rsplit(":", 1)[-1]
        if tag == "null":
            return None
        if tag == "bool":
            return node.value.lower() in ("true", "yes", "on", "y")
        if tag == "int":
            try:
                return int(node.value)
            except ValueError:
                return node.value
        if tag == "float":
            try:
                return float(node.value)
            except ValueError:
                return node.value
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    return {str(_plain(key)): _plain(value) for key, value in node.value}


def parse_yaml_text(text: str, where: str, *, name: str | None = None) -> Curation:
    """Parse YAML curation ``text``; ``where`` (a path) names it in errors, ``name`` in provenance."""
    import yaml

    name = name or Path(where).name
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        reason = str(getattr(error, "problem", None) or error).strip()
        raise CurationError(f"{where}{line}", "yaml", reason=reason) from None
    if root is None:
        return Curation(files=(where,))
    if not isinstance(root, yaml.MappingNode):
        raise CurationError(f"{where}:{root.start_mark.line + 1}", "top", sections=", ".join(_SECTIONS))
    parser = _YamlCuration(where, name)
    for key_node, value_node in root.value:
        parser.section(str(key_node.value), value_node, key_node.start_mark.line + 1)
    return parser.result()


class _YamlCuration:
    def __init__(self, where: str, name: str):
        self.where, self.name = where, name
        self.entities, self.aliases, self.facts, self.merges, self.suppressions = [], [], [], [], []

    def result(self) -> Curation:
        return Curation(tuple(self.entities), tuple(self.aliases), tuple(self.facts), tuple(self.merges),
                        tuple(self.suppressions), (self.where,))

    def at(self, line: int) -> str:
        return f"{self.where}:{line}"

    def section(self, name: str, node, line: int) -> None:
        import yaml

        if name not in _SECTIONS:
            raise CurationError(self.at(line), "section", name=name, sections=", ".join(_SECTIONS))
        if node.tag.endswith(":null"):
            return
        if name in ("entities", "aliases"):
            if not isinstance(node, yaml.MappingNode):
                raise CurationError(self.at(line), "mapping", name=name)
            for key_node, value_node in node.value:
                handler = self.entity if name == "entities" else self.alias
                handler(key_node, value_node, key_node.start_mark.line + 1)
            return
        if not isinstance(node, yaml.SequenceNode):
            raise CurationError(self.at(line), "list", name=name)
        for item in node.value:
            item_line = item.start_mark.line + 1
            {"facts": self.fact, "merge": self.merge, "suppress": self.suppress}[name](_plain(item), item_line)

    def iri(self, value, line: int) -> URIRef:
        return _reference(value, self.at(line))

    def provenance(self, line: int) -> str:
        return f"{self.name}:{line}"

    def entity(self, key_node, value_node, line: int) -> None:
        iri = self.iri(key_node.value, line)
        value = _plain(value_node)
        if not isinstance(value, dict):
            raise CurationError(self.at(line), "field", name="type")
        type_name = value.get("type")
        if type_name not in ENTITY_TYPES or type_name == "Document":
            raise CurationError(self.at(line), "type", value=type_name,
                                types=", ".join(t for t in ENTITY_TYPES if t != "Document"))
        label = _label(value.get("label"), self.at(line))
        aliases = tuple(_label(a, self.at(line)) for a in _as_list(value.get("aliases")))
        kind = value.get("kind")
        self.entities.append(CuratedEntity(iri, type_name, label, aliases, str(kind) if kind else None,
                                           self.provenance(line)))

    def alias(self, key_node, value_node, line: int) -> None:
        iri = self.iri(key_node.value, line)
        for label in _as_list(_plain(value_node)):
            self.aliases.append(Alias(iri, _label(label, self.at(line)), self.provenance(line)))

    def _triple(self, item, line: int, predicates) -> dict:
        if isinstance(item, list) and len(item) in (3, 4):
            fields = dict(zip(("subject", "predicate", "object", "role"), item))
        elif isinstance(item, dict):
            fields = dict(item)
        else:
            raise CurationError(self.at(line), "fact")
        for required in ("subject", "predicate", "object"):
            if not fields.get(required):
                raise CurationError(self.at(line), "field", name=required)
        if fields["predicate"] not in predicates:
            raise CurationError(self.at(line), "predicate", value=fields["predicate"], predicates=", ".join(predicates))
        fields["subject"] = self.iri(fields["subject"], line)
        fields["object"] = self.iri(fields["object"], line)
        for key in ("valid_from", "valid_until"):
            if fields.get(key) is not None and not _DATE.match(str(fields[key])):
                raise CurationError(self.at(line), "date", name=key, value=fields[key])
        return fields

    def fact(self, item, line: int) -> None:
        fields = self._triple(item, line, FACT_PREDICATES)
        role = fields.get("role")
        if fields["predicate"] == "hasRole" and not role:
            raise CurationError(self.at(line), "role")
        self.facts.append(CuratedFact(
            fields["subject"], fields["predicate"], fields["object"], str(role) if role else None,
            _text_or_none(fields.get("valid_from")), _text_or_none(fields.get("valid_until")),
            bool(fields.get("past", False)), _text_or_none(fields.get("note")), self.provenance(line)))

    def merge(self, item, line: int) -> None:
        if isinstance(item, list) and len(item) == 2:
            old, into = item
        elif isinstance(item, dict):
            old, into = item.get("from"), item.get("into")
        else:
            raise CurationError(self.at(line), "field", name="from/into")
        if not old or not into:
            raise CurationError(self.at(line), "field", name="from" if not old else "into")
        old, into = self.iri(old, line), self.iri(into, line)
        if old == into:
            raise CurationError(self.at(line), "merge_self")
        self.merges.append(Merge(old, into, self.provenance(line)))

    def suppress(self, item, line: int) -> None:
        fields = self._triple(item, line, SUPPRESSIBLE)
        role = fields.get("role")
        self.suppressions.append(Suppression(fields["subject"], fields["predicate"], fields["object"],
                                             _text_or_none(fields.get("document")), str(role) if role else None,
                                             self.provenance(line)))


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text_or_none(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _label(value, where: str) -> str:
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise CurationError(where, "label")
    return str(value).strip()


def _reference(value, where: str) -> URIRef:
    """``kind/key`` (minted as the build would) or a full g40id IRI."""
    text = str(value).strip() if value is not None else ""
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    kind, _, key = text.partition("/")
    if kind not in KINDS or not key or kind in ("evidence", "membership", "curated"):
        raise CurationError(where, "ref", value=value)
    return mint(kind, key)


def parse_turtle_text(text: str, where: str, *, name: str | None = None) -> Curation:
    """Turtle curation: entity declarations, ``skos:altLabel``, core-relation facts, ``owl:sameAs`` merges."""
    name = name or Path(where).name
    graph = Graph()
    try:
        graph.parse(data=text, format="turtle")
    except Exception as error:  # noqa: BLE001  rdflib raises many parser error types
        match = re.search(r"line (\d+)", str(error))
        line = f":{match.group(1)}" if match else ""
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise CurationError(f"{where}{line}", "turtle", reason=reason) from None
    lines = text.splitlines()

    def line_of(node) -> int:
        needle = str(node).rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return next((n for n, line in enumerate(lines, 1) if needle and needle in line), 1)

    types = {str(t)[len(str(G40)):]: t for t in (G40[n] for n in ENTITY_TYPES if n != "Document")}
    declared = {s: str(o)[len(str(G40)):] for s, o in graph.subject_objects(RDF.type) if str(o)[len(str(G40)):] in types}
    core = {G40[p]: p for p in FACT_PREDICATES if p != "hasRole"}
    entities, aliases, facts, merges = [], [], [], []
    for subject, type_name in sorted(declared.items()):
        line = line_of(subject)
        labels = [str(o) for p in (SKOS.prefLabel, RDFS.label) for o in graph.objects(subject, p)]
        label = _label(labels[0] if labels else None, f"{where}:{line}")
        alts = tuple(sorted(str(o) for o in graph.objects(subject, SKOS.altLabel)))
        kind = graph.value(subject, _SUBTYPE.get(type_name, G40.unitKind))
        entities.append(CuratedEntity(subject, type_name, label, alts, str(kind) if kind else None, f"{name}:{line}"))
    for s, p, o in sorted(graph):
        line = line_of(s)
        if s in declared and (p in (RDF.type, SKOS.prefLabel, RDFS.label, SKOS.altLabel) or p in _SUBTYPE.values()):
            continue
        if p == SKOS.altLabel and isinstance(o, Literal):
            aliases.append(Alias(s, _label(str(o), f"{where}:{line}"), f"{name}:{line}"))
        elif p in core and isinstance(o, URIRef):
            facts.append(CuratedFact(s, core[p], o, source=f"{name}:{line}"))
        elif p == OWL.sameAs and isinstance(o, URIRef) and str(s).startswith(str(G40ID)) and str(o).startswith(str(G40ID)):
            merges.append(Merge(s, o, f"{name}:{line}"))
        else:
            raise CurationError(f"{where}:{line}", "turtle_triple", triple=f"<{s}> <{p}> {o.n3()}")
    return Curation(tuple(entities), tuple(aliases), tuple(facts), tuple(merges), (), (where,))


def parse_turtle_file(path: Path) -> Curation:
    return load_file(Path(path))


# ---------------------------------------------------------------------------------------------
# Applying


def apply_curation(dataset: Dataset, curation: Curation) -> CurationReport:
    """Apply ``curation`` to ``dataset`` in place (merge, suppress, entities, aliases, facts)."""
    warnings: list[str] = []
    curated = _graph(dataset, CURATED_GRAPH)
    merged_into: dict[URIRef, URIRef] = {}
    removed = merged = 0
    merges: list[tuple[str, str]] = []
    for merge in curation.merges:
        into = merged_into.get(merge.into, merge.into)
        gone = _merge(dataset, curated, merge.old, into, merge.source, warnings)
        removed, merged = removed + gone, merged + bool(gone)
        merged_into[merge.old] = into
        if gone:
            merges.append((str(merge.old), str(into)))

    def resolve(iri: URIRef) -> URIRef:
        return merged_into.get(iri, iri)

    suppressed = 0
    suppressed_by: dict[str, int] = {}
    dropped: list[str] = []
    for suppression in curation.suppressions:
        count, gone = _suppress(dataset, suppression, resolve(suppression.subject), resolve(suppression.object),
                                dropped)
        if count == 0:
            warnings.append(_text("w_nothing", source=suppression.source,
                                  fact=f"{entity_key(suppression.subject)} {suppression.predicate} {entity_key(suppression.object)}"))
        suppressed += count
        removed += gone
        if count:
            suppressed_by[suppression.predicate] = suppressed_by.get(suppression.predicate, 0) + count

    entities_added = 0
    for entity in curation.entities:
        iri = resolve(entity.iri)
        if _typed(dataset, iri):
            names = [entity.label, *entity.aliases]
            existing = {str(o) for o in _objects(dataset, iri, SKOS.prefLabel)}
            for label in names:
                if label not in existing:
                    curated.add((iri, SKOS.altLabel, Literal(label)))
            warnings.append(_text("w_exists", source=entity.source, iri=entity_key(iri)))
            continue
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
        if missing is not None:
            warnings.append(_text("w_missing_entity", source=fact.source, iri=_missing(dataset, missing)))
            continue
        stem = slugify(fact.source.rsplit(":", 1)[0])  # file name: voorbeeld.yaml -> voorbeeld-yaml
        counters[stem] = counters.get(stem, 0) + 1
        _write_fact(curated, fact, subject, obj, stem, counters[stem])
        facts_added += 1
    warnings = [_as_given(message, curation.files) for message in warnings]
    for message in warnings:  # the build summary shows them; the log only with -v
        log.info(message)
    return CurationReport(entities_added, aliases_added, facts_added, merged, suppressed, removed,
                          tuple(warnings), tuple(merges), tuple(sorted(suppressed_by.items())), frozenset(dropped))


def _as_given(warning: str, files: tuple[str, ...]) -> str:
    """A warning that starts with a curation file's name ("fixes.yaml:4: …", as the evidence cites
    it) names the file as the user gave it, as errors do ("correcties/fixes.yaml:4: …").

    >>> _as_given("fixes.yaml:4: niets te onderdrukken", ("correcties/fixes.yaml",))
    'correcties/fixes.yaml:4: niets te onderdrukken'
    """
    name, colon, rest = warning.partition(":")
    by_name = {Path(path).name: path for path in files}
    return by_name[name] + colon + rest if colon and name in by_name else warning


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


def _suppress(dataset: Dataset, suppression: Suppression, subject: URIRef, obj: URIRef,
              dropped: list[str]) -> tuple[int, int]:
    """Remove the fact's evidence nodes, and its direct triple once no evidence for it is left;
    returns (evidence nodes, triples removed) and adds the evidence nodes' IRIs to ``dropped``."""
    predicate = G40[suppression.predicate]
    ends = [(subject, obj)]
    if suppression.predicate == "collaboratesWith":
        ends.append((obj, subject))
    document = mint("document", suppression.document) if suppression.document else None
    count = removed = 0
    for s, o in ends:
        for evidence in {q[0] for q in _quads(dataset, (None, RDF.subject, s))}:
            if not _has(dataset, (evidence, RDF.predicate, predicate)) or not _has(dataset, (evidence, RDF.object, o)):
                continue
            if document is not None and not _has(dataset, (evidence, PROV.wasDerivedFrom, document)):
                continue
            if suppression.role and not _has(dataset, (evidence, G40.roleLabel, Literal(suppression.role))):
                continue
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
