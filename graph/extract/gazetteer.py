"""Find gazetteer entities in text: municipalities, provinces, ministries, organisations.

Matching is a longest-match dictionary look-up over word tokens (one pass, linear time), case
sensitive except in ALL-CAPS text. Rules of Dutch on top of the registers:

- municipality names that are ordinary words (``data/gazetteer/stop_municipalities.csv``:
  Best, Goes, Buren …) need a cue: "gemeente Best", "(Best)", "in/uit/te Best", or a list of
  other municipalities next to them; a name glued into a compound ("Best-practice",
  "Oost-Groningen") is no hit, nor is a province glued into a region ("Noord-Limburg");
  dissolved municipalities only count in texts from before their end;
- "provincie Utrecht" is the province, "Utrecht" the municipality;
- ministry abbreviations (EZK, IenW, I&W, OC&W …) resolve to the TOOI code whose name period
  holds at the document date; single-word ministry names (Defensie, Financiën) and lower-case
  names count only after "ministerie/minister/staatssecretaris van" (also "minister <Name> van");
- organisations by abbreviation, name and alias, and "Full Name (ABBR)" for any organisation whose
  abbreviation spells the initials of its name.

Compiled indexes are cached per :class:`~graph.gazetteer.Gazetteer`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> ms = find_gazetteer_mentions("Best practices uit Den Bosch en het ministerie van I&W.", load_gazetteer())
>>> [(m.text, m.type, m.key) for m in ms]
[('Den Bosch', 'Municipality', 'GM0796'), ('I&W', 'Ministry', 'mnre1130')]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from ..gazetteer import Gazetteer
from ..resources import data_path
from .lexicon import load_lexicon
from .model import Mention
from .tokens import Token, WordTest, key_of, tokenize

__all__ = ["GazetteerIndex", "index_for", "find_gazetteer_mentions", "domain_entity", "find_place_adjectives",
           "place_adjectives"]

_PAREN = re.compile(r"\s*\([^)]*\)")
_MINISTRY_CUE = {"ministerie", "ministeries", "minister", "staatssecretaris", "ministers", "departement"}
_MUNICIPALITY_CUE = {"gemeente", "gemeenten", "in", "uit", "te", "wethouder", "burgemeester", "stad", "regio",
                     "woonplaats"}
#: an office of a municipality before "van": "burgemeester van Hoorn", "de gemeenteraad van Best"
_OFFICE_OF = {"wethouder", "burgemeester", "raadslid", "gemeenteraad", "gemeentesecretaris", "college"}


@dataclass(frozen=True)
class _Entry:
    type: str
    key: str
    rule: str
    needs_cue: bool = False  # municipality that is an ordinary word / one-word ministry name
    valid_from: str | None = None
    valid_until: str | None = None  # ministry name period or dissolution date
    ministry_cue: bool = False  # only after "ministerie van"
    founded: str | None = None  # a ministry's first day (its first name period's start): no name for it before


@dataclass
class GazetteerIndex:
    exact: dict[tuple[str, ...], list[_Entry]] = field(default_factory=dict)
    upper: dict[tuple[str, ...], list[_Entry]] = field(default_factory=dict)
    lower: dict[tuple[str, ...], list[_Entry]] = field(default_factory=dict)
    lengths: dict[str, set[int]] = field(default_factory=dict)  # first token (as written / upper) → lengths
    lower_lengths: dict[str, set[int]] = field(default_factory=dict)  # lower-case first token → lengths
    domains: dict[str, tuple[str, str]] = field(default_factory=dict)  # e-mail domain label → (type, key)
    org_names: dict[str, str] = field(default_factory=dict)  # organisation key → name
    #: derived by :meth:`finish`: the lengths of ``lengths``/``lower_lengths``, longest first, and
    #: the test "a name can start with this token"
    descending: dict[str, tuple[int, ...]] = field(default_factory=dict)
    lower_descending: dict[str, tuple[int, ...]] = field(default_factory=dict)
    first_words: WordTest | None = None
    #: the names of municipalities dissolved since (no current one of that name) by their first word,
    #: and each name's end date
    dissolved: tuple[dict[str, list[str]], dict[str, str]] = ({}, {})

    def add(self, name: str, entry: _Entry, *, lower: bool = False, upper: bool = True) -> None:
        key = key_of(name)
        if not key:
            return
        self.exact.setdefault(key, []).append(entry)
        if upper and len(name) > 3:
            self.upper.setdefault(tuple(t.upper() for t in key), []).append(entry)
        if lower:
            self.lower.setdefault(tuple(t.lower() for t in key), []).append(entry)
            self.lower_lengths.setdefault(key[0].lower(), set()).add(len(key))
        for first in {key[0], key[0].upper()}:
            self.lengths.setdefault(first, set()).add(len(key))

    def finish(self) -> None:
        """Build the derived look-up structures (after the last :meth:`add`)."""
        self.descending = {first: tuple(sorted(n, reverse=True)) for first, n in self.lengths.items()}
        self.lower_descending = {first: tuple(sorted(n, reverse=True)) for first, n in self.lower_lengths.items()}
        lengths, lower_lengths = self.lengths, self.lower_lengths
        self.first_words = WordTest(lambda word: word in lengths or word.lower() in lower_lengths)


_CACHE: dict[int, tuple[Gazetteer, GazetteerIndex]] = {}


def index_for(gazetteer: Gazetteer) -> GazetteerIndex:
    """The compiled index of ``gazetteer`` (built once per gazetteer object)."""
    cached = _CACHE.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    index = _build_index(gazetteer)
    _CACHE[id(gazetteer)] = (gazetteer, index)
    return index


def _domain_label(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", name.lower().replace("'s-", "s-").replace(" ", "-"))


def _build_index(gazetteer: Gazetteer) -> GazetteerIndex:
    lexicon = load_lexicon()
    index = GazetteerIndex()
    stop = lexicon.stop_municipalities
    base_names: dict[str, set[str]] = {}
    for m in gazetteer.municipalities:
        for name in m.names:
            base_names.setdefault(_PAREN.sub("", name), set()).add(m.code)
    for m in gazetteer.municipalities:
        for name in m.names:
            base = _PAREN.sub("", name)
            ambiguous = len(base_names[base]) > 1
            if ambiguous and base == name:
                continue
            index.add(base if not ambiguous else name,
                      _Entry("Municipality", m.code, "gazetteer.municipality", needs_cue=base in stop),
                      upper=base not in stop)
            for label in {_domain_label(base), _domain_label(base).replace("-", "")}:
                index.domains.setdefault(label, ("Municipality", m.code))
    current = {n for m in gazetteer.municipalities for n in m.names}
    ended = {}
    for m in gazetteer.dissolved:
        if m.name not in current:
            index.add(m.name, _Entry("Municipality", m.code, "gazetteer.municipality-dissolved",
                                     needs_cue=m.name in stop, valid_until=m.dissolved), upper=False)
            ended[m.name] = max(m.dissolved or "", ended.get(m.name, ""))
    by_first_word: dict[str, list[str]] = {}
    for name in sorted(ended, key=len, reverse=True):  # the longest name first
        by_first_word.setdefault(name.split()[0], []).append(name)
    index.dissolved = (by_first_word, ended)
    for m in gazetteer.municipalities:
        for alias in m.aliases:
            index.add(alias, _Entry("Municipality", m.code, "gazetteer.municipality-alias"))
    for code, name in gazetteer.provinces().items():
        names = [name] + (["Friesland"] if name == "Fryslân" else [])
        for n in names:
            index.add(n, _Entry("Province", code, "gazetteer.province", needs_cue=n in current))
    for ministry in gazetteer.ministries:
        founded = _founded(ministry)
        for period in ministry.periods:
            entry = _Entry("Ministry", ministry.code, "gazetteer.ministry", valid_from=period.valid_from,
                           valid_until=period.valid_until, founded=founded)
            index.add(period.abbreviation, entry, upper=False)
            one_word = len(key_of(period.name)) == 1
            index.add(period.name, _Entry("Ministry", ministry.code, "gazetteer.ministry-name",
                                          valid_from=period.valid_from, valid_until=period.valid_until,
                                          ministry_cue=one_word, founded=founded), lower=True)
        for variant in ministry.variants:
            index.add(variant, _Entry("Ministry", ministry.code, "gazetteer.ministry-variant", founded=founded), upper=False)
        for period in ministry.periods:
            # the ministries' mail domains are "min" and the abbreviation: minbzk.nl, minszw.nl, minjenv.nl
            index.domains.setdefault("min" + re.sub(r"[^a-z]", "", period.abbreviation.lower()), ("Ministry", ministry.code))
    # the short form of a ministry's name, after "ministerie van": "ministerie van Binnenlandse Zaken" (the
    # words before " en " or ",", at least two, when no ministry bears that name itself)
    full_names = {key_of(p.name) for mi in gazetteer.ministries for p in mi.periods}
    for ministry in gazetteer.ministries:
        for period in ministry.periods:
            short = re.split(r",\s+|\s+en\s+", period.name)[0]
            if short != period.name and len(short.split()) >= 2 and key_of(short) not in full_names:
                index.add(short, _Entry("Ministry", ministry.code, "gazetteer.ministry-short", valid_from=period.valid_from,
                                        valid_until=period.valid_until, ministry_cue=True, founded=_founded(ministry)),
                          lower=True)
    organisations = [(o.abbreviation, o.names) for o in gazetteer.organisations]
    organisations += [(abbr, (abbr, name, *aliases)) for abbr, name, aliases in lexicon.bodies]
    for abbreviation, names in organisations:
        index.org_names.setdefault(abbreviation, names[1] if len(names) > 1 else names[0])
        for name in names:
            name = _PAREN.sub("", name).strip()
            if name:
                index.add(name, _Entry("Organisation", abbreviation, "gazetteer.organisation"),
                          upper=name != abbreviation)
        for name in names:
            label = _domain_label(_PAREN.sub("", name))
            for candidate in (label, label.replace("-", "")):
                if len(candidate) >= 2:
                    index.domains.setdefault(candidate, ("Organisation", abbreviation))
    index.finish()
    return index


def domain_entity(domain: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(type, key) of the municipality or organisation an e-mail domain belongs to.

    >>> from graph.gazetteer import load_gazetteer
    >>> domain_entity("sittard-geleen.nl", load_gazetteer())
    ('Municipality', 'GM1883')
    """
    labels = domain.lower().split(".")
    if len(labels) < 2:
        return None
    return index_for(gazetteer).domains.get(labels[-2])


