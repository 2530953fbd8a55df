"""Ministries that went up in another (VRO in BZK per 2026-02-23, KGG in EZK; the register's name periods,
``data/gazetteer/ministries.csv``), as every command that shows or takes a ministry treats them (walkthrough 47,
finding 8):

* a table's row names such a ministry "VRO (opgegaan in BZK per 2026-02-23)", unless the time asked lies
  wholly before that day (then it was a ministry of its own): a role at VRO asked ``--as-of`` after the merger
  is no plain current VRO role (:func:`merged_ministries_shown`; CSV and JSON keep the plain label);
* a question whose rows name their ministry (a ``ministryLabel`` column) asked about the ministry another went
  up in also answers for that one: ``ask city-ministry -p ministry=BZK`` lists the former VRO links, named as
  above (:func:`with_merged`), unless the time asked ends before the merger;
* a note under the answer says it (:func:`merger_notes`).

Examples
--------
>>> VRO, BZK = MINISTRY + "mnre1171", MINISTRY + "mnre1034"
>>> merged_label("VRO", VRO, None), merged_label("VRO", VRO, "2025-06-01")
('VRO (opgegaan in BZK per 2026-02-23)', 'VRO')
>>> from rdflib import URIRef
>>> [str(term).rsplit("/", 1)[-1] for term in with_merged(URIRef(BZK), None)], str(with_merged(URIRef(BZK), "2025-12-31"))
(['mnre1034', 'mnre1171'], 'https://w3id.org/g40kg/id/ministry/mnre1034')
"""

from __future__ import annotations

from functools import lru_cache

from .messages import CATALOGUE, msg

__all__ = ["MINISTRY", "merged_into", "merged_from", "merged_label", "merged_ministries_shown", "with_merged",
           "merger_notes", "merged_note", "row_merger_notes", "answers_for_merged", "window_last_day"]

#: the IRI of a ministry is this and its TOOI code
MINISTRY = "https://w3id.org/g40kg/id/ministry/"

CATALOGUE.update({
    "ministry_merged_label": {"nl": "{label} (opgegaan in {into} per {day})", "en": "{label} (merged into {into} on {day})"},
    "ministry_merged_note": {"nl": "{label} is opgegaan in {into} per {day}.", "en": "{label} merged into {into} on {day}."},
    "ministry_merged_included": {"nl": "Met {label}, dat per {day} opging in {into}.",
                                 "en": "Including {label}, which merged into {into} on {day}."},
})


