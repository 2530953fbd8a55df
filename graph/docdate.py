"""A document's date and title when its ``.meta.json`` sidecar gives none.

Date, in this order (the sidecar's ``date`` or ``period`` always wins, see :mod:`graph.ingest`):

1. a date printed in the document's head, its first :data:`HEAD_LINES` non-empty lines (else, in a
   letter, the "Datum …" line or dateline before its salutation: :mod:`graph.letter_dates`):
   ``2024-11-05``, ``5 november 2024``, ``5 nov. 2024``, ``05-11-2024`` (day first), ``november
   2024`` (precision YYYY-MM), also in a dateline ("Utrecht, 12 juni 2024 – De G40 …"). The first
   such date counts, unless a later head date refines it ("december 2024" in the title, "10
   december 2024" below it). Not taken: a year alone ("Jaarverslag 2023" appears in 2024,
   "Programmaplan 2025-2028" spans years), a date after "sinds", "per", "vanaf", "tot", "t/m" … (a
   fact's period, not the document's date), in a long line (a paragraph) any date but a
   dateline at its start, and in a sentence a date after its first three words (an event's:
   a short chapter's "Zij werd in september 2024 benoemd" is within five lines, but no head);
2. a date in the file name: ``verslag-2023-06-12``, ``besluiten-2026-03``, ``nota-2024`` (a year
   1990–2100 as a token of its own, not one end of a range such as ``2024-2028``).

Dates deep in the body are event dates and never the document's. A day becomes the document's
``date``; a month or a year its ``period`` (:func:`date_or_period`), since the time filters
compare full dates. A report on a year ("Jaarverslag 2025" as its title or file name) dated on the
day it appeared (15 March 2026) speaks of that year as well: the year is its period, beside its
date (:func:`reported_year`), and its facts hold from the year's first day to the date
(``docs/architecture.md``, "Time"). Title, in this order (the sidecar's ``title`` always wins):

1. the title the file's metadata gives: the HTML ``<title>``, a PDF's Title, a Word document's
   core title, when it is a real title (:func:`real_title`: not "Microsoft Word - nota.docx",
   "untitled" or a file name);
2. the subject of a letter: its "Onderwerp: …" or "Betreft: …" line anywhere in its head
   (:func:`subject_title`), also a Kamerbrief's "Betreft Woondeal …" without a colon;
3. the first heading: the HTML ``<h1>``, the Markdown ``# heading``, a Word "Kop"/"Heading"
   paragraph, else a short first line (:data:`TITLE_MAX` characters) that is no sentence. An
   addressee line ("Aan de Voorzitter van de Tweede Kamer …", "t.a.v. …") and a publication's
   masthead ("STAATSCOURANT", "Officiële uitgave van …", "Nr. 4821") are no title
   (:func:`is_address_or_masthead`): a publication takes the line under its masthead, or the
   citeertitel in brackets at its end (:func:`publication_title`).

Examples
--------
>>> head_date("Persbericht\\nUtrecht, 12 juni 2024 – De G40 en EZK werken samen.")
'2024-06-12'
>>> name_date("verslag-stuurgroep-2021-06")
'2021-06'
>>> text_title("Gezamenlijke brief over stationsgebieden\\n19 november 2020\\n\\nAan: de minister")
'Gezamenlijke brief over stationsgebieden'
"""

from __future__ import annotations

import calendar
import re
from datetime import date as _date
from functools import lru_cache
from html.parser import HTMLParser

from .markup import parser_safe
from .messages import CATALOGUE, msg
from .build_warnings import coded

__all__ = ["HEAD_LINES", "TITLE_MAX", "UNDATED_NAMES_SHOWN", "head_date", "name_date", "infer_date", "printed_date", "date_or_period",
           "reported_year", "mail_header_date", "human_date", "typed_date", "announces_a_meeting",
           "period_text", "is_address_or_masthead", "is_genre_line", "publication_title", "html_title", "html_titles", "markdown_title", "real_title", "subject_title", "text_title", "undated_warning",
           "future_warning", "future_meeting_warning"]

#: the non-empty lines at the top of a document that may hold its date
HEAD_LINES = 5
#: a first line up to this long can be the title
TITLE_MAX = 120
#: the undated documents the build warning names (the rest are counted)
UNDATED_NAMES_SHOWN = 5
_LONG_LINE = 120  # a longer line is a paragraph: only a dateline at its start counts
_YEAR = r"199\d|20\d\d|2100"  # 1990-2100
#: a word before a date that makes it the start or end of a fact, not the document's date
_PERIOD_WORD = re.compile(r"(?:\b(?:sinds|sedert|per|vanaf|tot|met|ingang\s+van|uiterlijk|voor|na|m\.i\.v\.)|t/m)\s*$",
                          re.I)
