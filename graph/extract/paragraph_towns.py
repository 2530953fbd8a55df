"""A municipal role without its town, in a paragraph about one town: "In Sittard-Geleen ligt de nadruk op
werk. (…) Wethouder Anke Muijrers: "…"" — the wethouder is Sittard-Geleen's.

News items about several towns give each town a paragraph that opens with it ("In X …", "X trekt …")
and then name its wethouder or burgemeester without the town. The role goes to the one municipality
the paragraph names before the person, when its first sentence names it; a paragraph that names two
towns, or a person whose town the document gives elsewhere, gets nothing here. What the person's own
quotation names ('Wethouder X: "We werken samen met de Omgevingsdienst IJmond."') leaves the role to
the paragraph's town. The role's time is that of the person's own sentence: the opening's news ("Helmond
neemt per 1 januari 2026 niet langer deel aan …") dates the town's doings, not the wethouder's office.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = "Breda en Ede tekenden.\\n\\nIn Ede ligt de nadruk op wonen. Wethouder Eva Smit: \\"Mooi.\\""
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(r.subject.text, r.object.text, r.role) for r in ex.relations if r.predicate == "hasRole"]
[('Eva Smit', 'Ede', 'wethouder')]
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from .context import DocContext
from .model import Mention, Relation, Sentence
from .roles import role_of, role_pattern

__all__ = ["find_paragraph_towns"]

log = logging.getLogger(__name__)

#: a role word right before the name: "Wethouder ", "burgemeester ", "oud-wethouder "
#: a quotation the person opens: 'Wethouder Eva Smit: "…"' (the bodies named inside are the person's words)
_QUOTE_AFTER = re.compile(r"\s*:\s*[\"“„]")
#: how far into the paragraph its town may start: "In ", "De gemeente "
_OPENING = 15
_ROLE_BEFORE = re.compile(r"(?:^|[\s(\"'“])([\w-]+)\s+$")


def find_paragraph_towns(ctx: DocContext) -> None:
    """Add the role of a municipal officer named without the town (see the module's docstring)."""
    with_town = {r.subject.label for r in ctx.relations if r.predicate == "hasRole" and r.object.type == "Municipality"}
    for person in (m for m in ctx.mentions if m.type == "Person" and m.label not in with_town):
        before = _ROLE_BEFORE.search(ctx.text, max(0, person.start - 40), person.start)
        match = role_pattern().fullmatch(before.group(1)) if before else None
        role = role_of(match.group(0)) if match else None
        if role is None or role.scope != "municipality":
            continue
        sentence = ctx.sentence_at(person.start)
        paragraph = ctx.text.rfind("\n\n", 0, person.start) + 1
        if sentence is None:
            continue
        quoted = _QUOTE_AFTER.match(ctx.text, person.end, sentence.end)
        own_words = ctx.in_span(sentence.start, quoted.end()) if quoted else ctx.in_sentence(sentence)
        if any(m.type in ("Municipality", "Organisation", "Province") for m in own_words):
            continue  # the sentence names a body (not in the quotation the person opens): the rules of roles decide
        towns = [m for m in ctx.in_span(paragraph, person.start) if m.type == "Municipality"
                 and m.start >= ctx.content_start(ctx.sentence_at(m.start) or sentence)]  # not a dateline's place
        if len({m.key or m.label for m in towns}) != 1:
            continue
        first = ctx.sentence_at(towns[0].start)
        if first is None or first.start > paragraph + 2 or towns[0].start - ctx.content_start(first) > _OPENING:
            continue  # the town is not what the paragraph opens with ("In X …", "X trekt …", "De gemeente X …")
        evidence = Sentence(first.start, sentence.end, ctx.text[first.start:sentence.end])
        held = len(ctx.relations)
        ctx.add(person, "hasRole", towns[0], evidence, "roles.paragraph-town", 0.6, role=role.label)
        if len(ctx.relations) > held:
            ctx.relations[-1] = _own_period(ctx, ctx.relations[-1], sentence, person)
        with_town.add(person.label)


def _own_period(ctx: DocContext, relation: Relation, sentence: Sentence, person: Mention) -> Relation:
    """``relation`` dated by the person's own sentence alone: the paragraph's opening tells the town's news
    ("Helmond neemt per 1 januari 2026 niet langer deel aan de City Deal X. Wethouder Y: …"), whose time is
    not the wethouder's (walkthrough 38, finding 2: his office ended the day the town left the deal)."""
    dated = ctx.period_of(sentence, person, person)
    if dated is None:
        return replace(relation, valid_from=None, valid_until=None, past=False,
                       valid_from_precision=None, valid_until_precision=None)
    return replace(relation, valid_from=dated.valid_from, valid_until=dated.valid_until,
                   valid_from_precision=dated.from_precision, valid_until_precision=dated.until_precision)
