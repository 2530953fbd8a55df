"""Likely duplicates in a graph: two entities of one type whose names say they may be one thing.

A curator merges two entities with a ``merge:`` rule (``data/curated/README.en.md``); this module
finds the pairs worth checking, with the reason, each entity's number of facts and the rule to
paste. The reasons, strongest first:

- ``spelling``: one person's compound surname written with other hyphens, spaces or capitals ("Ruben
  Okafor-de Wit" / "Ruben Okafor-Dewit", :mod:`graph.compound_surnames`);
- ``typo``: the names are one letter apart (an insertion, deletion, change or two neighbours
  swapped: "Jan de Vries" / "Jan de Vriess");
- ``acronym``: one name is the initial letters of the other ("VNG" / "Vereniging Nederlandse
  Gemeenten"; "Themagroep HC" / "Themagroep Human Capital");
- ``ministry``: an organisation is named as a ministry is ("Binnenlandse Zaken" / BZK);
- ``same_name``: two persons of one full name, which a build keeps apart when the documents place
  them in two municipalities at the same time ("Jan de Vries (Breda)" / "Jan de Vries (Tilburg)");
- ``initials``: a person's initials and surname match another's name ("J. de Vries" / "Jan de Vries");
- ``double_surname``: one person's surname is part of the other's double surname ("Sandra Jansen" /
  "Sandra Kuipers-Jansen", "Ruben Wit" / "Ruben Okafor-de Wit");
- ``contained``: one name is contained, word for word, in the other's ("Themagroep Human Capital" /
  "Themagroep Human Capital & Arbeidsmarkt");
- ``surname_only``: a person named by a surname alone that is the other's ("Kuipers").

No name is compared with every other: entities are put in blocks by type and a key (a person's
surname, the parts of a double surname and the surname with each letter left out, so that two one
letter apart meet; a body's acronym and
its rarer words) and only names that share a block are compared; a block of more than
:data:`MAX_BLOCK` entities (a common word) is skipped. Pairs a curation already merges, or keeps
apart (``distinct:``), and pairs a document says are two ("X is niet dezelfde persoon als Y"; of two
namesakes the build split, "X, niet te verwarren met haar naamgenote bij SZW": ``owl:differentFrom``) are
left out.

Examples
--------
>>> people = [Candidate("urn:a", "Person", "Jan de Vries", ("Jan de Vries",), 12),
...           Candidate("urn:b", "Person", "Jan de Vriess", ("Jan de Vriess",), 2),
...           Candidate("urn:c", "Person", "Kees Smit", ("Kees Smit",), 1)]
>>> [(t.reason, t.into.label, t.old.label) for t in find_twins(people)]
[('typo', 'Jan de Vries', 'Jan de Vriess')]
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from .compound_surnames import compact, surname_cores
from .messages import CATALOGUE, msg
from .twin_events import event_days, on_other_days
from .names import normalise, own_name

__all__ = ["Candidate", "Twin", "find_twins", "name_variants", "variant_keys", "graph_candidates", "twins_of_graph", "REASONS", "MAX_BLOCK"]

log = logging.getLogger(__name__)

#: the reasons, strongest first, with their score
REASONS = {"spelling": 0.95, "typo": 0.95, "acronym": 0.9, "ministry": 0.9, "same_name": 0.85, "initials": 0.85, "double_surname": 0.8,
           "contained": 0.7, "surname_only": 0.6}
#: a block with more entities than this is a common word, not a key: skipped
MAX_BLOCK = 60
#: the types compared (municipalities, provinces and ministries come from the gazetteer, one each)
COMPARED = ("Person", "Organisation", "OrganisationalUnit", "Programme", "Event", "Theme")
#: a body's kind word at the start of its name, compared apart from the rest ("Themagroep HC")
KIND_WORDS = ("themagroep", "pijler", "werkgroep", "taskforce", "programma", "netwerk", "commissie", "city deal",
              "citydeal", "regio deal", "stuurgroep", "platform")
_SMALL_WORDS = frozenset("de het een van der den voor en & in op te ter ten of".split())
_PARTICLES = frozenset("de der den van het ter ten te la le el al da di du von vd".split())

CATALOGUE.update({
    "twin_spelling": {"nl": "één achternaam anders geschreven: {short} en {long}",
                      "en": "one surname written two ways: {short} and {long}"},
    "twin_typo": {"nl": "één letter verschil", "en": "one letter apart"},
    "twin_acronym": {"nl": "{short} is de afkorting van {long}", "en": "{short} is the acronym of {long}"},
    "twin_ministry": {"nl": "organisatie met de naam van ministerie {long}", "en": "an organisation named as ministry {long}"},
    "twin_same_name": {"nl": "dezelfde volledige naam: {short} en {long}", "en": "the same full name: {short} and {long}"},
    "twin_initials": {"nl": "initialen: {short} kan {long} zijn", "en": "initials: {short} may be {long}"},
    "twin_double_surname": {"nl": "dubbele achternaam: {long} bevat {short}", "en": "double surname: {long} holds {short}"},
    "twin_contained": {"nl": "{short} staat in {long}", "en": "{short} is part of {long}"},
    "twin_surname_only": {"nl": "alleen de achternaam: {short} kan {long} zijn", "en": "surname only: {short} may be {long}"},
})


@dataclass(frozen=True)
class Candidate:
    """An entity as compared: its IRI, type, preferred label, every name and number of facts."""

    iri: str
    type: str
    label: str
    names: tuple[str, ...]
    facts: int = 0


@dataclass(frozen=True)
class Twin:
    """Two entities that may be one: ``old`` would be merged ``into`` the other (the one with more
    facts, a ministry, or the one with more names)."""

    old: Candidate
    into: Candidate
    reason: str
    short: str  # the names that gave the reason, as written
    long: str

    @property
    def score(self) -> float:
        return REASONS[self.reason]

    def why(self) -> str:
        """The reason in words, in the message language."""
        return msg(f"twin_{self.reason}", short=self.short, long=self.long)

    def rule(self) -> str:
        """The ``merge:`` item to paste into a curation file."""
        from .curation_graph import entity_key

        return f"- {{from: {entity_key(self.old.iri)}, into: {entity_key(self.into.iri)}}}"


@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    """A name's words, normalised; "&" and hyphens between words are kept as words or inside them.

    >>> _words("Themagroep Human Capital & Arbeidsmarkt"), _words("Sandra Kuipers-Jansen")
    (('themagroep', 'human', 'capital', '&', 'arbeidsmarkt'), ('sandra', 'kuipers-jansen'))
    """
    return tuple(re.findall(r"[\w'’.-]+|&", normalise(name).replace("’", "'")))


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"(\w\.)+\w?\.?|\w", word))


def one_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter (inserted, left out, changed, or two neighbours swapped).

    >>> one_apart("jan de vries", "jan de vriess"), one_apart("vries", "vreis"), one_apart("vries", "vries")
    (True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):
        return a[start:] == b[start + 1:]
    if a[start + 1:] == b[start + 1:]:
        return True
    return a[start + 2:] == b[start + 2:] and a[start:start + 2] == b[start:start + 2][::-1]


# ----------------------------------------------------------------------------- people


@dataclass(frozen=True)
class _Person:
    first: str  # the first name, "" when none is given
    initials: str  # the initial letters, of the first name or of the initials given ("jp")
    surname: str  # with its particles ("de vries")
    last: str  # the surname's last word ("vries", "kuipers-jansen")
    given_initials: bool

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(p for p in self.last.split("-") if p)


@lru_cache(maxsize=65536)
def _person(name: str) -> _Person | None:
    words = [w for w in _words(name) if w not in ("&",)]
    if not words:
        return None
    if len(words) == 1:
        return _Person("", "", words[0], words[0], False)
    given = [w for w in words[:-1] if _initial(w)]
    rest = [w for w in words if not _initial(w)]
    if given:
        initials = "".join(c for w in given for c in w if c.isalpha())
        return _Person("", initials, " ".join(rest), rest[-1] if rest else words[-1], True)
    first, tail = words[0], words[1:]
    return _Person(first, first[0], " ".join(tail), tail[-1], False)


def _person_reason(a: str, b: str) -> tuple[str, str, str] | None:
    """(reason, short name, long name) when person names ``a`` and ``b`` may be one person."""
    pa, pb = _person(a), _person(b)
    if pa is None or pb is None:
        return None
    na, nb = " ".join(_words(a)), " ".join(_words(b))
    if na == nb:
        return None
    if pa.first and pb.first and len(na) >= 6 and one_apart(na, nb):
        return "typo", a, b
    for (x, nx, px), (y, ny, py) in (((a, na, pa), (b, nb, pb)), ((b, nb, pb), (a, na, pa))):
        if px.given_initials and py.first and px.surname == py.surname and py.initials.startswith(px.initials[:1]) \
                and (len(px.initials) == 1 or px.initials[0] == py.first[0]):
            return "initials", x, y
        if not px.first and not px.given_initials and (px.last == py.last or px.last in py.parts) and py.surname:
            return "surname_only", x, y
        if len(py.parts) > 1 and len(px.parts) == 1 and px.last in py.parts and (px.first or px.given_initials) \
                and _same_given(px, py):
            return "double_surname", x, y
    return _compound_reason(a, pa, b, pb)


def _compound_reason(a: str, pa: _Person, b: str, pb: _Person) -> tuple[str, str, str] | None:
    """("spelling" or "double_surname", short, long) for one compound surname written two ways, or one
    part of it, with one first name (:mod:`graph.compound_surnames`).

    >>> _compound_reason("Ruben Okafor-Dewit", _person("Ruben Okafor-Dewit"), "Ruben Okafor-de Wit", _person("Ruben Okafor-de Wit"))
    ('spelling', 'Ruben Okafor-Dewit', 'Ruben Okafor-de Wit')
    >>> _compound_reason("Ruben Wit", _person("Ruben Wit"), "Ruben Okafor-de Wit", _person("Ruben Okafor-de Wit"))
    ('double_surname', 'Ruben Wit', 'Ruben Okafor-de Wit')
    >>> _compound_reason("Karin Wit", _person("Karin Wit"), "Ruben Okafor-de Wit", _person("Ruben Okafor-de Wit")) is None
    True
    """
    if not (pa.first and pb.first and pa.first == pb.first):
        return None
    if compact(pa.surname) == compact(pb.surname) and len(pa.surname) > 3:
        return "spelling", a, b
    for (x, px), (y, py) in (((a, pa), (b, pb)), ((b, pb), (a, pa))):
        cores = surname_cores(py.surname)
        if len(cores) > 1 and surname_cores(px.surname) in {(core,) for core in cores}:
            return "double_surname", x, y
    return None


def name_variants(a: str, b: str) -> bool:
    """Whether person names ``a`` and ``b`` are one person's name written two ways: the same surname
    core with compatible given names or initials ("M. van der Berg", "Marieke van der Berg",
    "Marieke van der Berg-Jansen"). A typo or a surname alone is no proof; one name written twice is
    no variant (two namesakes a build or a ``split:`` keeps apart have it).

    >>> name_variants("M. van der Berg", "Marieke van der Berg"), name_variants("Marieke van der Berg-Jansen", "Marieke van der Berg")
    (True, True)
    >>> name_variants("Marieke van der Berg", "Karin van der Berg"), name_variants("Van der Berg", "Marieke van der Berg")
    (False, False)
    """
    found = _person_reason(a, b)
    return found is not None and found[0] in ("initials", "double_surname")


def variant_keys(name: str) -> frozenset[str]:
    """What one of :func:`name_variants`' variants of ``name`` must share with it: the first initial with
    the last surname word or a part of a double surname ("m:berg"). Names that share none are no
    variants; a name without a given name or initials has none.

    >>> sorted(variant_keys("Marieke van der Berg-Jansen")), sorted(variant_keys("M.J. van der Berg"))
    (['m:berg', 'm:berg-jansen', 'm:jansen'], ['m:berg'])
    >>> variant_keys("Berg")
    frozenset()
    """
    person = _person(name)
    if person is None or not person.initials:
        return frozenset()
    return frozenset(f"{person.initials[0]}:{word}" for word in (*person.parts, person.last))


def _same_given(a: _Person, b: _Person) -> bool:
    """Whether two people's first names (or initials) may be one person's."""
    if a.first and b.first:
        return a.first == b.first
    return bool(a.initials) and bool(b.initials) and a.initials[0] == b.initials[0]


def _person_keys(name: str) -> set[str]:
    person = _person(name)
    if person is None:
        return set()
    keys = {f"s:{part}" for part in person.parts} | {f"s:{person.last}"} | {f"c:{compact(person.surname)}"} \
        | {f"s:{core}" for core in surname_cores(person.surname)}
    if len(person.last) >= 4:  # one letter apart share a key: each with one letter left out (and itself)
        last = person.last
        keys |= {f"d:{last}"} | {f"d:{last[:i]}{last[i + 1:]}" for i in range(len(last))}
    return keys


# ----------------------------------------------------------------------------- bodies


def _kind_and_core(words: list[str]) -> tuple[str, list[str]]:
    """A body's name as its kind word and the rest ("themagroep", ["hc"])."""
    text = " ".join(words)
    for kind in KIND_WORDS:
        if text.startswith(kind + " "):
            return kind, text[len(kind) + 1:].split()
    return "", words


