"""A predecessor's role: the post the successor was just said to take.

Dutch news of an appointment names the post first and the predecessor after, without repeating the
post: "X is per 1 december benoemd tot gemeentesecretaris van Schiedam. Haar voorganger Y gaat met
pensioen", "… die sinds september directeur-generaal is. Zij volgt Y op", and in one sentence: "X is sinds
mei directeur bij BZK en volgt Y op" (the role before the coordinated clause). When the successor holds
exactly one current role stated in the succession's sentence or the two before it, in a sentence that
names no other role ("Haarlem levert met beleidsadviseur X de nieuwe secretaris. Zij volgt Y op": which
post Y left is not certain), and the succession sentence names no role of its own ("Y volgt X op als voorzitter" is read by
:mod:`graph.extract.succession`), the predecessor held that role in the same body before (a past role).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eva Kok is per 1 december benoemd tot gemeentesecretaris van Schiedam. "
...         "Haar voorganger Henk Brouwer gaat met pensioen.")
>>> [(r.subject.text, r.object.text, r.role, r.past) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "roles.predecessor"]
[('Henk Brouwer', 'Schiedam', 'gemeentesecretaris', True)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .periods import day_before
from .role_words import role_of, role_pattern

__all__ = ["find_predecessor_roles"]

#: an office named by its noun in -schap: "het voorzitterschap", "het trekkerschap"
_OFFICE = re.compile(r"\b(\w+?)schap\b")
#: a succession in a clause coordinated to the successor's own: "… en volgt X op"
_COORDINATED_FOLLOWS = re.compile(r"\ben\s+(?:volgt|volgde)\s")


def _names_office(text: str) -> bool:
    """Whether ``text`` names a role by its office ("het voorzitterschap": a voorzitter's).

    >>> _names_office("Zij neemt het voorzitterschap van X over."), _names_office("Het gezelschap vertrok.")
    (True, False)
    """
    return any(role_of(match.group(1)) is not None for match in _OFFICE.finditer(text))


def find_predecessor_roles(ctx: DocContext) -> None:
    """Add the past role of each predecessor whose successor's one new role was just stated."""
    for succession in [r for r in ctx.relations if r.predicate == "succeeded"]:
        sentence = ctx.sentence_at(succession.evidence_start)
        if sentence is None:
            continue
        # "Y is sinds mei directeur bij X en volgt Z op": the role before the clause is Y's new one
        clause = _COORDINATED_FOLLOWS.search(sentence.text)
        start = sentence.start + clause.start() if clause else sentence.start
        if role_pattern().search(ctx.text, start, sentence.end) or _names_office(ctx.text[start:sentence.end]):
            continue  # the succession names its own role: "Zij neemt het voorzitterschap van X over"
        first = sentence
        for _ in range(2):
            first = ctx.previous_sentence(first) or first
        held = {(r.role, r.object.label): r for r in ctx.relations
                if r.predicate == "hasRole" and r.subject.label == succession.subject.label and not r.past
                and first.start <= r.evidence_start <= sentence.start}
        role = next(iter(held.values())) if len(held) == 1 else None
        if role is not None and len(role_pattern().findall(ctx.text, role.evidence_start, role.evidence_end)) == 1:
            # in the successor's own sentence, the successor's start is the predecessor's end, not a start
            until = day_before(role.valid_from) if clause and role.valid_from and len(role.valid_from) == 10 else None
            ctx.add(succession.object, "hasRole", role.object, sentence, "roles.predecessor", 0.6, role=role.role,
                    past=True, until=until, stated_at=start if clause else None)
