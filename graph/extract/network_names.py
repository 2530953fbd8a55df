"""Learning networks named after their kind word, in lower case too: "het leernetwerk hittebestendige
wijken", "de community of practice circulaire bouw", "het kennisnetwerk armoede en schulden".

Dutch writes the field a network works on after its kind word, often in lower case. The kind words
are ``data/gazetteer/network_kinds.csv`` (leernetwerk, lerend netwerk, kennisnetwerk, leerkring,
leergemeenschap, community of practice); "het netwerk" alone names nothing. The network is a
``Programme``, as every named learning network :mod:`graph.extract.events` finds by its kind word is
(``event_kinds.csv``: "leernetwerk", "leerkring", "leergemeenschap"; :func:`as_programme`, round 55l): a
standing arrangement with members and leaders over months or years, which takes roles, not a dated
gathering ("de netwerkbijeenkomst van het leernetwerk" stays an event, and so does the bare kind word of a
network never named). It is labelled by its kind word and
its name ("leernetwerk hittebestendige wijken"); a capitalised name is the name, as :mod:`graph.extract.events`
labels it ("het kennisnetwerk Armoede en Schulden" → "Armoede en Schulden").

Where a lower-case name ends, by the grammar of a Dutch noun phrase:

- at a verb, a function word, a preposition ("van de G40", "voor", "in"), a comma or the end of the line;
- each part is adjectives ("hittebestendige", "circulaire", "sociaal") and one head noun: "armoede en
  schulden", "hittebestendige wijken", "sociaal domein"; a word after the head is no part of the name, and
  a head in "-t" or "-en" is a verb unless punctuation, "van", "dat" … or a verb follows it ("het kennisnetwerk
  armoede groeit snel": "armoede"; "het leernetwerk laten zien": none; "het kennisnetwerk arbeidsmarkt
  adviseert": "arbeidsmarkt");
- "en" joins two parts only when a lower-case word that can be one follows.

Examples
--------
>>> from graph.extract.tokens import tokenize
>>> text = "Ede neemt deel aan het leernetwerk hittebestendige wijken van de G40."
>>> [(m.text, m.label) for m in find_network_names(text, tokenize(text), set())]
[('leernetwerk hittebestendige wijken', 'leernetwerk hittebestendige wijken')]
"""

from __future__ import annotations

import bisect
import dataclasses
import csv
import re
from functools import lru_cache

from ..resources import data_path
from .cues import finditer_text
from .model import Mention
from .phrases import PLURAL_VERBS, STOP, is_verbish
from .tokens import Token

__all__ = ["find_network_names", "with_network_names", "network_kinds", "is_network_label", "as_programme"]

RULE = "events.network-named"
#: words that qualify the network and stand between the article and the kind word
_BEFORE_KIND = r"(?:(?:[a-z]+e|G40|landelijk|regionaal|nieuw|eigen)\s+|G40-)?"
#: a lower-case word of a name: letters, perhaps hyphenated ("zorg-en-welzijn" no, "e-health" yes)
_LOWER_WORD = re.compile(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*")
#: a capitalised name right after the kind word: "Armoede en Schulden", "Circulaire Bouw"
_CAPITALISED = re.compile(r"(?:[A-Z][\w'-]*)(?:(?:[ \t]+(?:en|&|van|voor|op|aan|in|de|der|het)){1,2}[ \t]+[A-Z][\w'-]*"
                         r"|[ \t]+[A-Z][\w'-]*)*")
#: adverbs of time and frequency, numerals: never part of a network's name ("het leernetwerk vier keer per jaar")
_NOT_IN_NAME = frozenset("van in op aan te per jaarlijks maandelijks wekelijks regelmatig binnenkort voortaan vanaf sindsdien daarom "
                         "zelf verder samen twee drie vier vijf zes zeven acht negen tien".split())


#: the endings of adjectives, inflected ("hittebestendige", "circulaire") or not, as before a neuter noun
#: ("sociaal domein", "fysiek", "digitaal", "duurzaam", "circulair"): they qualify the head noun that follows
_ADJECTIVE = re.compile(r"(?:e|aal|eel|ig|isch|ief|air|baar|lijk|iek|zaam)$")
#: function words after a "-t" word: "groeit in Breda", "groeit ook": that word is the verb, not the head
_NO_VERB = frozenset("in op met bij door om over uit naar tot als tijdens na onder tussen binnen zoals sinds ook nog al "
                     "niet wel nu dan toen hier daar er de het een".split())


@lru_cache(maxsize=1)
def network_kinds() -> tuple[str, ...]:
    """The kind words of learning networks, longest first.

    >>> network_kinds()[0]
    'community of practice'
    """
    with data_path("gazetteer", "network_kinds.csv").open(encoding="utf-8", newline="") as handle:
        words = [row["word"].strip().lower() for row in csv.DictReader(handle) if row["word"].strip()]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _kind_pattern() -> re.Pattern:
    kinds = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in network_kinds())
    return re.compile(rf"\b(?:het|de|een|dit|deze|ons|onze|hun|zijn|haar)\s+{_BEFORE_KIND}(?P<kind>{kinds})(?=[ \t])",
                      re.IGNORECASE)