def _acronym(words: list[str]) -> str:
    """The initial letters of a name's words, small words left out.

    >>> _acronym(["vereniging", "van", "nederlandse", "gemeenten"]), _acronym(["human", "capital"])
    ('vng', 'hc')
    """
    return "".join(w[0] for w in words if w not in _SMALL_WORDS and w[0].isalnum())


def _body_reason(a: str, b: str) -> tuple[str, str, str] | None:
    wa, wb = list(_words(a)), list(_words(b))
    na, nb = " ".join(wa), " ".join(wb)
    if na == nb or not wa or not wb:
        return None
    if len(na) >= 8 and one_apart(na, nb):
        return "typo", a, b
    (ka, ca), (kb, cb) = _kind_and_core(wa), _kind_and_core(wb)
    for (x, kx, cx), (y, ky, cy) in (((a, ka, ca), (b, kb, cb)), ((b, kb, cb), (a, ka, ca))):
        if kx == ky and len(cx) == 1 and 2 <= len(cx[0]) <= 6 and len(cy) >= 2 and cx[0] == _acronym(cy):
            return "acronym", x, y
    for (x, wx), (y, wy) in (((a, wa), (b, wb)), ((b, wb), (a, wa))):
        if len(wx) < len(wy) and _contains(wy, wx) and (len(wx) >= 2 or len(wx[0]) >= 5):
            return "contained", x, y
    return None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _body_keys(name: str, common: set[str]) -> set[str]:
    words = list(_words(name))
    kind, core = _kind_and_core(words)
    keys = {f"a:{kind}:{_acronym(core)}", f"a:{kind}:{''.join(core)}"} if core else set()
    keys |= {f"w:{w}" for w in words if len(w) >= 3 and w not in _SMALL_WORDS and w not in common
             and w not in KIND_WORDS}
    if len(words) >= 2:
        keys.add(f"f:{words[0]} {words[1]}")
    return keys


