"""Organisations the gazetteer does not know.

- "Full Name (ABBR)": a capitalised name followed by an abbreviation in brackets whose letters
  are the initials of the name's capitalised words; later uses of ABBR in the document too.
- Names with an organisation head or tail word (``data/gazetteer/org_suffixes.csv``):
  "Future City Foundation", "Social Enterprise NL", "Stichting Present".
- Members of a list that also names a known organisation or ministry ("samen met IenW, Heijmans
  en VodafoneZiggo"): a capitalised word that is not sentence-initial and not a first name.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Zij sprak met de Nederlandse Vereniging van Banken (NVB) en de Future City Foundation."
>>> [(m.text, m.label) for m in find_organisations(text, tokenize(text), set())]
[('Nederlandse Vereniging van Banken', 'Nederlandse Vereniging van Banken'), ('NVB', 'Nederlandse Vereniging van Banken'), ('Future City Foundation', 'Future City Foundation')]
"""

from __future__ import annotations

import bisect
import re

from .lexicon import load_lexicon
from .model import Mention
from .phrases import STOP, is_cap
from .tokens import NAME_START, Token, word_test

__all__ = ["institution_place", "find_organisations", "find_list_organisations", "with_subsidiary_names"]

_INNER = {"van", "voor", "de", "der", "het", "en", "&", "op"}
#: lower-case kind words before an organisation's name ("woningcorporatie Woonbedrijf")
_ORG_KINDS = frozenset({"woningcorporatie", "corporatie", "zorgverzekeraar", "netbeheerder", "hogeschool", "universiteit",
                        "onderwijsinstelling", "adviesbureau", "ingenieursbureau", "bouwbedrijf", "welzijnsorganisatie",
                        "zorgorganisatie", "kennisinstituut", "brancheorganisatie", "ondernemersvereniging", "stichting",
                        "vereniging", "bank", "energiebedrijf", "vervoerder", "ontwikkelaar", "projectontwikkelaar"})
#: capitalised sentence openers that never start an organisation's name
_NOT_NAMES = STOP | {"volgens", "namens", "daarom", "verder", "ten", "aldus", "zo", "toch", "vandaag", "gisteren"}
#: names ending in these are programmes, not organisations ("Regionale Energiestrategie (RES)")
_PROGRAMME_WORDS = ("fonds", "agenda", "register", "regeling", "programma", "impuls", "strategie", "akkoord", "deal",
                    "wet", "plan", "project", "campagne")
_ARTICLES = {"de", "het", "een", "De", "Het", "Een"}
_IS_ORG_KIND = word_test(_ORG_KINDS)


def _cap_run(tokens: list[Token], i: int, text: str, blocked: set[int]) -> int:
    """End index of the run of capitalised tokens (with inner connectors) starting at ``i``."""
    j = i
    n = min(len(tokens), i + 12)  # names are short; this keeps long runs of capitals linear
    while j < n and j not in blocked:
        if j > i and "\n" in text[tokens[j - 1].end:tokens[j].start]:
            break
        if is_cap(tokens[j]) and tokens[j].text not in _ARTICLES or (j == i and tokens[j].text.isupper()):
            j += 1
            continue
        if j > i and tokens[j].text in _INNER:
            k = j
            while k < min(len(tokens), j + 3) and tokens[k].text in _INNER and (k == j or tokens[j].text not in ("en", "&")):
                k += 1  # "Raad voor het Openbaar Bestuur" (but "X en de Y" is a list)
            if k < len(tokens) and is_cap(tokens[k]) and k not in blocked and tokens[k].text not in _ARTICLES:
                j = k
                continue
        break
    while j > i and tokens[j - 1].text in _INNER:
        j -= 1
    return j


def _initials_match(name_tokens: list[str], abbreviation: str) -> bool:
    letters = [t[0] for t in name_tokens if t[:1].isupper()]
    abbr = [c for c in abbreviation if c.isupper()]
    if len(abbr) < 2:
        return False
    k = 0
    for letter in letters:
        if k < len(abbr) and letter == abbr[k]:
            k += 1
    return k == len(abbr) and abbr[0] == letters[0]