_NUMERIC = re.compile(rf"(?<![\d./-])(\d{{1,2}})([-/.])(\d{{1,2}})\2({_YEAR})(?![\d-]|\.\d)")
_ISO = re.compile(rf"(?<![\d./-])({_YEAR})-(\d\d)-(\d\d)(?![\d-])")
#: a place before the date of a dateline: "Utrecht, ", "'s-Hertogenbosch, ", "DEN HAAG – "
_DATELINE = re.compile(r"^[\w'’. -]{0,40}(?:,|\s[–—-])\s*$")
#: a line of running text: six words or more ending in a full stop (a title, a date or a byline is no sentence)
_SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S*[.!?]$")
#: the first character of a line's fourth word (a date after it has over three words before it)
_FOURTH_WORD = re.compile(r"\s*(?:\S+\s+){3}\S")
_NAME_RANGE = re.compile(rf"(?<![0-9a-z])(?:{_YEAR})[-_](?:{_YEAR})(?![0-9a-z])", re.I)
_NAME_DATE = re.compile(rf"(?<![0-9a-z])({_YEAR})(?:[-_](\d\d)(?:[-_](\d\d))?)?(?![0-9a-z])", re.I)


@lru_cache(maxsize=1)
def _months() -> tuple[dict, re.Pattern]:
    """Dutch month names and abbreviations (those of :mod:`graph.extract.periods`) → number, and a
    pattern of "[day] month[.] year".

    Imported when first needed: :mod:`graph.extract` takes a quarter second to import.
    """
    from .extract.periods import MONTHS

    names = "|".join(sorted(MONTHS, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:(\d{{1,2}})\s+)?({names})\.?,?\s+({_YEAR})(?![\w-])", re.I)
    return MONTHS, pattern


def _iso(year, month=None, day=None) -> str | None:
    """ISO date of the parts given, None when they are no real date.

    >>> _iso("2024", "2", "30"), _iso("2024", "11", "5"), _iso("2024")
    (None, '2024-11-05', '2024')
    """
    try:
        _date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    parts = [str(year)] + [f"{int(p):02d}" for p in (month, day) if p]
    return "-".join(parts[: 1 + bool(month) + bool(month and day)])


def _line_dates(line: str) -> list[tuple[int, str]]:
    """(offset, ISO date) of each date in ``line``, in order, leaving out period starts and ends.

    >>> _line_dates("Geplaatst op 20 oktober 2025 – reageren kan tot en met 9 november 2025")
    [(13, '2025-10-20')]
    >>> _line_dates("Bel 06-12-345678 of 030-1234567; looptijd 2024-2028")
    []
    """
    months, pattern = _months()
    found = [(m.start(), _iso(m[3], months[m[2].lower()], m[1])) for m in pattern.finditer(line)]
    found += [(m.start(), _iso(m[4], m[3], m[1])) for m in _NUMERIC.finditer(line)]
    found += [(m.start(), _iso(m[1], m[2], m[3])) for m in _ISO.finditer(line)]
    return sorted((start, iso) for start, iso in found if iso is not None and not _after_period_word(line, start))


def _after_period_word(line: str, start: int) -> bool:
    """Whether a period word ("sinds", "t/m" …, :data:`_PERIOD_WORD`) ends just before ``start``.

    It looks back over the spaces and at most 40 characters before them, not the whole line (which cost a
    pass over the line per date: a 6 MB export on one line, 75,000 dates, held the build for hours):

    >>> _after_period_word("Zij is sinds   1 mei 2024", 15), _after_period_word("komet 1 mei 2024", 6)
    (True, False)
    """
    end = start
    while end and line[end - 1].isspace():
        end -= 1
    return _PERIOD_WORD.search(line, max(0, end - 40), start) is not None


#: English month names, read only on an e-mail's "Sent:" or "Date:" header line (an English-language
#: Outlook writes "Sent: Thursday, December 3, 2026 4:47 PM"; a mail program "Date: Thu, 3 Dec 2026")
_ENGLISH_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_ENGLISH_MONTHS.update({name[:3]: number for name, number in list(_ENGLISH_MONTHS.items())})
_ENGLISH_MONTHS["sept"] = 9
_MAIL_DATE_LINE = re.compile(r"^\s*(?:sent|date)\s*:", re.IGNORECASE)
_ENGLISH_DATE = re.compile(r"(?<![\w-])(?:(\d{1,2})\s+)?(" + "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True))
                           + rf")\.?\s+(?:(\d{{1,2}}),?\s+)?({_YEAR})(?![\w-])", re.IGNORECASE)


def mail_header_date(line: str) -> str | None:
    """The ISO date of an English mail header line "Sent: …" or "Date: …", None for any other line.

    >>> mail_header_date("Sent: Thursday, December 3, 2026 4:47 PM"), mail_header_date("Date: Thu, 3 Dec 2026 16:47 +0100")
    ('2026-12-03', '2026-12-03')
    >>> mail_header_date("Verzonden: donderdag 3 december 2026") is None, mail_header_date("Sent: May 32, 2026") is None
    (True, True)
    """
    if not _MAIL_DATE_LINE.match(line):
        return None
    found = _ENGLISH_DATE.search(line)
    if not found or (found[1] and found[3]):
        return None
    return _iso(found[4], _ENGLISH_MONTHS[found[2].lower()], found[1] or found[3])


_PADDED_ISO = re.compile(rf"({_YEAR})-(\d{{1,2}})(?:-(\d{{1,2}}))?")


def human_date(text: str) -> str | None:
    """The ISO date (a day, or a month) of a date as a person writes it: day first as in Dutch
    ("3-12-2026", "3/12/2026", "3.12.2026"), with a month name ("3 december 2026", "3 dec. 2026",
    "december 2026"), or ISO without its zeros ("2026-12-3"); None for anything else, also for a day
    that does not exist ("31-2-2026"). An ISO date stays as it is.

    >>> human_date("3-12-2026"), human_date("3 december 2026"), human_date("December 2026"), human_date("2026-12-7")
    ('2026-12-03', '2026-12-03', '2026-12', '2026-12-07')
    >>> human_date("31-2-2026") is None, human_date("12/3") is None, human_date("2026-12-03")
    (True, True, '2026-12-03')
    """
    text = " ".join(str(text).split())
    found = _PADDED_ISO.fullmatch(text)
    if found:
        return _iso(*found.groups())
    found = _NUMERIC.fullmatch(text)
    if found:
        return _iso(found[4], found[3], found[1])
    months, pattern = _months()
    found = pattern.fullmatch(text)
    if found:
        return _iso(found[3], months[found[2].lower()], found[1])
    return None


#: English month names and their usual abbreviations, for a date typed in the English interface ("1 May 2025")
_ENGLISH_MONTHS = {name: number for number, names in enumerate(
    ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul", "august aug",
     "september sep sept", "october oct", "november nov", "december dec"), start=1) for name in names.split()}
