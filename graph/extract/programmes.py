"""Programmes (City Deals, funds, agendas, registers, campaigns …) and themes (events: :mod:`.events`).

- City Deals: "City Deal"/"Citydeal" followed by a quoted or capitalised name; the label is
  always "City Deal <name>" so every spelling is one programme. A Regio Deal is named after its
  region, so a place name is part of it: "Regio Deal Noord-Limburg", "Regio Deal Zeeland".
- Compound programme words (``data/gazetteer/programme_kinds.csv``): a capitalised compound
  ending in -fonds/-agenda/-register/-regeling/-convenant/-actieplan ("Woningbouwfonds", "Nationaal Groeifonds"),
  or "het/de adressenregister" in lower case; a Title Case name before a capitalised head word
  (Akkoord, Agenda, Fonds, Deal, Actieplan, Convenant), across "en" when an article opens it: "het Gezond en Actief
  Leven Akkoord"; "<…campagne/programma/project> 'Name'" takes the
  quoted or capitalised name as label.
- Head word first: "de Aanpak Groen in de Stad", "de Impulsaanpak Winkelgebieden", "de Coalitie Kansrijke
  Jeugd", "het Offensief Ondernemen", "de Impuls Vitale Binnensteden" (capitalised, after an article or
  "binnen/via/onder": "binnen Agenda Stad", or after a capitalised adjective after an article: "de Brede Impuls
  Combinatiefuncties"; "de aanpak van armoede" is no name); with what it is for, "het Pact voor de Leefomgeving", and a
  name glued by a hyphen, "de Brainport-aanpak" (:mod:`.programme_heads`). Compounds on -pact ("Sportpact
  Twente", not "impact") and capitalised ones on -monitor ("de Wijkmonitor Middelgrote Steden") too. After "het Programma" or in a quoted name a place is
  part of the name, which ends with it: "het Programma Bedrijventerreinen Zoetermeer", "het Nationaal
  Programma Heerlen-Noord" (the place inside gives way, as in a Regio Deal).
- A (living) lab is a project named like a programma: "het Living Lab Slimme Werklocaties", "het lab
  Brede Welvaart" (the lower-case kind word stays in the label: the name alone says no lab); "het lab"
  refers back to it (:mod:`.references`).
- A podcast series with a quoted name is a programme (a campaign): "de G40-podcast 'Stad in Gesprek'".
- Lower-case "het programma X": one capitalised word that is no policy field ("het programma
  Ondernemersdienstverlening", not "het programma Wonen"); a slogan ending ("… in balans") is part of a name.
  Lower-case "de regeling", "het fonds", "het traject" before a Title Case name of two or more words: "de
  regeling Versnellingsaanpak Bedrijventerreinen", "het traject Participatiewet in balans" (labelled by the
  name), "het fonds Stedelijke Vernieuwing" ("Fonds Stedelijke Vernieuwing": the name alone says no fund).
- The family of deals: "de Regio Deals", "de City Deals" with no name after them; a capitalised compound in
  the plural inside a sentence: "de Regionale Energiestrategieën", "de Gemeentelijke Stimuleringsregelingen".
- Themes: "thema X", "thematrekker X", "het thema human capital".

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "De G40 tekende de Citydeal 'Ruimte voor Ruimte' en steunt het Nationaal Groeifonds."
>>> [(m.label, m.type, m.kind) for m in find_programmes(text, tokenize(text), set())]
[('City Deal Ruimte voor Ruimte', 'Programme', 'citydeal'), ('Nationaal Groeifonds', 'Programme', 'fund')]
"""

from __future__ import annotations

from .lexicon import load_lexicon
from .model import Mention
from .phrases import STOP, is_cap, name_after, quoted_after
from .programme_heads import HYPHEN_HEADS, named_hyphen_compound, purpose_name
from .tokens import Token, word_test

__all__ = ["about_programme", "find_programmes", "find_themes", "in_de_name"]

