"""Where "daar" points back to: the town or body a role is held in, named just before.

Dutch names where a role is held once and then points back to it with the adverb "daar":

    Zij werkte eerder bij de gemeente Enschede en is daar nu raadslid.
    Het programmabureau komt bij de gemeente Helmond. Daar is Eva Kok aangesteld als programmamanager.
    Jan Smit verhuisde naar Deventer. Daar is hij sinds 2022 wethouder.

The role word must be tied to its person by a copula or "als" (``roles.copula``, ``roles.pronoun``,
``roles.inverted-copula``, ``roles.als``, ``roles.benoemd-tot``), with "daar" between the clause's start
and the role word. A title before a name is not enough: "De conferentie was in Zwolle. Daar sprak
wethouder X" says where X spoke, not whose wethouder X is. What "daar" points to is the last holder
the role fits named before it in the same sentence, else the one the sentence before names (none when
it names two); a town right after an organisation ("Avans Hogeschool in Breda") is that organisation's
seat, not a second holder. When "daar" points to nothing the role fits, the role is held nowhere
this module can tell (:func:`held_there` gives None and the caller adds no fact).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> ex = extract("d", "Eva Kok woont in Deventer en is daar nu wethouder.", gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Kok', 'Deventer', 'wethouder')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .lexicon import RoleWord
from .model import Mention, Sentence
from .role_words import role_fits

__all__ = ["THERE_RULES", "there_before", "held_there"]

#: the rules that tie a role word to its person through a verb, where "daar" can say where it is held
THERE_RULES = frozenset({"roles.copula", "roles.pronoun", "roles.inverted-copula", "roles.als", "roles.benoemd-tot"})
#: the free adverb "daar" (not "daarvoor", "daarna", "daarbij")
_THERE = re.compile(r"\b[Dd]aar\b(?![\w-])")
#: a town after an organisation: its seat ("Avans Hogeschool in Breda", "het RIEC in Zwolle")
_SEAT = re.compile(r"\s+(?:in|te)\s+")
#: a preposition of place before a holder: "bij de gemeente Helmond", "in Deventer", "naar de VNG"
_PLACE = re.compile(r"\b(?:in|bij|naar|te|binnen)\s+(?:de\s+|het\s+)?(?:(?:gemeente|provincie)\s+)?$")
_SEATED = frozenset({"Organisation", "OrganisationalUnit", "Programme"})


def there_before(ctx: DocContext, sentence: Sentence, start: int) -> int | None:
    """The offset of the last "daar" of ``sentence`` before ``start`` (a role word), else None."""
    found = None
    for found in _THERE.finditer(ctx.text, sentence.start, start):
        pass
    return found.start() if found is not None else None


def _holders(ctx: DocContext, mentions: list[Mention], role: RoleWord) -> list[Mention]:
    """The mentions ``role`` fits, without a town that is the seat of the organisation before it."""
    kept = []
    for m in mentions:
        if kept and m.type == "Municipality" and kept[-1].type in _SEATED and _SEAT.fullmatch(ctx.text, kept[-1].end, m.start):
            continue
        if role_fits(role, m.type) or m.type in _SEATED:
            kept.append(m)
    return [m for m in kept if role_fits(role, m.type)]


def held_there(ctx: DocContext, sentence: Sentence, there: int, role: RoleWord) -> Mention | None:
    """What the "daar" at offset ``there`` points to, when ``role`` fits it: the last fitting holder
    named before it in ``sentence``, else the one the sentence before names, or of two there the one
    place a preposition gives ("Het bureau komt bij de gemeente Helmond. Daar is …": Helmond)."""
    same = _holders(ctx, ctx.in_span(sentence.start, there), role)
    if same:
        return same[-1]
    previous = ctx.previous_sentence(sentence)
    named = _holders(ctx, ctx.in_sentence(previous), role) if previous is not None else []
    if len({m.label for m in named}) > 1:
        named = [m for m in named if _PLACE.search(ctx.text, max(previous.start, m.start - 30), m.start)]
    return named[-1] if named and len({m.label for m in named}) == 1 else None
