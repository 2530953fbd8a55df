"""Names users type → entities: exact resolution (any case, accents ignored) and fuzzy search.

Every typed entity is indexed on its ``skos:prefLabel``, ``skos:altLabel`` and ``rdfs:label``,
and ministries also on the abbreviations and names of all their TOOI name periods, so ``ezk``,
``EZ``, ``Economische Zaken en Klimaat`` and ``g40id:ministry/mnre1045`` find the same ministry.
An unknown name raises :class:`graph.errors.UnknownName` with close matches ("did you mean …").

Examples
--------
>>> normalise("  Économische   Zaken ")
'economische zaken'
"""

from __future__ import annotations

import bisect
import difflib
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from rdflib import URIRef

from .errors import G40Error, InputError, UnknownName
from .messages import CATALOGUE, msg
from .names_read import READ_AS, names_read_as
from .vocab import ASCII_LETTERS, G40, G40ID, PREFIXES

log = logging.getLogger(__name__)

__all__ = ["Entry", "entity_index", "everyday_name", "resolve_entity", "named_entities", "not_one_entity", "search_entities",
           "normalise", "normalised_names", "type_word", "TYPE_NAMES",
           "own_name", "tell_apart", "part_fits", "fitting_name", "read_name", "names_read_as", "read_as_line"]

CATALOGUE.update(
    {
        "names_ambiguous": {"nl": "{name!r} kan meerdere dingen zijn: {options}; geef de volledige naam of het IRI",
                            "en": "{name!r} is ambiguous: {options}; give the full name or the IRI"},
        # whole phrases: Dutch says "onbekende" before a de-word, "onbekend" before a het-word
        "unknown_name_entity": {"nl": "onbekende naam {name!r}{hint}", "en": "unknown name {name!r}{hint}"},
        "unknown_name_person": {"nl": "onbekende persoon {name!r}{hint}", "en": "unknown person {name!r}{hint}"},
        "unknown_name_municipality": {"nl": "onbekende gemeente {name!r}{hint}",
                                      "en": "unknown municipality {name!r}{hint}"},
        "unknown_name_ministry": {"nl": "onbekend ministerie {name!r}{hint}", "en": "unknown ministry {name!r}{hint}"},
        "unknown_name_organisation": {"nl": "onbekende organisatie {name!r}{hint}",
                                      "en": "unknown organisation {name!r}{hint}"},
        "unknown_name_unit": {"nl": "onbekend onderdeel {name!r}{hint}", "en": "unknown unit {name!r}{hint}"},
        "unknown_name_body": {"nl": "onbekend onderdeel, programma, organisatie, gemeente of ministerie {name!r}{hint}",
                              "en": "unknown unit, programme, organisation, municipality or ministry {name!r}{hint}"},
        "unknown_name_programme": {"nl": "onbekend programma {name!r}{hint}", "en": "unknown programme {name!r}{hint}"},
        "unknown_name_theme": {"nl": "onbekend thema {name!r}{hint}", "en": "unknown theme {name!r}{hint}"},
        # a part of one entity's name, taken as that entity (walkthrough 38, finding 10), as a date is read
        "names_read_as": {"nl": "{name!r} gelezen als: {named}", "en": "{name!r} read as: {named}"},
        "names_part_of_several": {"nl": "{name!r} is deel van de naam van {n} verschillende: {options}; geef de "
                                        "volledige naam",
                                  "en": "{name!r} is part of the names of {n} different entities: {options}; give the "
                                        "full name"},
    }
)

#: Entity classes that names resolve to (documents, roles and evidence are not entities here).
TYPE_NAMES = ("Person", "Municipality", "Province", "Ministry", "Organisation", "OrganisationalUnit", "Programme",
              "Event", "Theme")

#: one query per kind of statement, joined in Python: single patterns are index scans on both
#: engines, where one query with UNIONs of labels made rdflib join every branch unbound (3.3 s
#: on the bundled corpus' 7,000 triples; this way 0.1 s, Oxigraph unchanged)
_TYPED_QUERY = "SELECT ?e ?type WHERE { VALUES ?type { %s } ?e a ?type }" % " ".join(f"g40:{t}" for t in TYPE_NAMES)
_LABEL_QUERIES = (
    ("pref", "SELECT ?e ?label WHERE { ?e skos:prefLabel ?label }"),
    ("alt", "SELECT ?e ?label WHERE { ?e skos:altLabel ?label }"),
    ("alt", "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"),
    ("alt", "SELECT ?e ?label WHERE { ?e g40:namePeriod ?period . ?period g40:abbreviation ?label }"),
    ("alt", "SELECT ?e ?label WHERE { ?e g40:namePeriod ?period . ?period rdfs:label ?label }"),
)


@dataclass(frozen=True)
class Entry:
    iri: str
    type: str
    label: str  # preferred label
    names: tuple[str, ...]  # every label, as written


