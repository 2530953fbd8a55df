"""A place a rectification withdraws does not split a name: the withdrawn placing is left out of rule 6.

"Rectificatie: in ons vorige bericht stond ten onrechte dat Jan Smit wethouder van Ede is. Jan Smit is
wethouder van Epe." The earlier document placed Jan Smit in Ede, the rectifying one in Epe: two
municipalities at about the same time, which rule 6 of :mod:`graph.resolve` reads as two persons of one
name (:mod:`graph.namesakes`). But the document itself says the first placing was wrong, and the build
withdraws that fact (:mod:`graph.withdrawals`); so the placing it withdraws is not counted when the name's
places are compared, and Jan Smit stays one person (walkthrough 26, finding 7).

A placing is withdrawn when its person and place are the claim's (as the rectifying document's
mentions resolve), its role is the claim's (where both have one), and its document is earlier than
the rectifying one: of the named day only, where the claim names a day (the one test
:func:`graph.document_periods.earlier` that :func:`graph.withdrawals.earlier_documents` makes too, on the
days each document may have appeared on, :func:`graph.document_periods.appeared`, which ``periods``, a
:class:`graph.document_periods.DocumentPeriods`, gives; a plain mapping gives them as they are).

Examples
--------
>>> claim = ("person/jan-smit", "municipality/gm0228", "wethouder", "2026-02-10", None)
>>> periods = {"a": ("2026-01-27", "2026-01-27"), "b": ("2026-02-10", "2026-02-10")}
>>> ede = ("a", 0, 8, "municipality/gm0228", (False, None, None, "wethouder", True))
>>> epe = ("b", 0, 8, "municipality/gm0232", (False, None, None, "wethouder", True))
>>> kept = without_withdrawn({"person/jan-smit": [ede, epe]}, [claim], periods)
>>> [row[3] for row in kept["person/jan-smit"]]
['municipality/gm0232']
"""

from __future__ import annotations

from .document_periods import earlier

__all__ = ["withdrawn_places", "without_withdrawn"]


def withdrawn_places(extractions, keys: dict, periods) -> list[tuple]:
    """The placings the documents' rectifications withdraw, as (person key, place key, role word, first day the
    rectifying document may have appeared on, named day or None); ``keys``: (document id, start, end) → key of each mention."""
    from .extract.withdrawn_claims import Claim  # the extraction's record

    found = []
    for extraction in extractions:
        rows = getattr(extraction, "withdrawn", ())
        if not rows:
            continue
        days = _appeared(periods, extraction.document_id)
        if not days or not days[0]:
            continue  # an undated rectification withdraws nothing (graph.withdrawals)
        for row in rows:
            claim = Claim._make(row)
            person = keys.get((extraction.document_id, claim.subject_start, claim.subject_end))
            place = keys.get((extraction.document_id, claim.object_start, claim.object_end))
            if person and place and person.startswith("person/"):
                found.append((person, place, claim.role, days[0], claim.date))
    return found


def without_withdrawn(found: dict[str, list[tuple]], withdrawn: list[tuple], periods) -> dict[str, list[tuple]]:
    """``found`` (person key → placings, as :func:`graph.namesakes.gather_placings` gathers them) without
    the placings of ``withdrawn`` (:func:`withdrawn_places`); ``found`` itself is left as it is."""
    if not withdrawn:
        return found
    kept = dict(found)
    for person, place, role, before, day in withdrawn:
        rows = kept.get(person)
        if rows:
            kept[person] = [row for row in rows if not _withdraws(row, place, role, before, day, periods)]
    return kept


def _withdraws(row: tuple, place: str, role: str | None, before: str, day: str | None, periods) -> bool:
    document_id, _start, _end, where, times = row
    if where != place or role and times[3] and times[3] != role:
        return False
    return earlier(_appeared(periods, document_id), before, day)


def _appeared(periods, document_id: str):
    """The days document ``document_id`` may have appeared on (:meth:`DocumentPeriods.appeared
    <graph.document_periods.DocumentPeriods.appeared>`), or a plain mapping's value for it."""
    days = getattr(periods, "appeared", None)
    return days(document_id) if days is not None else periods.get(document_id)