def dissolved_named(text: str, gazetteer: Gazetteer, date: str | None) -> list[tuple[str, str]]:
    """(name, end date) of each municipality that ``text`` (of ``date``) names as "gemeente <name>"
    though it was dissolved before: "de gemeente Haren" in a text of 2024 (Haren joined Groningen in
    2019) is no municipality of the text's time. The extraction does not read it as one; the build
    says so, instead of leaving the facts out in silence.

    >>> from graph.gazetteer import load_gazetteer
    >>> dissolved_named("De gemeente Haren doet mee.", load_gazetteer(), "2024-03-01")
    [('Haren', '2018-12-31')]
    >>> dissolved_named("De gemeente Haren doet mee.", load_gazetteer(), "2016-03-01")
    []
    >>> dissolved_named("De gemeente Sittard-Geleen doet mee.", load_gazetteer(), "2024-03-01")
    []
    >>> dissolved_named("De voormalige gemeente Haren deed mee.", load_gazetteer(), "2024-03-01")
    []
    """
    by_first_word, ended = index_for(gazetteer).dissolved
    if not date:
        return []
    found = set()
    for match in _GEMEENTE_NAME.finditer(text):
        if text[max(0, match.start() - 12):match.start()].split()[-1:] in ([w] for w in _FORMER):
            continue  # "de voormalige gemeente Haren": read as the dissolved municipality
        for name in by_first_word.get(match.group(1), ()):
            after = match.start(1) + len(name)
            # the whole name: "gemeente Sittard-Geleen" names no dissolved Sittard
            if text.startswith(name, match.start(1)) and not _NAME_GOES_ON.match(text, after):
                found.add(name)
                break
    return sorted((name, ended[name]) for name in found if ended[name] and ended[name] < date[:10])


