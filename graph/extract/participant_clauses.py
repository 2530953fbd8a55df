"""A clause that lists who take part in the programme its sentence opens with: "…; deelnemers zijn A, B en C".

A project card or catalogue record says in one sentence who leads a programme and who take part, the second
clause after a semicolon or comma with the noun fronted: "Het project wordt getrokken door de gemeente Venlo;
deelnemers zijn de gemeenten Heerlen en Maastricht en de provincie Limburg". Each actor of the list right after
"deelnemers zijn" ("deelnemende gemeenten zijn", "de deelnemers zijn", "partners zijn") takes part in the one
programme the clause before names. A sentence naming two programmes before the clause, a list after a word other
than an article or kind ("deelnemers zijn vooral A"), and a clause that opens the sentence (a bare "Deelnemers
zijn A en B" may be anyone's: :func:`graph.extract.partners.partner_copula`) state nothing (round 55e).

Called per sentence by :func:`graph.extract.relations.find_relations`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Nieuws\\n\\nHet Project Zon wordt getrokken door Venlo; deelnemers zijn de gemeenten Heerlen en Maastricht.\\n"
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "relations.deelnemers-clause"]
[('Heerlen', 'Project Zon'), ('Maastricht', 'Project Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_participant_clauses"]

#: the clause after a semicolon or comma: "; deelnemers zijn (de gemeenten) …"
_CLAUSE = re.compile(r"[;,]\s+(?:de\s+)?(?:deelnemers|deelnemende\s+(?:gemeenten|steden|partijen|organisaties)|"
                     r"(?:overige\s+)?partners)\s+(?:zijn|waren)\s+(?:(?:de|het)\s+)?"
                     r"(?:(?:gemeenten|steden|provincies|organisaties|partijen)\s+)?", re.IGNORECASE)


def find_participant_clauses(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add "actor participatesIn programme" for each actor listed in a "; deelnemers zijn …" clause."""
    if "deelnemer" not in sentence.text and "partners" not in sentence.text:
        return
    for match in _CLAUSE.finditer(ctx.text, sentence.start, sentence.end):
        programmes = {m.label: m for m in mentions if m.type == "Programme" and m.end <= match.start()}
        if len(programmes) != 1 or not ctx.asserted(sentence, match.start(), match.end()):
            continue
        programme = next(iter(programmes.values()))
        listed = ctx.list_after(match.end(), sentence.end, types=ACTORS)
        if not listed or listed[0].start - match.end() > 1:
            continue
        for actor in listed:
            ctx.add(actor, "participatesIn", programme, sentence, "relations.deelnemers-clause", 0.7)
