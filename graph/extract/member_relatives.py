"""Members told in a relative clause: "de G40, het netwerk van veertig middelgrote gemeenten waarvan Hoorn lid is".

Dutch tells a membership by the clause "waarvan X lid is" (literally "of which X is a member") or "waarvan X deel
uitmaakt" ("of which X is a part") after the network, association or unit it is of, often in an apposition that
describes it::

    Hoorn deelt de ervaringen met andere steden in de G40, het netwerk van middelgrote gemeenten waarvan Hoorn lid is.
    Zij sprak namens Divosa, de vereniging waarvan ook Ede en Breda lid zijn.
    De bijdrage aan de Metropoolregio Eindhoven, de samenwerking van 21 gemeenten waarvan Helmond deel uitmaakt, stijgt.

The clause's subject (one actor or a list joined by commas and "en", "ook" before it) takes part in the nearest
organisation, unit or programme named before "waarvan" in the sentence, with no other actor between them (the
apposition's own words may stand between: "het netwerk van veertig gemeenten"). A clause with no named antecedent
("de netwerken waarvan Deventer lid is") or a denied one ("waarvan Ede geen lid meer is", "niet langer lid") says
nothing. Rule ``relations.waarvan-lid`` (round 58s).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Ede werkt mee in de G40, het netwerk van middelgrote gemeenten waarvan Ede lid is."
>>> [(r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == "relations.waarvan-lid"]
[('Ede', 'G40')]
"""

from __future__ import annotations

import re

from .consisting_members import listed_actors
from .context import DocContext
from .model import Mention, Sentence

__all__ = ["find_member_relatives"]

#: the clause: "waarvan (ook) <list> (ook) lid is/zijn", "waarvan <list> deel uitmaakt"
_WAARVAN = re.compile(r"\bwaarvan\s+(?:ook\s+)?")
_LID = re.compile(r"\s+(?:ook\s+|al\s+|sinds\s+\d{4}\s+)?(?:lid\s+(?:is|zijn|was|waren)|deel\s+uit(?:maakt|maken|maakte|maakten))\b")
_BETWEEN = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:(?:de|het)\s+)?(?:(?:gemeente|provincie|ministerie\s+van)\s+)?",
                      re.IGNORECASE)
_OPENING = re.compile(r"(?:(?:de|het)\s+)?(?:(?:gemeenten?|provincies?)\s+)?", re.IGNORECASE)
#: what a member belongs to
_BODIES = ("Organisation", "OrganisationalUnit", "Programme")
#: members: the bodies of the list
_MEMBERS = frozenset({"Municipality", "Province", "Organisation", "Ministry"})


def find_member_relatives(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the members a "…, waarvan X lid is" clause names of the body before it (see the module)."""
    if "waarvan" not in sentence.text:
        return
    for clause in ctx.cues(_WAARVAN, sentence):
        lid = _LID.search(ctx.text, clause.end(), sentence.end)
        if lid is None or not ctx.asserted(sentence, clause.start(), lid.end()):
            continue
        members = listed_actors(ctx, mentions, clause.end(), lid.start(), between_pattern=_BETWEEN, opening=_OPENING,
                                leave_out=frozenset({"OrganisationalUnit", "Person"}))
        before = [m for m in mentions if m.end <= clause.start()]
        body = before[-1] if before else None
        if not members or body is None or body.type not in _BODIES or not all(m.type in _MEMBERS for m in members):
            continue
        for member in members:
            ctx.add(member, "participatesIn", body, sentence, "relations.waarvan-lid", 0.7)
