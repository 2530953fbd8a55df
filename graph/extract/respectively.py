""""Respectievelijk": the n-th of one list goes with the n-th of the other.

Dutch pairs two coordinated lists with "respectievelijk" instead of writing each pair out:

======================================================  =============================================
construction                                            pairs
======================================================  =============================================
"A en B nemen deel aan X respectievelijk (resp.) Y"      A–X, B–Y (not B–X)
"A en B nemen respectievelijk deel aan X en Y"           A–X, B–Y
"A en B zijn respectievelijk voorzitter en secretaris    A voorzitter of X, B secretaris of X
van X"
"A, B en C (respectievelijk wethouder van X, Y en Z)"    A wethouder of X, B of Y, C of Z
======================================================  =============================================

The other rules read such a sentence as if every name of the one list went with every name of the
other (or with the first only); this pass, run after them, keeps the pairs "respectievelijk" makes
and drops the rest. When the two lists differ in length, the pairing is unknown: no fact joins them.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Breda en Ede nemen deel aan de City Deal Zon respectievelijk de Regio Deal Noord.",
...              gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.object.text) for r in ex.relations if r.predicate == "participatesIn")
[('Breda', 'City Deal Zon'), ('Ede', 'Regio Deal Noord')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_respectively"]

#: the cue, also abbreviated: "respectievelijk", "resp."
_CUE = re.compile(r"\b(?:respectievelijk\b|resp\.)", re.IGNORECASE)
#: between two members of a list: "A, B en C", "A (Ede) en B", "X respectievelijk Y", "de X en de Y"
_JOIN = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*(?:en\s+)?|en\s+|,?\s*(?:respectievelijk|resp\.)\s+)(?:de\s+|het\s+)?",
                   re.IGNORECASE)
#: between the cue and the first member after it: "respectievelijk (deel aan) (de)"
_AFTER_CUE = re.compile(r"\s+(?:[a-zà-ÿ]+\s+){0,3}?(?:de\s+|het\s+)?")
#: between the last member before the cue and the cue: "X respectievelijk", "X, respectievelijk"
_BEFORE_CUE = re.compile(r"\s*,?\s*")
#: between the role words after the cue and their bodies: "wethouder van", "voorzitter bij de"
_OF = re.compile(r"\s+(?:van|bij|in)\s+(?:de\s+|het\s+)?", re.IGNORECASE)
#: between two role words: "voorzitter en secretaris", "voorzitter, trekker en secretaris"
_ROLE_JOIN = re.compile(r"\s*(?:,\s*(?:en\s+)?|en\s+)")


def _run_forward(text: str, mentions: list[Mention], first: Mention) -> list[Mention]:
    run, k = [first], mentions.index(first)
    while k + 1 < len(mentions) and _JOIN.fullmatch(text, run[-1].end, mentions[k + 1].start):
        k += 1
        run.append(mentions[k])
    return run


def _run_backward(text: str, mentions: list[Mention], last: Mention) -> list[Mention]:
    run, k = [last], mentions.index(last)
    while k > 0 and _JOIN.fullmatch(text, mentions[k - 1].end, run[0].start):
        k -= 1
        run.insert(0, mentions[k])
    return run


def _role_words(text: str, start: int, end: int) -> tuple[list[str], int]:
    """The role words coordinated from ``start`` ("voorzitter en secretaris") and where they end."""
    roles, at = [], start
    while True:
        match = role_pattern().match(text, at, end)
        role = role_of(match.group(0)) if match else None
        if role is None:
            return roles, at
        roles.append(role.label)
        at = match.end()
        join = _ROLE_JOIN.match(text, at, end)
        if join is None or not role_pattern().match(text, join.end(), end):
            return roles, at
        at = join.end()


def _pairs(ctx: DocContext, sentence: Sentence, cue: re.Match) -> tuple[list[Mention], list[Mention], list[str]] | None:
    """The left list, the right list and the role words of one "respectievelijk" (None: not read)."""
    text, mentions = ctx.text, ctx.in_sentence(sentence)
    before = [m for m in mentions if m.end <= cue.start()]
    after = [m for m in mentions if m.start >= cue.end()]
    if not before:
        return None
    if _BEFORE_CUE.fullmatch(text, before[-1].end, cue.start()) and after \
            and _JOIN.fullmatch(text, before[-1].end, after[0].start):
        right = _run_backward(text, mentions, before[-1])  # "X respectievelijk Y"
        right = right[:-1] + _run_forward(text, mentions, before[-1])
        left_end = [m for m in mentions if m.end <= right[0].start]
        return (_run_backward(text, mentions, left_end[-1]), right, []) if left_end else None
    left = _run_backward(text, mentions, before[-1])
    space = re.match(r"\s+", text[cue.end():])
    roles, roles_end = _role_words(text, cue.end() + (space.end() if space else 0), sentence.end)
    if roles:
        of = _OF.match(text, roles_end, sentence.end)
        first = next((m for m in after if of and m.start == of.end()), None)
        return (left, _run_forward(text, mentions, first) if first else [], roles) if first else None
    first = next((m for m in after if _AFTER_CUE.fullmatch(text, cue.end(), m.start)), None)
    return (left, _run_forward(text, mentions, first), []) if first else None


def _pair_roles(ctx: DocContext, sentence: Sentence, left: list[Mention], right: list[Mention],
                roles: list[str]) -> None:
    """"A en B zijn respectievelijk voorzitter en secretaris van X", "A en B (respectievelijk
    wethouder van X en Y)": each person their own role or body."""
    if len(roles) == 1 and len(right) == len(left):
        wanted = {(a.start, b.start, roles[0]) for a, b in zip(left, right)}
    elif len(right) == 1 and len(roles) == len(left):
        wanted = {(a.start, right[0].start, role) for a, role in zip(left, roles)}
    else:
        wanted = set()
    ends = {m.start for m in right}
    persons = {m.start for m in left}
    ctx.relations[:] = [r for r in ctx.relations
                        if not (r.evidence_start == sentence.start and r.subject.start in persons
                                and r.object.start in ends and (r.subject.start, r.object.start, r.role) not in wanted)]
    by_start = {m.start: m for m in left + right}
    for subject, obj, role in sorted(wanted):
        ctx.add(by_start[subject], "hasRole", by_start[obj], sentence, "relations.respectievelijk", 0.7, role=role)


