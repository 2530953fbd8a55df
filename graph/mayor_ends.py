"""A burgemeester is no wethouder: becoming burgemeester ends the holder's wethouder terms.

The Gemeentewet does not let a burgemeester be a wethouder (of any town). "Marit Bos, wethouder van
Hengelo, wordt per 1 maart 2027 burgemeester van Oss" (walkthrough 26, finding 2): her term as
wethouder of Hengelo, open in this and earlier documents, ended on 28 February 2027, though no
document says so. For each holder's burgemeester term with a start the text gives (not only its
document's day, not ``past``), every open or reported wethouder term of the same holder that starts
before it ends the day before (:func:`graph.tenure.inferred_ends` takes the earliest end a term gets).

Examples
--------
>>> from graph.tenure import Term
>>> mayor_ends([Term("e1", "p/marit", "m/hengelo", "wethouder", "2024-05-01", None, False),
...             Term("e2", "p/marit", "m/hengelo", "wethouder", "2027-01-20", "2027-01-20", False, True),
...             Term("e3", "p/marit", "m/oss", "burgemeester", "2027-03-01", None, False),
...             Term("e4", "p/jan", "m/hengelo", "wethouder", "2024-05-01", None, False)])
[('e1', '2027-02-28', 'e3'), ('e2', '2027-02-28', 'e3')]

A wethouder term that starts after the burgemeester's, or one with an end of its own, is not closed; a
burgemeester only reported on a day (a news item's "burgemeester X") dates no start:

>>> mayor_ends([Term("e1", "p/marit", "m/hengelo", "wethouder", "2028-01-01", None, False),
...             Term("e2", "p/marit", "m/hengelo", "wethouder", "2020-01-01", "2022-03-30", False),
...             Term("e3", "p/marit", "m/oss", "burgemeester", "2027-03-01", None, False),
...             Term("e4", "p/anna", "m/ede", "wethouder", "2020-01-01", None, False),
...             Term("e5", "p/anna", "m/epe", "burgemeester", "2026-05-01", "2026-05-01", False, True)])
[]
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["mayor_ends"]


def mayor_ends(terms) -> list[tuple[str, str, str]]:
    """(evidence, end, evidence of the burgemeester term) of each wethouder term a later burgemeester term
    of the same holder closes (see the module docstring)."""
    mayors: dict[str, list[tuple[str, str]]] = {}
    for term in terms:
        if term.office == "burgemeester" and term.start and len(term.start) == 10 and not term.past \
                and not term.reported:
            mayors.setdefault(term.holder, []).append((term.start, term.evidence))
    if not mayors:
        return []
    ends = []
    for term in terms:
        if term.office != "wethouder" or term.holder not in mayors or term.past or not term.start \
                or not (term.end is None or term.reported):
            continue
        later = sorted(m for m in mayors[term.holder] if m[0] > term.start[:10])
        if later:
            start, evidence = later[0]
            ends.append((term.evidence, (date.fromisoformat(start) - timedelta(days=1)).isoformat(), evidence))
    return ends
