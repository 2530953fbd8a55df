"""The note ``--as-of`` gives when the asked day lies after the newest dated document (walkthrough 20,
finding 5): the answer is the last state the documents knew, not the state on that day.

``who-does-what --as-of 2026-12-06`` on documents up to 2024 answers as if the graph knew 2026;
:func:`after_newest_note` says once, on stderr, how old the newest document is. It reads the graph's
``manifest.json`` (the documents' dates and periods); a remote graph (``--endpoint``) the date ``push`` wrote
on its server (:mod:`graph.cli.endpoint_build`), none when the server does not say.
A day within :data:`QUIET_DAYS` of the newest document gets none either: a graph fed every week, asked
``--as-of`` today, is not out of date (the note would follow every question of the week).

Examples
--------
>>> manifest = {"documents": [{"date": "2024-05-01", "period": None}, {"date": "2023", "period": None}]}
>>> after_newest_text(manifest, "2026-12-06", "nl")
'let op: het nieuwste document is van 2024-05-01; wat daarna veranderde, staat niet in de graaf (--as-of 2026-12-06)'
>>> after_newest_text(manifest, "2024-05-01", "nl") is None
True
>>> after_newest_text(manifest, "2024-05-31", "nl") is None  # within a month of the newest document
True
>>> after_newest_text({"newest_document": "2024-03-01", DAY_ONLY: True}, "2026-12-06", "en")[:64]
'note: the newest document dated to the day is dated 2024-03-01; '
"""

from __future__ import annotations

import datetime

import click

__all__ = ["after_newest_note", "after_newest_text", "newest_document_date", "DAY_ONLY"]

TEXTS = {
    "nl": "let op: het nieuwste document is van {date}; wat daarna veranderde, staat niet in de graaf (--as-of {day})",
    "en": "note: the newest document is dated {date}; what changed after it is not in the graph (--as-of {day})",
}

#: the note on a server's graph an older ``push`` wrote (:mod:`graph.remote_build`): it knows only the
#: newest document dated to the day; one of a month or a year may be newer
DAY_ONLY_TEXTS = {
    "nl": "let op: het nieuwste document met een datum tot op de dag is van {date}; een document met alleen een "
          "maand of jaar kan nieuwer zijn (de graaf op de server komt van een oudere g40kg push, die dat niet "
          "bijhield: push opnieuw voor de juiste datum); wat na het nieuwste document veranderde, staat niet in de "
          "graaf (--as-of {day})",
    "en": "note: the newest document dated to the day is dated {date}; a document dated only by a month or a year "
          "may be newer (the server's graph comes from an older g40kg push, which did not record it: push again "
          "for the exact date); what changed after the newest document is not in the graph (--as-of {day})",
}

#: the manifest-like key that marks :data:`DAY_ONLY_TEXTS`' case
DAY_ONLY = "newest_document_day_only"

#: days after the newest document's (last) day within which ``--as-of`` gets no note
QUIET_DAYS = 30


def newest_document_date(manifest: dict) -> str | None:
    """The date (as the manifest gives it: a day, month or year) of the newest dated document of
    ``manifest``, compared by its last day; a period's end counts where a document has no date: the
    one the build stored (``newest_document``), else from its documents
    (:func:`graph.document_periods.newest_date`).

    >>> newest_document_date({"documents": [{"date": "2024"}, {"date": "2024-11-30"}, {"date": None}]})
    '2024'
    >>> newest_document_date({"documents": [{"date": None, "period": {"start": "2023-01-01", "end": "2023-12-31"}}]})
    '2023-12-31'
    >>> newest_document_date({"documents": []}) is None, newest_document_date({"newest_document": "2025-03"})
    (True, '2025-03')
    """
    from ..disk_layout import NEWEST_DOCUMENT
    from ..document_periods import newest_date

    if NEWEST_DOCUMENT in manifest:  # stored by the build (round 47q)
        return manifest[NEWEST_DOCUMENT]
    return newest_date(manifest.get("documents"))


def after_newest_text(manifest: dict, as_of: str, lang: str) -> str | None:
    """The note for ``--as-of`` ``as_of`` (ISO, of any precision: a year is its last day) on the graph of
    ``manifest``, or None when the day is not more than :data:`QUIET_DAYS` after the newest dated document
    (or cannot be read)."""
    from ..document_periods import last_day
    from ..errors import G40Error
    from ..timefilter import TimeWindow

    newest = newest_document_date(manifest)
    try:
        day = TimeWindow(as_of=as_of).as_of
    except G40Error:  # not a date: the time filter says so, in its own words
        return None
    if newest is None or not day:
        return None
    if (datetime.date.fromisoformat(day) - datetime.date.fromisoformat(last_day(newest))).days <= QUIET_DAYS:
        return None
    texts = DAY_ONLY_TEXTS if manifest.get(DAY_ONLY) else TEXTS
    return texts.get(lang, texts["nl"]).format(date=newest, day=as_of)


def after_newest_note(settings, as_of: str | None) -> None:
    """Say :func:`after_newest_text` on stderr, once, for the command's ``--as-of``; nothing for a remote
    graph whose server holds no push stamp, or a graph not built (the command says that in its own error). The newest document's date is
    read from the manifest's first lines, where the build stores it; a graph built before that is
    read whole (10,000 documents: 30-50 ms)."""
    from ..disk_layout import NEWEST_DOCUMENT, read_manifest, read_manifest_head
    from ..errors import G40Error

    if not as_of or settings is None:
        return
    if settings.endpoint:  # the newest document's date push wrote on the server (walkthrough 27, finding 12)
        from .endpoint_build import endpoint_build

        stamp = endpoint_build(settings)
        manifest = {NEWEST_DOCUMENT: stamp["newest_document"], DAY_ONLY: stamp["day_only"]}
    else:
        try:
            manifest = read_manifest_head(settings.graph_path)
            if NEWEST_DOCUMENT not in manifest:
                manifest = read_manifest(settings.graph_path)
        except G40Error:
            return
    text = after_newest_text(manifest, as_of, settings.lang)
    if text:
        click.echo(text, err=True)
