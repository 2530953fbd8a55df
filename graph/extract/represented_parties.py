"""A party of an agreement and the one who represents it in signing: their office in it (round 60r).

An overeenkomst, convenant or verwerkersovereenkomst opens with its parties, each an item that names the party, where
it is established, and who acts for it, with that person's office::

    1. De gemeente Tiel, gevestigd te Tiel, te dezen rechtsgeldig vertegenwoordigd door mevrouw drs. A.B. (Anna)
       Kok, wethouder Economie, daartoe gemachtigd bij besluit van de burgemeester, handelend als penvoerder namens
       de gemeenten Tiel, Culemborg en Buren (hierna: "Opdrachtgever");
    2. Datawerk B.V., gevestigd te Ede, te dezen vertegenwoordigd door de heer J.P. Bos, algemeen directeur;

The person after "vertegenwoordigd door" (titles and "mevrouw" / "de heer" before the name) holds the office named
right after the name's comma in the party that opens the item: Anna Kok is wethouder of Tiel, J.P. Bos algemeen
directeur of Datawerk, whatever other bodies the item names later ("namens de gemeenten …"). The office must fit
the party: a municipality's office (wethouder, burgemeester) only in a municipality, a province's in a province.
Rule ``parties.represented-by``. Not read: a party that does not open the item, a representative with no office after
the name ("vertegenwoordigd door haar directeur" names no one), a denied representation.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("DE ONDERGETEKENDEN:\\n\\n2. Datawerk B.V., gevestigd te Ede, te dezen vertegenwoordigd door de heer "
...         "ir. J.P. Bos, algemeen directeur (hierna: \\"Verwerker\\");\\n")
>>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == RULE]
[('J.P. Bos', 'Datawerk B.V.', 'algemeen directeur')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Sentence
from .role_words import role_of, role_pattern

__all__ = ["find_represented_parties", "RULE"]

RULE = "parties.represented-by"

_PARTY_TYPES = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: what may stand before the party's name at the item's start: "De gemeente", "het ministerie van"
_LEAD = re.compile(r"\s*(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van|stichting|vereniging)\s+)?",
                   re.IGNORECASE)
#: the cue, with the contract's own words before it: "te dezen (rechtsgeldig) vertegenwoordigd door"
_REPRESENTED = re.compile(r"\b(?:te\s+dezen\s+)?(?:rechtsgeldig\s+)?vertegenwoordigd\s+door\s+")
#: what may stand between the cue and the name: "mevrouw drs.", "de heer ir."
_BEFORE_NAME = re.compile(r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.|mw\.)\s+)?(?:(?:drs|dr|ir|mr|ing|prof|ds)\.\s*)*")
#: the office after the name: ", wethouder …"
_COMMA = re.compile(r"\s*,\s*")
#: the party's type an office of a government needs
_FITS = {"municipality": "Municipality", "province": "Province", "ministry": "Ministry"}


def find_represented_parties(ctx: DocContext) -> None:
    """Add each representative's office in the party that opens its item (see the module)."""
    if "vertegenwoordigd door" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "vertegenwoordigd door" in sentence.text:
            _represented(ctx, sentence)


def _represented(ctx: DocContext, sentence: Sentence) -> None:
    mentions = ctx.in_sentence(sentence)
    opening = ctx.content_start(sentence)
    party = next((m for m in mentions if m.type in _PARTY_TYPES), None)
    if party is None or not _LEAD.fullmatch(ctx.text, opening, party.start):
        return  # the party opens the item ("1. De gemeente Tiel, …")
    cue = _REPRESENTED.search(ctx.text, party.end, sentence.end)
    if cue is None or not ctx.asserted(sentence, cue.start(), cue.end()):
        return
    at = _BEFORE_NAME.match(ctx.text, cue.end()).end()
    person = next((m for m in mentions if m.start == at and m.type == "Person"), None)
    comma = _COMMA.match(ctx.text, person.end, sentence.end) if person is not None else None
    word = role_pattern().match(ctx.text, comma.end()) if comma else None
    role = role_of(word.group(0)) if word else None
    if role is None or _FITS.get(role.scope, party.type) != party.type:
        return
    ctx.add(person, "hasRole", party, sentence, RULE, 0.75, role=role.label)
