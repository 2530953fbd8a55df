"""The list a relative clause of taking part introduces: "de netwerken waarin Ede deelneemt: A, B en C".

"Het rapport geeft een beeld van de netwerken waarin Apeldoorn deelneemt: het Stedennetwerk G40, de
Cleantech Regio en de Regio Deal X" names, after the colon, what the clause's actor takes part in: the
actor takes part in each item, and the items do not take part in the last one (as "A, B en C nemen deel
aan X" would say). Called once per document by :func:`graph.extract.extract`, after the sentence rules
(rule ``relations.listed-participation``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het overzicht toont de netwerken waarin Breda meedoet: de VNG, Platform31 en de Regio Deal Noord."
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Breda', 'participatesIn', 'Platform31'), ('Breda', 'participatesIn', 'Regio Deal Noord'), ('Breda', 'participatesIn', 'VNG')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .cues import may_occur

__all__ = ["find_listed_participations", "RULE"]

RULE = "relations.listed-participation"

#: "waarin X deelneemt:" — the actor between "waarin"/"waaraan" and the verb, the colon after it
_CLAUSE = re.compile(r"\b(?:waarin|waaraan|waarbij)\s+(?P<actor>[^:;.]{2,60}?)\s+(?:deelneemt|deelnemen|meedoet|meedoen|"
                     r"participeert|participeren|is\s+aangesloten|zijn\s+aangesloten|actief\s+is)\s*:\s*", re.IGNORECASE)
#: kinds of mention an item may be
_ITEMS = frozenset({"Organisation", "Programme", "OrganisationalUnit", "Ministry", "Event"})


def find_listed_participations(ctx: DocContext) -> None:
    """Add the actor's participation in each listed item; drop the items' own part in the last one."""
    if ":" not in ctx.text or not may_occur(_CLAUSE, ctx.text):  # the pattern's own words, once a text
        return
    for sentence in ctx.sentences:
        for clause in _CLAUSE.finditer(ctx.text, sentence.start, sentence.end):
            actors = [m for m in ctx.in_span(clause.start("actor"), clause.end("actor")) if m.type in ACTORS]
            items = [m for m in ctx.in_span(clause.end(), sentence.end) if m.type in _ITEMS]
            if len(actors) != 1 or not items:
                continue
            for item in items:
                ctx.add(actors[0], "participatesIn", item, sentence, RULE, 0.75)
            listed = {(m.start, m.end) for m in items}
            ctx.relations[:] = [r for r in ctx.relations if not (
                r.predicate == "participatesIn" and r.rule != RULE and r.evidence_start == sentence.start
                and (r.subject.start, r.subject.end) in listed and (r.object.start, r.object.end) in listed)]
