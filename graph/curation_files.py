"""Reading curation files: YAML (``*.yaml``, ``*.yml``) or Turtle (``*.ttl``) into a :class:`Curation`.

The format is documented in ``data/curated/README.en.md``; a malformed file is a one-line
:class:`CurationError` naming the file and line.

Examples
--------
>>> curation = parse_yaml_text("aliases:\\n  person/jan-voorbeeld: [Jan V.]\\n", "voorbeeld.yaml")
>>> [(str(a.iri).rsplit("/", 1)[-1], a.label, a.source) for a in curation.aliases]
[('jan-voorbeeld', 'Jan V.', 'voorbeeld.yaml:2')]
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .curation_records import (SUBTYPE_PREDICATES, Alias, CuratedEntity, CuratedFact, Curation, CurationError, CurationErrors,
                               Distinct, Erasure, Merge, NotEntity, SplitRule, Suppression)
from .ministry_namesakes import ministry_place_key
from .vocab import CORE_PREDICATES, ENTITY_TYPES, G40, G40ID, KINDS, mint, slugify

__all__ = ["SUFFIXES", "FACT_PREDICATES", "SUPPRESSIBLE", "load_curation", "load_file", "parse_yaml_text",
           "parse_turtle_text", "parse_turtle_file", "erasure_rule", "add_erasure"]

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml", ".ttl")
FACT_PREDICATES = tuple(CORE_PREDICATES)
SUPPRESSIBLE = (*CORE_PREDICATES, "mentions")
_SECTIONS = ("entities", "aliases", "facts", "merge", "split", "suppress", "distinct")
#: the fields of a rule written as a mapping, by section; any other field is an error (a typo such as
#: ``valid_form`` would otherwise be dropped without a word)
FIELDS = {
    "entities": ("type", "label", "aliases", "kind", "rename"),
    "facts": ("subject", "predicate", "object", "role", "valid_from", "valid_until", "past", "note", "reason",
              "portfolio"),
    "merge": ("from", "into", "reason"),
    "split": ("entity", "where", "as", "reason"),
    "suppress": ("subject", "predicate", "object", "role", "document", "quote", "reason", "private"),
    "distinct": ("entities", "reason"),
}
#: who made a rule and when (walkthrough 17, finding 19): optional on a rule of every section
SIGNATURE = ("by", "date")
FIELDS = {section: (*fields, *SIGNATURE) for section, fields in FIELDS.items()}
#: Dutch words a curator may write for a field
_DUTCH_FIELDS = {"reden": ("reason", "note"), "toelichting": ("note", "reason"), "notitie": ("note", "reason"),
                 "opmerking": ("note", "reason"), "rol": ("role",), "portefeuille": ("portfolio",), "van": ("from",), "naar": ("into",),
                 "in": ("into",), "onderwerp": ("subject",), "predicaat": ("predicate",), "citaat": ("quote",),
                 "zin": ("quote",), "naam": ("label",), "soort": ("type", "kind"), "entiteiten": ("entities",),
                 "geldig_vanaf": ("valid_from",), "geldig_tot": ("valid_until",), "vanaf": ("valid_from",),
                 "tot": ("valid_until",), "vroeger": ("past",), "prive": ("private",), "privé": ("private",),
                 "vertrouwelijk": ("private",)}
_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")


def _given_date(value, where: str, key: str) -> str:
    """A rule's date as ISO (a year, month or day), read as ``--as-of`` reads one ("20-11-2026", "20 november
    2026": :func:`graph.docdate.human_date`; walkthrough 21, finding 10); :class:`CurationError` for anything else.

    >>> _given_date("20-11-2026", "a.yaml:2", "valid_from"), _given_date(2026, "a.yaml:2", "valid_from")
    ('2026-11-20', '2026')
    >>> _given_date("31-02-2026", "a.yaml:2", "valid_from")
    Traceback (most recent call last):
    graph.curation_records.CurationError: a.yaml:2: valid_from '31-02-2026' is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)
    """
    from .docdate import typed_date

    text = " ".join(str(value).split())
    iso = typed_date(text) or text
    if not _DATE.match(iso):
        raise CurationError(where, "date", name=key, value=value)
    try:
        date.fromisoformat((iso + "-01-01")[:10] if len(iso) < 10 else iso)
    except ValueError:
        raise CurationError(where, "date", name=key, value=value) from None
    return iso


def _ends_before_start(start, end) -> bool:
    """Whether a period from ``start`` until ``end`` (ISO dates, a year or month standing for all
    of it) ends before it starts.

    >>> _ends_before_start("2026-03-01", "2026-01-01"), _ends_before_start("2026-03-01", "2026-03")
    (True, False)
    >>> _ends_before_start("2026", "2026-01-15"), _ends_before_start(None, "2020")
    (False, False)
    """
    if start is None or end is None:
        return False
    start, end = str(start), str(end)
    shared = min(len(start), len(end))
    return start[:shared] > end[:shared]


def _yes(value) -> bool:
    """A YAML yes: true, "ja", "yes", "true" (a rule's ``private:``).

    >>> _yes(True), _yes("ja"), _yes(None), _yes("nee")
    (True, True, False, False)
    """
    return value is True or str(value).strip().lower() in ("ja", "yes", "true", "waar")


def load_curation(directory: Path | str) -> Curation:
    """Read every curation file directly in ``directory`` (sorted by name); a missing folder is
    empty. Every error of every file is one :class:`CurationErrors` (each rule with an error is left
    out, the rest of its file still read), so one run names them all."""
    directory = Path(directory)
    curation = Curation()
    if not directory.is_dir():
        return curation
    errors: list[CurationError] = []
    for path in sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES):
        try:
            curation = curation + load_file(path)
        except CurationError as error:
            errors.append(error)
    if errors:
        raise CurationErrors(errors)
    check_conflicts(curation)
    return curation


def check_conflicts(curation: Curation) -> None:
    """A one-line :class:`CurationError` naming both rules (file:line) when two rules contradict
    each other: merges in a ring (A into B, B into A), one entity merged into two others, a merge
    into or of an entity a rule removes (``suppress: {entity: …}``), a merge of two entities that
    ``distinct:`` keeps apart, a merge of two municipalities or ministries of the register
    (:mod:`graph.register_merges`). Checked before the build, so none of them reaches the graph.

    >>> a, b, c = (mint("person", k) for k in "abc")
    >>> check_conflicts(Curation(merges=(Merge(a, b, "x.yaml:2"), Merge(a, c, "y.yaml:5")), files=("k/x.yaml", "k/y.yaml")))
    Traceback (most recent call last):
    ...
    graph.curation_records.CurationError: k/y.yaml:5: person/a wordt ook samengevoegd in person/b (k/x.yaml:2); een entiteit gaat in één andere op: kies één
    """
    from .curation_records import as_given

    def where(source: str) -> str:
        return as_given(source, curation.files)

    def key(iri) -> str:
        from .curation_names import written_name

        text = str(iri)
        if written_name(iri) is not None:  # a name the build has not looked up yet ("Jan Jansen")
            return written_name(iri)
        return text[len(str(G40ID)):] if text.startswith(str(G40ID)) else text

    into: dict[URIRef, Merge] = {}
    for merge in curation.merges:
        earlier = into.get(merge.old)
        if earlier is not None and earlier.into != merge.into:
            raise CurationError(where(merge.source), "conflict_two_targets", old=key(merge.old),
                                other=key(earlier.into), rule=where(earlier.source))
        into.setdefault(merge.old, merge)
    for merge in curation.merges:  # a ring: following the merges leads back to where it began
        ring, at = [merge], merge.into
        while at in into and len(ring) <= len(into):
            ring.append(into[at])
            at = into[at].into
            if at == merge.old:
                raise CurationError(where(merge.source), "conflict_ring",
                                    ring=" → ".join(key(m.old) for m in ring) + f" → {key(merge.old)}",
                                    rules=", ".join(where(m.source) for m in ring[1:]))
    erased = {erasure.iri: erasure for erasure in curation.erasures}
    for merge in curation.merges:
        for iri, name in ((merge.old, "conflict_erased_from"), (merge.into, "conflict_erased_into")):
            if iri in erased:
                raise CurationError(where(merge.source), name, iri=key(iri), rule=where(erased[iri].source))
    apart = {frozenset((d.one, d.other)): d for d in curation.distinct}
    for merge in curation.merges:
        rule = apart.get(frozenset((merge.old, merge.into)))
        if rule is not None:
            raise CurationError(where(merge.source), "conflict_distinct", old=key(merge.old), into=key(merge.into),
                                rule=where(rule.source))
    from .register_merges import check_register_merges

    check_register_merges(curation, where)  # "Hellevoetsluis into Voorne aan Zee": the register's (walkthrough 36)


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
        parser.collecting(parser.section, str(key_node.value), value_node, key_node.start_mark.line + 1)
    if parser.errors:
        raise CurationErrors(parser.errors)
    return parser.result()


class _YamlCuration:
    def __init__(self, where: str, name: str):
        self.where, self.name = where, name
        self.entities, self.aliases, self.facts, self.merges, self.suppressions = [], [], [], [], []
        self.erasures: list[Erasure] = []
        self.not_entities: list[NotEntity] = []
        self.distincts: list[Distinct] = []
        self.splits: list[SplitRule] = []
        self.signed: list[tuple[str, str | None, str | None]] = []
        self.errors: list[CurationError] = []

    def collecting(self, handler, *args) -> None:
        """``handler(*args)``, its :class:`CurationError` kept in :attr:`errors` (the next rule is still read)."""
        try:
            handler(*args)
        except CurationError as error:
            self.errors.append(error)

    def result(self) -> Curation:
        return Curation(tuple(self.entities), tuple(self.aliases), tuple(self.facts), tuple(self.merges),
                        tuple(self.suppressions), (self.where,), tuple(self.erasures), tuple(self.distincts),
                        tuple(self.splits), tuple(self.signed), not_entities=tuple(self.not_entities))

    def sign(self, item: dict, line: int) -> None:
        """Keep a rule's ``by:`` (who) and ``date:`` (when, an ISO day) under its "file:line"."""
        by, day = _text_or_none(item.get("by")), _text_or_none(item.get("date"))
        if day is not None:
            day = _given_date(day, self.at(line), "date")
            if len(day) != 10:  # a signature is a day
                raise CurationError(self.at(line), "date", name="date", value=item["date"])
        if by is not None or day is not None:
            self.signed.append((self.provenance(line), by, day))

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
                self.collecting(handler, key_node, value_node, key_node.start_mark.line + 1)
            return
        if not isinstance(node, yaml.SequenceNode):
            raise CurationError(self.at(line), "list", name=name)
        for item in node.value:
            self.collecting(self.rule, name, item)

    def rule(self, name: str, item) -> None:
        """One item of the list section ``name``."""
        item_line = item.start_mark.line + 1
        value = _plain(item)
        if isinstance(value, dict) and not (name == "suppress" and ("entity" in value or "not_entity" in value)):
            # erase() and not_entity() check their own
            check_fields(value, name, self.at(item_line), self.field_lines(item))
        if isinstance(value, dict):
            self.sign(value, item_line)
        {"facts": self.fact, "merge": self.merge, "suppress": self.suppress, "split": self.split,
         "distinct": self.distinct}[name](value, item_line)

    def field_lines(self, node) -> dict[str, str]:
        """Each field of a mapping node → "file:line" of its key (an error names the field's own line)."""
        import yaml

        if not isinstance(node, yaml.MappingNode):
            return {}
        return {str(key.value): self.at(key.start_mark.line + 1) for key, _value in node.value}

    def iri(self, value, line: int) -> URIRef:
        return _reference(value, self.at(line))

    def provenance(self, line: int) -> str:
        return f"{self.name}:{line}"

    def entity(self, key_node, value_node, line: int) -> None:
        iri = self.iri(key_node.value, line)
        value = _plain(value_node)
        if not isinstance(value, dict):
            raise CurationError(self.at(line), "field", name="type")
        check_fields(value, "entities", self.at(line), self.field_lines(value_node))
        self.sign(value, line)
        type_name = value.get("type")
        if type_name not in ENTITY_TYPES or type_name == "Document":
            raise CurationError(self.at(line), "type", value=type_name,
                                types=", ".join(t for t in ENTITY_TYPES if t != "Document"))
        label = _label(value.get("label"), self.at(line))
        aliases = tuple(_label(a, self.at(line)) for a in _as_list(value.get("aliases")))
        kind = value.get("kind")
        self.entities.append(CuratedEntity(iri, type_name, label, aliases, str(kind) if kind else None,
                                           self.provenance(line), rename=value.get("rename") is True))

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
                if predicates is SUPPRESSIBLE and fields.get("subject") and len(fields) == 1:  # {subject: person/x}
                    raise CurationError(self.at(line), "field_entity", name=required, value=fields["subject"])
                raise CurationError(self.at(line), "field", name=required)
        if fields["predicate"] not in predicates:
            raise CurationError(self.at(line), "predicate", value=fields["predicate"], predicates=", ".join(predicates),
                                hint=_predicate_hint(fields["predicate"], predicates))
        fields["subject"] = self.iri(fields["subject"], line)
        fields["object"] = self.iri(fields["object"], line)
        for key in ("valid_from", "valid_until"):
            if fields.get(key) is not None:
                fields[key] = _given_date(fields[key], self.at(line), key)
        if _ends_before_start(fields.get("valid_from"), fields.get("valid_until")):
            raise CurationError(self.at(line), "date_order", start=fields["valid_from"], end=fields["valid_until"])
        return fields

    def fact(self, item, line: int) -> None:
        fields = self._triple(item, line, FACT_PREDICATES)
        role = fields.get("role")
        if fields["predicate"] == "hasRole" and not role:
            raise CurationError(self.at(line), "role")
        if fields.get("note") is not None and fields.get("reason") is not None:  # one field, two names
            raise CurationError(self.at(line), "note_and_reason")
        portfolio = _text_or_none(fields.get("portfolio"))
        if portfolio is not None and fields["predicate"] != "hasRole":
            raise CurationError(self.at(line), "portfolio_role")
        self.facts.append(CuratedFact(
            fields["subject"], fields["predicate"], fields["object"], str(role) if role else None,
            _text_or_none(fields.get("valid_from")), _text_or_none(fields.get("valid_until")),
            bool(fields.get("past", False)), _text_or_none(fields.get("note", fields.get("reason"))),
            self.provenance(line), portfolio=" ".join(portfolio.split()) if portfolio else None))

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
        reason = _text_or_none(item.get("reason")) if isinstance(item, dict) else None
        self.merges.append(Merge(old, into, self.provenance(line), reason))

    def distinct(self, item, line: int) -> None:
        """``[a, b]`` or ``{entities: [a, b], reason: …}``: two entities that are not one (see :class:`Distinct`)."""
        pair = item.get("entities") if isinstance(item, dict) else item
        if not isinstance(pair, list) or len(pair) != 2 or not all(pair):
            raise CurationError(self.at(line), "distinct")
        one, other = (self.iri(value, line) for value in pair)
        if one == other:
            raise CurationError(self.at(line), "distinct")
        reason = _text_or_none(item.get("reason")) if isinstance(item, dict) else None
        self.distincts.append(Distinct(one, other, reason, self.provenance(line)))

    def split(self, item, line: int) -> None:
        """``{entity: person/x, where: {municipality: Helmond}, {ministry: IenW} or {document: id}, as: person/y,
        reason: …}``."""
        if not isinstance(item, dict):
            raise CurationError(self.at(line), "field", name="entity")
        for required in ("entity", "where", "as"):  # its other fields: check_fields (FIELDS["split"])
            if not item.get(required):
                raise CurationError(self.at(line), "field", name=required)
        iri, into = self.iri(item["entity"], line), self.iri(item["as"], line)
        person = str(mint("person", "x"))[:-1]
        if not str(iri).startswith(person):
            raise CurationError(self.at(line), "split_person", value=item["entity"])
        if not str(into).startswith(person):  # "as: Jan de Vries (IenW)": a name, where a new key is wanted
            raise CurationError(self.at(line), "split_as", value=item["as"],
                                suggested=f"person/{slugify(str(item['as']).removeprefix('person/'))}")
        if iri == into:
            raise CurationError(self.at(line), "merge_self")
        where = item["where"]
        if not isinstance(where, dict) or len(where) != 1:
            raise CurationError(self.at(line), "split_where")
        (condition, value), = where.items()
        if condition not in ("municipality", "ministry", "document"):
            raise CurationError(self.at(line), "split_condition", name=condition)
        if not _text_or_none(value):
            raise CurationError(self.at(line), "field", name=condition)
        value = str(value).strip()
        if condition == "municipality":
            value = _municipality_key(value)
            if value is None:
                raise CurationError(self.at(line), "split_municipality", value=str(item["where"][condition]))
        if condition == "ministry":
            value = ministry_place_key(value)
            if value is None:
                raise CurationError(self.at(line), "split_ministry", value=str(item["where"][condition]))
        self.splits.append(SplitRule(iri, into, **{condition: value}, reason=_text_or_none(item.get("reason")),
                                     source=self.provenance(line)))

    def suppress(self, item, line: int) -> None:
        if isinstance(item, dict) and "entity" in item:
            self.erase(item, line)
            return
        if isinstance(item, dict) and "not_entity" in item:
            self.not_entity(item, line)
            return
        fields = self._triple(item, line, SUPPRESSIBLE)
        role = fields.get("role")
        self.suppressions.append(Suppression(fields["subject"], fields["predicate"], fields["object"],
                                             _text_or_none(fields.get("document")), str(role) if role else None,
                                             self.provenance(line), quote=_text_or_none(fields.get("quote")),
                                             reason=_text_or_none(fields.get("reason")),
                                             private=_yes(fields.get("private"))))


    def erase(self, item: dict, line: int) -> None:
        """``{entity: person/x, reason: …}``: remove the entity entirely (see :class:`Erasure`)."""
        iri = self.whole_entity(item, "entity", "erase_keys", line)
        self.erasures.append(Erasure(iri, _text_or_none(item.get("reason")), self.provenance(line)))

    def whole_entity(self, item: dict, name: str, keys_message: str, line: int) -> URIRef:
        """The entity that the field ``name`` of a rule about a whole entity names (``entity:``,
        ``not_entity:``): the rule has no other fields but ``reason`` and its signature (else
        ``keys_message``), and it is no document or role."""
        other = sorted(set(item) - {name, "reason", *SIGNATURE})
        if other:
            raise CurationError(self.at(line), keys_message, keys=", ".join(other))
        if not item.get(name):
            raise CurationError(self.at(line), "field", name=name)
        iri = self.iri(item[name], line)
        if str(iri).startswith(str(mint("document", "x"))[:-1]) or str(iri).startswith(str(mint("role", "x"))[:-1]):
            raise CurationError(self.at(line), "erase_kind", value=item[name])
        return iri


    def not_entity(self, item: dict, line: int) -> None:
        """``{not_entity: Periode Ambtelijk, reason: …}``: the extraction took it for an entity wrongly
        (see :class:`NotEntity`)."""
        iri = self.whole_entity(item, "not_entity", "not_entity_keys", line)
        self.not_entities.append(NotEntity(iri, _text_or_none(item.get("reason")), self.provenance(line)))


def check_fields(item: dict, section: str, where: str, lines: dict[str, str] | None = None) -> None:
    """A one-line :class:`CurationError` naming the first field of ``item`` that ``section``'s rules
    do not know, with the field meant where one is near ("valid_form": valid_from; "reden": reason);
    ``lines``: each field's own "file:line", else ``where``.

    >>> check_fields({"subject": "person/a", "valid_form": "2024-09-01"}, "facts", "a.yaml:3")
    Traceback (most recent call last):
    ...
    graph.curation_records.CurationError: a.yaml:3: onbekend veld 'valid_form' (bedoelt u valid_from?); kies uit subject, predicate, object, role, valid_from, valid_until, past, note, reason, portfolio, by, date

    A field of another section says where the line belongs (walkthrough 21, finding 13: a ``suppress``
    line pasted under ``facts:`` was told "bedoelt u note?" for its ``quote``):

    >>> check_fields({"subject": "person/a", "quote": "als nieuwe voorzitter"}, "facts", "a.yaml:4")
    Traceback (most recent call last):
    ...
    graph.curation_records.CurationError: a.yaml:4: onbekend veld 'quote' (dit veld hoort onder suppress:, niet onder facts:; zet de regel daaronder); kies uit subject, predicate, object, role, valid_from, valid_until, past, note, reason, portfolio, by, date
    """
    import difflib

    known = FIELDS[section]
    for name in item:
        if name in known:
            continue
        meant = [f for f in _DUTCH_FIELDS.get(str(name).lower(), ()) if f in known]
        elsewhere = [f"{other}:" for other, fields in FIELDS.items() if other != section and name in fields]
        meant = meant or ([] if elsewhere else difflib.get_close_matches(str(name).lower(), known, n=1, cutoff=0.6))
        hint = _hint(meant[0]) if meant else _elsewhere(elsewhere, section) if elsewhere else ""
        raise CurationError((lines or {}).get(name, where), "unknown_field", name=name, fields=", ".join(known),
                            hint=hint)


def _elsewhere(sections: list[str], section: str) -> str:
    """The hint that a field belongs under ``sections`` ("suppress:"), not under ``section``."""
    from .curation_records import curation_text

    joined = ", ".join(sections[:-1]) + (f" {curation_text('or')} " if len(sections) > 1 else "") + sections[-1]
    return curation_text("field_elsewhere", sections=joined, section=section)


def _hint(field: str) -> str:
    from .curation_records import curation_text

    return curation_text("did_you_mean_field", name=field)
def _municipality_key(value: str) -> str | None:
    """The key of a municipality named by its name, an everyday name, its CBS code or its key (None: no
    municipality, current or dissolved, is named so).

    >>> _municipality_key("Helmond"), _municipality_key("GM0794"), _municipality_key("den bosch"), _municipality_key("Atlantis")
    ('municipality/gm0794', 'municipality/gm0794', 'municipality/gm0796', None)
    """
    from .gazetteer import load_gazetteer

    wanted = " ".join(value.lower().replace("’", "'").split()).removeprefix("municipality/").removeprefix("gemeente ")
    for municipality in load_gazetteer().municipality_by_code.values():
        names = (municipality.code, *municipality.names, *municipality.aliases)
        if wanted in {" ".join(n.lower().replace("’", "'").split()) for n in names}:
            return f"municipality/{municipality.code.lower()}"
    return None


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _predicate_hint(value, predicates) -> str:
    """" (bedoelt u hasRole?)" for a predicate written in other capitals or with a typo (walkthrough 28,
    finding 16: "hasrole" got only the list), compared without case; "" when none is close.

    >>> _predicate_hint("hasrole", ("hasRole", "memberOf")), _predicate_hint("xyz", ("hasRole",))
    (' (bedoelt u hasRole?)', '')
    """
    import difflib

    from .curation_records import curation_text

    by_lower = {str(p).lower(): str(p) for p in predicates}
    close = difflib.get_close_matches(str(value).lower().replace("_", ""), list(by_lower), n=1, cutoff=0.6)
    return curation_text("did_you_mean_field", name=by_lower[close[0]]) if close else ""


def _text_or_none(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _label(value, where: str) -> str:
    if not isinstance(value, (str, int, float)) or not str(value).strip():
        raise CurationError(where, "label")
    return str(value).strip()


def _reference(value, where: str) -> URIRef:
    """``kind/key`` (minted as the build would), a full g40id IRI, or a name ("BZK", "Gemeente Heerlen"):
    a stand-in that the build replaces by the entity of that name (:mod:`graph.curation_names`, round 45l).

    >>> str(_reference("municipality/gm0917", "a.yaml:2")).rsplit("/", 2)[-2:], str(_reference("BZK", "a.yaml:2"))
    (['municipality', 'gm0917'], 'urn:g40kg:name:BZK')
    """
    from .curation_names import named_reference

    text = str(value).strip() if value is not None else ""
    if text.startswith(("http://", "https://")):
        return _entity(URIRef(text), where)
    kind, _, key = text.partition("/")
    if kind in _NODES and key:
        raise CurationError(where, "node", value=text)
    if kind in KINDS and key and " " not in text:
        return mint(kind, key)
    if _KEY_LIKE.fullmatch(text) or not any(c.isalpha() for c in text):  # "persoon/jan": a key of no kind
        raise CurationError(where, "ref", value=value)
    return named_reference(text)


#: a value written as a key ("persoon/jan-jansen"), not as a name
_KEY_LIKE = re.compile(r"[A-Za-z_]+/\S+")


#: IRI kinds of the nodes that carry a fact, not of entities (their keys follow the text they come from)
_NODES = ("evidence", "membership", "curated")


def _entity(iri: URIRef, where: str) -> URIRef:
    """``iri``, unless it names evidence, a membership or a curated statement: an error naming it
    (a correction names the fact; such an IRI changes with the text, and the numbered ones of
    before 2026-12 name nothing now)."""
    if str(iri).startswith(str(G40ID)) and str(iri)[len(str(G40ID)):].partition("/")[0] in _NODES:
        raise CurationError(where, "node", value=str(iri))
    return iri


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
        kind = graph.value(subject, SUBTYPE_PREDICATES.get(type_name, G40.unitKind))
        entities.append(CuratedEntity(subject, type_name, label, alts, str(kind) if kind else None, f"{name}:{line}"))
    for s, p, o in sorted(graph):
        line = line_of(s)
        for node in (s, o):
            if isinstance(node, URIRef):
                _entity(node, f"{where}:{line}")
        if s in declared and (p in (RDF.type, SKOS.prefLabel, RDFS.label, SKOS.altLabel)
                              or p in SUBTYPE_PREDICATES.values()):
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


def erasure_rule(key: str, reason: str | None = None) -> str:
    """The YAML item of a removal rule for the entity ``key`` (see :class:`Erasure`).

    >>> erasure_rule("person/jan-voorbeeld", "AVG-verzoek 2026-12")
    '  - {entity: person/jan-voorbeeld, reason: "AVG-verzoek 2026-12"}'
    """
    import json

    return f"  - {{entity: {key}" + (f", reason: {json.dumps(reason, ensure_ascii=False)}" if reason else "") + "}"


def add_erasure(path: Path, key: str, reason: str | None = None) -> bool:
    """Add the removal rule of ``key`` to the YAML curation file ``path`` (made when missing) under
    ``suppress:``, keeping the rest of the file as it is; written atomically, and only when the
    result reads as the file did plus this rule. Returns False when the file has the rule already.

    >>> import tempfile
    >>> where = Path(tempfile.mkdtemp()) / "avg.yaml"
    >>> _ = where.write_text("# verzoeken\\nsuppress:\\n  - [person/a, mentions, person/b]\\n", encoding="utf-8")
    >>> add_erasure(where, "person/jan-voorbeeld", "AVG-verzoek"), add_erasure(where, "person/jan-voorbeeld")
    (True, False)
    >>> print(where.read_text(encoding="utf-8"), end="")
    # verzoeken
    suppress:
      - {entity: person/jan-voorbeeld, reason: "AVG-verzoek"}
      - [person/a, mentions, person/b]
    """
    from .store import atomic_write

    path = Path(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise CurationError(str(path), "erase_file")
    before = load_file(path) if path.is_file() else Curation()
    iri = _reference(key, str(path))
    if any(e.iri == iri for e in before.erasures):
        return False
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    lines = text.splitlines()
    rule = erasure_rule(key, reason)
    at = next((n for n, line in enumerate(lines) if re.match(r"^suppress\s*:\s*(#.*)?$", line)), None)
    if at is None:
        lines += ["suppress:", rule]
    else:
        following = next((line for line in lines[at + 1:] if line.strip() and not line.lstrip().startswith("#")), "")
        indent = re.match(r"^(\s*)- ", following)
        lines.insert(at + 1, (indent.group(1) if indent else "  ") + rule.lstrip())
    new_text = "\n".join(lines) + "\n"
    after = parse_yaml_text(new_text, str(path))
    if len(after.erasures) != len(before.erasures) + 1 or len(after) != len(before) + 1:
        raise CurationError(str(path), "erase_file")
    atomic_write(path, new_text)
    return True
