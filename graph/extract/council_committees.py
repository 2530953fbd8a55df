"""A council's committee is part of its council: "GEMEENTERAAD HENGELO" over "Rapport van de commissie onderzoek
geloofsbrieven".

A report of a council's committee (:mod:`graph.extract.report_committees`) opens with the council on its first
line ("Gemeenteraad Ede", "GEMEENTERAAD EDE", "De raad van de gemeente Ede"); the committee is the council's,
and a council is its municipality's body (the project names a councillor's seat by the town: "raadslid van
Ede"), so the committee is part of that municipality (round 55d). A first line that names no council ("Gemeente
Ede", "College van B en W") or no town leaves the committee alone.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("GEMEENTERAAD DEVENTER\\n\\nRapport van de commissie onderzoek geloofsbrieven\\n\\nDeventer, 3 mei 2026\\n\\n"
...         "De commissie bestond uit drie raadsleden.\\n")
>>> [(r.subject.label, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.predicate == "partOf"]
[('commissie onderzoek geloofsbrieven', 'DEVENTER')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["council_committees"]

#: the council on a document's first line: "Gemeenteraad Ede", "GEMEENTERAAD VAN EDE", "De raad van de gemeente Ede"
_COUNCIL_LINE = re.compile(r"[ \t#*]*(?:de\s+)?(?:gemeente)?raad\s+(?:van\s+)?(?:de\s+gemeente\s+)?(?=\S)", re.IGNORECASE)


def council_committees(ctx: DocContext) -> None:
    """Put the committee a council's report is written by under the municipality its first line names."""
    committees = [m for m in ctx.mentions if m.rule == "references.report-committee"]
    if not committees:
        return
    first = len(ctx.text) - len(ctx.text.lstrip())
    line_end = ctx.text.find("\n", first)
    line_end = len(ctx.text) if line_end < 0 else line_end
    council = _COUNCIL_LINE.match(ctx.text, first, line_end)
    town = next((m for m in ctx.mentions if council is not None and m.start == council.end()
                 and m.type == "Municipality" and not ctx.text[m.end:line_end].strip()), None)
    if town is None:
        return
    sentence = ctx.sentence_at(committees[0].start)
    if sentence is not None:
        ctx.add(committees[0], "partOf", town, sentence, "relations.raadscommissie", 0.7)