# ----------------------------------------------------------------------------- pairs


def find_twins(candidates, *, ministries: dict[str, Candidate] | None = None, exclude=frozenset(),
               event_days=None) -> list[Twin]:
    """The likely duplicates among ``candidates`` (:class:`Candidate`), strongest first.

    ``ministries`` maps a ministry's normalised name (every name of every period, "ministerie
    van" left out) to the ministry, for the ``ministry`` reason; ``exclude`` holds the pairs
    (frozensets of two IRIs) a curation merges or keeps apart; ``event_days``: each event's days
    (:func:`graph.twin_events.event_days`): two events on other days are none.
    """
    candidates = [c for c in candidates if c.type in COMPARED]
    blocks: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    word_counts: dict[str, int] = defaultdict(int)
    for c in candidates:
        if c.type != "Person":
            for w in {w for name in c.names for w in _words(name)}:
                word_counts[w] += 1
    common = {w for w, n in word_counts.items() if n > MAX_BLOCK}
    for c in candidates:
        keys = set()
        for name in c.names:
            keys |= _person_keys(name) if c.type == "Person" else _body_keys(name, common)
        for key in keys:
            blocks[(c.type, key)].append(c)
    found: dict[frozenset, Twin] = {}
    compared: set[frozenset] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x, y in combinations(members, 2):
            pair = frozenset((x.iri, y.iri))
            if x.iri == y.iri or pair in exclude or pair in compared \
                    or (event_days and x.type == "Event" and on_other_days(x.iri, y.iri, event_days)):
                continue
            compared.add(pair)
            twin = _compare(x, y)
            if twin is not None:
                found[pair] = twin
    for c in candidates:
        if c.type != "Organisation" or not ministries:
            continue
        for name in c.names:
            ministry = ministries.get(_ministry_key(name))
            if ministry is not None and frozenset((c.iri, ministry.iri)) not in exclude:
                found[frozenset((c.iri, ministry.iri))] = Twin(c, ministry, "ministry", name, ministry.label)
                break
    return sorted(found.values(), key=lambda t: (-t.score, -(t.old.facts + t.into.facts), t.into.label.lower(),
                                                 t.old.label.lower(), t.old.iri))


