"""A farewell that names the successor's later start: the holder leaves the office when the successor begins.

A news item of 10 November says "Daarmee stopt zij ook als voorzitter van de pijler" (a role reported
over on its document's day, :attr:`graph.tenure.Term.past` and ``reported``) and "Piet de Boer volgt
haar op als voorzitter van de pijler met ingang van 16 november". Read alone, the farewell ends her
term on 10 November (:func:`graph.tenure.stated_ends`: "ended by that day"), and the pijler has no
chair for five days. The same text dates the handover: she chairs it until the day before he starts.

So a farewell of a single office (:data:`graph.tenure.SINGLE_OFFICES`) dated only by its document
states, instead of its document's day, the day before the first start the same document gives
another holder of that office in that body after that day (a start the text states, not its
document's day). A farewell with a date of its own ("stopt per 1 december"), one in a document that
names no later start, and a later start another document gives keep their day.

Examples
--------
>>> from graph.tenure import Term
>>> handed_over([Term("ev/nieuws/1", "p/anna", "u/pijler", "voorzitter", "2026-11-10", "2026-11-10", True, True),
...              Term("ev/nieuws/2", "p/piet", "u/pijler", "voorzitter", "2026-11-16", None, False)])[0]
Term(evidence='ev/nieuws/1', holder='p/anna', body='u/pijler', office='voorzitter', start='2026-11-15', end='2026-11-15', past=True, reported=True)
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["handed_over"]


def handed_over(terms) -> list:
    """``terms`` (:class:`graph.tenure.Term`) with each farewell that its document's successor's later
    start dates (see the module) ending the day before that start; the others as they are.

    Another document's start, another body's and the same holder's leave the farewell as it is:

    >>> from graph.tenure import Term
    >>> farewell = Term("ev/nieuws/1", "p/anna", "u/pijler", "voorzitter", "2026-11-10", "2026-11-10", True, True)
    >>> handed_over([farewell, Term("ev/mail/1", "p/piet", "u/pijler", "voorzitter", "2026-11-16", None, False),
    ...              Term("ev/nieuws/2", "p/piet", "u/raad", "voorzitter", "2026-11-16", None, False),
    ...              Term("ev/nieuws/3", "p/anna", "u/pijler", "voorzitter", "2026-12-01", None, False)]) [0] == farewell
    True
    """
    from .tenure import SINGLE_OFFICES, office_key  # (graph.tenure calls this)

    starts: dict[tuple[str, str, str], list] = {}  # (document, body, office) -> the stated starts there
    for term in terms:
        if office_key(term.office) in SINGLE_OFFICES and term.start and not term.past and not term.reported:
            starts.setdefault((_document(term.evidence), term.body, office_key(term.office)), []).append(term)
    if not starts:
        return list(terms)
    out = []
    for term in terms:
        if term.past and term.reported and term.start and term.start == term.end and office_key(term.office) in SINGLE_OFFICES:
            later = [t.start[:10] for t in starts.get((_document(term.evidence), term.body, office_key(term.office)), ())
                     if t.holder != term.holder and t.start[:10] > term.start]
            if later:
                day = (date.fromisoformat(min(later)) - timedelta(days=1)).isoformat()
                term = term._replace(start=day, end=day)
        out.append(term)
    return out


def _document(evidence: str) -> str:
    """The document part of an evidence IRI (``…/evidence/<document>/<key>``).

    >>> _document("https://w3id.org/g40kg/id/evidence/nieuws-2026/7e86d96786")
    'https://w3id.org/g40kg/id/evidence/nieuws-2026'
    """
    return evidence.rsplit("/", 1)[0]