def _pair_relations(ctx: DocContext, sentence: Sentence, left: list[Mention], right: list[Mention]) -> None:
    """"A en B nemen deel aan X respectievelijk Y": A–X and B–Y, with the predicate the other rules read."""
    lefts, rights = {m.start: k for k, m in enumerate(left)}, {m.start: k for k, m in enumerate(right)}
    joined = [r for r in ctx.relations if r.evidence_start == sentence.start
              and r.subject.start in lefts and r.object.start in rights]
    predicates = {(r.predicate, r.role) for r in joined}
    ctx.relations[:] = [r for r in ctx.relations if r not in joined
                        or (len(left) == len(right) and lefts[r.subject.start] == rights[r.object.start])]
    if len(predicates) != 1 or len(left) != len(right):
        return
    predicate, role = predicates.pop()
    for subject, obj in zip(left, right):
        ctx.add(subject, predicate, obj, sentence, "relations.respectievelijk", 0.7, role=role)


def find_respectively(ctx: DocContext) -> None:
    """Pair the lists of each sentence with "respectievelijk" (after every other rule has read it)."""
    for sentence in ctx.sentences:
        if "espectievelijk" not in sentence.text and "resp." not in sentence.text:
            continue
        for cue in _CUE.finditer(ctx.text, sentence.start, sentence.end):
            found = _pairs(ctx, sentence, cue)
            if found is None or len(found[0]) < 2 and len(found[1]) < 2:
                continue
            left, right, roles = found
            if roles:
                _pair_roles(ctx, sentence, left, right, roles)
            else:
                _pair_relations(ctx, sentence, left, right)
