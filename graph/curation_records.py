"""The records a curation is read into and the report of applying it, with the curation's messages.

:class:`Curation` holds what the files of ``data/curated/`` ask for (:mod:`graph.curation_files`
reads them); :func:`graph.curate.apply_curation` applies it and returns a :class:`CurationReport`.

Examples
--------
>>> from rdflib import URIRef
>>> both = Curation(merges=(Merge(URIRef("urn:a"), URIRef("urn:b")),)) + Curation(files=("x.yaml",))
>>> len(both), both.files
(1, ('x.yaml',))
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from rdflib import URIRef

from .errors import InputError
from .messages import get_language
from .vocab import G40

__all__ = ["CurationError", "CurationErrors", "CuratedEntity", "CuratedFact", "Alias", "Merge", "Suppression", "Erasure", "NotEntity", "Distinct",
           "SplitRule", "Curation", "CurationReport", "as_given", "curation_text", "SUBTYPE_PREDICATES"]

log = logging.getLogger(__name__)

SUBTYPE_PREDICATES = {"OrganisationalUnit": G40.unitKind, "Programme": G40.programmeKind}

TEXTS = {
    "nl": {
        "yaml": "geen geldige YAML ({reason})",
        "date_order": "valid_from {start} ligt na valid_until {end}: de periode eindigt voor ze begint",
        "errors_summary": "{n} fouten in {files} {file_word}; verbeter ze en bouw opnieuw",
        "file_one": "correctiebestand",
        "file_many": "correctiebestanden",
        "top": "verwacht een mapping met {sections}",
        "section": "onbekende sectie {name!r}; kies uit {sections}",
        "list": "sectie {name!r} moet een lijst zijn",
        "mapping": "sectie {name!r} moet een mapping zijn (sleutel: waarde)",
        "ref": "{value!r} is geen entiteit: gebruik een naam, soort/sleutel (zoals person/jan-jansen) of een volledige IRI",
        "name_ambiguous": "{name!r} noemt {n} entiteiten: {options}; geef de sleutel",
        "name_unknown": "{name!r} noemt geen entiteit van deze build{hint}; geef een naam zoals g40kg entity hem kent, "
                        "of de sleutel (soort/sleutel)",
        "name_hint": " (bedoelt u {options}?)",
        "node": "{value} is geen entiteit maar bewijs, een lidmaatschap of een gecureerde uitspraak (zulke IRI's "
                "veranderen met de tekst); noem het feit: onderwerp, predicaat, object, en document:/quote: voor één zin",
        "type": "onbekend type {value!r}; kies uit {types}",
        "predicate": "onbekend predicaat {value!r}{hint}; kies uit {predicates}",
        "role": "hasRole heeft een rol nodig (vierde waarde of role:)",
        "portfolio_role": "portfolio: (portefeuille) hoort alleen bij een rol (hasRole)",
        "fact": "een feit is [onderwerp, predicaat, object] of [onderwerp, hasRole, object, rol] of een mapping "
                "met subject/predicate/object",
        "field": "ontbrekend of leeg veld {name!r}",
        "date": "{name} {value!r} is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024)",
        "label": "een label moet niet-lege tekst zijn",
        "merge_self": "kan een entiteit niet met zichzelf samenvoegen",
        "split_person": "{value!r}: alleen een persoon (person/…) kan worden gesplitst",
        "split_as": "as: {value!r} is geen sleutel van een persoon; geef de nieuwe persoon een sleutel, bijvoorbeeld as: {suggested}",
        "split_where": "where: moet één voorwaarde zijn: {{municipality: NAAM}}, {{ministry: NAAM}} of {{document: ID}}",
        "split_condition": "onbekende voorwaarde {name!r}; kies uit municipality, ministry, document",
        "split_municipality": "onbekende gemeente {value!r} in where:",
        "split_ministry": "onbekend ministerie {value!r} in where:",
        "field_entity": "ontbrekend of leeg veld {name!r}; is het geen persoon of entiteit: {{not_entity: {value}}}; "
                        "een persoon op verzoek verwijderen (AVG): {{entity: {value}}}",
        "erase_keys": "een entiteit verwijderen kent alleen entity, reason, by en date, niet {keys}",
        "not_entity_keys": "'geen entiteit' kent alleen not_entity, reason, by en date, niet {keys}",
        "note_and_reason": "geef note: of reason: (hetzelfde veld), niet allebei",
        "erase_kind": "{value!r}: een document verwijdert u door het bestand weg te halen, niet met een regel",
        "erase_file": "kan hier geen regel toevoegen: geef een YAML-bestand (.yaml) met een blokvormige "
                      "'suppress:'-lijst, of een nieuw bestand",
        "turtle": "geen geldige Turtle ({reason})",
        "turtle_triple": "triple {triple} wordt niet begrepen: alleen entiteiten (rdf:type, labels), skos:altLabel, "
                         "kernrelaties en owl:sameAs (samenvoegen); hasRole, onderdrukken en een reden "
                         "(reason, private: true) alleen in YAML",
        "unreadable": "onleesbaar ({reason})",
        "unknown_field": "onbekend veld {name!r}{hint}; kies uit {fields}",
        "did_you_mean_field": " (bedoelt u {name}?)",
        "or": "of",
        "field_elsewhere": " (dit veld hoort onder {sections}, niet onder {section}:; zet de regel daaronder)",
        "conflict_two_targets": "{old} wordt ook samengevoegd in {other} ({rule}); een entiteit gaat in één andere "
                                "op: kies één",
        "conflict_ring": "samenvoegen in een kring: {ring} (ook {rules}); kies één richting",
        "conflict_erased_from": "{iri} wordt samengevoegd, maar {rule} verwijdert het (suppress entity); kies één",
        "conflict_erased_into": "samenvoegen in {iri}, dat {rule} verwijdert (suppress entity); kies één",
        "conflict_distinct": "{old} samenvoegen in {into}, maar {rule} noemt ze verschillend (distinct); kies één",
        "register_merge_municipality": "{old} en {into} zijn twee gemeenten uit het register (TOOI, elk met een eigen "
                                       "code) en worden niet samengevoegd: een herindeling staat in de referentielijsten "
                                       "(data/gazetteer/municipalities_dissolved.csv met de laatste dag van de opgeheven "
                                       "gemeente), zodat haar feiten in haar eigen tijd blijven; zie 'De referentielijsten "
                                       "bijwerken' in data/curated/README.md",
        "register_merge_ministry": "{old} en {into} zijn twee ministeries uit het register (TOOI, elk met een eigen code) "
                                   "en worden niet samengevoegd: een fusie, splitsing of naamswijziging staat in de "
                                   "referentielijsten (data/gazetteer/ministries.csv, een regel per naamperiode met de "
                                   "gebeurtenis die haar beëindigde); zie 'De referentielijsten bijwerken' in "
                                   "data/curated/README.md",
        "register_merge_province": "{old} en {into} zijn twee provincies uit het register (TOOI) en worden niet "
                                   "samengevoegd; zie 'De referentielijsten bijwerken' in data/curated/README.md",
        "distinct": "distinct: noem twee verschillende entiteiten: [person/a, person/b] of {{entities: [a, b], reason: …}}",
        # warnings
        "w_missing_entity": "{source}: entiteit {iri} staat niet in de graaf; feit overgeslagen",
        "w_contact_unplaced": "{source}: {name} is contactpersoon voor {dossier}, maar werkt volgens de graaf niet "
                              "bij een ministerie of gemeente; ministry-contacts toont {name} pas met een rol bij "
                              "het ministerie: {{subject: {name}, predicate: hasRole, object: MINISTERIE, role: …}}",
        "w_missing_alias": "{source}: entiteit {iri} staat niet in de graaf; alias overgeslagen",
        "w_missing_merge": "{source}: samen te voegen entiteit {iri} staat niet in de graaf; overgeslagen",
        "w_merge_followed": "{source}: samenvoeging gevolgd: {name!r} heet nu {iri}, een naamvariant van {into}; "
                            "samengevoegd",
        "w_merge_moved": "{source}: uw samenvoeging geldt niet meer: {name!r} heet nu {iri} ({facts} feiten); pas de "
                         "regel aan",
        "w_document_renamed": "{source}: document {old} heet nu {new}; de regel volgt het (pas de regel aan)",
        "note_renamed": "; document-id {old} is oud: het document heet nu {new}",
        "w_back": "; het onderdrukte feit staat weer in de graaf (nieuwe zin: {quote!r})",
        "stale_split_nothing": "de splitsing vond geen vermelding (where:)",
        "stale_moved": "de naam van de regel heet nu een andere entiteit",
        "w_missing_split": "{source}: te splitsen entiteit {iri} staat niet in de graaf; overgeslagen",
        "w_split_nothing": "{source}: niets gesplitst van {iri}: geen document noemt het zo",
        "w_did_you_mean": " (bedoelt u {iri}, {label}?)",
        "w_nothing": "{source}: niets te onderdrukken voor {fact}",
        "w_nothing_missing": "{source}: niets te onderdrukken voor {fact}: {iri} staat niet in de graaf",
        "w_duplicate": "{source}: dubbel met {first}; één keer toegepast",
        "stale_duplicate": "dubbel met {first}",
        "stale_document": "document {document} staat niet (meer) in de graaf",
        "stale_fact": "het feit staat niet (meer) in de graaf",
        "stale_quote": "zin met {quote!r} niet (meer) gevonden",
        "stale_role": "geen feit met rol {role!r}",
        "stale_elsewhere": "het feit staat er, maar niet in document {document}",
        "stale_entity_missing": "een entiteit van de regel staat niet (meer) in de graaf",
        "stale_exists": "de entiteit bestaat al: alleen aliassen toegevoegd (rename: true maakt het label de naam)",
        "w_exists": "{source}: entiteit {iri} bestaat al; alleen de namen zijn als alias toegevoegd (rename: true "
                    "maakt het label de naam)",
        "w_missing_erase": "{source}: te verwijderen entiteit {iri} staat niet in de graaf; niets verwijderd",
        "w_missing_not_entity": "{source}: {iri} staat niet (meer) in de graaf; niets weggehaald",
        "w_erased": "{source}: entiteit {iri} is verwijderd (suppress entity); overgeslagen",
    },
    "en": {
        "yaml": "not valid YAML ({reason})",
        "date_order": "valid_from {start} is after valid_until {end}: the period ends before it starts",
        "errors_summary": "{n} errors in {files} {file_word}; correct them and build again",
        "file_one": "correction file",
        "file_many": "correction files",
        "top": "expected a mapping with {sections}",
        "section": "unknown section {name!r}; choose from {sections}",
        "list": "section {name!r} must be a list",
        "mapping": "section {name!r} must be a mapping (key: value)",
        "ref": "{value!r} is not an entity: use a name, kind/key (such as person/jan-jansen) or a full IRI",
        "name_ambiguous": "{name!r} names {n} entities: {options}; give the key",
        "name_unknown": "{name!r} names no entity of this build{hint}; give a name as g40kg entity knows it, "
                        "or the key (kind/key)",
        "name_hint": " (did you mean {options}?)",
        "node": "{value} is no entity but evidence, a membership or a curated statement (such IRIs change "
                "with the text); name the fact: subject, predicate, object, and document:/quote: for one sentence",
        "type": "unknown type {value!r}; choose from {types}",
        "predicate": "unknown predicate {value!r}{hint}; choose from {predicates}",
        "role": "hasRole needs a role (fourth value or role:)",
        "portfolio_role": "portfolio: belongs to a role (hasRole) only",
        "fact": "a fact is [subject, predicate, object] or [subject, hasRole, object, role] or a mapping "
                "with subject/predicate/object",
        "field": "missing or empty field {name!r}",
        "date": "{name} {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or 31-01-2024)",
        "label": "a label must be non-empty text",
        "merge_self": "cannot merge an entity into itself",
        "split_person": "{value!r}: only a person (person/…) can be split",
        "split_as": "as: {value!r} is not a person's key; give the new person a key, for example as: {suggested}",
        "split_where": "where: must be one condition: {{municipality: NAME}}, {{ministry: NAME}} or {{document: ID}}",
        "split_condition": "unknown condition {name!r}; choose from municipality, ministry, document",
        "split_municipality": "unknown municipality {value!r} in where:",
        "split_ministry": "unknown ministry {value!r} in where:",
        "field_entity": "missing or empty field {name!r}; if it is no person or entity: {{not_entity: {value}}}; "
                        "to remove a person on request (GDPR): {{entity: {value}}}",
        "erase_keys": "removing an entity takes only entity, reason, by and date, not {keys}",
        "not_entity_keys": "'not an entity' takes only not_entity, reason, by and date, not {keys}",
        "note_and_reason": "give note: or reason: (the same field), not both",
        "erase_kind": "{value!r}: remove a document by removing its file, not with a rule",
        "erase_file": "cannot add a rule here: give a YAML file (.yaml) with a block-style 'suppress:' list, "
                      "or a new file",
        "turtle": "not valid Turtle ({reason})",
        "turtle_triple": "triple {triple} is not understood: only entities (rdf:type, labels), skos:altLabel, "
                         "core relations and owl:sameAs (merge); hasRole, suppression and a reason "
                         "(reason, private: true) only in YAML",
        "unreadable": "unreadable ({reason})",
        "unknown_field": "unknown field {name!r}{hint}; choose from {fields}",
        "did_you_mean_field": " (did you mean {name}?)",
        "or": "or",
        "field_elsewhere": " (this field belongs under {sections}, not under {section}:; move the line there)",
        "conflict_two_targets": "{old} is also merged into {other} ({rule}); an entity goes into one other: "
                                "choose one",
        "conflict_ring": "merges in a ring: {ring} (also {rules}); choose one direction",
        "conflict_erased_from": "{iri} is merged, but {rule} removes it (suppress entity); choose one",
        "conflict_erased_into": "merge into {iri}, which {rule} removes (suppress entity); choose one",
        "conflict_distinct": "merge {old} into {into}, but {rule} names them different (distinct); choose one",
        "register_merge_municipality": "{old} and {into} are two municipalities of the register (TOOI, each with a code "
                                       "of its own) and are not merged: a redivision belongs in the reference lists "
                                       "(data/gazetteer/municipalities_dissolved.csv with the dissolved municipality's "
                                       "last day), so that its facts stay in their own time; see 'Updating the reference "
                                       "lists' in data/curated/README.en.md",
        "register_merge_ministry": "{old} and {into} are two ministries of the register (TOOI, each with a code of its "
                                   "own) and are not merged: a merger, split or renaming belongs in the reference lists "
                                   "(data/gazetteer/ministries.csv, a row per name period with the event that ended it); "
                                   "see 'Updating the reference lists' in data/curated/README.en.md",
        "register_merge_province": "{old} and {into} are two provinces of the register (TOOI) and are not merged; see "
                                   "'Updating the reference lists' in data/curated/README.en.md",
        "distinct": "distinct: name two different entities: [person/a, person/b] or {{entities: [a, b], reason: …}}",
        "w_missing_entity": "{source}: entity {iri} is not in the graph; fact skipped",
        "w_contact_unplaced": "{source}: {name} is the contact for {dossier}, but works at no ministry or "
                              "municipality by the graph; ministry-contacts lists {name} only with a role at the "
                              "ministry: {{subject: {name}, predicate: hasRole, object: MINISTRY, role: …}}",
        "w_missing_alias": "{source}: entity {iri} is not in the graph; alias skipped",
        "w_missing_merge": "{source}: entity to merge {iri} is not in the graph; skipped",
        "w_merge_followed": "{source}: merge followed: {name!r} is now {iri}, a name variant of {into}; merged",
        "w_merge_moved": "{source}: your merge no longer applies: {name!r} is now {iri} ({facts} facts); update the rule",
        "w_document_renamed": "{source}: document {old} is now {new}; the rule follows it (update the rule)",
        "note_renamed": "; document id {old} is old: the document is now {new}",
        "w_back": "; the suppressed fact is in the graph again (new sentence: {quote!r})",
        "stale_split_nothing": "the split found no mention (where:)",
        "stale_moved": "the rule's name now belongs to another entity",
        "w_missing_split": "{source}: entity to split {iri} is not in the graph; skipped",
        "w_split_nothing": "{source}: nothing split off {iri}: no document names it so",
        "w_did_you_mean": " (did you mean {iri}, {label}?)",
        "w_nothing": "{source}: nothing to suppress for {fact}",
        "w_nothing_missing": "{source}: nothing to suppress for {fact}: {iri} is not in the graph",
        "w_duplicate": "{source}: duplicate of {first}; applied once",
        "stale_duplicate": "duplicate of {first}",
        "stale_document": "document {document} is not (or no longer) in the graph",
        "stale_fact": "the fact is not (or no longer) in the graph",
        "stale_quote": "no sentence with {quote!r} found (any more)",
        "stale_role": "no fact with role {role!r}",
        "stale_elsewhere": "the fact is there, but not in document {document}",
        "stale_entity_missing": "an entity of the rule is not (or no longer) in the graph",
        "stale_exists": "the entity exists already: only aliases added (rename: true makes the label its name)",
        "w_exists": "{source}: entity {iri} already exists; only its names were added as aliases (rename: true "
                    "makes the label its name)",
        "w_missing_erase": "{source}: entity to remove {iri} is not in the graph; nothing removed",
        "w_missing_not_entity": "{source}: {iri} is not (or no longer) in the graph; nothing taken out",
        "w_erased": "{source}: entity {iri} is removed (suppress entity); skipped",
    },
}


def curation_warning(key: str, *, source: str, **values) -> str:
    """The warning ``key`` about the rule at ``source`` (file:line), coded ``curation`` with its file
    (:class:`graph.build_warnings.BuildWarning`).

    >>> warning = curation_warning("w_missing_alias", source="a.yaml:3", iri="person/x")
    >>> warning, warning.code, warning.fields
    ('a.yaml:3: entiteit person/x staat niet in de graaf; alias overgeslagen', 'curation', {'file': 'a.yaml'})
    """
    return rule_warning(source, curation_text(key, source=source, **values))


def rule_warning(source: str, text: str) -> str:
    """``text``, a warning about the rule at ``source``, coded ``curation`` with its file."""
    from .build_warnings import BuildWarning

    return BuildWarning(text, "curation", {"file": source.rsplit(":", 1)[0]})


def curation_text(key: str, **values) -> str:
    """The curation message ``key`` in the interface's language, filled with ``values``."""
    return TEXTS.get(get_language(), TEXTS["nl"])[key].format(**values)


