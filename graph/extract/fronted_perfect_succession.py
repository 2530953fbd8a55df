"""The perfect of "opvolgen" after a fronted time, its pronoun subject after the verb: "Per 1 januari 2027
is zij Gerrit Wolters opgevolgd als voorzitter" — she succeeded him (walkthrough 26, finding 1).

The one succeeded is the object, named after the pronoun; the pronoun is the person named before
(:func:`graph.extract.antecedents.object_antecedent`). The successor holds the office ("als voorzitter")
from the day the fronted time gives, in the body where the one succeeded held it in the document (else
the unit the passage is about); the one succeeded held it until the day before, and their terms there
end with the succession (:mod:`graph.succession_ends`).

Called per sentence by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = ("De Pijler Cultuur werd in 2026 voorgezeten door wethouder Gerrit Wolters van Hengelo. Op 12 mei 2026 "
...         "benoemde de ledenvergadering wethouder Ria Smit van Oss tot vicevoorzitter. Per 1 januari 2027 is zij "
...         "Gerrit Wolters opgevolgd als voorzitter.")
>>> ex = extract("d", text, gazetteer=load_gazetteer(), date="2027-02-03")
>>> for r in ex.relations:
...     if r.predicate == "succeeded" or r.role == "voorzitter":
...         print(r.subject.text, r.predicate, r.object.text, r.valid_from, r.valid_until)
Gerrit Wolters hasRole Pijler Cultuur None 2026-12-31
Gerrit Wolters hasRole Pijler Cultuur 2026-01-01 2026-12-31
Ria Smit succeeded Gerrit Wolters 2027-01-01 None
Ria Smit hasRole Pijler Cultuur 2027-01-01 None
"""

from __future__ import annotations

import re

from .antecedents import object_antecedent
from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import _replace
from .periods import change_date, day_before
from .roles import role_of, role_pattern

__all__ = ["fronted_perfect_succession"]

#: "Per 1 januari 2027 is zij (wethouder) ": a fronted time, the auxiliary, the pronoun, a title
_OPENING = re.compile(r"\s*(?:Per|Sinds|Vanaf|Op|In|Met\s+ingang\s+van)\s+[^,;:()]{1,30}?\s+(?:is|heeft|was|had)\s+"
                      r"(?:hij|zij|ze)\s+(?:(?:de\s+heer|mevrouw|wethouder|burgemeester|gedeputeerde)\s+)?")
#: after the one succeeded: "(Hengelo) opgevolgd als " (or the office before: "als voorzitter opgevolgd")
_AS_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?opgevolgd\s+als\s+")
_AS_BEFORE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?als\s+(?=\S[^,;:()]{0,60}?\s+opgevolgd\b)")


def fronted_perfect_succession(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the succession, the successor's office and the predecessor's end of "Per D is zij X opgevolgd als
    voorzitter" (see the module docstring)."""
    if not persons or not _OPENING.fullmatch(ctx.text, sentence.start, persons[0].start):
        return
    old = persons[0]
    as_role = _AS_AFTER.match(ctx.text, old.end, sentence.end) or _AS_BEFORE.match(ctx.text, old.end, sentence.end)
    if as_role is None:
        return
    named = role_pattern().match(ctx.text, as_role.end())
    role = role_of(named.group(0)) if named else None
    new = object_antecedent(ctx, sentence)
    day = change_date(ctx.text, sentence.start, old.start, year=ctx.date)
    if role is None or new is None or new.label == old.label or day is None:
        return
    until = day_before(day)
    for relation in [r for r in ctx.relations if r.predicate == "hasRole" and r.subject is old and r.role == role.label]:
        # "X opgevolgd als voorzitter" read as X's office from that day: X's until the day before
        _replace(ctx, relation, valid_from=None, valid_until=until, past=True)
    held = [r for r in ctx.relations if r.predicate == "hasRole" and r.subject.label == old.label and r.role == role.label
            and r.subject is not old]
    body = held[-1].object if held else ctx.context_unit(sentence.start)
    if body is None:
        return
    ctx.add(new, "succeeded", old, sentence, "succession.fronted-perfect", 0.75, since=day)
    ctx.add(new, "hasRole", body, sentence, "succession.fronted-perfect", 0.7, role=role.label, stated_at=new.start,
            since=day)
    if not held:
        ctx.add(old, "hasRole", body, sentence, "succession.fronted-perfect", 0.65, role=role.label, past=True,
                stated_at=old.start, until=until)