#: a place right after these words names an institution, not the place: "TU Delft", "Universiteit
#: Twente", "Hogeschool Utrecht", "ROC van Twente", both places of "Hogeschool van Arnhem en Nijmegen"
_INSTITUTION_BEFORE = re.compile(r"\b(?:TU|Universiteit|University|Hogeschool|ROC|Radboud\s+Universiteit)"
                                 r"(?:\s+van(?:\s+[A-Z][\w-]+\s+en)?)?\s+$")


def institution_place(text: str, mention: Mention) -> bool:
    """Whether the place ``mention`` is the name of an institution's seat ("de TU Delft").

    >>> institution_place("met de TU Delft", Mention(10, 15, "Delft", "Municipality", "t", 1.0))
    True
    >>> institution_place("de GGD Gelderland-Midden", Mention(7, 17, "Gelderland", "Province", "t", 1.0))
    True
    """
    return mention.type in ("Municipality", "Province") and \
        (_INSTITUTION_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
         or (mention.type == "Province" and _REGION_AFTER.match(text, mention.end) is not None))


#: a compass word glued to a province names a region, not the province: "GGD Gelderland-Midden" (glued to
#: a municipality it names a district of it: "Tiel-Oost")
_REGION_AFTER = re.compile(r"-(?:Midden|Noord|Zuid|Oost|West|Centraal|Noordoost|Noordwest|Zuidoost|Zuidwest)\b")


#: endings of adjectives, inflected or before a neuter noun: "Technische", "Landelijk", "Nationaal", "Europees"
_ADJECTIVE_ENDS = ("e", "lijk", "isch", "aal", "ees", "ief")


def _adjective_head(words: list[str], suffixes) -> bool:
    """An adjective before the head word: "Technische Universiteit Eindhoven", "Vrije Universiteit
    Amsterdam", "Landelijk Netwerk Wijkzorg".

    >>> _adjective_head(["Technische", "Universiteit", "Eindhoven"], {"Universiteit"})
    True
    """
    return len(words) >= 3 and words[1] in suffixes and words[0].isalpha() and words[0].endswith(_ADJECTIVE_ENDS)


def _second_name_at(words: list[str], suffixes, i: int, j: int) -> int:
    """The end of the first name when "en" joins two names that open with a head word or an
    abbreviation: "Universiteit Twente en ROC van Twente", "Hogeschool X en TU Delft".

    >>> _second_name_at(["Universiteit", "Twente", "en", "ROC", "van", "Twente"], {"Universiteit", "ROC"}, 0, 6)
    2
    """
    if words[0] not in suffixes:
        return j
    for k, word in enumerate(words[1:-1], 1):
        if word == "en" and (words[k + 1] in suffixes or words[k + 1].isupper() and len(words[k + 1]) > 1):
            return i + k
    return j


