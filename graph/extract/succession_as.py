"""A succession that names the role: "In Ede wordt X als wethouder opgevolgd door Y".

When the clause of the succession says in which role one succeeds the other ("X wordt als wethouder
opgevolgd door Y", "Y volgt X op als wethouder", "Y volgt X als wethouder op") and the same sentence
gives X that role at a holder ("In Ede … X als wethouder": X is wethouder of Ede), the successor
holds that role there now. This passes on a role of a municipality too, which a succession without
a named role does not (see :data:`graph.extract.succession._PASSED_ON`): the sentence itself says
which post changed hands.

Called per sentence by :func:`graph.extract.relations.find_relations`, after the succession.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "In Ede wordt Eva Kok als wethouder opgevolgd door Jan Smit.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole")
[('Eva Kok', 'Ede', 'wethouder'), ('Jan Smit', 'Ede', 'wethouder')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_named_role_succession"]

#: "als <rol>" in the clause of a succession: before "opgevolgd", after "op", or between the names
_AS = re.compile(r"\bals\s+(?:de\s+|het\s+)?(?:nieuwe\s+)?", re.IGNORECASE)
_SUCCESSION_WORD = re.compile(r"\b(?:opgevolgd|volgt|volgde|opvolger|opvolgster)\b", re.IGNORECASE)


def _named_roles(ctx: DocContext, sentence: Sentence) -> set[str]:
    """The roles an "als <rol>" of ``sentence`` names (the sentence must speak of a succession)."""
    if not _SUCCESSION_WORD.search(sentence.text):
        return set()
    roles = set()
    for als in _AS.finditer(ctx.text, sentence.start, sentence.end):
        found = role_pattern().match(ctx.text, als.end())
        role = role_of(found.group(0)) if found else None
        if role is not None:
            roles.add(role.label)
    return roles


def find_named_role_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the successor's role the succession of ``sentence`` names (see the module docstring)."""
    if " als " not in sentence.text or sum(m.type == "Person" for m in mentions) < 2:
        return
    roles = _named_roles(ctx, sentence)
    if not roles:
        return
    here = [r for r in ctx.relations if sentence.start <= r.evidence_start and r.evidence_end <= sentence.end]
    for succession in (r for r in here if r.predicate == "succeeded"):
        for held in here:
            if held.predicate == "hasRole" and held.subject.label == succession.object.label and held.role in roles \
                    and not any(r.predicate == "hasRole" and r.subject.label == succession.subject.label
                                and r.role == held.role for r in here):
                ctx.add(succession.subject, "hasRole", held.object, sentence, "succession.als-rol", 0.65,
                        role=held.role, stated_at=succession.subject.start)