def _verb(word: str | None) -> bool:
    """Whether ``word``, after a name's head, is the clause's verb ("startte", "werken", "komt"; not "in")."""
    return word is not None and (is_verbish(word) or word in PLURAL_VERBS) and word not in _NO_VERB


def _name_word(word: str) -> bool:
    return word not in STOP and word not in _NOT_IN_NAME and not is_verbish(word)


def _lower_name_end(text: str, start: int) -> int | None:
    """Where the lower-case name that starts at ``start`` ends (None: no name there)."""
    words = [(m.start(), m.end(), m.group()) for m in _word_run(text, start)]
    end, headed, k = None, False, 0
    while k < len(words):
        _, word_end, word = words[k]
        if word == "en" and end is not None and k + 1 < len(words) and _name_word(words[k + 1][2]):
            headed, k = False, k + 1  # "armoede en schulden": a second part
            continue
        if headed or not _name_word(word):
            break
        if not _ADJECTIVE.search(word) or k + 1 == len(words) or not _name_word(words[k + 1][2]):
            following = words[k + 1][2] if k + 1 < len(words) else None
            if word.endswith(("t", "en")) and not _closes(text, word_end) and not _verb(following):
                break  # "het kennisnetwerk armoede groeit snel", "het leernetwerk laten zien": a verb, no head
            headed = True  # the part's head noun ("wijken", "bouw", "schulden")
        end = word_end
        k += 1
    return end


def _word_run(text: str, start: int):
    """The lower-case words from ``start`` on, one space apart, on one line."""
    position = start
    while True:
        match = _LOWER_WORD.match(text, position)
        if match is None or (match.start() > start and text[position - 1] not in " \t"):
            return
        yield match
        if not text.startswith((" ", "\t"), match.end()) or match.end() + 1 >= len(text):
            return
        position = match.end() + 1


def _closes(text: str, end: int) -> bool:
    """Whether the name may end at ``end``: punctuation, the line's end, "van"/"voor"/"dat"/"die"/"en" follow."""
    rest = text[end:end + 8]
    return not rest.strip(" \t") or rest.lstrip(" \t")[:1] in ",.;:()\n" \
        or bool(re.match(r"[ \t]+(?:van|voor|dat|die|en|waarin|waar)\b", rest))


def find_network_names(text: str, tokens: list[Token], blocked: set[int]) -> list[Mention]:
    """The learning networks of ``text`` named after their kind word (``blocked``: token indexes taken)."""
    if "netwerk" not in text.lower() and "kring" not in text and "practice" not in text.lower() \
            and "gemeenschap" not in text:
        return []
    starts = [t.start for t in tokens]
    found = []
    for match in finditer_text(_kind_pattern(), text):  # its words first: a scan of the whole text costs more
        kind_start, kind_end = match.start("kind"), match.end("kind")
        if bisect.bisect_left(starts, kind_start) in blocked:
            continue
        name_start = kind_end + 1
        capitalised = _CAPITALISED.match(text, name_start)
        if capitalised is not None:
            end = capitalised.end()
            name = text[kind_start:end]  # "de leerkring Bestaanszekerheid": the kind word and the name (round 55d)
        else:
            end = _lower_name_end(text, name_start)
            name = None if end is None else " ".join(text[kind_start:end].lower().split())
        if end is None or any(i in blocked for i in range(bisect.bisect_left(starts, name_start),
                                                           bisect.bisect_left(starts, end))):
            continue
        found.append(Mention(kind_start, end, text[kind_start:end], "Event", RULE, 0.8, name=" ".join(name.split())))
    return found