_ENGLISH_DAY_FIRST = re.compile(rf"(?:(\d{{1,2}})\s+)?([a-z]+)\.?,?\s+({_YEAR})", re.I)
_ENGLISH_MONTH_FIRST = re.compile(rf"([a-z]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})", re.I)


def typed_date(text: str) -> str | None:
    """A date a person types on the command line, in a form or a corrections file: as Dutch writes it
    (:func:`human_date`), or with an English month name, day first or month first ("1 May 2025", "May 1, 2025",
    "May 2025"; walkthrough 29, finding 5). Documents' dates are read with :func:`human_date` only.

    >>> typed_date("1 May 2025"), typed_date("May 1st, 2025"), typed_date("Sept 2024"), typed_date("1 mei 2025")
    ('2025-05-01', '2025-05-01', '2024-09', '2025-05-01')
    >>> typed_date("1 Mayo 2025") is None, typed_date("31 June 2025") is None
    (True, True)
    """
    found = human_date(text)
    if found is not None:
        return found
    text = " ".join(str(text).split())
    day_first, month_first = _ENGLISH_DAY_FIRST.fullmatch(text), _ENGLISH_MONTH_FIRST.fullmatch(text)
    if day_first and day_first[2].lower() in _ENGLISH_MONTHS:
        return _iso(day_first[3], _ENGLISH_MONTHS[day_first[2].lower()], day_first[1])
    if month_first and month_first[1].lower() in _ENGLISH_MONTHS:
        return _iso(month_first[3], _ENGLISH_MONTHS[month_first[1].lower()], month_first[2])
    return None