def _code(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def merged_into(ministry) -> dict | None:
    """``{"label", "day"}`` of the ministry ``ministry`` (an IRI) went up in, else None
    (:func:`graph.timefilter.ministry_merged_into`); of a municipality a redivision dissolved, the one it went up
    in (:func:`graph.dissolved_municipalities.successor_of`; round 59d)."""
    from .dissolved_municipalities import successor_of
    from .timefilter import ministry_merged_into

    if "/municipality/" in str(ministry):
        return successor_of(ministry)
    return ministry_merged_into(str(ministry)) if "/ministry/" in str(ministry) else None


def _registered(value) -> bool:
    """Whether ``value`` is the IRI of a ministry or a municipality (what :func:`merged_into` answers for)."""
    return isinstance(value, str) and ("/ministry/" in value or "/municipality/" in value)


@lru_cache(maxsize=None)
def _merged_from_codes() -> dict[str, tuple]:
    from .gazetteer import load_gazetteer

    found: dict[str, list] = {}
    for code, ministry in sorted(load_gazetteer().ministry_by_code.items()):
        merged = ministry.merged_into
        if merged:
            found.setdefault(merged[1], []).append((code, ministry.current.label, merged[0]))
    return {into: tuple(of) for into, of in found.items()}


def merged_from(ministry) -> list[dict]:
    """The ministries that went up in ``ministry`` (an IRI): ``[{"iri", "label", "day"}]``.

    >>> merged_from(MINISTRY + "mnre1034")
    [{'iri': 'https://w3id.org/g40kg/id/ministry/mnre1171', 'label': 'VRO', 'day': '2026-02-23'}]
    """
    return [{"iri": MINISTRY + code, "label": label, "day": day}
            for code, label, day in _merged_from_codes().get(_code(ministry), ())]


def _reaches(last_day: str | None, day: str) -> bool:
    """Whether a time asked whose last day is ``last_day`` (None: no time, all of it) reaches ``day``."""
    return last_day is None or str(last_day)[:10] >= day


def merged_label(label: str, ministry, last_day: str | None) -> str:
    """``label`` with "(opgegaan in BZK per …)" when ``ministry`` went up in another and the time asked
    (its ``last_day``; None: no time) reaches that day; else ``label``. In the message language."""
    merged = merged_into(ministry)
    if not merged or not label or not _reaches(last_day, merged["day"]):
        return label
    return msg("ministry_merged_label", label=label, into=merged["label"], day=merged["day"])


def window_last_day(window) -> str | None:
    """The last day of a :class:`graph.timefilter.TimeWindow` (None without one): ``as_of``, ``at`` or the
    end of ``between``."""
    return window.label_date if window else None


def merged_ministries_shown(rows: list[dict], window) -> list[dict]:
    """``rows`` as a table shows them: the label column beside each ministry IRI column (``bodyLabel``
    beside ``body``) named by :func:`merged_label` for the time of ``window``.

    >>> merged_ministries_shown([{"body": MINISTRY + "mnre1171", "bodyLabel": "VRO"}], None)[0]["bodyLabel"]
    'VRO (opgegaan in BZK per 2026-02-23)'
    >>> HELLEVOETSLUIS = "https://w3id.org/g40kg/id/municipality/gm0530"  # dissolved; the list names its successor
    >>> merged_ministries_shown([{"body": HELLEVOETSLUIS, "bodyLabel": "Hellevoetsluis"}], None)[0]["bodyLabel"]
    'Hellevoetsluis (opgegaan in Voorne aan Zee per 2023-01-01)'
    """
    last = window_last_day(window)
    out = []
    for row in rows:
        row = dict(row)
        for column, value in list(row.items()):
            label_column = column + "Label"
            if _registered(value) and isinstance(row.get(label_column), str):
                row[label_column] = merged_label(row[label_column], value, last)
        out.append(row)
    return out


def with_merged(ministry, last_day: str | None):
    """``ministry`` (an IRI term) alone, or the tuple of it and the ministries that went up in it
    (:func:`merged_from`) whose merger the time asked (its ``last_day``; None: no time) reaches."""
    from rdflib import URIRef

    merged = [URIRef(m["iri"]) for m in merged_from(ministry) if _reaches(last_day, m["day"])]
    return (ministry, *merged) if merged else ministry


def merger_notes(dataset, question, params: dict, window) -> list[str]:
    """The lines under an answer about a ministry (a ``ministry`` parameter; ``body`` or ``entity`` given
    a ministry): "VRO is opgegaan in BZK per 2026-02-23." for one that went up in another, and, for a
    question that answers for the merged ones too (:func:`with_merged`), "Met VRO, dat per 2026-02-23 opging
    in BZK."; nothing where the time asked ends before the merger, or where :func:`graph.ministry_existence.
    existence_note` says more (a time wholly after the ministry's end).

    >>> merger_notes(None, None, {}, None)
    []
    """
    if question is None:
        return []
    from .ministry_existence import asked_ministries, existence_outside

    last, notes = window_last_day(window), []
    for parameter, iri, entry in asked_ministries(dataset, question, params, window.label_date if window else None):
        note = merged_note(dataset, iri, entry.label, window)
        if note and existence_outside(dataset, iri, window) is None:
            notes.append(note)
        if parameter.type == "ministry" and answers_for_merged(question):
            notes += [msg("ministry_merged_included", label=m["label"], into=entry.label, day=m["day"])
                      for m in merged_from(iri) if _reaches(last, m["day"])]
    return list(dict.fromkeys(notes))


def merged_note(dataset, ministry, label: str, window) -> str | None:
    """"VRO is opgegaan in BZK per 2026-02-23." for a ministry that went up in another, where the time of
    ``window`` (None: no time) reaches that day; else None.

    >>> merged_note(None, MINISTRY + "mnre1171", "VRO", None), merged_note(None, MINISTRY + "mnre1034", "BZK", None)
    ('VRO is opgegaan in BZK per 2026-02-23.', None)
    """
    merged = merged_into(ministry)
    if not merged or not _reaches(window_last_day(window), merged["day"]):
        return None
    return msg("ministry_merged_note", label=label, into=merged["label"], day=merged["day"])


def row_merger_notes(rows: list[dict], window) -> list[str]:
    """:func:`merged_note` of each ministry ``rows`` name (an IRI column beside its label column, as
    :func:`merged_ministries_shown` reads them), in the order they come: what a table says in its label,
    for a caller that gets the plain labels (``g40kg.ask``; walkthrough 30, finding 8).

    >>> row_merger_notes([{"ministry": MINISTRY + "mnre1171", "ministryLabel": "VRO"},
    ...                   {"ministry": MINISTRY + "mnre1034", "ministryLabel": "BZK"}], None)
    ['VRO is opgegaan in BZK per 2026-02-23.']
    """
    notes = []
    for row in rows:
        for column, value in row.items():
            label = row.get(column + "Label")
            if _registered(value) and isinstance(label, str):
                note = merged_note(None, value, label, window)
                if note and note not in notes:
                    notes.append(note)
    return notes


def answers_for_merged(question) -> bool:
    """Whether ``question``, asked about a ministry, answers for the ministries that went up in it too:
    its rows name their ministry (a ``ministryLabel`` column), so each row says which one it is about."""
    return "ministryLabel" in (question.columns or ())
