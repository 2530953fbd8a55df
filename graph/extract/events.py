"""Events: named congresses and the like ("Klimaatcongres Samen Sterk"), and the unnamed kinds
with their adjectives ("bestuurlijke netwerkdagen"), from ``data/gazetteer/event_kinds.csv``.

The sessions of a conference's programme are events of their own when a lead-in announces them and
each item of the list after it gives a title, a dash and who leads it (:func:`find_sessions`)::

    In de middag konden deelnemers kiezen uit vier workshops:
    1. Samenwerken met corporaties – onder leiding van Gülsen Aksoy, directeur Wonen bij …
    2. Brede welvaart meten op wijkniveau – begeleid door Hans Tielen en Evi Kramer …

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "De G40 organiseerde de bestuurlijke netwerkdagen en het congres 'Stad van Morgen'."
>>> [(m.label, m.rule) for m in find_events(text, tokenize(text), set())]
[('bestuurlijke netwerkdagen', 'events.unnamed'), ('Stad van Morgen', 'events.named')]
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .lexicon import load_lexicon
from .model import Mention
from .network_names import is_network_label
from .phrases import is_cap, name_after, quoted_after
from .programme_names import _close_quote, _cut, _span_text, in_de_name
from .tokens import Token, word_test

__all__ = ["find_events", "find_sessions", "SESSION_RULE"]


#: the first line of a report, agenda or invitation of a meeting: "Verslag bestuurlijk overleg G40 – VRO",
#: "Notulen ambtelijk overleg Digitalisering" (a unit's own meeting, "pijlervergadering", "overleg
#: themagroep X", is the unit's)
_MEETING_TITLE = re.compile(r"\s*(?:#+\s*)?(?:Verslag|Notulen|Besluitenlijst|Actielijst|Agenda|Uitnodiging|Terugblik)"
                            r"(?:\s+(?:en|&)\s+(?:agenda|uitnodiging|verslag|notulen|besluitenlijst|actielijst))?"  # "Uitnodiging en agenda"
                            r"\s*(?::|van)?\s*(?:(?:het|de|een)\s+)?(?P<meeting>(?:(?:bestuurlijk|ambtelijk|"
                            r"algemeen|halfjaarlijks|jaarlijks|eerste|tweede)\s+)?overleg)\b",
                            re.IGNORECASE)


#: a unit named right after the overleg of a title: "(ambtelijk overleg) themagroep Digitalisering"
_UNITS_OWN = re.compile(r"\s+(?:van\s+(?:de|het)\s+)?(?:themagroep|pijler|taskforce|werkgroep|stuurgroep|kernteam|"
                        r"commissie|programmaraad|regiegroep)\b", re.IGNORECASE)


def _taken(tokens: list[Token], blocked: set[int], start: int, end: int) -> bool:
    """Whether a token starting in ``start:end`` belongs to a mention found before."""
    k = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    while k < len(tokens) and tokens[k].start < end:
        if k in blocked:
            return True
        k += 1
    return False


def _title_meeting(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """The meeting a report's first line names ("Verslag bestuurlijk overleg G40 – VRO"): an event, the
    one whose attendance list and speakers the report gives (an overleg named elsewhere may be a
    standing body: "het Bestuurlijk Overleg Fysiek")."""
    match = _MEETING_TITLE.match(text)
    if match is None or "\n" in text[:match.end()]:
        return []
    start, end = match.span("meeting")
    if _taken(tokens, blocked, start, end) or _UNITS_OWN.match(text, end):
        return []  # "Notulen ambtelijk overleg themagroep Digitalisering": the unit's own meeting, the unit's
    words = " ".join(text[start:end].split()).lower()
    return [Mention(start, end, text[start:end], "Event", "events.unnamed", 0.75, name=words)]


#: a meeting held, in the sentence that says so: "heeft op 11 maart een bestuurlijk overleg gevoerd met …",
#: "Op 3 maart vond het ambtelijk overleg plaats", "De G40 had op 3 mei een bestuurlijk overleg met BZK"
_HELD_MEETING = re.compile(r"\b(?:een|het)\s+(?P<meeting>(?:bestuurlijk|ambtelijk)\s+overleg)\b")
_HELD = re.compile(r"\b(?:gevoerd|gehouden|gehad|plaatsgevonden|plaats|voerde|voerden|hield|hielden|had|hadden)\b")


def _held_meetings(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """A bestuurlijk or ambtelijk overleg that a sentence says was held: one meeting (a standing
    "Bestuurlijk Overleg Fysiek" is named, and a plan "een bestuurlijk overleg aanvragen" is no meeting held).

    >>> from graph.extract.tokens import tokenize
    >>> text = "De G40 heeft op 11 maart een bestuurlijk overleg gevoerd met de minister. Een ambtelijk overleg volgt."
    >>> [m.label for m in _held_meetings(text, tokenize(text), set())]
    ['bestuurlijk overleg']
    """
    found = []
    if "overleg" not in text:  # in every match: no scan of a document without it
        return found
    for match in _HELD_MEETING.finditer(text):
        start, end = match.span("meeting")
        before = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        after = min((k for k in (text.find(".", end), text.find("\n", end)) if k >= 0), default=len(text))
        if not _HELD.search(text, before, after):
            continue
        if _taken(tokens, blocked, start, end):
            continue
        found.append(Mention(start, end, text[start:end], "Event", "events.unnamed", 0.75,
                             name=" ".join(text[start:end].split()).lower()))
    return found


#: the kind words of a meeting that launches the programme named after it: its name holds the kind word, so it is
#: no second name of the programme ("de lanceringsbijeenkomst Energieke Wijken", round 57r)
_LAUNCHES = frozenset({"lanceringsbijeenkomst"})


def find_events(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """Event mentions: named congresses and the like, unnamed network days, and the meeting a
    report's title names."""
    kinds = load_lexicon().event_kinds
    suffixes = tuple(w for w, k in kinds.items() if k.named_only)
    mentions: list[Mention] = _title_meeting(text, tokens, blocked)
    if "overleg" in text:
        taken = {m.start for m in mentions}
        mentions += [m for m in _held_meetings(text, tokens, blocked) if m.start not in taken]
    for i in _event_word_test().indexes(tokens):
        token = tokens[i]
        if i in blocked or not token.text.isalpha():
            continue
        low = token.text.lower()
        if token.text == "ALV":  # the algemene ledenvergadering, as associations abbreviate it
            mentions.append(Mention(token.start, token.end, token.text, "Event", "events.unnamed", 0.8,
                                    name="algemene ledenvergadering"))
            continue
        exact = kinds.get(low) if low != "dag" else None  # "de dag": no event by itself
        named = None
        prefix = _name_prefix(tokens, i)  # "G40-binnenstadsdag": the network's name makes the compound a name
        word = token.text if prefix is None else token.text[:1].upper() + token.text[1:]
        if low.endswith(suffixes) and exact is None and low != "dag":
            named = next(k for w, k in kinds.items() if k.named_only and low.endswith(w))
            if named.word == "top" and not _summit(word):
                named = None  # "bouwstop", "laptop"
            if named is not None and named.word == "beurs" and low in _NO_FAIRS:
                named = None  # "de Jaarbeurs" (a venue), "een studiebeurs"
            if named is not None and named.word == "dag" and not _day_event(word):
                named = None  # "Dinsdag", "vandaag", "Koningsdag"
        kind = exact or named
        if kind is None:
            continue
        if kind.named_only and (titled := _colon_title(text, token)) is not None:
            end, name = titled  # "4. Webinar: Circulaire bedrijventerreinen in de praktijk (opname)"
            mentions.append(Mention(token.start, end, text[token.start:end], "Event", "events.colon-title", 0.8, name=name))
            continue
        if kind.named_only:
            span = quoted_after(tokens, i + 1, text)
            quoted = span is not None
            span = _cut(span or name_after(tokens, i + 1, text), blocked, tokens)
            if not span:
                if named is not None and prefix is not None and not token.text[:1].isupper():
                    end = _with_year(tokens, i + 1, text)  # "de G40-binnenstadsdag": named after the network
                    mentions.append(Mention(token.start, end, text[token.start:end], "Event", "events.named", 0.8,
                                            name=prefix + "-" + " ".join(text[token.start:end].split())))
                elif named is not None and _compound_name(tokens, i):
                    end = _with_year(tokens, i + 1, text)  # "de Stedentop", "het Klimaatcongres 2024"
                    mentions.append(Mention(token.start, end, text[token.start:end], "Event", "events.named", 0.8,
                                            name=" ".join(text[token.start:end].split())))
                continue
            if not quoted:
                span = in_de_name(tokens, span, blocked, text)  # "de bijeenkomst Werk in de Wijk" (round 55e)
            if not quoted:
                span = (span[0], _year_after(tokens, span[1]))  # "Circulair Bouwen 2030"
            start, end, name = _span_text(text, tokens, span)
            end = _close_quote(text, end) if quoted else end
            if not quoted and token.text[:1].isupper() and (exact is None or low in _NAME_KINDS):
                # a compound is part of the name: "Klimaatcongres X"; so is a capitalised kind word of a congress
                # ("het Congres Stedelijke Transities", a title's "CONGRES WERKENDE STEDEN 2025"; round 55d), not of
                # a webinar or a session, named by its title ("Webinar Schone Lucht": "Schone Lucht")
                name = " ".join(text[token.start:end].split())
            mentions.append(Mention(token.start, end, text[token.start:end], "Event", "events.named", 0.85, name=name))
        else:
            first = i
            # adjectives of kind stay in the name; "jaarlijkse", "eerste" describe one occurrence
            while first > 0 and tokens[first - 1].text.lower() in _KIND_ADJECTIVES:
                first -= 1
            start = tokens[first].start
            quoted = quoted_after(tokens, i + 1, text)
            if quoted:  # "de netwerkbijeenkomst 'De binnenstad van 2035'"
                _, end, name = _span_text(text, tokens, quoted)
                end = _close_quote(text, end)
                mentions.append(Mention(start, end, text[start:end], "Event", "events.named", 0.85, name=name))
                continue
            span = _cut(name_after(tokens, i + 1, text), blocked, tokens)
            if span and all(is_cap(t) or t.text.lower() in ("en", "&", "van", "voor") for t in tokens[span[0]:span[1]]):
                if is_network_label(low):  # a learning network's target year: "Leernetwerk Binnenstad 2030" (56r)
                    span = (span[0], _year_after(tokens, span[1]))
                _, end, name = _span_text(text, tokens, span)  # "kennisdag Jeugdzorg"
                if token.text[:1].isupper() or low in _LAUNCHES:
                    # a proper name: "Kennisdag Klimaatadaptatie"; a launch is named with what it launches, not as
                    # that programme: "de lanceringsbijeenkomst Energieke Wijken" (round 57r)
                    name = " ".join(text[start:end].split())
                mentions.append(Mention(start, end, text[start:end], "Event", "events.named", 0.8, name=name))
                continue
            mentions.append(Mention(start, token.end, text[start:token.end], "Event", "events.unnamed", 0.8,
                                    name=" ".join(text[start:token.end].split())))
    return [_whole_title_line(text, m) for m in mentions]


