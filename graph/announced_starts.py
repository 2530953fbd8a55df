"""A mention before a stated start looks ahead: "met X als nieuwe voorzitter" before "met ingang van" his day.

A news item of 10 November says "Piet de Boer volgt haar op als voorzitter van de pijler met ingang van
16 november"; a mail of 12 November looks forward to working "met Piet de Boer als nieuwe voorzitter".
The mail is dated only by its document (a report on a day, :attr:`graph.tenure.Term.reported`), and
read alone it says Piet chaired the pijler on 12 November, next to the chair who leaves on the 15th.
It does not: the text that states his start says the role begins later, and a mention of the role
before that start is an announcement of it, no evidence that it held on the mention's day.

So a report on a day of a holding (holder, office, body; one office whatever its wording, see
:func:`graph.tenure.office_key`) that the same holding's first stated start after it follows within a
year (a start the text gives, not its document's day, not said to be over) is read from that start
(``g40:inferredFrom``, graph ``g40g:tenure``): the time filters (:func:`graph.timefilter.time_filter`)
read it from then on, and ``who-does-what``'s "since" is the stated start. A mention inside a stated
term (a start on or before it with no end, or an end on or after it) stays: the role held already.
A mention more than a year before the stated start is another, earlier term ("X, voorzitter" in 2019
and "sinds 2022 voorzitter" after a break), not an announcement. Participations, affiliations and
successions are no roles.

Examples
--------
>>> from graph.tenure import Term
>>> announced_starts([Term("e1", "p/piet", "u/pijler", "voorzitter", "2026-11-12", "2026-11-12", False, True),
...                   Term("e2", "p/piet", "u/pijler", "voorzitter", "2026-11-16", None, False)])
[('e1', '2026-11-16', 'e2')]
"""

from __future__ import annotations

from datetime import date

__all__ = ["announced_starts"]

#: the offices of :mod:`graph.tenure` that are no roles (participations, affiliations, successions)
_NOT_ROLES = frozenset({"participatesIn", "affiliatedWith", "succeeded"})

#: the most days a stated start may follow a mention that announces it
_ANNOUNCED_WITHIN = 366


def announced_starts(terms) -> list[tuple[str, str, str]]:
    """(evidence, start, evidence that states it) of each report on a day in ``terms``
    (:class:`graph.tenure.Term`) that the same holding's stated start follows (see the module).

    A mention inside a stated term, one long before the start, another holder's and another office's
    stay as they are:

    >>> from graph.tenure import Term
    >>> announced_starts([Term("e1", "p/a", "u", "voorzitter", "2026-05-01", "2026-05-01", False, True),
    ...                   Term("e2", "p/a", "u", "voorzitter", "2024-01-01", None, False),
    ...                   Term("e3", "p/a", "u", "voorzitter", "2026-09-01", None, False),
    ...                   Term("e4", "p/a", "u", "voorzitter", "2019-03-01", "2019-03-01", False, True),
    ...                   Term("e5", "p/b", "u", "voorzitter", "2026-08-01", "2026-08-01", False, True),
    ...                   Term("e6", "p/a", "u", "secretaris", "2026-08-01", "2026-08-01", False, True)])
    []
    """
    from .tenure import office_key  # (graph.tenure imports this module's caller)

    stated: dict[tuple[str, str, str], list] = {}
    for term in terms:
        if term.office in _NOT_ROLES or term.past or term.reported or not term.start:
            continue
        stated.setdefault((term.holder, term.body, office_key(term.office)), []).append(term)
    starts = []
    for term in terms:
        if not (term.reported and term.start and term.start == term.end) or term.past or term.office in _NOT_ROLES:
            continue
        held = stated.get((term.holder, term.body, office_key(term.office)))
        if not held or any(t.start <= term.start and (t.end is None or t.end >= term.start) for t in held):
            continue
        later = min(((t.start, t.evidence) for t in held if t.start > term.start), default=None)
        if later and (date.fromisoformat(later[0][:10]) - date.fromisoformat(term.start[:10])).days <= _ANNOUNCED_WITHIN:
            starts.append((term.evidence, later[0][:10], later[1]))
    return sorted(starts)
