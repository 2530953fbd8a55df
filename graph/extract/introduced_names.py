"""Names a text introduces by saying what kind of thing they are.

A name the gazetteer does not know is still a programme or an organisation when the text says so.
Dutch says it with a kind noun in an apposition right after the name, or as the name's predicate:

- "Deventer doet mee aan Samen Sterker in de Wijk, het programma van BZK voor kwetsbare wijken"
- "Met Kansrijk Opgroeien, een programma van OCW, werkt Zwolle aan …"
- "Wijkkracht, een initiatief van Platform31, helpt buurten"; "Wijkkracht is een initiatief van Platform31"
- "Ook LIOF, de regionale ontwikkelingsmaatschappij van Limburg, was er"
- in brackets or dashes: "Kansrijk Opgroeien (een programma van OCW)", "Samen Thuis – een initiatief van de VNG –"

The kind noun (its last part, for a compound: "subsidieregeling", "werkbedrijf") gives the type:
a programma, project, initiatief, pilot or regeling is a Programme, a stichting, ontwikkelingsmaatschappij
or werkbedrijf an Organisation. The name is the capitalised run before the comma (its inner "in de",
"van", "voor", "en" included: "Samen Sterker in de Wijk"), without a sentence-initial preposition or
adverb ("Met", "Ook"), and names nothing the gazetteer or a person rule already knows
("Groningen, de grootste stad …", "Jan de Vries, de wethouder van Breda"), though it may hold a place
("Gelderland Centraal, een samenwerkingsverband"). A one-word name opening a sentence must be spelled as a
name or be capitalised inside another sentence ("Kortom, een initiatief …" introduces nothing).

Two more ways Dutch marks a new name as a programme's:

- a Title Case name closed by a glued "!" after a word in lower case: "het programma Heerlen Werkt!"
  (prose capitalises no verb; a place inside is part of the name);
- a quoted name right after a cue of taking part or of the name an effort goes by: "doen mee aan “Heel
  de Buurt”", "onder de noemer 'Samen Sterk'".

Every later (and earlier) repeat of such a name in the document is the same entity, and so is the bare
name of a programme named after its kind word ("het programma Samen Doen … doet mee aan Samen Doen").

What "van Y" after the kind noun states (:func:`find_introduced_facts`): Y initiated an initiatief and
leads a programme or project ("het programma van BZK", "een project van de VNG en Movisie"), also in an
apposition after a programme known by its own name ("het Programma X, het interbestuurlijke programma van A,
B en C", round 43i); a place
after an organisation's kind noun ("de ontwikkelingsmaatschappij van Limburg") is where it works, no fact.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Breda doet mee aan Wijkkracht, een initiatief van Platform31. Wijkkracht loopt tot 2026."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(m.text, m.type) for m in ex.mentions if m.rule.startswith("names.")]
[('Wijkkracht', 'Programme'), ('Wijkkracht', 'Programme')]
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations)
[('Breda', 'participatesIn', 'Wijkkracht'), ('Platform31', 'initiated', 'Wijkkracht')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .organisations import NOT_NAMES
from .phrases import is_cap, is_verbish, quoted_after
from .tokens import Token, WordTest, tokenize

__all__ = ["find_introduced_names", "find_introduced_facts", "KIND_APPOSITION", "APPOSED_OWNER"]

#: the rule of a name its kind noun introduced, and of its repeats
KIND_APPOSITION = "names.kind-apposition"
_REPEAT = "names.kind-repeat"
_EXCLAIMED = "names.exclaimed"
_QUOTED = "names.quoted-after-cue"
#: the quotes that open a name, and the exclamation mark that may close one (the tokens the scans start from)
_OPENING_QUOTES = frozenset({"'", '"', "“", "‘", "„"})
_OPENING_QUOTE = WordTest(_OPENING_QUOTES.__contains__)
_EXCLAMATION = WordTest("!".__eq__)

#: the last part of a kind noun that makes the name a programme, with its programme kind
_PROGRAMME_KINDS = {"programma": "project", "initiatief": "project", "project": "project", "pilot": "project",
                    "proeftuin": "project", "campagne": "campaign", "regeling": "fund", "fonds": "fund",
                    "traject": "project", "aanpak": "project"}
#: the last part of a kind noun that makes the name a signed agreement or a partnership, a programme whose
#: "van Y" names its parties, not its owner ("Pact Zuid, een akkoord van de provincie en de gemeenten",
#: "Kansrijk Noord, een samenwerking van Emmen en Assen")
_AGREEMENT_KINDS = ("akkoord", "pact", "convenant", "samenwerking")
#: the last part of a kind noun that makes the name a partnership of members that work together on one task,
#: a project whose "van Y" names its members: "het consortium 'Slimme Zorg'", "BWZ, een consortium van Saxion en de UT"
_PARTNERSHIP_KINDS = ("consortium", "partnerschap")
#: the last part of a kind noun that makes the name an organisation ("werkbedrijf", "woningcorporatie")
_ORGANISATION_KINDS = ("stichting", "vereniging", "coöperatie", "maatschappij", "corporatie", "werkbedrijf",
                       "ontwikkelingsbedrijf", "organisatie", "instituut", "kenniscentrum", "expertisecentrum",
                       "adviesbureau", "onderzoeksbureau", "hogeschool", "universiteit", "netbeheerder",
                       "zorgverzekeraar", "samenwerkingsverband")
#: the words that may be a kind noun (a plural, "organisaties", or a compound on another head, "programmaraad",
#: ends otherwise)
_KIND_WORD = WordTest(lambda word: word.islower() and word.isalpha() and (
    word.endswith(tuple(_PROGRAMME_KINDS) + _AGREEMENT_KINDS + _PARTNERSHIP_KINDS + _ORGANISATION_KINDS))
    and not word.endswith("mpact"))
#: words that end like a kind noun but name no kind of thing: a change ("reorganisatie"), society at large
#: ("maatschappij"), an effect ("impact")
_NO_KIND_PREFIXES = ("re", "her")
_NO_KINDS = frozenset({"maatschappij", "impact", "compact"})
#: the words inside a name between its capitalised words: "Samen Sterker in de Wijk", "Wijk aan Zet"
_JOINERS = frozenset({"in", "de", "het", "van", "voor", "op", "aan", "en", "&", "der", "met"})
#: what a kind noun in apposition follows: the comma after the name, an article, at most two adjectives
_ARTICLES = frozenset({"een", "het", "de"})
#: the known names an introduced name may hold: "Gelderland Centraal", "Arnhem Werkt"
_PLACES = frozenset({"Municipality", "Province"})
#: what opens an apposition after a name: a comma, a bracket or a dash ("Kansrijk Opgroeien (een programma van OCW)")
_APPOSITION_OPENERS = frozenset({",", "(", "–", "—"})
#: a copula between a sentence-initial name and its kind: "Wijkkracht is een initiatief van …"
_COPULAS = frozenset({"is", "was"})
#: what follows the kind noun of an apposition: its complement or the apposition's end ("een programma
#: van OCW,", "het regionale werkbedrijf."), not an adverb ("Daarna, een programma later, …")
_AFTER_KIND = frozenset({"van", "voor", "om", "dat", "die", "waarin", "waarmee", "waar", "met", "uit", "in", "op",
                         "gericht", "rond", "tegen", "tussen", "binnen", "onder", "bij", "dat", "en",
                         ",", ".", ";", ":", ")", "!", "?", "(", "-", "–"})


def _kind_of(word: str) -> tuple[str, str | None] | None:
    """The type (and programme kind) a kind noun gives its name.

    >>> _kind_of("subsidieregeling"), _kind_of("ontwikkelingsmaatschappij"), _kind_of("organisaties")
    (('Programme', 'fund'), ('Organisation', None), None)
    >>> _kind_of("reorganisatie"), _kind_of("maatschappij"), _kind_of("impact")
    (None, None, None)
    """
    if word.startswith(_NO_KIND_PREFIXES) or word in _NO_KINDS:
        return None
    for ending, kind in _PROGRAMME_KINDS.items():
        if word.endswith(ending):
            return "Programme", kind
    if word.endswith(_AGREEMENT_KINDS):
        return "Programme", "agenda"
    if word.endswith(_PARTNERSHIP_KINDS):
        return "Programme", "project"
    if word.endswith(_ORGANISATION_KINDS):
        return "Organisation", None
    return None


def _name_before(tokens: list[Token], last: int, blocked: set[int], text: str,
                 places: set[int] = frozenset()) -> int | None:
    """The first token of the capitalised name that ends with token ``last``: its run of capitalised
    words and inner joiners on one line, without a sentence-initial preposition or adverb. A place
    (``places``) may be inside the name, not at its end nor in a list ("Gelderland Centraal", "Arnhem
    Werkt"; not "Hengelo en Almelo"); a name that another known name runs into is none.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("Breda doet mee aan Samen Sterker in de Wijk, het programma")
    >>> t[_name_before(t, 8, set(), "")].text
    'Samen'
    >>> t = tokenize("Met Kansrijk Opgroeien, een programma")
    >>> t[_name_before(t, 2, set(), "")].text
    'Kansrijk'
    >>> t = tokenize("In Gelderland Centraal, een samenwerkingsverband")
    >>> t[_name_before(t, 2, {1}, "In Gelderland Centraal", {1})].text, _name_before(t, 2, {1}, "In Gelderland Centraal")
    ('Gelderland', None)
    """
    if last in blocked or not is_cap(tokens[last]):
        return None
    first = last
    k = last - 1
    while k >= 0 and (k not in blocked or k in places) and "\n" not in text[tokens[k].end:tokens[k + 1].start]:
        word = tokens[k].text
        if is_cap(tokens[k]) and word.lower() not in NOT_NAMES and word not in ("De", "Het", "Een"):
            first = k
        elif word not in _JOINERS and not (word == "-" and tokens[k].end == tokens[k + 1].start) \
                or tokens[k + 1].text in _JOINERS and tokens[k + 1].text not in ("de", "het", "der"):
            break  # two joiners in a row only before an article: "in de Wijk", not "… en aan Samen Sterk"
        k -= 1
    if first > 0 and first - 1 in blocked and is_cap(tokens[first - 1]) \
            and text[tokens[first - 1].end:tokens[first].start] == " ":
        return None  # "Gelderland Centraal" with the place not let in: the name would cut it off
    inside = range(first, last)
    if any(j in places for j in inside) and any(tokens[j].text in ("en", "&", ",") for j in inside):
        return None  # "Enschede, Hengelo en Almelo, een samenwerkingsverband": a list of places
    return first


def _kind_after_comma(tokens: list[Token], k: int) -> tuple[int, bool] | None:
    """The index of the last token of the name before the kind noun ``k``, and whether a copula
    (not a comma) joins them: ", het regionale werkbedrijf", " is een initiatief"."""
    j = k - 1
    adjectives = 0
    while j > 0 and adjectives < 2 and tokens[j].text.islower() and tokens[j].text.isalpha() \
            and tokens[j].text not in _ARTICLES:
        j -= 1
        adjectives += 1
    if j < 2 or tokens[j].text not in _ARTICLES or tokens[j - 1].end > tokens[j].start - 1 and tokens[j - 1].text != "(":
        return None
    if tokens[j - 1].text in _APPOSITION_OPENERS:
        return j - 2, False
    if tokens[j - 1].text in _COPULAS and (tokens[j].text == "een" or k + 1 < len(tokens) and tokens[k + 1].text == "van"):
        return j - 2, True  # "X is een programma", "X is het initiatief van Y"
    return None


def _glued_hyphen(tokens: list[Token], k: int) -> bool:
    """Whether a hyphen glued to token ``k`` follows it: the kind noun is the first part of a compound
    ("het programma-onderdeel")."""
    return tokens[k + 1].text == "-" and tokens[k + 1].start == tokens[k].end


def _name_like(tokens: list[Token], k: int, text: str) -> bool:
    """Whether the one word ``k`` that opens a sentence is spelled as a name: with capitals or digits inside
    ("LIOF", "Platform31"), or capitalised elsewhere inside a sentence ("Wijkkracht … doet mee aan Wijkkracht";
    not "Kortom, een …").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Kortom, een project. Wijkkracht, een project. Ede doet mee aan Wijkkracht."
    >>> [_name_like(tokenize(text), k, text) for k in (0, 5)]
    [False, True]
    """
    word = tokens[k].text
    return any(c.isupper() or c.isdigit() for c in word[1:]) \
        or any(t.text == word and not _sentence_start(tokens, j, text) for j, t in enumerate(tokens) if j != k)


#: a demonstrative or possessive before a kind word points back to what was named before: "deze City Deal"
_POINTING = frozenset({"deze", "dit", "die", "dat", "onze", "ons", "hun", "zijn", "haar", "uw"})


def _sentence_start(tokens: list[Token], k: int, text: str) -> bool:
    return k == 0 or tokens[k - 1].text in ".!?:;" or "\n" in text[tokens[k - 1].end:tokens[k].start]


def _overlaps_outside(start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether a mention in ``mentions`` overlaps [start, end) and reaches outside it, or is it exactly."""
    return any(m.start < end and start < m.end and (m.start < start or m.end > end or (m.start, m.end) == (start, end))
               for m in mentions)


def find_introduced_names(text: str, tokens: list[Token], blocked: set[int],
                          mentions: list[Mention], places: set[int] = frozenset()) -> list[Mention]:
    """The names a kind noun introduces (see the module's docstring), and their repeats.

    ``blocked`` holds the tokens of names the gazetteer and the person rules know (``places`` those of
    municipalities and provinces, which a name closed by "!" may hold); ``mentions`` the
    mentions found so far: a name that is one of them, or cuts through one, is left to it (a mention
    inside the name gives way to it).
    """
    introduced: list[Mention] = []
    for k in _KIND_WORD.indexes(tokens):
        kind = _kind_of(tokens[k].text)
        found = _kind_after_comma(tokens, k) if kind and (k + 1 == len(tokens) or tokens[k + 1].text in _AFTER_KIND
                                                          and not _glued_hyphen(tokens, k)) else None
        if found is None:
            continue
        last, copula = found
        first = _name_before(tokens, last, blocked, text, places)
        if first is None or (copula and not _sentence_start(tokens, first, text)):
            continue
        if first == last and (is_verbish(tokens[first].text.lower()) or _sentence_start(tokens, first, text)
                              and not _name_like(tokens, first, text)):
            continue  # "Daarbij, een …", "Kortom, een …": an adverb is no name
        if first > 0 and tokens[first - 1].text.lower() in _POINTING:
            continue  # "(doet mee aan) deze City Deal, een initiatief van …": the one named before, no name (45a)
        start, end = tokens[first].start, tokens[last].end
        if _overlaps_outside(start, end, mentions) or any(m.start == start for m in introduced) \
                or any(start <= m.start and m.end <= end and m.type not in _PLACES for m in mentions):
            continue  # a name of its own inside: "de Woondeal Regio Zwolle en Samen Sterk, een programma"
        entity_type, programme_kind = kind
        introduced.append(_named(text, start, end, entity_type, KIND_APPOSITION, programme_kind))
    for m in _exclamation_names(text, tokens, blocked - places) + _quoted_after_cue(text, tokens, blocked) \
            + _quoted_list(text, tokens, blocked):
        if not _overlaps_outside(m.start, m.end, mentions) and not any(o.start == m.start for o in introduced):
            introduced.append(m)
    named = introduced + [m for m in mentions if m.rule == _NAMED_AFTER_KIND and _bare_name(m)]
    if not named:
        return []
    repeats = _repeats(text, tokens, blocked, mentions + introduced, named)
    return introduced + repeats + _partnership_references(text, named, mentions + introduced + repeats)


#: the kind noun of a partnership right before its quoted name or in the apposition after it: "het consortium
#: “Slimme Zorg”", "Slimme Zorg, een consortium van …"
_PARTNERSHIP_BEFORE = re.compile(r"\b(consortium|partnerschap)\s*[\"'“‘„]\s*$", re.IGNORECASE)
_PARTNERSHIP_AFTER = re.compile(r"\s*,\s+(?:een|het)\s+(?:[a-zà-ÿ]+\s+){0,2}?(consortium|partnerschap)\b", re.IGNORECASE)
#: the kind noun that opens a name read after it: "het consortium WarmteNet Noord" (round 52e)
_PARTNERSHIP_OPENING = re.compile(r"(consortium|partnerschap)\s", re.IGNORECASE)
#: its abbreviation in brackets right after the name (and its closing quote): "“Slimme Zorg” (SZ)"
_BRACKETED_ABBREVIATION = re.compile(r"[\"'”’]?\s*\(([A-Z][A-Z0-9]{1,9})\)")
#: the partnership named again by its kind noun: "In het consortium werken …", "dit partnerschap"
_KIND_AGAIN = re.compile(r"\b(?:het|dit|dat)\s+(consortium|partnerschap)\b", re.IGNORECASE)


def _partnership_references(text: str, introduced: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Later references to the one partnership a kind noun introduced: its abbreviation in brackets after
    the name and its repeats, and "het consortium" (the definite kind noun, when the document introduces
    one partnership of that kind only): "Het consortium “Slimme Zorg” (SZ) krijgt geld. In het consortium
    werken drie hogescholen samen. SZ start in mei." The noun names it as a name of its own would.

    >>> m = Mention(16, 27, "Slimme Zorg", "Programme", _QUOTED, 0.7, name="Slimme Zorg", kind="project")
    >>> text = "Het consortium “Slimme Zorg” (SZ) krijgt geld. In het consortium werken A en B. SZ start."
    >>> [(r.text, r.label) for r in _partnership_references(text, [m], [m])]
    [('SZ', 'Slimme Zorg'), ('SZ', 'Slimme Zorg'), ('consortium', 'Slimme Zorg')]
    """
    by_kind: dict[str, list[Mention]] = {}
    for m in introduced:
        if m.type != "Programme":
            continue
        kind = _PARTNERSHIP_BEFORE.search(text, max(0, m.start - 20), m.start) or _PARTNERSHIP_AFTER.match(text, m.end) \
            or m.rule == _NAMED_AFTER_KIND and _PARTNERSHIP_OPENING.match(m.text)
        if kind:
            by_kind.setdefault(kind.group(1).lower(), []).append(m)
    out: list[Mention] = []
    for kind, named in by_kind.items():
        for m in named:
            abbreviation = _BRACKETED_ABBREVIATION.match(text, m.end)
            if abbreviation is None:
                continue
            for again in re.finditer(r"\b%s\b" % re.escape(abbreviation.group(1)), text[abbreviation.start(1):]):
                start = abbreviation.start(1) + again.start()
                out.append(Mention(start, start + len(again.group()), again.group(), m.type, _REPEAT, 0.7,
                                   name=m.label, kind=m.kind))
        if len({m.label for m in named}) != 1:
            continue  # two consortia: "het consortium" may be either
        first = min(m.start for m in named)
        for again in _KIND_AGAIN.finditer(text, first):
            out.append(Mention(again.start(1), again.end(1), again.group(1), named[0].type, _REPEAT, 0.7,
                               name=named[0].label, kind=named[0].kind))
    return [m for m in out if not _overlaps_outside(m.start, m.end, taken)
            and not any(o.start <= m.start and m.end <= o.end for o in taken)]


#: the rule of a programme named after its kind word ("het programma Samen Doen", "de pilot 'Wijk aan Zet'")
_NAMED_AFTER_KIND = "programmes.named"


def _bare_name(m: Mention) -> bool:
    """Whether the label of a programme named after its kind word is its name alone, and one that its repeats
    may go by: two words or more, or one long word ("Samen Doen", "Buurtbanen"; not "Wonen").

    >>> _bare_name(Mention(0, 20, "programma Samen Doen", "Programme", _NAMED_AFTER_KIND, 0.85, name="Samen Doen"))
    True
    >>> _bare_name(Mention(0, 20, "Programma Samen Doen", "Programme", _NAMED_AFTER_KIND, 0.85, name="Programma Samen Doen"))
    False
    """
    words = m.label.split()
    return m.label != m.text and m.label in m.text and m.label[:1].isupper() \
        and (len(words) >= 2 or len(m.label) >= 8)


#: the cue of taking part right before a quoted name: "doen mee aan “Heel de Buurt”", "sloot aan bij 'X'", or
#: of the name a joint effort goes by: "onder de noemer 'Samen Sterk'"
_TAKING_PART_BEFORE = re.compile(r"\b(?:mee|deel)\s+aan\s+(?:(?:de|het)\s+)?$|\baan\s+bij\s+$|\bdeelnemers?\s+aan\s+$|"
                                 # the name a joint effort goes by: "onder de noemer 'Samen Sterk'"
                                 r"\bonder\s+de\s+(?:noemer|naam|titel|vlag)\s+(?:van\s+)?$",
                                 re.IGNORECASE)


def _named(text: str, start: int, end: int, entity_type: str, rule: str, kind: str | None) -> Mention:
    """The mention of a name at [start, end), labelled by its words."""
    return Mention(start, end, text[start:end], entity_type, rule, 0.7, name=" ".join(text[start:end].split()), kind=kind)


def _quoted_after_cue(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """A quoted name that a cue of taking part governs: "Leeuwarden en Emmen doen mee aan “Heel de Buurt”"
    (what one takes part in, named in quotes, is a programme; the label is without the quotes), or that a
    kind noun names: "de stichting 'Samen Sterk'" (an organisation), "het initiatief “Buurtkracht”".

    >>> from graph.extract.tokens import tokenize
    >>> text = "Emmen doet mee aan “Heel de Buurt”. Zij zei: “Heel de Buurt”."
    >>> [m.label for m in _quoted_after_cue(text, tokenize(text), set())]
    ['Heel de Buurt']
    """
    out = []
    for k in _OPENING_QUOTE.indexes(tokens):
        token = tokens[k]
        if k == 0:
            continue
        span = quoted_after(tokens, k, text, limit=8)
        if span is None or not is_cap(tokens[span[0]]) or any(j in blocked for j in range(*span)):
            continue
        kind = _kind_of(tokens[k - 1].text) if tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower() else None
        if kind is None and not _TAKING_PART_BEFORE.search(text, max(0, token.start - 30), token.start):
            continue
        entity_type, programme_kind = kind or ("Programme", "project")  # "de stichting 'Samen Sterk'"
        start, end = tokens[span[0]].start, tokens[span[1] - 1].end
        out.append(_named(text, start, end, entity_type, _QUOTED, programme_kind))
    return out


#: plural programme kinds before a list of quoted names: "de projecten 'Samen Sterk' en 'Wijk aan Zet'"
_PLURAL_KIND = WordTest(frozenset({"programma", "projecten", "pilots", "initiatieven", "campagnes", "proeftuinen",
                                   "trajecten", "regelingen"}).__contains__)


def _quoted_list(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """The quoted names a plural programme kind lists: "de projecten 'Samen Sterk' en 'Wijk aan Zet'",
    "de programma's “A” en “B”" (the quotes mark where each name ends; a list of two or more).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Ede doet mee aan de pilots “Buurtbanen” en “Heel de Buurt”."
    >>> [m.label for m in _quoted_list(text, tokenize(text), set())]
    ['Buurtbanen', 'Heel de Buurt']
    """
    out = []
    for k in _PLURAL_KIND.indexes(tokens):
        i = k + 1
        if tokens[k].text == "programma":  # "programma's", tokenised as programma ' s
            if not (k + 2 < len(tokens) and tokens[k + 1].text == "'" and tokens[k + 2].text == "s"
                    and tokens[k + 1].start == tokens[k].end):
                continue
            i = k + 3
        names = []
        while i < len(tokens) and tokens[i].text in _OPENING_QUOTES:
            span = quoted_after(tokens, i, text, limit=8)
            if span is None or not is_cap(tokens[span[0]]) or any(j in blocked for j in range(*span)):
                break
            names.append(span)
            i = span[1] + 1
            if i < len(tokens) and tokens[i].text in (",", "en"):
                i += 1
            else:
                break
        if len(names) >= 2:
            out += [_named(text, tokens[a].start, tokens[b - 1].end, "Programme", _QUOTED, "project") for a, b in names]
    return out


def _exclamation_names(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """Title Case names closed by an exclamation mark glued to them, after a word in lower case: "het
    programma Heerlen Werkt!", "doet mee aan Drenthe Werkt!" (prose capitalises no verb: the run is a
    name, a place in it included). A programme, like the slogans it is named as.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Emmen doet mee aan Drenthe Werkt! Dat helpt. Breda Werkt!"
    >>> [m.label for m in _exclamation_names(text, tokenize(text), set())]
    ['Drenthe Werkt!']
    """
    out = []
    for k in _EXCLAMATION.indexes(tokens):
        token = tokens[k]
        if k < 3 or token.start != tokens[k - 1].end or not is_cap(tokens[k - 1]):
            continue
        first = k - 1
        while first - 1 >= 0 and is_cap(tokens[first - 1]) and first - 1 not in blocked \
                and " " == text[tokens[first - 1].end:tokens[first].start]:
            first -= 1
        before = tokens[first - 1].text if first > 0 else ""
        if k - first < 2 or any(j in blocked for j in range(first, k)) or not before.isalpha() or not before.islower():
            continue
        start, end = tokens[first].start, token.end
        out.append(_named(text, start, end, "Programme", _EXCLAIMED, "project"))
    return out


def _repeats(text: str, tokens: list[Token], blocked: set[int], taken: list[Mention],
             introduced: list[Mention]) -> list[Mention]:
    """Other uses of an introduced name in the document, word for word (not inside another name): "het
    programma Samen Doen … Ook Ede doet mee aan Samen Doen"."""
    names = {tuple(t.text for t in tokenize(m.label)): m for m in introduced}
    firsts = {words[0] for words in names}
    out = []
    for k, token in enumerate(tokens):
        if token.text not in firsts or k in blocked:
            continue
        for words, m in names.items():
            stop = k + len(words)
            if stop > len(tokens) or tuple(t.text for t in tokens[k:stop]) != words \
                    or any(j in blocked for j in range(k, stop)):
                continue
            start, end = token.start, tokens[stop - 1].end
            outside = stop < len(tokens) and is_cap(tokens[stop]) and tokens[stop].start == end + 1 \
                or k > 0 and is_cap(tokens[k - 1]) and not _sentence_start(tokens, k, text)
            if not outside and not _overlaps_outside(start, end, taken + out):
                out.append(Mention(start, end, text[start:end], m.type, _REPEAT, 0.7, name=m.label, kind=m.kind))
            break
    return out


#: an apposition that names whose programme or initiative the name before it is: ", het programma van (de) "
#: (its owners lead or started it, they take no part in it: "Deventer doet mee aan X, het programma van BZK")
APPOSED_OWNER = re.compile(r"\s*(?:,\s+|\(\s*|[–—]\s+)(?:een|het|de)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?P<kind>[a-zà-ÿ]*(?:"
                           + "|".join(_PROGRAMME_KINDS) + r"))\s+van\s+(?:de\s+|het\s+)?(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
#: a copula before the kind noun instead of a comma: "Wijkkracht is een initiatief van …"
_COPULA_OWNER = re.compile(r"\s+(?:is|was)\s+(?:een|het|de)\s+(?:[a-zà-ÿ]+\s+){0,2}?(?P<kind>[a-zà-ÿ]*(?:"
                           + "|".join(_PROGRAMME_KINDS) + r"))\s+van\s+(?:de\s+|het\s+)?(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
#: an apposition that names an agreement's or a partnership's parties: ", een samenwerking van (de) "
_APPOSED_PARTIES = re.compile(r"\s*(?:,\s+|\(\s*|[–—]\s+)(?:een|het|de)\s+(?:[a-zà-ÿ]+\s+){0,2}?[a-zà-ÿ]*(?:"
                              + "|".join(_AGREEMENT_KINDS + _PARTNERSHIP_KINDS) + r")\s+(?:van|tussen)\s+(?:de\s+|het\s+)?"
                              r"(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?")
#: between two owners of one programme: "van Platform31 en BZK", "van de VNG, IPO en de G40"
_OWNER_LIST = re.compile(r"\s*(?:,|en|&)\s*(?:de\s+|het\s+)?(?:ministerie\s+van\s+)?")
#: the owners that lead or start a programme
_OWNERS = frozenset({"Organisation", "Ministry", "Municipality", "Province", "OrganisationalUnit"})


def find_introduced_facts(ctx: DocContext) -> None:
    """What "van Y" after an introducing kind noun states: "X, een initiatief van Y" (Y initiated X),
    "X, het programma van Y (en Z)" (X ledBy Y, Z), "X, een samenwerking/akkoord van Y en Z" (Y and Z take part)."""
    for m in ctx.mentions:
        if m.type != "Programme" or m.rule != KIND_APPOSITION and "," not in ctx.text[m.end:m.end + 3]:
            continue  # a programme known by its name too: "het Programma X, het interbestuurlijke programma van A en B" (43i)
        parties = _APPOSED_PARTIES.match(ctx.text, m.end)
        sentence = ctx.sentence_at(m.start) if parties else None
        if sentence is not None and parties.end() <= sentence.end:
            for other in _owners(ctx, parties.end(), sentence.end):
                ctx.add(other, "participatesIn", m, sentence, "names.partij-van", 0.7)
            continue
        owner = APPOSED_OWNER.match(ctx.text, m.end) or _COPULA_OWNER.match(ctx.text, m.end)
        sentence = ctx.sentence_at(m.start) if owner else None
        if sentence is None or owner.end() > sentence.end:
            continue
        for other in _owners(ctx, owner.end(), sentence.end):
            if owner.group("kind").endswith("initiatief"):
                ctx.add(other, "initiated", m, sentence, "names.initiatief-van", 0.7)
            else:
                ctx.add(m, "ledBy", other, sentence, "names.programma-van", 0.7)


def _owners(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """The actors listed right from ``start``, joined by commas and "en" only."""
    out: list[Mention] = []
    position = start
    for m in ctx.in_span(start, end):
        if m.start < position:
            continue
        if m.type not in _OWNERS or (out and not _OWNER_LIST.fullmatch(ctx.text, position, m.start)) \
                or (not out and m.start != start):
            break
        out.append(m)
        position = m.end
    return out
