"""A unit that gets (or met under) someone in a role, the unit as the subject of the sentence.

=========================================================================  ====================================
cue                                                                        example
=========================================================================  ====================================
"<unit> krijgt twee trekkers: A (Zaanstad) en B (Hoorn)"                    A and B hasRole trekker of the unit
"<unit> kreeg met (wethouder) A (Venlo) een nieuwe voorzitter"              A hasRole voorzitter of the unit
"Onder voorzitterschap van A kwamen de bestuurders vier keer bijeen"        A chairs the unit of the passage
=========================================================================  ====================================

The unit is the mention right before the verb: a name ("De themagroep Wonen krijgt …") or a word
that refers back to one ("de pijler kreeg …", see :mod:`graph.extract.references`).

Called per sentence by :func:`graph.extract.roles.find_roles`.

Examples
--------
>>> from graph.extract import extract
>>> from graph.gazetteer import load_gazetteer
>>> ex = extract("d", "De themagroep Wonen krijgt twee trekkers: Anna Kroes en Bram Wit.", gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.role, r.object.text) for r in ex.relations if r.predicate == "hasRole")
[('Anna Kroes', 'trekker', 'themagroep Wonen'), ('Bram Wit', 'trekker', 'themagroep Wonen')]
"""

from __future__ import annotations

import re

from .context import HOLDERS, DocContext
from .model import Mention, Sentence

__all__ = ["find_gains"]

#: "<unit> krijgt", "<unit> kreeg"
_GETS = re.compile(r"\s+(?:krijgt|kreeg|krijgen|kregen)\s+")
#: the role(s) before a colon and the names after: "twee trekkers: ", "een nieuwe voorzitter: "
_COUNTED_ROLE = re.compile(r"(?:(?:een|twee|drie|vier|\d)\s+)?(?:nieuwe?\s+)?([\w-]+)\s*:\s*")
#: "met (wethouder) A (Venlo) een nieuwe voorzitter"
_WITH = re.compile(r"met\s+(?:[a-z][\w-]*\s+){0,2}?")
_NEW_ROLE = re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:een\s+)?nieuwe?\s+([\w-]+)\b")
#: a meeting of the passage's unit, chaired: "Onder voorzitterschap van A kwamen de bestuurders … bijeen"
_CHAIRED_MEETING = re.compile(r"\s*Onder\s+voorzitterschap\s+van\s+")
_MET = re.compile(r"\b(?:kwam|kwamen|komt|komen)\s+(?:de|het)\s+(?:bestuurders|leden|wethouders|deelnemers|pijler|"
                  r"themagroep)\b[^.;]{0,60}?\bbijeen\b|\bvergaderde(?:n)?\b")


def find_gains(ctx: DocContext, sentence: Sentence, persons: list[Mention], role_of) -> None:
    """Add the roles ``sentence`` gives to persons of a unit that gets them (see the module)."""
    if not persons:
        return
    text = ctx.text
    if "kr" in sentence.text:
        for unit in [m for m in ctx.in_sentence(sentence) if m.type in HOLDERS]:
            gets = _GETS.match(text, unit.end, sentence.end)
            if gets is None or not ctx.asserted(sentence, unit.start, gets.end()):
                continue
            counted = _COUNTED_ROLE.match(text, gets.end(), sentence.end)
            role = role_of(counted.group(1)) if counted else None
            if role is not None:
                for person in ctx.list_after(counted.end(), sentence.end, types={"Person"}):
                    ctx.add(person, "hasRole", unit, sentence, "gains.krijgt-rollen", 0.7, role=role.label)
                continue
            person = next((p for p in persons if p.start >= gets.end()), None)
            if person is None or not _WITH.fullmatch(text, gets.end(), person.start):
                continue
            new = _NEW_ROLE.match(text, person.end, sentence.end)
            role = role_of(new.group(1)) if new else None
            if role is not None:
                ctx.add(person, "hasRole", unit, sentence, "gains.kreeg-met", 0.7, role=role.label)
    opening = _CHAIRED_MEETING.match(text, ctx.content_start(sentence), sentence.end)
    chair = next((p for p in persons if opening is not None and p.start >= opening.end()), None)
    if chair is not None and chair.start - opening.end() <= 40 and ctx.has_cue(_MET, sentence) \
            and not any(m.type in HOLDERS | {"Event"} for m in ctx.in_span(chair.end, sentence.end)):
        unit = ctx.context_unit(sentence.start)
        if unit is not None and unit.type == "OrganisationalUnit":
            ctx.add(chair, "hasRole", unit, sentence, "gains.onder-voorzitterschap", 0.65, role="voorzitter",
                    stated_at=chair.start)
