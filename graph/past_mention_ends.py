"""A role said to be over with no start of its own ends where a text first stated its end, not later.

"Hij volgde Joost Hofstede op" in a letter of 10 March 2026 says Hofstede's office as wethouder was over by
then (``past``, dated only by its document: a role reported over on a day), and so does the subject line
"Opvolging wethouder Hofstede" of a letter of 14 October 2025 (``past``, its end the letter's day: he had left
by then); but a collegebesluit and the October letter said it ended on 30 September 2025 ("per 1 oktober 2025
ontslag heeft genomen als wethouder"). ``who-does-what`` aggregates the latest end of a role's evidence, and
showed "einde 2026-03-10" beside ``entity``'s 2025-09-30 (walkthrough 39, finding 12).

A past statement with no start of its own (an end at most) is of the holder's latest term of that holding
(holder, body and :func:`graph.tenure.office_key`) begun before its end; where another piece of evidence states
an earlier end of that term (on or after its start: :func:`graph.tenure._states_end`), the term ended then, and
the later end only says it was over by then. Its inferred end (``g40:inferredUntil`` in :mod:`graph.tenure`'s
graph) is that first end: the tables show it, the time filters read it (``--at`` the letter's day no longer
names him), ``entity`` shows where it comes from. A holding with no start at all, or whose latest start comes
after every earlier end (he came back), gives none.

Examples
--------
>>> from graph.tenure import Term
>>> past_mention_ends([Term("e0", "p/joost", "m/deventer", "wethouder", "2024-03-12", "2024-03-12", False, True),
...                    Term("e1", "p/joost", "m/deventer", "wethouder", None, "2025-09-30", True),
...                    Term("e2", "p/joost", "m/deventer", "wethouder", None, "2025-10-14", True),
...                    Term("e3", "p/joost", "m/deventer", "wethouder", "2026-03-10", "2026-03-10", True, True)])
[('e2', '2025-09-30', 'e1'), ('e3', '2025-09-30', 'e1')]

A term begun after the earlier end (a second term), another holder's or another office's end, and a holding with
no start close nothing:

>>> past_mention_ends([Term("e0", "p/joost", "m/deventer", "wethouder", "2019-01-01", None, False),
...                    Term("e1", "p/joost", "m/deventer", "wethouder", None, "2020-12-31", True),
...                    Term("e3", "p/joost", "m/deventer", "wethouder", "2022-06-01", None, False),
...                    Term("e4", "p/anna", "m/deventer", "wethouder", None, "2025-09-30", True),
...                    Term("e5", "p/joost", "m/deventer", "burgemeester", None, "2025-09-30", True),
...                    Term("e2", "p/joost", "m/deventer", "wethouder", "2026-03-10", "2026-03-10", True, True),
...                    Term("e7", "p/piet", "m/deventer", "wethouder", None, "2025-09-30", True),
...                    Term("e8", "p/piet", "m/deventer", "wethouder", "2026-03-10", "2026-03-10", True, True)])
[]

A past term with a period of its own ("was van 2024 tot 2025 wethouder") is a start, and its end an earlier end:

>>> past_mention_ends([Term("e6", "p/joost", "m/deventer", "wethouder", "2024-01-01", "2025-12-31", True),
...                    Term("e2", "p/joost", "m/deventer", "wethouder", "2026-03-10", "2026-03-10", True, True)])
[('e2', '2025-12-31', 'e6')]
"""

from __future__ import annotations

import bisect

__all__ = ["past_mention_ends"]


def past_mention_ends(terms) -> list[tuple[str, str, str]]:
    """(evidence, end, evidence that states the earlier end) of each past statement with no start of its own that
    an earlier stated end of the same term dates (the module docstring); successions are no holding."""
    from .tenure import SUCCESSION, _holding, _states_end

    def bound_only(term) -> bool:  # over, with an end and no start of its own
        return (term.past and term.end is not None and term.office != SUCCESSION
                and (term.start is None or term.reported and term.start == term.end))

    later = [t for t in terms if bound_only(t)]
    if not later:
        return []
    wanted = {_holding(t) for t in later}
    stated: dict[tuple, list[tuple[str, str]]] = {}
    began: dict[tuple, list[str]] = {}
    for term in terms:
        holding = _holding(term)
        if holding not in wanted or term.office == SUCCESSION:
            continue
        if _states_end(term):
            stated.setdefault(holding, []).append((term.end, term.evidence))
        if term.start and not bound_only(term):
            began.setdefault(holding, []).append(term.start)
    ends = []
    for term in later:
        holding = _holding(term)
        starts = sorted(began.get(holding, ()))
        k = bisect.bisect_right(starts, term.end)
        if k == 0:  # no start of the holding before its end: which term it is of is not known
            continue
        first = min((found for found in stated.get(holding, ())
                     if found[1] != term.evidence and starts[k - 1] <= found[0] < term.end), default=None)
        if first is not None:
            ends.append((term.evidence, *first))
    return ends
