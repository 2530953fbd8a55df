"""A ministry's contact role handed over: "Per 1 september 2025 nam A de rol van contactpersoon bij het
ministerie van OCW over van B".

A works at the ministry, and so did B; A succeeded B; A is the contact from the day of the handover, B
was up to the day before. What they are the contact for is the unit or programme the passage is about
(the section's themagroep, :meth:`graph.extract.context.DocContext.context_unit`); without one only
the ministry ties and the succession are stated.

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarverslag 2025\\n\\n28 januari 2026\\n\\n## Themagroep Wonen\\n\\nPer 1 september 2025 nam Karim Daoud de rol "
...         "van contactpersoon bij het ministerie van BZK over van Sanne de Wit.")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations)
... # doctest: +NORMALIZE_WHITESPACE
[('Karim Daoud', 'affiliatedWith', 'BZK', '2025-09-01', None),
 ('Karim Daoud', 'contactFor', 'Themagroep Wonen', '2025-09-01', None),
 ('Karim Daoud', 'succeeded', 'Sanne de Wit', '2025-09-01', None),
 ('Sanne de Wit', 'affiliatedWith', 'BZK', None, None),
 ('Sanne de Wit', 'contactFor', 'Themagroep Wonen', None, '2025-08-31')]
"""

from __future__ import annotations

import dataclasses
import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date, day_before

__all__ = ["find_contact_handover"]

#: between the successor and the ministry: "(nam) de rol van contactpersoon bij het ministerie van "
_ROLE_AT = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:neemt|nam)\s+)?(?:(?:per|vanaf|op)\s+[\w ]{1,24}?\s+)?"
                      r"(?:de\s+rol|het\s+contactpersoonschap|de\s+taak)\s+(?:van|als)\s+(?:vast\s+)?contactpersoon\s+"
                      r"(?:bij|van|namens)\s+(?:het\s+ministerie\s+van\s+|het\s+)?$", re.IGNORECASE)
#: between the ministry and the predecessor: " over van "
_OVER_FROM = re.compile(r"\s+(?:over\s+van|overgenomen\s+van)\s+(?:(?:de\s+heer|mevrouw)\s+)?$", re.IGNORECASE)
#: the verb before the successor when the sentence opens with a time: "Per 1 september nam A …"
_VERB_BEFORE = re.compile(r"\b(?:neemt|nam)\s+$", re.IGNORECASE)


def _add_undated(ctx: DocContext, person: Mention, ministry: Mention, sentence: Sentence) -> None:
    """The predecessor worked at the ministry before the handover: her tie takes no date from it."""
    before = len(ctx.relations)
    ctx.add(person, "affiliatedWith", ministry, sentence, "contacts.rol-over-van", 0.7, stated_at=person.start)
    if len(ctx.relations) > before:
        ctx.relations[-1] = dataclasses.replace(ctx.relations[-1], valid_from=None, valid_from_precision=None)


def find_contact_handover(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the ties of a contact role handed over at a ministry (see the module docstring)."""
    if "contactpersoon" not in sentence.text or " van " not in sentence.text:
        return
    text = ctx.text
    for new, ministry, old in zip(mentions, mentions[1:], mentions[2:]):
        if (new.type, ministry.type, old.type) != ("Person", "Ministry", "Person"):
            continue
        role_at = _ROLE_AT.fullmatch(text, new.end, ministry.start)
        if role_at is None or not _OVER_FROM.fullmatch(text, ministry.end, old.start):
            continue
        if not re.match(r"\s*(?:\([^()]{0,60}\)\s*)?(?:neemt|nam)\b", text[new.end:ministry.start]) \
                and not _VERB_BEFORE.search(text, sentence.start, new.start):
            continue
        if not ctx.asserted(sentence, new.start, old.end):
            continue
        day = change_date(text, sentence.start, sentence.end, year=ctx.date)
        until = day_before(day) if day else None
        ctx.add(new, "affiliatedWith", ministry, sentence, "contacts.rol-over-van", 0.7, since=day, stated_at=new.start)
        _add_undated(ctx, old, ministry, sentence)
        ctx.add(new, "succeeded", old, sentence, "contacts.rol-over-van", 0.7, since=day)
        unit = ctx.context_unit(sentence.start)
        if unit is not None:
            ctx.add(new, "contactFor", unit, sentence, "contacts.rol-over-van", 0.7, since=day, stated_at=new.start)
            ctx.add(old, "contactFor", unit, sentence, "contacts.rol-over-van", 0.65, past=True, until=until,
                    stated_at=old.start)
        return
