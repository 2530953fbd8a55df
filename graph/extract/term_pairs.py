"""Two terms of one office in one sentence: "Voorzitter van de pijler was tot 1 juli 2025 A (Ede) en
vanaf 1 juli 2025 B (Delft)".

The first holder's term is read by the role rules (A held the office until the day before); the
second holder is named after "en vanaf/sinds/per <date>" with no role word of her own: she holds the
same office of the same body from that day, and she succeeded the first.

Called per sentence by :func:`graph.extract.relations.find_relations`, after the succession.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Verslag\\n\\n3 februari 2026\\n\\nVoorzitter van de themagroep Wonen was tot 1 juli 2025 Anna Kroes en vanaf 1 juli 2025 Bram Wit."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until) for r in ex.relations)
... # doctest: +NORMALIZE_WHITESPACE
[('Anna Kroes', 'hasRole', 'themagroep Wonen', None, '2025-06-30'),
 ('Bram Wit', 'hasRole', 'themagroep Wonen', '2025-07-01', None),
 ('Bram Wit', 'succeeded', 'Anna Kroes', '2025-07-01', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import add_succession
from .periods import find_periods

__all__ = ["find_term_pairs"]

#: after the first holder (and her bracket): "en vanaf 1 juli 2025 " before the second
_AND_FROM = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,?\s*en\s+(?:vanaf|sinds|per|met\s+ingang\s+van)\s+"
                       r"(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+(?:(?:wethouder|burgemeester|gedeputeerde)\s+)?",
                       re.IGNORECASE)
#: the first holder's end before her name: "was tot 1 juli 2025 "
_UNTIL_BEFORE = re.compile(r"\btot\s+(?:\d{1,2}\s+)?[a-z]+(?:\s+\d{4})?\s+(?:(?:wethouder|burgemeester|gedeputeerde)\s+)?$",
                           re.IGNORECASE)


def find_term_pairs(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Give the holder named after "en vanaf <date>" the office the one named after "tot <date>" held
    (see the module docstring)."""
    if " tot " not in sentence.text or " en " not in sentence.text:
        return
    persons = [m for m in mentions if m.type == "Person"]
    text = ctx.text
    for old, new in zip(persons, persons[1:]):
        gap = _AND_FROM.fullmatch(text, old.end, new.start)
        if gap is None or not _UNTIL_BEFORE.search(text[sentence.start:old.start]):
            continue
        periods = [p for p in find_periods(text, old.end, new.start, year=ctx.date)
                   if p.valid_from and not p.valid_until]
        if not periods:
            continue
        day = periods[0].valid_from
        held = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject is old and r.role
                and sentence.start <= r.evidence_start and r.evidence_end <= sentence.end]
        if not held:
            continue
        office = held[0]
        ctx.add(new, "hasRole", office.object, sentence, "succession.tot-en-vanaf", 0.7, role=office.role,
                stated_at=new.start)
        add_succession(ctx, sentence, new, old, 0.7, only_role=office.role, day=day)
