"""New members a body welcomes, listed after a colon (round 59r).

A chair's letter or a newsletter announces who joined: "We verwelkomden verder twee nieuwe leden in de pijler: A
(Leeuwarden) en B (Nijmegen).", "De themagroep Wonen heeft er twee nieuwe leden bij: A en B.", "Wij heten drie
nieuwe deelnemers welkom in het netwerk: A, B en C.". Each person the list after the colon names takes part in the
unit named with the new members (rule ``units.welcomed-members``). Without the colon's list ("We verwelkomden
nieuwe leden in de pijler en namen afscheid van Jan Bos.") nobody is named as one; a denied clause ("Er kwamen geen
nieuwe leden bij de pijler: …") states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "We verwelkomden twee nieuwe leden in de themagroep Wonen: Jan Bos (Ede) en Eva Smit (Delft)."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == WELCOMED_RULE)
[('Eva Smit', 'themagroep Wonen'), ('Jan Bos', 'themagroep Wonen')]
"""

from __future__ import annotations

import re

from .context import DocContext

__all__ = ["find_welcomed_members", "WELCOMED_RULE"]

WELCOMED_RULE = "units.welcomed-members"

#: "nieuwe leden in de pijler:", "nieuwe deelnemers welkom in het netwerk:", "nieuwe leden bij:" (the unit before)
_NEW_MEMBERS = re.compile(r"\bnieuwe\s+(?:leden|deelnemers|collega'?s)\s+(?:(?:welkom\s+)?(?:in|bij|van)\s+"
                          r"(?P<unit>(?:de|het|onze|ons)\s+[^:;.]{2,80}?)|bij)\s*:\s*")
_WELCOMED = re.compile(r"\b(?:verwelkom\w*|welkom|heeft\s+er|hebben\s+er|kreeg\s+er|kregen\s+er|krijgt\s+er)\b",
                       re.IGNORECASE)


def find_welcomed_members(ctx: DocContext) -> None:
    """Add the members a sentence welcomes after a colon (see the module)."""
    for sentence in ctx.sentences:
        if "nieuwe" not in sentence.text or ":" not in sentence.text:
            continue
        for match in _NEW_MEMBERS.finditer(ctx.text, sentence.start, sentence.end):
            if not _WELCOMED.search(ctx.text, sentence.start, match.start()) \
                    or not ctx.asserted(sentence, match.start(), match.end()):
                continue
            mentions = ctx.in_sentence(sentence)
            if match.group("unit"):
                units = [m for m in mentions if match.start("unit") <= m.start < match.end("unit")
                         and m.type == "OrganisationalUnit"]
            else:  # "De themagroep Wonen heeft er twee nieuwe leden bij:"
                units = [m for m in mentions if m.end <= match.start() and m.type == "OrganisationalUnit"]
            if len(units) != 1:
                continue
            for person in (m for m in mentions if m.type == "Person" and m.start >= match.end()):
                ctx.add(person, "participatesIn", units[0], sentence, WELCOMED_RULE, 0.7)