#: what may open a line before an event's kind word in a record's title: a number, a heading's hashes, emphasis
_LINE_OPENING = re.compile(r"[ \t]*(?:#+[ \t]*|\d+[.)][ \t]*|[*_]{1,2})?")
#: the title after the kind word and a colon, up to a bracket, a pipe or the line's end
_COLON_TITLE = re.compile(r":[ \t]+(?P<title>[A-ZÀ-Ý][^\n()|]{2,100}?)[ \t]*(?=\(|\||\*|\n|$)")


def _colon_title(text: str, token: Token) -> tuple[int, str] | None:
    """The end and name of a record's title "Webinar: Circulaire bedrijventerreinen in de praktijk (opname)": an
    event kind word that opens its line, a colon and a capitalised title on the same line (round 55e). A field
    further on the line ("Soort: Webinar") or a kind word inside a sentence is no such title.

    >>> from graph.extract.tokens import tokenize
    >>> text = "4. Webinar: Circulaire wijken in de praktijk (opname)\\nSoort: Webinar: zie boven\\n"
    >>> [_colon_title(text, t) for t in tokenize(text) if t.text == "Webinar"]
    [(44, 'Circulaire wijken in de praktijk'), None]
    """
    line_start = text.rfind("\n", 0, token.start) + 1
    if _LINE_OPENING.fullmatch(text, line_start, token.start) is None:
        return None
    title = _COLON_TITLE.match(text, token.end)
    if title is None or len(title.group("title").split()) < 2:
        return None
    return title.end("title"), " ".join(title.group("title").split())