_ARTICLES = {"de", "het", "een", "deze", "dit"}
#: deals between the Rijk and cities or regions, with the spelling of their label
_DEALS = {"city": "City Deal", "regio": "Regio Deal", "green": "Green Deal", "woon": "Woondeal"}
#: deals named after their region ("Regio Deal Twente", "Woondeal Zwolle")
_REGIONAL_DEALS = {"Regio Deal", "Woondeal"}
#: each deal's programme kind: a list of City Deals holds no Regio Deal or Woondeal
_DEAL_KINDS = {"City Deal": "citydeal", "Regio Deal": "regiodeal", "Green Deal": "greendeal", "Woondeal": "woondeal"}
_PROGRAMME_SUFFIXES = ("fonds", "agenda", "register", "regeling", "programma", "impuls", "strategie", "akkoord",
                       "convenant", "actieplan", "pact", "monitor")
_NAMED_SUFFIXES = {"campagne": "campaign", "programma": "project", "project": "project", "proeftuin": "project",
                   "pilot": "project", "werkstroom": "project", "werkpakket": "project", "actielijn": "project",
                   # a (living) lab: a project where partners try things out together ("Living Lab Werklocaties",
                   # "het City Deal-lab Brede Welvaart", "Stadslab Noord")
                   "lab": "project",
                   # a podcast series with a name, a communication product like a campaign: "de G40-podcast
                   # 'Stad in Gesprek'" (one episode of it is no event of its own)
                   "podcast": "campaign",
                   # a scheme, fund or track named in lower case before its capitalised name: "de regeling
                   # Versnellingsaanpak Bedrijventerreinen", "het traject Participatiewet in balans"
                   "regeling": "fund", "fonds": "fund", "traject": "project"}
_NAMED_ENDINGS = tuple(_NAMED_SUFFIXES)
#: kind words of research that name a project only with a quoted name after them: 'het onderzoek
#: "Werklocaties in middelgrote steden"', "de verkenning 'Ruimte voor werk'" (a bare "het onderzoek" is no name)
_QUOTED_KINDS = ("onderzoek", "verkenning", "studie")
#: the kind words of trying things out that end a compound ("Energielab", "Woonpilot", "Zorgproeftuin")
_TRIAL_ENDINGS = ("lab", "pilot", "proeftuin")
#: a capitalised head word that ends a Title Case name ("Gezond en Actief Leven Akkoord"), with the
#: programme_kinds.csv row that gives its kind
_NAME_HEADS = {"akkoord": "akkoord", "agenda": "agenda", "fonds": "fonds", "deal": "citydeal", "actieplan": "actieplan",
               "convenant": "convenant"}
#: a capitalised head word that opens a name after an article ("de Agenda Stad", "het Fonds X")
_HEADS_FIRST = {"agenda": "agenda", "fonds": "fonds", "convenant": "convenant", "akkoord": "akkoord",
                "actieplan": "actieplan", "pact": "pact", "aanpak": "aanpak",
                # a named coalition or offensive of partners is a joint programme: "de Coalitie Kansrijke Jeugd",
                # "het Offensief Ondernemen" (lower case, "de coalitie" is a town's council majority)
                "coalitie": "coalitie", "offensief": "offensief",
                # a named impulse, a subsidy scheme like "Woningbouwimpuls": "de Impuls Vitale Binnensteden"
                "impuls": "impuls"}
#: words besides an article after which a capitalised head word opens a name: "uit het Fonds X" has its article,
#: "binnen Agenda Stad", "via Fonds X" go without
_BEFORE_HEAD_FIRST = frozenset({"van", "aan", "uit", "zaken", "binnen", "via", "onder"})
#: a capitalised compound on "-aanpak" opens a name after an article, like "Aanpak": "de Impulsaanpak Winkelgebieden"
_APPROACH = "aanpak"
#: a token can start a programme only if it is a deal word or ends in one of the programme words
#: the plurals of programme words, with their singular: a capitalised compound in the plural names a family
#: of programmes, "de Regionale Energiestrategieën" (each region's own strategy); a plural on "'s" is a
#: token of its own ("Woonagenda" "'s"), read as the singular
_PLURAL_SUFFIXES = {"fondsen": "fonds", "registers": "register", "regelingen": "regeling",
                    "impulsen": "impuls", "strategieën": "strategie",
                    "akkoorden": "akkoord", "convenanten": "convenant", "actieplannen": "actieplan"}
