"""participatesIn from the examples a count of participants names: ", waaronder A en B".

Dutch counts who take part and then names some of them after ", waaronder", ", onder wie" or ", onder
meer": "Aan de City Deal X nemen twaalf gemeenten deel, waaronder Almelo en Deventer", "De deal telt
twaalf deelnemers, onder wie Almelo en Deventer", "Inmiddels zijn twaalf gemeenten aangesloten,
waaronder Almelo en Deventer". The clause before the comma states the taking part of a group ("twaalf
gemeenten", "deelnemers"), and each actor of the list right after the comma is one of that group: it
takes part in the programme or unit the clause names, else in the one of the passage (or the title).
A denied clause ("nemen geen gemeenten deel") states nothing, nor does a list after another group
("twaalf wijken, waaronder …": the group must be of actors).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "De City Deal Zon telt twaalf deelnemers, waaronder Almelo en Deventer."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Almelo', 'City Deal Zon'), ('Deventer', 'City Deal Zon')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .subjects import target_thing

__all__ = ["find_listed_among"]

#: a group of actors that takes part, right before the comma and its examples: "twaalf gemeenten deel,
#: waaronder", "twaalf deelnemers, onder wie", "gemeenten aangesloten, waaronder"
_GROUP_AMONG = re.compile(
    r"\b(?:(?:gemeenten|steden|partijen|organisaties|provincies|partners|deelnemers|leden|deelnemende\s+\w+)"
    r"(?:\s+(?:deel|mee|aangesloten|betrokken)"
    # "Negen G40-steden zijn pilotstad, waaronder A en B": the part they play (round 40a)
    r"|\s+(?:zijn|waren|werden|worden)\s+(?:\w+-)?(?:pilot|proeftuin|koploper|praktijk|voorbeeld)\w*)?)\s*,\s+(?:waaronder|onder\s+wie|onder\s+meer|onder\s+andere)\s+"
    r"(?:(?:de|het)\s+)?(?:(?:gemeenten?|steden|provincies?)\s+)?", re.IGNORECASE)
#: the clause before says the group takes part: a verb of taking part or a noun for those who do
_TAKING_PART = re.compile(r"\b(?:deel(?:neemt|nemen|nam|namen)?|mee|doen|doet|deelnemers|deelnemende|aangesloten|"
                          r"leden|partners|betrokken|(?:pilot|proeftuin|koploper|praktijk|voorbeeld)\w*)\b", re.IGNORECASE)


def find_listed_among(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add participatesIn for the actors ``sentence`` lists after a group that takes part (see the module)."""
    if "onder" not in sentence.text or not any(m.type in ACTORS for m in mentions):
        return
    for match in ctx.asserted_cues(_GROUP_AMONG, sentence):
        clause_start = max(ctx.text.rfind(";", sentence.start, match.start()) + 1, ctx.content_start(sentence))
        if not _TAKING_PART.search(ctx.text, clause_start, match.end()):
            continue
        before = [m for m in mentions if clause_start <= m.start < match.start()]
        target = target_thing(before) or ctx.context_unit(sentence.start, types={"Programme"}) or ctx.title_programme
        listed = ctx.list_after(match.end(), sentence.end, types=ACTORS)
        if target is None or not listed or listed[0].start != match.end():
            continue
        for actor in listed:
            if actor.label != target.label:
                ctx.add(actor, "participatesIn", target, sentence, "relations.waaronder", 0.7)
