"""participatesIn from a colon list of who sit in the body the passage is about: "De stuurgroep … . Verder
hebben zitting: A (wethouder X), B (wethouder Y) en C." (round 52e: a statenbrief's regiegroep). The body
is the unit the passage spoke of last; each person listed takes part in it (their brackets are the role
rules' own).

>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("De Stuurgroep Kustzone stuurt het werk aan. Ook hebben zitting: Iris Mulder (wethouder Den Helder) "
...         "en Kees Bouma (wethouder Texel).")
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.predicate == "participatesIn")
[('Iris Mulder', 'Stuurgroep Kustzone'), ('Kees Bouma', 'Stuurgroep Kustzone')]
"""

from __future__ import annotations

import re

from .cards import value_list
from .context import DocContext

__all__ = ["find_seated_lists"]

#: the lead of the list: "(Verder|Daarnaast|Ook) hebben/heeft zitting:", "Zitting hebben:"
_SEATED = re.compile(r"(?:(?:Verder|Daarnaast|Voorts|Ook|Tevens)\s+)?(?:hebben|heeft|hadden|had)\s+(?:verder\s+|ook\s+)?"
                     r"zitting\s*:\s*|Zitting\s+(?:hebben|heeft)\s*:\s*", re.IGNORECASE)
_UNITS = frozenset({"OrganisationalUnit"})


def find_seated_lists(ctx: DocContext) -> None:
    """Each person of a "Verder hebben zitting: …" list takes part in the passage's unit."""
    if "zitting" not in ctx.text.lower():
        return
    for sentence in ctx.sentences:
        lead = _SEATED.match(ctx.text, ctx.content_start(sentence), sentence.end)
        if lead is None:
            continue
        unit = ctx.context_unit(sentence.start, types=_UNITS)
        if unit is None or unit.end > sentence.start:
            continue
        for person in value_list(ctx, lead.end(), sentence.end, types=frozenset({"Person"})):
            ctx.add(person, "participatesIn", unit, sentence, "relations.seated-list", 0.7)
