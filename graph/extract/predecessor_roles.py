"""A predecessor's role: the post the successor was just said to take.

Dutch news of an appointment names the post first and the predecessor after, without repeating the
post: "X is per 1 december benoemd tot gemeentesecretaris van Schiedam. Haar voorganger Y gaat met
pensioen", "… die sinds september directeur-generaal is. Zij volgt Y op". When the successor holds
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
from .role_words import role_of, role_pattern

__all__ = ["find_predecessor_roles"]

#: an office named by its noun in -schap: "het voorzitterschap", "het trekkerschap"
_OFFICE = re.compile(r"\b(\w+?)schap\b")


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
        if sentence is None or role_pattern().search(ctx.text, sentence.start, sentence.end) \
                or _names_office(sentence.text):
            continue  # the succession names its own role: "Zij neemt het voorzitterschap van X over"
        first = sentence
        for _ in range(2):
            first = ctx.previous_sentence(first) or first
        held = {(r.role, r.object.label): r for r in ctx.relations
                if r.predicate == "hasRole" and r.subject.label == succession.subject.label and not r.past
                and first.start <= r.evidence_start <= sentence.start}
        role = next(iter(held.values())) if len(held) == 1 else None
        if role is not None and len(role_pattern().findall(ctx.text, role.evidence_start, role.evidence_end)) == 1:
            ctx.add(succession.object, "hasRole", role.object, sentence, "roles.predecessor", 0.6, role=role.role,
                    past=True)
