"""Time: when a fact holds, ``--at`` / ``--between`` filters, and ministry names by period.

A fact holds within the interval of its evidence (``docs/architecture.md``, "Time"):
``g40:validFrom``/``g40:validUntil`` when the text dates it, else ``dcterms:date`` (the
document's date, a one-day interval), else the document's date or period
(``dcterms:date`` / ``g40:periodStart``–``g40:periodEnd``). A missing bound is open; a fact
with no time at all is kept by every filter (nothing says it is outside).

``--at DATE`` keeps facts whose interval contains DATE; ``--between FROM UNTIL`` keeps facts
whose interval overlaps [FROM, UNTIL]. ``--as-of DATE`` keeps the last known state: facts that
started on or before DATE (a fact dated only by its document starts on that date) and that are not
known to have ended before it (an end the text gives, or the inferred end of a term; never the
document's date, which is when the fact was known, not when it stopped). Named questions get the
same rules in SPARQL through the ``# @time ?ev`` marker (:func:`time_filter`), bound to their
``at``/``from``/``until``/``as_of`` parameters.

Ministries keep one IRI across renamings (TOOI code); their label at a date is the abbreviation
of the name period in force (:func:`ministry_label_at`, read from the graph's ``g40:namePeriod``).

Examples
--------
>>> TimeWindow(at="2021-06-01").contains("2021-01-01", "2021-12-31")
True
>>> TimeWindow(between=("2022-01-01", "2022-12-31")).contains("2021-01-01", "2021-12-31")
False
>>> TimeWindow().contains(None, None)
True
>>> TimeWindow(as_of="2025-06-01").contains("2023-03-01", None)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import InputError
from .messages import CATALOGUE, msg

__all__ = ["TimeWindow", "time_filter", "sparse_optional", "inferred_end_source", "ends_known_after", "fact_interval", "ministry_periods",
           "ministry_name_history", "ministry_name_periods", "ministry_merged_into",
           "ministry_label_at", "ministry_label_in", "ministry_label_over", "fact_label_date", "parse_date",
           "refuse_as_of_with_window", "UNDATED", "undated_shown"]

CATALOGUE.update(
    {
        "time_bad_date": {"nl": "{value!r} is geen datum (JJJJ, JJJJ-MM, JJJJ-MM-DD of 31-01-2024){hint}",
                          "en": "{value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or 31-01-2024){hint}"},
        "time_period_hint": {"nl": "; een periode? gebruik --between {start} {end}",
                             "en": "; a period? use --between {start} {end}"},
        "time_quarter_hint": {"nl": "; een kwartaal? gebruik --between {start} {end}",
                              "en": "; a quarter? use --between {start} {end}"},
        "time_both": {"nl": "geef --at of --between, niet allebei", "en": "give --at or --between, not both"},
        "time_as_of_both": {"nl": "geef --as-of of --at/--between, niet samen",
                            "en": "give --as-of or --at/--between, not together"},
        "time_order": {"nl": "--between: {start} ligt na {end}", "en": "--between: {start} is after {end}"},
        "time_between_pair": {"nl": "between: geef twee datums, begin en einde (in Python between=(\"2024-01-01\", "
                                    "\"2024-12-31\")), niet {given!r}; één jaar of maand: at=\"2024\"",
                              "en": "between: give two dates, start and end (in Python between=(\"2024-01-01\", "
                                    "\"2024-12-31\")), not {given!r}; one year or month: at=\"2024\""},
    }
)

#: what a table people read shows in the start column of a fact with no time at all, under a window
UNDATED = {"nl": "zonder datum", "en": "undated"}


def parse_date(value: str | None) -> str | None:
    """ISO date text (``2021``, ``2021-06`` and ``2021-06-01`` accepted, a month or year as its first day) or None;
    a date as Dutch writes it ("7-12-2026", "7 december 2026") is read by the command line's parser,
    :func:`graph.docdate.human_date`, so a web form and a question's ``-p at=`` take what ``--as-of`` takes
    (walkthrough 21, finding 10).

    >>> parse_date("7-12-2026"), parse_date("december 2026"), parse_date("2026")
    ('2026-12-07', '2026-12-01', '2026-01-01')
    """
    from .docdate import typed_date

    if value is None or value == "":
        return None
    text = str(value).strip()
    text = typed_date(text) or text
    for padded in (text, text + "-01", text + "-01-01"):
        try:
            return date.fromisoformat(padded).isoformat()
        except ValueError:
            continue
    raise InputError(msg("time_bad_date", value=text, hint=_period_hint(text)))


_YEARS = re.compile(r"(\d{4})\s*(?:-|–|/|t/m|tot)\s*(\d{4})")
_QUARTER = re.compile(r"(?:[Qq]([1-4])\s*[-/ ]?\s*(\d{4})|(\d{4})\s*[-/ ]?\s*[Qq]([1-4]))")


def _period_hint(text: str) -> str:
    """What a date that is a period meant ("2023-2024", "Q1 2024", "2024-Q1"): the ``--between`` that asks it
    (walkthrough 20, finding 13); empty for anything else.

    >>> _period_hint("2023-2024"), _period_hint("Q1 2024"), _period_hint("2024-Q4"), _period_hint("gisteren")
    ('; een periode? gebruik --between 2023 2024', '; een kwartaal? gebruik --between 2024-01 2024-03', \
'; een kwartaal? gebruik --between 2024-10 2024-12', '')
    """
    years = _YEARS.fullmatch(text)
    if years and years[1] <= years[2]:
        return msg("time_period_hint", start=years[1], end=years[2])
    quarter = _QUARTER.fullmatch(text)
    if quarter:
        number, year = int(quarter[1] or quarter[4]), quarter[2] or quarter[3]
        return msg("time_quarter_hint", start=f"{year}-{3 * number - 2:02d}", end=f"{year}-{3 * number:02d}")
    return ""


def refuse_as_of_with_window(as_of, *window) -> None:
    """:class:`InputError` when ``as_of`` and any value of a window (``at``, ``between``, ``from``, ``until``) are
    both given: the last known state on a day and the facts of a time are two questions.

    >>> refuse_as_of_with_window("2025", None, "")
    """
    if as_of not in (None, "") and any(value not in (None, "", ()) for value in window):
        raise InputError(msg("time_as_of_both"))


def _whole_period(text: str | None) -> tuple[str, str] | None:
    """The first and last day of a year (``2023``) or a month (``2023-02``); None for a day or anything else.

    >>> _whole_period("2024-02"), _whole_period("2024-02-10")
    (('2024-02-01', '2024-02-29'), None)
    """
    text = str(text or "").strip()
    if not re.fullmatch(r"\d{4}(-\d{2})?", text):
        return None
    from .docdate import date_or_period

    parse_date(text)  # a month 13 is refused here
    _day, first, last = date_or_period(text)
    return first, last


@dataclass(frozen=True)
class TimeWindow:
    """``at`` (one day), ``between`` (two ISO dates) or ``as_of`` (the last known state on a day);
    empty means "any time".

    A year or a month means all of its days: ``at="2023"`` is ``between=("2023-01-01", "2023-12-31")``
    (most facts hold on the day of their document, so one day of a year finds little), and the
    end of ``between`` is the last day of its year or month, as is ``as_of`` ("as of 2024" is as of
    its last day).

    >>> TimeWindow(at="2023").between, TimeWindow(between=("2022", "2023-02")).between
    (('2023-01-01', '2023-12-31'), ('2022-01-01', '2023-02-28'))
    >>> TimeWindow(as_of="2024").as_of, TimeWindow(as_of="2024-02").parameters()
    ('2024-12-31', {'as_of': '2024-02-29'})
    >>> TimeWindow(between="2024")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: between: geef twee datums, begin en einde (in Python between=("2024-01-01", "2024-12-31")), niet '2024'; één jaar of maand: at="2024"
    """

    at: str | None = None
    between: tuple[str, str] | None = None
    as_of: str | None = None

    def __post_init__(self):
        if self.between and not (isinstance(self.between, (tuple, list)) and len(self.between) == 2):
            raise InputError(msg("time_between_pair", given=self.between))  # "2024" was read as ("2", "0") (walkthrough 30, finding 5)
        if self.at and self.between:
            raise InputError(msg("time_both"))
        refuse_as_of_with_window(self.as_of, self.at, self.between)
        if self.as_of:
            period = _whole_period(self.as_of)
            object.__setattr__(self, "as_of", period[1] if period else parse_date(self.as_of))
        if self.at and _whole_period(self.at):
            object.__setattr__(self, "between", (self.at, self.at))
            object.__setattr__(self, "at", None)
        if self.at:
            object.__setattr__(self, "at", parse_date(self.at))
        if self.between:
            period = _whole_period(self.between[1])
            start, end = parse_date(self.between[0]), period[1] if period else parse_date(self.between[1])
            if start and end and start > end:
                raise InputError(msg("time_order", start=start, end=end))
            object.__setattr__(self, "between", (start, end))

    def __bool__(self) -> bool:
        return bool(self.at or self.between or self.as_of)

    @property
    def start(self) -> str | None:
        return self.at or (self.between[0] if self.between else None)

    @property
    def end(self) -> str | None:
        return self.at or (self.between[1] if self.between else None)

    @property
    def label_date(self) -> str | None:
        """The date at which names (ministries) are shown: ``at``, ``as_of``, or the end of ``between``."""
        return self.as_of or self.end

    def contains(self, start: str | None, end: str | None) -> bool:
        """Does a fact holding from ``start`` to ``end`` (None: open) fall in this window?

        Under ``as_of``, ``end`` must be the end known from the text or inferred for a term (see
        :func:`time_filter`), not its document's date: a fact is kept when it started on or before
        ``as_of`` and is not known to have ended before it.

        >>> TimeWindow(as_of="2025").contains("2023-01-01", "2024-02-29")
        False

        ``--at`` and ``--between`` read a fact with an end and no start ("X, die tot juli 2019
        voorzitter was") on its last day only: its start is unknown, not open.

        >>> TimeWindow(at="2010-06-01").contains(None, "2023-02-28"), TimeWindow(at="2023-02").contains(None, "2023-02-28")
        (False, True)
        """
        if self.as_of:
            return not (start and start[:10] > self.as_of) and not (end and end[:10] < self.as_of)
        start = start or end  # an end and no start: known to hold on its last day only, not for all earlier time
        if self.start and end and end[:10] < self.start:
            return False
        if self.end and start and start[:10] > self.end:
            return False
        return True

    def parameters(self) -> dict[str, str]:
        """The window as the ``at``/``from``/``until``/``as_of`` parameters of a named question."""
        if self.as_of:
            return {"as_of": self.as_of}
        if self.at:
            return {"at": self.at}
        if self.between:
            return {"from": self.between[0], "until": self.between[1]}
        return {}


def fact_interval(valid_from=None, valid_until=None, fact_date=None, doc_date=None, doc_start=None, doc_end=None,
                  inferred_until=None):
    """(start, end) ISO texts of a fact, by the rule in the module docstring; a term the text dates
    ends where :mod:`graph.tenure` inferred it ends (``inferred_until``) when that is earlier, and a
    term only its document's day dates (a report of a single office) holds from that day to its
    inferred end, the term the tables show, as :func:`time_filter` reads it.

    >>> fact_interval("2022-06-01", None, inferred_until="2024-10-31")
    ('2022-06-01', '2024-10-31')
    >>> fact_interval(None, None, "2023-03-01", inferred_until="2024-10-31")
    ('2023-03-01', '2024-10-31')
    """
    def iso(value):
        return None if value is None else str(value)[:10]

    if valid_from is not None or valid_until is not None:
        end = iso(valid_until)
        if inferred_until is not None and (end is None or iso(inferred_until) < end):
            end = iso(inferred_until)
        return iso(valid_from), end
    if fact_date is not None:
        return iso(fact_date), iso(inferred_until if inferred_until is not None else fact_date)
    if doc_date is not None:
        return iso(doc_date), iso(doc_date)
    return iso(doc_start), iso(doc_end)


def time_filter(evidence: str, as_of: bool = True, ranges: bool = False) -> str:
    """SPARQL group fragment: keep evidence ``?<evidence>`` inside the ``?at`` / ``?from``–``?until`` window,
    or in the last known state at ``?as_of``.

    The variables ``?at``, ``?from``, ``?until`` and ``?as_of`` are the question's parameters (unbound: no
    filter). A term of a single office ends where :mod:`graph.tenure` inferred it ends
    (``g40:inferredUntil``), where the text gives no end or a later one. Works on every SPARQL 1.1 engine: one OPTIONAL per time property, no
    property paths.

    ``?at`` and ``?from``–``?until`` read a fact with an end and no start (``?<evidence>_held``) as
    holding on its last day only: its start is unknown, not open (a term "tot juli 2019" does not
    hold in 2010).

    ``?as_of`` keeps evidence that started on or before it and is not known to have ended before
    it. Its start is the one the text gives (``g40:validFrom``), else its date, else (a fact with an
    end and no start: "Zij volgt X op", X's role until the day before) its document's date or the
    first day of its period: a later document's fact is not known before that document. Its end is the one the text gives (``g40:validUntil``) or one inferred for a term, never
    its document's date (when the fact was known, not when it stopped), nor the end of its
    document's period: a fact dated only by a report on 2021 has that year as its period, which
    the ``EXISTS`` tells from a period the text gives (the fact's period is its document's: it
    starts on the first day of the document's period or date and ends in the last). A term only its
    document dates ends where :mod:`graph.tenure` inferred it ended (a later holder's report or
    start), here as under ``--at`` and ``--between``, which read such a report from its day to that
    end: the term the tables show (``?<evidence>_until``). A fact the
    text says is over (``g40:past``) with no end of its own is in no last known state. A period the
    text gives (``g40:validUntilPrecision``: "in 2024") is an end also where it is its document's
    (round 46g); a start the text gives to the year or month only counts from that period's first
    day, as ``--at`` reads it (the tables show it as "2024"). All of it
    is the first branch of ``IF(BOUND(?as_of), …, true)``, evaluated only when ``?as_of`` is bound:
    rdflib evaluates every operand of ``||`` (an ``EXISTS`` on the right of ``!BOUND(?as_of) ||``
    would run for every row), but only the branch an ``IF`` takes, as Oxigraph does. With
    ``as_of=False`` (a question asked without it) the line is left out: rdflib still pays for
    every ``FILTER`` on every row.

    >>> "?as_of" in time_filter("ev", as_of=False)
    False

    Evidence with no time at all is kept by every window (nothing says it lies outside); it is
    also bound as ``?<evidence>_undated``, so that an answer can count the rows a window keeps
    only for that reason.

    >>> "?ev_undated" in time_filter("ev")
    True

    The inferred ends (:mod:`graph.tenure`: single offices only) are few, so they are read as one
    range of the graph, hash-joined, not looked up per evidence node (:func:`sparse_optional`); the
    text's own period too with ``ranges``, for a question that reads the whole graph (on a bound
    entity's 1,000 evidence nodes the lookups cost less than a range of every dated fact would).

    A fact dated only by its document that :mod:`graph.tenure` says ended before that day (a predecessor's
    role "die de pijler drie jaar leidde" in the news of a takeover some days earlier) has no start: its
    document's day is when it was told, and a start after its end would be no period.

    A mention dated only by its document that announces a start a text states (``g40:inferredFrom``,
    :mod:`graph.announced_starts`: "met X als nieuwe voorzitter" a few days before "met ingang van 16
    november") is read from that start: its day (``?<evidence>_d``) is that start.

    >>> "SELECT *" in time_filter("ev"), time_filter("ev", ranges=True).count("SELECT *")
    (True, 4)
    """
    e = evidence
    period = sparse_optional if ranges else _looked_up
    inferred = sparse_optional(_KNOWN_END_PATTERN.format(e=e) if as_of else f"?{e} g40:inferredUntil ?{e}_iu")
    return f"""{period(f"?{e} g40:validFrom ?{e}_vf")}
  {period(f"?{e} g40:validUntil ?{e}_vu")}
  {inferred}
  {sparse_optional(f"?{e} g40:inferredFrom ?{e}_if")}
  OPTIONAL {{ ?{e} dcterms:date ?{e}_dd }}
  BIND(COALESCE(?{e}_if, ?{e}_dd) AS ?{e}_d){_KNOWN_END_BIND.format(e=e) if as_of else ""}
  BIND(IF(BOUND(?{e}_vf) || BOUND(?{e}_vu), ?{e}_vf, IF(BOUND(?{e}_iu) && ?{e}_iu < ?{e}_d, ?{e}_none, ?{e}_d)) AS ?{e}_start)
  BIND(IF(BOUND(?{e}_vf) || BOUND(?{e}_vu), IF(BOUND(?{e}_iu) && (!BOUND(?{e}_vu) || ?{e}_iu < ?{e}_vu), ?{e}_iu, ?{e}_vu),
          IF(BOUND(?{e}_iu), ?{e}_iu, ?{e}_d)) AS ?{e}_end)
  BIND(IF(BOUND(?{e}_start), ?{e}_start, ?{e}_end) AS ?{e}_held)
  FILTER(!BOUND(?at) || ((!BOUND(?{e}_held) || ?{e}_held <= ?at) && (!BOUND(?{e}_end) || ?at <= ?{e}_end)))
  FILTER(!BOUND(?from) || !BOUND(?{e}_end) || ?from <= ?{e}_end)
  FILTER(!BOUND(?until) || !BOUND(?{e}_held) || ?{e}_held <= ?until){_AS_OF.format(e=e) if as_of else ""}
  BIND(IF(BOUND(?{e}_start) || BOUND(?{e}_end), ?{e}_none, ?{e}) AS ?{e}_undated)"""


#: an inferred end under ``as_of`` (``{e}``: the evidence variable): known on ``?as_of`` when the
#: evidence that ended it (``g40:endedBy``: the next holder, the holder's own stated end, a town's
#: exit) was: its document is dated on or before ``?as_of`` (its date, else the first day of its
#: period; "Per 1 juni 2024 is Y voorzitter" in a document of 2023 ends X's term as of 2023), or the
#: text gives a start on or before it (``validFrom``: "sinds 2020" in a later document, which
#: ``--as-of`` keeps as known then, so it ends the earlier term then too), or an end before it
#: (``validUntil``: "heeft op 13 mei 2026 afscheid genomen" in a letter of 20 May ends the year
#: report's "wethouder X" as of 14 May, as a start stated later counts; round 49a, walkthrough 23
#: finding 4); a correction with none of these is known. Not known: the end is not read
#: (``?{e}_iu`` unbound), so the fact is open, as it was known then (round 40t). The lookups are
#: nested in the inferred end's OPTIONAL.
_KNOWN_END_PATTERN = """?{e} g40:inferredUntil ?{e}_iuall
    OPTIONAL {{ ?{e} g40:endedBy ?{e}_by OPTIONAL {{ ?{e}_by g40:validFrom ?{e}_byf }}
      OPTIONAL {{ ?{e}_by g40:validUntil ?{e}_byu }}
      OPTIONAL {{ ?{e}_by prov:wasDerivedFrom ?{e}_bydoc
        OPTIONAL {{ ?{e}_bydoc dcterms:date ?{e}_byd }} OPTIONAL {{ ?{e}_bydoc g40:periodStart ?{e}_byp }} }} }}"""
_KNOWN_END_BIND = """
  BIND(IF(BOUND(?as_of) && COALESCE(?{e}_byd, ?{e}_byp, ?as_of) > ?as_of && COALESCE(?{e}_byf, ?{e}_byd, ?{e}_byp) > ?as_of
          && COALESCE(?{e}_byu, ?as_of) >= ?as_of,
          ?{e}_none, ?{e}_iuall) AS ?{e}_iu)"""

#: the ``as_of`` line of :func:`time_filter` (``{e}``: the evidence variable). A document's date or period is
#: two OPTIONALs in its EXISTS, not a UNION: rdflib evaluates a UNION on its own, over every document of the
#: graph, for each row (``export --format overzicht`` on 19 documents took over 30 s; walkthrough 24, finding 19)
_AS_OF = """
  FILTER(IF(BOUND(?as_of), IF(BOUND(?{e}_vf), ?{e}_vf <= ?as_of, IF(BOUND(?{e}_d), ?{e}_d <= ?as_of, NOT EXISTS {{
                 ?{e} prov:wasDerivedFrom ?{e}_kdoc .
                 OPTIONAL {{ ?{e}_kdoc dcterms:date ?{e}_kd }} OPTIONAL {{ ?{e}_kdoc g40:periodStart ?{e}_kp }}
                 FILTER(COALESCE(?{e}_kd > ?as_of, false) || COALESCE(?{e}_kp > ?as_of, false)) }}))
         && IF((BOUND(?{e}_vf) || BOUND(?{e}_vu)) && BOUND(?{e}_end) && !(BOUND(?{e}_vu) && ?{e}_end = ?{e}_vu && EXISTS {{
                 ?{e} prov:wasDerivedFrom ?{e}_doc .
                 OPTIONAL {{ ?{e}_doc g40:periodStart ?{e}_ds }} OPTIONAL {{ ?{e}_doc dcterms:date ?{e}_dd }}
                 OPTIONAL {{ ?{e}_doc g40:periodEnd ?{e}_de }}
                 FILTER((STR(?{e}_vf) = SUBSTR(CONCAT(COALESCE(STR(?{e}_ds), "~"), "-01-01"), 1, 10)
                         || STR(?{e}_vf) = SUBSTR(CONCAT(COALESCE(STR(?{e}_dd), "~"), "-01-01"), 1, 10))
                        && (STRSTARTS(STR(?{e}_vu), COALESCE(STR(?{e}_de), "~"))
                            || STRSTARTS(STR(?{e}_vu), COALESCE(STR(?{e}_dd), "~"))))
                 FILTER NOT EXISTS {{ ?{e} g40:validUntilPrecision ?{e}_vup }} }}),
               ?as_of <= ?{e}_end, (!BOUND(?{e}_iu) || ?as_of <= ?{e}_iu) && NOT EXISTS {{ ?{e} g40:past true }}), true))"""


def sparse_optional(pattern: str) -> str:
    """SPARQL group fragment: ``OPTIONAL`` ``pattern`` as a subquery, so that Oxigraph reads the
    pattern's whole range once and hash-joins it (a subquery is evaluated on its own) instead of
    looking it up for every row before it; rdflib still evaluates it once per row, with that row's
    values. The same rows either way (``SELECT *``: the pattern's own variables). For a property
    that few nodes have: a lookup costs about 3.5 µs of CPU at 10^6 triples, a row of a range
    about 0.5 µs.

    >>> sparse_optional("?ev g40:inferredUntil ?ev_iu")
    'OPTIONAL { SELECT * WHERE { ?ev g40:inferredUntil ?ev_iu } }'
    """
    return f"OPTIONAL {{ SELECT * WHERE {{ {pattern} }} }}"


def _looked_up(pattern: str) -> str:
    return f"OPTIONAL {{ {pattern} }}"


def undated_shown(columns: list[str], rows: list[dict], timed: bool, lang: str = "nl") -> tuple[list[str], list[dict]]:
    """A table's ``columns`` and ``rows`` as people read them under a window (``timed``): a window
    keeps every fact with no time at all, so such a row says so instead of showing an empty start
    and end, and an aggregated answer keeps its ``undated`` count (the evidence kept only for that
    reason) where it is not 0. Without a window the count is meaningless and left out. A count per year
    (``collaborations-per-year``) names its row of undated documents so, window or not, where its ``year``
    is empty.

    >>> undated_shown(["label", "start", "end"], [{"label": "a", "start": None, "end": None}], True)
    (['label', 'start', 'end'], [{'label': 'a', 'start': 'zonder datum', 'end': None}])
    >>> undated_shown(["year", "documents"], [{"year": 2024, "documents": 3}, {"year": None, "documents": 1}], False, "en")[1]
    [{'year': 2024, 'documents': 3}, {'year': 'undated', 'documents': 1}]
    >>> undated_shown(["label", "undated"], [{"label": "a", "undated": 0}], True)[0]
    ['label']
    >>> undated_shown(["label", "undated"], [{"label": "a", "undated": 2}], False)[0]
    ['label']
    """
    if not timed or not any(_count(row.get("undated")) for row in rows):
        columns = [c for c in columns if c != "undated"]
    word = UNDATED.get(lang, UNDATED["en"])
    if timed and "start" in columns and "end" in columns:
        rows = [{**row, "start": word} if row.get("start") in (None, "") and row.get("end") in (None, "") else row
                for row in rows]
    if "year" in columns:
        rows = [{**row, "year": word} if row.get("year") in (None, "") else row for row in rows]
    return columns, rows


def _count(value) -> int:
    try:
        return int(str(value)) if value not in (None, "") else 0
    except ValueError:
        return 0


def shown_end(evidence: str) -> str:
    """SPARQL group fragment (after :func:`time_filter`): ``?<evidence>_until``, the end a table shows
    for a fact: the one the text gives (``g40:validUntil``, not a period that is only its document's) or
    the one :mod:`graph.tenure` inferred (``g40:inferredUntil``), the earlier of the two; unbound where
    neither is known. Unlike ``?<evidence>_end``, the interval ``--at``/``--between`` read, it is
    never the document's date: "X is voorzitter" in a news item of 2025-05-12 holds on that day for
    ``--at``, but nothing says it stopped then. A report (a term only its document dates) shows the
    day before a later holder's report or start, as ``--as-of`` reads it.

    The text's end is shown at the precision the text gave it (``g40:validUntilPrecision``): "van 2016
    tot 2019" ends on 2018-12-31 for the filters and shows "2018", "tot april 2019" "2019-03"; an
    inferred end is a day.

    >>> "?ev_until" in shown_end("ev") and "?ev_d" not in shown_end("ev")
    True

    A period that is only its document's (a year report's fact with no time of its own gets the
    report's period, :mod:`graph.document_writer`) is no end a text states: "Wethouder X is lid van de
    pijler" in the report on 2023 of 18 April 2024 still held then, so it shows no end (walkthrough
    23, finding 5), as ``--as-of`` reads no end there (:data:`_AS_OF`).

    >>> "g40:periodStart" in shown_end("ev")
    True
    """
    e = evidence
    return f"""{sparse_optional(f"?{e} g40:validUntilPrecision ?{e}_up")}
  BIND(IF(BOUND(?{e}_iu) && (!BOUND(?{e}_vu) || ?{e}_iu < ?{e}_vu), ?{e}_iu,
          IF(!BOUND(?{e}_vu), ?{e}_none, IF({_document_period_only(e)}, ?{e}_none,
          IF(COALESCE(?{e}_up, "") = "year", SUBSTR(STR(?{e}_vu), 1, 4),
             IF(COALESCE(?{e}_up, "") = "month", SUBSTR(STR(?{e}_vu), 1, 7), ?{e}_vu))))) AS ?{e}_until)"""


def _document_period_only(e: str) -> str:
    """SPARQL expression: is evidence ``?<e>``'s period (``_vf``–``_vu``) only its document's — from the
    first day of the document's period (or date) to the last day it speaks of (its date when that is
    later than its period's end: :func:`graph.document_periods.document_period`), with no precision
    the text gave — not one the text states? A year report's plain past ("X was voorzitter", which
    ends with the year it reports on, :func:`graph.document_periods.reported_period`) is not: it
    keeps that end. Evaluated only where ``_vu`` is bound."""
    return f"""EXISTS {{
                 ?{e} prov:wasDerivedFrom ?{e}_pdoc .
                 OPTIONAL {{ ?{e}_pdoc g40:periodStart ?{e}_pds }} OPTIONAL {{ ?{e}_pdoc dcterms:date ?{e}_pdd }}
                 OPTIONAL {{ ?{e}_pdoc g40:periodEnd ?{e}_pde }}
                 FILTER(STR(?{e}_vf) = SUBSTR(CONCAT(STR(COALESCE(?{e}_pds, ?{e}_pdd)), "-01-01"), 1, 10)
                        && STRSTARTS(STR(?{e}_vu), STR(IF(BOUND(?{e}_pdd) && (!BOUND(?{e}_pde) || STR(?{e}_pdd) > STR(?{e}_pde)),
                                                           ?{e}_pdd, ?{e}_pde))))
                 FILTER NOT EXISTS {{ ?{e} g40:validUntilPrecision ?{e}_pup }} }}"""


def shown_date(day, precision) -> str | None:
    """An ISO day at the precision the text gave it (``g40:validUntilPrecision``), as
    :func:`shown_end` shows it: "year" → "2018", "month" → "2019-03", else the day.

    >>> shown_date("2018-12-31", "year"), shown_date("2019-03-31", "month"), shown_date("2020-05-31", None)
    ('2018', '2019-03', '2020-05-31')
    """
    if day is None:
        return None
    return str(day)[:{"year": 4, "month": 7}.get(str(precision) if precision is not None else "", 10)]


def inferred_end_source(evidence: str) -> str:
    """SPARQL group fragment (after :func:`time_filter`): ``?<evidence>_endedBy``, where an end that
    :mod:`graph.tenure` inferred comes from: the document (or the correction, ``file:line``) naming the
    next holder of the office, or stating the holder's own end or a town's exit. Unbound where the end is the text's own (and no earlier one was
    inferred), or there is none.

    >>> "g40:endedBy" in inferred_end_source("ev")
    True
    """
    e = evidence
    later = f"""?{e} g40:endedBy ?{e}_later .
    OPTIONAL {{ ?{e}_later prov:wasDerivedFrom ?{e}_ldoc . ?{e}_ldoc dcterms:identifier ?{e}_ldid }}
    OPTIONAL {{ ?{e}_later dcterms:source ?{e}_lsrc }}"""
    return f"""{sparse_optional(later)}
  BIND(IF(BOUND(?{e}_iu) && (!BOUND(?{e}_vu) || ?{e}_iu < ?{e}_vu), COALESCE(?{e}_ldid, ?{e}_lsrc),
          ?{e}_none) AS ?{e}_endedBy)"""


_ENDS_KNOWN_AFTER = """
SELECT DISTINCT ?x WHERE {
  VALUES ?as_of { %s }
  ?x g40:inferredUntil ?until ; g40:endedBy ?later .
  OPTIONAL { ?later g40:validFrom ?from }
  OPTIONAL { ?later g40:validUntil ?stated }
  OPTIONAL { ?later prov:wasDerivedFrom ?doc OPTIONAL { ?doc dcterms:date ?date } OPTIONAL { ?doc g40:periodStart ?first } }
  FILTER(COALESCE(?date, ?first, ?as_of) > ?as_of && COALESCE(?from, ?date, ?first) > ?as_of && COALESCE(?stated, ?as_of) >= ?as_of)
}"""


def ends_known_after(dataset, as_of: str) -> set[str]:
    """The evidence (and curated statements) whose inferred end (``g40:inferredUntil``) was not known
    on ``as_of``: the evidence that ended it (``g40:endedBy``: the next holder, the holder's own
    stated end, a town's exit) was not known then: its document is dated after that day (its date,
    else the first day of its period) and the text gives no start on or before it (``validFrom``)
    nor an end before it (``validUntil``: a departure a later letter dates).
    Under ``--as-of`` such a fact shows no inferred end, as it was known then: the rule of
    :func:`time_filter` (``_KNOWN_END_PATTERN``),
    for the exports that read the graph in Python.
    ``as_of`` is bound as an ``xsd:date`` term, never pasted as text.
    """
    from rdflib import Literal
    from rdflib.namespace import XSD

    from .query import run_sparql
    from .questions import sparql_term

    query = _ENDS_KNOWN_AFTER % sparql_term(Literal(parse_date(as_of), datatype=XSD.date))
    return {str(row["x"]) for row in run_sparql(dataset, query, check=False).rows}


_PERIODS_QUERY = """
SELECT ?ministry ?abbreviation ?name ?from ?until WHERE {
  ?ministry a g40:Ministry ; g40:namePeriod ?period .
  ?period g40:abbreviation ?abbreviation .
  OPTIONAL { ?period rdfs:label ?name }
  OPTIONAL { ?period g40:validFrom ?from }
  OPTIONAL { ?period g40:validUntil ?until }
}"""

_PERIOD_CACHE: dict[int, tuple] = {}


def ministry_periods(dataset) -> dict[str, list[tuple[str | None, str | None, str]]]:
    """Ministry IRI → [(from, until, label)], sorted by start (cached per dataset); the label is the
    abbreviation, or the short name where that only clips it (:func:`graph.gazetteer.ministry_label`)."""
    from .per_dataset import per_dataset

    return per_dataset(_PERIOD_CACHE, dataset, lambda: _ministry_periods(dataset))


def _ministry_periods(dataset) -> dict[str, list[tuple[str | None, str | None, str]]]:
    from .gazetteer import ministry_label
    from .query import run_sparql

    periods: dict[str, list] = {}
    for row in run_sparql(dataset, _PERIODS_QUERY, check=False).rows:
        start = str(row["from"]) if row["from"] is not None else None
        end = str(row["until"]) if row["until"] is not None else None
        label = ministry_label(str(row["abbreviation"]), str(row["name"] or ""))  # "Defensie", not "Def"
        periods.setdefault(str(row["ministry"]), []).append((start, end, label))
    for spans in periods.values():
        spans.sort(key=lambda p: p[0] or "")
    return periods


CATALOGUE.update({
    "name_since": {"nl": "{label} (sinds {start})", "en": "{label} (since {start})"},
    "name_until": {"nl": "{label} (tot {end})", "en": "{label} (until {end})"},
    "name_span": {"nl": "{label} ({start} – {end})", "en": "{label} ({start} – {end})"},
    "merged_into": {"nl": "opgegaan in {label} per {day}", "en": "merged into {label} on {day}"},
})


def ministry_name_periods(dataset, ministry: str) -> list[dict]:
    """A ministry's names through time as records ``{"label", "from", "until"}`` (ISO days or None),
    oldest first, from the register's name periods in the graph; [] for any other entity.

    >>> from graph.store import new_dataset
    >>> ministry_name_periods(new_dataset(), "https://w3id.org/g40kg/id/ministry/mnre1045")
    []
    """
    return [{"label": label, "from": start and start[:10], "until": end and end[:10]}
            for start, end, label in ministry_periods(dataset).get(str(ministry)) or []]


def ministry_name_history(dataset, ministry: str) -> str | None:
    """A ministry's names through time (walkthrough 20, finding 17), in the interface's language:
    "EZK (2018-01-01 – 2024-07-01) · EZ (2024-07-02 – 2026-02-22) · EZK (sinds 2026-02-23)", followed by
    "; opgegaan in BZK per 2026-02-23" for one that went up in another (:func:`ministry_merged_into`);
    None for a ministry of one name that still exists, or for any other entity.

    >>> from graph.store import new_dataset
    >>> ministry_name_history(new_dataset(), "https://w3id.org/g40kg/id/ministry/mnre1045") is None  # no periods
    True
    """
    periods = ministry_name_periods(dataset, ministry)
    merged = ministry_merged_into(ministry)
    if len(periods) < 2 and not merged:
        return None
    names = [msg("name_span", label=p["label"], start=p["from"], end=p["until"]) if p["from"] and p["until"]
             else msg("name_since", label=p["label"], start=p["from"]) if p["from"]
             else msg("name_until", label=p["label"], end=p["until"]) if p["until"] else p["label"] for p in periods]
    return " · ".join(names) + (f"; {msg('merged_into', **merged)}" if merged else "")


def ministry_merged_into(ministry: str) -> dict | None:
    """``{"label", "day"}`` of the ministry that the register says ``ministry`` went up in
    (:attr:`graph.gazetteer.Ministry.merged_into`), else None.

    >>> ministry_merged_into("https://w3id.org/g40kg/id/ministry/mnre1182")
    {'label': 'EZK', 'day': '2026-02-23'}
    """
    from .gazetteer import load_gazetteer

    found = load_gazetteer().ministry_by_code.get(str(ministry).rstrip("/").rsplit("/", 1)[-1])
    merged = found.merged_into if found is not None else None
    return {"label": merged[2], "day": merged[0]} if merged else None


def fact_label_date(start: str | None, end: str | None, document_date: str | None = None) -> str | None:
    """The day a fact's ministry is named at, in every table and export (round 40t): its start when
    it has one (the start the tables show: the text's, else its document's date or period); else its
    end where it ended before its document's date, or its document has none ("Tot 2018 werkte de
    pijler samen met het ministerie van Economische Zaken" in a report of 2019: EZ, round 39q); else
    its document's date.

    >>> fact_label_date("2016-01-01", None, "2019-03-01"), fact_label_date(None, "2017-12-31", "2019-03-01")
    ('2016-01-01', '2017-12-31')
    >>> fact_label_date(None, "2026-12-31", "2024-05-01"), fact_label_date(None, None, "2024-05-01")
    ('2024-05-01', '2024-05-01')
    """
    if start:
        return str(start)[:10]
    if end and (not document_date or str(end)[:10] < str(document_date)[:10]):
        return str(end)[:10]
    return str(document_date)[:10] if document_date else None


def ministry_label_in(dataset, ministry: str, when: str | None, quote: str | None,
                      default: str | None = None) -> str | None:
    """The abbreviation of ``ministry`` that the sentence ``quote`` uses, when it uses exactly one
    of the ministry's abbreviations of any period (a September 2024 text that still says "EZK"
    means EZK, as it says); else the one in force at ``when`` (:func:`ministry_label_at`)."""
    spans = ministry_periods(dataset).get(str(ministry)) or ()
    if quote:
        used = {abbreviation for _, _, abbreviation in spans
                if re.search(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])", quote)}
        if len(used) == 1:
            return used.pop()
    return ministry_label_at(dataset, ministry, when, default)


def window_options(at=None, between=None, as_of=None) -> list[tuple[str, str]]:
    """The options that ask for a window, as a user writes them: ``[("--at", "2020")]``, ``[("--between", "A B")]``,
    a period open on one side as ``--from`` or ``--until`` (its other side None).

    >>> window_options(between=("2024-01-01", None)), window_options(between=(None, "2019-06-30")), window_options(as_of="2025")
    ([('--from', '2024-01-01')], [('--until', '2019-06-30')], [('--as-of', '2025')])
    """
    if at:
        return [("--at", str(at))]
    if as_of:
        return [("--as-of", str(as_of))]
    if not between:
        return []
    start, end = between
    if start and end:
        return [("--between", f"{start} {end}")]
    return [(option, str(value)) for option, value in (("--from", start), ("--until", end)) if value]


def ministry_label_over(dataset, ministry: str, window: "TimeWindow | None", default: str | None = None) -> str | None:
    """The abbreviation of ``ministry`` in ``window``: the one in force at ``--at`` or ``--as-of``; over ``--between``
    every name it had in that period, oldest first ("EZK/EZ" over 2023–2024: a table over a rename
    does not name it only as at the period's end, which its quotes never say); ``default`` without
    a window or a known name."""
    if not window:
        return default
    if window.at or window.as_of:
        return ministry_label_at(dataset, ministry, window.label_date, default)
    start, end = window.between  # either may be open: "--from 2025", "--until 2019-06" (walkthrough 29, finding 14)
    if start is None:  # "--until 2019-06": the name then, not every name since the ministry began
        return ministry_label_at(dataset, ministry, end, default)
    names = [abbreviation for first, last, abbreviation in sorted(ministry_periods(dataset).get(str(ministry), []),
                                                                   key=lambda span: span[0] or "")
             if (first is None or end is None or first <= end) and (last is None or start <= last)]
    return "/".join(dict.fromkeys(names)) or default


def ministry_label_at(dataset, ministry: str, when: str | None, default: str | None = None) -> str | None:
    """The abbreviation of ``ministry`` in force at ISO date ``when`` (``default`` when unknown)."""
    spans = ministry_periods(dataset).get(str(ministry))
    if not spans or not when:
        return default
    when = when[:10]
    for start, end, abbreviation in spans:
        if (start is None or start <= when) and (end is None or when <= end):
            return abbreviation
    return default