def find_organisations(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    suffixes = load_lexicon().org_suffixes
    mentions: list[Mention] = []
    abbreviations: dict[str, str] = {}
    n = len(tokens)
    i = 0
    for candidate in NAME_START.indexes(tokens):
        if candidate < i:
            continue  # inside the name found last
        i = candidate
        if i in blocked or not is_cap(tokens[i]) or tokens[i].text in _ARTICLES or tokens[i].text.lower() in _NOT_NAMES:
            i += 1
            continue
        j = _cap_run(tokens, i, text, blocked)
        if j <= i:
            i += 1
            continue
        words = [t.text for t in tokens[i:j]]
        start, end = tokens[i].start, tokens[j - 1].end
        name = " ".join(text[start:end].split())
        # Full Name (ABBR)
        # "Regionale Energiestrategie (RES)", "Interbestuurlijk Programma Hittebestendige Wijken (IPHW)"
        programme_name = words[-1].lower().endswith(_PROGRAMME_WORDS) or \
            any(w.lower() in _PROGRAMME_WORDS for w in words[1:])
        if j + 2 < n and tokens[j].text == "(" and tokens[j + 2].text == ")" and _abbreviation(tokens[j + 1].text) \
                and not programme_name \
                and _initials_match(words, tokens[j + 1].text) and j - i >= 2:
            abbr = tokens[j + 1]
            mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.name-abbreviation",
                                    0.85, name=name))
            mentions.append(Mention(abbr.start, abbr.end, abbr.text, "Organisation", "organisations.name-abbreviation",
                                    0.85, name=name))
            abbreviations[abbr.text] = name
            i = j + 3
            continue
        j = _second_name_at(words, suffixes, i, j)
        words = [t.text for t in tokens[i:j]]
        start, end = tokens[i].start, tokens[j - 1].end
        name = " ".join(text[start:end].split())
        if j - i >= 2 and (words[-1] in suffixes or words[0] in suffixes or _adjective_head(words, suffixes)) and \
                not any(w.lower().endswith(_PROGRAMME_WORDS) for w in words):
            if words[0] == "Alliantie" and words[-1] not in suffixes:
                # "Alliantie Taal Werkt": a named alliance of cities and partners is a joint programme
                mentions.append(Mention(start, end, text[start:end], "Programme", "organisations.alliance", 0.7,
                                        name=name, kind="project"))
            else:
                mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.head-word", 0.75,
                                        name=name))
            i = j
            continue
        i += 1
    for k in _IS_ORG_KIND.indexes(tokens):
        token = tokens[k]
        if token.text.islower() and k + 1 < n and k + 1 not in blocked \
                and is_cap(tokens[k + 1]) and tokens[k + 1].text.lower() not in _NOT_NAMES:
            j = _cap_run(tokens, k + 1, text, blocked)
            if j > k + 1 and not any(m.start <= tokens[k + 1].start < m.end for m in mentions):
                start, end = tokens[k + 1].start, tokens[j - 1].end
                mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.kind-word", 0.75,
                                        name=" ".join(text[start:end].split())))
    if abbreviations:
        taken = {(m.start, m.end) for m in mentions}
        for k, token in enumerate(tokens):
            if token.text in abbreviations and k not in blocked and (token.start, token.end) not in taken:
                mentions.append(Mention(token.start, token.end, token.text, "Organisation",
                                        "organisations.abbreviation", 0.8, name=abbreviations[token.text]))
    return mentions


def find_list_organisations(text: str, tokens: list[Token], blocked: set[int], known: dict[int, Mention],
                            sentence_starts: set[int]) -> list[Mention]:
    """Unknown capitalised list members next to known organisations/ministries.

    ``known`` maps a token index to the organisation/ministry mention that starts there.
    """
    first_names = load_lexicon().first_names
    mentions: list[Mention] = []
    n = len(tokens)
    for i in NAME_START.indexes(tokens):
        if i in blocked or i in sentence_starts or not tokens[i].text[:1].isupper() or not tokens[i].text.isalnum():
            continue
        if tokens[i].text == "De" and i + 1 < n and is_cap(tokens[i + 1]):
            continue  # taken with the next word
        if tokens[i].text in first_names or tokens[i].text in _ARTICLES:
            continue
        j = _cap_run(tokens, i, text, blocked)
        if j <= i or j - i > 3:
            continue
        prev = i - 1
        if prev >= 0 and tokens[prev].text.lower() in ("de", "het"):
            prev -= 1
        together = prev >= 1 and tokens[prev].text == "met" and tokens[prev - 1].text.lower() in ("samen", "samenwerking")
        if prev < 0 or (tokens[prev].text not in (",", "en") and not together):
            continue
        nxt = tokens[j].text if j < n else ""
        if nxt not in (",", "en", ".", ")", ";") and not (nxt and nxt.islower()):
            continue
        # a known organisation or ministry in the same list, on either side (or "samen met" itself)
        if not together and not _list_neighbour(tokens, i, j, known):
            continue
        if i > 0 and tokens[i - 1].text == "De" and tokens[i - 1].start > 0 and not (i - 1) in sentence_starts:
            i -= 1  # "De Groene Zaak": a capitalised article mid-sentence belongs to the name
        start, end = tokens[i].start, tokens[j - 1].end
        mentions.append(Mention(start, end, text[start:end], "Organisation", "organisations.list-member", 0.6,
                                name=" ".join(text[start:end].split())))
    return mentions