#: "gemeente" and the first word after it; a character a name may go on with
_GEMEENTE_NAME = re.compile(r"\b[Gg]emeenten? ([^\s,.;:()]+)")
_NAME_GOES_ON = re.compile(r"[\w-]")


def _valid(entry: _Entry, date: str | None) -> bool:
    if entry.type == "Municipality" and entry.valid_until:
        return bool(date) and date[:10] <= entry.valid_until
    if entry.type == "Ministry" and entry.founded and date:
        # "Volkshuisvesting en Ruimtelijke Ordening" in 2022 was no ministry (VRO: 2024-07-02); from the founding
        # year on it is (a year report dated by its first day, the new cabinet's announcements)
        return entry.founded[:4] <= date[:4]
    return True


def _founded(ministry) -> str | None:
    """A ministry's first day: the start of its first name period; None when the register gives none (older
    than the register).

    >>> from graph.gazetteer import load_gazetteer
    >>> [_founded(m) for m in load_gazetteer().ministries if m.code in ("mnre1171", "mnre1034")]
    [None, '2024-07-02']
    """
    starts = [p.valid_from for p in ministry.periods]
    return None if None in starts or not starts else min(starts)


def _in_period(entry: _Entry, date: str | None) -> bool:
    if not date:
        return entry.valid_until is None
    return (entry.valid_from is None or entry.valid_from <= date[:10]) and (
        entry.valid_until is None or date[:10] <= entry.valid_until)


