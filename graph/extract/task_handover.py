"""A move with the tasks handed over: "Sanne Bosman is per 1 januari 2025 overgestapt naar het ministerie van
KGG; Joris Lam heeft haar taken voor de City Deal Kennis overgenomen" (walkthrough 25, finding 3).

The one who moved works at the body moved to from the day of the move (``affiliatedWith``; a move
"van A naar B" is :mod:`graph.extract.moves`'); the one who took over her tasks for a programme, unit
or event is its contact from that day (``contactFor``), and she was up to the day before (past): the
ministry contact of a City Deal changed hands that day.

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Contactlijst\\n\\n3 maart 2025\\n\\nSanne Bosman is per 1 januari 2025 overgestapt naar het ministerie van "
...         "Klimaat en Groene Groei; Joris Lam heeft haar taken voor de City Deal Kennis Maken overgenomen.")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until, r.past)
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations)
... # doctest: +NORMALIZE_WHITESPACE
[('Joris Lam', 'contactFor', 'City Deal Kennis Maken', '2025-01-01', None, False),
 ('Sanne Bosman', 'affiliatedWith', 'Klimaat en Groene Groei', '2025-01-01', None, False),
 ('Sanne Bosman', 'contactFor', 'City Deal Kennis Maken', None, '2024-12-31', True)]
"""

from __future__ import annotations

import re

from .contact_pages import CONTACT_THINGS
from .context import DocContext
from .model import Mention, Sentence
from .periods import change_date, day_before

__all__ = ["find_task_handover"]

#: after the one who moved: " is per 1 januari 2025 overgestapt naar het ministerie van "
_MOVED_TO = re.compile(r"\s+(?:is|was)\s+(?:[^\s,;]+\s+){0,5}?overgestapt\s+naar\s+(?:de\s+|het\s+)?"
                       r"(?:ministerie\s+van\s+|gemeente\s+|provincie\s+)?", re.IGNORECASE)
#: between the body and the one who took over: "; " or ", en "
_THEN = re.compile(r"\s*[;,]\s*(?:en\s+)?|\.\s+")
#: after the one who took over: " heeft haar taken voor de "
_TOOK_TASKS = re.compile(r"\s+(?:heeft|had)\s+(?:haar|zijn|diens)\s+taken\s+(?:voor|rond|bij)\s+(?:de\s+|het\s+)?",
                         re.IGNORECASE)
#: after what the tasks were for: " overgenomen"
_TAKEN_OVER = re.compile(r"\s+(?:[^\s,;.]+\s+){0,3}?overgenomen\b")
_EMPLOYERS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})


def find_task_handover(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the move and the contact role handed over (see the module docstring)."""
    if "overgestapt" not in sentence.text or "taken" not in sentence.text:
        return
    by_start = {m.start: m for m in mentions}
    for moved in (m for m in mentions if m.type == "Person"):
        verb = _MOVED_TO.match(ctx.text, moved.end, sentence.end)
        body = by_start.get(verb.end()) if verb is not None else None
        then = _THEN.match(ctx.text, body.end, sentence.end) if body is not None else None
        taker = by_start.get(then.end()) if then is not None else None
        tasks = _TOOK_TASKS.match(ctx.text, taker.end, sentence.end) if taker is not None else None
        thing = by_start.get(tasks.end()) if tasks is not None else None
        if body is None or body.type not in _EMPLOYERS or taker is None or taker.type != "Person" or thing is None \
                or thing.type not in CONTACT_THINGS or not _TAKEN_OVER.match(ctx.text, thing.end, sentence.end) \
                or not ctx.asserted(sentence, moved.start, thing.end):
            continue
        day = change_date(ctx.text, sentence.start, verb.end(), year=ctx.date)
        ctx.add(moved, "affiliatedWith", body, sentence, "contacts.taken-overgenomen", 0.7, since=day, stated_at=body.start)
        ctx.add(taker, "contactFor", thing, sentence, "contacts.taken-overgenomen", 0.7, since=day, stated_at=thing.start)
        ctx.add(moved, "contactFor", thing, sentence, "contacts.taken-overgenomen", 0.7, past=True,
                until=day_before(day) if day else None, stated_at=thing.start)
        return
