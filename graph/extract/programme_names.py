"""Where a programme's name starts and ends: Title Case words, a place inside the name, a slogan ending, one
capitalised word after "het programma". Helpers of :mod:`.programmes`.
"""

from __future__ import annotations

import re

from .model import Mention
from .phrases import is_cap, is_verbish, name_after
from .tokens import Token

__all__ = ["in_de_name", "lower_in_de_name", "_adjective_after_article", "_APPROACH", "_approach_compound", "_ARTICLES", "_close_quote",
           "_cut", "_LOWER_KINDS", "_name_start", "heading_name_start", "_name_with_place", "_named_before", "_named_programme_word",
           "_NATIONAL", "_one_word_name", "_place_ends_name", "_plural_suffix", "_PLURAL_SUFFIXES", "_slogan_end",
           "_span_text", "_table_name", "_TIMETABLE_PARTS", "_title_case_name", "_van_de_name"]

_ARTICLES = {"de", "het", "een", "deze", "dit"}


#: a capitalised compound on "-aanpak" opens a name after an article, like "Aanpak": "de Impulsaanpak Winkelgebieden"
_APPROACH = "aanpak"


#: the plurals of programme words, with their singular: a capitalised compound in the plural names a family
#: of programmes, "de Regionale Energiestrategieën" (each region's own strategy); a plural on "'s" is a
#: token of its own ("Woonagenda" "'s"), read as the singular
_PLURAL_SUFFIXES = {"fondsen": "fonds", "registers": "register", "regelingen": "regeling",
                    "impulsen": "impuls", "strategieën": "strategie",
                    "akkoorden": "akkoord", "convenanten": "convenant", "actieplannen": "actieplan"}


def _span_text(text: str, tokens: list[Token], span: tuple[int, int]) -> tuple[int, int, str]:
    start, end = tokens[span[0]].start, tokens[span[1] - 1].end
    return start, end, " ".join(text[start:end].split())


def _cut(span, blocked, tokens: list[Token] | None = None):
    """``span`` stopped at the first token of another mention, without trailing connectors."""
    if span is None:
        return None
    for k in range(span[0], span[1]):
        if k in blocked:
            span = (span[0], k)
            break
    start, end = span
    while tokens is not None and end > start + 1 and tokens[end - 1].text.lower() in ("en", "&", "van", "voor", "in", "op", "de", "met", "-"):
        end -= 1
    return (start, end) if end > start else None


def _close_quote(text: str, end: int) -> int:
    return end + 1 if end < len(text) and text[end] in "'\"*”’" else end


def _name_word(tokens: list[Token], k: int, blocked) -> bool:
    """Whether token ``k`` can be a word of a Title Case name that ends later (not the first word
    of a sentence, an article or part of another mention)."""
    return k > 0 and is_cap(tokens[k]) and tokens[k].text.isalpha() and tokens[k].text.lower() not in _ARTICLES \
        and k not in blocked and tokens[k - 1].text not in ".!?:;"


#: a heading's number before its first word, alone at the start of its line: "2. ", "3) "
_HEADING_NUMBER = re.compile(r"(?:^|\n)[ \t#]*\d{1,2}[.)][ \t]+$")


def heading_name_start(tokens: list[Token], first: int, blocked, text: str) -> int:
    """``first``, or the word before it when that word opens a numbered heading ("2. Human Capital Agenda"):
    its number's dot ends no sentence, so the heading's first word is the name's (walkthrough 24: "Capital
    Agenda" was named).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Inleiding.\\n2. Human Capital Agenda\\nEen zin. Via Nationaal Groeifonds"
    >>> tokens = tokenize(text)
    >>> [tokens[heading_name_start(tokens, k, set(), text)].text for k in (5, 11)]
    ['Human', 'Nationaal']
    """
    k = first - 1
    if k >= 0 and is_cap(tokens[k]) and tokens[k].text.isalpha() and tokens[k].text.lower() not in _ARTICLES \
            and k not in blocked and _HEADING_NUMBER.search(text, max(0, tokens[k].start - 12), tokens[k].start):
        return k
    return first


