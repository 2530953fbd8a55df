"""A succession said in a later clause of the sentence, or in a relative clause: "Y werd gekozen
als voorzitter; zij volgt X per 1 januari op", "Welkom aan Y; zij vervangt X", "X was
vicevoorzitter; haar taak is overgenomen door Y", "Het bestuur benoemt Y …, als opvolger van de
heer X", "Y, die de themagroep sinds 2022 trekt als opvolger van X". The pronoun of the clause is
the last person named before it.

Called by :func:`graph.extract.succession.find_succession`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> text = "Anna Kroes (Leeuwarden) werd gekozen als voorzitter; zij volgt Bram Wit per 1 januari op."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
[('Anna Kroes', 'Bram Wit')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .passed_on_roles import PASSED_ON, add_succession, share_role_back
from .roles import role_of
from .succession_words import DESCRIBED, TASK

__all__ = ["pronoun_follows_in_clause", "pronoun_replaces_in_clause", "handover_in_clause", "as_successor_of"]

#: "…, als opvolger van (de heer) X": the successor is the person named before in the sentence
_AS_SUCCESSOR = re.compile(r",\s*(?:als\s+)?(?:opvolger|opvolgster)\s+van\s+(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?")


#: "X, die de themagroep sinds 2022 trekt als opvolger van Y": the relative clause of X says whom X succeeded
_RELATIVE_SUCCESSOR = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?,\s*die\s+[^,;()]{0,80}?\bals\s+(?:opvolger|opvolgster)\s+van\s+"
                                 r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?")


#: a later clause whose pronoun is the person named before: "X is gekozen als voorzitter; zij volgt Y op"
_CLAUSE_PRONOUN_FOLLOWS = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:volgt|volgde)\s+(?:\w+\s+){0,3}?")


#: the passive in a later clause: "…; hij wordt (per 1 mei) opgevolgd door"
_CLAUSE_PRONOUN_SUCCEEDED = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:wordt|werd|is)\s+(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?"
                                       r"opgevolgd\s+door\s+", re.IGNORECASE)


def pronoun_follows_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Y (Leeuwarden) werd gekozen als voorzitter; zij volgt X per 1 januari op": Y succeeded X
    (the pronoun is the last person named before the clause)."""
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_FOLLOWS, sentence):
        before = [p for p in persons if p.end <= match.start()]
        old = next((p for p in persons if p.start >= match.end()), None)
        if old is not None and not re.fullmatch(DESCRIBED, ctx.text[match.end():old.start]):
            old = None  # only a description may stand before the one succeeded: "de Goudse wethouder X"
        if before and old is not None and _FOLLOWS_TAIL.match(ctx.text, old.end, sentence.end):
            add_succession(ctx, sentence, before[-1], old, 0.7, stated_at=match.start())
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_SUCCEEDED, sentence):
        # "X treedt af als voorzitter; hij wordt opgevolgd door (wethouder) Y": Y succeeded X
        before = [p for p in persons if p.end <= match.start()]
        new = next((p for p in persons if p.start >= match.end()), None)
        if before and new is not None and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", ctx.text[match.end():new.start]):
            add_succession(ctx, sentence, new, before[-1], 0.7, stated_at=match.start())


#: a later clause whose pronoun replaces someone: "Welkom aan X; zij vervangt (wethouder) Y"
_CLAUSE_PRONOUN_REPLACES = re.compile(r"[;,]\s*(?:en\s+)?(?:hij|zij|ze)\s+(?:vervangt|verving)\s+", re.IGNORECASE)


