"""Quotations: whose words a quoted "ik" is.

A quotation names its speaker after it or before it, in the same paragraph:

- ``"Ik ben sinds 2021 trekker van de themagroep Wonen. Dat doe ik graag," zegt wethouder Eva Smit.``
- ``"…", aldus Eva Smit.`` / ``"…", vertelt Smit.`` / ``'…,' aldus minister Smit.`` / ``‘…’, zegt Smit.`` (single
  quotation marks open on a capital after a space; an apostrophe, "auto's", "'s avonds", opens none);
- ``Eva Smit: "Ik ben voorzitter van …"`` / ``Eva Smit zegt: "…"`` / ``Eva Smit van Ede: "…"``
- ``"…," zegt Eva Smit. "Ik ben ook …"``: a quotation that goes on in the same paragraph, no one else named
  between;

The "we" of a quotation is the body its speaker speaks for: the one municipality, province, ministry or
organisation the document gives them a role in or an affiliation with ('Wethouder Eva Smit van Ede: "Samen
met Woonbedrijf bouwen we …"': Ede works together with Woonbedrijf) (:func:`quotation_body`); a speaker named
by the surname alone is the one person whose full name ends in it, when that person holds posts in one body
only (:func:`speaker_bodies`).

A line that opens with a name and a colon ("**Eva Smit:** Ik ben …", a double interview or a transcript) is
that person's words; the answer lines of a "V: … / A: …" interview are the interviewee's
(:mod:`graph.extract.interviews`). The "ik" of every sentence inside them is that person (:func:`quoted_speakers`); a
quotation without a named speaker (or whose speaker is a pronoun: "zegt zij") gives nobody.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> from graph.extract.context import DocContext
>>> text = 'Nieuws. "Ik ben trekker. Dat blijf ik," zegt wethouder Eva Smit.'
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> [(text[start:end], who.text) for start, end, who in quoted_speakers(DocContext("d", text, ex.sentences, list(ex.mentions)))]
[('Ik ben trekker. Dat blijf ik,', 'Eva Smit')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .interviews import answer_lines, interviewee
from .model import Mention
from .role_words import role_pattern

__all__ = ["quoted_speakers", "quotation_body", "speaker_bodies"]

#: a quotation on one line: straight or curly double quotes, or single ones ('…', ‘…’) that open on a capital
#: after a space and close before no letter (an apostrophe inside stays: "auto's", "’s avonds" is no opening)
_QUOTATION = re.compile(r"[\"“„](?P<words>[^\"“”„\n]{2,600})[\"”]"
                        r"|(?:(?<=\s)|^)['‘](?=[A-ZÀ-Ý])(?P<single>(?:[^'‘’\n]|['’](?=\w)){2,600})['’](?!\w)",
                        re.MULTILINE)
#: the verb that gives the quotation after it its speaker: '", zegt (wethouder) X', '", aldus X'
_SAID_AFTER = re.compile(r"\s*,?\s*(?:zegt|zei|aldus|vertelt|vertelde|stelt|stelde|benadrukt|benadrukte|"
                         r"licht\s+toe|lichtte\s+toe|vult\s+aan|voegt\s+toe)\s+(?:de\s+|het\s+)?")
#: the speaker before the quotation: 'X: "', 'X zegt: "', 'X zei daarover: "', with where they come from
#: between: 'X van Helmond: "', 'X (Ede): "', 'X, wethouder van Ede: "'
_SAID_BEFORE = re.compile(r"\s*(?:\([^()\n]{1,60}\)|,?\s*(?:[a-z][\w-]*\s+)?(?:van|uit|bij)\s+[^:\n\"“„]{1,60}?)?"
                          r"\s*(?:(?:zegt|zei|vertelt|vertelde|stelt)(?:\s+\w+){0,2}\s*)?:\s*$")


def _speaker_after(ctx: DocContext, at: int, persons: dict[int, Mention]) -> Mention | None:
    said = _SAID_AFTER.match(ctx.text, at)
    if said is None:
        return None
    start = said.end()
    role = role_pattern().match(ctx.text, start)
    if role is not None:
        start = role.end() + 1  # "zegt wethouder Eva Smit"
    return persons.get(start)


def _speaker_before(ctx: DocContext, at: int, persons: list[Mention]) -> Mention | None:
    line_start = ctx.text.rfind("\n", 0, at) + 1
    before = [m for m in persons if line_start <= m.start and m.end <= at]
    if before and _SAID_BEFORE.fullmatch(ctx.text, before[-1].end, at):
        return before[-1]
    return None


def quoted_speakers(ctx: DocContext) -> list[tuple[int, int, Mention]]:
    """(start, end, speaker) of each quotation whose speaker is named (worked out once)."""
    if "quoted_speakers" in ctx.__dict__:
        return ctx.__dict__["quoted_speakers"]
    found = []
    if any(mark in ctx.text for mark in _QUOTE_MARKS):
        persons = [m for m in ctx.mentions if m.type == "Person"]
        by_start = {m.start: m for m in persons}
        previous = None
        for quote in _QUOTATION.finditer(ctx.text):
            speaker = _speaker_after(ctx, quote.end(), by_start) or _speaker_before(ctx, quote.start(), persons)
            if speaker is None and previous is not None and "\n" not in ctx.text[previous[1]:quote.start()] \
                    and not any(previous[1] <= m.start < quote.start() and m.label != previous[2].label for m in persons):
                speaker = previous[2]  # '"…," zegt X. "…"': the quotation goes on in X's words
            if speaker is not None:
                words = "words" if quote.group("words") is not None else "single"
                previous = (quote.start(words), quote.end(), speaker)
                found.append((quote.start(words), quote.end(words), speaker))
    found += _named_lines(ctx)
    interviewed = interviewee(ctx)
    if interviewed is not None:
        found += [(start, end, interviewed) for start, end in answer_lines(ctx)]  # "A: Ik ben …"
    ctx.__dict__["quoted_speakers"] = found
    return found


#: a line that opens with its speaker's name and a colon, perhaps in bold: "**Eva Smit:** Ik ben …"
_NAMED_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?(?=[A-ZÀ-Ý])(?P<name>[^\n:*_]{3,60}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+"
                         r"(?=[\"“]?[Ii]k\b|[\"“]?[A-Z][^\n]{0,60}\b[Ii]k\b)", re.MULTILINE)


def _named_lines(ctx: DocContext) -> list[tuple[int, int, Mention]]:
    """'**Eva Smit:** Ik ben sinds mei voorzitter …' (a double interview, a transcript): the line is the words
    of the person it opens with (the whole name before the colon, nothing else)."""
    if ":" not in ctx.text:
        return []
    persons = {(m.start, m.end): m for m in ctx.mentions if m.type == "Person"}
    spans = []
    for match in _NAMED_LINE.finditer(ctx.text):
        person = persons.get((match.start("name"), match.end("name")))
        if person is not None:
            end = ctx.text.find("\n", match.end())
            spans.append((match.end(), len(ctx.text) if end < 0 else end, person))
    return spans


#: the bodies whose "we" a speaker can be
_BODIES = frozenset({"Municipality", "Province", "Ministry", "Organisation"})
_QUOTE_MARKS = "\"“„'‘"


def quotation_body(ctx: DocContext, at: int) -> Mention | None:
    """The body the "we" at ``at`` stands for when it is inside a quotation (in quotation marks) whose
    speaker the document gives a role or an affiliation in exactly one municipality, province, ministry
    or organisation; else None.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = 'Het plan is rond. Wethouder Eva Smit van Ede: "Mooi. Samen met Woonbedrijf bouwen we 300 huizen."'
    >>> ex = extract("d", text, gazetteer=load_gazetteer())
    >>> [(r.subject.text, r.object.text) for r in ex.relations if r.predicate == "collaboratesWith"]
    [('Ede', 'Woonbedrijf')]
    """
    for start, end, speaker in quoted_speakers(ctx):
        if start <= at < end and start > 0 and ctx.text[start - 1] in _QUOTE_MARKS:
            bodies = [b for b in speaker_bodies(ctx, speaker) if b.type in _BODIES]
            return bodies[0] if len(bodies) == 1 else None
    return None


def speaker_bodies(ctx: DocContext, speaker: Mention) -> list[Mention]:
    """The bodies ``speaker`` holds a role at or is affiliated with, once each, in the order found; a
    speaker named by the surname alone ('", zegt Veldhuis.') is the one person of the document whose
    full name ends in it, where that full name holds a role at or is tied to one body only (two such persons,
    or a wethouder who also chairs a pijler: the surname's own facts only)."""
    bodies = _bodies_of(ctx, speaker.label)
    if " " not in speaker.label:
        full = {m.label for m in ctx.mentions if m.type == "Person" and m.label.endswith(" " + speaker.label)}
        held = _bodies_of(ctx, full.pop()) if len(full) == 1 else {}
        if len(held) == 1:
            for key, body in held.items():
                bodies.setdefault(key, body)
    return list(bodies.values())


def _bodies_of(ctx: DocContext, label: str) -> dict:
    """The bodies the person of ``label`` holds a role at or is affiliated with, by key, in the order found."""
    bodies = {}
    for r in ctx.relations:
        if r.subject.label == label and r.predicate in ("hasRole", "affiliatedWith"):
            bodies.setdefault(r.object.key or r.object.label, r.object)
    return bodies