_MAY_START_PROGRAMME = word_test(_DEALS, ("deal", "deals") + _NAMED_ENDINGS + _PROGRAMME_SUFFIXES
                                 + tuple(_PLURAL_SUFFIXES) + _QUOTED_KINDS + (_APPROACH, "tafel", "tafels", "coalitie",
                                                                              "offensief"))
#: the words a theme name follows
_THEME_CUE = word_test({"thema", "thematrekker", "themaregisseur"})


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


def _event_word(low: str, kinds) -> bool:
    """Whether a lower-cased word is an event's kind or a compound on one ("stedendag", "netwerkdag", "congres"),
    not the short kinds that end many other words ("top").

    >>> from graph.extract.lexicon import load_lexicon
    >>> [_event_word(w, load_lexicon().event_kinds) for w in ("stedendag", "klimaatcongres", "woningbouw", "laptop")]
    [True, True, False, False]
    """
    return any(low.endswith(kind) for kind in kinds if len(kind) >= 5)


def _van_de_name(tokens: list[Token], span: tuple[int, int], blocked, text: str) -> tuple[int, int]:
    """``span`` taking in a last "van de <Word>" of a Title Case name: "Proeftuin Scholen van de Toekomst".

    >>> from graph.extract.tokens import tokenize
    >>> t = tokenize("De Proeftuin Scholen van de Toekomst start.")
    >>> _van_de_name(t, (2, 3), set(), "De Proeftuin Scholen van de Toekomst start.")
    (2, 6)
    """
    k = span[1]
    if k + 2 < len(tokens) and tokens[k].text == "van" and tokens[k + 1].text in ("de", "het") \
            and is_cap(tokens[k + 2]) and tokens[k + 2].text.isalpha() and k + 2 not in blocked \
            and "\n" not in text[tokens[k - 1].end:tokens[k + 2].start] \
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


def _deal_name(deal: str, span, tokens: list[Token], blocked: set[int], places: set[int]):
    """A deal's name ``span`` stopped at another mention. A Regio Deal or a Woondeal is named after
    its region: a place is part of the name ("Regio Deal Zeeland", "Woondeal Regio Zwolle"), which
    ends at the first word in lower case ("In de Regio Deal Twente werken Enschede en Hengelo samen")."""
    if deal not in _REGIONAL_DEALS or span is None:
        return _cut(span, blocked, tokens)
    end = span[0]
    while end < span[1] and (is_cap(tokens[end]) or tokens[end].text in ("-", "&")
                             or tokens[end].text == "en" and end + 1 < span[1] and is_cap(tokens[end + 1])):
        end += 1
    return _cut((span[0], end), blocked - places, tokens) if end > span[0] else None


def _no_deal_name(tokens: list[Token], span: tuple[int, int], quoted: bool) -> bool:
    """Whether the words ``span`` after a deal word name no deal: a quotation in lower case about it
    ('de City Deal "vooral een netwerk en nauwelijks een instrument"'), or one lower-case word that ends
    the clause, the particle of a separable verb ("zette de City Deal op.", "deed de City Deal mee,").

    >>> from graph.extract.tokens import tokenize
    >>> _no_deal_name(tokenize("zette de City Deal op."), (4, 5), False)
    True
    >>> _no_deal_name(tokenize('de City Deal "vooral een netwerk"'), (4, 7), True)
    True
    >>> _no_deal_name(tokenize("de City Deal Zon."), (3, 4), False), _no_deal_name(tokenize("de City Deal kennis maken"), (3, 5), False)
    (False, False)
    """
    first = tokens[span[0]].text
    if quoted:
        return first[:1].islower()
    return span[1] - span[0] == 1 and first.isalpha() and first.islower() \
        and (span[1] >= len(tokens) or tokens[span[1]].text in (".", ",", ";", "!", "?", ")"))


