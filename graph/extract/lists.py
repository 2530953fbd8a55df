"""Member lists: bullet items under a heading or a lead-in that says they are members.

"Leden" / "Deelnemers" / "Partners" / "Samenstelling" as the heading of a section, or a sentence
ending in ":" that says who takes part ("De stuurgroep bestaat uit:", "Deelnemende gemeenten:"),
makes each bullet item that opens with a name a member of what the passage is about:

- "- Gemeente Breda", "- VNG (kennispartner)": the actor participatesIn the subject;
- "- Kees Molenaar (voorzitter, gemeente Breda)", "- Ans de Wit, secretaris": of a unit, the person
  has the role the bracket or apposition names, else participatesIn it.

The subject is the unit or programme the lead-in names, else the one the heading or the document's
title names (see :func:`graph.extract.cards.card_subject`). A list under any other heading (an
agenda, "In dit nummer", action points) states no membership. The evidence is the item.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "City Deal Slimme Wijk\\n\\nPartners\\n\\n- gemeente Breda\\n- VNG (kennispartner)\\n"
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("lists."))
[('Breda', 'participatesIn', 'City Deal Slimme Wijk'), ('VNG', 'participatesIn', 'City Deal Slimme Wijk')]
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import ACTORS, DocContext
from .model import Mention, Sentence
from .roles import role_of

__all__ = ["find_lists"]

_MEMBER_HEADING = re.compile(r"(?:de\s+|onze\s+)?(?:leden|deelnemers|(?:samenwerkings)?partners|samenstelling|bezetting|"
                             r"deelnemende\s+\w+|betrokken\s+(?:partijen|organisaties|gemeenten|steden|partners)|"
                             r"aangesloten\s+\w+|wie\s+doen\s+(?:er\s+)?mee\??)", re.IGNORECASE)
#: a lead-in that announces members: "De stuurgroep bestaat uit:", "Aan de deal nemen deel:"
_MEMBER_LEAD = re.compile(r"\b(?:bestaat\s+uit|bestaan\s+uit|zitting\s+in|leden|deelnemers|partners|doen\s+mee|"
                          r"nemen\s+deel|deelnemende|aangesloten|ondertekenaars)\b[^:]{0,60}:\s*$", re.IGNORECASE)
#: what may follow a member's name in its item: nothing, a bracket, an apposition, a dash or a colon
_ITEM_REST = re.compile(r"\s*(?:$|\(|,|[–—-]\s|:)")
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})


def _list_items(ctx: DocContext) -> dict[int, list[Sentence]]:
    """The first sentence of each bullet item, per bullet list."""
    lists: dict[int, list[Sentence]] = {}
    for sentence in ctx.sentences:
        if sentence.bullet_list is not None and sentence.item_start and not sentence.is_heading:
            lists.setdefault(sentence.bullet_list, []).append(sentence)
    return lists


def _list_subject(ctx: DocContext, first: Sentence) -> Mention | None:
    """What the members of the list opening with ``first`` belong to, if the passage says they are members."""
    k = ctx.sentences.index(first)
    lead = ctx.sentences[k - 1] if k > 0 else None
    if lead is not None and not lead.is_heading and lead.bullet_list is None and _MEMBER_LEAD.search(lead.text):
        named = [m for m in ctx.in_sentence(lead) if m.type in _THINGS]
        if named:
            return named[0]
        return card_subject(ctx, lead, ctx.content_start(lead))
    if first.section and _MEMBER_HEADING.fullmatch(first.section.strip()) and (
            lead is None or lead.is_heading):
        heading = ctx.sentence_at(first.section_start) if first.section_start is not None else None
        return card_subject(ctx, heading, heading.start) if heading is not None else None
    return None


def find_lists(ctx: DocContext) -> None:
    """Add the members of every bullet list the passage announces as members."""
    if "\n" not in ctx.text:
        return
    for items in _list_items(ctx).values():
        subject = _list_subject(ctx, items[0])
        if subject is None:
            continue
        for item in items:
            start = ctx.content_start(item)
            opening = [m for m in ctx.in_sentence(item) if m.start - start <= 9]
            opening = [m for m in opening if re.fullmatch(r"(?:(?:de|het)\s+)?(?:gemeente\s+|provincie\s+)?",
                                                          ctx.text[start:m.start], re.IGNORECASE)]
            if not opening or not _ITEM_REST.match(ctx.text, opening[0].end, item.end):
                continue
            member = opening[0]
            if member.type in ACTORS and member.label != subject.label:
                ctx.add(member, "participatesIn", subject, item, "lists.member", 0.75)
            elif member.type == "Person" and subject.type == "OrganisationalUnit":
                role = _item_role(ctx, member, item)
                if role is not None:
                    ctx.add(member, "hasRole", subject, item, "lists.member-role", 0.75, role=role)
                else:
                    ctx.add(member, "participatesIn", subject, item, "lists.member", 0.75)


def _item_role(ctx: DocContext, person: Mention, item: Sentence) -> str | None:
    """The unit role a bracket or apposition after ``person`` names: "(voorzitter, Breda)", ", secretaris"."""
    rest = re.match(r"\s*(?:\(|,|[–—-])\s*([^,;()]{2,40})", ctx.text[person.end:item.end])
    if rest is None:
        return None
    role = role_of(rest.group(1).strip())
    return role.label if role is not None and role.scope.startswith("unit") else None
