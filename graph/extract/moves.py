"""A move from one body to another: "X is per 1 januari 2025 overgestapt van de gemeente A naar de
gemeente B en van de themagroep P naar de themagroep Q".

Each "van <old> naar <new>" pair after the verb ("is/was overgestapt", "stapt/stapte over") ends the
person's tie with the old body the day before the move and starts the tie with the new one on its
day: with a town, a province, a ministry or an organisation that is where the person works
(``affiliatedWith``); with a themagroep, werkgroep or other unit it is a membership (``hasRole`` lid),
as :mod:`graph.extract.left_bodies` reads a body left. Without a date of the move the old tie is
only past, the new one starts with the document.

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Contactlijst\\n\\n3 maart 2025\\n\\nHanna Vos is per 1 januari 2025 overgestapt van de gemeente Breda naar "
...         "de gemeente Tilburg en van de themagroep Wonen naar de themagroep Energie.")
>>> sorted((r.object.text, r.predicate, r.role, r.valid_from, r.valid_until, r.past)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations)
... # doctest: +NORMALIZE_WHITESPACE
[('Breda', 'affiliatedWith', None, None, '2024-12-31', True),
 ('Tilburg', 'affiliatedWith', None, '2025-01-01', None, False),
 ('themagroep Energie', 'hasRole', 'lid', '2025-01-01', None, False),
 ('themagroep Wonen', 'hasRole', 'lid', None, '2024-12-31', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date, day_before

__all__ = ["find_moves"]

#: the verb of a move, after its subject: "is (per 1 januari 2025) overgestapt", "stapt (per mei) over"
_MOVED = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:is|was)\s+(?:[^\s,;]+\s+){0,4}?overgestapt|"
                    r"(?:stapt|stapte)\s+(?:[^\s,;]+\s+){0,4}?over)\s+(?=van\s)", re.IGNORECASE)
#: before the old body: "van de gemeente ", "en van de themagroep "
_FROM = re.compile(r"\s*(?:,\s*|en\s+)?van\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?", re.IGNORECASE)
#: between the old and the new body: " naar de gemeente "
_TO = re.compile(r"\s+naar\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?", re.IGNORECASE)
_EMPLOYERS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})
_MEMBERSHIPS = frozenset({"OrganisationalUnit"})


def _pairs(ctx: DocContext, sentence: Sentence, at: int) -> list[tuple[Mention, Mention]]:
    """The "van <old> naar <new>" pairs from ``at`` on, in order."""
    named = [m for m in ctx.in_sentence(sentence) if m.start >= at]
    pairs = []
    for old, new in zip(named, named[1:]):
        if _FROM.fullmatch(ctx.text, at, old.start) and _TO.fullmatch(ctx.text, old.end, new.start):
            pairs.append((old, new))
            at = new.end
    return pairs


def find_moves(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """End the ties with the bodies a person moved from and start those with the bodies moved to."""
    if "over" not in sentence.text or " naar " not in sentence.text:
        return
    for person in (m for m in mentions if m.type == "Person"):
        verb = _MOVED.match(ctx.text, person.end, sentence.end)
        if verb is None or not ctx.asserted(sentence, person.start, verb.end()):
            continue
        day = change_date(ctx.text, sentence.start, sentence.end, year=ctx.date)
        for old, new in _pairs(ctx, sentence, verb.end()):
            if old.type in _EMPLOYERS and new.type in _EMPLOYERS:
                predicate, role = "affiliatedWith", None
            elif old.type in _MEMBERSHIPS and new.type in _MEMBERSHIPS:
                predicate, role = "hasRole", "lid"
            else:
                continue
            ctx.add(person, predicate, old, sentence, "moves.van-naar", 0.7, role=role, past=True,
                    until=day_before(day) if day else None, stated_at=old.start)
            ctx.add(person, predicate, new, sentence, "moves.van-naar", 0.7, role=role, since=day, stated_at=new.start)
        return
