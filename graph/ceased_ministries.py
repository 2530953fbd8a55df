"""Terms at a ministry that ceased, or at a municipality that was dissolved, end on its last day (walkthrough 25,
finding 5; walkthrough 36, finding 6).

The register knows VRO and KGG existed from 2024-07-02 to 2026-02-22 (``data/gazetteer/ministries.csv``). A
role at VRO ("plaatsvervangend directeur Woningbouw, ministerie van VRO" in a verslag of 2025) with no end
the text gives is no current role after that day: :func:`ceased_ends` gives each such term (a role, an
affiliation, a contact role at it) the ministry's last day as its inferred end, which ``--as-of``, the
overview and the questions read as :mod:`graph.tenure`'s other inferred ends (``g40:endedBy`` is the
ministry). Where a later text says where the person went ("sinds 23 februari 2026 directeur bij BZK", a
move), an earlier end of the other rules stands: the earliest end wins.

>>> from graph.tenure import Term
>>> VRO = "https://w3id.org/g40kg/id/ministry/mnre1171"
>>> ceased_ends([Term("e1", "p/anouk", VRO, "plaatsvervangend directeur", "2025-06-10", "2025-06-10", False, True),
...              Term("e2", "p/anouk", VRO, "directeur", "2025-01-01", None, False),
...              Term("e3", "p/anouk", VRO, "directeur", "2024-07-02", "2025-03-31", False),
...              Term("e4", "p/anouk", VRO, "lid", "2026-03-01", "2026-03-01", False, True),
...              Term("e5", "p/bas", VRO, "directeur", "2024-08-01", None, True)])
[('e1', '2026-02-22', 'https://w3id.org/g40kg/id/ministry/mnre1171'), ('e2', '2026-02-22', 'https://w3id.org/g40kg/id/ministry/mnre1171')]
>>> ceased_ends([Term("e1", "p/anouk", "https://w3id.org/g40kg/id/ministry/mnre1034", "directeur", "2025-01-01", None, False)])
[]
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["ceased_ends", "dissolved_days", "last_days"]

def ceased_ends(terms) -> list[tuple[str, str, str]]:
    """(evidence, the last day, the IRI of what ceased) of each term at a ministry that ceased or a municipality
    that was dissolved (:func:`dissolved_days`), or of such a municipality's own (a participation), that starts on
    or before that day, is not said to be over and has no end of the text's own by then
    (open, dated by its document only, or ending later)."""
    last, gone = last_days(), dissolved_days()
    ends = []
    for term in terms:
        # a role at a municipality dissolved in a redivision ends with it, as does its own participation
        # ("De gemeente Hellevoetsluis neemt deel aan …" of 2021: Hellevoetsluis ended on 2022-12-31)
        ended = term.body if term.body in last or term.body in gone else term.holder
        day = last.get(ended) or gone.get(ended)
        if day is None or term.past or not term.start or term.start[:10] > day:
            continue
        if term.end is None or term.reported or term.end[:10] > day:
            ends.append((term.evidence, day, ended))
    return ends


@lru_cache(maxsize=1)
def last_days() -> dict[str, str]:
    """The IRI of each ministry that ceased (its latest name period has an end) → its last day.

    >>> last_days()["https://w3id.org/g40kg/id/ministry/mnre1182"]
    '2026-02-22'
    """
    from .gazetteer import load_gazetteer
    from .vocab import mint

    return {str(mint("ministry", m.code)): m.current.valid_until for m in load_gazetteer().ministries
            if m.current.valid_until}


@lru_cache(maxsize=1)
def dissolved_days() -> dict[str, str]:
    """The IRI of each municipality the register says was dissolved (``municipalities_dissolved.csv``) → its
    last day (walkthrough 36, finding 6).

    >>> dissolved_days()["https://w3id.org/g40kg/id/municipality/gm0530"]  # Hellevoetsluis, now Voorne aan Zee
    '2022-12-31'
    """
    from .gazetteer import load_gazetteer
    from .reference import municipality_key
    from .vocab import G40ID

    return {str(G40ID) + municipality_key(m.code): m.dissolved for m in load_gazetteer().dissolved if m.dissolved}