def as_given(warning: str, files: tuple[str, ...]) -> str:
    """A message that starts with a curation file's name ("fixes.yaml:4: …", as the evidence cites
    it) names the file as the user gave it, as errors do ("correcties/fixes.yaml:4: …").

    >>> as_given("fixes.yaml:4: niets te onderdrukken", ("correcties/fixes.yaml",))
    'correcties/fixes.yaml:4: niets te onderdrukken'
    """
    from pathlib import Path

    name, colon, rest = warning.partition(":")
    by_name = {Path(path).name: path for path in files}
    return by_name[name] + colon + rest if colon and name in by_name else warning


class CurationError(InputError):
    """A curation file is malformed; the message names the file and line."""

    def __init__(self, source: str, key: str, **values):
        super().__init__(f"{source}: {curation_text(key, **values)}")
        self.source = source


class CurationErrors(CurationError):
    """Every error of one run's curation files (walkthrough 17, finding 10): one line each
    (file:line: …), in the order of the files and their lines, then one summary line; one error
    alone is its own line, as before.

    >>> print(CurationErrors([CurationError("a.yaml:2", "role"), CurationError("b.yaml:5", "merge_self")]))
    a.yaml:2: hasRole heeft een rol nodig (vierde waarde of role:)
    b.yaml:5: kan een entiteit niet met zichzelf samenvoegen
    2 fouten in 2 correctiebestanden; verbeter ze en bouw opnieuw
    """

    def __init__(self, errors: list[CurationError]):
        self.errors = _flat(errors)
        files = {error.source.rsplit(":", 1)[0] if error.source.rsplit(":", 1)[-1].isdigit() else error.source
                 for error in self.errors}
        lines = [str(error) for error in self.errors]
        if len(lines) > 1:
            lines.append(curation_text("errors_summary", n=len(lines), files=len(files),
                                       file_word=curation_text("file_one" if len(files) == 1 else "file_many")))
        InputError.__init__(self, "\n".join(lines))
        self.source = self.errors[0].source if self.errors else ""