#: the rest of a title line after an event's name: lower-case words up to the line's end or a " | " / " – "
#: before the site's or publisher's name ("Rondetafelgesprek Woningbouw in middelgrote steden | Tweede Kamer")
_TITLE_REST = re.compile(r"(?:[ \t]+[a-zà-ÿ][\w-]*){1,6}[ \t]*(?=\n|$|[ \t]+[|–—-][ \t])")


def _whole_title_line(text: str, mention: Mention) -> Mention:
    """A named event whose name opens a title line, with the line's lower-case words after it: a Dutch
    title capitalises its first word only, so "Rondetafelgesprek Woningbouw in middelgrote steden" as a
    heading is the whole name (in running text the name ends at the capitals: "het Rondetafelgesprek Wonen
    in april").

    >>> text = "Rondetafelgesprek Wonen in kleine kernen | Tweede Kamer\\n"
    >>> _whole_title_line(text, Mention(0, 23, "Rondetafelgesprek Wonen", "Event", "events.named", 0.85,
    ...                                 name="Rondetafelgesprek Wonen")).label
    'Rondetafelgesprek Wonen in kleine kernen'
    >>> _whole_title_line("Het Rondetafelgesprek Wonen in april was druk.", Mention(4, 27, "Rondetafelgesprek Wonen",
    ...                   "Event", "events.named", 0.85, name="Rondetafelgesprek Wonen")).label
    'Rondetafelgesprek Wonen'
    """
    if mention.rule != "events.named" or (mention.start and text[mention.start - 1] != "\n") \
            or mention.label != " ".join(text[mention.start:mention.end].split()):
        return mention
    rest = _TITLE_REST.match(text, mention.end)
    if rest is None:
        return mention
    end = mention.end + len(text[mention.end:rest.end()].rstrip())
    return Mention(mention.start, end, text[mention.start:end], "Event", mention.rule, mention.confidence,
                   name=" ".join(text[mention.start:end].split()))


