"""An office named as a task that lies with someone: "Het ambtelijk trekkerschap lag bij X".

A noun in -schap names the office of its role word ("trekkerschap": trekker, "secretarisschap":
secretaris, "coördinatorschap": coördinator), with "ambtelijk" or "bestuurlijk" before it the office
of that kind of trekker. When a sentence opens with that office and says it lies with a person
("ligt/lag bij", "is/was in handen van", "blijft bij"), the person holds the role: of the body named
after "van" ("Het trekkerschap van de themagroep Wonen ligt bij X"), else of the unit or programme the
passage is about ("In 2023 stond de pijler onder leiding van Y. Het ambtelijk trekkerschap lag bij
X"). "lag", "was" and "bleef" say it is over. The chair ("voorzitterschap") is read by
:mod:`.chairs`, the secretariat by :mod:`.membership`.

Called per sentence by :func:`graph.extract.roles.find_roles`.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De pijler Sociaal werkt aan armoede. Het ambtelijk trekkerschap ligt bij Hans Mulder (Apeldoorn)."
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.role, r.object.text, r.past) for r in ex.relations if r.rule == "held-offices.ligt-bij"]
[('Hans Mulder', 'ambtelijk trekker', 'pijler Sociaal', False)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["find_held_offices"]

#: the office opening the sentence: "Het (ambtelijk) trekkerschap (van de themagroep X)"
_OFFICE = re.compile(r"\s*Het\s+(?P<kind>(?:ambtelijk|bestuurlijk)\s+)?(?P<stem>[a-zà-ÿ-]{4,30}?)schap\b"
                     r"(?P<of>\s+van\s+(?:de\s+|het\s+)?)?")
#: with whom it lies: "ligt (sinds 2023) bij", "is in handen van (wethouder)"
_HELD = re.compile(r"\s+(?P<verb>ligt|lag|is|was|blijft|bleef|berust|berustte)\s+(?:(?:nu|al|ook|sinds\s+\S+|vanaf\s+\S+)\s+){0,2}"
                   r"(?:in\s+handen\s+van|bij)\s+(?:(?:de|het)\s+)?(?:[a-z][\w-]*\s+){0,2}")
_HOLDERS = frozenset({"OrganisationalUnit", "Programme", "Organisation"})
_OVER = frozenset({"lag", "was", "bleef", "berustte"})


def find_held_offices(ctx: DocContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Add the role of the person an office lies with in ``sentence`` (see the module docstring)."""
    office = _OFFICE.match(ctx.text, ctx.content_start(sentence), sentence.end)
    role = role_of((office.group("kind") or "") + office.group("stem")) if office is not None else None
    if role is None or role.label == "voorzitter" or not role.scope.startswith("unit"):
        return
    after = office.end()
    body = None
    if office.group("of"):
        body = next((m for m in ctx.in_span(after, sentence.end) if m.start == after), None)
        if body is None or body.type not in _HOLDERS:
            return  # "Het trekkerschap van dit project …": a body the text does not name
        after = body.end
    held = _HELD.match(ctx.text, after, sentence.end)
    person = next((p for p in persons if held is not None and p.start == held.end()), None)
    if person is None or not ctx.asserted(sentence, office.start(), held.end()):
        return
    if body is None:
        body = ctx.context_unit(sentence.start, types=_HOLDERS)
    if body is not None:
        ctx.add(person, "hasRole", body, sentence, "held-offices.ligt-bij", 0.7, role=role.label,
                past=held.group("verb") in _OVER)
