"""A known abbreviation and one capitalised noun after it name a distinct organisation: "VNG Realisatie",
"UWV West-Holland", "UWV Werkbedrijf Twente", "RIEC Limburg", "VNO-NCW Midden" (split out of :mod:`graph.extract.organisations`).
"""

from __future__ import annotations

import bisect

from .lexicon import load_lexicon
from .model import Mention
from .phrases import STOP, is_cap
from .prizes import PRIZE_WORDS
from .tokens import Token

__all__ = ["with_subsidiary_names"]


_REGIONAL_HEADS = frozenset({"Werkbedrijf", "Leerwerkloket"})
#: capitalised words after an abbreviation that do not make a new name: "G40 Stedennetwerk", "VNG Leden"
_NOT_SUBSIDIARY = frozenset({"stedennetwerk", "netwerk", "bureau", "leden", "steden", "gemeenten", "bestuur",
                             "website", "nieuwsbrief", "congres", "jaarverslag"})
#: endings of gatherings: "G40 Stedendag", "VNG Jaarcongres", "G40 Energiecafé"
_GATHERING_ENDINGS = ("dag", "dagen", "week", "top", "café", "cafe", "avond", "congres", "sessie", "overleg")
#: endings of the organisation's documents: "G40 Jaarplan 2026", "VNG Werkplan", "G40 Jaarverslag", "IPO Magazine"
_DOCUMENT_ENDINGS = ("plan", "verslag", "brief", "rapport", "rapportage", "overzicht", "magazine", "krant")


def with_subsidiary_names(text: str, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a known abbreviation followed by one capitalised noun is a distinct
    organisation: "VNG Realisatie", "UWV West-Holland", a province too: "RIEC Limburg" (not "G40 Pijler
    …", "G40 Stedendag": kind words, and not when another name or a person follows).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Het register wordt door VNG Realisatie beheerd."
    >>> vng = Mention(24, 27, "VNG", "Organisation", "gazetteer.organisation", 1.0, key="VNG")
    >>> [m.text for m in with_subsidiary_names(text, tokenize(text), [vng])]
    ['VNG Realisatie']
    """
    if not any(m.type == "Organisation" and m.text.isupper() for m in mentions):
        return mentions  # no abbreviation: nothing to extend, no scan
    lexicon = load_lexicon()
    starts = {m.start for m in mentions if m.type != "Province"}  # "RIEC Limburg", "UWV Noord-Holland": a region
    out = []
    for m in mentions:
        k = bisect.bisect_left(tokens, m.end + 1, key=lambda t: t.start) if m.type == "Organisation" else len(tokens)
        if k < len(tokens) and tokens[k].start == m.end + 1 and m.text.isupper() and _abbreviation(m.text) \
                and text[m.end] == " " and _subsidiary_word(tokens, k, lexicon) and m.end + 1 not in starts:
            end = k + 1
            if tokens[k].text in _REGIONAL_HEADS and end < len(tokens) and is_cap(tokens[end]) \
                    and tokens[end].start == tokens[k].end + 1 and tokens[end].text not in lexicon.first_names:
                end += 1  # "UWV Werkbedrijf Twente": the abbreviation's regional body, named after its region
            if end + 1 < len(tokens) and tokens[end].text == "-" and is_cap(tokens[end + 1]) \
                    and tokens[end].start == tokens[end - 1].end and tokens[end + 1].start == tokens[end].end:
                end += 2  # "UWV West-Holland"
            end = _second_region(text, tokens, end, starts)  # "UWV Stedendriehoek en Noordwest-Veluwe" (57s)
            if end >= len(tokens) or not is_cap(tokens[end]) or "\n" in text[tokens[end - 1].end:tokens[end].start]:
                stop = tokens[end - 1].end
                m = Mention(m.start, stop, text[m.start:stop], "Organisation", "organisations.subsidiary", 0.7)
        out.append(m)
    return out


def _second_region(text: str, tokens: list[Token], end: int, starts: set[int]) -> int:
    """The end (a token index) of a regional branch named after two regions joined by "en", as labour market
    regions are: "UWV Stedendriehoek en Noordwest-Veluwe", "UWV Gooi en Vechtstreek"; ``end`` itself when no
    second region follows, or when what follows "en" is a name of its own ("UWV Twente en Almelo werken samen":
    Almelo, a town the text found) or goes on with a capital ("UWV Twente en Gemeente Enschede").

    >>> from graph.extract.tokens import tokenize
    >>> text = "regiomanager UWV Gooi en Vechtstreek, en UWV Twente en Almelo werken samen"
    >>> tokens = tokenize(text)
    >>> [tokens[k - 1].text for k in (_second_region(text, tokens, 3, set()), _second_region(text, tokens, 9, {text.index("Almelo")}))]
    ['Vechtstreek', 'Twente']
    """
    if end + 1 >= len(tokens) or tokens[end].text != "en" or "\n" in text[tokens[end - 1].end:tokens[end + 1].start] \
            or not is_cap(tokens[end + 1]) or not tokens[end + 1].text.isalpha() or tokens[end + 1].start in starts:
        return end
    stop = end + 2
    if stop + 1 < len(tokens) and tokens[stop].text == "-" and is_cap(tokens[stop + 1]) \
            and tokens[stop].start == tokens[stop - 1].end and tokens[stop + 1].start == tokens[stop].end:
        stop += 2  # "Noordwest-Veluwe"
    if stop < len(tokens) and is_cap(tokens[stop]) and "\n" not in text[tokens[stop - 1].end:tokens[stop].start]:
        return end  # "UWV Twente en Gemeente Enschede": another name goes on
    return stop


def _abbreviation(name: str) -> bool:
    """Whether ``name`` is written as an abbreviation: letters and digits, perhaps joined by hyphens ("VNG",
    "G40", "VNO-NCW": "VNO-NCW Midden" is a regional branch of its own, round 56o).

    >>> _abbreviation("VNO-NCW"), _abbreviation("UWV"), _abbreviation("VNO-"), _abbreviation("MKB Nederland")
    (True, True, False, False)
    """
    return all(part.isalnum() for part in name.split("-"))


def _subsidiary_word(tokens: list[Token], k: int, lexicon) -> bool:
    word = tokens[k].text
    low = word.lower()
    kinds = (*lexicon.unit_kinds, *lexicon.programme_kinds, *lexicon.event_kinds)
    return is_cap(tokens[k]) and word.isalpha() and len(word) > 3 and low not in STOP \
        and low not in _NOT_SUBSIDIARY and word not in lexicon.first_names \
        and not low.endswith(kinds + _GATHERING_ENDINGS + _DOCUMENT_ENDINGS + tuple(PRIZE_WORDS))  # "G40 Prijs …"