def _flat(errors) -> list[CurationError]:
    """The single errors of ``errors`` (a :class:`CurationErrors` counts as the errors it holds)."""
    flat = []
    for error in errors:
        flat.extend(error.errors if isinstance(error, CurationErrors) else [error])
    return flat


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
    rename: bool = False  # an entity the graph has: ``label`` becomes its preferred name (the old one an alias)


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
    #: a role's portfolio ("Wonen en Ruimte" of "wethouder Wonen en Ruimte"; round 45m)
    portfolio: str | None = None


@dataclass(frozen=True)
class Merge:
    """Merge entity ``old`` into ``into`` (``old`` disappears, ``into owl:sameAs old`` stays)."""

    old: URIRef
    into: URIRef
    source: str = ""
    reason: str | None = None


@dataclass(frozen=True)
class Suppression:
    """Remove an extracted fact (optionally only from one ``document``, only with ``role``, only the
    evidence whose sentence contains ``quote``); ``reason`` is published with the rule in the graph
    unless ``private``."""

    subject: URIRef
    predicate: str
    object: URIRef
    document: str | None = None
    role: str | None = None
    source: str = ""
    quote: str | None = None
    reason: str | None = None
    private: bool = False  # the reason stays out of the graph and the pages (a rectification on request)


@dataclass(frozen=True)
class Erasure:
    """Remove entity ``iri`` entirely (a removal request, recht op vergetelheid): its node, types and
    names, every fact and mention with it, their evidence; its names are masked in the quotes that
    remain. ``reason`` says why (such as "AVG-verzoek 2026-12"); it is not written into the graph."""

    iri: URIRef
    reason: str | None = None
    source: str = ""