def _pick(entries: list[_Entry], date: str | None) -> _Entry | None:
    entries = [e for e in entries if _valid(e, date)]
    if not entries:
        return None
    codes = {(e.type, e.key) for e in entries}
    if len(codes) == 1:
        return entries[0]
    ministries = [e for e in entries if e.type == "Ministry"]
    if ministries:
        in_period = [e for e in ministries if _in_period(e, date)]
        if in_period:
            return in_period[0]
        return max(ministries, key=lambda e: e.valid_until or "9999")
    municipality = [e for e in entries if e.type == "Municipality"]
    return municipality[0] if len({e.key for e in municipality}) == 1 else None


def _lower(tokens: list[Token], i: int) -> str:
    return tokens[i].text.lower() if 0 <= i < len(tokens) else ""


def _has_ministry_cue(tokens: list[Token], i: int) -> bool:
    j = i - 1
    if _lower(tokens, j) != "van":
        return False
    if _lower(tokens, j - 1) in _MINISTRY_CUE:
        return True
    # "minister Anna de Vries van Financiën": the cue before the minister's name
    k = j - 1
    while k >= 0 and j - k <= 4 and tokens[k].text[:1].isupper():
        k -= 1
    return k < j - 1 and _lower(tokens, k) in {"minister", "staatssecretaris"}


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    """True when tokens[i:j] is glued into a compound by a hyphen ("Oost-Groningen", "Best-practice")."""
    before = i >= 2 and tokens[i - 1].text == "-" and tokens[i - 1].start == tokens[i - 2].end \
        and tokens[i - 1].end == tokens[i].start and tokens[i - 2].text[:1].isalpha()
    after = j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end \
        and tokens[j].end == tokens[j + 1].start and tokens[j + 1].text[:1].islower()
    return before or after


