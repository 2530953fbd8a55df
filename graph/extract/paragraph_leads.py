"""Who leads what a paragraph opens with, when a later sentence refers to it by a pronoun or not at all:
"Het partnerschap X ging in 2022 van start. Het wordt gecoördineerd door Eindhoven. Coördinatoren zijn
A, strategisch adviseur van de gemeente Eindhoven, en B (Gent)." — X is led by Eindhoven, and A and B
are its coördinatoren (heldout34's EU partnership page, round 50a).

- "Het/Dit/Zij wordt (sinds …) gecoördineerd / getrokken / geleid / voorgezeten door A (en B)": the
  organisations lead the paragraph's subject (``ledBy``), a person holds the role the verb names;
- "Coördinatoren zijn A en B", "Trekkers zijn A, B en C": a plural role word opening the sentence before
  "zijn"/"waren" gives each person named that role in the paragraph's subject.

The paragraph's subject is the unit, programme or event that opens its first sentence (after an article:
"Het partnerschap X ging …"); a paragraph that opens otherwise gives nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Nieuws\\n\\nDe City Deal Zon ging in 2022 van start. Zij wordt gecoördineerd door Breda. "
...         "Coördinatoren zijn Eva Kok (Breda) en Jan Smit.")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("paragraph-leads"))
[('City Deal Zon', 'ledBy', 'Breda', None), ('Eva Kok', 'hasRole', 'City Deal Zon', 'coördinator'), ('Jan Smit', 'hasRole', 'City Deal Zon', 'coördinator')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .role_words import role_of

__all__ = ["find_paragraph_leads"]

_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})
#: a pronoun subject and a passive verb of leading: "Het wordt gecoördineerd door "
_PRONOUN_LED = re.compile(r"\s*(?:Het|Dit|Zij|Ze|Deze)\s+(?:wordt|werd)\s+(?:(?:nu|al|sinds\s+\S+|vanaf\s+\S+|mede)\s+)*"
                          r"(?P<verb>gecoördineerd|getrokken|geleid|voorgezeten)\s+door\s+(?:de\s+|het\s+)?")
_ROLE_OF_VERB = {"gecoördineerd": "coördinator", "getrokken": "trekker", "geleid": "voorzitter", "voorgezeten": "voorzitter"}
#: a plural role word opening the sentence: "Coördinatoren zijn ", "Trekkers waren "
_PLURAL_ROLE = re.compile(r"\s*(?P<role>[A-ZÀ-Ý][a-zà-ÿ-]+(?:en|s))\s+(?:zijn|waren)\s+")
#: the start of a paragraph's subject: "Het partnerschap ", "De City Deal "
_OPENING = re.compile(r"\s*(?:(?:De|Het)\s+(?:[a-zà-ÿ-]+\s+)?)?")


def _paragraph_subject(ctx: DocContext, sentence: Sentence) -> Mention | None:
    """The unit, programme or event opening the first sentence of ``sentence``'s paragraph."""
    first = sentence
    while (previous := ctx.previous_sentence(first)) is not None and "\n\n" not in ctx.text[previous.end:first.start] \
            and not previous.is_heading:
        first = previous
    if first is sentence:
        return None
    start = ctx.content_start(first)
    opening = next(iter(ctx.in_sentence(first)), None)
    if opening is None or opening.type not in _THINGS or not _OPENING.fullmatch(ctx.text, start, opening.start):
        return None
    return opening


def _plural_role(word: str):
    """The role a plural role word names: "Coördinatoren" → coördinator, "Trekkers" → trekker."""
    return role_of(word) or (role_of(word[:-2]) if word.endswith("en") else None)


def find_paragraph_leads(ctx: DocContext, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add the leads and roles of a paragraph's subject that ``sentence`` names (see the module docstring)."""
    start = ctx.content_start(sentence)
    led = _PRONOUN_LED.match(ctx.text, start, sentence.end)
    plural = _PLURAL_ROLE.match(ctx.text, start, sentence.end) if led is None else None
    role = _plural_role(plural.group("role")) if plural is not None else None
    if led is None and (role is None or role.scope not in ("unit", "any")):
        return
    subject = _paragraph_subject(ctx, sentence)
    if subject is None or not ctx.asserted(sentence, sentence.start, sentence.end):
        return
    at = (led or plural).end()
    if led is not None:
        first = next((m for m in mentions if m.start == at), None)
        leaders = [first] + ctx.list_after(first.end, sentence.end, types=ACTORS | {"Person"}) if first is not None else []
        for leader in leaders:
            if leader.type == "Person":
                ctx.add(leader, "hasRole", subject, sentence, "paragraph-leads.led", 0.7,
                        role=_ROLE_OF_VERB[led.group("verb")])
            elif leader.type in ACTORS:
                ctx.add(subject, "ledBy", leader, sentence, "paragraph-leads.led", 0.7)
        return
    for person in [m for m in mentions if m.type == "Person" and m.start >= at]:
        ctx.add(person, "hasRole", subject, sentence, "paragraph-leads.plural-role", 0.7, role=role.label)
