"""Who keeps a body's secretariat: "Het secretariaat van de Raad van Toezicht wordt gevoerd door X" (round 60r).

Annual accounts, a body's rules and minutes say who supports a board or committee as its secretary with the noun of
the task and a passive::

    Het secretariaat van de Raad van Toezicht wordt gevoerd door Ilse Smit, managementondersteuner van de stichting.
    Het secretariaat van de stuurgroep werd tot 2024 verzorgd door de heer Jan Bos.

The person after "door" (a title or "de heer"/"mevrouw" before the name) is the body's secretaris: the unit,
organisation or programme named right after "van". Rule ``units.secretariaat-door``. Not read: a secretariat
kept by an organisation ("door het G40-bureau": no person's post), a denied one, "het secretariaat" of no body named.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Het secretariaat van de Themagroep Wonen wordt gevoerd door Ilse Smit."
>>> [(r.subject.text, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...  if r.rule == RULE]
[('Ilse Smit', 'Themagroep Wonen', 'secretaris')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Sentence

__all__ = ["find_secretariats", "RULE"]

RULE = "units.secretariaat-door"

_BODIES = frozenset({"OrganisationalUnit", "Organisation", "Programme"})
#: "Het secretariaat van (de/het)" before the body
_SECRETARIAT = re.compile(r"\b[Hh]et\s+secretariaat\s+van\s+(?:de\s+|het\s+)?")
#: after the body: the passive up to "door" and a title before the name
_KEPT_BY = re.compile(r"\s+(?:wordt|werd|is|was)\s+(?:(?!niet\b|nooit\b|geen\b)[\w-]+\s+){0,4}?"
                      r"(?:gevoerd|verzorgd|gedaan|waargenomen|ingevuld|uitgevoerd)\s+door\s+"
                      r"(?:(?:de\s+heer|mevrouw|mevr\.|dhr\.)\s+)?(?:(?:drs|dr|ir|mr|ing|prof)\.\s*)*")


def find_secretariats(ctx: DocContext) -> None:
    """Add the secretary of each body whose secretariat a sentence says who keeps (see the module)."""
    if "secretariaat van" not in ctx.text.lower():
        return
    for sentence in ctx.sentences:
        if "secretariaat van" in sentence.text.lower():
            _kept(ctx, sentence)


def _kept(ctx: DocContext, sentence: Sentence) -> None:
    mentions = ctx.in_sentence(sentence)
    for match in _SECRETARIAT.finditer(ctx.text, sentence.start, sentence.end):
        body = max((m for m in mentions if m.start == match.end() and m.type in _BODIES), key=lambda m: m.end,
                   default=None)
        kept = _KEPT_BY.match(ctx.text, body.end, sentence.end) if body is not None else None
        person = next((m for m in mentions if kept and m.start == kept.end() and m.type == "Person"), None)
        if person is not None and ctx.asserted(sentence, match.start(), kept.end()):
            ctx.add(person, "hasRole", body, sentence, RULE, 0.7, role="secretaris")
