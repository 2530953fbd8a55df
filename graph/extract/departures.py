"""Leaving the office named before the name: "De wethouders A en B hebben op 13 mei 2026 afscheid
genomen", "Wethouder A vertrekt per 1 juni 2026", "het ontslag van wethouder A per 1 september 2026"
(walkthrough 23, finding 1). The sentence ends that office, it does not affirm it: the role read
off "wethouder A" (``roles.before-name``) ends the day before the day of leaving, as a departure
"per" a day does (``valid_until`` is the last day in office, docs/architecture.md, "Time"), and is
past where that day is before the document's. The leaving has no object of its own: "neemt
afscheid van de VNG", "stopt als voorzitter", "vertrekt bij X" leave something else
(:mod:`graph.extract.left_bodies`, :mod:`graph.extract.role_past`).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Gemeente Ede\\n\\nDe wethouders Eva Kok en Jan Smit hebben op 13 mei 2026 afscheid genomen."
>>> sorted((r.subject.text, r.past, r.valid_until) for r in
...        extract("d", text, gazetteer=load_gazetteer(), date="2026-05-20").relations if r.role == "wethouder")
[('Eva Kok', True, '2026-05-12'), ('Jan Smit', True, '2026-05-12')]
"""

from __future__ import annotations

import calendar
import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import (_ON_DAY, MONTH_NAMES, MONTHS, _parse, change_date, dated_leaving, day_before, last_day_in,
                      last_month_up_to, precision)

__all__ = ["departure_end", "departure_time", "ended_membership", "month_of_leaving", "left_in"]

#: a word between the leaving verb's parts that is no object of its own ("als", "van", "bij" … are)
_WORD = r"(?!(?:als|van|bij|uit|met|naar|voor|in)\b)[\w.-]+\s+"
#: a word of a date between a verb and its particle: "ging in 2023 met pensioen", "die per 1 juni 2025 is vertrokken"
_DATE_WORD = r"(?:in|per|op|eind|begin|medio|\d{1,4}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+"
#: the leaving verb right after the names, closing its clause: "hebben op 13 mei afscheid genomen",
#: "neemt per 1 juni afscheid", "vertrekt per 1 juni", "treedt per 1 juni af", "is vertrokken", "ging in 2023
#: met pensioen", "…, die per 1 juni is vertrokken"
_LEAVES_AFTER = re.compile(
    rf"(?:\s+van\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|\s*\([^()]{{1,60}}\))?"  # "Wethouder A van Ede", "A (Ede)"
    rf"(?:\s+|(?=,))(?:(?:hebben|heeft|had|hadden)\s+(?:{_WORD}){{0,5}}?afscheid\s+genomen|"
    rf"(?:neemt|nemen|nam|namen)\s+(?:{_WORD}){{0,5}}?afscheid|"
    # resigning: "heeft per 1 oktober ontslag genomen", "neemt ontslag", in a subordinate clause "(dat wethouder A)
    # per 1 oktober 2025 ontslag heeft genomen", also "afscheid heeft genomen" (walkthrough 39, finding 3)
    rf"(?:hebben|heeft|had|hadden)\s+(?:{_WORD}){{0,5}}?ontslag\s+genomen|"
    rf"(?:neemt|nemen|nam|namen)\s+(?:{_WORD}){{0,5}}?ontslag|"
    rf"(?:{_WORD}){{0,5}}?(?:afscheid|ontslag)\s+(?:heeft|hebben|had|hadden)\s+genomen|"
    rf"(?:vertrekt|vertrekken|vertrok|vertrokken|stopt|stoppen|stopte|stopten)(?:\s+(?:{_WORD}){{0,4}}?[\w.-]+)?|"
    rf"(?:treedt|treden|trad|traden)\s+(?:{_WORD}){{0,5}}?af|"
    rf"(?:is|zijn|was|waren)\s+(?:{_WORD}){{0,5}}?(?:vertrokken|afgetreden|gestopt)|"
    rf"(?:gaat|gaan|ging|gingen)\s+(?:{_DATE_WORD}){{0,4}}?met\s+pensioen|"  # "ging in 2023 met pensioen" (round 56t)
    rf"(?:is|zijn|was|waren)\s+(?:{_DATE_WORD}){{0,4}}?met\s+pensioen\s+gegaan|"
    # a relative clause after the name, its verb last: "…, die per 1 juni 2025 is vertrokken" (round 56t)
    rf",\s+die\s+(?:{_DATE_WORD}){{0,4}}?(?:(?:is|was)\s+(?:vertrokken|afgetreden|gestopt|met\s+pensioen\s+gegaan)|"
    rf"vertrok|aftrad|stopte|met\s+pensioen\s+ging))\s*(?=[.;:]|$)",
    re.IGNORECASE)