def _compare(x: Candidate, y: Candidate) -> Twin | None:
    if x.type == "Person" and _same_full_name(x.label, y.label):
        old, into = _merge_order(x, y)
        return Twin(old, into, "same_name", own_name(old.label, old.names, old.iri),
                    own_name(into.label, into.names, into.iri))
    best = None
    reason_of = _person_reason if x.type == "Person" else _body_reason
    for a in x.names:
        for b in y.names:
            found = reason_of(a, b)
            if found is not None and (best is None or REASONS[found[0]] > REASONS[best[0]]):
                best = found
    if best is None:
        return None
    reason, short, long = best
    old, into = _merge_order(x, y)
    return Twin(old, into, reason, short, long)


def _merge_order(x: Candidate, y: Candidate) -> tuple[Candidate, Candidate]:
    """(old, into): the one with fewer facts (then names, a shorter label) is merged into the other."""
    old, into = sorted((x, y), key=lambda c: (c.facts, len(c.names), len(c.label), c.iri))
    return old, into


def _same_full_name(a: str, b: str) -> bool:
    """Whether person names ``a`` and ``b`` are one full name, a given name and a surname: the pair a
    build split as namesakes (walkthrough 23 finding 6: its twin was offered for "initials", from
    another name of one of them, where the real reason was the same full name in two towns).

    >>> _same_full_name("Jan de Vries", "jan de  Vries"), _same_full_name("Vries", "Vries"), _same_full_name("J. de Vries", "J. de Vries")
    (True, False, False)
    """
    person = _person(a)
    return person is not None and bool(person.first) and _words(a) == _words(b)