def _name_start(tokens: list[Token], i: int, blocked) -> int:
    """The first token of the Title Case name that ends with token ``i`` ("Nationaal Groeifonds").

    The name runs across "en"/"&" when an article opens it: "het Gezond en Actief Leven Akkoord"
    (without the article, "Via Rijk en Nationaal Groeifonds" names only the fund), and across an elided
    compound: "de Nationale Woon- en Bouwagenda".

    Examples
    --------
    >>> from graph.extract.tokens import tokenize
    >>> tokens = tokenize("Zij tekende het Gezond en Actief Leven Akkoord")
    >>> tokens[_name_start(tokens, 8, set())].text
    'Gezond'
    """
    first = i
    while _name_word(tokens, first - 1, blocked):
        first -= 1
    # an elided compound is one name: "de Nationale Woon- en Bouwagenda"
    if first > 3 and tokens[first - 1].text == "en" and tokens[first - 2].text == "-" \
            and tokens[first - 2].start == tokens[first - 3].end and is_cap(tokens[first - 3]) \
            and tokens[first - 3].text.isalpha() and (first - 3) not in blocked:
        first -= 3
        while _name_word(tokens, first - 1, blocked):
            first -= 1
    while first > 2 and tokens[first - 1].text.lower() in ("en", "&") and _name_word(tokens, first - 2, blocked):
        start = first - 2
        while _name_word(tokens, start - 1, blocked):
            start -= 1
        if tokens[start - 1].text.lower() not in _ARTICLES:
            break
        first = start
    return first


#: capitalised nouns after "van de/het" that name who owns or made a thing, not a word of its name: "de
#: City Deal Zon van het Rijk", "het Fonds Wonen van de Provincie"
_OWNER_NOUNS = frozenset({"Rijk", "Kabinet", "Staat", "Provincie", "Gemeente", "Minister", "Ministerie", "Kamer", "Raad",
                          "Unie", "Commissie", "Stad", "Regio"})


def _van_de_name(tokens: list[Token], span: tuple[int, int], blocked, text: str) -> tuple[int, int]:
    """``span`` taking in a last "van de <Word>" of a Title Case name: "Proeftuin Scholen van de Toekomst"
    (not an owner: "van het Rijk", "van de Provincie").

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("De Proeftuin Scholen van de Toekomst start.")
    >>> _van_de_name(t, (2, 3), set(), "De Proeftuin Scholen van de Toekomst start.")
    (2, 6)
    """
    k = span[1]
    if k + 2 < len(tokens) and tokens[k].text == "van" and tokens[k + 1].text in ("de", "het") \
            and is_cap(tokens[k + 2]) and tokens[k + 2].text.isalpha() and k + 2 not in blocked \
            and tokens[k + 2].text not in _OWNER_NOUNS and "\n" not in text[tokens[k - 1].end:tokens[k + 2].start] \
            and not (k + 3 < len(tokens) and is_cap(tokens[k + 3])
                     and "\n" not in text[tokens[k + 2].end:tokens[k + 3].start]):
        return span[0], k + 3
    return span


def in_de_name(tokens: list[Token], span: tuple[int, int], blocked, text: str) -> tuple[int, int]:
    """``span`` taking in a last "in/op/voor de <Word>" of a Title Case name on one line: "Veilig
    Thuis in de Wijk", "Samen Sterk op het Platteland" (one capitalised word closes it).

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("het programma Veilig Thuis in de Wijk start")
    >>> in_de_name(t, (2, 4), set(), "het programma Veilig Thuis in de Wijk start")
    (2, 7)
    >>> t = tokenize("het programma Veilig Thuis in de Wijk Noord start")
    >>> in_de_name(t, (2, 4), set(), "het programma Veilig Thuis in de Wijk Noord start")
    (2, 4)
    """
    k = span[1]
    if k + 2 < len(tokens) and tokens[k].text in ("in", "op", "voor") and tokens[k + 1].text in ("de", "het") \
            and is_cap(tokens[k + 2]) and tokens[k + 2].text.isalpha() and k + 2 not in blocked \
            and is_cap(tokens[k - 1]) and "\n" not in text[tokens[k - 1].end:tokens[k + 2].start] \
            and not (k + 3 < len(tokens) and is_cap(tokens[k + 3])
                     and "\n" not in text[tokens[k + 2].end:tokens[k + 3].start]):
        return span[0], k + 3
    return span


#: nouns after "in de/het" that place a deal rather than name it: "de City Deal Zon in de regio"
_PLACING_NOUNS = frozenset({"regio", "stad", "steden", "gemeente", "gemeenten", "provincie", "praktijk", "periode",
                            "toekomst", "tussentijd", "raad", "kamer", "brief", "tranche"})


