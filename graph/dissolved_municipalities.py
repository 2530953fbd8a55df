"""Where a municipality a redivision dissolved went up in, and what a new one was before (walkthrough 36, finding
6's rest; round 59d).

``data/gazetteer/municipalities_dissolved.csv`` gives each dissolved municipality its last day (``einddatum``) and,
in ``opgegaan_in``, the CBS code of the municipality it went up in (several, separated by ``;``, for one divided
between them: Winsum went to Het Hogeland and Westerkwartier). Roles held there end on its last day
(:mod:`graph.ceased_ministries`); this module names its successor, as the register's merger event names the
ministry another went up in (:func:`graph.timefilter.ministry_merged_into`): ``g40kg entity Hellevoetsluis`` says
"opgegaan in Voorne aan Zee per 2023-01-01", a table's row names it "Hellevoetsluis (opgegaan in Voorne aan Zee
per 2023-01-01)" where the time asked reaches that day (:mod:`graph.ministry_mergers`), and a question or entity
about the successor says what it was before: "Voorne aan Zee (voorheen: Brielle, Hellevoetsluis en Westvoorne)".

>>> HELLEVOETSLUIS, VOORNE = MUNICIPALITY + "gm0530", MUNICIPALITY + "gm1992"
>>> successor_of(HELLEVOETSLUIS)
{'label': 'Voorne aan Zee', 'day': '2023-01-01', 'iris': ['https://w3id.org/g40kg/id/municipality/gm1992']}
>>> [p["label"] for p in predecessors_of(VOORNE)], newly_formed(VOORNE), newly_formed(MUNICIPALITY + "gm0014")
(['Brielle', 'Hellevoetsluis', 'Westvoorne'], True, False)
>>> successor_of(VOORNE), successor_of(MUNICIPALITY + "gm0253")  # Hoevelaken (1999): the list names none
(None, None)
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .fact_rows import register_code
from .messages import CATALOGUE, language, msg

__all__ = ["MUNICIPALITY", "successor_of", "predecessors_of", "newly_formed", "municipality_notes",
           "redivision_lines"]

#: the IRI of a municipality is this and its CBS code in lower case
MUNICIPALITY = "https://w3id.org/g40kg/id/municipality/"

CATALOGUE.update({
    "municipality_formed_note": {"nl": "{label} bestaat sinds {day}; voorheen: {names}.",
                                 "en": "{label} exists since {day}; formerly: {names}."},
    "municipality_joined_note": {"nl": "Per {day} opgegaan in {label}: {names}.",
                                 "en": "Merged into {label} on {day}: {names}."},
    "municipality_and": {"nl": " en ", "en": " and "},
    "municipality_per": {"nl": "{names} per {day}", "en": "{names} on {day}"},
    "municipality_successor": {"nl": "opgegaan in {label} per {day} (register)",
                               "en": "merged into {label} on {day} (register)"},
    "municipality_formerly": {"nl": "voorheen: {names} (tot en met {last}; register)",
                              "en": "formerly: {names} (up to and including {last}; register)"},
    "municipality_taken_in": {"nl": "hierin opgegaan: {names} (register)", "en": "merged into it: {names} (register)"},
})


def _say(key: str, lang: str | None, **values) -> str:
    """The message ``key`` in ``lang`` (None: the message language), filled with ``values``."""
    if lang is None:
        return msg(key, **values)
    with language(lang):
        return msg(key, **values)


def _names(labels: list[str], lang: str | None = None) -> str:
    """"A", "A en B", "A, B en C" (in ``lang``; None: the message language)."""
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + _say("municipality_and", lang) + labels[-1]


@lru_cache(maxsize=1)
def _table() -> tuple[dict, dict]:
    """(dissolved code → (day after its last day, successor codes), successor code → [(day, dissolved code)])."""
    from .gazetteer import load_gazetteer

    into, came = {}, {}
    for town in load_gazetteer().dissolved:
        if town.successors and town.dissolved:
            day = (date.fromisoformat(town.dissolved[:10]) + timedelta(days=1)).isoformat()
            into[town.code] = (day, town.successors)
            for code in town.successors:
                came.setdefault(code, []).append((day, town.code))
    return into, came


def _label(code: str) -> str:
    from .gazetteer import load_gazetteer

    return load_gazetteer().municipality_by_code[code].preferred


def successor_of(municipality) -> dict | None:
    """``{"label", "day", "iris"}`` of the municipality (or municipalities, "A en B") that ``municipality`` (an
    IRI) went up in, ``day`` its first day there; None for a municipality that goes on, or whose successor the
    list does not name."""
    found = _table()[0].get(register_code(str(municipality)))
    if not found:
        return None
    day, codes = found
    return {"label": _names([_label(code) for code in codes]), "day": day,
            "iris": [MUNICIPALITY + code.lower() for code in codes]}


def predecessors_of(municipality) -> list[dict]:
    """The municipalities that went up in ``municipality`` (an IRI): ``[{"iri", "label", "day"}]``, by day and name."""
    return [{"iri": MUNICIPALITY + code.lower(), "label": _label(code), "day": day}
            for day, code in sorted(_table()[1].get(register_code(str(municipality)), ()),
                                    key=lambda p: (p[0], _label(p[1])))]


def newly_formed(municipality) -> bool:
    """Whether ``municipality`` was made by the redivision its predecessors went up in (its ``begindatum`` is
    their day: Voorne aan Zee), not an existing one that took them in (Groningen took in Haren and Ten Boer)."""
    from .gazetteer import load_gazetteer

    town = load_gazetteer().municipality_by_code.get(register_code(str(municipality)))
    before = predecessors_of(municipality)
    return bool(town and town.begins and before and all(p["day"] == town.begins for p in before))


def municipality_notes(dataset, question, params: dict, window) -> list[str]:
    """The lines under an answer about a municipality (a ``municipality`` parameter, or a ``body``/``entity`` one
    given a municipality): "Hellevoetsluis is opgegaan in Voorne aan Zee per 2023-01-01." for a dissolved one
    whose successor the list names, where the time asked reaches that day; "Voorne aan Zee bestaat sinds
    2023-01-01; voorheen: Brielle, Hellevoetsluis en Westvoorne." for one a redivision made; and, for one that
    took others in, "Per 2019-01-01 opgegaan in Groningen: Haren en Ten Boer." where the time asked begins
    before that day (their facts of before are theirs, not Groningen's).

    >>> municipality_notes(None, None, {}, None)
    []
    """
    if question is None:
        return []
    from .ministry_existence import asked_entities
    from .ministry_mergers import merged_note, window_last_day

    last, first = window_last_day(window), window.start if window else None
    notes = []
    for _parameter, iri, entry in asked_entities(dataset, question, params, last, "Municipality", "municipality"):
        label = entry.label
        note = merged_note(dataset, iri, label, window)
        if note:
            notes.append(note)
        before = predecessors_of(iri)
        if not before:
            continue
        names, day = _names([p["label"] for p in before]), before[-1]["day"]
        if newly_formed(iri):
            if last is None or last >= day:
                notes.append(msg("municipality_formed_note", label=label, day=day, names=names))
        elif window and (first or last or "") < day:
            notes.append(msg("municipality_joined_note", label=label, day=day, names=names))
    return list(dict.fromkeys(notes))


def redivision_lines(municipality, lang: str | None = None) -> list[str]:
    """What ``g40kg entity`` and the entity page say of a redivision under a municipality's heading (in ``lang``;
    None: the message language): where a dissolved one went up in (when the list names it), what one a
    redivision made was before (its predecessors and their last day), what one that took others in took in.

    >>> redivision_lines(MUNICIPALITY + "gm0530")
    ['opgegaan in Voorne aan Zee per 2023-01-01 (register)']
    >>> redivision_lines(MUNICIPALITY + "gm1992", "en")
    ['formerly: Brielle, Hellevoetsluis and Westvoorne (up to and including 2022-12-31; register)']
    >>> redivision_lines(MUNICIPALITY + "gm0014"), redivision_lines(MUNICIPALITY + "gm0758")  # Groningen, Breda
    (['hierin opgegaan: Haren en Ten Boer per 2019-01-01 (register)'], [])
    """
    lines = []
    into = successor_of(municipality)
    if into:
        labels = [_label(register_code(iri)) for iri in into["iris"]]
        lines.append(_say("municipality_successor", lang, label=_names(labels, lang), day=into["day"]))
    before = predecessors_of(municipality)
    if before and newly_formed(municipality):
        last = (date.fromisoformat(before[0]["day"]) - timedelta(days=1)).isoformat()
        lines.append(_say("municipality_formerly", lang, names=_names([p["label"] for p in before], lang), last=last))
    elif before:
        names = "; ".join(_say("municipality_per", lang, names=_names([p["label"] for p in before if p["day"] == day],
                                                                      lang), day=day)
                          for day in sorted({p["day"] for p in before}))
        lines.append(_say("municipality_taken_in", lang, names=names))
    return lines