def with_network_names(text: str, tokens: list[Token], blocked: set[int], events: list[Mention]) -> list[Mention]:
    """``events`` with the named learning networks instead of the events they cover ("het leernetwerk"
    unnamed, before "hittebestendige wijken", or a name cut short: "Leernetwerk Regie" of "Leernetwerk Regie
    op de Volkshuisvesting", or named without its kind word: "Bestaanszekerheid" of "de leerkring
    Bestaanszekerheid"); a network the events name further keeps its mention, and a bare kind word after it is
    that network too. Each named learning network is a programme (:func:`as_programme`)."""
    networks = [n for n in find_network_names(text, tokens, blocked)
                if not any(e.rule != "events.unnamed" and e.start < n.end and n.start < e.end
                           and not (e.start == n.start and e.end <= n.end) for e in events)]
    covered = [e for e in events if any(n.start < e.end and e.start < n.end for n in networks)]
    # the networks named before a bare kind word: these, and those the events name ("**Leernetwerk X**", round 55l),
    # not an event's name a network's covers ("Leernetwerk Regie" of "Leernetwerk Regie op de Volkshuisvesting":
    # one network, so "dit leernetwerk" after it is that one, round 56o)
    named = networks + [e for e in events if e.rule != "events.unnamed" and as_programme(e).type == "Programme"
                        and e not in covered]
    kept = [_network_repeat(e, named) for e in events if e not in covered]
    return sorted((as_programme(m) for m in kept + networks), key=lambda m: m.start)


#: the rule of a bare kind word that repeats the one learning network of that kind named before it
REPEAT_RULE = "events.network-repeat"


def _network_repeat(event: Mention, networks: list[Mention]) -> Mention:
    """``event`` as the learning network named before it when it is that network's bare kind word: "de
    leerkring" after "de leerkring Bestaanszekerheid" (round 55d); unchanged when it is no bare kind word or
    two networks of its kind were named before.

    >>> named = Mention(4, 26, "leerkring Armoedeval", "Event", RULE, 0.8, name="leerkring Armoedeval")
    >>> _network_repeat(Mention(40, 49, "leerkring", "Event", "events.unnamed", 0.8, name="leerkring"), [named]).label
    'leerkring Armoedeval'
    >>> _network_repeat(Mention(0, 9, "leerkring", "Event", "events.unnamed", 0.8, name="leerkring"), [named]).label
    'leerkring'
    """
    word = event.label.lower()
    if event.rule != "events.unnamed" or word not in network_kinds():
        return event
    earlier = {n.label for n in networks if n.end <= event.start and n.label.lower().startswith(word + " ")}
    if len(earlier) != 1:
        return event
    return Mention(event.start, event.end, event.text, "Event", REPEAT_RULE, 0.75, name=earlier.pop())


@lru_cache(maxsize=1)
def _network_label() -> re.Pattern:
    """A label that is a learning network's: its kind word first, perhaps after "G40-" ("Leernetwerk Kansrijk
    Opgroeien", "leerkring", "G40-leerkring Bestaanszekerheid"), not a compound on it ("leernetwerkbijeenkomst")."""
    kinds = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in network_kinds())
    return re.compile(rf"(?:G40[- ])?(?:{kinds})(?![\w-])", re.IGNORECASE)


def is_network_label(label: str) -> bool:
    """Whether ``label`` names a learning network by its kind word.

    >>> is_network_label("Leernetwerk Kansrijk Opgroeien"), is_network_label("G40-leerkring"), is_network_label("leerkring")
    (True, True, True)
    >>> is_network_label("leernetwerkbijeenkomst"), is_network_label("eerste bijeenkomst van het leernetwerk")
    (False, False)
    """
    return _network_label().match(label.strip()) is not None


def as_programme(mention: Mention) -> Mention:
    """``mention`` as a ``Programme`` when it is an event that names a learning network by its kind word and a name
    ("het Leernetwerk Kansrijk Opgroeien", "de leerkring armoede en schulden", or the bare kind word that repeats
    one: :func:`_network_repeat`): a standing arrangement of members and leaders over months or years, not a dated
    gathering (the gold sets' reading; a programme takes roles, ``FORMAT.md``). The bare kind word of no named
    network ("De leerkring komt vier keer per jaar bijeen") stays the event it was: the meetings of a programme's
    participants, as the one gold set that writes it so reads it. "De netwerkbijeenkomst van het leernetwerk" stays
    an event (round 55l).

    >>> as_programme(Mention(0, 26, "Leernetwerk Kansrijk Opgroeien", "Event", RULE, 0.8)).type
    'Programme'
    >>> as_programme(Mention(0, 9, "leerkring", "Event", "events.unnamed", 0.8)).type
    'Event'
    """
    if mention.type != "Event" or not is_network_label(mention.label) or _network_label().fullmatch(mention.label.strip()):
        return mention
    return dataclasses.replace(mention, type="Programme")
