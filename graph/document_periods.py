"""The days a document speaks of: its date to the day (:func:`one_day`), its period widened to its
date (:func:`document_period`), and the period a report looks back on (:func:`reported_period`).
The build dates a fact its text does not date by them (:func:`graph.build`), and resolution
compares where the documents place a name by them (:class:`DocumentPeriods`).

>>> from types import SimpleNamespace as Doc
>>> document_period(Doc(date="2024-05", period_start=None, period_end=None))
('2024-05-01', '2024-05-31')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .docdate import date_or_period

if TYPE_CHECKING:
    from .ingest import Document

__all__ = ["one_day", "dated", "document_period", "reported_period", "DocumentPeriods", "first_day", "last_day", "newest_date",
           "earlier", "appeared"]


def one_day(document: Document) -> bool:
    """Does a document speak of one day only: a date to the day, and no period?"""
    return bool(document.date and len(document.date) == 10 and not (document.period_start or document.period_end))


def dated(document: Document) -> bool:
    """Does a document have a date or a period (its facts the text does not date hold then)?"""
    return bool(document.date or document.period_start or document.period_end)


def document_period(document: Document) -> tuple[str | None, str | None]:
    """The first and last day a document speaks of: its period (or the year or month of a date),
    widened to its date when it has both — a report on 2025 that appeared on 15 March 2026 speaks of
    2025 and of that day, a plan for 2026 written in December 2025 of that day and of 2026.

    >>> from types import SimpleNamespace as Doc
    >>> document_period(Doc(date="2026-03-15", period_start="2025-01-01", period_end="2025-12-31"))
    ('2025-01-01', '2026-03-15')
    >>> document_period(Doc(date=None, period_start="2023", period_end=None)), document_period(Doc(date="2024-02", period_start=None, period_end=None))
    (('2023-01-01', None), ('2024-02-01', '2024-02-29'))
    """
    if not dated(document):
        return None, None
    start = first_day(document.period_start or document.date)
    end = last_day(document.period_end or document.date if not document.period_start else document.period_end)
    if document.date and (document.period_start or document.period_end):
        start = min(start, first_day(document.date)) if start else None
        end = max(end, last_day(document.date)) if end else None
    return start, end


def reported_period(document: Document) -> tuple[str, str] | None:
    """The first and last day of the period a document reports on, where it appeared after that period
    ended (a year report on 2025 of 20 January 2026); else None. What such a report tells in the plain
    past with no time of its own ("X was voorzitter", :func:`graph.extract.periods.told_in_past`) held
    in that period: it ends on its last day, not on the day the report appeared (round 41t).

    >>> from types import SimpleNamespace as Doc
    >>> reported_period(Doc(date="2026-01-20", period_start="2025-01-01", period_end="2025-12-31"))
    ('2025-01-01', '2025-12-31')
    >>> reported_period(Doc(date="2025-06-01", period_start="2025-01-01", period_end="2025-12-31")) is None
    True
    """
    if not (document.date and document.period_start and document.period_end):
        return None
    start, end = first_day(document.period_start), last_day(document.period_end)
    return (start, end) if end < first_day(document.date) else None


class DocumentPeriods(Mapping):
    """Document id → :func:`document_period` of the document, worked out when asked for: resolution
    asks for those of the few documents that place a name in two municipalities (all of 10,000
    documents took 0.03 s of each rebuild).

    >>> from types import SimpleNamespace as Doc
    >>> periods = DocumentPeriods([Doc(id="a", date="2024-02", period_start=None, period_end=None)])
    >>> periods["a"], periods.get("b"), len(periods)
    (('2024-02-01', '2024-02-29'), None, 1)
    """

    def __init__(self, documents):
        self._documents = {document.id: document for document in documents}

    def __getitem__(self, document_id: str) -> tuple[str | None, str | None]:
        return document_period(self._documents[document_id])

    def appeared(self, document_id: str) -> tuple[str | None, str | None] | None:
        """:func:`appeared` of the document ``document_id``; None for one it does not hold."""
        document = self._documents.get(document_id)
        return None if document is None else appeared(document)

    def __iter__(self):
        return iter(self._documents)

    def __len__(self) -> int:
        return len(self._documents)


def first_day(iso: str | None) -> str | None:
    """The first day of an ISO date of any precision.

    >>> first_day("2023"), first_day("2024-02"), first_day("2024-02-10"), first_day(None)
    ('2023-01-01', '2024-02-01', '2024-02-10', None)
    """
    return date_or_period(iso)[1] or iso if iso else None


def last_day(iso: str | None) -> str | None:
    """The last day of an ISO date of any precision.

    >>> last_day("2023"), last_day("2024-02"), last_day("2024-02-10"), last_day(None)
    ('2023-12-31', '2024-02-29', '2024-02-10', None)
    """
    return date_or_period(iso)[2] or iso if iso else None


def newest_date(entries) -> str | None:
    """The date (as the manifest gives it: a day, month or year) of the newest dated document of the
    manifest's document ``entries``, compared by its last day; a period's end counts where a document
    has no date. The build stores it in the manifest (``newest_document``), so that ``--as-of``'s note
    (:mod:`graph.cli.as_of_note`) need not read every entry.

    >>> newest_date([{"date": "2024"}, {"date": "2024-11-30"}, {"date": None}])
    '2024'
    >>> newest_date([{"date": None, "period": {"start": "2023-01-01", "end": "2023-12-31"}}]), newest_date([])
    ('2023-12-31', None)
    """
    dates = [entry.get("date") or (entry.get("period") or {}).get("end") for entry in entries or ()]
    days = [(last_day(date), date) for date in dates if isinstance(date, str) and last_day(date)]
    return max(days)[1] if days else None


def appeared(document: Document) -> tuple[str | None, str | None]:
    """The first and last day ``document`` may have appeared on, as a rectification reckons "an earlier
    document" (:func:`earlier`): its date's (a day, or every day of a month or year it is dated by), else its
    period's end's (a report with no date of its own), else (None, None). Not the period it speaks of: a
    report on 2025 that appeared on 20 January 2026 appeared then. The one reckoning of the withdrawal
    (:func:`graph.withdrawals.earlier_documents`) and of the namesake split before it
    (:mod:`graph.withdrawn_placings`); it was two, which told a document of "februari 2026" earlier and not
    earlier than a rectification of 10 February 2026 (round 54q).

    >>> from types import SimpleNamespace as Doc
    >>> appeared(Doc(date="2026-02", period_start=None, period_end=None))
    ('2026-02-01', '2026-02-28')
    >>> appeared(Doc(date="2026-01-20", period_start="2025-01-01", period_end="2025-12-31"))
    ('2026-01-20', '2026-01-20')
    >>> appeared(Doc(date=None, period_start="2025-01-01", period_end="2025-12-31")), appeared(Doc(date=None, period_start=None, period_end=None))
    (('2025-12-31', '2025-12-31'), (None, None))
    """
    day = document.date or document.period_end or document.period_start
    return (first_day(day), last_day(day)) if day else (None, None)


def earlier(days: tuple[str | None, str | None] | None, before: str | None, day: str | None = None) -> bool:
    """Is a document of ``days`` (the first and last day it may have appeared on, :func:`appeared`) earlier than
    one that begins on ``before`` (its first such day); and, where ``day`` is given, a document of that day? The
    one test of "an earlier document" that a rectification's withdrawal (:func:`graph.withdrawals.earlier_documents`)
    and the namesake split it comes before (:mod:`graph.withdrawn_placings`) both make: a document with no last day,
    or a rectifying one with no first day, is earlier than nothing; with a named day, the document must speak
    of that day and the day be before ``before``, else its last day must be.

    >>> earlier(("2026-01-27", "2026-01-27"), "2026-02-03"), earlier(("2026-02-03", "2026-02-03"), "2026-02-03")
    (True, False)
    >>> earlier(("2026-01-01", "2026-01-31"), "2026-01-30", "2026-01-27"), earlier(("2026-01-01", "2026-01-31"), "2026-01-30")
    (True, False)
    >>> earlier(("2026-01-26", "2026-01-26"), "2026-02-03", "2026-01-27"), earlier((None, None), "2026-02-03"), earlier(("2026-01-27", "2026-01-27"), None)
    (False, False, False)
    """
    first, last = days or (None, None)
    if last is None or before is None:
        return False
    if day is not None:
        return (first or day) <= day <= last and day < before
    return last < before