def head_date(text: str) -> str | None:
    """The date printed in the head of ``text`` (see the module docstring), None when there is none.

    >>> head_date("# Nieuwsbrief - december 2024\\n10 december 2024\\n\\nIn dit nummer")
    '2024-12-10'
    >>> head_date("Jaarverslag 2023\\nSinds 1 januari 2023 is zij voorzitter.") is None
    True

    In a sentence only a date among its first words is the document's ("Op 5 juni 2024 tekenden …");
    one deeper in it is an event's, also within the head of a short chapter:

    >>> head_date("Jaarverslag 2024\\nEllen Visser (Helmond) werd in september 2024 benoemd tot vicevoorzitter.") is None
    True
    >>> head_date("Nieuws\\nOp 5 juni 2024 tekenden de G40 en EZK een akkoord over de binnensteden.")
    '2024-06-05'
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    labelled = _dated_field(lines)
    if labelled is not None:
        return labelled  # "Datum: 12 mei 2026" beats a meeting's date in the title ("… Overleg 26 mei 2026")
    chosen = None
    for line in lines:
        if chosen is None and (sent := mail_header_date(line)):
            chosen = sent
            continue
        # once per line, not per date (each was a pass over the line: quadratic on a long one)
        sentence, fourth = _SENTENCE.search(line), _FOURTH_WORD.match(line)
        for start, iso in _line_dates(line):
            dateline = _DATELINE.match(line, 0, start)
            if len(line) > _LONG_LINE and not (start == 0 or dateline):
                continue
            if sentence and fourth and start > fourth.end() - 1 and not dateline:
                continue  # deep in a sentence (over three words before it): an event's date ("Zij werd in …")
            if chosen is None or (iso.startswith(chosen) and len(iso) > len(chosen)):
                chosen = iso
    return chosen


#: a head's labelled date field: "Datum: 12 mei 2026", "Date: 2026-05-12" (not "Datum overleg: …")
_DATE_FIELD = re.compile(r"[*_]*(?:Datum|Date)[*_]*\s*:[*_]*\s*(?P<value>.{6,40})$", re.IGNORECASE)


def _dated_field(lines: list[str]) -> str | None:
    """The day a head's "Datum:" field gives, None without one (or with no full day in it).

    >>> _dated_field(["# Nota: voorbereiding overleg 26 mei 2026", "Datum: 12 mei 2026"])
    '2026-05-12'
    >>> _dated_field(["Datum: mei 2026"]) is None
    True
    """
    for line in lines:
        field = _DATE_FIELD.match(line)
        if field is None:
            continue
        dates = [iso for start, iso in _line_dates(field.group("value")) if start <= 12]
        if len(dates) == 1 and len(dates[0]) == 10:
            return dates[0]
    return None


def name_date(stem: str) -> str | None:
    """The date in a file name (without its extension): YYYY-MM-DD, YYYY-MM or a year on its own.

    >>> name_date("verslag-2023-06-12"), name_date("g40-jaarverslag-2023-pijler"), name_date("nota-2024-2028")
    ('2023-06-12', '2023', None)
    >>> name_date("tel-0612345678") is None
    True
    """
    stem = _NAME_RANGE.sub(" ", stem)
    for match in _NAME_DATE.finditer(stem):
        iso = _iso(*match.groups()) or _iso(match[1], match[2]) or _iso(match[1])
        if iso is not None:
            return iso
    return None


def infer_date(text: str, stem: str) -> str | None:
    """The head's date of ``text``, else the date of a letter's head (its "Datum …" line before the
    salutation, :func:`graph.letter_dates.letter_date`), else the date in the file name ``stem``, else None.

    >>> infer_date("Verslag\\n5 nov. 2024", "verslag-2023"), infer_date("Verslag", "verslag-2023")
    ('2024-11-05', '2023')
    """
    return printed_date(text) or name_date(stem)


def printed_date(text: str) -> str | None:
    r"""The date ``text`` prints: its head's, else its letter head's (before the salutation); None when it
    prints none. A date found so is the document's own, not inferred (walkthrough 27, finding 15): only one
    taken from the file name or the file's metadata is marked ``date_inferred``.

    >>> printed_date("Nieuws | 1 september 2025\nTekst"), printed_date("Verslag")
    ('2025-09-01', None)
    """
    from .letter_dates import letter_date  # (it reads dates with this module's human_date)

    return head_date(text) or letter_date(text)


#: a report on one year: "Jaarverslag 2025", "jaarverslag-pijler-fysiek-2025", "Jaaroverzicht over 2024"
_YEAR_REPORT = re.compile(rf"\bjaar(?:verslag|rapportage|overzicht|bericht|review)\b(?:[^\n]{{0,60}}?)(?<!\d[-–/])\b({_YEAR})\b"
                          rf"(?![-–/]\d)", re.IGNORECASE)


def reported_year(title: str | None, stem: str, date: str | None) -> str | None:
    """The year a report published on ``date`` (ISO) reports on, from its ``title`` or file name
    ``stem``: the year of "Jaarverslag 2025" when it is not after the date's year; else None.

    >>> reported_year("Jaarverslag 2025 Pijler Fysiek", "x", "2026-03-15"), reported_year(None, "jaarverslag-g40-2023", "2024-02-01")
    ('2025', '2023')
    >>> reported_year("Nieuwsbrief 2025", "nieuwsbrief", "2026-01-10"), reported_year("Jaarverslag 2027", "x", "2026-03-01")
    (None, None)
    >>> reported_year("Jaarrapportage 2021-2024", "x", "2025-01-01") is None  # years, not one
    True
    """
    if not date:
        return None
    for text in (title or "", stem.replace("-", " ").replace("_", " ")):
        found = _YEAR_REPORT.search(text)
        if found and found.group(1) <= date[:4]:
            return found.group(1)
    return None


def date_or_period(iso: str | None) -> tuple[str | None, str | None, str | None]:
    """(date, period start, period end) of an inferred date: a day stays a date, a month or a year
    becomes the period of its days (the time filters compare full dates, see :mod:`graph.timefilter`).

    >>> date_or_period("2024-11-05"), date_or_period("2024-02"), date_or_period("2023")
    (('2024-11-05', None, None), (None, '2024-02-01', '2024-02-29'), (None, '2023-01-01', '2023-12-31'))
    """
    if iso is None or len(iso) == 10:
        return iso, None, None
    year, month = int(iso[:4]), int(iso[5:7] or 0)
    if not month:
        return None, f"{year}-01-01", f"{year}-12-31"
    last = (_date(year + month // 12, month % 12 + 1, 1) - _date.resolution).day
    return None, f"{iso}-01", f"{iso}-{last:02d}"


class _TitleParser(HTMLParser):
    """Collects the text of the first ``<title>`` and the first ``<h1>``."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}
        self.open: str | None = None
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "h1") and tag not in self.found and self.open is None:
            self.open, self.parts = tag, []

    def handle_endtag(self, tag):
        if tag == self.open:
            self.found[tag] = " ".join("".join(self.parts).split())
            self.open = None

    def handle_data(self, data):
        if self.open is not None:
            self.parts.append(data)


def html_title(html: str) -> str | None:
    """The ``<title>`` of an HTML page, else its first ``<h1>``, else None.

    >>> html_title("<html><head><title>G40 &amp; EZK</title></head><body><h1>Nieuws</h1></body></html>")
    'G40 & EZK'
    >>> html_title("<p>Geen titel</p><h1> Pijler <b>Sociaal</b> </h1>")
    'Pijler Sociaal'
    """
    title, heading = html_titles(html)
    return title or heading


def html_titles(html: str) -> tuple[str | None, str | None]:
    """The ``<title>`` and the first ``<h1>`` of an HTML page (None for one it lacks).

    >>> html_titles("<title>untitled</title><h1>Nieuws</h1>")
    ('untitled', 'Nieuws')
    """
    parser = _TitleParser()
    parser.feed(parser_safe(html))
    parser.close()
    found = [(parser.found.get(tag) or "").replace("\xa0", " ").strip() or None for tag in ("title", "h1")]
    return found[0], found[1]


