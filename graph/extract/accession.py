"""Joining and representing: "de toetreding van Deventer tot de City Deal X", "X vertegenwoordigt Ede
in de pijler Y".

A council proposal asks to agree with a town's accession to a programme ("In te stemmen met de
toetreding van Deventer tot de City Deal Eenvoudig Maatwerk"): the town takes part in it, unless the
accession is only possible ("een eventuele toetreding"). A member list of a municipality says who
represents it where ("Wethouder X (Economie) vertegenwoordigt Ede in de pijler Economie en Werk"):
that person takes part in the unit.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De raad stemt in met de toetreding van Deventer tot de City Deal Eenvoudig Maatwerk."
>>> [(r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations]
[('Deventer', 'participatesIn', 'City Deal Eenvoudig Maatwerk')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .periods import MONTHS
from .relation_common import _THINGS

__all__ = ["accession", "represents_in"]

#: "(X) vertegenwoordigt <actor> in de <unit>"
_REPRESENTS = re.compile(r"\bvertegenwoordigt\s+")
#: "in de", also after the time the representation began: "vertegenwoordigt Deventer sinds 8 oktober 2025 in de
#: pijler Fysiek Domein" (walkthrough 39, finding 4), "… per 1 januari 2026 in de", "… sinds 2023 in het"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_IN_THE = re.compile(rf"\s+(?:(?:sinds|per|vanaf|met\s+ingang\s+van)\s+(?:\d{{1,2}}\s+(?:{_MONTH})\s+)?(?:19|20)\d\d\s+)?"
                     r"in\s+(?:de|het)\s+")
#: "(de) toetreding van <actor> tot (de/het) <thing>"
_ACCESSION = re.compile(r"\btoetreding\s+van\s+(?:de\s+gemeente\s+|de\s+provincie\s+)?")
_TOT_THE = re.compile(r"\s+tot\s+(?:de|het)\s+")
#: words that make an accession unsure: "een eventuele toetreding", "een mogelijke toetreding"
_UNSURE = re.compile(r"\b(?:eventuele|mogelijke|beoogde)\s+$", re.IGNORECASE)


def accession(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"In te stemmen met de toetreding van Deventer tot de City Deal X": the actor takes part in it."""
    for match in ctx.asserted_cues(_ACCESSION, sentence):
        if _UNSURE.search(ctx.text, max(sentence.start, match.start() - 12), match.start()):
            continue
        actor = next((m for m in mentions if m.start == match.end() and m.type in ACTORS), None)
        tot = _TOT_THE.match(ctx.text, actor.end, sentence.end) if actor is not None else None
        thing = next((m for m in mentions if tot and m.start == tot.end() and m.type in _THINGS), None)
        if thing is not None:
            ctx.add(actor, "participatesIn", thing, sentence, "relations.toetreding", 0.75)


def represents_in(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """"Wethouder X (Economie) vertegenwoordigt Ede in de pijler Economie en Werk": the person takes
    part in the unit (for the actor, whose own part the sentence does not state). A list of units
    ("in de G40-pijler Fysiek, in de themagroep Wonen en in de stuurgroep Y") gives each; a relative
    clause after the last ("…, waarvan zij voorzitter is", "…, die hij voorzit") the person's chair of it (which
    says the membership too);
    a party after the unit ("in het bestuurlijk overleg MIRT X met het ministerie van IenW") works with
    the represented actor (round 48g).

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Wethouder Eva Smit vertegenwoordigt Ede in de G40-pijler Sociaal en in de themagroep Jeugd, "
    ...         "waarvan zij voorzitter is.")
    >>> sorted((r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...        if r.rule.startswith("relations.vertegenwoordigt"))
    [('hasRole', 'themagroep Jeugd', 'voorzitter'), ('participatesIn', 'pijler Sociaal', None)]
    """
    for match in ctx.asserted_cues(_REPRESENTS, sentence):
        actor = next((m for m in mentions if m.start == match.end() and m.type in ACTORS), None)
        units = _represented_units(ctx, mentions, actor.end, sentence.end) if actor is not None else []
        person = ctx.subject(sentence, match.start(), types=frozenset(), persons=True) if units else None
        if person is None or person.type != "Person":
            continue
        for unit in units:
            ctx.add(person, "participatesIn", unit, sentence, "relations.vertegenwoordigt-in", 0.75)
        chair = _CHAIRED.match(ctx.text, units[-1].end, sentence.end)
        if chair is not None:
            ctx.add(person, "hasRole", units[-1], sentence, "relations.vertegenwoordigt-voorzitter", 0.7,
                    role="voorzitter")
        party = _WITH_PARTY.match(ctx.text, units[-1].end, sentence.end)
        other = next((m for m in mentions if party and m.start == party.end() and m.type in ("Ministry", "Province")), None)
        if other is not None and actor.type in ("Municipality", "Province"):
            ctx.add(actor, "collaboratesWith", other, sentence, "relations.vertegenwoordigt-met", 0.7)


#: an owner written before a unit's kind word: "de G40-pijler Sociaal", "de VNG-commissie X"
_OWNER_PREFIX = re.compile(r"[-\s]")
#: between two represented units: ", in de", " en in de", " en de"
_NEXT_UNIT = re.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:in\s+)?(?:de|het)\s+(?:regionale\s+|landelijke\s+)?")
#: a relative clause that makes the person the unit's chair: ", waarvan zij voorzitter is", ", die hij voorzit"
_CHAIRED = re.compile(r"\s*,\s*(?:waarvan\s+(?:zij|hij|ze)\s+(?:ook\s+)?voorzitter\s+is|die\s+(?:zij|hij|ze)\s+(?:ook\s+)?voorzit)\b")
#: the party the represented actor meets in the unit: "… met het ministerie van IenW", "met de provincie"
_WITH_PARTY = re.compile(r"\s+met\s+(?:het\s+ministerie\s+van\s+|de\s+provincie\s+|het\s+|de\s+)?")


def _represented_units(ctx: DocContext, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The units named after "vertegenwoordigt <actor>" from ``start``: "in de X", and more after ", in de" (an
    organisation too, after a unit: "in de G40-pijler Sociaal en in de Jeugdzorgregio Eemland")."""
    where = _IN_THE.match(ctx.text, start, end)
    units = []
    while where is not None:
        at = where.end()
        owner = next((m for m in mentions if m.start == at and m.type in ACTORS and m.type != "OrganisationalUnit"), None)
        if owner is not None and _OWNER_PREFIX.fullmatch(ctx.text, owner.end, owner.end + 1):
            at = owner.end + 1  # "de G40-pijler Sociaal": the pijler, its owner before it
        unit = next((m for m in mentions if m.start == at and (m.type in _THINGS or units and m.type == "Organisation")), None)
        if unit is None:
            break
        units.append(unit)
        where = _NEXT_UNIT.match(ctx.text, unit.end, end)
    return units
