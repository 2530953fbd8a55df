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
from .relation_common import _THINGS

__all__ = ["accession", "represents_in"]

#: "(X) vertegenwoordigt <actor> in de <unit>"
_REPRESENTS = re.compile(r"\bvertegenwoordigt\s+")
_IN_THE = re.compile(r"\s+in\s+(?:de|het)\s+")
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
    part in the unit (for the actor, whose own part the sentence does not state)."""
    for match in ctx.asserted_cues(_REPRESENTS, sentence):
        actor = next((m for m in mentions if m.start == match.end() and m.type in ACTORS), None)
        where = _IN_THE.match(ctx.text, actor.end, sentence.end) if actor is not None else None
        unit = next((m for m in mentions if where and m.start == where.end() and m.type in _THINGS), None)
        person = ctx.subject(sentence, match.start(), types=frozenset(), persons=True) if unit else None
        if person is not None and person.type == "Person":
            ctx.add(person, "participatesIn", unit, sentence, "relations.vertegenwoordigt-in", 0.75)