#: titles a program writes when nobody gave one: "untitled", "Naamloos document", "Document1",
#: "Microsoft Word - nota.docx", or a file name
_NO_TITLE = re.compile(r"(?:untitled|naamloos|titelloos|no\s+title|geen\s+titel)(?:\s+document)?\d*|document\s*\d*|"
                       r"microsoft\s+\w+\s+-\s+.*|.*\.(?:docx?|pdf|html?|txt|md|odt|rtf|dotx?)", re.IGNORECASE)


def real_title(title: str | None, stem: str = "") -> str | None:
    """``title`` (metadata: a PDF's Title, a Word document's core title, the HTML ``<title>``) when
    it is a real title: not empty, not what a program writes when nobody gave one (:data:`_NO_TITLE`),
    not the file's name ``stem``, not an addressee line or masthead ("STAATSCOURANT",
    :func:`is_address_or_masthead`); else None.

    >>> real_title("Brief minister van EZK aan G40 over Regio Deals"), real_title("Microsoft Word - memo.docx")
    ('Brief minister van EZK aan G40 over Regio Deals', None)
    >>> real_title("Untitled"), real_title("verslag_2024.pdf"), real_title("memo-g40", "memo-g40")
    (None, None, None)
    """
    title = " ".join((title or "").split())
    if not title or _NO_TITLE.fullmatch(title) or title.lower() == stem.lower() or is_address_or_masthead(title):
        return None
    return title


#: the subject of a letter: "Onderwerp: …", "Betreft: …", "Betr.: …", an English-language mail's "Subject: …";
#: a Kamerbrief's "Betreft Woondeal …" (the Rijkshuisstijl's label column, no colon)
_SUBJECT = re.compile(r"^\s*(?:(?:onderwerp|betreft|betr\.|subject)\s*:|(?P<bare>betreft)(?:\s|$))\s*(.*?)\s*$",
                      re.IGNORECASE)
#: a letter's subject line is among its first this many non-empty lines (under the address block)
SUBJECT_LINES = 15
#: … or further down, while the head goes on (a ministry's letterhead: address, kenmerk, bijlagen), up to this line
SUBJECT_HEAD_MAX = 40
#: where a letter's head ends: its salutation ("Geachte voorzitter,")
_SALUTATION = re.compile(r"(?:geachte|beste|dear|hallo|hoi)\b", re.IGNORECASE)


def subject_title(text: str) -> str | None:
    """The subject of a letter: what its "Onderwerp:" or "Betreft:" line says (or, when that
    line says nothing more, the line under it), among the first :data:`SUBJECT_LINES` lines or
    further down in the head (up to :data:`SUBJECT_HEAD_MAX` lines, before the salutation and the
    first paragraph). A bare "Betreft Woondeal …" (no colon, a Kamerbrief's layout) counts when
    what follows is a title, not a sentence.

    >>> subject_title("Den Haag, 2 februari 2024\\nAan het bestuur van de G40\\nOnderwerp: Regio Deals\\nGeachte heer,")
    'Regio Deals'
    >>> subject_title("Betreft:\\n\\nWoningbouw in Breda\\nBeste Jan,"), subject_title("Geachte heer,\\nHet onderwerp: geld.")
    ('Woningbouw in Breda', None)
    >>> subject_title("Aan de Voorzitter van de Tweede Kamer\\nDatum 14 maart 2024\\nBetreft Woondeal Noord\\nGeachte voorzitter,")
    'Woondeal Noord'
    >>> subject_title("Postbus 1\\n" * 20 + "Betreft: Regio Deals\\nGeachte voorzitter,")
    'Regio Deals'
    >>> subject_title("Geachte heer,\\n" + "Tekst\\n" * 20 + "Betreft: Regio Deals"), subject_title("Betreft het volgende.")
    (None, None)
    """
    lines = [line.strip() for line in text.split("\n", 4 * SUBJECT_HEAD_MAX)[: 4 * SUBJECT_HEAD_MAX] if line.strip()]
    lines = lines[:SUBJECT_HEAD_MAX]
    head_ended = False
    for number, line in enumerate(lines):
        head_ended = head_ended or bool(_SALUTATION.match(line)) or len(line) > _LONG_LINE
        if number >= SUBJECT_LINES and head_ended:
            return None
        found = _SUBJECT.match(line)
        if found:
            subject = found[2] or (lines[number + 1] if number + 1 < len(lines) else "")
            if found["bare"] and not _is_title_line(subject):
                continue
            return subject[:TITLE_MAX].strip() or None
    return None


def markdown_title(markdown: str) -> str | None:
    """The first level-1 heading (``# …``) of a Markdown text, None when it has none.

    >>> markdown_title("Intro\\n\\n# Programmaplan Regio Deal Twente #\\n## 1. Aanleiding")
    'Programmaplan Regio Deal Twente'
    """
    match = re.search(r"^[ \t]{0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", markdown, re.M)
    return (match[1].strip() or None) if match else None


#: a first line that only names the kind of document ("AGENDA", "Notulen:"): the line under it names the meeting
_GENRE_LINE = re.compile(r"(agenda|notulen|verslag|uitnodiging|memo|nieuwsbrief)\s*:?", re.IGNORECASE)
#: a header field under it ("Aan: de G40", "Datum: …"), not the meeting's name
_FIELD_LINE = re.compile(r"[^\W\d_]+\s*:")