def _municipality_cue(tokens: list[Token], i: int, j: int, found: list[Mention],
                      index: GazetteerIndex | None = None) -> bool:
    if _lower(tokens, i - 1) in _MUNICIPALITY_CUE:
        return True
    if _lower(tokens, i - 1) == "van" and _lower(tokens, i - 2) in _OFFICE_OF:
        return True  # "In 2006 werd hij burgemeester van Hoorn"
    if (_lower(tokens, i - 1), _lower(tokens, j)) in (("(", ")"), ("|", "|")):
        return True  # "Eva Smit (Hoorn)"; a table cell of its own: "| Hoorn | Kersenboogerd |"
    # in a list with other municipalities: "Breda, Best en Eindhoven"
    if _lower(tokens, i - 1) in {",", "en"} and bool(found) and found[-1].type == "Municipality" \
            and tokens[i].start - found[-1].end < 6:
        return True
    if _lower(tokens, i - 1) == "maar" and bool(found) and found[-1].type == "Municipality" \
            and tokens[i].start - found[-1].end < 9:
        return True  # a contrast with a town: "Niet Hilversum maar Hoorn neemt deel" (round 53e)
    if _named_with_cue_before(tokens, i, j, found):
        return True  # "… de gemeente Hoorn … Sinds 2024 doet Hoorn ook mee": the town the text named before (57r)
    # first of such a list: "Hoorn en Alkmaar waren pilotgemeente"
    return index is not None and _lower(tokens, j) in {",", "en"} and _plain_municipality(tokens, j + 1, index)


def _named_with_cue_before(tokens: list[Token], i: int, j: int, found: list[Mention]) -> bool:
    """Whether the capitalised name at tokens ``i:j`` is a municipality the text already named (with a cue, as every
    such name is found): once a letter says "de gemeente Hoorn", its later "Hoorn" is that town, not a horn (round 57r).

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("De gemeente Hoorn schrijft. Ook Hoorn doet mee.")
    >>> town = Mention(12, 17, "Hoorn", "Municipality", "gazetteer.municipality", 0.95)
    >>> _named_with_cue_before(tokens, 6, 7, [town]), _named_with_cue_before(tokens, 6, 7, [])
    (True, False)
    """
    if not tokens[i].text[:1].isupper():
        return False
    name = " ".join(t.text for t in tokens[i:j])
    return any(m.type == "Municipality" and m.text == name for m in found)


def _plain_municipality(tokens: list[Token], k: int, index: GazetteerIndex) -> bool:
    """Whether token ``k`` starts the name of a municipality that needs no cue ("Alkmaar", "Den Haag")."""
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return False
    for length in index.descending.get(tokens[k].text, ()):
        words = tuple(t.text for t in tokens[k:k + length])
        if any(e.type == "Municipality" and not e.needs_cue for e in index.exact.get(words, ())):
            return True
    return False


