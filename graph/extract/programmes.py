"""Programmes (City Deals, funds, agendas, registers, campaigns …); themes are :mod:`.themes`, events :mod:`.events`.

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

Deals and their names are :mod:`.deals`; where a name starts and ends is :mod:`.programme_names`.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "De G40 tekende de Citydeal 'Ruimte voor Ruimte' en steunt het Nationaal Groeifonds."
>>> [(m.label, m.type, m.kind) for m in find_programmes(text, tokenize(text), set())]
[('City Deal Ruimte voor Ruimte', 'Programme', 'citydeal'), ('Nationaal Groeifonds', 'Programme', 'fund')]
"""

from __future__ import annotations

import re

from .lexicon import load_lexicon
from .organisations import peoples_platform
from .model import Mention
from .phrases import is_cap, name_after, quoted_after
from .subject_titles import without_subject_titles
from .generic_compounds import generic_compound
from .programme_heads import HYPHEN_HEADS, named_hyphen_compound, purpose_name
from .tokens import Token, word_test
from .year_names import place_and_year_end
from .deals import as_name, _deal_family, _DEAL_KINDS, _deal_name, _DEALS, _no_deal_name
from .place_ended_names import place_closing_name, region_closing_compound
from .place_opened_names import place_opening_name
from .programme_names import (_adjective_after_article, _APPROACH, _approach_compound, _ARTICLES, _close_quote, _cut,
                              in_de_name, lower_in_de_name, _LOWER_KINDS, _name_start, _name_with_place, _named_before, heading_name_start,
                              _named_programme_word, _NATIONAL, _one_word_name, _place_ends_name, _plural_suffix,
                              _PLURAL_SUFFIXES, _slogan_end, _span_text, _table_name, _TIMETABLE_PARTS,
                              _title_case_name, _van_de_name)

__all__ = ["about_programme", "find_programmes"]

_PROGRAMME_SUFFIXES = ("fonds", "agenda", "register", "regeling", "programma", "impuls", "strategie", "akkoord",
                       "convenant", "actieplan", "pact", "monitor",
                       "alliantie",  # "de Woonalliantie IJsselsteden" (round 55d)
                       # a named coalition of towns and partners run as a joint programme, as -alliantie: "de
                       # Werkcoalitie Twente-West" (round 57r; lower case only for the one named before, not "de
                       # collegecoalitie")
                       "coalitie",
                       "route")  # "de Talentenroute Brainport Oost", "de Twentse Innovatieroute" (round 56r)
_NAMED_SUFFIXES = {"campagne": "campaign", "programma": "project", "project": "project", "proeftuin": "project",
                   "pilot": "project", "werkstroom": "project", "werkpakket": "project", "actielijn": "project",
                   # a (living) lab: a project where partners try things out together ("Living Lab Werklocaties",
                   # "het City Deal-lab Brede Welvaart", "Stadslab Noord")
                   "lab": "project",
                   # a podcast series with a name, a communication product like a campaign: "de G40-podcast
                   # 'Stad in Gesprek'" (one episode of it is no event of its own)
                   "podcast": "campaign",
                   # a petition with a quoted name, a campaign of its initiators that others sign and support:
                   # 'de petitie "Investeer in de wijk"' (round 55e)
                   "petitie": "campaign",
                   # a scheme, fund or track named in lower case before its capitalised name: "de regeling
                   # Versnellingsaanpak Bedrijventerreinen", "het traject Participatiewet in balans"
                   "regeling": "fund", "fonds": "fund", "traject": "project",
                   # a partnership of the Urban Agenda for the EU: "het partnerschap Klimaatneutrale Wijken", a
                   # page's title "Partnerschap Klimaatneutrale Wijken" (round 50a; a Title Case name, as "het fonds")
                   "partnerschap": "project",
                   # a course for civil servants run as a project with its own participants and staff: "de leergang
                   # Regionaal Economisch Leiderschap", a page's title "Leergang Wendbaar Bestuur" (round 51a)
                   "leergang": "project",
                   # a consortium named after its kind word: "het consortium WarmteNet Noord" (a quoted name is
                   # introduced_names' partnership)
                   "consortium": "project",
                   # a data or knowledge platform that partners build and run together, named as a capitalised
                   # compound with its name after it: "het Dataplatform Woningbouw Zuid-Holland" (round 55e;
                   # "het platform" alone and "Platform X" name none: _COMPOUND_ONLY)
                   "platform": "project"}
