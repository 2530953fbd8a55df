"""A predecessor's role when the succession names the role but not its body: "Voor Zwolle is het een van de
eerste klussen van wethouder X. Hij volgde in mei 2023 Y op als wethouder Duurzaamheid", "Portefeuillehouder:
wethouder X (Zwolle). Zij volgde per 1 januari wethouder Y op". The role the succession names (after "als" or
before the predecessor's name) is one the successor was just said to hold, in the succession's sentence or the
two before: the predecessor held it in the same body before (a past role, up to the day before the succession's
date when the sentence gives one). :mod:`graph.extract.predecessor_roles` reads the succession that names no role;
this one the succession whose every role word names that same role, in a clause that names no body of its own
("Y volgt X op als voorzitter van de pijler" is :mod:`graph.extract.succession`'s). When the successor held that
role in two bodies, or the clause names another role ("volgde Y op als trekker" of a wethouder), nothing (round 58g).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wethouder Eva Kok van Zwolle is portefeuillehouder. Zij volgde per 1 januari 2026 wethouder Jan Bos op."
>>> [(r.subject.text, r.object.text, r.role, r.past, r.valid_until)
...  for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule == RULE]
[('Jan Bos', 'Zwolle', 'wethouder', True, '2025-12-31')]
"""

from __future__ import annotations

from .context import ACTORS, DocContext
from .periods import day_before
from .role_words import role_of, role_pattern

__all__ = ["find_named_predecessor_roles", "RULE"]

RULE = "roles.predecessor-named"


def find_named_predecessor_roles(ctx: DocContext) -> None:
    """Add the past role of each predecessor whose succession names the successor's role, not its body."""
    for succession in [r for r in ctx.relations if r.predicate == "succeeded"]:
        sentence = ctx.sentence_at(succession.evidence_start)
        if sentence is None or succession.subject.type != "Person" or succession.object.type != "Person":
            continue
        named = {role_of(m.group()) for m in role_pattern().finditer(ctx.text, sentence.start, sentence.end)}
        if not named or None in named or len({r.label for r in named}) != 1:
            continue  # no role named (predecessor_roles'), or two of them
        label = next(iter(named)).label
        if any(m.type in ACTORS and m.type != "Person" for m in ctx.in_span(sentence.start, sentence.end)):
            continue  # "volgde Y op als wethouder van Ede": the body named, succession's own reading
        first = sentence
        for _ in range(2):
            first = ctx.previous_sentence(first) or first
        held = {(r.role, r.object.label): r for r in ctx.relations
                if r.predicate == "hasRole" and r.subject.label == succession.subject.label and not r.past
                and r.role == label and first.start <= r.evidence_start <= sentence.end}
        if len(held) != 1:
            continue
        role = next(iter(held.values()))
        if any(r.predicate == "hasRole" and r.subject.label == succession.object.label and r.object.label == role.object.label
               for r in ctx.relations):
            continue  # the predecessor's role there is stated already
        since = succession.valid_from  # the handover: the predecessor's last day is the one before
        if since and len(since) == 10 and succession.valid_from_precision is None:
            until, precision = day_before(since), None
        elif since:  # "in mei 2023": some day of that month (or year)
            until, precision = since, succession.valid_from_precision or ("month" if len(since) == 7 else "year")
        else:
            until, precision = None, None
        ctx.add(succession.object, "hasRole", role.object, sentence, RULE, 0.6, role=label, past=True, until=until,
                precision=precision, stated_at=succession.evidence_start if until is None else None)
