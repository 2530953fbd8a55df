"""Mentions → canonical entities, across all documents of a build.

Strategies, strict to loose (STYLE habit 8):

1. gazetteer keys: a municipality is its CBS code (label: the preferred name, "Den Haag"), a
   ministry its TOOI code (label: the abbreviation of its current name period, "EZK"), a known
   organisation its abbreviation ("VNG"), a province its code;
2. an organisation found by pattern whose name is a gazetteer name or alias joins that entry, also
   with a small word left out or "&" for "en" ("Vereniging Nederlandse Gemeenten": the VNG); one
   written as a ministry's short name ("Binnenlandse Zaken") is that ministry, unless two bodies
   share the name ("Economische Zaken") or the document has it take part in something;
3. everything else by kind and normalised label: ``<kind>/<slugify(label)>``; the preferred label
   is the fullest form seen ("Human Capital" over "human capital");
4. a bare surname ("minister Kramer", "Geachte heer Den Brok") joins the one person whose full
   name ends in it — first within its document; with two candidates it stays apart and the
   ambiguity is reported in :attr:`Resolution.ambiguous`, never guessed. Across documents only a
   surname that its own document ties to an organisation ("minister Jansen van BZK") joins, and only
   the one person tied to that organisation too (a role, an affiliation or a membership): "Thomas
   Jansen" of Leeuwarden in another document is someone else, and a salutation or a title alone
   ("Geachte heer Den Brok", "mevrouw Jansen", "wethouder Kramer") says too little to be the
   person of that surname another document names in full: it stays a person of its own (a
   salutation in a letter that names no one of its surname in full is no mention at all,
   :mod:`graph.extract.salutations`) — except a government's office as the title ("namens wethouder
   Mulder", "minister Kramer"): that joins the one person of the surname whom any document gives a role in
   a government of that kind (a municipality; a ministry), when there is exactly one (round 48g); with two
   or more ("wethouder Mulder" beside the wethouders Pieter Mulder of Amersfoort and Jan Mulder of Ede) it
   joins none, and is no person of its own either: the mention stays unresolved (no fact of it), and the
   ambiguity is reported (round 49a, walkthrough 23 finding 14);
5. an event or a body without a name ("het werkbezoek", "de netwerkdag", "het programmabureau")
   is one thing of one document: its key holds the document id, so two documents' werkbezoeken stay
   two events (one node "werkbezoek" would connect every minister who ever visited a city);
6. namesakes: one full name that the documents place in two municipalities at the same time (a
   role or an affiliation of the person in each, :func:`graph.namesakes.split_namesakes`) is two persons. The
   municipality placed first keeps the key (``person/jan-de-vries``), each other one gets its
   municipality's name after it (``person/jan-de-vries-helmond``); a mention goes to the person of
   the municipality its document places it in (the nearest placed mention before it in the
   document, else the one municipality the document places the name in), else to the first, and so
   does a surname that could be either ("De Vries"); initials ("Drs. J.P. de Vries MPA") join one
   only where they are placed or their document names one of them, else the ambiguity is reported. A person may move: placements at different times (Zwolle until 2022, then Gouda) are one person.
   Every split is announced in :attr:`Resolution.namesakes`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> gaz = load_gazetteer()
>>> ex = extract("d", "Wouter Kramer sprak in Den Haag. Later zei minister Kramer iets.", gazetteer=gaz)
>>> res = resolve([ex], gaz)
>>> sorted({res.entities[k].label for k in res.mention_keys.values()})
['Den Haag', 'Wouter Kramer']
"""

from __future__ import annotations

import collections
import logging
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from .build_warnings import BuildWarning
from .extract.model import Extraction
from .extract.name_words import particle_words
from .extract.person_surnames import OFFICE_PLACES
from .gazetteer import Gazetteer
from .incremental import mention_row
from .namesakes import gather_placings, split_namesakes
from .withdrawn_placings import withdrawn_places, without_withdrawn
from .published_keys import kept_person_keys, moved_keys, placed_keys
from .vocab import ENTITY_TYPES, slugify

__all__ = ["Ambiguity", "Entity", "Resolution", "resolve"]

log = logging.getLogger(__name__)


class Ambiguity(BuildWarning):
    """The warning about a mention that could be several persons ("n1: 'S. Bakker' kan … zijn; niet
    samengevoegd"), with the entity ``key`` the mention kept and ``where`` it is (document id, start,
    end), so that a curated rule that settles it can silence it (:mod:`graph.curation_ambiguity`); its
    code ("ambiguous") and document are given where it is made, not read back from its text (round 44r).

    >>> found = Ambiguity("n1: 'S. Bakker' kan … zijn", "person/s-bakker", ("n1", 10, 19))
    >>> found, found.key, found.where, found.code, found.fields
    ("n1: 'S. Bakker' kan … zijn", 'person/s-bakker', ('n1', 10, 19), 'ambiguous', {'document': 'n1'})
    """

    key: str
    where: tuple

    def __new__(cls, text: str, key: str, where: tuple) -> "Ambiguity":
        made = super().__new__(cls, text, "ambiguous", {"document": str(where[0])})
        made.key, made.where = key, where
        return made

    def __reduce__(self):
        return Ambiguity, (str(self), self.key, self.where)


@dataclass(frozen=True)
class Entity:
    """A canonical entity: ``key`` is ``"<kind>/<id>"`` (``vocab.mint(kind, id)`` makes the IRI)."""

    key: str
    type: str
    label: str
    alt_labels: tuple[str, ...] = ()
    subtype: str | None = None


