"""A successor ends the term of the one succeeded: "Y volgt X op" closes X's open terms in Y's body.

A news item of 2025 says "Sevda Yıldız is per 1 maart 2025 bestuurlijk trekker van de pijler. Zij
volgt René Ferwerda op, die de pijler vanaf 2021 leidde"; a report of 2022 said "Ferwerda is sinds
2021 bestuurlijk trekker", a year report of 2024 "onder leiding van Ferwerda" (a voorzitter). Each
document words the office its own way, and not every office is one holder's at a time (a themagroep
may have two trekkers), so no later holder's start ends them (:data:`graph.tenure.SINGLE_OFFICES`);
the succession does: whatever the wording of X's role, X held it in the body until Y took over there.

Each ``succeeded`` fact is a term of office :data:`SUCCESSION` (holder: the successor, body: the one
succeeded, see :func:`graph.document_writer._record_term`). For each body where the successor holds
an office other than a membership (``lid``), the day the successor starts there is the first start of
a term with no end ("per 1 februari 2024": from then on), else of any term (a year report's "In 2024
nam Y het over": that year); the predecessor's open or reported terms there (not memberships, not
said to be over, begun before that day) end on the day before it. A year report's period does not
move a day another document states ("per 1 februari 2024" wins over "in 2024"). A predecessor's term
of the successor's office said to be over, with no start and an end on the takeover's day or later
(its document's day) ("Hij volgt Gerda Wassink
op, die de pijler vier jaar leidde" in a news item long after the successor's start) ended the day
before the takeover too, not on the document's day (walkthrough 21, finding 8).

Examples
--------
>>> from graph.tenure import Term
>>> succession_ends([Term("s1", "p/yildiz", "p/ferwerda", SUCCESSION, None, None, False),
...                  Term("e1", "p/ferwerda", "u/pijler", "bestuurlijk trekker", "2021-01-01", None, False),
...                  Term("e2", "p/ferwerda", "u/pijler", "voorzitter", "2024-01-01", "2024-12-31", False, True),
...                  Term("e3", "p/yildiz", "u/pijler", "bestuurlijk trekker", "2025-03-01", None, False)])
[('e1', '2025-02-28', 'e3'), ('e2', '2025-02-28', 'e3')]
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["SUCCESSION", "succession_ends"]

#: the office of a succession (``g40:succeeded``) among the terms: a predicate, never a role label
SUCCESSION = "succeeded"

#: offices a successor neither takes over nor ends: a member stays one when the chair changes hands
_MEMBERSHIPS = frozenset({"lid", "deelnemer"})


def succession_ends(terms, not_offices=frozenset()) -> list[tuple[str, str, str]]:
    """(evidence, end, evidence of the successor's start) of each term of a predecessor that a succession
    in ``terms`` closes (see the module); ``not_offices``: the offices of ``terms`` that are no roles
    (participations, affiliations).

    A membership is no office handed on, the same person succeeds nobody, and a term begun on or after the
    successor's start (a later term again) stays:

    >>> from graph.tenure import Term
    >>> succession_ends([Term("s1", "p/b", "p/a", SUCCESSION, "2024-02-01", "2024-02-01", False),
    ...                  Term("e1", "p/a", "u/pijler", "lid", "2020-01-01", None, False),
    ...                  Term("e2", "p/a", "u/pijler", "trekker", "2024-03-01", None, False),
    ...                  Term("e3", "p/b", "u/pijler", "trekker", "2024-01-01", "2024-12-31", False, True),
    ...                  Term("e4", "p/b", "u/pijler", "bestuurlijk trekker", "2024-02-01", None, False)])
    []

    A predecessor's term said to be over on the day of a later news item ended before the takeover:

    >>> succession_ends([Term("s1", "p/b", "p/a", SUCCESSION, "2025-09-01", "2025-09-01", False),
    ...                  Term("e1", "p/a", "u/pijler", "voorzitter", None, "2026-11-02", True),
    ...                  Term("e3", "p/a", "u/pijler", "penningmeester", None, "2026-11-02", True),
    ...                  Term("e2", "p/b", "u/pijler", "voorzitter", "2025-09-01", None, False)])
    [('e1', '2025-08-31', 'e2')]

    The successor's stated day wins over a year report's period (e4, not e3, dates the takeover):

    >>> succession_ends([Term("s1", "p/b", "p/a", SUCCESSION, None, None, False),
    ...                  Term("e1", "p/a", "u/pijler", "bestuurlijk trekker", "2022-07-01", None, False),
    ...                  Term("e3", "p/b", "u/pijler", "trekker", "2024-01-01", "2024-12-31", False, True),
    ...                  Term("e4", "p/b", "u/pijler", "bestuurlijk trekker", "2024-02-01", None, False)])
    [('e1', '2024-01-31', 'e4')]
    """
    pairs = {(t.holder, t.body) for t in terms if t.office == SUCCESSION and t.holder != t.body}
    if not pairs:
        return []
    people = {person for pair in pairs for person in pair}
    held: dict[str, dict[str, list]] = {}  # person -> body -> their terms there (offices, not memberships)
    for term in terms:
        if term.holder in people and term.office not in not_offices and term.office != SUCCESSION \
                and term.office not in _MEMBERSHIPS:
            held.setdefault(term.holder, {}).setdefault(term.body, []).append(term)
    ends = []
    for successor, predecessor in sorted(pairs):
        for body, theirs in held.get(predecessor, {}).items():
            start = _takeover(held.get(successor, {}).get(body, ()))
            if start is None:
                continue
            for term in theirs:
                if term.past and term.end and term.end >= start.start and term.start in (None, term.end) \
                        and _office_key(term.office) == _office_key(start.office):
                    # "die de pijler vier jaar leidde" in the news of the takeover: over by then, not by the news's day
                    ends.append((term.evidence, _day_before(start.start), start.evidence))
                    continue
                if term.past or not term.start or term.start >= start.start:
                    continue
                if term.end is None or term.reported:  # nothing, or only its document, says it ended
                    ends.append((term.evidence, _day_before(start.start), start.evidence))
    return ends


def _takeover(terms):
    """The term that dates a successor's start in a body: the first with a start and no end ("from then
    on"), else the first with a start (a period), else None.

    >>> from graph.tenure import Term
    >>> _takeover([Term("e3", "p", "u", "trekker", "2024-01-01", "2024-12-31", False, True),
    ...            Term("e4", "p", "u", "trekker", "2024-02-01", None, False)]).evidence
    'e4'
    """
    started = sorted((t for t in terms if t.start and not t.past and not _colleague(t)), key=lambda t: (t.start, t.evidence))
    return next((t for t in started if t.end is None), started[0] if started else None)


def _colleague(term) -> bool:
    """A wethouder reported on a day ("wethouder Y van Deventer" in the news of the succession): a college
    has several, so it dates no takeover; Y may have succeeded X as trekker and been X's colleague in the
    college (walkthrough 26, finding 2).

    >>> from graph.tenure import Term
    >>> _colleague(Term("e", "p", "m", "wethouder", "2026-01-15", "2026-01-15", False, True))
    True
    >>> _colleague(Term("e", "p", "m", "wethouder", "2026-02-01", None, False))
    False
    """
    return term.office == "wethouder" and term.reported and term.start == term.end


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso[:10]) - timedelta(days=1)).isoformat()


def _office_key(office: str) -> str:
    from .tenure import office_key  # (graph.tenure imports this module)
    return office_key(office)
