"""The role named after "volgt X op als": the successor's, not X's (walkthrough 39, finding 2).

A council letter writes "Zijn opvolger is Pieter Lankamp. Hij volgt Hofstede ook op als lid van de G40-pijler
Fysiek Domein." The rule of roles after "als" gives the role to the name right before "als", here the one
succeeded: Hofstede became a member of the pijler on the letter's day, with no end, and the successor was
none. In "A volgt B (ook, tevens …) op als <rol>" the role is what B held and A takes over: B's is made past,
and A, the subject of "volgt" (a name before the verb, or for "Hij"/"Zij" the successor of B the document
names), holds it from the document's day (``appointed``, as :mod:`.passed_on_roles` dates a role taken over
without a date). Nothing changes where the role after "als" is another person's ("Hij volgt B op; C blijft
aan als lid") or the successor already holds that role from the sentence.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Per 1 oktober 2025 is Joost Hofstede gestopt als wethouder. Zijn opvolger is Pieter Lankamp. "
...         "Hij volgt Hofstede ook op als lid van de pijler Fysiek Domein.\\n")
>>> sorted((r.subject.text, r.role, r.object.text, r.past) for r in extract(
...     "d", text, gazetteer=load_gazetteer(), date="2025-10-14").relations
...     if r.predicate == "hasRole" and r.object.text == "pijler Fysiek Domein")
[('Hofstede', 'lid', 'pijler Fysiek Domein', True), ('Pieter Lankamp', 'lid', 'pijler Fysiek Domein', False)]
>>> followed_at("Hij volgt Hofstede ook op als lid van de pijler.", 10, 18)
True
>>> followed_at("Hij spreekt Hofstede aan als lid van de pijler.", 12, 20)
False
"""

from __future__ import annotations

import dataclasses
import re

from .model import Relation

__all__ = ["followed_at", "with_followed_as"]

#: after the one succeeded: "(…) (ook/tevens/eveneens/daarnaast/bovendien) (per 1 mei) op als"
_OP_AS = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:ook|tevens|eveneens|daarnaast|bovendien)\s+)?"
                    r"(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?op\s+als\s")
#: the verb before the one succeeded, in the same clause: "volgt", "volgde", "volgen", "volgden"
_FOLLOWS = re.compile(r"\bvolg(?:t|de|en|den)\b")
#: a clause break between the verb and the one succeeded
_BREAK = re.compile(r"[.;:!?\n]")


def followed_at(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is the one succeeded in "… volgt <name> (ook) op als …"."""
    if _OP_AS.match(text, end) is None:
        return False
    clause_start = max((m.end() for m in _BREAK.finditer(text, max(0, start - 160), start)), default=max(0, start - 160))
    return _FOLLOWS.search(text, clause_start, start) is not None


def _surname(label: str) -> str:
    return label.split()[-1].lower() if label.split() else ""


def _successor(text: str, relation: Relation, relations: list[Relation]):
    """The subject of "volgt": a person named before the verb in the clause, else the one the document names
    as the successor of the one succeeded (for "Hij volgt B op als …")."""
    clause_start = max((m.end() for m in _BREAK.finditer(text, relation.evidence_start, relation.subject.start)),
                       default=relation.evidence_start)
    verb = _FOLLOWS.search(text, clause_start, relation.subject.start)
    named = [r.subject for r in relations if r.subject.type == "Person" and clause_start <= r.subject.start
             and verb is not None and r.subject.end <= verb.start() and r.subject.label != relation.subject.label]
    if named:
        return named[-1]
    successors = {r.subject.label: r.subject for r in relations if r.predicate == "succeeded"
                  and r.object.type == "Person" and _surname(r.object.label) == _surname(relation.subject.label)
                  and r.subject.label != relation.subject.label}
    return next(iter(successors.values())) if len(successors) == 1 else None


def with_followed_as(text: str, relations: list[Relation]) -> list[Relation]:
    """``relations`` with the role after "volgt X op als" made X's past and given to the successor (see the module)."""
    if "op als" not in text:
        return relations
    out, added = [], []
    for r in relations:
        if r.predicate == "hasRole" and r.subject.type == "Person" and not r.past and r.valid_until is None \
                and r.evidence_start <= r.subject.start < r.evidence_end \
                and followed_at(text, r.subject.start, r.subject.end):
            successor = _successor(text, r, relations)
            if successor is not None:
                held = any(o.predicate == "hasRole" and o.subject.label == successor.label and o.role == r.role
                           and o.object.label == r.object.label and not o.past for o in relations + added)
                if not held:
                    added.append(dataclasses.replace(r, subject=successor, rule="roles.followed-as", valid_from=None,
                                                     appointed=True, told_past=False))
                r = dataclasses.replace(r, past=True, valid_from=None, appointed=False, told_past=False)
        out.append(r)
    return out + added