#: small words that go on with a phrase after a noun, no verb: "(in de wijk) met Breda", "(in de regio) van Twente"
_LINKING_WORDS = frozenset({"en", "of", "met", "bij", "voor", "van", "in", "op", "aan", "door", "te", "om", "tot", "uit",
                            "naar", "de", "het", "een", "die", "dat", "waar", "als", "zoals", "over", "tegen", "onder"})


def lower_in_de_name(tokens: list[Token], span: tuple[int, int], blocked, text: str) -> tuple[int, int]:
    """``span`` of a deal's one-word name taking in a lower-case "in de <noun>" that ends the clause: a City
    Deal is often named in sentence case ("de City Deal Warmte in de wijk.", "City Deal Zorg in het dorp,"),
    not when the noun places the deal ("de City Deal Zon in de regio") or more words follow.

    >>> from graph.extract.tokens import tokenize
    >>> text = "Ede sloot de City Deal Warmte in de wijk."
    >>> lower_in_de_name(tokenize(text), (5, 6), set(), text)
    (5, 9)
    >>> text = "Ede heeft de City Deal Warmte in de wijk gesloten."
    >>> lower_in_de_name(tokenize(text), (5, 6), set(), text)
    (5, 9)
    >>> text = "Ede sloot de City Deal Zon in de regio."
    >>> lower_in_de_name(tokenize(text), (5, 6), set(), text)
    (5, 6)
    """
    k = span[1]
    if span[1] - span[0] != 1 or not is_cap(tokens[span[0]]) or k + 2 >= len(tokens) \
            or tokens[k].text != "in" or tokens[k + 1].text not in ("de", "het"):
        return span
    noun = tokens[k + 2].text
    if not (noun.isalpha() and noun.islower()) or noun in _PLACING_NOUNS or k + 2 in blocked \
            or "\n" in text[tokens[span[0]].end:tokens[k + 2].start]:
        return span
    nxt = tokens[k + 3].text if k + 3 < len(tokens) and "\n" not in text[tokens[k + 2].end:tokens[k + 3].start] else "."
    if nxt in (".", ",", ";", ":", ")", "!", "?") or (nxt not in _LINKING_WORDS and nxt.islower() and is_verbish(nxt)) \
            or (nxt == "van" and k + 4 < len(tokens) and tokens[k + 4].text == "start"):
        return span[0], k + 3  # "… de City Deal Warmte in de wijk gesloten", "City Deal Warmte in de wijk van start"
    return span


#: kind words that name a programme in lower case only before a Title Case name of two or more words
_LOWER_KINDS = frozenset({"regeling", "fonds", "traject", "partnerschap"})


#: the small words inside a Title Case name: "Versnellingsaanpak Bedrijventerreinen en Werklocaties"
_NAME_JOINERS = frozenset({"en", "&", "van", "voor", "in", "de", "het", "op", "aan", "met"})