#: kind words that, capitalised, open a congress's proper name ("het Congres Stedelijke Transities")
_NAME_KINDS = frozenset({"congres", "conferentie", "symposium"})


#: adjectives that say which kind of event it is, so they are part of its name ("de algemene
#: ledenvergadering"); "jaarlijkse", "eerste" describe one occurrence and stay out
_KIND_ADJECTIVES = frozenset({"bestuurlijke", "ambtelijke", "landelijke", "regionale", "algemene"})


def _summit(word: str) -> bool:
    """Whether ``word`` is a summit by its name: a capitalised compound on "-top" ("Stedentop",
    "Klimaattop"), not a stop or a computer ("Bouwstop", "Laptop").

    >>> [_summit(w) for w in ("Stedentop", "Woontop", "Bouwstop", "Laptop", "stedentop", "Top")]
    [True, True, False, False, False, False]
    """
    low = word.lower()
    return word[:1].isupper() and len(word) >= 7 and not low.endswith(("stop", "ktop", "ptop"))


#: compounds on "-beurs" that are no fairs: a venue, a grant, a stock exchange (round 54e)
_NO_FAIRS = frozenset({"jaarbeurs", "studiebeurs", "reisbeurs", "effectenbeurs", "aandelenbeurs", "koopmansbeurs"})


#: compounds on "-dag" that are days of the calendar, no events of a network: weekdays, holidays, "vandaag"
_CALENDAR_DAYS = frozenset("""maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vandaag gisteren
    koningsdag prinsjesdag bevrijdingsdag hemelvaartsdag nieuwjaarsdag kerstdag paasdag pinksterdag feestdag
    werkdag verjaardag sterfdag gedenkdag herdenkingsdag""".split())


def _day_event(word: str) -> bool:
    """Whether ``word`` is a network's day by its name: a capitalised compound on "-dag" ("Stedendag",
    "Ledendag", "Woondag"), not a day of the week or a holiday ("Dinsdag", "Koningsdag").

    >>> [_day_event(w) for w in ("Stedendag", "Ledendag", "Dinsdag", "Koningsdag", "stedendag", "Dag")]
    [True, True, False, False, False, False]
    """
    low = word.lower()
    return word[:1].isupper() and len(word) >= 7 and low.endswith("dag") and low not in _CALENDAR_DAYS \
        and not low.endswith(tuple(_CALENDAR_DAYS))


def _name_prefix(tokens: list[Token], i: int) -> str | None:
    """The name glued to the compound at ``i`` with a hyphen, when it is one (a capital or a digit in
    it): "G40" in "de G40-binnenstadsdag", "VNG" in "het VNG-congres"; None for "woon-werkdag".

    >>> from graph.extract.tokens import tokenize
    >>> [_name_prefix(tokenize(t), 2) for t in ("G40-binnenstadsdag", "woon-werkdag", "G40 - binnenstadsdag")]
    ['G40', None, None]
    """
    if i < 2 or tokens[i - 1].text != "-" or tokens[i - 1].start != tokens[i - 2].end \
            or tokens[i].start != tokens[i - 1].end:
        return None
    name = tokens[i - 2].text
    return name if name[:1].isupper() and (name.isupper() or any(c.isdigit() for c in name)) else None