def _ministry_key(name: str) -> str:
    words = list(_words(name))
    if words[:2] == ["ministerie", "van"]:
        words = words[2:]
    elif words[:1] == ["ministerie"]:
        words = words[1:]
    return " ".join(words)


def ministry_names(ministries) -> dict[str, Candidate]:
    """Normalised name → ministry, for every name of each (and the words before its first "en":
    "Binnenlandse Zaken" of "Binnenlandse Zaken en Koninkrijksrelaties"); short abbreviations too."""
    names: dict[str, Candidate] = {}
    for ministry in ministries:
        for name in ministry.names:
            key = _ministry_key(name)
            if len(key) >= 3:
                names.setdefault(key, ministry)
            words = key.split()
            if "en" in words and words.index("en") >= 2:
                names.setdefault(" ".join(words[:words.index("en")]), ministry)
    return names


# ----------------------------------------------------------------------------- on a graph

#: a fact of an entity: a core relation's direct triple (``hasRole`` as its ``memberOf`` shortcut)
_FACTS_QUERY = """SELECT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o }"""


def graph_candidates(dataset) -> tuple[list[Candidate], list[Candidate]]:
    """The entities of ``dataset`` as candidates (with their number of facts), and its ministries."""
    from .names import entity_index
    from .query import run_sparql
    from .vocab import CORE_PREDICATES

    predicates = " ".join(f"g40:{p}" for p in (*CORE_PREDICATES, "memberOf") if p != "hasRole")
    facts: dict[str, int] = defaultdict(int)
    seen = set()
    for row in run_sparql(dataset, _FACTS_QUERY % predicates, check=False).rows:
        triple = (str(row["s"]), str(row["p"]), str(row["o"]))
        if triple not in seen:
            seen.add(triple)
            facts[triple[0]] += 1
            facts[triple[2]] += 1
    index = entity_index(dataset)
    every = [Candidate(e.iri, e.type, e.label, tuple(dict.fromkeys((e.label, *e.names))), facts.get(e.iri, 0))
             for e in index.values()]
    return [c for c in every if c.type in COMPARED], [c for c in every if c.type == "Ministry"]


#: two entities a document says are not one ("X is niet dezelfde persoon als Y"; graph.extract.not_the_same)
_APART_QUERY = "SELECT ?a ?b WHERE { ?a owl:differentFrom ?b }"


def twins_of_graph(dataset, *, exclude=frozenset(), limit: int | None = None) -> list[Twin]:
    """:func:`find_twins` on the entities of ``dataset``, but for the pairs its documents say are two
    (``owl:differentFrom``) and those of ``exclude``."""
    from .query import run_sparql

    candidates, ministries = graph_candidates(dataset)
    apart = {frozenset((str(row["a"]), str(row["b"]))) for row in run_sparql(dataset, _APART_QUERY, check=False).rows}
    found = find_twins(candidates, ministries=ministry_names(ministries), exclude=frozenset(exclude) | apart,
                       event_days=event_days(dataset))
    return found[:limit] if limit else found