def _deal_family(text: str, tokens: list[Token], i: int, blocked) -> Mention | None:
    """"de Regio Deals", "de City Deals": the family of deals as one programme, when an article
    opens it and no name follows (a name makes them a list of deals: "de City Deals X en Y").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Zij zette zich in voor de Regio Deals en de Woondeals."
    >>> [(m.label, m.kind) for m in (_deal_family(text, tokenize(text), 6, set()),)]
    [('Regio Deals', 'regiodeal')]
    >>> text = "Zij werkt aan de City Deals Slimme Wijk en Groene Stad."
    >>> _deal_family(text, tokenize(text), 5, set()) is None
    True
    """
    low = tokens[i].text.lower()
    if low.endswith("deals") and _DEALS.get(low[:-5]) in _DEAL_KINDS and tokens[i].text[:1].isupper():
        deal, end = _DEALS[low[:-5]], i + 1  # "de Regiodeals"
    elif low in _DEALS and i + 1 < len(tokens) and tokens[i + 1].text == "Deals" and tokens[i].text[:1].isupper():
        deal, end = _DEALS[low], i + 2  # "de City Deals"
    else:
        return None
    if i == 0 or tokens[i - 1].text.lower() not in ("de", "alle", "twee", "drie", "vier", "vijf") \
            or any(k in blocked for k in range(i, end)):
        return None
    if end < len(tokens) and (is_cap(tokens[end]) or tokens[end].text in ("'", "\"", "‘", "“")) \
            and "\n" not in text[tokens[end - 1].end:tokens[end].start]:
        return None  # a name follows: "de City Deals Slimme Wijk en Groene Stad"
    start, stop = tokens[i].start, tokens[end - 1].end
    label = deal + "s" if deal != "Woondeal" else "Woondeals"
    return Mention(start, stop, text[start:stop], "Programme", "programmes.deal-family", 0.75, name=label,
                   kind=_DEAL_KINDS[deal])