def _compound_name(tokens: list[Token], i: int) -> bool:
    """Whether the compound at ``i`` is a name by itself: capitalised inside a sentence ("naar de
    Stedenconferentie", "de Woontop"); "het klimaatcongres" and a sentence's first word are not."""
    return i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].text not in ".!?:;\"'‘“" \
        and tokens[i - 1].end < tokens[i].start


def _year_after(tokens: list[Token], k: int) -> int:
    """``k + 1`` when token ``k`` is a year right after the name that ends before it ("Circulair Bouwen 2030",
    "Leernetwerk Binnenstad 2030"), else ``k``: the end of the name as a token index.

    >>> from graph.extract.tokens import tokenize
    >>> _year_after(tokenize("Leernetwerk Binnenstad 2030 start"), 2), _year_after(tokenize("Leernetwerk Binnenstad, 2030"), 2)
    (3, 2)
    """
    if k < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) == 4 and tokens[k].start == tokens[k - 1].end + 1:
        return k + 1
    return k


def _with_year(tokens: list[Token], k: int, text: str) -> int:
    """The end of the name ending before token ``k``, taking in a year right after it ("Woontop 2024")."""
    if k < len(tokens) and tokens[k].text.isdigit() and len(tokens[k].text) == 4 \
            and tokens[k].start == tokens[k - 1].end + 1:
        return tokens[k].end
    return tokens[k - 1].end


@lru_cache(maxsize=1)
def _event_word_test():
    """An event kind word, a compound ending in a kind that needs a name ("slotcongres",
    "Stedentop"), or "ALV"."""
    kinds = load_lexicon().event_kinds
    return word_test(set(kinds) | {"alv"}, tuple(w for w, k in kinds.items() if k.named_only))


SESSION_RULE = "events.session"
#: a lead-in that announces sessions to choose from: "kiezen uit vier workshops:", "Er waren drie deelsessies:"
_SESSIONS_LEAD = re.compile(r"\b(?:workshops|(?:deel|werk|parallel|kennis|verdiepings|break-out)?sessies|rondetafels|"
                            r"tafelgesprekken)\s*:\s*$", re.IGNORECASE)
#: a session item: its title, a dash and who leads it ("Samenwerken met corporaties – onder leiding van X",
#: "Wijkaanpak Kersenboogerd – door X"); the title opens with a capital and ends at the dash
_SESSION_ITEM = re.compile(r"(?P<title>[A-ZÀ-Ý][^–—:;.!?\n]{2,80}?)[ \t]+[–—-][ \t]+(?=(?:onder\s+leiding\s+van|"
                           r"(?:begeleid|geleid|gemodereerd|verzorgd|gegeven|gepresenteerd)\s+door|door|met)\s)")


def find_sessions(text: str, sentences) -> list[Mention]:
    """The sessions a lead-in announces, one for each item of the list right after it that gives a
    title, a dash and who leads it (who they are: :mod:`graph.extract.participation`).

    >>> from graph.extract.sentences import split_sentences
    >>> text = ("Er waren twee workshops:\\n\\n- Wonen in de wijk – door Eva Smit\\n"
    ...         "- Werk – onder leiding van Jan Kok\\n\\nDaarna volgde de borrel.\\n")
    >>> [m.label for m in find_sessions(text, split_sentences(text))]
    ['Wonen in de wijk', 'Werk']
    >>> text = "Er waren twee workshops.\\n\\n- Wonen in de wijk – door Eva Smit\\n"
    >>> find_sessions(text, split_sentences(text))
    []
    """
    found: list[Mention] = []
    lead = False  # whether the list at hand follows a lead-in that announces sessions
    for sentence in sentences:
        if sentence.bullet_list is None:  # a lead-in ends with a colon: no scan of a sentence without one
            lead = not sentence.is_heading and ":" in sentence.text \
                and _SESSIONS_LEAD.search(sentence.text.rstrip()) is not None
            continue
        match = _SESSION_ITEM.match(text, sentence.start, sentence.end) if lead and sentence.item_start else None
        if match is not None:
            start, end = match.span("title")
            found.append(Mention(start, end, text[start:end], "Event", SESSION_RULE, 0.75,
                                 name=" ".join(text[start:end].split())))
    return found
