"""Where a person goes who leaves: "X vertrekt per 1 december 2023 naar het ministerie van OCW", "Y gaat
op 1 mei aan de slag bij de gemeente Ede" — X works for OCW from that day (``affiliatedWith``); without a
day, from the document's. The office X leaves is :mod:`graph.extract.departures`' (round 52e: a meeting's
"Mededeling SZW: …"), and the one post X holds elsewhere in the document ends the day before
(:func:`with_left_posts`, round 56t).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Mededelingen: Eva Smit vertrekt per 1 maart 2024 naar het ministerie van EZK."
>>> sorted((r.subject.text, r.predicate, r.object.text, r.valid_from)
...        for r in extract("d", text, gazetteer=load_gazetteer(), date="2024-01-10").relations)
[('Eva Smit', 'affiliatedWith', 'EZK', '2024-03-01')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from .context import DocContext
from .kept_until import same_person
from .model import Relation
from .periods import change_date, day_before

__all__ = ["find_leaving_for", "with_left_posts"]

#: the person's leaving verb, a date, and "naar" the body they go to: "vertrekt per 1 mei naar (de gemeente) X"
_LEAVES_FOR = re.compile(r"\s+(?:vertrekt|vertrok|gaat|ging|stapt|stapte)\s+(?:(?:per|op|met\s+ingang\s+van)\s+"
                         r"\d{1,2}\s+[a-z]+(?:\s+\d{4})?\s+)?(?:over\s+)?naar\s+(?:de\s+|het\s+)?"
                         r"(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?", re.IGNORECASE)
_EMPLOYERS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})


def find_leaving_for(ctx: DocContext) -> None:
    """Each person who "vertrekt (per D) naar X" works for X from D."""
    if "naar" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "naar" not in sentence.text:
            continue
        named = ctx.in_sentence(sentence)
        for person in (m for m in named if m.type == "Person"):
            move = _LEAVES_FOR.match(ctx.text, person.end, sentence.end)
            if move is None or not ctx.asserted(sentence, person.start, move.end()):
                continue
            employer = next((m for m in named if m.start == move.end() and m.type in _EMPLOYERS), None)
            if employer is None:
                ministry = re.match(r"(?:het\s+)?ministerie\s+van\s+", ctx.text[move.end():sentence.end], re.IGNORECASE)
                employer = next((m for m in named if ministry and m.start == move.end() + ministry.end()
                                 and m.type == "Ministry"), None)
            if employer is None:
                continue
            since = change_date(ctx.text, person.end, move.end(), year=(ctx.date or "")[:4] or None)
            before = len(ctx.relations)
            ctx.add(person, "affiliatedWith", employer, sentence, "relations.leaves-for", 0.75, since=since)
            if since and len(ctx.relations) > before and ctx.relations[-1].valid_from is None:
                # the sentence's period is that of leaving (an end): the move's day starts the new tie
                ctx.relations[-1] = replace(ctx.relations[-1], valid_from=since, valid_until=None, past=False)


def with_left_posts(relations: list[Relation], year: str | None) -> list[Relation]:
    """``relations`` where the one post a person who "vertrekt per D naar X" holds elsewhere in the document
    ends the day before D (round 56t): "SZW: Carla Smit (plv. directeur PDV)" in a meeting's attendance and
    "Mededeling SZW: Smit vertrekt per 1 december 2023 naar het ministerie van OCW" make her deputy director
    until 30 November 2023. A post at the body she goes to, one with an end or past, and a person with two
    or more open posts (which one she leaves the text does not say) keep their time.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = "Aanwezig: Eva Smit (directeur Platform31).\\n\\nMededelingen: Eva Smit vertrekt per 1 maart 2024 naar het ministerie van EZK."
    >>> [(r.object.text, r.valid_until, r.past) for r in extract("d", text, gazetteer=load_gazetteer(),
    ...  date="2024-01-10").relations if r.predicate == "hasRole"]
    [('Platform31', '2024-02-29', False)]
    """
    moves = [r for r in relations if r.rule == "relations.leaves-for" and r.valid_from and len(r.valid_from) == 10]
    for move in moves:
        posts = [r for r in relations if r.predicate == "hasRole" and same_person(r.subject, move.subject)
                 and r.object.label != move.object.label and not (r.valid_until or r.past)
                 and r.evidence_start < move.evidence_start and (not r.valid_from or r.valid_from < move.valid_from)]
        if len({(r.role, r.object.label) for r in posts}) != 1:
            continue
        until = day_before(move.valid_from)
        relations = [replace(r, valid_until=until, valid_until_precision=None, past=bool(year and until < year[:10]))
                     if any(r is p for p in posts) else r for r in relations]
    return relations