_LIST_GLUE = {",", "en", "de", "het", "&", "-"}


def _list_neighbour(tokens: list[Token], i: int, j: int, known: dict[int, Mention]) -> bool:
    """Whether a known organisation sits in the same comma/"en" list as tokens[i:j]."""
    for step, start in ((-1, i - 1), (1, j)):
        k = start
        while 0 <= k < len(tokens) and abs(k - start) < 16:
            if k in known:
                return True
            word = tokens[k].text
            if word in _LIST_GLUE or (word[:1].isupper() and word not in _ARTICLES) or word == ")":
                k += step
                continue
            break
    return False


def _abbreviation(word: str) -> bool:
    """"NVB", "NJi", "KvK": at most 8 characters, starting with a capital, two capitals or more."""
    return 2 <= len(word) <= 8 and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and word.isalnum()


#: capitalised words after an abbreviation that do not make a new name: "G40 Stedennetwerk", "VNG Leden"
_NOT_SUBSIDIARY = frozenset({"stedennetwerk", "netwerk", "bureau", "leden", "steden", "gemeenten", "bestuur",
                             "website", "nieuwsbrief", "congres", "jaarverslag"})
#: endings of gatherings: "G40 Stedendag", "VNG Jaarcongres", "G40 Energiecafé"
_GATHERING_ENDINGS = ("dag", "dagen", "week", "top", "café", "cafe", "avond", "congres", "sessie", "overleg")


def with_subsidiary_names(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a known abbreviation followed by one capitalised noun is a distinct
    organisation: "VNG Realisatie", "UWV West-Holland" (not "G40 Pijler …", "G40 Stedendag": kind
    words, and not when another name or a person follows).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Het register wordt door VNG Realisatie beheerd."
    >>> vng = Mention(24, 27, "VNG", "Organisation", "gazetteer.organisation", 1.0, key="VNG")
    >>> [m.text for m in with_subsidiary_names(text, tokenize(text), [vng])]
    ['VNG Realisatie']
    """
    if not any(m.type == "Organisation" and m.text.isupper() for m in mentions):
        return mentions  # no abbreviation: nothing to extend, no scan
    lexicon = load_lexicon()
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        k = bisect.bisect_left(tokens, m.end + 1, key=lambda t: t.start) if m.type == "Organisation" else len(tokens)
        if k < len(tokens) and tokens[k].start == m.end + 1 and m.text.isupper() and m.text.isalnum() \
                and text[m.end] == " " and _subsidiary_word(tokens, k, lexicon) and m.end + 1 not in starts:
            end = k + 1
            if end + 1 < len(tokens) and tokens[end].text == "-" and is_cap(tokens[end + 1]) \
                    and tokens[end].start == tokens[k].end and tokens[end + 1].start == tokens[end].end:
                end += 2  # "UWV West-Holland"
            if end >= len(tokens) or not is_cap(tokens[end]) or "\n" in text[tokens[end - 1].end:tokens[end].start]:
                stop = tokens[end - 1].end
                m = Mention(m.start, stop, text[m.start:stop], "Organisation", "organisations.subsidiary", 0.7)
        out.append(m)
    return out


def _subsidiary_word(tokens: list[Token], k: int, lexicon) -> bool:
    word = tokens[k].text
    low = word.lower()
    kinds = (*lexicon.unit_kinds, *lexicon.programme_kinds, *lexicon.event_kinds)
    return is_cap(tokens[k]) and word.isalpha() and len(word) > 3 and low not in STOP \
        and low not in _NOT_SUBSIDIARY and word not in lexicon.first_names and not low.endswith(kinds + _GATHERING_ENDINGS)