def is_genre_line(line: str) -> bool:
    """``line`` only names the kind of document ("Agenda", "NOTULEN:"), as a title it says too little.

    >>> is_genre_line("Agenda"), is_genre_line("Agenda BO Wonen")
    (True, False)
    """
    return _GENRE_LINE.fullmatch(line.strip()) is not None


def _is_title_line(line: str) -> bool:
    """``line`` is short, not a sentence (it ends in ".", ",", ";" or ":") and more than a date."""
    return len(line) <= TITLE_MAX and not line.endswith((".", ",", ";", ":")) and not _just_a_date(line)


#: a letter's addressee line, no title: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
#: "Aan: het bestuur", "t.a.v. de heer …" (not "Aan de slag met …", a title)
_ADDRESSEE_LINE = re.compile(
    r"(?:aan\s*:|t\.\s*a\.\s*v\.|ter\s+attentie\s+van\b|aan\s+(?:de|het)\s+(?:vaste\s+)?(?:voorzitters?|leden|colleges?|"
    r"bestuur|gemeenteraad|raad|provinciale\s+staten|gedeputeerde\s+staten|tweede\s+kamer|eerste\s+kamer|ministers?|"
    r"staatssecretaris|directeur|directie|wethouders?|burgemeester|griffie|griffier|commissie)\b).*", re.IGNORECASE)
#: a publication's masthead, no title: "STAATSCOURANT", "GEMEENTEBLAD", "PROVINCIAAL BLAD",
#: "Officiële uitgave van het Koninkrijk der Nederlanden sinds 1814.", "Nr. 4821, 14 februari 2023"
_JOURNAL_LINE = re.compile(
    r"(?:staatscourant|staatsblad|gemeenteblad|provinciaal\s+blad|waterschapsblad|tractatenblad|"
    r"blad\s+gemeenschappelijke\s+regeling)(?:\s+van\s+het\s+koninkrijk\s+der\s+nederlanden)?|"
    r"offici[eë]le\s+uitgave\s+van\b.*", re.IGNORECASE)
#: … with the issue's number or volume under it
_MASTHEAD_LINE = re.compile(rf"{_JOURNAL_LINE.pattern}|(?:nr\.?|nummer)\s*\d[\d.]*(?:\W.*)?|jaargang\s+\d{{4}}\b.*",
                            re.IGNORECASE)
#: a regeling's citeertitel in brackets at the end of its title line: "… (Regeling specifieke uitkering X 2023)"
_CITEERTITEL = re.compile(r"\(([^()]{5,%d})\)\.?$" % TITLE_MAX)


def is_address_or_masthead(line: str) -> bool:
    """``line`` is a letter's addressee line or a publication's masthead: as a title it names the
    reader or the journal, not the document.

    >>> is_address_or_masthead("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"), is_address_or_masthead("STAATSCOURANT")
    (True, True)
    >>> is_address_or_masthead("Aan de slag met de wijkaanpak"), is_address_or_masthead("Nr. 12345")
    (False, True)
    """
    line = line.strip()
    return bool(_ADDRESSEE_LINE.fullmatch(line) or _MASTHEAD_LINE.fullmatch(line))


