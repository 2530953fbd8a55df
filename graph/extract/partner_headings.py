"""A partners page's groups: the actors listed one per line under "Deelnemende steden", "Kennispartners".

A network's or programme's "Partners" page lists its partners in groups, each under a heading, one name
(or one logo, whose name :mod:`graph.markup` reads from its alt text) per line:

    Partners - Netwerk Schone Stad

    Initiatiefnemers
    gemeente Deventer (penvoerder)

    Deelnemende steden
    gemeente Breda
    Gemeente Ede

    Kennispartners
    TNO

Each line that names one actor and nothing else (its kind "gemeente" before the name, a bracket after
it) stands for that actor in the heading's group: an initiatiefnemer initiated what the page is about,
a deelnemende stad, partner, kennispartner or financier takes part in it, and one "(penvoerder)" leads it.
What the page is about is the one programme, event or organisation that opens a line among its first
lines or that its title names. A line that names nothing ("Kernteam") ends the group; a sentence does not.

Called once per document by :func:`graph.extract.extract` (rule ``relations.partner-heading``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("City Deal Schone Lucht\\n\\nDeelnemende steden\\n\\ngemeente Breda\\n\\nGemeente Ede (penvoerder)\\n\\n"
...         "Kernteam\\n\\nEva Smit, programmamanager\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)  # doctest: +NORMALIZE_WHITESPACE
[('Breda', 'participatesIn', 'City Deal Schone Lucht'), ('City Deal Schone Lucht', 'ledBy', 'Ede'),
 ('Ede', 'participatesIn', 'City Deal Schone Lucht')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention
from .sentences import nonblank_lines

__all__ = ["find_partner_headings", "page_subject", "RULE"]

RULE = "relations.partner-heading"

#: a heading of a group of partners, and whether its members initiated the subject
_GROUP = re.compile(r"[ \t#]*(?:(?P<initiated>initiatiefnemers?)|deelnemende\s+(?:steden|gemeenten|provincies|partijen|"
                    r"organisaties)|aangesloten\s+(?:steden|gemeenten|partijen)|(?:kennis|samenwerkings|strategische\s+)?partners|"
                    r"(?:co-?)?financiers|deelnemers)[ \t]*:?[ \t]*", re.IGNORECASE)
#: what may stand around the actor on its line: its kind before, a bracket after
_KIND = re.compile(r"[ \t•◦▪*-]*(?:(?:de\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
_AFTER = re.compile(r"[ \t]*(?:\((?P<note>[^()\n]*)\))?[ \t]*")
#: a bracket that makes the actor the lead
_LEAD = re.compile(r"penvoerder|trekker|kartrekker", re.IGNORECASE)
#: kinds of mention an actor may be, and what a page may be about
_ACTORS = frozenset({"Municipality", "Province", "Ministry", "Organisation"})
_SUBJECTS = frozenset({"Programme", "Event", "Organisation"})
#: the lines a page's subject may open
_HEAD_LINES = 4


def page_subject(ctx: DocContext, lines: list[tuple[int, int]]) -> Mention | None:
    """The one programme, event or organisation that opens one of the page's first lines (``lines``: its
    non-blank lines); also what its team sections are of (:mod:`graph.extract.team_sections`)."""
    found = {}
    title = ctx.text[slice(*lines[0])] if lines else ""
    for start, end in lines[:_HEAD_LINES]:
        for m in ctx.in_span(start, end):
            if m.type in _SUBJECTS and (m.text in title or not ctx.text[start:m.start].strip(" -–|:")):
                found.setdefault(m.key or m.label, m)  # the name the title gives, or one that opens a line
    return next(iter(found.values())) if len(found) == 1 else None


#: a sentence under a group's heading that denies what the heading says
_DENIED = re.compile(r"\b(?:niet|geen|nooit)\b", re.IGNORECASE)


def find_partner_headings(ctx: DocContext) -> None:
    """Add the participation, initiative and lead of each actor a group heading lists; see the module."""
    if not ctx.search(_GROUP):
        return
    lines = nonblank_lines(ctx.text)
    subject = page_subject(ctx, lines)
    if subject is None:
        return
    group = None  # "initiated" or "participatesIn" while under a group's heading
    for k, (start, end) in enumerate(lines):
        if _GROUP.fullmatch(ctx.text, start, end):
            group = "initiated" if _GROUP.fullmatch(ctx.text, start, end).group("initiated") else "participatesIn"
            continue
        if group is None:
            continue
        named = ctx.in_span(start, end)
        if not named and _DENIED.search(ctx.text, start, end):
            group = None  # "Deze gemeenten doen niet meer mee.": the list under it takes part in nothing
            continue
        if not named:
            if not re.search(r"[.!?]\s*$", ctx.text[start:end]) and not (
                    k + 1 < len(lines) and _actor(ctx, ctx.in_span(*lines[k + 1]), *lines[k + 1])):
                group = None  # another heading ("Kernteam") ends the group; a name nobody knows, between two, does not
            continue
        actor = _actor(ctx, named, start, end)
        sentence = ctx.sentence_at(named[0].start)
        if actor is None or sentence is None or actor.label == subject.label:
            continue
        ctx.add(actor, group, subject, sentence, RULE, 0.7)
        note = _AFTER.match(ctx.text, actor.end, end).group("note")
        if note and _LEAD.search(note):
            ctx.add(subject, "ledBy", actor, sentence, RULE, 0.7)


def _actor(ctx: DocContext, named: list[Mention], start: int, end: int) -> Mention | None:
    """The one actor a line names and nothing else ("gemeente Breda", "Gemeente Ede (penvoerder)")."""
    if not named:
        return None
    first = named[0]
    if first.type not in _ACTORS or not _KIND.fullmatch(ctx.text, start, first.start):
        return None
    after = _AFTER.match(ctx.text, first.end, end)
    return first if after.end() == end else None
