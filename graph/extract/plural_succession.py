"""Successions told with a plural pronoun: "A en B worden trekker. Zij volgen X op".

The sentence before gives several people a role of a unit, programme or organisation; "Zij volgen X
op" (the plural verb: not one person's "Zij volgt") makes each of them X's successor, and X's roles
there pass on as for any succession (:func:`graph.extract.passed_on_roles.add_succession`). A negated
clause ("Zij volgen X niet op") states nothing. Called per sentence by
:func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("De themagroep Wonen wordt getrokken door wethouder Anna Vos (Zwolle) en wethouder Tom Kok (Delft). "
...         "Zij volgen Ruud Bril op.")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded")
[('Anna Vos', 'Ruud Bril'), ('Tom Kok', 'Ruud Bril')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import PASSED_ON, add_succession

__all__ = ["find_plural_succession"]


def find_plural_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "A succeeded X" for each holder A a plural "Zij volgen X op" in ``sentence`` stands for."""
    if "volg" not in sentence.text:
        return
    persons = [m for m in mentions if m.type == "Person"]
    if persons:
        _they_follow(ctx, sentence, persons)


#: a plural pronoun that follows someone up: "Zij volgen (sinds mei) X op"
_THEY_FOLLOW = re.compile(r"\s*(?:Zij|Ze)\s+(?:volgen|volgden)\s+(?:[\w-]+\s+){0,6}?")


def _they_follow(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"A en B worden trekker. Zij volgen X op": A and B each succeeded X (the holders of the roles
    the sentence before gives, when there are several)."""
    match = _THEY_FOLLOW.fullmatch(ctx.text, sentence.start, persons[0].start)
    if match is None or not re.match(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;]{0,80},\s*)?op\b", ctx.text[persons[0].end:sentence.end]):
        return
    previous = ctx.previous_sentence(sentence)
    if previous is None or "\n\n" in ctx.text[previous.end:sentence.start]:
        return
    holders = {r.subject.label: r.subject for r in ctx.relations if r.predicate == "hasRole" and not r.past
               and r.subject.type == "Person" and r.object.type in PASSED_ON
               and previous.start <= r.evidence_start < previous.end}
    if len(holders) < 2 or not ctx.asserted(sentence, sentence.start, persons[0].start):
        return
    for holder in holders.values():
        if holder.label != persons[0].label:
            add_succession(ctx, sentence, holder, persons[0], 0.7)