def find_gazetteer_mentions(text: str, gazetteer: Gazetteer, *, date: str | None = None,
                            tokens: list[Token] | None = None) -> list[Mention]:
    """Gazetteer mentions in ``text``, left to right, longest match first, not overlapping."""
    index = index_for(gazetteer)
    tokens = tokenize(text) if tokens is None else tokens
    found: list[Mention] = []
    i, n = 0, len(tokens)
    for candidate in index.first_words.indexes(tokens):
        if candidate < i:
            continue  # inside the mention found last
        i = candidate
        first = tokens[i].text
        lengths = index.descending.get(first)
        if not lengths and first.lower() in index.lower_lengths and _has_ministry_cue(tokens, i):
            lengths = index.lower_descending[first.lower()]
        if not lengths:
            continue
        hit = None
        cue = None  # "ministerie van" before token i: asked once, not once per length
        # the words of the longest name and how many of them are upper case, once for all lengths
        window = tuple([t.text for t in tokens[i:i + lengths[0]]])
        upper = _upper_run(window)
        for length in lengths:
            j = i + length
            if j > n:
                continue
            words = window[:length]
            # names never run across a line break in the middle of a sentence heading
            candidates = index.exact.get(words)
            mode = "exact"
            if not candidates and length <= upper:
                candidates, mode = index.upper.get(words), "upper"
            if not candidates:
                if cue is None:
                    cue = _has_ministry_cue(tokens, i)
                if cue:
                    candidates, mode = index.lower.get(tuple(w.lower() for w in words)), "lower"
            if not candidates:
                continue
            entry = _accept(candidates, tokens, i, j, found, date, mode, index)
            if entry:
                hit = (j, entry)
                break
        if not hit:
            continue
        j, entry = hit
        start, end = tokens[i].start, tokens[j - 1].end
        found.append(Mention(start, end, text[start:end], entry.type, entry.rule,
                             0.95 if entry.needs_cue else 1.0, key=entry.key))
        i = j
    return found


def _upper_run(words: tuple[str, ...]) -> int:
    """How many of ``words``, from the first, are upper case or no word ("VNG", "G40", "&")."""
    for count, word in enumerate(words):
        if not (word.isupper() or not word.isalpha()):
            return count
    return len(words)


#: the members of a cabinet whose "voor" names their portfolio: "minister voor Armoedebeleid"
_PORTFOLIO_TITLES = frozenset({"minister", "staatssecretaris", "ministers", "staatssecretarissen"})


def _portfolio(tokens: list[Token], i: int) -> bool:
    """Does the name at token ``i`` follow "voor" after a cabinet member's title, with or without the
    member's name between ("minister voor Armoedebeleid", "Minister Van Dam voor Volkshuisvesting"): a
    minister without portfolio's task, which a ministry houses, not a ministry.

    >>> from graph.extract.tokens import tokenize
    >>> _portfolio(tokenize("Minister Van Dam-Kok voor Wonen"), 6), _portfolio(tokenize("subsidie voor Wonen"), 2)
    (True, False)
    """
    if _lower(tokens, i - 1) != "voor":
        return False
    k = i - 2
    while k >= 0 and i - 2 - k < 6 and (tokens[k].text[:1].isupper() or tokens[k].text in ("-", "van", "de", "der", "den")) \
            and _lower(tokens, k) not in _PORTFOLIO_TITLES:
        k -= 1  # the member's name: "Van Oordt-Hendriks", "Anna de Vries"
    return _lower(tokens, k) in _PORTFOLIO_TITLES


#: a town's or province's office whose portfolio may be named like a ministry: "wethouder Economische Zaken"
_LOCAL_OFFICES = frozenset({"wethouder", "wethouders", "gedeputeerde", "gedeputeerden", "portefeuillehouder",
                            "portefeuillehouders"})


def _local_portfolio(tokens: list[Token], i: int) -> bool:
    """Does the name at token ``i`` follow a town's or province's office word right away ("wethouder Economische
    Zaken van Apeldoorn", "gedeputeerde Economische Zaken"): the office's portfolio, not the ministry (walkthrough
    29, finding 11).

    >>> from graph.extract.tokens import tokenize
    >>> _local_portfolio(tokenize("wethouder Economische Zaken"), 1), _local_portfolio(tokenize("de wethouder en Economische Zaken"), 3)
    (True, False)
    """
    return _lower(tokens, i - 1) in _LOCAL_OFFICES


