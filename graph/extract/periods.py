"""Periods a sentence gives its facts: "per 1 maart 2024", "sinds 2022", "tot januari 2023", "van 2019 tot en met 2022".

Each expression becomes an ISO ``valid_from`` and/or ``valid_until``:

- a start: "per", "vanaf", "sinds", "sedert", "met ingang van", "m.i.v." + a date: its first day
  ("sinds maart 2022" → 2022-03-01);
- an end: "tot en met", "t/m" + a date: its last day ("t/m 2022" → 2022-12-31); "tot" + a date:
  the day before it ("tot januari 2023" → 2022-12-31; "benoemd tot voorzitter" is no date, nor is an
  amount: "groeit tot 2030 woningen", "tot 2000 euro");
- a range: "van/vanaf/per <date> tot (en met) <date>", and "(2019-2022)" or "2019–2022"; with a day or month
  on a side, "2019 – 1 mei 2022" (an en dash, or a hyphen between spaces): up to and including its end;
- "in <date>" with a year, in a sentence of a past state or a completed act and of no change or
  plan ("In 2023 stond de pijler onder voorzitterschap van X"): the whole date; so does "op <day>"
  with a year ("De pijler organiseerde op 12 oktober 2024 een netwerkdag": that day);
- "in <date>" (or "in het voorjaar" of the document's year) in a sentence of a post taken up and
  not left ("In maart 2024 werd X voorzitter", "trad in 2023 toe als lid"): a start, its first day.

``valid_until`` is the last day the fact holds (inclusive), so "tot 1 juni 2024" ends on
2024-05-31 and "t/m 1 juni 2024" on 2024-06-01.

A start in a clause about leaving ("stopt per 1 januari 2024 als trekker", "treedt per 1 maart af",
"is per 1 maart niet langer voorzitter", see :data:`LEAVING`) is the end of what is left: the day
before it. Leaving "na" a day ("stopt na de gemeenteraadsverkiezingen van 18 maart 2026") holds the
post through that day: it starts being left the day after.

A date is "1 maart 2024", "maart 2024", "2024" or "1-3-2024" (day first, as in Dutch). A day and
month without a year ("per 1 september") take the year of the document's date; without a
document date they are left out. A rough point in a month or year stands for one day:

- "begin 2024", "begin maart 2024": its first day (2024-01-01, 2024-03-01);
- "medio 2024", "half 2024", "halverwege 2024", "midden 2024": 1 July (the second half starts);
  "medio maart 2024": the 15th;
- "eind 2023", "einde 2023", "(het) eind(e) van 2023": its last day (2023-12-31). "tot eind 2023"
  means up to and including that end, so it ends on 2023-12-31 (not the day before, as "tot"
  does elsewhere); "tot begin 2024" ends on 2023-12-31, "tot medio 2024" on 2024-06-30.

A season of a year is its months: "sinds het voorjaar van 2023" → 2023-03-01, "tot de zomer van
2024" → 2024-05-31 (voorjaar/lente March–May, zomer June–August, najaar/herfst September–November).

"(de) gemeenteraadsverkiezingen (van) 2022" and "Provinciale Statenverkiezingen 2023" are held in
March: they stand for the 15th ("tot de gemeenteraadsverkiezingen van 2022" → 2022-03-14).

"die datum", "deze datum", "dezelfde datum", "die dag", "dat moment" and "dan" ("tot dan", "vanaf dan",
round 60g) refer back to the last date written before them, in the sentence or the one before ("X was tot
1 juni 2024 voorzitter; sinds die datum is Y voorzitter" → Y from 2024-06-01; "Per 1 december is Y zijn
opvolger; zij was tot dan adviseur" → her post as adviser ends on 30 November).

Examples
--------
>>> [(p.valid_from, p.valid_until) for p in find_periods("Per 1 maart 2024 is zij voorzitter.")]
[('2024-03-01', None)]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Van 2019 tot en met 2022 was hij trekker.")]
[('2019-01-01', '2022-12-31')]
>>> [(p.valid_from, p.valid_until) for p in find_periods("| Anna Kok | voorzitter | 2019 – 1 mei 2022 |")]
[('2019-01-01', '2022-05-01')]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Zij is per 1 september trekker.", year="2023")]
[('2023-09-01', None)]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Hij blijft tot eind 2023 trekker.")]
[(None, '2023-12-31')]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Tot 1 juni 2024 was X trekker; sinds die datum Y.")]
[(None, '2024-05-31'), ('2024-06-01', None)]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Per 1 december 2024 is Y trekker; X was tot dan adviseur.")]
[('2024-12-01', None), (None, '2024-11-30')]
>>> find_periods("Zij werkt liever tot laat dan tot 8 uur.")  # no date before "dan"
[]
>>> [(p.valid_from, p.valid_until) for p in find_periods("Tot de gemeenteraadsverkiezingen van 2022 was X wethouder.")]
[(None, '2022-03-14')]

A year told from the document's ("sinds vorig jaar", "tot dit jaar") is the year before it, or its own:

>>> [(p.valid_from, p.valid_until) for p in find_periods("Sinds vorig jaar is X voorzitter.", year="2025-01-08")]
[('2024-01-01', None)]
>>> find_periods("Sinds vorig jaar is X voorzitter."), find_periods("Zij werkt al een jaar als trekker.", year="2025-01-08")
([], [])

"in <date>" with a year dates a past state or a completed act as a whole, not a change or a plan:

>>> [(p.valid_from, p.valid_until) for p in find_periods("In 2023 stond de pijler onder voorzitterschap van X.")]
[('2023-01-01', '2023-12-31')]
>>> find_periods("De deal is in 2020 gestart.")
[]
>>> [(p.valid_from, p.valid_until) for p in find_periods("De pijler organiseerde op 12 oktober 2024 een netwerkdag.")]
[('2024-10-12', '2024-10-12')]

A post taken up "in <date>" starts then and goes on ("In maart 2024 werd X voorzitter", as "sinds
maart 2024"); a season without a year is of the document's year ("In het voorjaar trad X toe"):

>>> [(p.valid_from, p.valid_until) for p in find_periods("X werd in 2021 voorzitter.")]
[('2021-01-01', None)]
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Period", "find_periods", "number_word", "precision", "told_in_past", "held_until_event", "appointed", "change_date", "without_periods", "LEAVING", "dated_leaving", "last_month_up_to", "leaving", "day_before", "last_day_in", "MONTHS", "MONTH_NAMES"]

#: Dutch month names and their abbreviations → month number (also read by :mod:`graph.docdate`)
MONTHS = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4, "mei": 5,
          "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
          "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: the months written out ("januari" … "december"), without their abbreviations
MONTH_NAMES = frozenset(max((name for name in MONTHS if MONTHS[name] == month), key=len) for month in range(1, 13))


#: a rough point in a month or year: "begin 2024", "medio maart", "eind 2023", "het einde van 2023"
_EDGES = {"begin": "begin", "medio": "middle", "half": "middle", "halverwege": "middle", "midden": "middle",
          "eind": "end", "einde": "end"}
_EDGE = "|".join(sorted(_EDGES, key=len, reverse=True))
#: a date written before: "sinds die datum", "vanaf dat moment"
_ANAPHOR = r"(?:die|deze|dezelfde|diezelfde)\s+(?:datum|dag)|(?:dat|datzelfde)\s+moment|dan(?:\s+toe)?"


#: the elections of municipal councils and Provinciale Staten, held in March (Kieswet): "tot de
#: gemeenteraadsverkiezingen van 2022" ends a wethouder's term in mid-March 2022
_ELECTIONS = r"(?:gemeenteraads|raads|provinciale\s+staten|staten)verkiezingen"
#: the seasons of a year, as months (the winter spans two years: not read)
_SEASONS = {"voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "herfst": (9, 11)}
_SEASON = "|".join(_SEASONS)


#: a number from one to ninety-nine in words, as a deed writes it: "een", "elf", "vijfentwintig", "tweeëntwintig"
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien")
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_NUMBER_WORD = rf"(?:(?:{'|'.join(_UNITS)})(?:en|ën))?(?:{'|'.join(_TENS)})|{'|'.join(_TEENS)}|{'|'.join(_UNITS)}"
#: a day in words, a number or its ordinal: "een oktober", "de eerste januari", "eenendertig december" (one word,
#: read by :func:`number_word`: matching the word alone keeps the pattern cheap where most words are no date)
_DAY_WORD = r"(?:de\s+)?[^\W\d_]+"
#: a year in words: "tweeduizend vijfentwintig", "negentienhonderd eenennegentig", "tweeduizend"
_YEAR_WORD = rf"(?:tweeduizend|negentienhonderd)(?:\s*(?:{_NUMBER_WORD}))?"


def number_word(word: str) -> int | None:
    """The number a Dutch number word (1–99) or ordinal writes, else None (round 56t: a deed's dates in words).

    >>> number_word("vijfentwintig"), number_word("tweeëntwintig"), number_word("eerste"), number_word("achtste")
    (25, 22, 1, 8)
    >>> number_word("negentienhonderd") is None
    True
    """
    word = word.lower()
    ordinals = {"eerste": 1, "derde": 3, "achtste": 8}
    if word in ordinals:
        return ordinals[word]
    for end in ("ste", "de"):
        if word.endswith(end) and _number(word[:-len(end)]) is not None and _number(word) is None:
            return _number(word[:-len(end)])
    return _number(word)


def _number(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS.index(word) + 1
    if word in _TEENS:
        return _TEENS.index(word) + 10
    for tens, name in enumerate(_TENS, start=2):
        if word == name:
            return tens * 10
        for sep in ("en", "ën"):
            if word.endswith(sep + name) and word[:-len(sep + name)] in _UNITS:
                return tens * 10 + _UNITS.index(word[:-len(sep + name)]) + 1
    return None


def _year_word(words: str) -> int | None:
    """The year "tweeduizend vijfentwintig" (2025) or "negentienhonderd eenennegentig" (1991) writes."""
    found = re.fullmatch(r"(tweeduizend|negentienhonderd)\s*(\S*)", words.strip().lower())
    if found is None:
        return None
    base = 2000 if found.group(1) == "tweeduizend" else 1900
    rest = number_word(found.group(2)) if found.group(2) else 0
    return None if rest is None else base + rest


#: what a number counts, so that it is no year: "groeit tot 2030 woningen", "tot 2000 euro" (round 60g)
_UNIT = (r"euro|woningen|huizen|mensen|inwoners|deelnemers|bezoekers|banen|arbeidsplaatsen|huishoudens|leerlingen|"
         r"studenten|bewoners|jongeren|kinderen|plaatsen|plekken|vierkante|m2|m²|hectare|ha|ton|kilometer|km|uur|"
         r"minuten|keer|procent|stuks|woningzoekenden|aanvragen|projecten")
#: a year told from the document's: "vorig jaar", "afgelopen jaar", "dit jaar", "volgend jaar" (round 60g)
_RELATIVE_YEARS = {"vorig": -1, "afgelopen": -1, "dit": 0, "volgend": 1}
_RELATIVE_YEAR = "|".join(_RELATIVE_YEARS)


def _date(p: str, *, anaphor: bool = True, words: bool = False) -> str:
    """One date, its parts in groups named with prefix ``p``: "1 maart 2024", "maart 2024", "1 maart"
    (the document's year), "1-3-2024", "2024", each perhaps after "begin/medio/eind"; with ``words`` also
    written in words as a deed writes it ("een oktober tweeduizend vijfentwintig", "tweeduizend
    drieëntwintig"; a pattern for texts that write a year so, :data:`_PERIOD_WORDS`); with ``anaphor``
    also "die datum"."""
    back = rf"|(?P<{p}ref>{_ANAPHOR})" if anaphor else ""
    written = (rf"(?:(?P<{p}wday>{_DAY_WORD})\s+)?(?P<{p}wmonth>{_MONTH})\s+(?P<{p}wyear>{_YEAR_WORD})"
               rf"|(?P<{p}wbyear>{_YEAR_WORD})|") if words else ""
    return (rf"(?:(?:het\s+)?(?P<{p}edge>{_EDGE})(?:\s+van)?\s+)?"
            rf"(?:{written}(?:(?P<{p}day>\d{{1,2}})\s+)?(?P<{p}month>{_MONTH})\.?(?:\s+(?P<{p}year>(?:19|20)\d\d))?"
            rf"|(?P<{p}nday>\d{{1,2}})[-/.](?P<{p}nmonth>\d{{1,2}})[-/.](?P<{p}nyear>(?:19|20)\d\d)"
            rf"|(?:de\s+)?(?:{_ELECTIONS})(?:\s+(?:van|in))?\s+(?P<{p}vyear>(?:19|20)\d\d)"
            rf"|(?:het\s+|de\s+)?(?P<{p}season>{_SEASON})(?:\s+van)?\s+(?P<{p}syear>(?:19|20)\d\d)"
            rf"|(?P<{p}byear>(?:19|20)\d\d)(?!\s+(?:{_UNIT})\b){back}|(?P<{p}ryear>{_RELATIVE_YEAR})\s+jaar)(?![\w-])")


#: an event that ends a post, as "tot" names it: the body's dissolution ("de opheffing", "de ontbinding", "de
#: fusie"), the holder's leaving ("zijn afscheid", "haar vertrek", "haar pensionering") or the end of the
#: work ("het einde van het programma", "de afronding van de deal"); not a date ("het einde van 2023")
_EVENT = (r"(?:de\s+)?(?:opheffing|ontbinding|beëindiging|fusie|samenvoeging|herindeling)\b"
          r"|(?:zijn|haar|hun)\s+(?:afscheid|vertrek|pensioen|pensionering|overlijden)\b"
          r"|(?:het\s+eind(?:e)?|de\s+afronding|de\s+afsluiting)\s+van\s+(?:het|de|dat|die|deze|dit)\s+[^\W\d]{3,}")
#: "tot zijn afscheid", "tot haar vertrek" closing a text: the end of a post held, no leaving
_UNTIL_EVENT = re.compile(rf"(?<![\w-])tot\s+(?:aan\s+)?(?:{_EVENT})$", re.IGNORECASE)
_FROM_WORDS = r"per|vanaf|sinds|sedert|met\s+ingang\s+van|m\.i\.v\.|ingaande"
_UNTIL_WORDS = r"tot\s+en\s+met|t/m|tot"
def _period_pattern(words: bool) -> re.Pattern:
    """The periods a text writes (:data:`_PERIOD`); with ``words`` also those with dates in words."""
    return re.compile(
    rf"\b(?:van|vanaf|per)\s+{_date('a', words=words)}\s+(?P<range_until>{_UNTIL_WORDS})\s+{_date('b', words=words)}"
    rf"|(?<![\w/-])(?P<range_year_a>(?:19|20)\d\d)\s*[-–]\s*(?P<range_year_b>(?:19|20)\d\d)(?![\w-])"
    # a range open to the present: "2024–heden", "2024 - nu", "van 2024 tot heden" (a start, no end)
    rf"|(?:\b(?:van|vanaf)\s+|(?<![\w/-])){_date('i', anaphor=False, words=words)}(?:(?:\s*[–—]\s*|\s+-\s+)"
    rf"(?P<present>heden|nu)(?=\s*(?:$|[|)\].,;:<]))|\s+tot\s+(?P<present_tot>heden|nu(?:\s+toe)?)\b)"
    # the same with a plain hyphen and no spaces, "2024-heden", "2019-nu": a year (not "2024-01-31", "2019-2023"),
    # perhaps after its month and day: "maart 2024-heden", "1 maart 2024-heden" (round 55f)
    rf"|(?:\b(?:van|vanaf)\s+|(?<![\w/.-]))(?:(?:(?P<lday>\d{{1,2}})\s+)?(?P<lmonth>{_MONTH})\.?\s+(?P<lyear>(?:19|20)\d\d)"
    rf"|(?P<lbyear>(?:19|20)\d\d))-(?P<present_hyphen>heden|nu)(?=\s*(?:$|[|)\].,;:<]))"
    # a range that ends at an event rather than a date: "van 2020 tot de opheffing (in 2023)", "tot zijn afscheid"
    rf"|(?:\b(?P<event_from>van|vanaf|sinds)\s+{_date('j', anaphor=False, words=words)}\s+)?(?<![\w-])tot\s+(?:aan\s+)?"
    rf"(?P<event>{_EVENT})(?:\s+(?P<event_on>in|op|per)\s+{_date('k', anaphor=False, words=words)})?"
    rf"|(?:(?<=\s)|^|(?<=\())(?P<from>{_FROM_WORDS})\s+{_date('c', words=words)}"
    rf"|(?:(?<=\s)|^|(?<=\())(?P<until>{_UNTIL_WORDS})\s+{_date('d', words=words)}"
    # leaving "na <dag>", "na de gemeenteraadsverkiezingen van 18 maart 2026": held through that day
    rf"|(?:(?<=\s)|^)(?P<after>na)\s+(?:de\s+(?:{_ELECTIONS})\s+van\s+)?{_date('f', anaphor=False, words=words)}",
    re.IGNORECASE,
    )


_PERIOD = _period_pattern(False)
#: :data:`_PERIOD` for a text that writes a year in words, as a deed does (round 56t): used only there, the
#: words cost a third more time per sentence
_PERIOD_WORDS = _period_pattern(True)
_WRITTEN_YEAR = re.compile(r"tweeduizend|negentienhonderd", re.IGNORECASE)
#: a range with a day or month on a side, as a table's period column writes it: "2019 – 1 mei 2022",
#: "1 mei 2002 - 1 juni 2014" (an en dash, or a hyphen between spaces; its end is the last day served);
#: read only where the text has such a dash
_DASH_RANGE = re.compile(rf"(?<![\w/-]){_date('g', anaphor=False)}(?:\s*[–—]\s*|\s+-\s+){_date('h', anaphor=False)}",
                         re.IGNORECASE)
#: what every match of :data:`_PERIOD` holds, one of: a digit, a month's name or abbreviation (each name holds
#: one of those here), a date written before ("die datum", "dat moment", "dezelfde dag") or the "tot" of a post
#: held until an event; a cheap test (a span without any is not scanned by the long alternation, which has no
#: literal start and is tried at every offset), case-insensitive as the pattern is
_MAY_DATE = re.compile("|".join([r"\d", "tot", "datum", "dag", "moment", r"(?:vorig|afgelopen|dit|volgend)\s+jaar"] + sorted(
    name for name in MONTHS if not any(other != name and other in name for other in MONTHS))), re.IGNORECASE)
#: the dash of such a range
_DASH = re.compile(r"[–—]|\s-\s")
#: any date, for what "die datum" refers to
_ANY_DATE = re.compile(rf"(?<![\w-]){_date('x', anaphor=False)}", re.IGNORECASE)


#: leaving a post, for periods and roles alike: "stopt", "vertrekt", "neemt afscheid", "treedt (per
#: 1 maart) af", "treedt terug" ("dat zij terugtreedt"), "legt (zijn functie) neer", "is niet langer / niet
#: meer (voorzitter)", "heeft de themagroep (per 1 februari) verlaten", "trad (per 1 mei) uit de werkgroep"
LEAVING = re.compile(
    r"\b(?:stopt|stopte|stopten|stoppen|gestopt|vertrekt|vertrok|vertrokken|vertrekken|afscheid|"
    r"verlaat|verliet|verlieten|verlaten|(?:treedt|trad|traden|stapt|stapte|stapten)\s+(?:[\w/.-]+\s+){0,4}?uit|"
    r"uitgetreden|uitgestapt|uit\s+(?:[\w/.-]+\s+){1,8}?(?:gestapt|getreden)\b|"  # "is uit de City Deal X gestapt"
    # a clause with its verb last: "dat Ede per 1 juli uit de City Deal X treedt" (walkthrough 30, finding 9)
    r"uit\s+(?:[\w/.-]+\s+){1,8}?(?:treedt|treden|trad|traden|stapt|stappen|stapte|stapten)\b|"
    r"(?:treedt|trad|traden|treden)\s+(?:[\w/.-]+\s+){0,12}?(?:af|terug)\b(?!\s+en\s+toe\b)|afgetreden|aftreden|"
    r"terugtreedt|terugtrad|terugtraden|terugtreden|teruggetreden|aftreedt|aftrad|aftraden|"
    r"(?:legt|legde|legden|leggen)\s+(?:[\w/.-]+\s+){0,12}?neer|neergelegd|neerlegt|neerlegde|neerleggen|"
    r"niet\s+langer|niet\s+meer|geen\s+(?:[\w/.-]+\s+){1,4}?meer|"
    # not staying on or standing again: "blijft niet aan als trekker", "treedt niet opnieuw aan als voorzitter"
    r"(?:blijft|bleef|blijven|bleven)\s+(?:[\w/.-]+\s+){0,3}?niet\s+aan|niet\s+aan(?:blijft|blijven|gebleven)|"
    r"(?:treedt|trad|treden|traden)\s+(?:[\w/.-]+\s+){0,3}?niet\s+(?:opnieuw|weer|meer)\s+aan|"
    # not returning to the post after elections: "is niet teruggekeerd als wethouder", "keert niet terug", "niet herkozen"
    r"niet\s+(?:(?:als\s+)?[\w-]+\s+)?(?:teruggekeerd|herkozen)|(?:keert|keerde|keren|keerden)\s+(?:[\w-]+\s+){0,3}?niet\s+terug)\b",
    re.IGNORECASE)


def leaving(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` says someone leaves a post (a start date there is when it ends).

    >>> leaving("Zij stopt per 1 januari als trekker.")
    True
    >>> leaving("Hij treedt per 1 maart 2023 af als voorzitter.")
    True
    >>> leaving("Hij treedt per 1 maart 2023 aan als voorzitter.")
    False
    >>> leaving("Zij meldt dat zij per 1 juli terugtreedt als voorzitter.")
    True
    >>> leaving("Zij heeft de themagroep per 1 februari 2025 verlaten.")
    True
    >>> leaving("Ede is per 1 april uit de City Deal Zon gestapt."), leaving("De wet is per 1 april in werking getreden.")
    (True, False)
    >>> leaving("Wij melden dat Ede per 1 april uit de City Deal Zon treedt."), leaving("De wet treedt per 1 april in werking.")
    (True, False)
    >>> leaving("Hij blijft niet aan als trekker."), leaving("Zij treedt niet opnieuw aan als voorzitter.")
    (True, True)
    >>> leaving("Hij blijft aan als trekker."), leaving("Zij treedt opnieuw aan als voorzitter.")
    (False, False)
    >>> leaving("Zij was van 2018 tot haar afscheid voorzitter.")  # the end of a post held, no leaving now
    False
    """
    stop = len(text) if end is None else end
    return any(not _UNTIL_EVENT.search(text[max(start, m.start() - 40):m.end()])
               for m in LEAVING.finditer(text, start, stop))


#: an appointment the text does not date: "is benoemd tot voorzitter", "heeft X gekozen als trekker",
#: "wordt de nieuwe voorzitter", "is de nieuwe trekker" (present: done now, or about to be)
APPOINTED = re.compile(
    r"\b(?:is|zijn|heeft|hebben)\s+(?:[\w().-]+\s+){0,6}?(?:benoemd|gekozen|verkozen|aangesteld|aangewezen|"
    r"geïnstalleerd)\s+(?:tot|als)\b|\b(?:is|zijn|wordt|worden)\s+(?:[\w().-]+\s+){0,4}?de\s+nieuwe\b",
    re.IGNORECASE)
#: no appointment made: a plan, a wish, a denial ("zal … worden benoemd", "is niet gekozen")
_NOT_APPOINTED = re.compile(r"\b(?:zal|zullen|gaat|gaan|wil|willen|niet|geen|nooit|mogelijk|wellicht|kan|kunnen|"
                            r"zou|zouden|moet|moeten)\b", re.IGNORECASE)


def appointed(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` appoints someone without a date: the start of a term on the day
    of the document that says so, not a fact of that one day (:mod:`graph.build` dates it).

    >>> appointed("Wethouder Noor Jansen (Arnhem) is benoemd tot voorzitter van de Pijler Sociaal.")
    True
    >>> appointed("Piet de Boer is de nieuwe burgemeester van Breda."), appointed("Zij is voorzitter van de pijler.")
    (True, False)
    >>> appointed("Naar verwachting zal zij worden benoemd tot voorzitter."), appointed("Hij is benoemd tot voorzitter en stopt als trekker.")
    (False, False)
    """
    end = len(text) if end is None else end
    return APPOINTED.search(text, start, end) is not None and _NOT_APPOINTED.search(text, start, end) is None \
        and not leaving(text, start, end)


def day_before(iso: str) -> str:
    """The ISO date before ``iso``.

    >>> day_before("2024-01-01")
    '2023-12-31'
    """
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def day_after(iso: str) -> str:
    """The ISO date after ``iso``.

    >>> day_after("2023-12-31")
    '2024-01-01'
    """
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class Period:
    """A period written at ``start:end`` of the text: ISO dates, either may be None (open)."""

    start: int
    end: int
    valid_from: str | None
    valid_until: str | None
    #: "in 2023": the whole date in which the fact held, which says nothing of whether it ended
    during: bool = False
    #: "year" or "month" where the start or end came from a whole year or month ("sinds 2022",
    #: "tot 2019": the last day of 2018), else None (a day, or a rough point: "eind 2023")
    from_precision: str | None = None
    until_precision: str | None = None
    #: "van 2020 tot de opheffing", told in the past: ended, whether or not an end date is written
    ended: bool = False


def find_periods(text: str, begin: int = 0, end: int | None = None, *, year: str | None = None,
                 earlier: int | None = None) -> list[Period]:
    """The periods written in ``text[begin:end]``; ``year``: the document's, for dates without one;
    ``earlier``: where "die datum" may find the date it refers to (default ``begin``)."""
    found = []
    year = _sentence_year(text, begin, len(text) if end is None else end) or year
    stop = len(text) if end is None else end
    if _WRITTEN_YEAR.search(text, begin, stop):  # a year written in words ("tweeduizend vijfentwintig"): no digit
        matches = _PERIOD_WORDS.finditer(text, begin, stop)
    else:
        matches = _PERIOD.finditer(text, begin, stop) if _MAY_DATE.search(text, begin, stop) else ()
    for match in matches:
        groups = match.groupdict()
        refers_back = any(groups[name] for name in ("aref", "bref", "cref", "dref"))
        back = _antecedent(text, begin if earlier is None else earlier, match.start(), year) if refers_back else None
        if groups["range_year_a"]:
            a, b = int(groups["range_year_a"]), int(groups["range_year_b"])
            if a < b:
                found.append(Period(match.start(), match.end(), f"{a}-01-01", f"{b}-12-31", False, "year", "year"))
            continue
        if groups["range_until"]:
            first, last = _parse(groups, "a", year, back), _parse(groups, "b", year, back)
            until = _until(last, groups["range_until"], groups["bedge"])
            if first is not None and until is not None and first[0] <= until:
                found.append(Period(match.start(), match.end(), first[0].isoformat(), until.isoformat(), False,
                                    precision(first), precision(last)))
            continue
        if groups["present"] or groups["present_tot"] or groups["present_hyphen"]:
            first = _parse(groups, "l" if groups["present_hyphen"] else "i", year, None)
            if first is not None:
                found.append(Period(match.start(), match.end(), first[0].isoformat(), None, False, precision(first)))
            continue
        if groups["event"]:
            period = _until_event(text, begin, len(text) if end is None else end, match, year)
            if period is not None:
                found.append(period)
            continue
        if groups["from"]:
            # a start the clause announces keeps the document's year however far ahead (round 60s): a year
            # without its day ("2025") gives :func:`_long_ahead` nothing to compare
            announced = year and _ANNOUNCED.search(text, begin, stop)
            first = _since_earlier_year(_parse(groups, "c", year[:4] if announced else year, back), match.group(), year)
            first = _start_to_come(first, match.group(), text, match.end(), bool(announced), year)
            if first is not None:
                found.append(Period(match.start(), match.end(), first[0].isoformat(), None, False, precision(first)))
            continue
        if groups["after"]:  # leaving after a day: the post starts being left the day after it
            days = _parse(groups, "f", year, None) if groups["fday"] else None
            if days is not None and leaving(text, begin, len(text) if end is None else end):
                found.append(Period(match.start(), match.end(), day_after(days[0].isoformat()), None))
            continue
        last = _parse(groups, "d", year, back)
        until = _until(last, groups["until"], groups["dedge"])
        if until is not None:
            found.append(Period(match.start(), match.end(), None, until.isoformat(), until_precision=precision(last)))
    if "–" in text[begin:stop] or "—" in text[begin:stop] or " - " in text[begin:stop]:
        found = sorted(found + _dash_ranges(text, begin, stop, year, found), key=lambda p: p.start)
    found += _afterwards(text, found, stop)
    # (a time in brackets is an item's own, "EZK (tot juli)": no change of the sentence's state)
    if all(in_brackets(text, p) for p in found) and (_PASSIVE_STATE.search(text, begin, stop)
                      or _DURING_STATE.search(text, begin, stop)
                      and not any(not any(p.start <= c.start() < p.end for p in found)
                                  for c in _CHANGE.finditer(text, begin, stop))):
        for match in _DURING.finditer(text, begin, stop):
            days = _parse(match.groupdict(), "e", None, None)
            if days is not None:
                found.append(Period(match.start(), match.end(), days[0].isoformat(), days[1].isoformat(), True,
                                    precision(days), precision(days)))
        for match in _ON_DATED_DAY.finditer(text, begin, stop):  # "organiseerde op 12 oktober 2024 een netwerkdag"
            days = _parse(match.groupdict(), "o", None, None)
            if days is not None:
                found.append(Period(match.start(), match.end(), days[0].isoformat(), days[1].isoformat(), True))
    if not found and _TAKING_UP.search(text, begin, stop) and not _NOT_DONE.search(text, begin, stop) \
            and not leaving(text, begin, stop):
        found = _taking_up_periods(text, begin, stop, year)
    elif found and all(p.valid_from and not p.valid_until and not p.during for p in found):
        found = sorted(found + _taken_up_before(text, begin, stop, found), key=lambda p: p.start)
    return found


#: "werd in 2019 wethouder van A en is sinds …": a post taken up in a year, in a first clause before "en"
_TAKEN_UP_IN = re.compile(rf"\b(?:werd|trad\s+(?:[\w/.()-]+\s+){{0,6}}?toe)\s+(?=in\s+(?:(?:{_MONTH})\s+)?(?:19|20)\d\d\b)",
                          re.IGNORECASE)


def _taken_up_before(text: str, begin: int, stop: int, found: list[Period]) -> list[Period]:
    """The start of a post taken up "in <date>" in a clause that ends at "en" before a later start, in a
    sentence whose other times are starts (round 60g): "Anna Wit werd in 2019 wethouder van Epe en is sinds
    2023 voorzitter van Y" dates the wethouder from 2019 (the clause's own time; "sinds 2023" is Y's). A
    change to come or a leaving in the clause ("wordt", "trad in 2019 af") gives none.

    >>> [(p.valid_from, p.valid_until) for p in find_periods("Anna Wit werd in 2019 wethouder van Epe en is sinds 2023 voorzitter.")]
    [('2019-01-01', None), ('2023-01-01', None)]
    >>> [(p.valid_from, p.valid_until) for p in find_periods("Sinds 2023 is Anna Wit voorzitter en werd zij in 2019 wethouder.")]
    [('2023-01-01', None)]
    """
    out = []
    for match in _TAKEN_UP_IN.finditer(text, begin, stop):
        during = _DURING.match(text, match.end())
        later = min((p.start for p in found), default=stop)
        clause_end = text.find(" en ", match.end(), later)
        if during is None or during.end() > later or clause_end < 0 or not (during.end() <= clause_end) \
                or leaving(text, match.start(), clause_end):
            continue
        days = _parse(during.groupdict(), "e", None, None)
        if days is not None:
            out.append(Period(during.start(), during.end(), days[0].isoformat(), None, False, precision(days)))
    return out


#: a post held on in the past, besides the plain past of :data:`_PLAIN_PAST`: "bleef tot de opheffing voorzitter",
#: "die de functie tot haar afscheid vervulde"
_HELD_ON = re.compile(r"\b(?:bleef|bleven|vervulde|vervulden|bekleedde|bekleedden|diende|dienden)\b", re.IGNORECASE)


def _until_event(text: str, begin: int, stop: int, match: re.Match, year: str | None) -> Period | None:
    """A post held until an event (see :data:`_EVENT`), told in the past: ended, from the start written
    before it, up to the event's date where one follows ("in 2023": its last day; "per 1 januari 2024":
    the day before; "op 31 december 2023": that day). Without either date, or not told in the past ("X
    blijft tot zijn afscheid voorzitter"), none.

    >>> p = find_periods("Van 2020 tot de opheffing was Anna Kok voorzitter.")[0]
    >>> p.valid_from, p.valid_until, p.ended
    ('2020-01-01', None, True)
    >>> [(p.valid_from, p.valid_until) for p in find_periods("Zij was tot de opheffing in 2023 voorzitter.")]
    [(None, '2023-12-31')]
    >>> find_periods("Van 2020 tot zijn afscheid blijft Jan Kok voorzitter.")
    []
    """
    if not (told_in_past(text, begin, stop) or _HELD_ON.search(text, begin, stop)):
        return None
    groups = match.groupdict()
    first = _parse(groups, "j", year, None) if groups["event_from"] else None
    days = _parse(groups, "k", year, None) if groups["event_on"] else None
    until = None
    if days is not None:
        until = day_before(days[0].isoformat()) if groups["event_on"].lower() == "per" else days[1].isoformat()
    if first is None and until is None or first is not None and until is not None and first[0].isoformat() > until:
        return None
    return Period(match.start(), match.end(), first[0].isoformat() if first else None, until, False,
                  precision(first), precision(days) if groups["event_on"] and groups["event_on"].lower() == "in" else None,
                  ended=True)


#: "tot de opheffing", "tot haar afscheid" anywhere in a clause
_UNTIL_EVENT_IN = re.compile(rf"(?<![\w-])tot\s+(?:aan\s+)?(?:{_EVENT})", re.IGNORECASE)


def held_until_event(text: str, begin: int = 0, end: int | None = None) -> bool:
    """Whether ``text[begin:end]`` (a clause) tells of a post held until an event (see :data:`_EVENT`) in
    the past, the event undated: "X was tot de fusie voorzitter", "die de functie tot de opheffing
    vervulde", "In 2019 werd X voorzitter, een rol die hij tot zijn afscheid vervulde" (round 54u; "van
    2019 tot de opheffing" and a dated event are :func:`find_periods`'s). The post has ended; held on in
    the present ("blijft tot zijn afscheid voorzitter") it has not.

    >>> held_until_event("Anna Kok, die de functie tot de opheffing vervulde"), held_until_event("Jan Kok was tot de fusie voorzitter.")
    (True, True)
    >>> held_until_event("Anna Kok, die de functie tot de opheffing vervult"), held_until_event("Jan Kok was voorzitter.")
    (False, False)
    """
    stop = len(text) if end is None else end
    return _UNTIL_EVENT_IN.search(text, begin, stop) is not None \
        and (told_in_past(text, begin, stop) or _HELD_ON.search(text, begin, stop) is not None)


#: the holder of a title said to be in office: "Burgemeester X (van Deventer) was in functie tot 2021", "… is
#: sinds 2020 in functie", "… bleef tot eind 2023 in het ambt" (the clause's verb follows the name)
_IN_OFFICE = re.compile(r"(?:\s+van\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s*(?:\([^()]{0,60}\)\s*)?"
                        r"(?:was|is|bleef|blijft)\s+(?:[^,;:()]{0,50}?\s)?in\s+(?:functie|(?:het|dit|dat)\s+ambt)\b")


def in_office(text: str, after_name: int, end: int) -> bool:
    """Whether the clause after a titled name (``text[after_name:end]``) says the holder is or was in
    office: then its time is the title's ("Burgemeester X was in functie tot 2021": mayor until the end of
    2020), where a title is otherwise no fact the sentence dates ("Burgemeester X opende in 2019 …").

    >>> [in_office(t, len("Burgemeester Ad Kok"), len(t)) for t in ("Burgemeester Ad Kok was in functie tot 2021.",
    ...  "Burgemeester Ad Kok van Ede is sinds 2020 in functie.", "Burgemeester Ad Kok opende in 2019 het stadhuis.",
    ...  "Burgemeester Ad Kok was in 2019 op bezoek in Ede.")]
    [True, True, False, False]
    """
    return _IN_OFFICE.match(text, after_name, end) is not None


def _since_earlier_year(first: tuple[date, date] | None, written: str, year: str | None) -> tuple[date, date] | None:
    """A "sinds" date without its year that would fall after the document's date is of the year before:
    "sinds 1 september" in a year review published in January (round 52e). A date with its year stays.

    >>> found = find_periods("De taskforce, sinds 1 september onder leiding van X.", year="2026-01-14")
    >>> found[0].valid_from
    '2025-09-01'
    >>> find_periods("Sinds 1 september 2026 is X voorzitter.", year="2026-01-14")[0].valid_from
    '2026-09-01'
    """
    if first is None or re.search(r"\d{4}", written) or not written.lower().startswith("sinds") \
            or not year or len(year) < 10 or first[0].isoformat() <= year[:10]:
        return first
    try:
        return first[0].replace(year=first[0].year - 1), first[1].replace(year=first[1].year - 1)
    except ValueError:
        return first  # 29 februari


#: "aanstaande" or "a.s." right after a date: the next such day from the document's date on
_COMING = re.compile(r"\s*(?:aanstaande|a\.\s?s\.)(?![\w-])", re.IGNORECASE)
#: how long before the document's date an announced start without its year may lie and still be of its year
_ANNOUNCED_BEHIND = timedelta(days=61)


def _start_to_come(first: tuple[date, date] | None, written: str, text: str, end: int, announced: bool,
                   year: str | None) -> tuple[date, date] | None:
    """A start "per"/"met ingang van"/"vanaf" a day without its year that lies before the document's date is of
    the year after when "aanstaande"/"a.s." follows it, or when the clause announces it ("wordt", "zal", …) and
    it lies more than two months before: a letter of December announces "Per 1 januari a.s. wordt X voorzitter"
    for the January to come. A start told as done ("Per 1 januari is X voorzitter") keeps the document's year.

    >>> [find_periods(t, year="2025-12-15")[0].valid_from for t in ("Per 1 januari a.s. wordt Eva Smit voorzitter.",
    ...  "Per 1 februari wordt Eva Smit voorzitter.", "Met ingang van 1 januari aanstaande is Eva Smit voorzitter.")]
    ['2026-01-01', '2026-02-01', '2026-01-01']
    >>> [find_periods(t, year="2025-12-15")[0].valid_from for t in ("Per 1 januari is Eva Smit voorzitter.",
    ...  "Per 1 november wordt Eva Smit voorzitter.", "Per 1 januari 2025 wordt Eva Smit voorzitter.",
    ...  "Sinds 1 januari is Eva Smit voorzitter.")]
    ['2025-01-01', '2025-11-01', '2025-01-01', '2025-01-01']
    """
    if first is None or re.search(r"\d{4}", written) or _WRITTEN_YEAR.search(written) \
            or written.lower().startswith(("sinds", "sedert")) or not re.search(rf"\b(?:{_MONTH})\b", written, re.IGNORECASE) \
            or not year or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", year[:10]):
        return first  # a year written, in digits or in words ("tweeduizend vierentwintig"), stays
    document = date.fromisoformat(year[:10])
    coming = _COMING.match(text, end) is not None
    if not (coming and first[0] < document or announced and first[0] < document - _ANNOUNCED_BEHIND):
        return first
    try:
        return first[0].replace(year=first[0].year + 1), first[1].replace(year=first[1].year + 1)
    except ValueError:
        return first  # 29 februari


#: the start a text plans or announces, not one it reports: "wordt per 1 november", "zal", "gaat", "treedt … aan"
_ANNOUNCED = re.compile(r"\b(?:wordt|worden|zal|zullen|gaat|gaan|treedt|treden|start|starten|begint|beginnen|komt|"
                        r"komen|verwacht|verwachten|beoogd|voorgedragen|kandidaat|nog)\b", re.IGNORECASE)


def _dash_ranges(text: str, begin: int, stop: int, year: str | None, found: list[Period]) -> list[Period]:
    """The ranges "<date> – <date>" with a day or month on a side (see :data:`_DASH_RANGE`) that no
    period in ``found`` covers; the second date must give its year.

    >>> [(p.valid_from, p.valid_until) for p in find_periods("| A | 1 mei 2002 - 1 juni 2014 |")]
    [('2002-05-01', '2014-06-01')]
    """
    ranges: list[Period] = []
    for dash in _DASH.finditer(text, begin, stop):  # only around a dash: the range's regex is costly on long text
        match = next((m for m in _DASH_RANGE.finditer(text, max(begin, dash.start() - 36), min(stop, dash.end() + 36))
                      if m.start() < dash.start() and dash.end() <= m.end()), None)
        if match is None or any(p.start < match.end() and match.start() < p.end for p in found + ranges):
            continue
        groups = match.groupdict()
        first, last = _parse(groups, "g", year, None), _parse(groups, "h", year, None)
        written = groups["hyear"] or groups["hnyear"] or groups["hbyear"] or groups["hvyear"] or groups["hsyear"]
        if first is not None and last is not None and written and first[0] <= last[1]:
            ranges.append(Period(match.start(), match.end(), first[0].isoformat(), last[1].isoformat(), False,
                                 precision(first), precision(last)))
    return ranges


#: a clause that follows an end as the time after it and leaves out its verb: "Tot 2018 werkte de pijler met X, daarna
#: met Y" (the preposition of the clause before, for another partner or body)
_AFTERWARDS = re.compile(r"\s*[,;]\s*(?:en\s+|maar\s+)?(?:daarna|nadien|vervolgens|sindsdien)(?=\s+(?:met|bij|in|aan|voor|"
                         r"van|als)\s)"
                         # "…, die tot 1 februari 2024 programmamanager was en sindsdien werkt bij SZW" (round 56t)
                         r"|\s+en\s+sindsdien(?=\s+(?:werkt|werken|zit|zitten|is|zijn)\s+(?:bij|in|voor)\s)", re.IGNORECASE)


def _afterwards(text: str, found: list[Period], stop: int) -> list[Period]:
    """The time after a period that ends, which "daarna" opens: from the day after its end.

    >>> [(p.valid_from, p.valid_until) for p in find_periods("Tot 2018 werkte X met EZ, daarna met EZK.")]
    [(None, '2017-12-31'), ('2018-01-01', None)]
    >>> [(p.valid_from, p.valid_until) for p in find_periods("die tot 1 februari 2024 trekker was en sindsdien werkt bij SZW")]
    [(None, '2024-01-31'), ('2024-02-01', None)]
    """
    after = []
    for period in found:
        if period.valid_until and not period.during:
            following = next((m for m in _AFTERWARDS.finditer(text, period.end, stop)), None)
            if following is not None and not any(p.start > period.end and p.start < following.start() for p in found):
                after.append(Period(following.end() - len(following.group(0).split()[-1]), following.end(),
                                    day_after(period.valid_until), None, False, period.until_precision))
    return after


def _sentence_year(text: str, begin: int, stop: int) -> str | None:
    """The one year a sentence is about ("In 2024 werkte de G40 samen met …"): a date without a year
    in it ("EZK (tot juli)") is of that year, not of the document's (a year report written in 2025).

    >>> [(p.valid_from, p.valid_until) for p in find_periods("In 2024 werkte X samen met EZK (tot juli).", year="2025")]
    [(None, '2024-06-30'), ('2024-01-01', '2024-12-31')]
    """
    years = {m.group("eyear") or m.group("ebyear") for m in _DURING.finditer(text, begin, stop)} - {None}
    return years.pop() if len(years) == 1 else None  # a year, no day: no document's date to compare with


def in_brackets(text: str, period: Period) -> bool:
    """Whether ``period`` is all a bracket says: "EZK (tot juli)", a time of the item before it alone.

    >>> text = "met EZK (tot juli) en BZK"
    >>> [in_brackets(text, p) for p in find_periods(text, year="2024")]
    [True]
    """
    return bool(re.search(r"\(\s*$", text[max(0, period.start - 3):period.start])
                and re.match(r"\s*\)", text[period.end:period.end + 3]))


def _taking_up_periods(text: str, begin: int, stop: int, year: str | None) -> list[Period]:
    """The start of a post taken up "in <date>" ("In maart 2024 werd X voorzitter", "trad in 2023 toe
    als lid"), or in a season of the document's ``year`` ("In het voorjaar trad X toe"): its first
    day, with no end (the post goes on), as "sinds maart 2024" gives.

    >>> [(p.valid_from, p.valid_until) for p in find_periods("In maart 2024 werd Kees Smit voorzitter.")]
    [('2024-03-01', None)]
    >>> [(p.valid_from, p.valid_until) for p in find_periods("In 2025 werd de pijler voorgezeten door Kees Smit.")]
    [('2025-01-01', '2025-12-31')]
    >>> [(p.valid_from, p.valid_until) for p in find_periods("In het voorjaar trad Lotte Bos toe als lid.", year="2024")]
    [('2024-03-01', None)]
    >>> [(p.valid_from, p.valid_until) for p in find_periods("Op 3 maart 2023 werd Kees Smit voorzitter.")]
    [('2023-03-03', None)]
    >>> find_periods("In 2025 wordt Kees Smit voorzitter."), find_periods("Zij trad in 2023 af als voorzitter.")
    ([], [])
    >>> [(p.valid_from, p.valid_until) for p in find_periods("Vorig jaar werd Kees Smit voorzitter.", year="2025-01-08")]
    [('2024-01-01', None)]
    """
    found = []
    for match in _DURING.finditer(text, begin, stop):
        days = _parse(match.groupdict(), "e", None, None)
        if days is not None:
            found.append(Period(match.start(), match.end(), days[0].isoformat(), None, False, precision(days)))
    for match in _ON_DATED_DAY.finditer(text, begin, stop):  # "Op 3 maart 2023 werd X voorzitter"
        days = _parse(match.groupdict(), "o", None, None)
        if days is not None:
            found.append(Period(match.start(), match.end(), days[0].isoformat(), None))
    if not found and year:
        for match in _LAST_YEAR.finditer(text, begin, stop):  # "Vorig jaar werd X voorzitter" (round 60g)
            found.append(Period(match.start(), match.end(), f"{int(year[:4]) - 1}-01-01", None, False, "year"))
    if not found and year:
        for match in _SEASON_OF_THE_YEAR.finditer(text, begin, stop):
            first_month = _SEASONS[match.group("season").lower()][0]
            found.append(Period(match.start(), match.end(), f"{year[:4]}-{first_month:02d}-01", None))
    return found


#: taking up a post or a membership, done: "werd voorzitter", "trad toe", "is benoemd tot", "begon als" (joining a
#: programme or an agreement told as done dates the participation: :mod:`.founding_dates`)
_TAKING_UP = re.compile(r"\b(?:werd|werden|trad\s+(?:[\w/.()-]+\s+){0,6}?toe|traden\s+(?:[\w/.()-]+\s+){0,6}?toe|"
                        r"toegetreden|benoemd|gekozen|verkozen|aangetreden|geïnstalleerd|aangesteld|begon\s+als|"
                        r"begonnen\s+als)\b", re.IGNORECASE)
#: a plan, a wish or a denial: no post taken up yet ("zal in 2025 …", "werd niet …")
_NOT_DONE = re.compile(r"\b(?:zal|zullen|gaat|gaan|wil|willen|wordt|worden|niet|geen|nooit|mogelijk|wellicht)\b",
                       re.IGNORECASE)
#: "vorig jaar", "afgelopen jaar" with no preposition: when a post was taken up, the year before the document's
_LAST_YEAR = re.compile(r"(?:(?<=\s)|^)(?<![Hh]et\s)(?:[Vv]orig|[Aa]fgelopen)\s+jaar\b")
#: "in het voorjaar", with no year of its own (then the document's)
_SEASON_OF_THE_YEAR = re.compile(rf"(?:(?<=\s)|^)[Ii]n\s+(?:het\s+|de\s+)(?P<season>{_SEASON})\b"
                                 r"(?!\s+(?:van\s+)?(?:19|20)\d\d)", re.IGNORECASE)


#: "in 2023", "in maart 2024": when a state held or a joint act took place (a year is written)
_DURING = re.compile(rf"(?:(?<=\s)|^)[Ii]n\s+(?=(?:(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?\s+)?(?:(?:19|20)\d\d\b|tweeduizend|negentienhonderd))"
                     rf"{_date('e', anaphor=False, words=True)}")
#: "op 12 oktober 2024": the day a completed act took place (a year is written), which dates it as "in 2024" does
_ON_DATED_DAY = re.compile(rf"(?:(?<=\s)|^)[Oo]p\s+(?=\d{{1,2}}\s+(?:{_MONTH})\.?\s+(?:19|20)\d\d\b)"
                           rf"{_date('o', anaphor=False)}", re.IGNORECASE)
#: a past state or a completed act that "in <year>" dates as a whole: "In 2023 stond de pijler onder
#: voorzitterschap van X", "In 2024 heeft de pijler samen met SZW de agenda opgesteld"
_DURING_STATE = re.compile(r"\b(?:stond|stonden|was|waren|zat|zaten|had|hadden|heeft|hebben|leidde|leidden|trok|trokken|"
                           r"werkte|werkten|opstelde|opstelden|ontwikkelde|ontwikkelden|organiseerde|organiseerden)\b",
                           re.IGNORECASE)
#: a state in the passive, which "in <year>" dates as a whole as it does the active past: "In 2025 werd de
#: pijler voorgezeten door X" is "In 2025 zat X de pijler voor", not "werd X voorzitter"
_PASSIVE_STATE = re.compile(r"\b(?:werd|werden)\b(?:\s+\S+){0,8}?\s+(?:voorgezeten|geleid|getrokken|gecoördineerd|"
                            r"aangestuurd|bemand|vertegenwoordigd|begeleid|gefinancierd|ondersteund)\s+door\b",
                            re.IGNORECASE)
#: a change or a future that a year only starts or plans: "werd in 2021 voorzitter", "is in 2020 gestart",
#: "tekende in 2020 de deal", "zal in 2025 …" (then "in <year>" gives no period)
_CHANGE = re.compile(r"\b(?:werd|werden|wordt|worden|geworden|gestart|startte|startten|begon|begonnen|opgericht|"
                     r"oprichtte|richtte|benoemd|gekozen|toegetreden|trad|traden|aangesloten|sloot|sloten|gesloten|"
                     r"geïnstalleerd|ingesteld|gelanceerd|aangetreden|opgezet|getekend|ondertekend|tekende|tekenden|"
                     r"ondertekende|ondertekenden|overgenomen|overgedragen|opgevolgd|volgde|volgden|"
                     r"lid|sinds|sedert|vanaf|per|tot|nog|zal|zullen|gaat|gaan|wil|willen)\b",
                     re.IGNORECASE)


#: the plain past (onvoltooid verleden tijd) of the verbs that state a role or a joint work: "X was
#: voorzitter", "Y leidde de pijler", "Z werkte samen met BZK", and of a chair's passive: "werd voorgezeten
#: door X" (not a change: "werd benoemd", "trad toe"). Not "bleef"/"bleven": what remained goes on
#: (walkthrough 24, finding 11: "Ambtelijk trekker bleef X" in the report on 2025 does not end with 2025)
_PLAIN_PAST = re.compile(r"\b(?:was|waren|zat|zaten|stond|stonden|leidde|leidden|werkte|werkten|trok|"
                         r"trokken|coördineerde|coördineerden|vertegenwoordigde|vertegenwoordigden|ondersteunde|"
                         r"ondersteunden|nam|namen|werd\s+(?:\w+\s+){0,3}?voorgezeten|"
                         r"werden\s+(?:\w+\s+){0,3}?voorgezeten)\b", re.IGNORECASE)


def told_in_past(text: str, begin: int = 0, end: int | None = None) -> bool:
    """Whether ``text[begin:end]`` (a clause) tells its state in the plain past: "X was voorzitter
    van de themagroep" in a year report is what held in the year it reports on (round 41t).

    >>> told_in_past("Anna Visser was voorzitter van de themagroep."), told_in_past("Anna Visser is voorzitter.")
    (True, False)
    >>> told_in_past("Wanneer werd zij voorzitter?"), told_in_past("Ambtelijk trekker bleef Anna Visser.")
    (False, False)
    >>> told_in_past("De themagroep werd ook in 2025 voorgezeten door Anna Visser.")
    True
    """
    return bool(_PLAIN_PAST.search(text, begin, len(text) if end is None else end))


@functools.lru_cache(maxsize=1024)
def without_periods(text: str, *, year: str | None = None) -> str:
    """``text`` with its period expressions blanked out (same length), to read the words around them.
    Kept for the last texts asked: the role rules ask for the same stretch between a name and a role
    word several times (one pattern after another).

    >>> without_periods("is tot 1 juni 2024 voorzitter")
    'is                 voorzitter'
    """
    for period in find_periods(text, year=year):
        text = text[:period.start] + " " * (period.end - period.start) + text[period.end:]
    return text


def _antecedent(text: str, start: int, end: int, year: str | None) -> tuple[date, date] | None:
    """The last date written in ``text[start:end]``: what "die datum" after it refers to."""
    last = None
    for match in _ANY_DATE.finditer(text, start, end):
        last = _parse(match.groupdict(), "x", year, None) or last
    return last


def precision(days: tuple[date, date] | None) -> str | None:
    """"year" or "month" where ``days`` (a written date's first and last day) are a whole year or
    month, else None: a day, a season, a rough point ("eind 2023") or the elections' day.

    >>> precision((date(2018, 1, 1), date(2018, 12, 31))), precision((date(2019, 3, 1), date(2019, 3, 31)))
    ('year', 'month')
    >>> precision((date(2024, 3, 1), date(2024, 5, 31))), precision((date(2023, 12, 31), date(2023, 12, 31)))
    (None, None)
    """
    if days is None:
        return None
    first, last = days
    if first.day != 1 or last != last.replace(day=calendar.monthrange(last.year, last.month)[1]) \
            or first.year != last.year:
        return None
    if first.month == 1 and last.month == 12:
        return "year"
    return "month" if first.month == last.month else None


def _until(parsed: tuple[date, date] | None, word: str, edge: str | None) -> date | None:
    """The last day of a period that ends "tot" (before) or "tot en met" (including) a date; "tot eind
    2023" includes that end, and so does "tot" the last day of a month: "tot 31 december 2025" is a term
    up to and including the year's last day, as Dutch usage means it (walkthrough 17, finding 35), where
    "tot 1 januari 2026" ends the day before.

    >>> _until((date(2025, 12, 31), date(2025, 12, 31)), "tot", None), _until((date(2026, 1, 1),) * 2, "tot", None)
    (datetime.date(2025, 12, 31), datetime.date(2025, 12, 31))
    """
    if parsed is None:
        return None
    first, last = parsed
    inclusive = word.lower() != "tot" or _EDGES.get((edge or "").lower()) == "end" \
        or first == last and (first + timedelta(days=1)).day == 1
    return last if inclusive else first - timedelta(days=1)


def _parse(groups: dict, prefix: str, year: str | None,
           antecedent: tuple[date, date] | None) -> tuple[date, date] | None:
    """The first and last day of the date in ``groups`` (named with ``prefix``); None if not a date.
    "die datum" is ``antecedent``; "begin/medio/eind" narrow the date to one day."""
    if groups.get(prefix + "ref"):
        return antecedent
    days = _days(groups, prefix, year)
    edge = _EDGES.get((groups.get(prefix + "edge") or "").lower())
    return _narrow(days, edge) if days is not None and edge else days


def _narrow(days: tuple[date, date], edge: str) -> tuple[date, date]:
    """The one day "begin/medio/eind" picks from ``days``: the first, the middle (1 July of a year,
    the 15th of a month) or the last.

    >>> _narrow((date(2024, 1, 1), date(2024, 12, 31)), "middle")
    (datetime.date(2024, 7, 1), datetime.date(2024, 7, 1))
    """
    first, last = days
    if edge == "begin":
        return first, first
    if edge == "end":
        return last, last
    middle = first.replace(month=7) if first.month != last.month else first.replace(day=15)
    return middle, middle


def _days(groups: dict, prefix: str, year: str | None) -> tuple[date, date] | None:
    """The first and last day of a written date: one day, a month or a year."""
    get = lambda name: groups.get(prefix + name)  # noqa: E731 - a local shorthand
    try:
        if get("wbyear"):  # "tweeduizend drieëntwintig"
            y = _year_word(get("wbyear"))
            return (date(y, 1, 1), date(y, 12, 31)) if y else None
        if get("wyear"):  # "(de) een oktober tweeduizend vijfentwintig"
            y, month = _year_word(get("wyear")), MONTHS[get("wmonth").lower()]
            if not y:
                return None
            if get("wday"):
                day = date(y, month, number_word(re.sub(r"^de\s+", "", get("wday").lower())) or 0)
                return day, day
            return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])
        if get("syear"):  # "het voorjaar van 2023": March to May
            first, last = _SEASONS[get("season").lower()]
            y = int(get("syear"))
            return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])
        if get("vyear"):  # the elections of that March, taken as its middle
            day = date(int(get("vyear")), 3, 15)
            return day, day
        if get("ryear"):  # "sinds vorig jaar": a year told from the document's date
            if not year:
                return None
            y = int(year[:4]) + _RELATIVE_YEARS[get("ryear").lower()]
            return date(y, 1, 1), date(y, 12, 31)
        if get("byear"):
            y = int(get("byear"))
            return date(y, 1, 1), date(y, 12, 31)
        if get("nyear"):
            day = date(int(get("nyear")), int(get("nmonth")), int(get("nday")))
            return day, day
        month = MONTHS[get("month").lower()]
        y = int(get("year") or (year or "")[:4] or 0)
        if not y:
            return None
        if not get("year") and _long_ahead(date(y, month, int(get("day") or 1)), year):
            y -= 1
        if get("day"):
            day = date(y, month, int(get("day")))
            return day, day
        return date(y, month, 1), date(y, month, calendar.monthrange(y, month)[1])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # "31 februari 2023", "0-13-2023"


#: how far after the document's date a day or month without a year may lie and still be of the document's year
_AHEAD = timedelta(days=274)


def _long_ahead(day: date, document: str | None) -> bool:
    """Whether ``day``, a date written without its year and given the year of the ``document``'s date, lies
    more than nine months after that date: then it is of the year before (round 60g). A text names a change
    three quarters of a year ahead with its year; without one it tells of one that took place, as a new
    year's letter of 8 January 2025 does with "Met ingang van 1 november is X de nieuwe vicevoorzitter"
    (1 November 2024) or "zij was tot dan …". A year alone (a sentence's "In 2024 …") has no day to compare.

    >>> [p.valid_from for p in find_periods("Met ingang van 1 november is X voorzitter.", year="2025-01-08")]
    ['2024-11-01']
    >>> [p.valid_from for p in find_periods("Met ingang van 1 september is X voorzitter.", year="2025-01-08")]
    ['2025-09-01']
    >>> [p.valid_from for p in find_periods("Per 1 november 2025 is X voorzitter.", year="2025-01-08")]
    ['2025-11-01']

    A start the clause announces keeps the document's year (round 60s; :func:`find_periods` hands :func:`_parse`
    the year without its day there), and "per die datum" the year of the date it refers to:

    >>> [find_periods(t, year="2025-01-08")[0].valid_from for t in ("Per 1 november wordt Eva Smit voorzitter.",
    ...  "Met ingang van 1 november zal Eva Smit voorzitter zijn.")]
    ['2025-11-01', '2025-11-01']
    >>> [p.valid_from for p in find_periods("Tot 1 juni 2024 was X trekker; per die datum Y.", year="2025-01-08")]
    [None, '2024-06-01']
    """
    if not document or len(document) < 10:
        return False
    try:
        return day - date.fromisoformat(document[:10]) > _AHEAD
    except ValueError:
        return False


def change_date(text: str, begin: int = 0, end: int | None = None, *, year: str | None = None) -> str | None:
    """The day a change written in ``text[begin:end]`` took effect: "per 1 maart 2024", "vanaf mei",
    "in september 2022" (a handover or succession dated with "in": its first day); None without one.

    >>> change_date("Zij volgde in september 2022 Piet Kok op."), change_date("X werd op 1 mei 2024 opgevolgd.")
    ('2022-09-01', '2024-05-01')
    >>> change_date("Per 1 maart 2024 heeft X het voorzitterschap overgedragen aan Y."), change_date("X volgt Y op.")
    ('2024-03-01', None)
    """
    stop = len(text) if end is None else end
    starts = [p.valid_from for p in find_periods(text, begin, stop, year=year) if p.valid_from and not p.valid_until]
    if starts:
        return starts[0] if len(set(starts)) == 1 else None
    dated = [_parse(m.groupdict(), "e", None, None) for m in _DURING.finditer(text, begin, stop)]
    dated += [_parse(m.groupdict(), "o", year, None) for m in _ON_DAY.finditer(text, begin, stop)]
    days = {d[0].isoformat() for d in dated if d is not None}
    return days.pop() if len(days) == 1 else None


#: a change dated to the day with "op": "werd op 1 mei 2024 opgevolgd", "is op 3 maart benoemd"
_ON_DAY = re.compile(rf"(?:(?<=\s)|^)op\s+(?=\d{{1,2}}\s+(?:{_MONTH})\b){_date('o', anaphor=False)}", re.IGNORECASE)


def last_day_in(text: str, *, year: str | None = None) -> str | None:
    """The last day of the one "in <date>" written in ``text`` when it has no start ("per", "sinds"):
    when something done "in december 2022" was done at the latest; None otherwise.

    >>> last_day_in("die in december 2022 afscheid nam"), last_day_in("die per 1 april vertrekt")
    ('2022-12-31', None)
    """
    if any(p.valid_from for p in find_periods(text, year=year)):
        return None
    dated = [_parse(m.groupdict(), "e", None, None) for m in dated_leaving(text)]
    days = {d[1].isoformat() for d in dated if d is not None}
    if not dated:
        return _month_told_done(text, year)
    return days.pop() if len(days) == 1 else None


#: a leaving verb right before a date with no preposition, as a note writes it: "vertrekt zomer 2025", "stopt eind 2024"
_LEAVING_DATE = re.compile(r"\b(?:vertrekt|vertrok|vertrekken|vertrokken|stopt|stopte|stoppen|stopten)\s+"
                           rf"(?=(?:{_EDGE}|{_SEASON}|{'|'.join(sorted(MONTH_NAMES))})\s+(?:19|20)\d\d\b)"
                           rf"{_date('e', anaphor=False)}", re.IGNORECASE)


def dated_leaving(text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
    """The "in <date>" of ``text[start:end]`` (:data:`_DURING`) and a date a leaving verb has right after it,
    without "in" (round 60g): "Marieke Smelt → vertrekt zomer 2025" leaves in that summer, at the latest on
    31 August 2025; their dates are groups named with prefix "e".

    >>> last_day_in("Directeur Marieke Smelt vertrekt zomer 2025, opvolging open"), last_day_in("stopt eind 2024")
    ('2025-08-31', '2024-12-31')
    >>> last_day_in("vertrekt 2025 jaar"), last_day_in("vertrekt morgen")
    (None, None)
    """
    stop = len(text) if end is None else end
    return sorted([*_DURING.finditer(text, start, stop), *_LEAVING_DATE.finditer(text, start, stop)],
                  key=lambda m: m.start())


#: "in november" with no year after it: a month of the document's year, or of the year before (:func:`_month_told_done`)
_IN_MONTH = re.compile(rf"(?:(?<=\s)|^)[Ii]n\s+(?P<month>{'|'.join(sorted(MONTH_NAMES))})\b"
                       r"(?!\.?\s+(?:van\s+)?(?:\d|tweeduizend|negentienhonderd))")
#: the simple past of leaving and of being: what a text tells as done ("verliet het bureau in november")
_TOLD_DONE = re.compile(r"\b(?:verliet|verlieten|vertrok|vertrokken|nam|namen|stopte|stopten|trad|traden|ging|gingen|"
                        r"legde|legden|was|waren)\b", re.IGNORECASE)


def _month_told_done(text: str, document: str | None) -> str | None:
    """The last day of the one month written without its year ("in november") in ``text``, a leaving told in the
    simple past: the last such month up to the ``document``'s date (round 60g). A new year's letter of 8 January
    2025 that says "X verliet het bureau in november" or "In oktober namen we afscheid van X" means 2024; told
    in the present or the future ("X vertrekt in maart"), or without a document's date: none.

    >>> last_day_in("verliet het G40-bureau in november voor een nieuwe baan", year="2025-01-08")
    '2024-11-30'
    >>> last_day_in("In januari namen we afscheid van X", year="2025-01-20")
    '2025-01-31'
    >>> last_day_in("vertrekt in november", year="2025-01-08"), last_day_in("verliet in november 2023 het bureau")
    (None, '2023-11-30')
    """
    months = _IN_MONTH.findall(text)
    if len(months) != 1 or not _TOLD_DONE.search(text):
        return None
    return last_month_up_to(MONTHS[months[0].lower()], document)


def last_month_up_to(month: int, document: str | None) -> str | None:
    """The last day of the last ``month`` (1–12) up to the ``document``'s date: the month a text looking back
    names without its year (:func:`_month_told_done`, :func:`graph.extract.departures.month_of_leaving`);
    without a document's date, None.

    >>> last_month_up_to(11, "2025-01-08"), last_month_up_to(1, "2025-01-20"), last_month_up_to(11, None)
    ('2024-11-30', '2025-01-31', None)
    """
    if not document or len(document) < 10:
        return None
    try:
        written = date.fromisoformat(document[:10])
    except ValueError:
        return None
    y = written.year if month <= written.month else written.year - 1
    return date(y, month, calendar.monthrange(y, month)[1]).isoformat()