def normalise(text: str) -> str:
    """Lower case, accents stripped, whitespace collapsed: the key names are matched on.

    >>> normalise("Kemal  Yıldız") == normalise("kemal yildiz")
    True
    """
    text = unicodedata.normalize("NFKD", text.translate(ASCII_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class NameKeys:
    """The names of an :func:`entity_index` as :func:`normalise` makes them, built once per index, so that
    looking a name up is a dict access, not a normalisation of every name (round 54n)."""
    names: dict[str, tuple[str, ...]]  # IRI → the normalised form of each of its names, in their order
    entities: dict[str, tuple[Entry, ...]]  # normalised name → the entries that bear it, in index order
    everyday: dict[str, tuple[Entry, ...]]  # a ministry name's everyday_name → the ministries that bear it
    # the names as words run together, for a part of a name (:func:`part_fits`): made at its first use
    packed: dict = field(default_factory=dict, compare=False, repr=False)


def _name_keys(index: dict[str, Entry], normalised: dict[str, tuple[str, ...]] | None = None) -> NameKeys:
    """The :class:`NameKeys` of ``index``, with ``normalised`` (IRI → normalised names) where known.

    >>> keys = _name_keys({"m": Entry("m", "Ministry", "BZK", ("BZK", "Binnenlandse Zaken en Koninkrijksrelaties"))})
    >>> [e.iri for e in keys.entities["bzk"]], [e.iri for e in keys.everyday["binnenlandse zaken"]]
    (['m'], ['m'])
    """
    if normalised is None:
        normalised = {iri: tuple(normalise(n) for n in e.names) for iri, e in index.items()}
    entities: dict[str, dict[str, Entry]] = {}
    everyday: dict[str, dict[str, Entry]] = {}
    for iri, entry in index.items():
        for name in normalised[iri]:
            entities.setdefault(name, {})[iri] = entry
            if entry.type == "Ministry":
                everyday.setdefault(everyday_name(name), {})[iri] = entry
    everyday.pop(None, None)
    return NameKeys(normalised, {name: tuple(found.values()) for name, found in entities.items()},
                    {name: tuple(found.values()) for name, found in everyday.items()})


# id(dataset) → (weak reference to the dataset, index, its NameKeys); an entry goes when its dataset
# does (a server that reopens a new build must not keep every earlier graph alive through this cache)
_INDEX_CACHE: dict[int, tuple] = {}


def entity_index(dataset) -> dict[str, Entry]:
    """IRI → :class:`Entry` for every typed entity (cached per dataset object, and beside the graph
    it was opened from: :mod:`graph.derived`)."""
    return _indexed(dataset)[0]


def normalised_names(dataset) -> dict[str, tuple[str, ...]]:
    """IRI → the :func:`normalise` form of each of the entity's :attr:`Entry.names`, in their order
    (built with :func:`entity_index`, once per dataset): for matching the names without normalising
    them again (the explorer's search box, round 54s)."""
    return _indexed(dataset)[1].names


def _indexed(dataset) -> tuple[dict[str, Entry], NameKeys]:
    from . import vocab
    from .derived import remembered
    from .per_dataset import per_dataset

    # the normalised names are kept too: they depend on normalise and vocab's ASCII_LETTERS
    return per_dataset(_INDEX_CACHE, dataset, lambda: tuple(remembered(
        dataset, "entity-index", {}, lambda: _keyed(_query_index(dataset)), code=(__file__, vocab.__file__),
        encode=_encoded_index, decode=_decoded_index)))


def _keyed(index: dict[str, Entry]) -> tuple[dict[str, Entry], NameKeys]:
    return index, _name_keys(index)


def _encoded_index(found: tuple[dict[str, Entry], NameKeys]) -> list:
    index, keys = found
    return [[e.iri, e.type, e.label, list(e.names), list(keys.names[e.iri])] for e in index.values()]


def _decoded_index(rows) -> tuple[dict[str, Entry], NameKeys]:
    """The index kept by :func:`entity_index` (``[iri, type, label, names, normalised names]`` rows)
    and its :class:`NameKeys`, or ValueError."""
    if not isinstance(rows, list) or not all(
            isinstance(r, list) and len(r) == 5 and isinstance(r[3], list) and isinstance(r[4], list)
            and len(r[3]) == len(r[4]) and all(isinstance(n, str) for n in r[4]) for r in rows):
        raise ValueError("not an entity index")
    index = {iri: Entry(iri, kind, label, tuple(names)) for iri, kind, label, names, _ in rows}
    return index, _name_keys(index, {r[0]: tuple(r[4]) for r in rows})


def _query_index(dataset) -> dict[str, Entry]:
    from .query import run_sparql

    found: dict[str, dict] = {}
    for row in run_sparql(dataset, _TYPED_QUERY, check=False).rows:
        entry = found.setdefault(str(row["e"]), {"types": set(), "names": {}, "pref": set()})
        entry["types"].add(str(row["type"])[len(str(G40)):])
    for kind, query in _LABEL_QUERIES:
        # sorted: an entity's names in one order on every engine (the search box's "matched" name, the label
        # of an entity without skos:prefLabel), where each engine returned a query's rows in an order of its own
        for iri, label in sorted((str(row["e"]), str(row["label"])) for row in run_sparql(dataset, query, check=False).rows):
            entry = found.get(iri)
            if entry is not None:
                entry["names"][label] = None
                if kind == "pref":
                    entry["pref"].add(label)
    return {
        iri: Entry(iri, min(e["types"], key=TYPE_NAMES.index), min(e["pref"]) if e["pref"] else next(iter(e["names"])),
                   tuple(e["names"]))
        for iri, e in found.items() if e["names"]
    }


def _expand(name: str) -> str:
    """``name`` as an IRI where it is one: a prefixed name (``g40id:…``), or the ``kind/key`` that
    correction files use (walkthrough 17, finding 15), minted as they mint it; else ``name``.

    >>> _expand("person/pieter-de-groot-leeuwarden")
    'https://w3id.org/g40kg/id/person/pieter-de-groot-leeuwarden'
    >>> _expand("municipality/gm0307"), _expand("Pieter de Groot (Leeuwarden)")
    ('https://w3id.org/g40kg/id/municipality/gm0307', 'Pieter de Groot (Leeuwarden)')
    """
    from .vocab import KINDS, mint

    prefix, _, local = name.partition(":")
    if prefix in PREFIXES and local and not local.startswith("//"):
        return str(PREFIXES[prefix]) + local
    kind, _, key = name.partition("/")
    if kind in KINDS and key and " " not in name:
        return str(mint(kind, key))
    return name


def own_name(label: str, names, iri: str) -> str:
    """The name that tells an entity apart from its namesakes (walkthrough 17, finding 4): its own
    "Label (Place)" name where it has one (a namesake split by municipality), else "Label (kind/key)"
    with the key that ``entity`` and the correction files take.

    >>> own_name("Pieter de Groot", ("Pieter de Groot", "Pieter de Groot (Helmond)"),
    ...          "https://w3id.org/g40kg/id/person/pieter-de-groot")
    'Pieter de Groot (Helmond)'
    >>> own_name("Sanne Bakker", (), "https://w3id.org/g40kg/id/person/sanne-bakker-enschede")
    'Sanne Bakker (person/sanne-bakker-enschede)'
    """
    own = _bracketed_name(label, names)
    if own:
        return own
    base = str(G40ID)
    return f"{label} ({iri[len(base):] if iri.startswith(base) else iri})"


def tell_apart(rows: list[dict], label: str, iri: str, names=None) -> list[dict]:
    """``rows`` with the ``label`` field of each row whose label another row gives another entity
    (field ``iri``) replaced by :func:`own_name` (``names``: IRI → the entity's names, where known).

    >>> rows = [{"label": "Jan Smit", "iri": "https://w3id.org/g40kg/id/person/jan-smit"},
    ...         {"label": "Jan Smit", "iri": "https://w3id.org/g40kg/id/person/jan-smit-gouda"},
    ...         {"label": "Els Proef", "iri": "https://w3id.org/g40kg/id/person/els-proef"}]
    >>> [row["label"] for row in tell_apart(rows, "label", "iri")]
    ['Jan Smit (person/jan-smit)', 'Jan Smit (person/jan-smit-gouda)', 'Els Proef']
    """
    entities: dict[str, set] = {}
    for row in rows:
        if row.get(label) is not None:
            entities.setdefault(row[label], set()).add(str(row.get(iri)))
    shared = {name for name, iris in entities.items() if len(iris) > 1}
    return [dict(row, **{label: own_name(row[label], (names or {}).get(str(row.get(iri)), ()), str(row.get(iri)))})
            if row.get(label) in shared else row for row in rows]


def _option(entry: Entry) -> str:
    """How an ambiguity names one candidate: by the name that tells it apart where it has one (an
    unnamed event's "werkbezoek (<document id>)"), else by its IRI.

    >>> _option(Entry("https://w3id.org/g40kg/id/event/werkbezoek-d1", "Event", "werkbezoek",
    ...               ("werkbezoek", "werkbezoek (d1)")))
    "'werkbezoek (d1)' (evenement)"
    >>> _option(Entry("https://w3id.org/g40kg/id/person/jan-smit", "Person", "Jan Smit", ("Jan Smit",)))
    'Jan Smit (persoon, https://w3id.org/g40kg/id/person/jan-smit)'
    """
    own = _bracketed_name(entry.label, entry.names)
    kind = type_text(entry.type)
    return f"{own!r} ({kind})" if own else f"{entry.label} ({kind}, {entry.iri})"


#: the word for each entity class in a message, in the interface's language (walkthrough 20, finding 15)
_TYPE_TEXTS = {
    "Person": ("persoon", "person"), "Municipality": ("gemeente", "municipality"), "Province": ("provincie", "province"),
    "Ministry": ("ministerie", "ministry"), "Organisation": ("organisatie", "organisation"),
    "OrganisationalUnit": ("organisatieonderdeel", "organisational unit"), "Programme": ("programma", "programme"),
    "Event": ("evenement", "event"), "Theme": ("thema", "theme"),
}


def type_text(type_: str) -> str:
    """The word for entity class ``type_`` in a message, Dutch or English as the interface speaks.

    >>> type_text("Ministry"), type_text("Other")
    ('ministerie', 'Other')
    """
    from .messages import get_language

    words = _TYPE_TEXTS.get(type_)
    return words[get_language() == "en"] if words else type_


def _bracketed_name(label: str, names) -> str | None:
    """The name of ``names`` that is ``label`` with something in brackets after it ("Jan Smit (Gouda)",
    "werkbezoek (d1)"): the name that tells an entity apart from its namesakes; None when there is none.

    >>> _bracketed_name("Jan Smit", ("Jan Smit", "Jan Smit (Gouda)")), _bracketed_name("Jan Smit", ("Jan Smit",))
    ('Jan Smit (Gouda)', None)
    """
    return next((n for n in names if n.startswith(f"{label} (") and n.endswith(")")), None)


def resolve_entity(dataset, name: str, type_: str | tuple[str, ...] | None = None, *, kind: str = "entity",
                   on: str | None = None, partial: bool = True) -> URIRef:
    """The IRI of the one entity (of class ``type_``, e.g. ``Ministry``, or of one of several
    classes) called ``name``.

    Of several entities with the name, those that a document or correction names win over those
    known only from the registers (walkthrough 20, finding 15: the EZ that ended in 2010); of
    several ministries, the one that bore the name on ISO day ``on`` (the day asked: ``--at``,
    ``--as-of``; default today), else the one that bore it last.

    A name that no entity bears but that is part of the name of exactly one (``partial``; :func:`part_fits`:
    "Levendige Binnensteden" of "City Deal Levendige Binnensteden") is read as that entity and said so
    (:func:`names_read_as`); a part of several names is an error that lists them.

    Raises :class:`UnknownName` (with suggestions) when nothing matches, and :class:`G40Error`
    when several entities share the name or have it as a part.
    """
    hits, part = read_name(dataset, name, type_, on=on, partial=partial)
    if len(hits) == 1:
        if part:
            _tell_read_as(name, hits[0])
        return URIRef(hits[0].iri)
    if part:
        raise several_parts(name, hits)
    resembling = [] if hits else search_entities(dataset, name, type_=type_, limit=SUGGESTED, cutoff=SUGGESTED_CUTOFF)
    raise not_one_entity(name, hits, [hit["label"] for hit in resembling], kind=kind)


def read_name(dataset, name: str, type_: str | tuple[str, ...] | None = None, *, on: str | None = None,
              partial: bool = True) -> tuple[list[Entry], bool]:
    """The entities ``name`` names (:func:`named_entities`) and False; where none bears it and ``partial``,
    those whose names have it as a part (:func:`part_fits`) and True: what :func:`resolve_entity` and the
    explorer's name fields read a typed name as."""
    hits = named_entities(dataset, name, type_, on=on)
    if hits or not partial:
        return hits, False
    fits = part_fits(dataset, name, type_)
    return fits, bool(fits)


#: the entities an error lists for a part of several names (the best first), and the least letters of a part
PARTS_LISTED, PART_LETTERS = 10, 3
#: words a typed name may begin with that no name needs ("de stuurgroep")
_ARTICLES = {"de", "het", "the"}
_WORD = re.compile(r"\w+")


def part_fits(dataset, name: str, type_: str | tuple[str, ...] | None = None) -> list[Entry]:
    """The entities (of class ``type_``) of which ``name`` is a part of a name or alias, best first: its
    words, in any case and with or without accents, are whole words of the name in a row ("Levendige
    Binnensteden" of "City Deal Levendige Binnensteden", not "stad" of "Binnenstad"); spaces and punctuation
    between them do not count ("Platform31" of "Platform 31"). A leading "de"/"het" is left out, and a
    leading type word as :func:`type_word` reads it ("gemeente …", "ministerie van …") keeps the search in
    that type. A part of fewer than :data:`PART_LETTERS` letters fits nothing.

    Of several fits, one whose name is part of every other fit's name is the one meant: the others are
    named after it ("Stuurgroep City Deal Levendige Binnensteden" after the City Deal). Otherwise the
    best fit is the one whose name the part covers most, then by label.

    The names are searched in :class:`NameKeys`, the name index kept beside the graph: no query per call.

    >>> from rdflib import Literal
    >>> from rdflib.namespace import RDF, SKOS
    >>> from graph.store import new_dataset
    >>> ds = new_dataset()
    >>> for key, kind, label in (("programme/ld", "Programme", "City Deal Levendige Binnensteden"),
    ...                          ("unit/sg", "OrganisationalUnit", "Stuurgroep City Deal Levendige Binnensteden"),
    ...                          ("organisation/p31", "Organisation", "Platform 31")):
    ...     _ = ds.add((G40ID[key], RDF.type, G40[kind])).add((G40ID[key], SKOS.prefLabel, Literal(label)))
    >>> [e.label for e in part_fits(ds, "levendige binnensteden")], [e.label for e in part_fits(ds, "Platform31")]
    (['City Deal Levendige Binnensteden'], ['Platform 31'])
    >>> part_fits(ds, "binnenstad"), [e.label for e in part_fits(ds, "de stuurgroep")]
    ([], ['Stuurgroep City Deal Levendige Binnensteden'])
    """
    part, type_ = _typed_part(name, type_)
    if sum(c.isalpha() for c in part) < PART_LETTERS:
        return []
    index, keys = _indexed(dataset)
    text, starts, names = _packed(keys)
    covered: dict[str, float] = {}  # IRI → the largest share of one of its names that the part is
    for found in re.finditer(f"(?={re.escape(part)})", text):  # overlapping too: "abab" in "ab abab"
        at = bisect.bisect_right(starts, found.start()) - 1
        iri, packed, bounds = names[at]
        offset = found.start() - starts[at]
        if offset in bounds and offset + len(part) in bounds and of_type(index[iri].type, type_):
            covered[iri] = max(covered.get(iri, 0.0), len(part) / len(packed))
    fits = sorted((index[iri] for iri in covered), key=lambda e: (-covered[e.iri], e.label.lower(), e.iri))
    # the one the others are named after covers the most of its name: it is first, and bears no other's name
    if len(fits) > 1 and all(_bears_within(keys, fits[0], other) and not _bears_within(keys, other, fits[0])
                             for other in fits[1:]):
        return fits[:1]
    return fits


def _typed_part(name: str, type_: str | tuple[str, ...] | None) -> tuple[str, str | tuple[str, ...] | None]:
    """The words of a typed ``name`` run together, as :func:`part_fits` looks for them, and the class to look in.

    >>> _typed_part("De Stuurgroep", None), _typed_part("gemeente Den  Bosch", None)
    (('stuurgroep', None), ('denbosch', 'Municipality'))
    """
    wanted = normalise(name)[:MAX_SEARCH_LENGTH]
    typed, rest = type_word(wanted)
    if typed and of_type(typed, type_):  # "gemeente Deven…": a municipality's name has no "gemeente"
        type_, wanted = typed, rest
    words = _WORD.findall(wanted)
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return "".join(words), type_


def fitting_name(name: str, entry: Entry) -> str | None:
    """The name of ``entry`` that the typed part ``name`` is part of (:func:`part_fits`): its label where that
    is one, else the first of its names that is; None when none is.

    >>> az = Entry("m", "Ministry", "AZ", ("AZ", "Algemene Zaken"))
    >>> fitting_name("algemene", az), fitting_name("zaken algemene", az)
    ('Algemene Zaken', None)
    """
    part = _typed_part(name, None)[0]
    for written in (entry.label, *entry.names):
        words = _WORD.findall(normalise(written))
        for first in range(len(words)):
            joined = ""
            for word in words[first:]:
                joined += word
                if len(joined) >= len(part):
                    break
            if joined == part:
                return written
    return None


def _fitted(name: str, entry: Entry) -> str:
    """How a message names ``entry`` that the typed part ``name`` fits: its label and kind, and the name the part
    is part of first where that is not the label ("Algemene Zaken (AZ, ministerie)")."""
    written = fitting_name(name, entry)
    if written is None or normalise(written) == normalise(entry.label):
        return f"{entry.label} ({type_text(entry.type)})"
    return f"{written} ({entry.label}, {type_text(entry.type)})"


def _packed(keys: NameKeys) -> tuple[str, list[int], list[tuple[str, str, frozenset[int]]]]:
    """Every name of ``keys`` with its words run together ("citydeallevendigebinnensteden"), one per line
    of one text (searched at once), each line's start in it, and per line (IRI, the packed name, the offsets
    in it where a word begins or ends): built once per index and kept on it."""
    if not keys.packed:
        lines, starts, names, at = [], [], [], 0
        for iri, normalised in keys.names.items():
            for key in dict.fromkeys(normalised):
                words = _WORD.findall(key)
                packed = "".join(words)
                bounds, end = {0}, 0
                for word in words:
                    end += len(word)
                    bounds.add(end)
                lines.append(packed)
                starts.append(at)
                names.append((iri, packed, frozenset(bounds)))
                at += len(packed) + 1
        keys.packed["all"] = ("\n".join(lines), starts, names)
    return keys.packed["all"]


def _bears_within(keys: NameKeys, entry: Entry, other: Entry) -> bool:
    """Whether a name of ``entry`` is, word for word, part of a name of ``other`` (the City Deal's of its
    stuurgroep's)."""
    mine = [f" {' '.join(_WORD.findall(n))} " for n in keys.names[entry.iri]]
    theirs = [f" {' '.join(_WORD.findall(n))} " for n in keys.names[other.iri]]
    return any(m in t for m in mine for t in theirs if m.strip())


def several_parts(name: str, fits: list[Entry]) -> G40Error:
    """The error for a ``name`` that is part of the names of several entities ``fits`` (best first): the
    first :data:`PARTS_LISTED` of them, by the name that fits, label and kind (a label two of them bear:
    :func:`_option`).

    >>> str(several_parts("Zaken", [Entry("a", "Ministry", "AZ", ("AZ", "Algemene Zaken")),
    ...                             Entry("t", "Theme", "Zaken in balans", ("Zaken in balans",))]))
    "'Zaken' is deel van de naam van 2 verschillende: Algemene Zaken (AZ, ministerie), Zaken in balans (thema); geef de volledige naam"
    """
    labels = [e.label for e in fits]
    options = ", ".join(_option(e) if labels.count(e.label) > 1 else _fitted(name, e) for e in fits[:PARTS_LISTED])
    if len(fits) > PARTS_LISTED:
        options += f", … (+{len(fits) - PARTS_LISTED})"
    return InputError(msg("names_part_of_several", name=name, n=len(fits), options=options))


def read_as_line(name: str, entry: Entry) -> str:
    """The line that says which entity a typed part of its name was read as.

    >>> read_as_line("Levendige Binnensteden", Entry("p", "Programme", "City Deal Levendige Binnensteden", ()))
    "'Levendige Binnensteden' gelezen als: City Deal Levendige Binnensteden (programma)"
    >>> read_as_line("Economische", Entry("m", "Ministry", "EZK", ("EZK", "Economische Zaken en Klimaat")))
    "'Economische' gelezen als: Economische Zaken en Klimaat (EZK, ministerie)"
    """
    return msg("names_read_as", name=name, named=_fitted(name, entry))


def _tell_read_as(name: str, entry: Entry) -> None:
    """Say (:func:`names_read_as`) which entity the part ``name`` was read as; outside such a block (the Python
    API, :mod:`g40kg`) the log says it."""
    tell = READ_AS.get()
    if tell is not None:
        tell(read_as_line(name, entry))
    else:
        log.info("%s", read_as_line(name, entry))


#: the names an unknown name's error suggests (:func:`resolve_entity`), and the least score of one
SUGGESTED, SUGGESTED_CUTOFF = 3, 0.7


def not_one_entity(name: str, hits: list[Entry], suggestions=(), *, kind: str = "entity") -> G40Error:
    """The error :func:`resolve_entity` raises for ``name`` when :func:`named_entities` gave ``hits``, not
    one: an ambiguity naming the first five (exit 2, as an unknown name), or :class:`UnknownName` with the
    labels ``suggestions`` (the first :data:`SUGGESTED` names :func:`search_entities` finds) when none. For a
    caller that has looked the name up already (the connection page, whose choices are those entities).

    >>> str(not_one_entity("Piet", [], ["Piet Jansen"]))
    "onbekende naam 'Piet'; bedoelt u 'Piet Jansen'?"
    """
    if hits:
        options = ", ".join(_option(e) for e in hits[:5])
        if len(hits) > 5:
            options += f", … (+{len(hits) - 5})"
        return InputError(msg("names_ambiguous", name=name, options=options))
    return UnknownName(kind, name, suggestions)


def named_entities(dataset, name: str, type_: str | tuple[str, ...] | None = None, *,
                   on: str | None = None) -> list[Entry]:
    """The entities (of class ``type_``) that ``name`` names, by IRI, as :func:`resolve_entity` finds
    them: its key or IRI, else every name as written ("BZK", "gemeente Breda", "Binnenlandse Zaken"), a
    ministry's bearer of a name on ISO day ``on`` (default today) and an entity whose preferred label it is first. One entry: the
    name is that entity's; none: unknown; more: ambiguous (a curation file's name, round 45l).

    >>> from rdflib import Literal
    >>> from rdflib.namespace import RDF, SKOS
    >>> from graph.store import new_dataset
    >>> from graph.vocab import G40, G40ID
    >>> ds = new_dataset()
    >>> for key in ("person/jan-smit", "person/jan-smit-gouda"):
    ...     _ = ds.add((G40ID[key], RDF.type, G40.Person)).add((G40ID[key], SKOS.prefLabel, Literal("Jan Smit")))
    >>> [e.iri.rsplit("/", 1)[-1] for e in named_entities(ds, "jan smit")], named_entities(ds, "Piet")
    (['jan-smit', 'jan-smit-gouda'], [])
    """
    index, keys = _indexed(dataset)
    iri = _expand(name.strip())
    if iri in index and of_type(index[iri].type, type_):
        return [index[iri]]
    wanted = normalise(name)
    hits = [e for e in keys.entities.get(wanted, ()) if of_type(e.type, type_)]
    typed, rest = type_word(wanted)
    if not hits and typed and of_type(typed, type_):  # "gemeente Breda", "ministerie van Financiën"
        hits = [e for e in keys.entities.get(rest, ()) if e.type == typed]
    if not hits and of_type("Ministry", type_):  # "Binnenlandse Zaken", "ministerie van Sociale Zaken"
        hits = list(keys.everyday.get(rest if typed == "Ministry" else wanted, ()))
    if len(hits) > 1:
        hits = _in_documents(dataset, hits) or hits
    if len(hits) > 1 and all(e.type == "Ministry" for e in hits):
        hits = _holders_on(dataset, hits, wanted, on or date.today().isoformat()) or hits
    if len(hits) > 1:  # prefer entities whose preferred label is the name
        preferred = [e for e in hits if normalise(e.label) == wanted]
        hits = preferred or hits
    return sorted(hits, key=lambda e: e.iri)


def everyday_name(name: str) -> str | None:
    """The everyday name of a ministry whose name joins several fields: its first field ("Binnenlandse
    Zaken" of "Binnenlandse Zaken en Koninkrijksrelaties", "Volksgezondheid" of "Volksgezondheid,
    Welzijn en Sport"), as people say it (walkthrough 19, finding 13); None for a name of one field.

    >>> everyday_name("binnenlandse zaken en koninkrijksrelaties"), everyday_name("volksgezondheid, welzijn en sport")
    ('binnenlandse zaken', 'volksgezondheid')
    >>> everyday_name("financien") is None, everyday_name("ministerie van binnenlandse zaken en koninkrijksrelaties")
    (True, None)
    """
    if name.startswith("ministerie ") or not (" en " in name or "," in name):
        return None
    return re.split(r",| en ", name, maxsplit=1)[0].strip() or None


_NAME_PERIODS = """SELECT ?e ?name ?from ?until WHERE {
  ?e a g40:Ministry ; g40:namePeriod ?period .
  { ?period g40:abbreviation ?name } UNION { ?period rdfs:label ?name }
  OPTIONAL { ?period g40:validFrom ?from }
  OPTIONAL { ?period g40:validUntil ?until }
}"""

#: whether an entity occurs outside the registers' graph: in a document's graph or a correction
_OUTSIDE_REFERENCE = """SELECT DISTINCT ?e WHERE {
  VALUES ?e { %s }
  GRAPH ?g { { ?e ?p ?o } UNION { ?s ?q ?e } }
  FILTER(?g != %s)
}"""


def _in_documents(dataset, hits: list[Entry]) -> list[Entry]:
    """Those of ``hits`` that a document or correction names (not only the registers the gazetteer
    reads, such as a ministry that ended before any document): empty when none is."""
    from .query import run_sparql
    from .vocab import REFERENCE_GRAPH

    text = _OUTSIDE_REFERENCE % (" ".join(URIRef(e.iri).n3() for e in hits), REFERENCE_GRAPH.n3())
    named = {str(row["e"]) for row in run_sparql(dataset, text, check=False).rows}
    return [e for e in hits if e.iri in named]


def _holders_on(dataset, hits: list[Entry], wanted: str, day: str) -> list[Entry]:
    """Of ministries that all bore the name ``wanted`` (also as "ministerie van …"), the one that bore
    it on ISO ``day``, else the one that bore it last ("EZ": the ministry called so again from 2024,
    not the one of that name until 2010); a name still in use counts as borne today. Empty when the
    graph has no name periods for them."""
    from .query import run_sparql

    typed, rest = type_word(wanted)
    forms = {wanted, rest} if typed == "Ministry" else {wanted}
    iris = {e.iri for e in hits}
    last: dict[str, str] = {}
    then: set[str] = set()
    for row in run_sparql(dataset, _NAME_PERIODS, check=False).rows:
        iri, name = str(row["e"]), normalise(str(row["name"]))
        if iri not in iris or not (name in forms or everyday_name(name) in forms):
            continue
        start = str(row["from"]) if row["from"] is not None else "0000-01-01"
        until = str(row["until"]) if row["until"] is not None else "9999-12-31"
        last[iri] = max(last.get(iri, ""), until)
        if start <= day <= until:
            then.add(iri)
    if then:
        return [e for e in hits if e.iri in then]
    if not last:
        return []
    latest = max(last.values())
    return [e for e in hits if last.get(e.iri) == latest]


def _word_score(wanted: list[str], words: list[str]) -> float:
    """0.8-0.9 when each wanted word resembles some word of the name (each ratio ≥ 0.7, their mean
    ≥ 0.75), else 0.

    >>> round(_word_score(["binnenstad"], ["themagroep", "binnensteden"]), 3)
    0.845
    >>> _word_score(["binnenstad"], ["binnenmaas"])
    0.0
    """
    if not wanted or not words:
        return 0.0
    ratios = [max(_word_likeness(w, word) for word in words) for w in wanted]
    mean = sum(ratios) / len(ratios)
    return 0.6 + 0.3 * mean if mean >= 0.75 and min(ratios) >= 0.7 else 0.0


def _word_likeness(a: str, b: str) -> float:
    """How alike two words are: difflib's ratio, or the share of the shorter word that both begin
    with (Dutch and English inflect at the end: "stad"/"steden" aside, "city"/"cities" 0.75).

    >>> _word_likeness("city", "cities"), _word_likeness("smart", "impact") < 0.7
    (0.75, True)
    """
    prefix = len(os.path.commonprefix([a, b]))
    share = prefix / min(len(a), len(b)) if prefix >= 3 else 0.0
    return max(share, difflib.SequenceMatcher(None, a, b).ratio())


#: words that name a type when a search begins with them ("gemeente Breda", "ministerie van
#: Financiën"): these types' labels do not carry the word, so the rest is searched in that type
_TYPE_WORDS = {
    "gemeente": "Municipality", "gemeenten": "Municipality", "municipality": "Municipality",
    "provincie": "Province", "provincies": "Province", "province": "Province",
    "ministerie": "Ministry", "ministeries": "Ministry", "ministry": "Ministry", "min.": "Ministry",
}
_LINKING_WORDS = {"van", "voor", "of", "der"}
#: characters of a search text that count (no name is longer; the explorer's search box cuts there too)
MAX_SEARCH_LENGTH = 200
#: the score of every entity of a type a search names and nothing more ("ministerie")
_TYPE_ONLY_SCORE = 0.75


def of_type(entity_type: str, type_: str | tuple[str, ...] | None) -> bool:
    """Whether an entity of ``entity_type`` is of ``type_``: any (None), that class, or one of several.

    >>> of_type("Organisation", None), of_type("Organisation", ("OrganisationalUnit", "Organisation"))
    (True, True)
    >>> of_type("Person", "Ministry")
    False
    """
    return type_ is None or entity_type == type_ or (isinstance(type_, tuple) and entity_type in type_)


def search_entities(dataset, text: str, *, type_: str | tuple[str, ...] | None = None, limit: int = 10,
                    cutoff: float = 0.6) -> list[dict]:
    """Entities whose labels or aliases resemble ``text``, best first.

    Each hit is ``{"iri", "type", "label", "matched", "score"}``. A name equal to the text scores
    1; one with the text as whole words 0.9-0.99; one with a word that begins with the text
    0.85-0.94; one with the text inside a word (three letters or more) 0.8-0.89; one whose words
    resemble the text's words one by one ("binnenstad" → "Themagroep Binnensteden", "smart city"
    → "Smart Cities") 0.8-0.9; otherwise the score is difflib's similarity ratio of the whole
    texts (hits below ``cutoff`` are dropped). A text that begins with a type word is also searched
    without it in that type ("gemeente Breda" → Breda; "ministerie" alone → every ministry, 0.75).
    """
    wanted = normalise(text)[:MAX_SEARCH_LENGTH]  # difflib takes time with the square of the length
    index, keys = _indexed(dataset)
    entries = index.values()
    scored = _scored(entries, wanted, type_, keys.names)
    typed, rest = type_word(wanted)
    if typed and of_type(typed, type_):
        typed_entries = [e for e in entries if e.type == typed]
        found = (_scored(typed_entries, rest, typed, keys.names) if rest else
                 {e.iri: (_TYPE_ONLY_SCORE, e, e.label) for e in typed_entries})
        for iri, hit in found.items():
            if hit[0] > scored.get(iri, (0.0,))[0]:
                scored[iri] = hit
    hits = [{"iri": entry.iri, "type": entry.type, "label": entry.label, "matched": matched, "score": round(score, 3)}
            for score, entry, matched in scored.values() if score >= cutoff]
    hits.sort(key=lambda h: (-h["score"], h["label"].lower(), h["iri"]))
    return hits[:limit]


def type_word(wanted: str) -> tuple[str | None, str]:
    """The type a normalised search text begins with, and the rest of it (without "van").

    >>> type_word("ministerie van financien"), type_word("breda")
    (('Ministry', 'financien'), (None, 'breda'))
    """
    words = wanted.split()
    typed = _TYPE_WORDS.get(words[0]) if words else None
    if typed is None:
        return None, wanted
    rest = words[1:]
    while rest and rest[0] in _LINKING_WORDS:
        rest = rest[1:]
    return typed, " ".join(rest)


def _scored(entries, wanted: str, type_: str | tuple[str, ...] | None,
            normalised: dict[str, tuple[str, ...]]) -> dict[str, tuple[float, Entry, str]]:
    """IRI → (best score, entry, the name that scored it) for ``entries`` against ``wanted``
    (``normalised``: IRI → the entry's names normalised, :attr:`NameKeys.names`)."""
    wanted_words = wanted.split()
    found = {}
    for entry in entries:
        if not of_type(entry.type, type_):
            continue
        best, matched = 0.0, None
        for name, key in zip(entry.names, normalised[entry.iri]):
            score = _name_score(wanted, wanted_words, key)
            if score > best:
                best, matched = score, name
        if matched is not None:
            found[entry.iri] = (best, entry, matched)
    return found


def _name_score(wanted: str, wanted_words: list[str], candidate: str) -> float:
    """How well the normalised name ``candidate`` answers the search ``wanted`` (see :func:`search_entities`).

    >>> [round(_name_score("de", ["de"], name), 3) for name in ("de", "def", "den haag", "ede")]
    [1.0, 0.91, 0.872, 0.84]
    """
    if not wanted:
        return 0.0
    if candidate == wanted:
        return 1.0
    length = len(wanted) / max(len(candidate), 1)
    padded = f" {candidate} "
    if f" {wanted} " in padded:
        return 0.9 + 0.09 * length
    if f" {wanted}" in padded:
        return 0.85 + 0.09 * length
    if len(wanted) >= 3 and wanted in candidate:
        return 0.8 + 0.09 * length
    ratio = difflib.SequenceMatcher(None, wanted, candidate).ratio()
    return max(ratio if ratio >= typo_floor(wanted) else 0.0, _word_score(wanted_words, candidate.split()),
               _TRANSPOSED_SCORE if swapped_letters(wanted, candidate) else 0.0)


def typo_floor(wanted: str) -> float:
    """The lowest similarity (difflib's ratio of the whole texts) at which a name still answers the
    search ``wanted`` as a typo of it: about one wrong letter per four, at least one ("jeugt" for
    Jeugd, 0.8; "ezk" for BZK, 0.67), so a short word does not find every name that shares a few of
    its letters in order (walkthrough 24, finding 18: "jeugd" found Nijefurd at 0.615).

    >>> typo_floor("ezk"), typo_floor("jeugd"), typo_floor("amersfort"), typo_floor("hervormingsagenda")
    (0.666, 0.8, 0.777, 0.764)
    """
    edits = max(1, len(wanted) // 4)
    return int((len(wanted) - edits) / max(len(wanted), 1) * 1000) / 1000  # 3 decimals, rounded down


#: the score of a name that is the text with two neighbouring letters swapped back ("bkz" for BZK): above
#: difflib's ratio of a name one letter shorter ("bz", 0.8), which counts a swap as two edits
_TRANSPOSED_SCORE = 0.88


def swapped_letters(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` with two neighbouring, different characters swapped: a
    Damerau–Levenshtein distance of one by a transposition (walkthrough 47, finding 14: "BKZ" for BZK).

    >>> swapped_letters("bkz", "bzk"), swapped_letters("bzk", "bz"), swapped_letters("bzk", "bzk")
    (True, False, False)
    >>> swapped_letters("amerfsoort", "amersfoort"), swapped_letters("kbz", "bzk")
    (True, False)
    """
    if len(typed) != len(name) or typed == name:
        return False
    differ = [i for i, (a, b) in enumerate(zip(typed, name)) if a != b]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and typed[differ[0]] == name[differ[1]] and typed[differ[1]] == name[differ[0]])
