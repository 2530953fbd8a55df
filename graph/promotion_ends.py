"""An office that ends the holder's other one: a new burgemeester is no wethouder, a new chair no vice-chair.

The Gemeentewet does not let a burgemeester be a wethouder (of any town). "Marit Bos, wethouder van
Hengelo, wordt per 1 maart 2027 burgemeester van Oss" (walkthrough 26, finding 2): her term as
wethouder of Hengelo, open in this and earlier documents, ended on 28 February 2027, though no
document says so. A vicevoorzitter who becomes voorzitter of the same body is its vice-chair no more
(finding 12). For each holder's term of the higher office with a start the text gives (not only its
document's day, not ``past``), every open or reported term of the same holder of the lower office (in
that body, for a vice-chair; in any town, for a wethouder) that starts before it ends the day before
(:func:`graph.tenure.inferred_ends` takes the earliest end a term gets).

Examples
--------
>>> from graph.tenure import Term
>>> promotion_ends([Term("e1", "p/marit", "m/hengelo", "wethouder", "2024-05-01", None, False),
...                 Term("e2", "p/marit", "m/hengelo", "wethouder", "2027-01-20", "2027-01-20", False, True),
...                 Term("e3", "p/marit", "m/oss", "burgemeester", "2027-03-01", None, False),
...                 Term("e4", "p/jan", "m/hengelo", "wethouder", "2024-05-01", None, False)])
[('e1', '2027-02-28', 'e3'), ('e2', '2027-02-28', 'e3')]
>>> promotion_ends([Term("e1", "p/ria", "u/pijler", "vicevoorzitter", "2026-05-12", None, False),
...                 Term("e2", "p/ria", "u/andere", "vicevoorzitter", "2026-05-12", None, False),
...                 Term("e3", "p/ria", "u/pijler", "voorzitter", "2027-01-01", None, False)])
[('e1', '2026-12-31', 'e3')]

A term that starts after the higher one, or one with an end of its own, is not closed; a burgemeester
only reported on a day (a news item's "burgemeester X") dates no start:

>>> promotion_ends([Term("e1", "p/marit", "m/hengelo", "wethouder", "2028-01-01", None, False),
...                 Term("e2", "p/marit", "m/hengelo", "wethouder", "2020-01-01", "2022-03-30", False),
...                 Term("e3", "p/marit", "m/oss", "burgemeester", "2027-03-01", None, False),
...                 Term("e4", "p/anna", "m/ede", "wethouder", "2020-01-01", None, False),
...                 Term("e5", "p/anna", "m/epe", "burgemeester", "2026-05-01", "2026-05-01", False, True)])
[]
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["PROMOTIONS", "promotion_ends"]

#: the lower office, the higher one that ends it, and whether only in the same body
PROMOTIONS = (("wethouder", "burgemeester", False), ("vicevoorzitter", "voorzitter", True))


def promotion_ends(terms) -> list[tuple[str, str, str]]:
    """(evidence, end, evidence of the higher term) of each term of a lower office (:data:`PROMOTIONS`) a later
    term of the higher office of the same holder closes (see the module docstring)."""
    higher = {high for _, high, _ in PROMOTIONS}
    starts: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for term in terms:
        if term.office in higher and term.start and len(term.start) == 10 and not term.past and not term.reported:
            starts.setdefault((term.holder, term.office), []).append((term.start, term.evidence, term.body))
    if not starts:
        return []
    ends = []
    for term in terms:
        if term.past or not term.start or not (term.end is None or term.reported):
            continue
        for low, high, same_body in PROMOTIONS:
            if term.office != low or (term.holder, high) not in starts:
                continue
            later = sorted(s for s in starts[(term.holder, high)] if s[0] > term.start[:10]
                           and (not same_body or s[2] == term.body))
            if later:
                start, evidence, _ = later[0]
                ends.append((term.evidence, (date.fromisoformat(start) - timedelta(days=1)).isoformat(), evidence))
    return ends