def publication_title(line: str) -> str:
    """The title of a publication (a regeling in the Staatscourant, a verordening in a
    Gemeenteblad) from the line under its masthead: the citeertitel in brackets at its end, else
    the line, cut at a word before :data:`TITLE_MAX` characters.

    >>> publication_title("Regeling van de Minister van BZK van 9 februari 2023, nr. 2023-1, houdende regels (Regeling X 2023)")
    'Regeling X 2023'
    >>> publication_title("Instellingsbesluit Regiegroep Wijken")
    'Instellingsbesluit Regiegroep Wijken'
    >>> publication_title("Regeling van de Minister " + "van Binnenlandse Zaken " * 6 + "houdende regels")
    'Regeling van de Minister van Binnenlandse Zaken van Binnenlandse Zaken van Binnenlandse Zaken van Binnenlandse Zaken …'
    """
    cited = _CITEERTITEL.search(line)
    if cited and cited[1][:1].isupper():
        return cited[1].strip()
    if len(line) <= TITLE_MAX:
        return line
    return line[:TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def text_title(text: str) -> str | None:
    """The first non-empty line of ``text`` when it is short, more than a date, not a sentence
    (it ends in ".", ",", ";" or ":") and not all there is; else None. A first line that is only
    a date ("Nieuws | 14 juni 2023"), an addressee line or a masthead (:func:`is_address_or_masthead`)
    is passed over for the line under it; under a masthead that is the publication's own title
    (:func:`publication_title`). A first line that
    only names the kind of document ("AGENDA", "Notulen", :data:`_GENRE_LINE`) is joined to the
    line under it when that names the meeting: "Agenda – Bestuurlijk overleg …", so a list of
    documents tells a meeting's agenda from its minutes and either from another meeting's.

    >>> text_title("Over ons\\nDe G40 en EZK werken samen.")
    'Over ons'
    >>> text_title("12 juni 2024\\nDe G40 werkt samen."), text_title("De G40 werkt samen.\\nMeer.")
    (None, None)
    >>> text_title("Nieuws | 14 juni 2023\\n\\nZes steden tekenen City Deal\\nUtrecht – Zes steden ...")
    'Zes steden tekenen City Deal'
    >>> text_title("AGENDA\\n\\nBestuurlijk overleg Pijler Fysiek\\nmaandag 2 november 2026")
    'Agenda – Bestuurlijk overleg Pijler Fysiek'
    >>> text_title("Notulen\\nNotulen van de stuurgroep\\nAanwezig: …"), text_title("MEMO\\n12 mei 2025\\nAan: de G40")
    ('Notulen van de stuurgroep', 'MEMO')
    >>> text_title("Memo\\nAan: het bestuur van de G40\\nVan: het bureau")
    'Memo'
    >>> text_title("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\\nDatum 14 maart 2024\\nGeachte voorzitter,\\nTekst.")
    >>> text_title("Nr. 3, juni 2024\\nDe G40 werkt samen.\\nMeer.")
    >>> text_title("GEMEENTEBLAD\\nOfficiële uitgave van de gemeente X\\nNr. 12\\n5 maart 2024\\nVerordening wijkbudgetten\\nArtikel 1")
    'Verordening wijkbudgetten'
    """
    lines = [line.strip() for line in text.strip().split("\n", 12) if line.strip()]
    published = False
    while len(lines) > 1 and (_just_a_date(lines[0]) or is_address_or_masthead(lines[0])):
        published = published or _JOURNAL_LINE.fullmatch(lines[0]) is not None  # not a bare "Nr. 3"
        lines = lines[1:]
    first = lines[0]
    if published and not is_address_or_masthead(first):
        return publication_title(first)
    if len(lines) == 1:
        return None
    genre = _GENRE_LINE.fullmatch(first)
    if genre and _is_title_line(lines[1]) and not _FIELD_LINE.match(lines[1]):
        named = lines[1]
        kind = genre[1].capitalize()
        return named if named.lower().startswith(kind.lower()) else f"{kind} – {named}"[:TITLE_MAX]
    return first if _is_title_line(first) else None


def _just_a_date(line: str) -> bool:
    """``line`` holds a date and fewer than three other words ("Haarlem, 12 maart 2025").

    >>> _just_a_date("Datum: 24 november 2022, 14.00 uur"), _just_a_date("Nieuwe voorzitter sinds mei 2024")
    (True, False)
    """
    if not _line_dates(line):
        return False
    months, _pattern = _months()
    words = [w for w in re.findall(r"[^\W\d_]{3,}", line) if w.lower() not in months and w.lower() != "uur"]
    return len(words) < 3


def undated_warning(documents) -> str | None:
    """One warning naming (the first :data:`UNDATED_NAMES_SHOWN` of) the documents without any date.

    >>> from types import SimpleNamespace as Doc
    >>> undated_warning([Doc(id="a", reference_date=None), Doc(id="b", reference_date="2024")])
    '1 document zonder datum: a (zijn feiten gelden op elke datum; geef een datum in <naam>.meta.json)'
    """
    undated = sorted(d.id for d in documents if not d.reference_date)
    if not undated:
        return None
    names = ", ".join(undated[:UNDATED_NAMES_SHOWN])
    if len(undated) > UNDATED_NAMES_SHOWN:
        names += msg("undated_more", n=len(undated) - UNDATED_NAMES_SHOWN)
    return coded("undated_document" if len(undated) == 1 else "undated_documents", n=len(undated), names=names)


def shown_names(names: list[str]) -> str:
    """The first :data:`UNDATED_NAMES_SHOWN` of ``names``, and how many more, for a warning's one line.

    >>> shown_names(["a", "b"]), shown_names([str(k) for k in range(7)])
    ('a, b', '0, 1, 2, 3, 4 en 2 andere')
    """
    shown = ", ".join(names[:UNDATED_NAMES_SHOWN])
    return shown + msg("undated_more", n=len(names) - UNDATED_NAMES_SHOWN) if len(names) > UNDATED_NAMES_SHOWN else shown


def future_warning(documents, today: str | None = None) -> str | None:
    """One warning naming the documents dated after ``today`` (ISO; default: today): a typo in a date
    ("2027" for "2024") puts every fact of the document in the future, where a question about now does
    not find it. A period that has begun (a report on this year) is not in the future.

    >>> from types import SimpleNamespace as Doc
    >>> future_warning([Doc(id="a", date="2027-03-01", period_start=None), Doc(id="b", date=None, period_start="2026")],
    ...                today="2026-12-04")
    '1 document gedateerd na vandaag: a (2027-03-01); klopt die datum? Geef anders de datum in <naam>.meta.json'

    An agenda or an invitation is dated on its meeting's day by nature (:func:`announces_a_meeting`):

    >>> future_warning([Doc(id="agenda-bo-2026-12-07", date="2026-12-07", period_start=None)], today="2026-12-04") is None
    True
    """
    today = today or _date.today().isoformat()
    dated = ((d, d.date or d.period_start) for d in documents)
    # the date first: the meeting words are looked for in the few documents dated ahead (10,000: 0.07 s)
    future = sorted((d.id, when) for d, when in dated if when and when[:10] > today and not announces_a_meeting(d))
    if not future:
        return None
    names = ", ".join(f"{doc} ({when})" for doc, when in future[:UNDATED_NAMES_SHOWN])
    if len(future) > UNDATED_NAMES_SHOWN:
        names += msg("undated_more", n=len(future) - UNDATED_NAMES_SHOWN)
    return coded("future_document" if len(future) == 1 else "future_documents", n=len(future), names=names)


def future_meeting_warning(documents, today: str | None = None) -> str | None:
    """One line naming the agendas and invitations (:func:`announces_a_meeting`) dated after ``today``:
    no typo (:func:`future_warning` leaves them out), but their facts (who comes, who speaks) hold from
    the meeting's day, so a stand of today (``--as-of`` today) leaves them out while a question without
    a time shows them; the line says so, and shows the date, so that a typo ("2062") is seen too
    (walkthrough 20, finding 3).

    >>> from types import SimpleNamespace as Doc
    >>> future_meeting_warning([Doc(id="agenda-bo", date="2027-04-15", period_start=None)], today="2026-12-06")
    '1 agenda of uitnodiging voor na vandaag: agenda-bo (2027-04-15); de feiten erin gelden vanaf die dag (niet in --as-of vandaag)'
    """
    today = today or _date.today().isoformat()
    # the date first, as future_warning does: the meeting words are looked for in the few documents dated
    # ahead (10,000 documents: 40 ms of CPU for the words of every id and title, now none)
    future = sorted((d.id, d.date or d.period_start) for d in documents
                    if (d.date or d.period_start or "")[:10] > today and announces_a_meeting(d))
    if not future:
        return None
    names = shown_names([f"{doc} ({when})" for doc, when in future])
    return coded("future_meeting" if len(future) == 1 else "future_meetings", n=len(future), names=names)


#: a document that announces a meeting, by a word of its title or file name: an agenda, an invitation
_MEETING_WORDS = re.compile(r"(?<![^\W\d_])(?:agenda|uitnodiging|vergaderstukken|convocatie)(?![^\W\d_])", re.IGNORECASE)


def announces_a_meeting(document) -> bool:
    """Whether ``document`` (its id and title) is an agenda or an invitation, which is dated on the
    day of the meeting it announces, ahead of today (walkthrough 19, finding 7).

    >>> from types import SimpleNamespace as Doc
    >>> announces_a_meeting(Doc(id="x", title="Uitnodiging BO Pijler Fysiek")), announces_a_meeting(Doc(id="agendering"))
    (True, False)
    """
    return any(_MEETING_WORDS.search(text or "") for text in (document.id, getattr(document, "title", None)))


CATALOGUE.update({
    "future_meeting": {
        "nl": "1 agenda of uitnodiging voor na vandaag: {names}; de feiten erin gelden vanaf die dag (niet in --as-of vandaag)",
        "en": "1 agenda or invitation for after today: {names}; its facts hold from that day (not in --as-of today)"},
    "future_meetings": {
        "nl": "{n} agenda's of uitnodigingen voor na vandaag: {names}; de feiten erin gelden vanaf die dag (niet in "
              "--as-of vandaag)",
        "en": "{n} agendas or invitations for after today: {names}; their facts hold from that day (not in --as-of "
              "today)"},
    "future_document": {
        "nl": "1 document gedateerd na vandaag: {names}; klopt die datum? Geef anders de datum in <naam>.meta.json",
        "en": "1 document dated after today: {names}; is that date right? If not, give the date in <name>.meta.json"},
    "future_documents": {
        "nl": "{n} documenten gedateerd na vandaag: {names}; kloppen die datums? Geef anders de datum in "
              "<naam>.meta.json",
        "en": "{n} documents dated after today: {names}; are those dates right? If not, give the date in "
              "<name>.meta.json"},
    "undated_document": {
        "nl": "1 document zonder datum: {names} (zijn feiten gelden op elke datum; geef een datum in "
              "<naam>.meta.json)",
        "en": "1 document without a date: {names} (its facts hold at every date; give a date in "
              "<name>.meta.json)"},
    "undated_documents": {
        "nl": "{n} documenten zonder datum: {names} (hun feiten gelden op elke datum; geef een datum in "
              "<naam>.meta.json)",
        "en": "{n} documents without a date: {names} (their facts hold at every date; give a date in "
              "<name>.meta.json)"},
    "undated_more": {"nl": " en {n} andere", "en": " and {n} more"},
})


def period_text(start: str | None, end: str | None) -> str | None:
    """When a fact holds, as short as it is exact: a whole year or month by its name, a span with
    both ends, else its start (a document about 2021 holds "2021", not "2021-01-01"; a dated news
    item holds on its day).

    >>> period_text("2021-01-01", "2021-12-31"), period_text("2024-02-01", "2024-02-29")
    ('2021', '2024-02')
    >>> period_text("2019-05-01", "2023-06-30"), period_text("2022-10-06", "2022-10-06")
    ('2019-05-01 – 2023-06-30', '2022-10-06')
    >>> period_text("2022-03-01", None), period_text(None, None)
    ('2022-03-01', None)
    """
    if not (start and end) or start == end or len(start) != 10 or len(end) != 10:
        return start
    if start[4:] == "-01-01" and end[4:] == "-12-31" and start[:4] == end[:4]:
        return start[:4]
    last_day = calendar.monthrange(int(end[:4]), int(end[5:7]))[1]
    if start[:7] == end[:7] and start[8:] == "01" and int(end[8:]) == last_day:
        return start[:7]
    return f"{start} – {end}"