_NAMED_ENDINGS = tuple(_NAMED_SUFFIXES)
#: the adjectives of a national body named as a route: "de Nationale Schuldhulproute", "de Nederlandse Schuldhulproute"
#: (a foundation; a region's route is a programme: "de Twentse Innovatieroute", "de Talentenroute Brainport Oost")
_NATIONAL_ROUTE = frozenset({"nationale", "nederlandse", "landelijke"})
#: kinds named only by a quoted name: "PETITIE AANGEBODEN AAN DE TWEEDE KAMER" is a headline, no petition's name
_QUOTED_ONLY = frozenset({"petitie"})
#: kinds that name a programme only as the head of a capitalised compound: "Dataplatform X", not "Platform X"
_COMPOUND_ONLY = ("platform",)
#: kind words of research that name a project only with a quoted name after them: 'het onderzoek
#: "Werklocaties in middelgrote steden"', "de verkenning 'Ruimte voor werk'" (a bare "het onderzoek" is no name)
_QUOTED_KINDS = ("onderzoek", "verkenning", "studie")
#: the kind words of trying things out that end a compound ("Energielab", "Woonpilot", "Zorgproeftuin")
_TRIAL_ENDINGS = ("lab", "pilot", "proeftuin", "platform")
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
                "impuls": "impuls",
                # a named monitor, a joint programme of measuring: "de Monitor Vitale Kernen" (round 53e)
                "monitor": "monitor"}
#: head words that name a programme at a line's start or after a field's colon too: a dataset page's title
#: "Monitor Vitale Kernen", "Titel: Monitor Vitale Kernen" (round 53e; not "Agenda", the heading of a meeting's items)
_HEADS_OPENING_LINE = frozenset({"monitor"})


#: a card's label that names a programme in its value: "Project: Binnenstadsaanpak Limburgse Steden"
_PROGRAMME_LABELS = frozenset({"project", "programma", "aanpak", "initiatief"})


def _after_card_label(tokens: list[Token], i: int, text: str) -> bool:
    """Whether ``tokens[i]`` opens the value of a line's programme label: "Project: Binnenstadsaanpak Limburgse Steden"
    (a compound on -aanpak names the programme there as after an article; round 55e).

    >>> from graph.extract.tokens import tokenize
    >>> text = "Project: Binnenstadsaanpak Oost\\nThema: Wijkaanpak Noord"
    >>> tokens = tokenize(text)
    >>> [_after_card_label(tokens, k, text) for k in (2, 7)]
    [True, False]
    """
    return i >= 2 and tokens[i - 1].text == ":" and tokens[i - 2].text.lower() in _PROGRAMME_LABELS \
        and (i == 2 or "\n" in text[tokens[i - 3].end:tokens[i - 2].start])


def _opens_line(tokens: list[Token], i: int, text: str) -> bool:
    """Whether token ``i`` opens its line, or follows a field label's colon ("Titel: Monitor X").

    >>> from graph.extract.tokens import tokenize
    >>> text = "Over\\nMonitor Zon\\nTitel: Monitor Wind, zie de Monitor Water"
    >>> tokens = tokenize(text)
    >>> [t.text for k, t in enumerate(tokens) if t.text == "Monitor" and _opens_line(tokens, k, text)]
    ['Monitor', 'Monitor']
    """
    return i == 0 or "\n" in text[tokens[i - 1].end:tokens[i].start] or tokens[i - 1].text == ":"


#: words besides an article after which a capitalised head word opens a name: "uit het Fonds X" has its article,
#: "binnen Agenda Stad", "via Fonds X" go without
_BEFORE_HEAD_FIRST = frozenset({"van", "aan", "uit", "zaken", "binnen", "via", "onder"})
#: a token can start a programme only if it is a deal word or ends in one of the programme words
_MAY_START_PROGRAMME = word_test(_DEALS, ("deal", "deals") + _NAMED_ENDINGS + _PROGRAMME_SUFFIXES
                                 + tuple(_PLURAL_SUFFIXES) + _QUOTED_KINDS + (_APPROACH, "tafel", "tafels", "coalitie",
                                                                              "offensief"))