def find_programmes(text: str, tokens: list[Token], blocked: set[int],
                    places: set[int] = frozenset()) -> list[Mention]:
    """Programme mentions (type Programme, ``kind`` from programme_kinds.csv).

    ``places`` holds the indexes of tokens inside municipality or province names (a Regio Deal's
    name takes them in).
    """
    lexicon = load_lexicon()
    kinds = lexicon.programme_kinds
    mentions: list[Mention] = []
    n = len(tokens)
    i = 0
    for candidate in _MAY_START_PROGRAMME.indexes(tokens):
        if candidate < i:
            continue  # inside the mention found last
        i = candidate
        token = tokens[i]
        low = token.text.lower()
        if i in blocked:
            i += 1
            continue
        # City Deal / Citydeal / City-deal, and the other deals between Rijk and region
        deal_end = None
        deal = _DEALS.get(low[:-4]) if low.endswith("deal") and len(low) > 4 else None
        if deal:
            deal_end = i + 1
        elif low in _DEALS and i + 1 < n and tokens[i + 1].text.lower() == "deal":
            deal, deal_end = _DEALS[low], i + 2
        elif low in _DEALS and i + 2 < n and tokens[i + 1].text == "-" and tokens[i + 2].text.lower() == "deal":
            deal, deal_end = _DEALS[low], i + 3
        else:
            family = _deal_family(text, tokens, i, blocked)
            if family is not None:
                mentions.append(family)
                i += 1
                continue
        if deal_end is not None:
            span = quoted_after(tokens, deal_end, text)
            quoted = span is not None
            if span is None:
                sentence_start = i == 0 or tokens[i - 1].text in ".!?:"
                span = name_after(tokens, deal_end, text, allow_lower=token.text[:1].isupper() and not sentence_start,
                                  article_inside=True)
            if span and _no_deal_name(tokens, span, quoted):
                span = None
            span = _deal_name(deal, span, tokens, blocked, places)
            if span and not quoted:
                span = in_de_name(tokens, span, blocked, text)  # "de City Deal Vakmanschap in de Regio"
            if span:
                start, end, name = _span_text(text, tokens, span)
                end = _close_quote(text, end) if quoted else end
                kind = _DEAL_KINDS[deal]
                if deal != "City Deal":  # only City Deal is normalised; "Regiodeal Werk" keeps its spelling
                    deal = " ".join(text[token.start:tokens[deal_end - 1].end].split())
                mentions.append(Mention(token.start, end, text[token.start:end], "Programme", "programmes.citydeal",
                                        0.9, name=f"{deal} {name}", kind=kind))
                i = span[1]
                continue
            i = deal_end
            continue
        word = token.text
        if low in HYPHEN_HEADS and named_hyphen_compound(tokens, i, blocked):
            # "de Brainport-aanpak", "het Parkstad-akkoord": a name glued to the head word names it
            start = tokens[i - 2].start
            mentions.append(Mention(start, token.end, text[start:token.end], "Programme", "programmes.hyphen-compound",
                                    0.75, name=text[start:token.end], kind=kinds[HYPHEN_HEADS[low]].kind))
            i += 1
            continue
        # named programmes: "...campagne 'Name'", "programma Name"
        named_kind = None
        if low.endswith(_NAMED_ENDINGS):
            named_kind = next(k for s, k in _NAMED_SUFFIXES.items() if low.endswith(s))
        if named_kind is None and low.endswith(_APPROACH) and word.isalpha() and quoted_after(tokens, i + 1, text):
            named_kind = "project"  # "de Tilburgse aanpak 'Omscholen naar Zorg'": a quoted name after "aanpak"
        if named_kind is None and low.endswith(_QUOTED_KINDS) and word.islower() and quoted_after(tokens, i + 1, text):
            named_kind = "project"  # 'het onderzoek "Werklocaties in middelgrote steden"'
        if named_kind and word.isalpha():
            span = quoted_after(tokens, i + 1, text)
            quoted = span is not None
            # a capitalised compound on a word of trying out names a lab or pilot with the name after it:
            # "Energielab Velve-Lindenhof", "Stadslab Noord", "Woonpilot Kanaleneiland"
            trial_compound = low not in _NAMED_SUFFIXES and low.endswith(_TRIAL_ENDINGS) and word[:1].isupper()
            # a compound on "-programma" in lower case before a name names it as "programma" does: "het
            # pilotprogramma Wonen boven Winkels" (not a day's timetable: "het middagprogramma")
            programme_compound = low.endswith("programma") and low != "programma" and word.islower() \
                and not low.startswith(_TIMETABLE_PARTS)
            if span is None and (low in _NAMED_SUFFIXES or trial_compound or programme_compound):
                span = name_after(tokens, i + 1, text)
                if span and word[:1].isupper():
                    span = _van_de_name(tokens, span, blocked, text)
                if span:
                    span = _slogan_end(tokens, span, text)  # "het programma Participatiewet in balans"
                if span and span[1] - span[0] < 2 and not word[:1].isupper() \
                        and not _one_word_name(tokens, i, span[0], lexicon.portfolios):
                    span = None  # "programma Wonen" may be a topic; "Proeftuin Wijkaanpak" is a name
                if span:
                    span = in_de_name(tokens, span, blocked, text)  # "het programma Warm Wonen in de Wijk"
                if span and low in _LOWER_KINDS and not _title_case_name(tokens, span):
                    span = None  # "het fonds Zorg helpt": the name ends at the verb, one word may be a topic
            placed = False
            if span and not quoted and low == "programma" and _event_word(tokens[span[0]].text.lower(), lexicon.event_kinds):
                span = None  # "Programma Stedendag 2025", "Programma Netwerkdag Wonen": the timetable of an event
            if span and (quoted or low.endswith("programma") and (_named_programme_word(tokens, i)
                                                                   or _place_ends_name(tokens, i, span, places))):
                # a place may be part of a quoted name or one after "het Programma": "het Programma
                # Bedrijventerreinen Zoetermeer", "het Nationaal Programma Heerlen-Noord", "programma 'Ede Centraal'"
                span, placed = _name_with_place(tokens, span, blocked, places, text, anywhere=quoted)
            else:
                span = _cut(span, blocked, tokens)
            if span:
                start, end, name = _span_text(text, tokens, span)
                end = _close_quote(text, end) if quoted else end
                begin = token.start
                if word[:1].isupper() and not quoted and i > 0 and tokens[i - 1].text not in ".!?:;" \
                        or (word[:1].isupper() and not quoted and i == 0) or trial_compound:
                    # "Programma Aardgasvrije Wijken", "Nationaal Programma Leefbaarheid": the kind word is named
                    # (a compound always is: "Energielab Velve-Lindenhof" opening a sentence)
                    first = i
                    if i > 1 and is_cap(tokens[i - 1]) and tokens[i - 1].text.lower() not in _ARTICLES \
                            and tokens[i - 2].text not in ".!?:;" and i - 1 not in blocked:
                        first = i - 1
                    begin = tokens[first].start
                    name = " ".join(text[begin:end].split())
                elif low in ("lab", "fonds") and not quoted:
                    # "het lab Brede Welvaart", "het fonds Stedelijke Vernieuwing": a name alone says no lab or fund
                    name = " ".join(text[begin:end].split())
                    name = name[:1].upper() + name[1:] if low == "fonds" else name
                # a name holding a place is one like a Regio Deal's: the place inside gives way to it
                rule = "programmes.place-named" if placed else "programmes.named"
                mentions.append(Mention(begin, end, text[begin:end], "Programme", rule,
                                        0.85, name=name, kind=named_kind))
                i = span[1]
                continue
        # compounds: Woningbouwfonds, Nationaal Groeifonds, het adressenregister
        suffix = None
        if low.endswith(_PROGRAMME_SUFFIXES) and not low.endswith("mpact"):  # not "impact"
            suffix = next((s for s in _PROGRAMME_SUFFIXES if low.endswith(s) and len(low) > len(s) + 2), None)
        if suffix is None and word[:1].isupper() and word.isalpha() and i > 0 and tokens[i - 1].text not in ".!?:;":
            suffix = _plural_suffix(low)  # "de Regionale Energiestrategieën" (not a plural that opens a sentence)
        if suffix is None and low in _NAME_HEADS and word[:1].isupper() and _name_start(tokens, i, blocked) < i:
            suffix = _NAME_HEADS[low]  # a name before a head word: "het Gezond en Actief Leven Akkoord"
        elif suffix is None and word[:1].isupper() and i > 0 \
                and (low in _HEADS_FIRST and (tokens[i - 1].text.lower() in _ARTICLES | _BEFORE_HEAD_FIRST
                                              or _adjective_after_article(tokens, i, blocked))
                     or _approach_compound(low) and tokens[i - 1].text.lower() in _ARTICLES):
            # the head word first, then a Title Case name: "de Agenda Basisvaardigheden in de Stad",
            # "het Convenant Warmte in de Wijk", "het Fonds Betaalbare Binnenstadswoningen"
            span = _cut(name_after(tokens, i + 1, text, article_inside=True), blocked, tokens) \
                or purpose_name(tokens, i, blocked, text)  # "het Pact voor de Leefomgeving"
            if span and span[1] + 2 < n and tokens[span[1]].text in ("in", "op", "voor") \
                    and tokens[span[1] + 1].text in ("de", "het") and "\n" not in text[tokens[span[1] - 1].end:tokens[span[1] + 2].start]:
                rest = _cut(name_after(tokens, span[1] + 2, text), blocked, tokens)
                if rest and rest[0] == span[1] + 2:
                    span = (span[0], rest[1])  # "… in de Stad", "… in de Wijk"
            if span and is_cap(tokens[span[1] - 1]):
                start, end = token.start, tokens[span[1] - 1].end
                if tokens[i - 1].text.lower() not in _ARTICLES | _BEFORE_HEAD_FIRST and low in _HEADS_FIRST:
                    start = tokens[i - 1].start  # "de Brede Impuls Combinatiefuncties": the adjective is named
                if text[end:end + 2] in ("'s", "’s") and not text[end + 2:end + 3].isalpha():
                    end += 2  # a plural: "de Agenda Krachtige Regio's"
                mentions.append(Mention(start, end, text[start:end], "Programme", "programmes.head-first", 0.8,
                                        name=" ".join(text[start:end].split()), kind=kinds[_HEADS_FIRST.get(low, _APPROACH)].kind))
                i = span[1]
                continue
        if suffix is None and _table_name(tokens, i, blocked, text):
            suffix = "tafel"  # "de Versnellingstafels Woningbouw", "Woontafel Regio Noord"
        if suffix == "programma" and low.startswith(_TIMETABLE_PARTS):
            suffix = None  # "het middagprogramma", "het conferentieprogramma": the timetable of a day or event
        if suffix and word.isalpha():
            previous = tokens[i - 1].text.lower() if i > 0 else ""
            if word[:1].isupper() or (suffix not in ("agenda", "monitor") and (previous in ("het", "de") or (
                    previous in _NATIONAL and i > 1 and tokens[i - 2].text.lower() in ("het", "de", "pilot")))):
                first = _name_start(tokens, i, blocked)
                start, end = tokens[first].start, token.end
                if word[:1].isupper():
                    # a Title Case name after the compound: "Deltaprogramma Ruimtelijke Adaptatie"
                    span = _cut(name_after(tokens, i + 1, text), blocked, tokens)
                    if span:  # "Stimuleringsregeling Werklocaties van de Toekomst"
                        span = _van_de_name(tokens, span, blocked, text)
                    if span and all(is_cap(t) or t.text.lower() in ("en", "&", "van", "voor", "de", "het")
                                    for t in tokens[span[0]:span[1]]):
                        end = tokens[span[1] - 1].end
                        i = span[1] - 1
                name = " ".join(text[start:end].split())
                if not word[:1].isupper():
                    name = _named_before(mentions, low) or name  # "het actieprogramma": the one named before
                mentions.append(Mention(start, end, text[start:end], "Programme", "programmes.compound", 0.8,
                                        name=name, kind=kinds[suffix].kind))
                k = i + 1 if end == token.end else next((x for x in range(i, n) if tokens[x].end == end), i) + 1
                if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
                    abbr = tokens[k + 1]  # "Regionale Energiestrategie (RES)"
                    mentions.append(Mention(abbr.start, abbr.end, abbr.text, "Programme", "programmes.abbreviation",
                                            0.8, name=name, kind=kinds[suffix].kind))
        i += 1
    return mentions