def _accept(candidates, tokens, i, j, found, date, mode, index=None) -> _Entry | None:
    cue = _has_ministry_cue(tokens, i)
    province = _lower(tokens, i - 1) == "provincie"
    usable = []
    for entry in candidates:
        if entry.type == "Province" and entry.needs_cue and not province:
            continue
        if entry.type == "Municipality" and province and any(e.type == "Province" for e in candidates):
            continue
        if entry.ministry_cue and not cue:
            continue
        if entry.type == "Ministry" and _portfolio(tokens, i):
            continue  # "minister (X) voor Volkshuisvesting en Ruimtelijke Ordening": a portfolio, not a ministry
        if entry.type == "Ministry" and _local_portfolio(tokens, i):
            continue  # "wethouder Economische Zaken van Apeldoorn": the wethouder's portfolio
        if entry.type in ("Municipality", "Province") and _glued(tokens, i, j):
            continue  # a region: "Noord-Limburg", "Oost-Groningen"
        if entry.type == "Municipality":
            if entry.needs_cue and not _municipality_cue(tokens, i, j, found, index):
                continue
        if mode == "upper" and entry.type == "Municipality" and entry.needs_cue:
            continue
        usable.append(entry)
    if usable and _lower(tokens, i - 1) == "gemeente" and _lower(tokens, i - 2) in _FORMER:
        # "de voormalige gemeente Haren" in a text of 2023: the dissolved municipality itself, not nothing
        former = {e.key: e for e in usable if e.type == "Municipality" and e.valid_until}
        if len(former) == 1:
            return next(iter(former.values()))
    if usable and _past_office_before(tokens, i) and not any(e.type == "Municipality" and not e.valid_until for e in usable):
        # "eerder burgemeester van Vriezenveen", "was burgemeester van Stad Delden": an office held there before,
        # when the municipality still was (round 51d)
        former = {e.key: e for e in usable if e.type == "Municipality" and e.valid_until}
        if len(former) == 1:
            return next(iter(former.values()))
    return _pick(usable, date) if usable else None


#: the offices a town's name follows ("burgemeester van X") and the words that put one in the past
_TOWN_OFFICES = frozenset({"burgemeester", "wethouder", "gemeentesecretaris", "raadslid", "griffier"})
_BEFORE_NOW = frozenset({"eerder", "was", "voormalig", "voormalige", "oud", "toenmalig", "toenmalige", "destijds",
                         "daarvoor", "vroeger", "werd", "daarna"})


