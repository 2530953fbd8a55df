"""An earlier post in apposition ends where the sentence's new post starts.

"Per 1 september 2025 is Tom Baas, voorheen directeur bij BZK, gemeentesecretaris van Zwolle": the
apposition "voorheen/eerder/vroeger <rol>" is a past role without a start of its own (``past``); the
sentence dates the new role, and the old one ended the day before it. Only when the same person holds
exactly one dated, current role from the same sentence: otherwise the end stays unknown.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Per 1 september 2025 is Tom Baas, voorheen directeur bij BZK, gemeentesecretaris van Zwolle."
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2026-01-30")
>>> sorted((r.object.text, r.role, r.valid_from, r.valid_until, r.past) for r in ex.relations if r.predicate == "hasRole")
[('BZK', 'directeur', None, '2025-08-31', True), ('Zwolle', 'gemeentesecretaris', '2025-09-01', None, False)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Relation
from .periods import day_before

__all__ = ["with_earlier_ends"]


def with_earlier_ends(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with an end for each earlier post in apposition that the sentence's new post dates."""
    out = list(relations)
    for index, relation in enumerate(relations):
        if not (relation.predicate == "hasRole" and relation.past and relation.rule == "roles.apposition"
                and relation.valid_from is None and relation.valid_until is None):
            continue
        gap = text[relation.subject.end:relation.evidence_end]
        if not re.match(r"\s*,\s*(?:voorheen|eerder|vroeger)\s", gap, re.IGNORECASE):
            continue
        new = [r for r in relations if r is not relation and r.predicate == "hasRole" and not r.past
               and r.subject.start == relation.subject.start and r.valid_from
               and r.evidence_start == relation.evidence_start and r.evidence_end == relation.evidence_end]
        starts = {r.valid_from for r in new}
        if len(starts) == 1 and len(new[0].valid_from) == 10:
            out[index] = replace(relation, valid_until=day_before(new[0].valid_from))
    return out