#: kind words that name a programme in lower case only before a Title Case name of two or more words
_LOWER_KINDS = frozenset({"regeling", "fonds", "traject"})
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


def about_programme(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` alone names a programme by its compound, a capitalised word on a programme
    suffix followed by no other capitalised word of the name ("Woningbouwimpuls"): what an overleg
    named by it is about.

    >>> from graph.extract.tokens import tokenize
    >>> [about_programme(tokenize(t), 0) for t in ("Woningbouwimpuls op 9 juli", "Stedelijke Vernieuwing", "Wonen")]
    [True, False, False]
    """
    word = tokens[i].text
    low = word.lower()
    return word[:1].isupper() and word.isalpha() \
        and any(low.endswith(s) and len(low) > len(s) + 2 for s in _PROGRAMME_SUFFIXES) \
        and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].start == tokens[i].end + 1)


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


def find_themes(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """Theme mentions after "thema" or "thematrekker"."""
    mentions: list[Mention] = []
    n = len(tokens)
    for i in _THEME_CUE.indexes(tokens):
        if i in blocked:
            continue
        token = tokens[i]
        low = token.text.lower()
        previous = tokens[i - 1].text.lower() if i > 0 else ""
        if i + 1 < n and (tokens[i + 1].text.lower() in STOP or tokens[i + 1].text in ("'", "’")):
            continue
        span = quoted_after(tokens, i + 1, text)
        if span is None:
            span = name_after(tokens, i + 1, text, allow_lower=previous == "het" and low == "thema", limit=4)
        span = _cut(span, blocked, tokens)
        if not span:
            continue
        start, end, name = _span_text(text, tokens, span)
        mentions.append(Mention(start, end, text[start:end], "Theme", "themes.after-thema", 0.75, name=name))
    return mentions