def pronoun_replaces_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Welkom aan X (Ede); zij vervangt Y, die …": X succeeded Y (the pronoun is the last person named
    before the clause; only a description may stand before Y).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> ex = extract("d", "Welkom aan Eva Kok, nieuw namens Epe; zij vervangt Jan de Wit.", gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "succeeded"]
    [('Eva Kok', 'Jan de Wit')]
    """
    for match in ctx.asserted_cues(_CLAUSE_PRONOUN_REPLACES, sentence):
        before = [p for p in persons if p.end <= match.start()]
        old = next((p for p in persons if p.start >= match.end()), None)
        if before and old is not None and re.fullmatch(DESCRIBED, ctx.text[match.end():old.start]) \
                and not re.match(r"[^,;.]*\b(?:niet|nooit)\b", ctx.text[old.end:sentence.end]):
            add_succession(ctx, sentence, before[-1], old, 0.7, stated_at=match.start())


_FOLLOWS_TAIL = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:per|op|in|vanaf)\s+[\w ]{1,30}?\s+)?op\b")


#: a later clause about the task of the one named before: "X was vicevoorzitter; haar taak is
#: overgenomen door (wethouder) Y"
_HANDOVER_CLAUSE = re.compile(r"[;,]\s*(?:zijn|haar)\s+" + TASK + r"\s+(?:wordt|werd|is|worden|werden|zijn)\s+"
                              r"(?:\w+\s+){0,3}?(?:overgenomen|ingenomen)\s+door\s+", re.IGNORECASE)


def handover_in_clause(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Vicevoorzitter was X (Almere); haar taak is overgenomen door wethouder Y (Dordrecht)": Y
    succeeded X, the last person named before the clause; a role word may precede Y."""
    if len(persons) < 2:
        return
    for match in ctx.asserted_cues(_HANDOVER_CLAUSE, sentence):
        before = [p for p in persons if p.end <= match.start()]
        new = next((p for p in persons if p.start >= match.end()), None)
        if before and new is not None and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", ctx.text[match.end():new.start]):
            add_succession(ctx, sentence, new, before[-1], 0.7, stated_at=new.start)


def as_successor_of(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """"Het bestuur benoemt Y per 1 april tot penningmeester van de G40, als opvolger van de heer X":
    Y succeeded X, and X held the role Y is given."""
    for new, old in zip(persons, persons[1:]):
        if _RELATIVE_SUCCESSOR.fullmatch(ctx.text, new.end, old.start) and ctx.asserted(sentence, new.start, old.end):
            _pulled_in_relative(ctx, sentence, new, old)
            add_succession(ctx, sentence, new, old, 0.75)
    opening_pronoun = _OPENING_PRONOUN.match(ctx.text, ctx.content_start(sentence)) is not None
    for cue in ctx.cues(_AS_SUCCESSOR, sentence) if len(persons) > 1 or opening_pronoun else ():
        old = next((p for p in persons if p.start == cue.end()), None)
        before = [p for p in persons if p.end <= cue.start()]
        if not before and opening_pronoun and old is not None:
            named = ctx.pronoun_subject(sentence)[1]  # "Zij werd in 2023 benoemd als trekker, als opvolger van X"
            before = [named] if named is not None and named.type == "Person" and named.end <= sentence.start else []
        if old is None or not before or ";" in ctx.text[max(before[-1].end, sentence.start):cue.start()] or \
                not ctx.asserted(sentence, max(before[-1].start, sentence.start), old.end):
            continue
        add_succession(ctx, sentence, before[-1], old, 0.75)
        share_role_back(ctx, sentence, before[-1], old)


#: a sentence that opens with a personal pronoun: "Zij werd …", "Hij is …"
_OPENING_PRONOUN = re.compile(r"(?:Zij|Hij|Ze)\s")


#: the unit the relative clause says the successor pulls or chairs: "die de themagroep Jeugd sinds 2022 trekt"
_PULLS_UNIT = re.compile(r"\b(?:trekt|trok|voorzit|zat\s+[^,;()]{0,40}?voor)\b")


def _pulled_in_relative(ctx: DocContext, sentence: Sentence, new: Mention, old: Mention) -> None:
    """"X, die de themagroep Jeugd sinds 2022 trekt als opvolger van Y": X is the unit's trekker (Y
    was, before; see :func:`graph.extract.passed_on_roles.add_succession`)."""
    verb = _PULLS_UNIT.search(ctx.text, new.end, old.start)
    units = [m for m in ctx.in_span(new.end, verb.start()) if m.type in PASSED_ON] if verb else []
    if len(units) != 1 or not re.fullmatch(r"(?:\s*\([^()]{0,60}\))?\s*,\s*die\s+(?:de|het)\s+",
                                           ctx.text[new.end:units[0].start]):
        return
    role = role_of("trekker" if verb.group().startswith("tr") else "voorzitter")
    if role is not None:
        ctx.add(new, "hasRole", units[0], sentence, "succession.relatief-trekt", 0.7, role=role.label,
                stated_at=verb.start())