def _title_case_name(tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether ``span`` is a name of two or more words in Title Case, or ends in a slogan ending
    ("Participatiewet in balans"): what a lower-case "de regeling", "het fonds" or "het traject" may
    take as its name.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("de regeling Groene Daken en het fonds Zorg helpt")
    >>> _title_case_name(t, (2, 4)), _title_case_name(t, (7, 9))
    (True, False)
    """
    words = tokens[span[0]:span[1]]
    if len(words) >= 3 and (words[-2].text, words[-1].text) in _SLOGAN_ENDINGS:
        words = words[:-2]
    return len(tokens[span[0]:span[1]]) >= 2 and is_cap(words[-1]) \
        and all(is_cap(t) or t.text.lower() in _NAME_JOINERS for t in words)


#: lower-case endings of a slogan-like name, after its capitalised word: "Participatiewet in balans"
_SLOGAN_ENDINGS = {("in", "balans"), ("in", "beweging"), ("in", "verbinding"), ("op", "orde"), ("op", "koers"),
                   ("in", "evenwicht"), ("aan", "zet"), ("op", "maat")}


def _slogan_end(tokens: list[Token], span: tuple[int, int], text: str) -> tuple[int, int]:
    """``span`` taking in a slogan ending after a capitalised word ("Participatiewet in balans",
    "Wijken in beweging"), on one line.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("het programma Zorgstelsel in balans van VWS")
    >>> _slogan_end(t, (2, 3), "het programma Zorgstelsel in balans van VWS")
    (2, 5)
    >>> t = tokenize("om Zorgstelsel in balans te brengen")
    >>> _slogan_end(t, (1, 2), "om Zorgstelsel in balans te brengen")
    (1, 2)
    """
    k = span[1]
    if k + 1 < len(tokens) and (tokens[k].text, tokens[k + 1].text) in _SLOGAN_ENDINGS and is_cap(tokens[k - 1]) \
            and "\n" not in text[tokens[k - 1].end:tokens[k + 1].start] \
            and not (k + 2 < len(tokens) and tokens[k + 2].text in _SLOGAN_VERBS):
        return span[0], k + 2
    return span


#: the verbs that make "in balans", "op orde" a predicate: "de begroting in balans brengen"
_SLOGAN_VERBS = frozenset("""brengen brengt bracht gebracht houden houdt hield gehouden krijgen krijgt kreeg gekregen
    zetten zet zette gezet komen komt kwam gekomen blijven blijft bleef gebleven raken raakt raakte geraakt te""".split())


#: an adjective between the article and a lower-case compound that still makes it a programme: "het
#: landelijk sensorenregister", "de nationale woningbouwregeling", "(de) pilot landelijk sensorenregister"
_NATIONAL = frozenset({"landelijk", "landelijke", "nationaal", "nationale"})


#: the words before a lower-case "programma" that make a capitalised word after it its name
_BEFORE_PROGRAMME_NAME = {"het", "de", "landelijk", "landelijke", "nationaal", "nationale", "dit", "dat", "deze"}


def _one_word_name(tokens: list[Token], i: int, k: int, portfolios) -> bool:
    """Whether the one capitalised word ``k`` after a lower-case "programma" ``i`` is its name: after
    "het/landelijk programma", a word that is no policy field ("het programma Ondernemersdienstverlening",
    not "het programma Wonen") nor an abbreviation.

    >>> from graph.extract.tokens import tokenize
    >>> [_one_word_name(tokenize(t), 1, 2, {"wonen"}) for t in ("het programma Buurtbemiddeling", "het programma Wonen")]
    [True, False]
    """
    word = tokens[k].text
    return i > 0 and tokens[i].text.islower() and tokens[i - 1].text.lower() in _BEFORE_PROGRAMME_NAME \
        and word.isalpha() and not word.isupper() and len(word) >= 8 and word.lower() not in portfolios


def _named_programme_word(tokens: list[Token], i: int) -> bool:
    """Whether "Programma" ``i`` opens a name inside a sentence: after an article, or after a
    capitalised adjective after one ("het Nationaal Programma"), not as a heading ("Programma Zwolle:")."""
    if not tokens[i].text[:1].isupper() or i == 0:
        return False
    before = i - 1 if is_cap(tokens[i - 1]) and i > 1 else i
    return tokens[before - 1].text.lower() in _ARTICLES


def _name_with_place(tokens: list[Token], span, blocked, places, text: str, *, anywhere: bool = False):
    """``span`` stopped at another mention, but running through one place that is part of the name,
    which then ends with that place ("Bedrijventerreinen Zoetermeer", "Heerlen-Noord"); and whether a
    place is in it. A place after a connector is no part ("Wonen van Ede"); in a quoted name
    (``anywhere``) every place is.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("het Programma Groene Wijken Delft en Breda")
    >>> _name_with_place(t, (2, 7), {5, 7}, {5, 7}, "")
    ((2, 6), True)
    """
    start, stop = span
    for k in range(start, stop):
        if k in blocked and k not in places:
            return _cut((start, k), blocked, tokens), False
        if k in places:
            if anywhere:
                continue
            if k > start and tokens[k - 1].text.lower() in ("en", "&", "van", "voor", "in", "op", "de", ",", "aan"):
                return _cut((start, k), blocked, tokens), False
            end = k + 1
            while end < stop and (end in places or tokens[end].text == "-" and end + 1 < stop
                                  and tokens[end].start == tokens[end - 1].end):
                end += 2 if tokens[end].text == "-" else 1
            return (start, min(end, stop)), True
    return span, anywhere and any(k in places for k in range(start, stop))


def _place_ends_name(tokens: list[Token], i: int, span, places) -> bool:
    """Whether a lower-case "programma" ``i`` after an article has a name that a place ends: "het
    programma Klimaatbestendig Zwolle" (a town closing a programme's name belongs to it, as after
    "het Programma"); the name opens with a word of its own, not with the place.

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("trekker van het programma Klimaatbestendig Zwolle.")
    >>> _place_ends_name(t, 3, (4, 6), {5}), _place_ends_name(t, 3, (5, 6), {5})
    (True, False)
    """
    start, stop = span
    return tokens[i].text == "programma" and i > 0 and tokens[i - 1].text.lower() in _BEFORE_PROGRAMME_NAME \
        and start not in places and is_cap(tokens[start]) \
        and any(k in places and is_cap(tokens[k - 1]) for k in range(start + 1, stop))


def _table_name(tokens: list[Token], i: int, blocked, text: str) -> bool:
    """Whether token ``i`` is a capitalised compound on "-tafel(s)" with a Title Case name after it:
    a programme of consultation tables ("de Versnellingstafels Woningbouw", "Woontafel Regio Noord"),
    not a round table ("Rondetafel") nor a table without a name.

    >>> from graph.extract.tokens import tokenize
    >>> text = "de Versnellingstafels Woningbouw starten"
    >>> _table_name(tokenize(text), 1, set(), text), _table_name(tokenize("de Versnellingstafel start"), 1, set(), "")
    (True, False)
    """
    word = tokens[i].text
    low = word.lower()
    if not (word[:1].isupper() and word.isalpha() and low.endswith(("tafel", "tafels")) and len(low) > 7) \
            or low.startswith(("ronde", "keuken", "markt")):
        return False
    span = _cut(name_after(tokens, i + 1, text), blocked, tokens)
    return span is not None and span[0] == i + 1 and is_cap(tokens[span[0]])


def _plural_suffix(low: str) -> str | None:
    """The programme word whose plural ends the lower-cased compound ``low``, with a first part before it
    ("energiestrategieën": "strategie"), else None (the plural alone, "fondsen", names no programme).

    >>> [_plural_suffix(w) for w in ("energiestrategieën", "stimuleringsregelingen", "fondsen", "gemeenten")]
    ['strategie', 'regeling', None, None]
    """
    return next((singular for plural, singular in _PLURAL_SUFFIXES.items()
                 if low.endswith(plural) and len(low) > len(plural) + 2), None)


#: the endings of a capitalised adjective that may open a name before its head word: "de Brede Impuls X",
#: "de Nationale Agenda X", "het Landelijk Fonds X"
_ADJECTIVE_ENDINGS = ("e", "al", "eel", "lijk")


def _adjective_after_article(tokens: list[Token], i: int, blocked) -> bool:
    """Whether a capitalised adjective right after an article comes before the head word ``i``: "de
    Brede Impuls Combinatiefuncties" (the name opens with the adjective).

    >>> from graph.extract.tokens import tokenize
    >>> [_adjective_after_article(tokenize(t), 2, set()) for t in ("de Brede Impuls X", "met Brede Impuls X")]
    [True, False]
    """
    before = tokens[i - 1]
    return i > 1 and is_cap(before) and before.text.isalpha() and i - 1 not in blocked \
        and before.text.lower().endswith(_ADJECTIVE_ENDINGS) and tokens[i - 2].text.lower() in _ARTICLES


def _approach_compound(low: str) -> bool:
    """Whether a lower-cased word is a compound on "-aanpak" ("impulsaanpak"), which opens a name
    like "Aanpak" does: "de Impulsaanpak Winkelgebieden" (never "aanpak" on its own).

    >>> [_approach_compound(w) for w in ("impulsaanpak", "aanpak", "wijkaanpak", "aanpakken")]
    [True, False, True, False]
    """
    return low.endswith(_APPROACH) and len(low) > len(_APPROACH) + 2


#: first parts of a "-programma" compound that make it the timetable of a meeting, not a programme
_TIMETABLE_PARTS = ("ochtend", "middag", "avond", "dag", "conferentie", "congres", "bezoek", "werkbezoek", "sessie",
                    "lunch", "excursie", "bijeenkomst", "festival", "kennisdag", "netwerkdag")


def _named_before(mentions: list[Mention], compound: str) -> str | None:
    """The name of the last programme in ``mentions`` whose name starts with ``compound``: "het
    actieprogramma" after "Actieprogramma Middenhuur" is that programme.

    >>> named = Mention(0, 25, "Actieprogramma Middenhuur", "Programme", "programmes.compound", 0.8,
    ...                 name="Actieprogramma Middenhuur")
    >>> _named_before([named], "actieprogramma")
    'Actieprogramma Middenhuur'
    """
    for m in reversed(mentions):
        if m.label.lower().startswith(compound + " "):
            return m.label
    return None