#: leaving the board of mayor and aldermen in a relative clause after the name, perhaps with its purpose after it:
#: "wethouder A, die het college verliet om directeur te worden van B, …" (round 57t)
_LEFT_THE_BOARD = re.compile(
    rf"(?:\s*\([^()]{{1,60}}\))?,\s+die\s+(?:{_DATE_WORD}){{0,4}}?het\s+college\s+(?:verliet|(?:heeft|had)\s+verlaten)"
    r"(?=\s*(?:[.;:,]|$)|\s+om\s)", re.IGNORECASE)


def _leaves(text: str, start: int, end: int):
    """The leaving told right after the names (:data:`_LEAVES_AFTER`, :data:`_LEFT_THE_BOARD`), or None."""
    return _LEAVES_AFTER.match(text, start, end) or _LEFT_THE_BOARD.match(text, start, end)


#: the leaving as a noun right before the role word: "(kennis van) het ontslag van wethouder A", "Vertrek wethouder A"
_LEAVING_NOUN = re.compile(r"\b(?:het\s+|de\s+)?(?:ontslag|vertrek|aftreden|opvolging)\s+(?:van\s+)?(?:de\s+)?$", re.IGNORECASE)
#: taking leave, told as done, of one of the writer's own named after their office: "In oktober namen we afscheid van
#: onze vicevoorzitter A", "hebben wij afscheid genomen van onze secretaris A" (round 60s): A left that office
_FAREWELL_TO = re.compile(r"\b(?:(?:nam|namen)\s+(?:[\w-]+\s+){0,4}?afscheid|(?:hebben|heeft|had|hadden)\s+(?:[\w-]+\s+){0,4}?"
                          r"afscheid\s+genomen)\s+van\s+(?:onze|ons|hun|zijn|haar|de|het)\s+$", re.IGNORECASE)
#: the month of a farewell told before it: "In oktober namen we afscheid", "In oktober 2024 hebben we …"
_IN_MONTH = re.compile(rf"(?:(?<=\s)|^)[Ii]n\s+(?P<month>{'|'.join(sorted(MONTH_NAMES))})(?:\s+(?P<year>(?:19|20)\d\d))?\b")
#: names in a row: "A en B", "A, B en C"
_BETWEEN_NAMES = re.compile(r"\s*(?:,|\ben\b)\s*")


def departure_end(ctx: DocContext, sentence: Sentence, role_start: int, targets: list[Mention]) -> str | None:
    """The last day in office of ``targets``, named after a role word at ``role_start``, where the
    sentence says they leave it: the day before the day it gives ("op 13 mei 2026", "per 1 juni
    2026"), the last day of a month or year ("in mei 2026"), else the document's date (they had left
    by then); None where the sentence does not say they leave.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> def ends(text):
    ...     return sorted((r.subject.text, r.object.text, r.past, r.valid_until) for r in extract(
    ...         "d", "Gemeente Ede\\n\\n" + text, gazetteer=load_gazetteer(), date="2026-08-25").relations if r.role == "wethouder")
    >>> ends("Het college neemt kennis van het ontslag van wethouder Eva Kok per 1 september 2026.")
    [('Eva Kok', 'Ede', False, '2026-08-31')]
    >>> ends("Wethouder Eva Kok neemt afscheid van de VNG.")  # she left the VNG, not her office
    [('Eva Kok', 'Ede', False, None), ('Eva Kok', 'VNG', True, None)]
    >>> ends("Wethouder Eva Kok stopt als voorzitter.")
    [('Eva Kok', 'Ede', False, None)]
    >>> ends("In mei namen we afscheid van onze wethouder Eva Kok.")  # a month of the document's year, told as done
    [('Eva Kok', 'Ede', True, '2026-05-31')]
    >>> ends("In mei sprak de raad met onze wethouder Eva Kok.")
    [('Eva Kok', 'Ede', False, None)]
    """
    leaving = _leaving(ctx, sentence, role_start, targets)
    return None if leaving is None else leaving[0]