@dataclass(frozen=True)
class NotEntity:
    """What the extraction took for an entity is none (``suppress: - {not_entity: …}``: a table's header
    "Periode Ambtelijk" read as a person): its node and names, every fact and mention with it and their
    evidence go, as a removal's do, but nothing is masked (no name is private) and no cache needs
    clearing. ``reason`` is published with the rule, as a fact's suppression's is (walkthrough 24,
    finding 13)."""

    iri: URIRef
    reason: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Distinct:
    """Entities ``one`` and ``other`` are different things, though their names look alike: ``g40kg
    twins`` does not suggest merging them, and a merge of the two is a conflict. The graph is unchanged."""

    one: URIRef
    other: URIRef
    reason: str | None = None
    source: str = ""


@dataclass(frozen=True)
class SplitRule:
    """Split person ``iri``: its mentions that their document places in ``municipality`` (its key,
    ``municipality/gm0794``) or at ``ministry`` (its key, ``ministry/mnre1130``), or all its mentions in
    ``document``, are person ``into``. Resolution applies it to every
    document (:class:`graph.namesakes.Split`), so the next document about either person follows it too."""

    iri: URIRef
    into: URIRef
    municipality: str | None = None
    document: str | None = None
    reason: str | None = None
    ministry: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Curation:
    entities: tuple[CuratedEntity, ...] = ()
    aliases: tuple[Alias, ...] = ()
    facts: tuple[CuratedFact, ...] = ()
    merges: tuple[Merge, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    files: tuple[str, ...] = ()
    erasures: tuple[Erasure, ...] = ()
    distinct: tuple[Distinct, ...] = ()
    splits: tuple[SplitRule, ...] = ()
    #: who made a rule and when: ("file:line", by, ISO date) of each rule with ``by:`` or ``date:``
    signed: tuple[tuple[str, str | None, str | None], ...] = ()
    #: the names a rule gives for its entities (round 45l): ("file:line", the name as written, the IRI it names)
    named: tuple[tuple[str, str, str], ...] = ()
    #: ``suppress: - {not_entity: …}``: names the extraction wrongly took for an entity (:class:`NotEntity`)
    not_entities: tuple[NotEntity, ...] = ()

    def signature(self, source: str) -> dict:
        """``{"by", "date"}`` of the rule at ``source`` ("file:line"), those it gives.

        >>> Curation(signed=(("a.yaml:3", "Kennismanager", "2026-04-30"),)).signature("a.yaml:3")
        {'by': 'Kennismanager', 'date': '2026-04-30'}
        """
        for where, by, day in self.signed:
            if where == source:
                return {key: value for key, value in (("by", by), ("date", day)) if value is not None}
        return {}

    def as_written(self, source: str, iri) -> str | None:
        """The name the rule at ``source`` gave for the entity ``iri`` ("BZK"), or None (it gave its key).

        >>> Curation(named=(("a.yaml:3", "BZK", "urn:x"),)).as_written("a.yaml:3", URIRef("urn:x"))
        'BZK'
        """
        return next((name for where, name, named in self.named if where == source and named == str(iri)), None)

    def __add__(self, other: "Curation") -> "Curation":
        return Curation(*(getattr(self, f) + getattr(other, f)
                          for f in ("entities", "aliases", "facts", "merges", "suppressions", "files", "erasures",
                                    "distinct", "splits", "signed", "named", "not_entities")))

    def apart(self) -> frozenset:
        """The pairs of IRIs (frozensets) the rules keep apart: ``distinct:``, and each ``split:``'s two people.

        >>> from graph.vocab import G40ID
        >>> Curation(splits=(SplitRule(G40ID["person/a"], G40ID["person/a-b"]),)).apart() == {frozenset((str(G40ID["person/a"]), str(G40ID["person/a-b"])))}
        True
        """
        return frozenset({frozenset((str(d.one), str(d.other))) for d in self.distinct}
                         | {frozenset((str(s.iri), str(s.into))) for s in self.splits})

    def __len__(self) -> int:
        return (len(self.entities) + len(self.aliases) + len(self.facts) + len(self.merges) + len(self.suppressions)
                + len(self.erasures) + len(self.distinct) + len(self.splits) + len(self.not_entities))


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
    erased: int = 0  # entities removed entirely (suppress: - {entity: …})
    erased_names: tuple[str, ...] = ()  # their names, to mask in the published text (never written anywhere)
    erased_keys: tuple[str, ...] = ()  # their IRIs
    #: each merge and suppression: {"kind", "source", "reason", "rule", "facts", "entities", "stale"}
    #: ("stale": None, or why it changed nothing: "document", "fact", "quote", "role", "elsewhere",
    #: "entity_missing")
    rules: tuple[dict, ...] = ()
    erased_surnames: tuple[str, ...] = ()  # the removed persons' surnames, masked where a document names them
    erased_in: tuple[str, ...] = ()  # the named graphs (IRIs) of the documents that named a removed entity
    split: int = 0  # split: rules that split a person off (in resolution)
    retyped: int = 0  # entities: items that gave an entity another class (and the key of its kind)
    #: (evidence IRI, start, end, past) of each document's evidence a curated fact gave its dates
    #: (:func:`graph.curation_dates.override_dates`)
    redated: tuple[tuple, ...] = ()
    withdrawn: int = 0  # evidence nodes the documents' rectifications withdrew (graph.withdrawals)
    not_entities: int = 0  # names taken out as no entity (suppress: - {not_entity: …}); nothing masked
    not_entity_keys: tuple[str, ...] = ()  # their IRIs (the build's counts per kind leave them out)
    #: (names of the subject, names of the object, file:line) of each suppression that took facts out: what a
    #: rectifying document's warning is settled by (:mod:`graph.handled_rectifications`)
    suppressed_names: tuple[tuple[frozenset, frozenset, str], ...] = ()
    renamed: int = 0  # entities: items with rename: true that gave an entity its new preferred name

    def counts(self) -> dict[str, int]:
        """What was done, for a build's summary: the counts that are not zero.

        >>> CurationReport(facts_added=1, merged=2).counts()
        {'facts_added': 1, 'merged': 2}
        """
        done = {"entities_added": self.entities_added, "aliases_added": self.aliases_added,
                "facts_added": self.facts_added, "merged": self.merged, "suppressed": self.suppressed,
                "erased": self.erased, "split": self.split, "retyped": self.retyped, "withdrawn": self.withdrawn,
                "not_entities": self.not_entities, "renamed": self.renamed}
        return {name: count for name, count in done.items() if count}
