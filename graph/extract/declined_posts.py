"""A post not kept on: "Zij blijft niet aan als trekker van X; haar opvolger als trekker is Y".

"Bas Verhoef, wethouder van Hengelo, wordt per 1 maart 2027 burgemeester van Oss. Hij blijft niet aan als
bestuurlijk trekker van de City Deal Kansrijke Wijken; zijn opvolger als trekker is wethouder Tim Dijkman."
Not staying on ("blijft niet aan als", "treedt niet opnieuw aan als") gives no current role: the role
finder makes it a role of the past (:data:`graph.extract.periods.LEAVING`). This module dates its end and
reads the successor (walkthrough 26, finding 2):

- the sentence before dates the holder's move ("wordt per 1 maart 2027 burgemeester van Oss"): the post
  not kept on ends the day before, unless the sentence dates the leaving itself;
- "; zijn/haar opvolger (als …) is (wethouder) Y" after it: Y succeeded the holder, from that day, and
  takes over the post (:func:`graph.extract.passed_on_roles.add_succession`).

Called per sentence by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("Bas Verhoef, wethouder van Hengelo, wordt per 1 maart 2027 burgemeester van Oss. Hij blijft niet aan "
...         "als bestuurlijk trekker van de City Deal Kansrijke Wijken; zijn opvolger als trekker is wethouder Tim Dijkman.")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2027-01-20")
>>> sorted((r.subject.text, r.predicate, r.role, r.valid_from, r.valid_until) for r in ex.relations
...        if r.object.text == "City Deal Kansrijke Wijken" or r.predicate == "succeeded")
... # doctest: +NORMALIZE_WHITESPACE
[('Bas Verhoef', 'hasRole', 'bestuurlijk trekker', None, '2027-02-28'),
 ('Tim Dijkman', 'hasRole', 'bestuurlijk trekker', '2027-03-01', None),
 ('Tim Dijkman', 'hasRole', 'trekker', '2027-03-01', None),
 ('Tim Dijkman', 'succeeded', None, '2027-03-01', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import _end_at, _replace, add_succession
from .periods import change_date, day_before

__all__ = ["declined_post"]

#: not staying on in a post: "blijft (na de verkiezingen) niet aan als", "treedt niet opnieuw aan als"
_DECLINED = re.compile(r"\b(?:blijft|bleef|blijven|bleven)\s+(?:[\w-]+\s+){0,3}?niet\s+aan\s+als\s|"
                       r"\b(?:treedt|trad|treden|traden)\s+(?:[\w-]+\s+){0,3}?niet\s+(?:opnieuw|weer|meer)\s+aan\s+als\s",
                       re.IGNORECASE)
#: the successor named after a semicolon: "; haar opvolger (als trekker) is (wethouder) "
_SUCCESSOR = re.compile(r";\s*(?:zijn|haar)\s+(?:opvolger|opvolgster)\s+(?:als\s+[^,;:.()]{1,60}?\s+)?(?:is|wordt|was|werd)\s+"
                        r"(?:(?:de\s+heer|mevrouw|[a-z][\w-]*)\s+){0,2}$", re.IGNORECASE)


def _move_day(ctx: DocContext, sentence: Sentence, holder: Mention) -> str | None:
    """The day the sentence before dates a new post of ``holder`` from ("wordt per 1 maart 2027
    burgemeester van Oss"): one start, to the day, after the document's date."""
    previous = ctx.previous_sentence(sentence)
    if previous is None:
        return None
    starts = {r.valid_from for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == holder.label
              and previous.start <= r.evidence_start < previous.end and not r.past and r.valid_from
              and len(r.valid_from) == 10 and (not ctx.date or r.valid_from > ctx.date[:10])}
    return starts.pop() if len(starts) == 1 else None


def declined_post(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """End the post ``sentence`` says its holder does not keep on, and add the successor it names (see the
    module docstring)."""
    declined = _DECLINED.search(ctx.text, sentence.start, sentence.end)
    if declined is None:
        return
    clause_end = ctx.text.find(";", declined.end(), sentence.end)
    clause_end = sentence.end if clause_end < 0 else clause_end
    posts = [r for r in ctx.relations if r.predicate == "hasRole" and r.past and r.subject.type == "Person"
             and sentence.start <= r.evidence_start < sentence.end and declined.end() <= r.object.start < clause_end]
    holders = {r.subject.label: r.subject for r in posts}
    if len(holders) != 1:
        return
    holder = next(iter(holders.values()))
    own_day = change_date(ctx.text, sentence.start, clause_end, year=ctx.date)
    day = own_day or _move_day(ctx, sentence, holder)
    if day is not None and own_day is None:
        for post in posts:
            _end_at(ctx, post, day_before(day))
    successor = next((p for p in persons if p.start > clause_end and p.label != holder.label
                      and _SUCCESSOR.search(ctx.text, clause_end, p.start)), None)
    if successor is None or re.search(r"\b(?:niet|geen|nog)\b", ctx.text[clause_end:successor.start], re.IGNORECASE):
        return
    add_succession(ctx, sentence, successor, holder, 0.7, day=day)
    if day is not None:  # the successor's own words for the post ("als trekker") start that day too
        for relation in [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == successor.label
                         and r.object.type != "Municipality" and not r.valid_from and not r.past
                         and clause_end <= r.evidence_start < sentence.end]:
            _replace(ctx, relation, valid_from=day)