def _leaving(ctx: DocContext, sentence: Sentence, role_start: int, targets: list[Mention]
             ) -> tuple[str | None, re.Match | None] | None:
    """Where the sentence says ``targets`` (names in a row after the role word at ``role_start``) leave:
    :func:`departure_end`'s last day in office, and the leaving verb after the names (None where only a noun
    before the role word tells it, "het ontslag van wethouder A"); None where it does not say so."""
    if not targets or targets[0].start < role_start:
        return None
    text, last = ctx.text, targets[-1]
    for before, after in zip(targets, targets[1:]):
        if not _BETWEEN_NAMES.fullmatch(text, before.end, after.start):
            return None
    noun = _LEAVING_NOUN.search(text, sentence.start, role_start)
    leaves = _leaves(text, last.end, sentence.end) or _leaves_as_that(text, role_start, last.end, sentence.end)
    farewell = _FAREWELL_TO.search(text, sentence.start, role_start) if noun is None and leaves is None else None
    if noun is None and leaves is None and farewell is None:
        return None
    clause_end = leaves.end() if leaves is not None else _clause_end(text, last.end, sentence.end)
    if farewell is not None and change_date(text, last.end, clause_end, year=ctx.date) is None:
        month = month_of_leaving(text, sentence.start, farewell.start(), ctx.date)
        if month is not None:
            return month, leaves
    return _last_day(ctx, last.end, clause_end), leaves


def month_of_leaving(text: str, start: int, end: int, date: str | None) -> str | None:
    """The last day of the one month "in" which ``text[start:end]``, the words around a leaving told as done,
    says it was: "In oktober namen we afscheid van onze vicevoorzitter A", "A verliet het bureau in november"
    (round 60s). Without its year the
    month is of the document's year, or of the year before where it would fall after the document's date (a
    New Year's letter of January looks back on October); without a document date, none.

    >>> month_of_leaving("In oktober namen we afscheid", 0, 10, "2025-01-08"), month_of_leaving("In mei 2023 nam", 0, 12, None)
    ('2024-10-31', '2023-05-31')
    >>> month_of_leaving("In oktober", 0, 10, None), month_of_leaving("In oktober en in november", 0, 25, "2025-01-08")
    (None, None)
    """
    found = list(_IN_MONTH.finditer(text, start, end))
    if len(found) != 1:
        return None
    number = MONTHS[found[0].group("month").lower()]
    if not found[0].group("year"):
        return last_month_up_to(number, date)
    year = int(found[0].group("year"))
    return f"{year:04d}-{number:02d}-{calendar.monthrange(year, number)[1]:02d}"


#: the office named again after the leaving, closing the clause: "… heeft per 1 februari afscheid genomen als wethouder."
_AS_ROLE_LAST = re.compile(r"\s+als\s+(?P<role>[^\W\d_][\w-]*)\s*(?=[.;:]|$)")
_ROLE_WORD = re.compile(r"[^\W\d_][\w-]*")


def _leaves_as_that(text: str, role_start: int, start: int, end: int):
    """:func:`_leaves` for a leaving that names the office again after "als": "Wethouder A van Ede heeft per 1
    februari 2026 afscheid genomen als wethouder" leaves the office of the role word at ``role_start``
    (walkthrough 38, finding 5); "Wethouder A stopt als voorzitter" leaves another post, so None.

    >>> text = "Wethouder Eva Kok heeft per 1 februari 2026 afscheid genomen als wethouder."
    >>> _leaves_as_that(text, 0, 17, len(text)) is not None
    True
    >>> text = "Wethouder Eva Kok stopt als voorzitter."
    >>> _leaves_as_that(text, 0, 17, len(text)) is None
    True
    """
    role = _ROLE_WORD.match(text, role_start)
    again = next((m for m in _AS_ROLE_LAST.finditer(text, start, end)), None)
    if role is None or again is None or again.group("role").lower() != role.group(0).lower():
        return None
    return _leaves(text, start, again.start())


#: the leaving told as done: "ging in 2023 met pensioen", "die per 1 juni is vertrokken", "hebben afscheid genomen"
_DONE = re.compile(r"\b(?:had|hadden|heeft|hebben|nam|namen|vertrok|vertrokken|stopte|stopten|trad|traden|aftrad|is|zijn|"
                   r"was|waren|ging|gingen|verliet)\b", re.IGNORECASE)


