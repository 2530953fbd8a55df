"""A succession that names the role: "In Ede wordt X als wethouder opgevolgd door Y".

When the clause of the succession says in which role one succeeds the other ("X wordt als wethouder
opgevolgd door Y", "Y volgt X op als wethouder", "Y volgt X als wethouder op"; not "Y volgt wethouder X op, die
na zijn vertrek als wethouder is afgetreden": the post the predecessor left, round 59s) and the same sentence
gives X that role at a holder ("In Ede … X als wethouder": X is wethouder of Ede), the successor
holds that role there now. This passes on a role of a municipality too, which a succession without
a named role does not (see :data:`graph.extract.passed_on_roles.PASSED_ON`): the sentence itself says
which post changed hands.

A successor "namens" a body takes the seat of the one replaced: "Welkom aan X, nieuw namens Zwolle;
zij vervangt Y" makes both affiliated with Zwolle (:func:`find_seat_succession`).

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

__all__ = ["find_named_role_succession", "find_seat_succession"]

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
        if role is not None and _OWN_EVENT.search(ctx.text, sentence.start, als.start()) is not None \
                and not _THEN_SUCCEEDED.match(ctx.text, found.end()):
            continue  # "…, die na zijn vertrek als wethouder is afgetreden": the predecessor's post, not the one passed on
        if role is not None:
            roles.add(role.label)
    return roles


#: a possessive and a noun right before "als <rol>": "na zijn vertrek (als wethouder)", "bij haar afscheid" (round 59s)
_OWN_EVENT = re.compile(r"\b(?:zijn|haar|hun)\s+[a-z]{4,}\s+$")
#: the role right before the participle of the succession: "bij zijn pensionering als directeur (opgevolgd door)"
_THEN_SUCCEEDED = re.compile(r"\s+opgevolgd\b")


def find_named_role_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the successor's role the succession of ``sentence`` names (see the module docstring)."""
    if " als " not in sentence.text or not any(m.type == "Person" for m in mentions):
        return
    roles = _named_roles(ctx, sentence)
    if not roles:
        return
    here = [r for r in ctx.relations if sentence.start <= r.evidence_start and r.evidence_end <= sentence.end]
    named = sum(m.type == "Person" for m in mentions) >= 2  # (both named: the role may be passed on in the sentence)
    for succession in (r for r in here if r.predicate == "succeeded"):
        passed = False
        for held in here if named else ():
            if held.predicate == "hasRole" and held.subject.label == succession.object.label and held.role in roles \
                    and not any(r.predicate == "hasRole" and r.subject.label == succession.subject.label
                                and r.role == held.role for r in here):
                ctx.add(succession.subject, "hasRole", held.object, sentence, "succession.als-rol", 0.65,
                        role=held.role, stated_at=succession.subject.start)
                passed = True
        if not passed and _AS_SUCCEEDED.search(sentence.text):
            _role_held_before(ctx, sentence, succession, roles)


#: the passive with the role right before its participle: "(Hij werd …) als directeur opgevolgd door"
_AS_SUCCEEDED = re.compile(r"\bals\s+[\w-]+(?:\s+[\w-]+)?\s+opgevolgd\s+door\b")


def _role_held_before(ctx: DocContext, sentence: Sentence, succession, roles: set[str]) -> None:
    """"Hij werd bij zijn pensionering als directeur opgevolgd door Y" where the paragraph said before that he was
    "directeur-bestuurder van Woonstichting X": Y is directeur there now (round 55d). The one succeeded held one
    role of that word (or a compound on it: "directeur-bestuurder") at one body, earlier in the same paragraph."""
    paragraph = ctx.text.rfind("\n\n", 0, sentence.start) + 1
    held = {(r.object.label, r.object.type): r.object for r in ctx.relations if r.predicate == "hasRole"
            and r.subject.label == succession.object.label and paragraph <= r.evidence_start < sentence.start
            and r.role is not None and any(r.role == role or r.role.startswith(role + "-") for role in roles)}
    if len(held) != 1 or len(roles) != 1:
        return
    ctx.add(succession.subject, "hasRole", next(iter(held.values())), sentence, "succession.als-rol", 0.6,
            role=next(iter(roles)), stated_at=succession.subject.start)


#: the seat someone holds for a body: "(nieuw) namens (de gemeente) Zwolle"
_ON_BEHALF = re.compile(r"\bnamens\s+(?:de\s+gemeente\s+|de\s+provincie\s+|het\s+ministerie\s+van\s+|de\s+|het\s+)?",
                        re.IGNORECASE)
_SEAT_HOLDERS = frozenset({"Municipality", "Organisation", "Ministry", "Province"})


def find_seat_succession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Welkom aan X, nieuw namens Zwolle; zij vervangt Y": X sits for Zwolle, and so did Y before
    (a successor in a seat takes the seat of the one replaced): both are affiliated with Zwolle.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> ex = extract("d", "Welkom aan Eva Kok, nieuw namens Zwolle; zij vervangt Jan Smit.", gazetteer=load_gazetteer())
    >>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.rule == "succession.namens-zetel")
    [('Eva Kok', 'Zwolle'), ('Jan Smit', 'Zwolle')]
    """
    if "namens" not in sentence.text:
        return
    successions = [r for r in ctx.relations if r.predicate == "succeeded"
                   and sentence.start <= r.evidence_start and r.evidence_end <= sentence.end]
    for succession in successions:
        new, old = succession.subject, succession.object
        for cue in ctx.asserted_cues(_ON_BEHALF, sentence):
            seat = next((m for m in mentions if m.start == cue.end() and m.type in _SEAT_HOLDERS), None)
            between = [m for m in mentions if m.type == "Person" and new.end <= m.start < cue.start()]
            if seat is None or cue.start() < new.end or seat.start > old.start or between:
                continue  # the seat is said of the successor, before the one replaced
            ctx.add(new, "affiliatedWith", seat, sentence, "succession.namens-zetel", 0.7)
            ctx.add(old, "affiliatedWith", seat, sentence, "succession.namens-zetel", 0.65, past=True)