def _past_office_before(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows "<office> van" with a word of the past before the office ("eerder
    burgemeester van", "oud-burgemeester van", "was wethouder van").

    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("eerder burgemeester van Vriezenveen")
    >>> _past_office_before(tokens, 3), _past_office_before(tokenize("burgemeester van Vriezenveen"), 2)
    (True, False)
    """
    if _lower(tokens, i - 1) != "van" or _lower(tokens, i - 2) not in _TOWN_OFFICES:
        return False
    return any(_lower(tokens, k) in _BEFORE_NOW for k in range(max(0, i - 6), i - 2))


#: words that make "gemeente X" a municipality that was: "de voormalige gemeente Haren"
_FORMER = frozenset({"voormalige", "voormalig", "vroegere", "opgeheven"})


#: a place adjective stands before a role word of the municipality: "de Delftse wethouder X"
_ADJECTIVE_BEFORE_ROLE = re.compile(r"\b([A-Z][\w'-]*?(?:se|sche|er))\s+(?=(?:wethouder|burgemeester|gemeentesecretaris)s?\b|"
                                    # "zijn Bredase collega X": a colleague in office there (:mod:`.colleagues`)
                                    r"collega(?:'s|’s)?\s+[A-Z]|"
                                    # "de Tilburgse aanpak 'Omscholen naar Zorg'": a place's own named approach
                                    r"(?:aanpak|pilot|proeftuin|programma)\s+[\"'“‘])")
#: "Den Haag" → "Haagse": an article before the name is not part of the adjective
_NAME_ARTICLE = re.compile(r"^(?:(?:Den|De|Het|'t)\s+|'s-)")
_ADJECTIVES: dict[int, tuple[Gazetteer, dict[str, str]]] = {}


def place_adjectives(name: str) -> set[str]:
    """The adjectives Dutch derives from a place name with -se/-sche: the name plus -se ("Delft" →
    "Delftse"), a final vowel or -en dropped before it ("Gouda" → "Goudse", "Leiden" → "Leidse",
    "Zwolle" → "Zwolse", with a doubled consonant made single), an article left off ("Den Haag" → "Haagse");
    a name in -en also gives -er ("Assen" → "Asser"; only read before a role word).

    Examples
    --------
    >>> sorted(a for a in place_adjectives("Gouda") if a.endswith("se"))
    ['Goudase', 'Goudse']
    >>> "Zwolse" in place_adjectives("Zwolle"), "Leidse" in place_adjectives("Leiden")
    (True, True)
    >>> "Asser" in place_adjectives("Assen")
    True
    """
    base = _NAME_ARTICLE.sub("", name)
    stems = {base}
    if base[-1:] in ("a", "e", "o"):
        stems.add(base[:-1])
    if base.endswith("en") and len(base) > 4:
        stems.add(base[:-2])
    for stem in list(stems):
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stems.add(stem[:-1])  # "Zwoll" → "Zwol"
    found = {stem + ending for stem in stems if len(stem) > 2 for ending in ("se", "sche")}
    if base.endswith("en") and len(base) > 4 and " " not in base:
        found.add(base[:-2] + "er")  # "Assen" → "Asser", "Emmen" → "Emmer", "Groningen" → "Groninger"
    return found


def _irregular_adjectives() -> dict[str, str]:
    """Place adjectives no rule derives (``data/gazetteer/place_adjectives.csv``): "Bossche" →
    GM0796 ('s-Hertogenbosch), "Dordtse" → GM0505, "Leeuwarder" → GM0080.

    >>> _irregular_adjectives()["Nijmeegse"]
    'GM0268'
    """
    with data_path("gazetteer", "place_adjectives.csv").open(encoding="utf-8", newline="") as handle:
        return {row["adjective"]: row["code"] for row in csv.DictReader(handle)}


def _adjective_index(gazetteer: Gazetteer) -> dict[str, str]:
    cached = _ADJECTIVES.get(id(gazetteer))
    if cached and cached[0] is gazetteer:
        return cached[1]
    codes: dict[str, set[str]] = {}
    for m in gazetteer.municipalities:
        for name in m.names:
            for adjective in place_adjectives(_PAREN.sub("", name)):
                codes.setdefault(adjective, set()).add(m.code)
    index = {adjective: next(iter(found)) for adjective, found in codes.items() if len(found) == 1}
    index.update(_irregular_adjectives())  # "Bossche", "Nijmeegse", "Leeuwarder"
    _ADJECTIVES[id(gazetteer)] = (gazetteer, index)
    return index


def find_place_adjectives(text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Municipalities named by their adjective before one of their role words: "de Delftse wethouder
    X", "de Goudse burgemeester", or before a programme word and a quoted name: "de Tilburgse aanpak
    'X'" (an adjective of no municipality, or of several, names none).

    Examples
    --------
    >>> from graph.gazetteer import load_gazetteer
    >>> [(m.text, m.name) for m in find_place_adjectives("De Delftse wethouder sprak.", load_gazetteer())]
    [('Delftse', 'Delft')]
    """
    if "se " not in text and "sche " not in text and "er wethouder" not in text and "er burgemeester" not in text \
            and "er collega" not in text:
        return []
    index = _adjective_index(gazetteer)
    names = {m.code: m.preferred for m in gazetteer.municipalities}
    found = []
    for match in _ADJECTIVE_BEFORE_ROLE.finditer(text):
        code = index.get(match.group(1))
        if code is not None:
            found.append(Mention(match.start(1), match.end(1), match.group(1), "Municipality",
                                 "gazetteer.place-adjective", 0.9, key=code, name=names.get(code)))
    return found
