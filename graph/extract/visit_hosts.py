"""Whom a visit report met where: "Bij Fontys Venlo spraken we met lector Hanneke Gubbels over het project X."

A report of a working visit tells each stop with the body visited fronted and the person met after the verb::

    Bij **Fontys Venlo** spraken we met lector **Hanneke Gubbels** over het project *Talent Blijft*.
    Bij Woonstichting Maasveld werden we ontvangen door directeur Eva Kok.

"Bij <organisatie> spraken/sprak we/wij/ik (met) <rol> <persoon>" or "… werden/werd we/wij/ik ontvangen door <rol>
<persoon>": the person holds the role at the organisation (a role an organisation's staff holds; the name may be set
in bold). A town visited ("Bij de gemeente Venlo spraken we met wethouder X") is left to the rules of municipal
offices; a person met without a role word, or a denied meeting, gives nothing. Rule ``roles.bij-x-spraken-we``
(round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Bij Stichting Zonnewijk spraken we met directeur Eva Kok over de wijk."
>>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "roles.bij-x-spraken-we"]
[('Eva Kok', 'Stichting Zonnewijk', 'directeur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .role_words import role_fits, role_of, role_pattern

__all__ = ["find_visit_hosts"]

#: the fronted place: "Bij (de|het) **"
_BIJ = re.compile(r"[Bb]ij\s+(?:de\s+|het\s+)?(?:\*\*)?")
#: the verb, the speaker and "met"/"door" before the role word: "** spraken we met ", " werden wij ontvangen door "
#: (a place may close the body's name the mention leaves out: "Fontys Venlo")
_MET = re.compile(r"(?:\s+[A-Z][\w-]*)?(?:\*\*)?\s+(?:(?:spraken|sprak|spreken|spreek)\s+(?:we|wij|ik)\s+(?:uitgebreid\s+)?met|"
                  r"(?:werden|werd)\s+(?:we|wij|ik)\s+ontvangen\s+door)\s+")
#: between the role word (with its field) and the name
_TO_NAME = re.compile(r"(?:\s+[a-zà-ÿ][\w-]*){0,2}?\s+(?:\*\*)?")


def find_visit_hosts(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the role of the person a "Bij <organisatie> spraken we met <rol> <persoon>" sentence names (see the module)."""
    if "Bij" not in sentence.text and "bij" not in sentence.text:
        return
    opening = _BIJ.match(ctx.text, ctx.content_start(sentence), sentence.end)
    body = next((m for m in mentions if opening is not None and m.start == opening.end()), None)
    if body is None or body.type != "Organisation":
        return
    met = _MET.match(ctx.text, body.end, sentence.end)
    word = role_pattern().match(ctx.text, met.end(), sentence.end) if met is not None else None
    role = role_of(word.group()) if word is not None else None
    if role is None or not role_fits(role, "Organisation"):
        return
    person = next((m for m in mentions if m.start > word.end() and m.type == "Person"), None)
    if person is None or not _TO_NAME.fullmatch(ctx.text, word.end(), person.start) \
            or not ctx.asserted(sentence, met.start(), person.end):
        return
    ctx.add(person, "hasRole", body, sentence, "roles.bij-x-spraken-we", 0.7, role=role.label)
