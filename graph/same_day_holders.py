"""A holder reported again on the day another holder of a single office is reported: no takeover.

A nota of 2026-05-26 says "Koen Smit (Breda) is voorzitter van de pijler" and, a line later, names
another person voorzitter of it (a misreading, or co-chairs). Koen's term, stated from 1 March 2025,
goes on that day: the document reports him in the office, so the other report on the same day does
not close his term (:func:`graph.tenure.inferred_ends`), and ``--as-of`` and the overview keep the
start the text stated instead of the nota's day (walkthrough 25, finding 10). A successor whose
start the text states ("per 1 juli 2026 voorzitter") still closes it: that is a takeover, not a report.

>>> from graph.tenure import Term
>>> koen = [Term("e1", "p/koen", "u", "voorzitter", "2025-03-01", None, False),
...         Term("e2", "p/koen", "u", "voorzitter", "2026-05-26", "2026-05-26", False, True)]
>>> ilse = Term("e3", "p/ilse", "u", "voorzitter", "2026-05-26", "2026-05-26", False, True)
>>> reported_with_holder(koen + [ilse])(koen[0], ilse) is None
True
>>> stated = ilse._replace(reported=False, end=None)
>>> reported_with_holder(koen + [stated])(koen[0], stated).evidence
'e3'
"""
from __future__ import annotations

__all__ = ["reported_with_holder"]


def reported_with_holder(held):
    """A function of (term, the next term of another holder, or None): that next term, unless it is a
    report only (dated by its document) on a day ``term``'s holder is reported in the office too; then
    the first later one of another holder that is not such a report, or None. ``held``: the terms of one
    office of one body, sorted by start and evidence (:func:`graph.tenure.inferred_ends`)."""
    days = {(t.holder, t.start) for t in held if t.reported and t.start == t.end}
    position = {t.evidence: n for n, t in enumerate(held)}

    def skipped(term, later) -> bool:
        return later.reported and later.start == later.end and (term.holder, later.start) in days

    def taking_over(term, later):
        if later is None or not skipped(term, later):
            return later
        return next((t for t in held[position[later.evidence] + 1:]
                     if t.holder != term.holder and not skipped(term, t)), None)

    return taking_over
