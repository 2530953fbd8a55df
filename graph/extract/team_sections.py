"""A partners page's team and steering group: "Kernteam" over name-and-role captions, "Stuurgroep" over members.

After its groups of partners (:mod:`graph.extract.partner_headings`), a network's or programme's page
shows who runs it: a core team as photo captions, each a name on a line of its own and its role on
the next ("Eva Smit" / "programmamanager, gemeente Ede"), and a steering group as a list, one member a
line ("- Jan Kok, wethouder Breda (voorzitter)")::

    Kernteam
    Eva Smit
    programmamanager Netwerk X, gemeente Ede

    Stuurgroep
    - Jan Kok, wethouder Breda (voorzitter)
    - Piet Mol, gedeputeerde provincie Utrecht

A team member holds the role the caption opens with (a role word of the lexicon) in what the page is
about; each person who opens a line under the steering group's heading is a member of it, and the
steering group is part of what the page is about.

Called once per document by :func:`graph.extract.extract` (rules ``roles.team-caption`` and
``participation.steering-member``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Partners - City Deal Schone Lucht\\n\\nDeelnemende steden\\n\\ngemeente Breda\\n\\n"
...         "Kernteam\\n\\nEva Smit\\n\\nprogrammamanager, gemeente Ede\\n\\n"
...         "Stuurgroep\\n\\n• Jan Kok, wethouder Breda\\n• Piet Mol, gedeputeerde provincie Utrecht\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if "Stuurgroep" in (r.subject.text, r.object.text) or r.rule == CAPTION_RULE)  # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'hasRole', 'City Deal Schone Lucht', 'programmamanager'),
 ('Jan Kok', 'participatesIn', 'Stuurgroep', None), ('Piet Mol', 'participatesIn', 'Stuurgroep', None),
 ('Stuurgroep', 'partOf', 'City Deal Schone Lucht', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .partner_headings import page_subject
from .role_words import role_of
from .sentences import nonblank_lines

__all__ = ["CAPTION_RULE", "MEMBER_RULE", "find_team_sections"]

CAPTION_RULE = "roles.team-caption"
MEMBER_RULE = "participation.steering-member"

#: a core team's heading: "Kernteam", "Het team", "Programmateam", "Projectteam"
_TEAM = re.compile(r"[ \t#]*(?:het\s+)?(?:kern|programma|project)?team[ \t]*:?[ \t]*", re.IGNORECASE)
#: a steering group's heading (the unit :mod:`graph.extract.heading_bodies` names)
_STEERING = re.compile(r"[ \t#]*(?:de\s+)?stuurgroep[ \t]*:?[ \t]*", re.IGNORECASE)
#: the role word that opens a caption's second line: "programmamanager KSBL, …", "kennismakelaar, …"
_CAPTION_ROLE = re.compile(r"[ \t]*(?P<word>[a-zà-ÿ][\w-]{2,40})\b")
#: what may open a member's line before the name: a bullet
_BULLET = re.compile(r"[ \t•◦▪*-]*")


def find_team_sections(ctx: DocContext) -> None:
    """Add the core team's roles and the steering group's members of a partners page; see the module."""
    if not (ctx.search(_TEAM) or ctx.search(_STEERING)):
        return
    lines = nonblank_lines(ctx.text)
    subject = page_subject(ctx, lines)
    if subject is None:
        return
    section, steering = None, None
    for k, (start, end) in enumerate(lines):
        if _TEAM.fullmatch(ctx.text, start, end):
            section, steering = "team", None
            continue
        if _STEERING.fullmatch(ctx.text, start, end):
            section = "steering"
            steering = next((m for m in ctx.in_span(start, end) if m.type == "OrganisationalUnit"), None)
            if steering is not None:
                ctx.add(steering, "partOf", subject, ctx.sentence_at(steering.start), MEMBER_RULE, 0.7)
            continue
        named = ctx.in_span(start, end)
        if section == "team":
            _caption(ctx, subject, named, (start, end), lines[k + 1] if k + 1 < len(lines) else None)
        elif section == "steering" and steering is not None:
            first = named[0] if named else None
            sentence = ctx.sentence_at(first.start) if first is not None else None
            if first is None or first.type != "Person" or first.start != _BULLET.match(ctx.text, start, end).end():
                section = None  # a line that opens with no person ends the list
                continue
            if sentence is not None:
                ctx.add(first, "participatesIn", steering, sentence, MEMBER_RULE, 0.7)


def _caption(ctx: DocContext, subject, named, line: tuple[int, int], following: tuple[int, int] | None) -> None:
    """A caption's name alone on ``line`` and its role opening the ``following`` line."""
    if len(named) != 1 or named[0].type != "Person" or ctx.text[line[0]:line[1]].strip() != named[0].text \
            or following is None:
        return
    match = _CAPTION_ROLE.match(ctx.text, *following)
    role = role_of(match.group("word")) if match is not None else None
    sentence = ctx.sentence_at(following[0])
    if role is not None and sentence is not None and role.label == match.group("word").lower():
        ctx.add(named[0], "hasRole", subject, sentence, CAPTION_RULE, 0.7, role=role.label)
