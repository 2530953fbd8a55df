"""The speaker's part in a unit, in words other than "ik ben lid van": "Ik neem graag deel aan de themagroep
Wonen", "de G40-themagroep Wonen, die ik sinds januari 2023 mag voorzitten". Helper of :mod:`.firstperson`
(round 48g).

- "ik neem (graag, ook, sinds 2023, namens Ede) deel aan (de) <unit or programme>": the speaker takes part in it;
- "<unit>, die/dat ik (sinds …) mag voorzitten / voorzit": the speaker chairs it, from the time the clause gives.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Eva Smit • Wethouder Wonen gemeente Ede\\n\\nVandaag de bijeenkomst van de G40-themagroep Wonen, "
...         "die ik sinds januari 2023 mag voorzitten. Ik neem ook deel aan de themagroep Zorg.\\n")
>>> sorted((r.predicate, r.object.text, r.role, r.valid_from) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("firstperson.unit"))
[('hasRole', 'themagroep Wonen', 'voorzitter', '2023-01-01'), ('participatesIn', 'themagroep Zorg', None, None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .periods import find_periods

__all__ = ["stated_units"]

_THINGS = frozenset({"OrganisationalUnit", "Programme"})
#: "ik neem (graag) deel aan (de)", "neem ik sinds 2023 deel aan het"
_I_TAKE_PART = re.compile(r"\b(?:[Ii]k\s+neem|neem\s+ik)\s+(?:(?:graag|ook|al|nu|namens\s+\S+|sinds\s+\S+(?:\s+\d{4})?)\s+)*"
                          r"deel\s+aan\s+(?:de\s+|het\s+)?(?:G40[-\s])?")
#: "…, die ik (sinds januari 2023) mag voorzitten", "…, dat ik voorzit"
_I_CHAIR = re.compile(r"\s*,\s*(?:die|dat)\s+ik\s+(?P<time>(?:sinds|vanaf|per)\s+[^,;.]{1,25}?\s+)?"
                      r"(?:mag\s+voorzitten|voorzit|(?:mag\s+)?leiden)\b")


def stated_units(ctx: DocContext, sentence: Sentence, speaker: Mention) -> None:
    """Add the speaker's part in the units ``sentence`` says "ik" takes part in or chairs."""
    mentions = [m for m in ctx.in_sentence(sentence) if m.type in _THINGS]
    for match in _I_TAKE_PART.finditer(ctx.text, sentence.start, sentence.end):
        thing = next((m for m in mentions if m.start == match.end()), None)
        if thing is not None and ctx.asserted(sentence, match.start(), match.end()):
            ctx.add(speaker, "participatesIn", thing, sentence, "firstperson.unit-deel", 0.7)
    for thing in mentions:
        chair = _I_CHAIR.match(ctx.text, thing.end, sentence.end)
        if chair is None:
            continue
        periods = find_periods(chair.group("time") or "", year=ctx.date)
        since = periods[0].valid_from if len(periods) == 1 and periods[0].valid_until is None else None
        ctx.add(speaker, "hasRole", thing, sentence, "firstperson.unit-voorzitter", 0.7, role="voorzitter", since=since,
                precision=periods[0].from_precision if since else None)
