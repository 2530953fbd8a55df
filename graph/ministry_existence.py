"""The note under an answer about a ministry asked at a time it did not exist: "VRO bestond van 2024-07-02 tot
2026-02-22; opgegaan in BZK per 2026-02-23." (round 39t, walkthrough 20 finding 18), the same for every command
that takes a ministry: ``collaborators`` and each ``ask`` question with a ministry parameter (walkthrough 21,
finding 19).

Examples
--------
>>> from graph.store import new_dataset
>>> existence_note(new_dataset(), "https://w3id.org/g40kg/id/ministry/mnre1171", "VRO", None) is None  # no window
True
"""

from __future__ import annotations

from .messages import CATALOGUE, msg

__all__ = ["existence_outside", "existence_note", "ministry_notes"]

CATALOGUE.update({
    "ministry_not_then": {"nl": "{label} bestond van {start} tot {end}{merged}.",
                          "en": "{label} existed from {start} until {end}{merged}."},
    "ministry_not_yet": {"nl": "{label} bestaat sinds {start}.", "en": "{label} exists since {start}."},
})


def existence_outside(dataset, ministry: str, window) -> tuple | None:
    """(first, last) day of a ministry's names (:func:`graph.timefilter.ministry_periods`) where ``window``
    lies wholly outside them, else None: "KGG" asked ``--at 2019`` existed from 2024-07-02 to 2026-02-22."""
    from .timefilter import ministry_periods

    spans = ministry_periods(dataset).get(str(ministry)) or []
    if not window or not spans:
        return None
    first = None if any(start is None for start, _, _ in spans) else min(start for start, _, _ in spans)
    last = None if any(end is None for _, end, _ in spans) else max(end for _, end, _ in spans)
    start, end = (window.as_of, window.as_of) if window.as_of else (window.start, window.end)
    # a side of the window may be open ("--from 2025" alone: walkthrough 29, finding 14)
    if (last is not None and start is not None and start > last[:10]) \
            or (first is not None and end is not None and end < first[:10]):
        return first and first[:10], last and last[:10]
    return None


def existence_note(dataset, ministry: str, label: str, window) -> str | None:
    """The line that says when ``ministry`` (called ``label``) existed, where it went up in another after
    (:func:`graph.timefilter.ministry_merged_into`), when ``window`` lies wholly outside its existence; else None."""
    from .timefilter import ministry_merged_into

    existed = existence_outside(dataset, ministry, window)
    if existed is None:
        return None
    if existed[1] is None:
        return msg("ministry_not_yet", label=label, start=existed[0] or "?")
    merged = ministry_merged_into(ministry)
    return msg("ministry_not_then", label=label, start=existed[0] or "?", end=existed[1],
               merged=f"; {msg('merged_into', **merged)}" if merged else "")


def asked_ministries(dataset, question, params: dict, on: str | None):
    """The ministries a question's ``params`` name, in the order of the question's parameters: the parameter,
    the ministry's IRI and its :func:`graph.names.entity_index` entry for each value of a ``ministry``
    parameter, or of a ``body``/``entity`` one given a ministry, resolved with the names valid ``on`` that
    day (None: any); names that do not resolve are left out (the question already said why).

    >>> list(asked_ministries(None, None, {}, None))
    []
    """
    return asked_entities(dataset, question, params, on, "Ministry", "ministry")


def asked_entities(dataset, question, params: dict, on: str | None, entity_type: str, parameter_type: str):
    """:func:`asked_ministries` for entities of ``entity_type`` (``Municipality``) given to a parameter of
    ``parameter_type`` (``municipality``) or a ``body``/``entity`` one."""
    if question is None:
        return
    from .errors import G40Error
    from .names import entity_index, resolve_entity
    from .questions import parameter_name

    given = {parameter_name(question, name): value for name, value in params.items()}
    index = entity_index(dataset)
    for parameter in question.parameters:
        if parameter.type not in (parameter_type, "body", "entity"):
            continue
        values = given.get(parameter.name)
        for value in values if isinstance(values, (list, tuple)) else [values] if values else []:
            try:
                iri = str(resolve_entity(dataset, str(value), on=on))
            except G40Error:
                continue
            entry = index.get(iri)
            if entry is not None and entry.type == entity_type:
                yield parameter, iri, entry


def ministry_notes(dataset, question, params: dict, window) -> list[str]:
    """:func:`existence_note` of each ministry a question's ``params`` name (:func:`asked_ministries`).

    >>> ministry_notes(None, None, {}, None)
    []
    """
    if question is None or not window:
        return []
    notes = []
    for _parameter, iri, entry in asked_ministries(dataset, question, params, window.label_date):
        note = existence_note(dataset, iri, entry.label, window)
        if note and note not in notes:
            notes.append(note)
    return notes
