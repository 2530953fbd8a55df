"""A partner named before a relative clause "met wie …": "Platform31, met wie de pijler een programma uitvoert".

Dutch refers back to a partner with "met wie" (persons and bodies; "waarmee" is as often a thing):

=========================================================  ===================================
construction                                               fact
=========================================================  ===================================
"… contact met Platform31, met wie de pijler een            Pijler collaboratesWith Platform31
kennisprogramma uitvoert"
"de VNG, met wie Breda al jaren optrekt"                   Breda collaboratesWith VNG
=========================================================  ===================================

The clause's subject is the actor right after "met wie" (an article may stand before it); the
partner is the actor right before the comma. A denied clause ("met wie de pijler niet meer
samenwerkt") states nothing. Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Er is contact met Platform31, met wie de VNG een programma uitvoert."
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "relations.met-wie"]
[('VNG', 'Platform31')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_with_whom"]

#: ", met wie (de) " between the partner and the clause's subject
_WITH_WHOM = re.compile(r"\s*,\s*met\s+wie\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+|ministerie\s+van\s+)?", re.IGNORECASE)
#: where the relative clause ends: the next comma, semicolon or colon
_CLAUSE_END = re.compile(r"[,;:]")


def find_with_whom(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "<subject> collaboratesWith <partner>" for each "<partner>, met wie <subject> …" of ``sentence``."""
    if "met wie" not in sentence.text:
        return
    actors = [m for m in mentions if m.type in ACTORS]
    for partner, subject in zip(actors, actors[1:]):
        joint = _WITH_WHOM.fullmatch(ctx.text, partner.end, subject.start)
        if joint is None:
            continue
        end = _CLAUSE_END.search(ctx.text, subject.end, sentence.end)
        if ctx.asserted(sentence, partner.end, end.start() if end else sentence.end):
            ctx.add(subject, "collaboratesWith", partner, sentence, "relations.met-wie", 0.7)
