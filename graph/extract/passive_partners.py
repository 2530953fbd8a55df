"""Working together without a named subject: "Met de VNG is een gezamenlijke inbreng gemaakt".

A review or newsletter written by a body often leaves itself out: "Met de VNG en de G4 is in 2022
een gezamenlijke inbreng gemaakt", "Met de M50 is de samenwerking geïntensiveerd". The fronted
"Met X (, Y en Z)" with a passive verb and a word of joint work (samenwerking, gezamenlijk, samen,
afspraken) says the writer worked with each of them; so does a standing meeting said with "er" ("Met
de ministeries van VWS en SZW is er twee keer per jaar bestuurlijk overleg"), whose actor on a
unit's page without a writer is that unit. The writer is:

- the actor of the document's "wij als X" (see :func:`graph.extract.voice.we_actor`), else
- the body whose name closes the document on a line of its own, as a sign-off ("Het G40-bureau",
  "Team Stedennetwerk"); a bureau or secretariat speaks for the organisation it serves ("Het
  G40-bureau": the G40).

A sentence with a subject of its own ("Met de VNG werkt Breda samen") is left to
:mod:`graph.extract.collaboration`; a denied or planned one states nothing.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Jaaroverzicht\\n\\nMet Divosa is in mei een gezamenlijke brief gestuurd.\\n\\nHet VNG-bureau\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule == "relations.met-passief"]
[('VNG', 'collaboratesWith', 'Divosa')]
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .voice import we_actor

__all__ = ["find_passive_partners", "closing_body"]

#: "(Ook) met X, Y en Z is/zijn/werd …" opening a sentence: the passive auxiliary after the partners
_WITH_OPENING = re.compile(r"\s*(?:(?:Ook|Daarnaast|Verder)\s+)?[Mm]et\s+")
_AUXILIARY = re.compile(r"\s*(?:is|zijn|werd|werden|wordt|worden)\s")
#: a word of joint work in the clause
_JOINT = re.compile(r"\b(?:samenwerking|gezamenlijke?|samen|afspraken|overeenkomst|convenant)\b", re.IGNORECASE)
#: a standing meeting said with "er": "Met X is er (twee keer per jaar) (bestuurlijk) overleg / contact"
_MEETING = re.compile(r"\s*(?:is|was)\s+er\s+(?:[\w-]+\s+){0,5}?(?:(?:bestuurlijk|ambtelijk|regelmatig|structureel|"
                      r"periodiek|vast)\s+)?(?:overleg|contact|afstemming)\b", re.IGNORECASE)
#: what joins the partners: ", ", " en ", an article
_PARTNER_GLUE = re.compile(r"\s*(?:,\s*|\s+en\s+|\s*&\s*)?(?:de\s+|het\s+)?(?:gemeenten?\s+|provincies?\s+|ministeries?\s+van\s+)?")
#: a sign-off line of a body: "Het G40-bureau", "Team X", "Stedennetwerk G40"
_SIGN_OFF = re.compile(r"\s*(?:(?:Het|De)\s+)?(?:[Tt]eam\s+)?")
_STAFF_UNITS = frozenset({"bureau", "programmabureau", "secretariaat"})


def closing_body(ctx: DocContext) -> Mention | None:
    """The body named alone on one of the last three lines of the document (a sign-off); a bureau
    joined to an organisation's name ("G40-bureau") gives that organisation."""
    lines = [s for s in ctx.sentences if s.text.strip()][-3:]
    for line in reversed(lines):
        named = [m for m in ctx.in_sentence(line) if m.type in ACTORS]
        if not named or line.text.rstrip().endswith((".", "!", "?", ":")):
            continue
        opening = _SIGN_OFF.match(ctx.text, line.start)
        if named[0].start != opening.end() or ctx.text[named[-1].end:line.end].strip():
            continue
        if len(named) == 2 and named[1].kind in _STAFF_UNITS and ctx.text[named[0].end:named[1].start] == "-":
            return named[0]  # "Het G40-bureau": the G40 speaks
        if len(named) == 1:
            return named[0]
    return None


def _partners(ctx: DocContext, sentence: Sentence, start: int) -> tuple[list[Mention], int]:
    """The actors listed from ``start`` on ("de VNG, de G4 en de P10"), and where the list ends."""
    partners: list[Mention] = []
    at = start
    for m in ctx.in_sentence(sentence):
        if m.start < at:
            continue
        glue = _PARTNER_GLUE.fullmatch(ctx.text, at, m.start)
        if glue is None or m.type not in ACTORS:
            break
        partners.append(m)
        at = m.end
    return partners, at


def find_passive_partners(ctx: DocContext) -> None:
    """Add the writer's work with the partners a fronted "Met X" names in a passive sentence."""
    writer = None
    for sentence in ctx.sentences:
        opening = _WITH_OPENING.match(ctx.text, ctx.content_start(sentence))
        if opening is None or sentence.is_heading:
            continue
        partners, end = _partners(ctx, sentence, opening.end())
        auxiliary = _AUXILIARY.match(ctx.text, end) if partners else None
        if auxiliary is None:
            continue
        clause_end = min([k for k in (ctx.text.find(c, auxiliary.end(), sentence.end) for c in ";:") if k >= 0]
                         + [sentence.end])
        joint = _JOINT.search(ctx.text, auxiliary.end(), clause_end)
        meeting = _MEETING.match(ctx.text, auxiliary.start(), clause_end) if joint is None else None
        joint = joint or meeting
        if joint is None or not ctx.asserted(sentence, auxiliary.start(), joint.end()):
            continue
        if any(m.type in ACTORS | {"Person"} for m in ctx.in_span(auxiliary.end(), clause_end)
               if m.type != "Programme"):
            continue  # a subject of its own after the verb: "Met X is Breda een deal aangegaan"
        writer = writer or we_actor(ctx) or closing_body(ctx)
        # "Met X is er overleg" on a unit's page: the unit meets X
        actor = writer or (ctx.context_unit(sentence.start) if meeting is not None else None)
        for partner in partners:
            ctx.add(actor, "collaboratesWith", partner, sentence, "relations.met-passief", 0.65)