@dataclass
class Resolution:
    entities: dict[str, Entity]
    mention_keys: dict[tuple[str, int, int], str]
    ambiguous: list[str] = field(default_factory=list)
    #: namesakes kept apart (rule 6): {"name": …, "keys": [person keys], "places": [municipality names]}
    namesakes: list[dict] = field(default_factory=list)
    #: (key, key) of two persons a document says are not one ("X is niet dezelfde persoon als Y"), sorted
    apart: list[tuple[str, str]] = field(default_factory=list)
    #: person key → the municipality keys its mentions are placed in (``manifest.json``'s ``person_places``)
    placed: dict = field(default_factory=dict, repr=False, compare=False)
    #: old key → new key of the person keys of the previous build that moved (:mod:`graph.published_keys`)
    moved: dict = field(default_factory=dict)
    #: document id → (its extraction, the resolved keys of its mentions and relation ends), kept by
    #: :mod:`graph.build`, which reads them twice; so mention_keys is not to change once they are read
    resolved: dict = field(default_factory=dict, repr=False, compare=False)
    #: the documents' passes, to keep for the next build (:mod:`graph.resolve_cache`)
    kept: KeptPasses | None = field(default=None, repr=False, compare=False)
    #: ids of the documents whose mentions' keys may not be their own pass's alone: a global pass (namesakes,
    #: initials, bare surnames, kind-prefixed programmes, published keys) set one, or an entity a pass gave a
    #: mention was dropped; the others' keys are a function of their outline (:mod:`graph.graph_keys_kept`).
    #: None: not known (every document counts as rewritten)
    rewritten: frozenset | None = field(default=None, repr=False, compare=False)


@dataclass
class KeptPasses:
    """The part of a resolution each document makes alone (one pass a document, :data:`PASS_FIELDS`) and
    the draft operations they number, kept between builds (:mod:`graph.resolve_cache`): a rebuild makes
    the passes of its changed documents only, then joins all as a whole build would.

    >>> kept = KeptPasses([(_NAMED, "municipality/gm0758", "Municipality", "Breda", "Breda", None, False)], [None])
    >>> kept.op_ids
    {(0, 'municipality/gm0758', 'Municipality', 'Breda', 'Breda', None, False): 0}
    """

    ops: list  # (kind, key, type, label, fixed label, subtype, whether a person named by initials)
    passes: list  # a pass for each extraction, in their order; None: to be made
    used: int = 0  # how many of the operations the passes do
    size: int = 0  # how many passes the main file they were read from holds
    from_base: set[int] = field(default_factory=set)  # the passes (by position) read from that file

    @cached_property
    def op_ids(self) -> dict[tuple, int]:
        return {op: number for number, op in enumerate(self.ops)}


@dataclass
class _Draft:
    key: str
    type: str
    labels: dict[str, None] = field(default_factory=dict)  # distinct labels, first seen first
    fixed_label: str | None = None
    subtype: str | None = None

    def entity(self) -> Entity:
        labels = self.labels
        label = self.fixed_label or (next(iter(labels)) if len(labels) == 1 else max(labels, key=_fullness))
        alts = tuple(sorted({" ".join(x.split()) for x in self.labels} - {label}))
        return Entity(self.key, self.type, label, alts, self.subtype)


_SURNAME_RULES = frozenset({"persons.title-surname", "persons.surname-repeat"})
#: the relations that tie a person to an organisation, a unit or a programme (see :func:`_ties`)
_TIES = frozenset({"hasRole", "affiliatedWith", "memberOf"})
#: mentions of one thing of one document: an event or a body named by its kind only ("de netwerkdag",
#: "het programmabureau", "een ambtelijke kerngroep")
_OCCURRENCE_RULES = frozenset({"events.unnamed", "units.unnamed"})


def _is_reference(rule: str) -> bool:
    """Whether a mention found by ``rule`` refers back with a common noun ("het ministerie", "de
    taskforce"): its text is no name of the entity. A heading's name (``references.heading``) is one.

    >>> _is_reference("references.ministerie"), _is_reference("references.heading"), _is_reference("gazetteer.ministry")
    (True, False, False)
    """
    return rule.startswith("references.") and rule != "references.heading"


def _fullness(label: str) -> tuple[bool, int, int, int]:
    """How full a name is, to choose a preferred label: a first name over initials ("Thomas Vermeulen"
    over "T.H. Vermeulen"), then more words, capitals and letters.

    >>> max(["T.H. Vermeulen", "Thomas Vermeulen"], key=_fullness)
    'Thomas Vermeulen'
    """
    return (_INITIALS.match(label) is None, len(label.split()), sum(map(str.isupper, label)), len(label))


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", text.lower()).split())


