"""Members told in a relative clause about the body or arrangement named right before it (round 60r).

A letter or a note names a body and, in a relative clause after its comma, who belongs to it::

    … de uitkomsten van de G40-pijler Economie en Werk, waarvan Helmond en Eindhoven beide lid zijn.
    … de Regio Noordoost (RNO), de gemeenschappelijke regeling waarin de negen gemeenten van de regio
    samenwerken, waaronder Ede, Tiel en Epe.

- ", waarvan A en B (beide/allebei/ook) lid zijn": each actor listed takes part in the unit, organisation or
  programme that ends right before the comma (rule ``relations.waarvan-lid``; "waren" of a past membership);
- ", de gemeenschappelijke regeling / het samenwerkingsverband / de regio waarin de (negen) gemeenten (van X)
  samenwerken, waaronder A, B en C": the towns after "waaronder" take part in the body the apposition describes,
  named before it, an abbreviation in brackets allowed (rule ``relations.waarin-waaronder``).

Not read: a person's chair ("…, waarvan zij voorzitter is", :mod:`graph.extract.accession`), a clause of another
role ("waarvan Ede penvoerder is"), a denied one ("waarvan Ede geen lid is"), a list that holds anything but actors,
a "waaronder" after a group that does not work together in it ("de regeling waarin de taken staan, waaronder …").

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Wij noemen de G40-pijler Economie en Werk, waarvan Zwolle en Ede beide lid zijn."
>>> sorted((r.subject.text, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == MEMBER_RULE)
[('Ede', 'pijler Economie en Werk'), ('Zwolle', 'pijler Economie en Werk')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["find_member_clauses", "MEMBER_RULE", "AMONG_RULE"]

MEMBER_RULE = "relations.waarvan-lid"
AMONG_RULE = "relations.waarin-waaronder"

#: what a member belongs to: a unit, a programme, an organisation (a network, a region)
_BODIES = frozenset({"OrganisationalUnit", "Programme", "Organisation"})
#: the members of a "waarvan" clause: actors, not persons (a person's seat is a role)
_MEMBERS = ACTORS - {"OrganisationalUnit"}
#: ", waarvan" right after the body
_WHEREOF = re.compile(r"\s*,\s*waarvan\s+")
#: after the list: "(beide) lid zijn", "allebei lid zijn", "ook lid waren"
_MEMBER_VERB = re.compile(r"\s+(?:(?:beide|allebei|allen|ook|al|eveneens|nog)\s+){0,2}lid\s+(?P<verb>zijn|is|waren|was)\b")
#: the body's apposition and the group that works together in it, up to "waaronder"
_WHEREIN_AMONG = re.compile(
    r"\s*(?:\([A-Z][\w-]{1,12}\)\s*)?,\s*(?:de|het|een)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:regeling|samenwerkingsverband|samenwerking|regio|netwerk|verband|vereniging)\s+(?:waarin|waarbinnen)\s+"
    r"(?:de\s+)?(?:(?:\d{1,3}|[a-z]+)\s+)?(?:gemeenten|steden|partijen|leden|provincies)(?:\s+van\s+[^,;:()]{2,50}?)?\s+"
    r"(?:samenwerken|samenwerkten|deelnemen|deelnamen|participeren|participeerden)\s*,\s*"
    r"(?:waaronder|onder\s+meer|onder\s+andere)\s+(?:(?:de\s+)?(?:gemeenten|steden)\s+)?")


def _bodies(ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The units, programmes and organisations of ``sentence``, the longest of those that end at one place."""
    found: dict[int, Mention] = {}
    for m in ctx.in_sentence(sentence):
        if m.type in _BODIES and (m.end not in found or m.start < found[m.end].start):
            found[m.end] = m
    return list(found.values())


def _listed(ctx: DocContext, start: int, end: int, types) -> list[Mention]:
    """The actors listed from ``start`` with nothing else before the first."""
    listed = ctx.list_after(start, end, types=types)
    return listed if listed and listed[0].start == start else []


def find_member_clauses(ctx: DocContext) -> None:
    """Add the members the relative clauses name (see the module)."""
    if "waarvan" not in ctx.text and "waaronder" not in ctx.text and "onder meer" not in ctx.text:
        return
    for sentence in ctx.sentences:
        if "waarvan" in sentence.text and " lid " in sentence.text:
            _whereof_members(ctx, sentence)
        if "waarin" in sentence.text or "waarbinnen" in sentence.text:
            _wherein_among(ctx, sentence)


def _whereof_members(ctx: DocContext, sentence: Sentence) -> None:
    """", waarvan A en B beide lid zijn": A and B take part in the body before the comma."""
    for body in _bodies(ctx, sentence):
        whereof = _WHEREOF.match(ctx.text, body.end, sentence.end)
        members = _listed(ctx, whereof.end(), sentence.end, _MEMBERS) if whereof else []
        verb = _MEMBER_VERB.match(ctx.text, members[-1].end, sentence.end) if members else None
        if verb is None or not ctx.asserted(sentence, whereof.start(), verb.end()):
            continue
        for member in members:
            if member.label != body.label:
                ctx.add(member, "participatesIn", body, sentence, MEMBER_RULE, 0.7, past=verb["verb"] in ("waren", "was"))


def _wherein_among(ctx: DocContext, sentence: Sentence) -> None:
    """"X (AB), de gemeenschappelijke regeling waarin de 21 gemeenten van R samenwerken, waaronder A, B en C"."""
    for mention in _bodies(ctx, sentence):
        among = _WHEREIN_AMONG.match(ctx.text, mention.end, sentence.end)
        if among is None or not ctx.asserted(sentence, among.start(), among.end()):
            continue
        for town in _listed(ctx, among.end(), sentence.end, _MEMBERS):
            if town.label != mention.label:
                ctx.add(town, "participatesIn", mention, sentence, AMONG_RULE, 0.7)
