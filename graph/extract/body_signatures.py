"""The signatures under a governing body's closing line, each name with its office after it::

    Gedeputeerde Staten van Drenthe,

    P.J. Kuiper, voorzitter
    M.A. de Groot, secretaris

Each signatory holds that office in the province (or municipality, under "Burgemeester en wethouders van
X,") the closing line names: the Commissaris van de Koning chairs Gedeputeerde Staten, its secretary is the
province's. Not in a unit the letter spoke of before (round 52e: a statenbrief's regiegroep). The order
"de secretaris, Y" is :mod:`graph.extract.firstperson`'s.

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De Stuurgroep Zon vergadert.\\n\\nGedeputeerde Staten van Drenthe,\\n\\n"
...         "P.J. Kuiper, voorzitter\\nM.A. de Groot, secretaris\\n")
>>> sorted((r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('M.A. de Groot', 'Drenthe', 'secretaris'), ('P.J. Kuiper', 'Drenthe', 'voorzitter')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .roles import role_of

__all__ = ["find_body_signatures"]

#: the closing line of a body that signs: "Gedeputeerde Staten van X,", "Burgemeester en wethouders van X,"
_CLOSING = re.compile(r"^[ \t]*(?:(?:Het\s+)?[Cc]ollege\s+van\s+)?(?:Gedeputeerde\s+Staten|[Bb]urgemeester\s+en\s+wethouders)"
                      r"\s+van\s+(?=\S)", re.MULTILINE)
#: a signature line after it: a name, a comma and one office word ("P.J. Kuiper, voorzitter")
_SIGNED = re.compile(r"[ \t]*,[ \t]*(?P<role>[a-zà-ÿ-]+)[ \t]*$", re.MULTILINE)
_PLACES = frozenset({"Province", "Municipality"})


def find_body_signatures(ctx: DocContext) -> None:
    """Each "Name, office" line under a body's closing line holds the office in the body's place."""
    if "Staten van" not in ctx.text and "wethouders van" not in ctx.text:
        return
    for closing in _CLOSING.finditer(ctx.text):
        line_end = ctx.text.find("\n", closing.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        place = next((m for m in ctx.in_span(closing.end(), line_end) if m.start == closing.end()), None)
        if place is None or place.type not in _PLACES or not ctx.text[place.end:line_end].strip() == ",":
            continue
        signed = []
        for person in (m for m in ctx.in_span(line_end, min(len(ctx.text), line_end + 300)) if m.type == "Person"):
            office = _SIGNED.match(ctx.text, person.end)
            role = role_of(office.group("role")) if office else None
            if role is None or ctx.text.rfind("\n", 0, person.start) < line_end - 1 \
                    or ctx.text[ctx.text.rfind("\n", 0, person.start) + 1:person.start].strip():
                continue  # a name that opens its own line, its office after it
            sentence = ctx.sentence_at(person.start)
            if sentence is None:
                continue
            signed.append(person)
            ctx.add(person, "hasRole", place, sentence, "signatures.body", 0.8, role=role.label)
        ctx.relations[:] = [r for r in ctx.relations if not (r.predicate == "hasRole" and r.rule != "signatures.body"
                                                            and any(r.subject is p for p in signed))]