def _gazetteer_entity(type_: str, key: str | None, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(entity key, label) for a gazetteer-keyed mention of ``type_`` with gazetteer ``key``."""
    if key is None:
        return None
    if type_ == "Municipality":
        m = gazetteer.municipality_by_code.get(key)
        if m:
            return f"municipality/{m.code.lower()}", m.preferred
    if type_ == "Province":
        name = gazetteer.province_labels().get(key)
        if name:
            return f"province/{key.lower()}", name
    if type_ == "Ministry":
        m = gazetteer.ministry_by_code.get(key)
        if m:
            return f"ministry/{m.code}", m.current.label  # Defensie, not the register's Def
    if type_ == "Organisation":
        org = gazetteer.organisation_by_abbreviation.get(key)
        if org:
            return f"organisation/{slugify(org.abbreviation)}", org.abbreviation
        return f"organisation/{slugify(key)}", key
    return None


def _surname_index(persons: dict[str, _Draft]) -> dict[str, set[str]]:
    """Every way a full name can end ("de vries", "vries" for "Jan de Vries") → the persons named so.

    >>> sorted(_surname_index({"person/jan-de-vries": _Draft("person/jan-de-vries", "Person", {"Jan de Vries": None})}))
    ['de vries', 'vries']
    """
    index: dict[str, set[str]] = {}
    for key, draft in persons.items():
        for label in draft.labels:
            words = _norm(label).split()
            for start in range(1, len(words)):
                index.setdefault(" ".join(words[start:]), set()).add(key)
    return index


def _organisation_names(gazetteer: Gazetteer) -> dict[str, str]:
    """Normalised organisation name/alias → abbreviation, for pattern-found organisations."""
    names = {}
    for org in gazetteer.organisations:
        for name in org.names:
            names.setdefault(_norm(re.sub(r"\(.*?\)", "", name)), org.abbreviation)
    return names


#: the small words a national body's name is written with or without ("Vereniging (van) Nederlandse Gemeenten")
_FILLERS = frozenset({"van", "de", "het", "der", "voor"})


def _loose(name: str) -> str:
    """A name without its small words, "&" read as "en": how a body's name varies in use.

    >>> _loose("Vereniging van Nederlandse Gemeenten") == _loose("Vereniging Nederlandse Gemeenten")
    True
    >>> _loose("Economische Zaken & Klimaat")
    'economische zaken en klimaat'
    """
    return " ".join(w for w in _norm(re.sub(r"\(.*?\)", "", name).replace("&", " en ")).split() if w not in _FILLERS)


def _loose_names(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """A name an organisation found by pattern may have → ("Organisation", abbreviation) of a gazetteer
    organisation or ("Ministry", TOOI code) of a ministry: the bodies' names and aliases loosely
    (:func:`_loose`), and a ministry's short name, the opening "… Zaken" of a longer name ("Binnenlandse
    Zaken" of Binnenlandse Zaken en Koninkrijksrelaties). A name two bodies share is left out.

    >>> names = _loose_names(__import__("graph.gazetteer", fromlist=["x"]).load_gazetteer())
    >>> names[_loose("Binnenlandse Zaken")], names[_loose("Vereniging Nederlandse Gemeenten")]
    (('Ministry', 'mnre1034'), ('Organisation', 'VNG'))
    >>> _loose("Economische Zaken") in names  # EZ before 2010 and EZ(K) since: two ministries
    False
    """
    found: dict[str, set[tuple[str, str]]] = {}
    for org in gazetteer.organisations:
        for name in org.names:
            found.setdefault(_loose(name), set()).add(("Organisation", org.abbreviation))
    for ministry in gazetteer.ministries:
        for name in ministry.names:
            found.setdefault(_loose(name), set()).add(("Ministry", ministry.code))
            opening = re.split(r",\s*|\s+en\s+", name)[0]
            if opening != name and opening.endswith(" Zaken"):
                found.setdefault(_loose(opening), set()).add(("Ministry", ministry.code))
    return {name: bodies.pop() for name, bodies in found.items() if len(bodies) == 1 and name}


#: a name that opens with initials instead of a first name: "M. van Dijk", "T.H. Vermeulen", "Th. Bakker"
_INITIALS = re.compile(r"(?:[A-Z](?:[a-z]{1,2})?\.\s*)+(?=[A-Za-z'])")


def _initials_and_surname(label: str) -> tuple[str, str] | None:
    """The first initial and the normalised surname of a name written with initials; None for another name.

    >>> _initials_and_surname("T.H. Vermeulen"), _initials_and_surname("M. van Dijk")
    (('t', 'vermeulen'), ('m', 'van dijk'))
    >>> _initials_and_surname("Thomas Vermeulen") is None, _initials_and_surname("M.") is None
    (True, True)
    """
    opening = _INITIALS.match(label)
    if opening is None:
        return None
    surname = _norm(label[opening.end():])
    return (label[0].lower(), surname) if surname else None


def _initial_index(persons: dict[str, _Draft]) -> dict[tuple[str, str], set[str]]:
    """(first letter, surname) → the persons with a full first name so named, for every place the surname
    may begin: after the first name or a later given name, never after a tussenvoegsel ("Jan van Dijk"
    is ("j", "van dijk"), not ("j", "dijk")).

    >>> _initial_index({"p": _Draft("p", "Person", {"Anna Maria de Vries": None})})
    {('a', 'maria de vries'): {'p'}, ('a', 'de vries'): {'p'}}
    """
    particles = particle_words()  # the tussenvoegsels: "van", "der", "ter" …
    index: dict[tuple[str, str], set[str]] = {}
    for key, draft in persons.items():
        for label in draft.labels:
            if _initials_and_surname(label) is not None:
                continue
            words = _norm(label).split()
            for start in range(1, len(words)):
                if words[start - 1] not in particles:
                    index.setdefault((words[0][0], " ".join(words[start:])), set()).add(key)
    return index


def _said_apart(extractions, keys: dict) -> tuple[dict[str, set[str]], dict[tuple, set[str]]]:
    """The persons the documents say are not one ("J. de Vries is niet dezelfde persoon als Jan de Vries",
    :attr:`Extraction.apart`), before initials and bare surnames join anyone: key → the keys it is not,
    and the place of a bare surname (not yet a key) → the keys it is not.

    >>> from graph.extract.model import Extraction
    >>> said = Extraction("d", apart=((0, 11, 40, 52), (60, 68, 80, 92)))
    >>> _said_apart([said], {("d", 0, 11): "person/j-de-vries", ("d", 40, 52): "person/jan-de-vries",
    ...                      ("d", 80, 92): "person/jan-de-vries"})
    ({'person/j-de-vries': {'person/jan-de-vries'}, 'person/jan-de-vries': {'person/j-de-vries'}}, {('d', 60, 68): {'person/jan-de-vries'}})
    """
    apart: dict[str, set[str]] = {}
    apart_at: dict[tuple, set[str]] = {}
    for extraction in extractions:
        document_id = extraction.document_id
        for one_start, one_end, other_start, other_end in getattr(extraction, "apart", ()):
            one, other = (document_id, one_start, one_end), (document_id, other_start, other_end)
            if one == other:
                continue  # "X, niet te verwarren met zijn naamgenoot": not another mention (see _apart_pairs)
            one_key, other_key = keys.get(one), keys.get(other)
            if one_key and other_key and one_key != other_key:
                apart.setdefault(one_key, set()).add(other_key)
                apart.setdefault(other_key, set()).add(one_key)
            elif one_key or other_key:  # a bare surname: not one of the other's, in that place
                apart_at.setdefault(other if one_key else one, set()).add(one_key or other_key)
    return apart, apart_at


def _apart_pairs(extractions, keys: dict, entities: dict, namesakes=()) -> list[tuple[str, str]]:
    """(key, key), sorted, of each two entities the documents say are not one person, as resolved; a
    person told apart from an unnamed namesake ("X, niet te verwarren met zijn naamgenoot bij SZW": one
    mention twice, :func:`graph.extract.not_the_same.own_namesakes`) is apart from each other person of
    the name that rule 6 split off (``namesakes``: :attr:`Resolution.namesakes`).

    >>> from graph.extract.model import Extraction
    >>> said = Extraction("d", apart=((5, 9, 5, 9),))
    >>> _apart_pairs([said], {("d", 5, 9): "person/a-b-ienw"}, {"person/a-b": 1, "person/a-b-ienw": 1},
    ...              [{"keys": ["person/a-b", "person/a-b-ienw"]}])
    [('person/a-b', 'person/a-b-ienw')]
    """
    pairs = set()
    for extraction in extractions:
        document_id = extraction.document_id
        for one_start, one_end, other_start, other_end in getattr(extraction, "apart", ()):
            one, other = keys.get((document_id, one_start, one_end)), keys.get((document_id, other_start, other_end))
            if one in entities and other in entities and one != other:
                pairs.add(tuple(sorted((one, other))))
            elif one in entities and (one_start, one_end) == (other_start, other_end):
                pairs.update(tuple(sorted((one, k))) for n in namesakes if one in n["keys"]
                             for k in n["keys"] if k != one and k in entities)
    return sorted(pairs)


def _join_initials(named: list[tuple[str, int, int, str]], drafts: dict[str, _Draft], keys: dict,
                   named_in: dict[str, list[str]], ambiguous: list[str], choose, apart=None, splits=(),
                   elsewhere=None) -> dict[str, str]:
    """A person named by initials ("T.H. Vermeulen", ``named``: where) is the one person with a full first
    name of that first letter and that surname ("Thomas Vermeulen"), first among the document's own
    persons, else across the build; with two such persons it stays apart and the ambiguity is reported.
    The initials become an alternative name of the person they join; a draft whose every mention joined
    someone is dropped; nor a person a document says it is not (``apart``: key → keys). Initials that
    could be either person of a curated split (``splits``) and that their document does not place as the
    split does are the other person's, as the split leaves every such mention of the name (finding 8).
    Initials that rule 6 split into namesakes by their places ("H. Yilmaz (Tilburg)", "H. Yilmaz (Ede)")
    are told apart by their places only, so a namesake joins only a person placed where it is and not where
    another namesake of the name is (``elsewhere``: key → the municipalities of its name's other namesakes,
    and person → the municipalities its mentions are placed in): "Hatice Yilmaz", wethouder of Tilburg, is the
    Tilburg namesake, whichever of the two a list names first (the first keeps the name's key), never the
    Ede one; a "Hatice Yilmaz" placed nowhere is neither (round 55k).

    Returns each dropped draft's key → the one person all its mentions joined (a draft whose mentions
    joined two persons, in two documents, is left out): where a name meant for the dropped draft goes,
    such as a namesake's "H. Yilmaz (Tilburg)" (round 55k)."""
    apart = apart or {}
    others, placed_in = elsewhere or ({}, {})
    curated = {split.into for split in splits}
    # a mention a curated split placed (its key is the split's now) is no longer the initials' to join; one that
    # rule 6 gave to another namesake of its name ("H. Yilmaz (Tilburg)" after "H. Yilmaz (Ede)") is that one's
    named = [(document_id, start, end, now) for document_id, start, end, key in named
             if (now := keys.get((document_id, start, end))) == key
             or (now in others and now not in curated and key in others and now in drafts)]
    index = _initial_index({k: d for k, d in drafts.items() if d.type == "Person"})
    joined: collections.Counter = collections.Counter()
    into: dict[str, set[str]] = {}  # a joined draft → the persons its mentions joined
    reported = set()
    for document_id, start, end, key in named:
        initial, surname = _initials_and_surname(drafts[key].entity().label) or ("", "")
        candidates = index.get((initial, surname), set()) - {key} - apart.get(key, set())
        if key in others:  # a namesake of a split name: a person placed where it is and not where another one is
            candidates = {c for c in candidates if not placed_in.get(key, set()).isdisjoint(placed_in.get(c, ()))
                          and others[key].isdisjoint(placed_in.get(c, ()))}
        local = sorted(candidates & set(named_in.get(document_id, ())))
        chosen = choose(document_id, start, end, local or sorted(candidates), initials=True)
        if len(chosen) == 1:
            keys[document_id, start, end] = chosen[0]
            drafts[chosen[0]].labels.update(dict.fromkeys(drafts[key].labels))
            joined[key] += 1
            into.setdefault(key, set()).add(chosen[0])
        elif len(chosen) > 1 and (kept := _split_keeps(chosen, splits, document_id)) is not None:
            keys[document_id, start, end] = kept  # a split's other person keeps the initials it does not place
            drafts[kept].labels.update(dict.fromkeys(drafts[key].labels))
            joined[key] += 1
            into.setdefault(key, set()).add(kept)
        elif len(chosen) > 1 and (document_id, key) not in reported:  # once a document, however often it names them
            reported.add((document_id, key))
            labels = [drafts[c].entity().label for c in chosen]
            if len(set(labels)) < len(labels):  # namesakes: one name, told apart by their keys
                labels = [f"{label} ({c})" for label, c in zip(labels, chosen)]
            ambiguous.append(Ambiguity(f"{document_id}: '{drafts[key].entity().label}' kan {', '.join(labels)} zijn; "
                                       "niet samengevoegd", key, (document_id, start, end)))
    mentioned = collections.Counter(key for *_, key in named)
    gone = {}
    for key, count in joined.items():
        if count == mentioned[key]:
            del drafts[key]
            if len(into[key]) == 1:
                gone[key] = next(iter(into[key]))
    return gone


def _namesakes_elsewhere(namesakes: list[dict], keys: dict, mention_place: dict) -> tuple[dict, dict]:
    """(key of a namesake of a split name → the municipalities its name's other namesakes are placed in,
    person → the municipalities its mentions are placed in) for :func:`_join_initials`; ``mention_place``:
    (document id, start, end) → municipality (:func:`graph.namesakes.gather_placings`).

    >>> names = [{"name": "H. Yilmaz", "keys": ["person/h-yilmaz", "person/h-yilmaz-tilburg"]}]
    >>> keys = {("a", 0, 9): "person/h-yilmaz", ("a", 20, 29): "person/h-yilmaz-tilburg", ("b", 0, 13): "person/hatice-yilmaz"}
    >>> places = {("a", 0, 9): "municipality/gm0228", ("a", 20, 29): "municipality/gm0855", ("b", 0, 13): "municipality/gm0855"}
    >>> others, placed_in = _namesakes_elsewhere(names, keys, places)
    >>> others["person/h-yilmaz"], placed_in["person/hatice-yilmaz"]
    ({'municipality/gm0855'}, {'municipality/gm0855'})
    """
    split = [namesake["keys"] for namesake in namesakes if not namesake.get("maybe")]
    if not split:
        return {}, {}
    placed_in: dict[str, set[str]] = {}
    for where, place in mention_place.items():
        if where in keys:
            placed_in.setdefault(keys[where], set()).add(place)
    others = {key: set().union(*(placed_in.get(other, set()) for other in group if other != key))
              for group in split for key in group}
    return others, placed_in


def _split_keeps(chosen, splits, document_id: str) -> str | None:
    """The person of a curated split (:class:`graph.namesakes.Split`) who keeps a mention that could be
    either of its two (``chosen``): the split's ``entity``, unless the mention is in its ``document``.

    >>> from graph.namesakes import Split
    >>> rule = Split("person/sanne-bakker", "person/sanne-bakker-enschede", "gm0153")
    >>> _split_keeps(["person/sanne-bakker", "person/sanne-bakker-enschede"], (rule,), "n3"), _split_keeps(["a", "b"], (rule,), "n3")
    ('person/sanne-bakker', None)
    """
    for rule in splits:
        if set(chosen) == {rule.entity, rule.into}:
            return rule.into if rule.document is not None and rule.document == document_id else rule.entity
    return None


def resolve(extractions: list[Extraction], gazetteer: Gazetteer, *, periods=None,
            splits: tuple = (), previous: dict | None = None, kept: KeptPasses | None = None) -> Resolution:
    """Canonical entities for every mention of ``extractions`` (whole, or their
    :class:`graph.incremental.ExtractionOutline`).

    ``periods``: a mapping document id → (first day, last day) it speaks of (None: not dated), to tell
    whether two placements of a name are at the same time (rule 6; asked only for the documents that
    place a name in two municipalities); ``splits``: the curated :class:`graph.namesakes.Split` rules;
    ``previous``: the person keys of the previous build and where they were placed, which keep meaning
    those persons (:mod:`graph.published_keys`; None: the rule of a first build); ``kept``: the passes of
    the previous build's documents that are unchanged (:mod:`graph.resolve_cache`), a pass for each of
    ``extractions`` or None; the result is the same as without them."""
    drafts: dict[str, _Draft] = {}
    keys: dict[tuple[str, int, int], str] = {}
    ambiguous: list[str] = []
    org_names = _organisation_names(gazetteer)
    loose_names = _loose_names(gazetteer)
    surnames: list[tuple[str, tuple]] = []
    # what a mention resolves to depends on its fields but its span: mentions recur thousands of times
    decided: dict[tuple, str | None] = {}
    drafted: dict[tuple, int] = {}  # a mention's fields → the draft operation its first mention does
    ops, op_ids = (list(kept.ops), dict(kept.op_ids)) if kept is not None else ([], {})

    def draft(key: str, type_: str, label: str, fixed: str | None, subtype: str | None) -> None:
        d = drafts.get(key)
        if d is None:
            d = drafts[key] = _Draft(key, type_, fixed_label=fixed, subtype=subtype)
        d.labels[" ".join(label.split())] = None
        if subtype and not d.subtype:
            d.subtype = subtype

    def operation(kind: int, key: str, type_: str, label: str, fixed: str | None, subtype: str | None) -> int:
        """The number of a draft operation (see :func:`_replay`), made once."""
        initials = kind != _OCCURRED and type_ == "Person" and _initials_and_surname(label) is not None
        entry = (kind, key, type_, label if kind == _OCCURRED else " ".join(label.split()), fixed, subtype, initials)
        number = op_ids.get(entry)
        if number is None:
            number = op_ids[entry] = len(ops)
            ops.append(entry)
        return number

    def decide(row: tuple, content: tuple) -> str | None:
        """The entity key of a mention (its draft operation in ``drafted``), _SURNAME, or None (no entity)."""
        _start, _end, text, type_, rule, _confidence, gazetteer_key, name, subtype = row
        label = name or text
        known = _gazetteer_entity(type_, gazetteer_key, gazetteer)
        if known is None and type_ == "Organisation" and _norm(label) in org_names:
            known = _gazetteer_entity("Organisation", org_names[_norm(label)], gazetteer)
        if known is None and type_ == "Organisation" and _loose(label) in loose_names:
            type_, body = loose_names[_loose(label)]  # "Binnenlandse Zaken", "Vereniging Nederlandse Gemeenten"
            known = _gazetteer_entity(type_, body, gazetteer)
        if known is not None:
            key, fixed = known
            # "het ministerie" refers to EZK, it is no name of it: drafted only when nothing else named EZK before
            drafted[content] = operation(_REFERRED if _is_reference(rule) else _NAMED, key, type_, text, fixed, None)
            return key
        if type_ == "Person" and rule in _SURNAME_RULES:
            return _SURNAME
        if rule in _OCCURRENCE_RULES:
            return _OCCURRENCE
        kind = ENTITY_TYPES.get(type_)
        if kind is None:
            return None
        key = f"{kind}/{slugify(label)}"
        drafted[content] = operation(_NAMED, key, type_, label, None, subtype)
        return key

    def document_pass(extraction) -> tuple:
        """What resolution makes of one document alone (:data:`PASS_FIELDS`): its mentions' keys and the
        draft operations of their entities, its bare surnames with their ties, what it places persons in."""
        document_id = extraction.document_id
        starts, ends, found, op_at, op_numbers, bare = [], [], [], [], [], []
        done: set[int] = set()
        taken_part = None
        rows = _mention_rows(extraction)
        for index, row in enumerate(rows):
            content = row[2:]
            key = decided.get(content, _UNDECIDED)
            if key is _UNDECIDED:
                key = decided[content] = decide(row, content)
            if key is None:
                continue
            if key is _SURNAME:
                bare.append(index)
                continue
            number = drafted.get(content)
            if key is _OCCURRENCE:
                key, label = _occurrence_key(document_id, row)
                number = operation(_OCCURRED, key, row[3], f"{label} ({document_id})", label, row[8])
            if number is not None and number not in done:
                done.add(number)
                op_at.append(len(found))
                op_numbers.append(number)
            if row[3] == "Organisation" and key.startswith("ministry/"):
                if taken_part is None:  # a ministry takes part in nothing: what a document has take part stays a body
                    taken_part = {(o[0], o[1]) for _s, o, p in _relation_rows(extraction) if p == "participatesIn"}
                if (row[0], row[1]) in taken_part:
                    key = f"organisation/{slugify(row[7] or row[2])}"
                    op_at.append(len(found))
                    op_numbers.append(operation(_NAMED, key, "Organisation", row[7] or row[2], None, row[8]))
            starts.append(row[0])
            ends.append(row[1])
            found.append(key)
        ties = _with_ties(extraction, [(document_id, rows[index], frozenset()) for index in bare], decided) if bare else ()
        own = dict(zip(zip([document_id] * len(found), starts, ends), found))
        placed: tuple[dict, dict] = ({}, {})
        gather_placings(extraction, own, *placed)  # its mentions' keys were just made: at hand
        return (document_id, tuple(starts), tuple(ends), tuple(found), tuple(op_at), tuple(op_numbers),
                tuple((index, tuple(sorted(tied))) for index, (_d, _row, tied) in zip(bare, ties)),
                tuple((person, start, end, place, times) for person, rows in placed[0].items()
                      for _d, start, end, place, times in rows),
                tuple((start, end, place) for (_d, start, end), place in placed[1].items()))

    named_in: dict[str, list[str]] = {}  # of a document with bare surnames or initials: the keys of its mentions
    #: persons named by initials and a surname only ("M. van Dijk"): key → (document number, mention number)
    #: of the first mention so named
    initialled: dict[str, tuple[int, int]] = {}
    placings: tuple[dict, dict] = ({}, {})  # what the documents place persons in (rule 6): see gather_placings
    by_initials: list[tuple[str, int, int, str]] = []  # where they are named: (document id, start, end, key)
    passes = []
    applied: set[int] = set()
    for number, extraction in enumerate(extractions):
        known = kept.passes[number] if kept is not None else None
        done = known if known is not None and known[0] == extraction.document_id else document_pass(extraction)
        passes.append(done)
        _replay(number, done, ops, applied, drafts, initialled)
        document_id, starts, ends, found = done[:4]
        for start, end, key in zip(starts, ends, found):
            keys[document_id, start, end] = key
        initials = len(by_initials)
        if initialled and not initialled.keys().isdisjoint(found):
            for at, key in enumerate(found):
                first = initialled.get(key)
                if first is not None and (first[0] < number or first[1] <= at):
                    by_initials.append((document_id, starts[at], ends[at], key))
        if done[6]:
            rows = _mention_rows(extraction)
            surnames.extend((document_id, rows[index], frozenset(tied)) for index, tied in done[6])
        if done[6] or len(by_initials) > initials:
            named_in[document_id] = list(found)
        for person, start, end, place, times in done[7]:
            placings[0].setdefault(person, []).append((document_id, start, end, place, times))
        for start, end, place in done[8]:
            placings[1].setdefault((document_id, start, end), place)

    replayed = list(drafts)  # the entities the passes drafted: one dropped below rewrites its mentions' documents
    withdrawn = withdrawn_places(extractions, keys, periods or {})  # a place a rectification withdraws splits no one
    if withdrawn:
        placings = (without_withdrawn(placings[0], withdrawn, periods or {}), placings[1])
    namesakes, placed, place_names, choose = split_namesakes(placings, drafts, keys, periods or {}, splits, previous)
    rewritten = set(placed)  # the documents a global pass may have given other keys than their pass did
    rewritten.update(document_id for document_id, *_ in by_initials)
    rewritten.update(document_id for document_id, _row, _ties in surnames)
    for document_id, found in named_in.items():  # a namesake's mentions in it may have another key now
        if document_id in placed:
            named_in[document_id] = found + [key for _start, key in placed[document_id]]
    apart, apart_at = _said_apart(extractions, keys)
    gone = _join_initials(by_initials, drafts, keys, named_in, ambiguous, choose, apart, splits,
                          _namesakes_elsewhere(namesakes, keys, placings[1])) if by_initials else {}
    # bare surnames: join the one full name that ends in them
    persons = {k: d for k, d in drafts.items() if d.type == "Person"}
    by_document = {doc: {key for key in found if key in persons} for doc, found in named_in.items()}
    by_surname = _surname_index(persons)
    tied: dict[str, set[str]] | None = None  # person → what it is tied to, read when first needed
    held: dict[str, set[str]] | None = None  # person → where it holds a role, read when first needed
    warned: set[tuple[str, str]] = set()
    for document_id, (start, end, text, *_, name, kind), ties in surnames:
        label = name or text
        named = by_surname.get(_norm(label), set())
        where = (document_id, start, end)
        named = named - apart_at.get(where, set())  # "De Vries is niet te verwarren met Jan de Vries"
        candidates = sorted(named & by_document.get(document_id, set()))
        candidates = choose(document_id, start, end, candidates)
        office: list[str] = []
        if not candidates and named and kind in OFFICE_PLACES and not any(t.startswith(OFFICE_PLACES[kind]) for t in ties):
            # "namens wethouder Mulder", its document naming no town of his: the persons of that surname with a
            # role in a municipality (of three Mulders: the wethouder, not the ministry's two)
            if held is None:
                held = _person_ties(extractions, keys, persons, predicates=frozenset({"hasRole"}))
            office = [c for c in sorted(named) if any(t.startswith(OFFICE_PLACES[kind]) for t in held.get(c, set()))]
        if not candidates and named and ties:  # across documents only what its own document ties it to agrees
            if tied is None:
                tied = _person_ties(extractions, keys, persons)
            candidates = choose(document_id, start, end, sorted(c for c in named if ties & tied.get(c, set())))
        elif not candidates and named and kind in OFFICE_PLACES:
            candidates = office if len(office) == 1 else []  # the one such; none, and it stays apart (48g)
        elif len(candidates) > 1 and ties:  # "Wethouder Çelik (Leeuwarden) en de heer Çelik (VRO)": who each is
            if tied is None:
                tied = _person_ties(extractions, keys, persons)
            candidates = [c for c in candidates if ties & tied.get(c, set())] or candidates
        if not candidates and len(office) > 1:
            # two wethouders Mulder and nothing in the document says which: no third person "Mulder" (whose facts
            # would belong to no one); the mention stays unresolved, and the build says so (round 49a)
            if (document_id, f"person/{slugify(label)}") not in warned:
                warned.add((document_id, f"person/{slugify(label)}"))
                ambiguous.append(Ambiguity(f"{document_id}: '{text}' kan {', '.join(persons[c].entity().label for c in office)}"
                                           " zijn; niet samengevoegd", f"person/{slugify(label)}", where))
            continue
        if len(candidates) == 1:
            keys[where] = candidates[0]
            continue
        key = f"person/{slugify(label)}"
        if len(candidates) > 1 and (document_id, key) not in warned:  # once a document, however often it names them
            warned.add((document_id, key))
            ambiguous.append(Ambiguity(f"{document_id}: '{text}' kan {', '.join(persons[c].entity().label for c in candidates)}"
                                       " zijn; niet samengevoegd", key, where))
        draft(key, "Person", label, None, None)
        keys[where] = key
    for key, name in place_names:  # "Jan de Vries (Helmond)": a name to ask for one of the namesakes by
        key = gone.get(key, key)  # "H. Yilmaz (Tilburg)", all of whose mentions joined "Hatice Yilmaz": hers
        if key in drafts:  # mentions that joined two persons: the name is neither's
            drafts[key].labels[name] = None
    _join_kind_prefixed(drafts, keys, rewritten)  # "Programma Mooi Nederland" is the programme "Mooi Nederland"
    where_placed, moved = _published(placings[0], keys, drafts, namesakes, previous or {}, splits, rewritten)
    for namesake in namesakes:  # the note's merge names the person a namesake's initials joined
        _follow_joins(namesake, gone, drafts)
    entities = {k: d.entity() for k, d in drafts.items()}
    dropped = {key for key in replayed if key not in entities}
    if dropped:
        rewritten.update(done[0] for done in passes if not dropped.isdisjoint(done[3]))
    return Resolution(entities, keys, ambiguous, namesakes, _apart_pairs(extractions, keys, entities, namesakes),
                      placed=where_placed, moved=moved, kept=KeptPasses(ops, passes, len(applied)),
                      rewritten=frozenset(rewritten))


def _follow_joins(namesake: dict, gone: dict, drafts: dict) -> None:
    """A namesake note (:attr:`Resolution.namesakes`) after initials joined full names: a key whose mentions
    all joined one person becomes that person's (``gone``), and a key whose mentions joined two persons,
    now no one's, leaves the note with its place, so that no ``merge:`` it proposes names a key the graph
    does not have (a note left with one person asks nothing, :func:`graph.namesakes.unmerged`).

    >>> note = {"name": "H. Yilmaz", "keys": ["person/h-yilmaz", "person/h-yilmaz-ede"], "places": ["Tilburg", "Ede"]}
    >>> _follow_joins(note, {}, {"person/h-yilmaz-ede": None})
    >>> note["keys"], note["places"]
    (['person/h-yilmaz-ede'], ['Ede'])
    """
    keys = [gone.get(key, key) for key in namesake["keys"]]
    places = namesake["places"]
    if namesake.get("maybe") or len(places) != len(keys):  # a question about one person: its places are not its keys'
        namesake["keys"] = [key for key in keys if key in drafts]
        return
    kept = [(key, place) for key, place in zip(keys, places) if key in drafts]
    namesake["keys"], namesake["places"] = [key for key, _ in kept], [place for _, place in kept]


#: a programme's kind word before its name ("Programma Mooi Nederland"): the key of the bare name
_PROGRAMME_KIND = "programme/programma-"


def _join_kind_prefixed(drafts: dict, keys: dict, rewritten: set | None = None) -> None:
    """Join a programme named with its kind word ("Programma Mooi Nederland") to the programme the
    documents also name without it ("Mooi Nederland"): one programme, both labels (round 45x,
    walkthrough 19 finding 32). Without the bare name the key stays. ``drafts`` and ``keys`` change in place;
    ``rewritten`` gets the ids of the documents whose keys changed.

    >>> drafts = {"programme/mooi-nederland": _Draft("programme/mooi-nederland", "Programme", {"Mooi Nederland": None}),
    ...           "programme/programma-mooi-nederland": _Draft("programme/programma-mooi-nederland", "Programme",
    ...                                                        {"Programma Mooi Nederland": None})}
    >>> keys = {("d", 0, 24): "programme/programma-mooi-nederland"}
    >>> _join_kind_prefixed(drafts, keys)
    >>> keys, drafts["programme/mooi-nederland"].entity().alt_labels
    ({('d', 0, 24): 'programme/mooi-nederland'}, ('Mooi Nederland',))
    """
    moved = {}
    for key in [k for k in drafts if k.startswith(_PROGRAMME_KIND)]:
        bare = "programme/" + key[len(_PROGRAMME_KIND):]
        if bare in drafts and drafts[bare].type == drafts[key].type:
            drafts[bare].labels.update(drafts.pop(key).labels)
            moved[key] = bare
    if moved:
        for where, key in keys.items():
            if key in moved:
                keys[where] = moved[key]
                if rewritten is not None:
                    rewritten.add(where[0])


def _published(found: dict, keys: dict, drafts: dict, namesakes: list[dict], previous: dict, splits,
               rewritten: set | None = None) -> tuple[dict, dict]:
    """(person key → the municipalities it is placed in, old key → new key of the keys that moved), once
    each person not split now has kept the namesake key it had (:mod:`graph.published_keys`); ``keys`` and
    ``drafts`` change in place, ``rewritten`` gets the ids of the documents whose keys changed."""
    where_placed = placed_keys(found, keys)
    if not previous:
        return where_placed, {}
    suffix = {key: slugify(d.entity().label) for key, d in drafts.items() if key.startswith("municipality/")}
    split = {key for namesake in namesakes if not namesake.get("maybe") for key in namesake["keys"]}
    kept = kept_person_keys(where_placed, previous, drafts, suffix, split)
    if kept:
        for where, key in keys.items():
            if key in kept:
                keys[where] = kept[key]
                if rewritten is not None:
                    rewritten.add(where[0])
        for old, new in kept.items():
            drafts[new] = replace(drafts.pop(old), key=new)
            where_placed[new] = where_placed.pop(old)
        for namesake in namesakes:
            namesake["keys"] = [kept.get(key, key) for key in namesake["keys"]]
    return where_placed, moved_keys(previous, where_placed, drafts, suffix, splits)


_SURNAME, _OCCURRENCE, _UNDECIDED = "surname", "occurrence", object()  # no slash: never an entity key


def _occurrence(document_id: str, row: tuple, drafts: dict[str, _Draft]) -> str:
    """The key of the one occurrence the document tells (an unnamed event), drafted: labelled by its
    words, with "<words> (<document id>)" as an alternative name a user can ask for.

    >>> drafts = {}
    >>> _occurrence("verslag-2024", (0, 10, "netwerkdag", "Event", "events.unnamed", 0.8, None, "netwerkdag", None), drafts)
    'event/netwerkdag-verslag-2024'
    >>> drafts['event/netwerkdag-verslag-2024'].entity().alt_labels
    ('netwerkdag (verslag-2024)',)
    """
    type_, subtype = row[3], row[8]
    key, label = _occurrence_key(document_id, row)
    if key not in drafts:
        drafts[key] = _Draft(key, type_, {f"{label} ({document_id})": None}, fixed_label=label, subtype=subtype)
    return key


def _occurrence_key(document_id: str, row: tuple) -> tuple[str, str]:
    """(key, label) of the one occurrence a mention ``row`` of an unnamed event or body is (see :func:`_occurrence`)."""
    label = " ".join((row[7] or row[2]).split())
    return f"{ENTITY_TYPES[row[3]]}/{slugify(label)}-{slugify(document_id)}", label


#: the kinds of a draft operation (:func:`_replay`): a name; a name drafted only when nothing named the
#: entity before ("het ministerie"); the one occurrence of an unnamed event or body of a document
_NAMED, _REFERRED, _OCCURRED = 0, 1, 2
#: what :func:`resolve` makes of one document alone, in this order: its id, the starts, ends and keys of
#: its mentions that have an entity, the place (in those keys) and number of each draft operation it
#: does first, its bare surnames (number of the mention row, keys of what it is tied to), the persons
#: it places (person, start, end, place, times) and the places of its mentions (start, end, place)
PASS_FIELDS = ("document", "starts", "ends", "keys", "op_at", "ops", "surnames", "placings", "mention_places")


def _replay(number: int, done: tuple, ops: list, applied: set, drafts: dict, initialled: dict) -> None:
    """Do the draft operations of the pass ``done`` of document ``number`` that no document before it did
    (``applied``), as the documents' mentions are read in order: an entity's labels in the order first
    seen, its type and fixed label of its first mention; ``initialled`` gets the (document, mention)
    where a person is first named by initials.

    >>> ops = [(_NAMED, "person/t-vos", "Person", "T. Vos", None, None, True), (_REFERRED, "person/t-vos", "Person", "hij", None, None, False)]
    >>> drafts, initialled, applied = {}, {}, set()
    >>> _replay(0, ("d", (), (), (), (0, 1), (0, 1)), ops, applied, drafts, initialled)
    >>> list(drafts["person/t-vos"].labels), initialled, sorted(applied)
    (['T. Vos'], {'person/t-vos': (0, 0)}, [0, 1])
    """
    if applied.issuperset(done[5]):  # most documents name only what documents before them named
        return
    for at, op in zip(done[4], done[5]):
        if op in applied:
            continue
        applied.add(op)
        kind, key, type_, label, fixed, subtype, initials = ops[op]
        d = drafts.get(key)
        if kind == _OCCURRED:
            if d is None:
                drafts[key] = _Draft(key, type_, {label: None}, fixed_label=fixed, subtype=subtype)
            continue
        if d is None:
            d = drafts[key] = _Draft(key, type_, fixed_label=fixed, subtype=subtype)
        elif kind == _REFERRED:
            continue
        d.labels[label] = None
        if subtype and not d.subtype:
            d.subtype = subtype
        if initials and key not in initialled:
            initialled[key] = (number, at)


def _relation_rows(extraction) -> list[tuple[tuple, tuple, str]]:
    """The relations of an extraction as (subject row, object row, predicate)."""
    rows = getattr(extraction, "rows", None)
    if rows is not None:
        return [(rows[s], rows[o], p) for s, o, p in extraction.ends]
    return [(mention_row(r.subject), mention_row(r.object), r.predicate) for r in extraction.relations]


def _with_ties(extraction, surnames: list[tuple], decided: dict) -> list[tuple]:
    """``surnames`` (of this extraction) with the keys of what their own document ties each to
    ("minister Jansen van BZK": BZK), by the relations in :data:`_TIES`."""
    spans = {(row[0], row[1]): [] for _doc, row, _ties in surnames}
    for subject, obj, predicate in _relation_rows(extraction):
        found = spans.get((subject[0], subject[1])) if predicate in _TIES else None
        key = decided.get(obj[2:]) if found is not None else None
        if isinstance(key, str):
            found.append(key)
    return [(doc, row, frozenset(spans[row[0], row[1]])) for doc, row, _ties in surnames]


def _person_ties(extractions, keys: dict, persons: dict, predicates: frozenset[str] = _TIES) -> dict[str, set[str]]:
    """Person key → the keys of what any document ties it to (by ``predicates``, :data:`_TIES`)."""
    tied: dict[str, set[str]] = {}
    for extraction in extractions:
        document_id = extraction.document_id
        for subject, obj, predicate in _relation_rows(extraction):
            if predicate not in predicates:
                continue
            person = keys.get((document_id, subject[0], subject[1]))
            target = keys.get((document_id, obj[0], obj[1]))
            if person in persons and target:
                tied.setdefault(person, set()).add(target)
    return tied


def _mention_rows(extraction) -> list[tuple]:
    """The mentions of an extraction as tuples of their fields (an outline holds them so)."""
    rows = getattr(extraction, "rows", None)
    return rows if rows is not None else [mention_row(m) for m in extraction.mentions]