def _event_word(low: str, kinds) -> bool:
    """Whether a lower-cased word is an event's kind or a compound on one ("stedendag", "netwerkdag", "congres"),
    not the short kinds that end many other words ("top").

    >>> from graph.extract.lexicon import load_lexicon
    >>> [_event_word(w, load_lexicon().event_kinds) for w in ("stedendag", "klimaatcongres", "woningbouw", "laptop")]
    [True, True, False, False]
    """
    return any(low.endswith(kind) for kind in kinds if len(kind) >= 5)


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
                span = _van_de_name(tokens, span, blocked, text)  # "de City Deal Werklocaties van de Toekomst"
                span = in_de_name(tokens, span, blocked, text)  # "de City Deal Vakmanschap in de Regio"
                if deal == "City Deal":
                    span = lower_in_de_name(tokens, span, blocked, text)  # "de City Deal Warmte in de wijk"
                    span = as_name(tokens, span, blocked, text)  # "de City Deal Binnenstad als Kernwaarde"
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
        if low.endswith(_COMPOUND_ONLY) and (low in _COMPOUND_ONLY or not word[:1].isupper()):
            named_kind = None  # "Platform X", "het platform", "een woonplatform": no name of a platform
        if peoples_platform(word):
            named_kind = None  # "het Bewonersplatform Kersenboogerd": the residents' body, an organisation (57r)
        if named_kind and word.isalpha():
            span = quoted_after(tokens, i + 1, text)
            if span is not None and tokens[span[0]].text == "een":
                span = None  # 'noemt het fonds "een goed begin"': what it is called, no name (44a)
            quoted = span is not None
            # a capitalised compound on a word of trying out names a lab or pilot with the name after it:
            # "Energielab Velve-Lindenhof", "Stadslab Noord", "Woonpilot Kanaleneiland"
            trial_compound = low not in _NAMED_SUFFIXES and low.endswith(_TRIAL_ENDINGS) and word[:1].isupper()
            # a compound on "-programma" in lower case before a name names it as "programma" does: "het
            # pilotprogramma Wonen boven Winkels" (not a day's timetable: "het middagprogramma")
            programme_compound = low.endswith("programma") and low != "programma" and word.islower() \
                and not low.startswith(_TIMETABLE_PARTS)
            # so does one on "-traject": "het kennistraject Binnenstad van de Toekomst" (round 50a)
            programme_compound = programme_compound or low.endswith("traject") and low != "traject" and word.islower()
            if span is None and (low in _NAMED_SUFFIXES and low not in _QUOTED_ONLY or trial_compound or programme_compound):
                span = name_after(tokens, i + 1, text)
                if span and (word[:1].isupper() or low.endswith("traject") and low != "traject"):
                    span = _van_de_name(tokens, span, blocked, text)  # "het kennistraject Binnenstad van de Toekomst"
                if span:
                    span = _slogan_end(tokens, span, text)  # "het programma Participatiewet in balans"
                if span and span[1] - span[0] < 2 and not word[:1].isupper() \
                        and not _one_word_name(tokens, i, span[0], lexicon.portfolios):
                    span = None  # "programma Wonen" may be a topic; "Proeftuin Wijkaanpak" is a name
                if span:
                    span = in_de_name(tokens, span, blocked, text)  # "het programma Warm Wonen in de Wijk"
                if span and (low in _LOWER_KINDS or low.endswith("traject")) and not _title_case_name(tokens, span):
                    span = None  # "het fonds Zorg helpt": the name ends at the verb, one word may be a topic
            placed = False
            if span and not quoted and low == "programma" and _event_word(tokens[span[0]].text.lower(), lexicon.event_kinds):
                span = None  # "Programma Stedendag 2025", "Programma Netwerkdag Wonen": the timetable of an event
            opened = place_opening_name(tokens, span, blocked, places) if span and low.endswith("programma") else None
            if opened is not None and opened < len(tokens) and tokens[opened].text == "!":
                opened = None  # "het programma Heerlen Werkt!": the exclaimed name's own rule reads it
            if opened is not None:
                span, placed = (span[0], opened), True  # "het programma Utrecht Oost Bereikbaar": a name of its own
            elif span and (quoted or low.endswith("programma") and (_named_programme_word(tokens, i)
                                                                   or _place_ends_name(tokens, i, span, places))):
                # a place may be part of a quoted name or one after "het Programma": "het Programma
                # Bedrijventerreinen Zoetermeer", "het Nationaal Programma Heerlen-Noord", "programma 'Ede Centraal'"
                span, placed = _name_with_place(tokens, span, blocked, places, text, anywhere=quoted)
            elif span and not quoted and place_and_year_end(tokens, span, places) is not None:
                span, placed = (span[0], place_and_year_end(tokens, span, places)), True  # "het project Binnenstad Assen 2030"
            else:
                span = _cut(span, blocked, tokens)
            if span:
                start, end, name = _span_text(text, tokens, span)
                end = _close_quote(text, end) if quoted else end
                begin = token.start
                if low == "consortium":
                    pass  # "Consortium WarmteNet Noord" opening a title: the name alone, as after "het consortium"
                elif word[:1].isupper() and not quoted and i > 0 and tokens[i - 1].text not in ".!?:;" \
                        or (word[:1].isupper() and not quoted and i == 0) or trial_compound:
                    # "Programma Aardgasvrije Wijken", "Nationaal Programma Leefbaarheid": the kind word is named
                    # (a compound always is: "Energielab Velve-Lindenhof" opening a sentence)
                    first = i
                    if i > 1 and is_cap(tokens[i - 1]) and tokens[i - 1].text.lower() not in _ARTICLES \
                            and tokens[i - 2].text not in ".!?:;" and i - 1 not in blocked \
                            and "\n" not in text[tokens[i - 1].end:token.start]:  # not a line's last word before it
                        first = i - 1
                    begin = tokens[first].start
                    name = " ".join(text[begin:end].split())
                elif low in ("lab", "fonds", "partnerschap") and not quoted:
                    # "het lab Brede Welvaart", "het fonds Stedelijke Vernieuwing": a name alone says no lab or fund
                    name = " ".join(text[begin:end].split())
                    name = name[:1].upper() + name[1:] if low in ("fonds", "partnerschap") else name
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
        elif suffix is None and word[:1].isupper() and (i > 0 or low in _HEADS_OPENING_LINE) \
                and (low in _HEADS_FIRST and (low in _HEADS_OPENING_LINE and _opens_line(tokens, i, text)
                                              or tokens[i - 1].text.lower() in _ARTICLES | _BEFORE_HEAD_FIRST
                                              or _adjective_after_article(tokens, i, blocked))
                     or _approach_compound(low) and (tokens[i - 1].text.lower() in _ARTICLES
                                                     or _after_card_label(tokens, i, text))):
            # the head word first, then a Title Case name: "de Agenda Basisvaardigheden in de Stad",
            # "het Convenant Warmte in de Wijk", "het Fonds Betaalbare Binnenstadswoningen"
            span = _cut(name_after(tokens, i + 1, text, article_inside=True), blocked, tokens) \
                or purpose_name(tokens, i, blocked, text)  # "het Pact voor de Leefomgeving"
            district = region_closing_compound(tokens, i, places, text) \
                if not span and _approach_compound(low) and i + 1 in places else None
            if district is not None:  # "de Wijkaanpak Tilburg-Noord": a town's district closes the approach's name (60r)
                start, end = token.start, tokens[district - 1].end
                mentions.append(Mention(start, end, text[start:end], "Programme", "programmes.place-named", 0.8,
                                        name=" ".join(text[start:end].split()), kind=kinds[_APPROACH].kind))
                i = district
                continue
            if span and span[1] + 2 < n and tokens[span[1]].text in ("in", "op", "voor") \
                    and tokens[span[1] + 1].text in ("de", "het") and "\n" not in text[tokens[span[1] - 1].end:tokens[span[1] + 2].start]:
                rest = _cut(name_after(tokens, span[1] + 2, text), blocked, tokens)
                if rest and rest[0] == span[1] + 2:
                    span = (span[0], rest[1])  # "… in de Stad", "… in de Wijk"
            if span and is_cap(tokens[span[1] - 1]):
                start, end = token.start, tokens[span[1] - 1].end
                if not (low in _HEADS_OPENING_LINE and _opens_line(tokens, i, text)) \
                        and tokens[i - 1].text.lower() not in _ARTICLES | _BEFORE_HEAD_FIRST and low in _HEADS_FIRST:
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
            if word[:1].isupper() or (suffix not in ("agenda", "monitor", "route") and (previous in ("het", "de") or (
                    previous in _NATIONAL and i > 1 and tokens[i - 2].text.lower() in ("het", "de", "pilot")))):
                first = _name_start(tokens, i, blocked)
                first = heading_name_start(tokens, first, blocked, text) if word[:1].isupper() and first < i else first
                if suffix == "route" and tokens[first].text.lower() in _NATIONAL_ROUTE:
                    i += 1  # "de Nationale Schuldhulproute": a national foundation of that name, no programme
                    continue
                start, end = tokens[first].start, token.end
                rule = "programmes.compound"
                closed = place_closing_name(tokens, first, i, places, text) if word[:1].isupper() else None
                if closed is None and word[:1].isupper() and first == i:
                    closed = region_closing_compound(tokens, i, places, text)  # "het Talentpact Noord-Limburg"
                if closed is not None:  # "de Stedelijke Agenda Overijssel": the place belongs to the name
                    end, i, rule = tokens[closed - 1].end, closed - 1, "programmes.place-named"
                elif word[:1].isupper():
                    # a Title Case name after the compound: "Deltaprogramma Ruimtelijke Adaptatie"
                    span = _cut(name_after(tokens, i + 1, text), blocked, tokens)
                    if span:  # "Stimuleringsregeling Werklocaties van de Toekomst"
                        span = _van_de_name(tokens, span, blocked, text)
                    if span:  # "Actieprogramma Thuis in de Wijk" (round 56r)
                        span = in_de_name(tokens, span, blocked, text)
                    # (a slogan's "op"/"aan" too: "Actieprogramma Grip op Geld", "Kennisprogramma Centrum aan Zet"; 55e)
                    if span and all(is_cap(t) or t.text.lower() in ("en", "&", "van", "voor", "de", "het", "op", "aan", "in")
                                    for t in tokens[span[0]:span[1]]):
                        end = tokens[span[1] - 1].end
                        i = span[1] - 1
                name = " ".join(text[start:end].split())
                if not word[:1].isupper():
                    before = _named_before(mentions, low)  # "het actieprogramma": the one named before
                    if before is None and suffix == "coalitie":
                        i += 1  # "de collegecoalitie": a council's majority, no programme
                        continue
                    if before is None and end == token.end and generic_compound(word, suffix):
                        i += 1  # "aan het warmteprogramma": a kind of work, no programme (graph.extract.generic_compounds)
                        continue
                    name = before or name
                mentions.append(Mention(start, end, text[start:end], "Programme", rule, 0.8,
                                        name=name, kind=kinds[suffix].kind))
                k = i + 1 if end == token.end else next((x for x in range(i, n) if tokens[x].end == end), i) + 1
                if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper():
                    abbr = tokens[k + 1]  # "Regionale Energiestrategie (RES)"
                    mentions.append(Mention(abbr.start, abbr.end, abbr.text, "Programme", "programmes.abbreviation",
                                            0.8, name=name, kind=kinds[suffix].kind))
        i += 1
    mentions = without_subject_titles(text, mentions, _PROGRAMME_SUFFIXES)  # "Betreft Voortgang … Agenda Stad"
    return [m for m in mentions if not _agenda_item_only(text, m)] if _AGENDA_NUMBER in text else mentions


#: a numbered agenda item: the line holds a number, a dot and the item ("2. Woningbouwimpuls")
_AGENDA_NUMBER = ". "
_AGENDA_LINE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+$")


def _agenda_item_only(text: str, mention: Mention) -> bool:
    """Whether a one-word programme compound is only a numbered agenda item of minutes ("2. Energiefonds"
    alone on its line) and the text does not name it again: the topic of the item, not a programme.

    >>> text = "1. Opening\\n2. Energiefonds\\nDe pijler spreekt."
    >>> _agenda_item_only(text, Mention(14, 26, "Energiefonds", "Programme", "programmes.compound", 0.8))
    True
    >>> _agenda_item_only(text + " Het Energiefonds opent.", Mention(14, 26, "Energiefonds", "Programme", "programmes.compound", 0.8))
    False
    """
    return mention.rule == "programmes.compound" and text[mention.end:mention.end + 1] in ("\n", "") \
        and _AGENDA_LINE.search(text, max(0, mention.start - 8), mention.start) is not None \
        and text.count(mention.text) == 1


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