def departure_time(ctx: DocContext, sentence: Sentence, role_start: int, targets: list[Mention]
                   ) -> tuple[str, str | None, bool] | None:
    """:func:`departure_end` with the end's precision ("ging in 2023 met pensioen": "year", see :func:`left_in`)
    and whether the leaving is told as done (a past tense or a perfect; round 56t): in a document without a
    date that makes the office past. None where the sentence does not say they leave."""
    until, leaves = _leaving(ctx, sentence, role_start, targets) or (None, None)
    if until is None:
        return None
    if leaves is None:
        return until, None, False
    within = left_in(ctx.text, leaves.start(), leaves.end(), year=ctx.date)
    return until, within[1] if within and within[0] == until else None, bool(_DONE.search(leaves.group()))


def _last_day(ctx: DocContext, start: int, end: int) -> str | None:
    """The last day before the leaving the text from ``start`` to ``end`` dates: the last day of the month or
    year it gives ("in mei 2026", "ging in 2023 met pensioen": held in that month or year, round 56t; see
    :func:`left_in`), the day before the day it gives ("per 1 juni 2026": 31 May), else the document's date
    (left by then)."""
    within = left_in(ctx.text, start, end, year=ctx.date)
    if within is not None:
        return within[0]
    day = change_date(ctx.text, start, end, year=ctx.date)
    if day is not None:
        return day_before(day)
    return ctx.date[:10] if ctx.date else None


def left_in(text: str, start: int, end: int, *, year: str | None = None) -> tuple[str, str | None] | None:
    """The last day (and its precision) of the one month or year "in" which ``text[start:end]`` says the leaving
    was, where it gives no day ("per 1 juni", "op 13 mei"): the office was held in it (round 56t).

    >>> left_in("ging in 2023 met pensioen", 0, 25), left_in("vertrekt per 1 juni 2026", 0, 24)
    (('2023-12-31', 'year'), None)
    """
    last = last_day_in(text[start:end], year=year)
    if last is None or _ON_DAY.search(text, start, end):
        return None
    days = [_parse(m.groupdict(), "e", None, None) for m in dated_leaving(text, start, end)]
    if not days:  # "verliet het bureau in november": a month without its year (round 60g)
        return last, "month"
    return (days[0][1].isoformat(), precision(days[0])) if len(days) == 1 and days[0] is not None else None


def _clause_end(text: str, start: int, stop: int) -> int:
    """Where the clause after ``start`` ends: its semicolon, else ``stop``."""
    found = text.find(";", start, stop)
    return stop if found < 0 else found


#: ending one's membership: "heeft (per 1 december) haar lidmaatschap van (de adviesraad van) X beëindigd"
_MEMBERSHIP = re.compile(r"\b(?:zijn|haar|hun)\s+lidmaatschap\s+van\s+", re.IGNORECASE)
_MEMBERSHIP_ENDED = re.compile(r"\b(?:beëindigd|beëindigt|beëindigen|beëindigde|opgezegd|zegt|zei|zeggen)\b",
                               re.IGNORECASE)
_MEMBER_OF = frozenset({"Organisation", "Ministry", "Municipality", "Province", "OrganisationalUnit", "Programme"})


def ended_membership(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the end of a membership the person ends: "Burgemeester X heeft per 1 december 2026 haar
    lidmaatschap van de adviesraad van Y beëindigd" (``hasRole`` lid of Y, as "Zij is lid van de
    adviesraad van Y" reads, to 30 November 2026; walkthrough 23, finding 1).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Eva Kok heeft per 1 december 2026 haar lidmaatschap van het bestuur van de VNG beëindigd."
    >>> [(r.subject.text, r.object.text, r.role, r.past, r.valid_until) for r in
    ...  extract("d", text, gazetteer=load_gazetteer(), date="2026-12-02").relations if r.rule == "roles.membership-ended"]
    [('Eva Kok', 'VNG', 'lid', True, '2026-11-30')]
    """
    if not persons or "lidmaatschap" not in sentence.text:
        return
    text = ctx.text
    for cue in ctx.asserted_cues(_MEMBERSHIP, sentence):
        clause_end = _clause_end(text, cue.end(), sentence.end)
        ended = _MEMBERSHIP_ENDED.search(text, cue.end(), clause_end)
        holders = [m for m in persons if m.end <= cue.start()]
        if ended is None or not holders:
            continue
        bodies = [m for m in ctx.in_span(cue.end(), ended.start()) if m.type in _MEMBER_OF]
        if not bodies:
            continue
        until = _last_day(ctx, sentence.start, clause_end)
        past = bool(ctx.date and until and until <= ctx.date[:10])
        ctx.add(holders[-1], "hasRole", bodies[-1], sentence, "roles.membership-ended", 0.75, role="lid", past=past,
                until=until)
