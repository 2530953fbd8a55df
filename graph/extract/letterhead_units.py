"""A municipality's letter from one of its teams: "GEMEENTE APELDOORN" / "Team Inkoop" over the address, and
its head signing as "teamleider Inkoop" (round 59s).

A letter of a municipality's department (a tender decision of its purchasing team, a permit of its
licensing team) opens with the municipality's letterhead and, on the next line, the team that sends it::

    GEMEENTE APELDOORN
    Team Inkoop en Contractmanagement
    Postbus 9033, 7300 ES Apeldoorn

and closes with its head, whose role line names the team by its name alone::

    R. Scheepstra
    teamleider Inkoop en Contractmanagement a.i.

The unit on the line right under the letterhead's "Gemeente X" (that line nothing but one unit's name) is
part of X (:func:`find_letterhead_units`); a signature's "teamleider <name>" (or "teammanager") whose name is
that of a team the document names ("Team <name>") gives the role in that team (:func:`named_team`, read by
:mod:`graph.extract.signoffs`, as "directeur Woningmarkt" is a directorate's). A second line that is an
address, or a unit line further down, gives nothing; nor does a role line whose name no team has.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("GEMEENTE BREDA\\nTeam Vergunningen en Handhaving\\nPostbus 1, 4800 AA Breda\\n\\nGeachte heer Bos,\\n\\n"
...         "Uw aanvraag is verleend.\\n\\nHoogachtend,\\n\\nE. Smit\\nteamleider Vergunningen en Handhaving a.i.\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule in (RULE, TEAM_RULE))  # doctest: +NORMALIZE_WHITESPACE
[('E. Smit', 'hasRole', 'Team Vergunningen en Handhaving', 'teamleider'),
 ('Team Vergunningen en Handhaving', 'partOf', 'BREDA', None)]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .voice import letterhead

__all__ = ["RULE", "TEAM_RULE", "TEAM_HEADS", "find_letterhead_units", "named_team"]

RULE = "units.letterhead-unit"
TEAM_RULE = "signoffs.team"

#: the role words of a team's head, whose line may name the team without its kind word
TEAM_HEADS = frozenset({"teamleider", "teammanager"})

#: what may follow a team's name on a role line: "a.i.", "ad interim"
_INTERIM = re.compile(r"\s*(?:,?\s*(?:a\.\s?i\.|ad\s+interim|ai))?\s*$", re.IGNORECASE)


def find_letterhead_units(ctx: DocContext) -> None:
    """Make the unit on the line under the letterhead's "Gemeente X" part of X (see the module docstring)."""
    town = letterhead(ctx) or _capital_letterhead(ctx)
    if town is None:
        return
    line_end = ctx.text.find("\n", town.end)
    if line_end < 0 or ctx.text[town.end:line_end].strip():
        return
    next_end = ctx.text.find("\n", line_end + 1)
    next_end = len(ctx.text) if next_end < 0 else next_end
    line = ctx.text[line_end + 1:next_end]
    named = ctx.in_span(line_end + 1, next_end)
    if len(named) != 1 or named[0].type != "OrganisationalUnit" or line.strip() != named[0].text:
        return
    sentence = Sentence(town.start, next_end, ctx.text[town.start:next_end])
    ctx.add(named[0], "partOf", town, sentence, RULE, 0.7)


#: a letterhead in capitals: "GEMEENTE APELDOORN" (:func:`graph.extract.voice.letterhead` reads "Gemeente X")
_CAPITAL_LETTERHEAD = re.compile(r"\s*GEMEENTE\s+(?=\S)")


def _capital_letterhead(ctx: DocContext) -> Mention | None:
    """The municipality of a first line "GEMEENTE X" and nothing else, else None."""
    match = _CAPITAL_LETTERHEAD.match(ctx.text)
    if match is None:
        return None
    end = ctx.text.find("\n", match.end())
    end = len(ctx.text) if end < 0 else end
    named = ctx.in_span(match.end(), end)
    if len(named) == 1 and named[0].type == "Municipality" and named[0].start == match.end() \
            and not ctx.text[named[0].end:end].strip():
        return named[0]
    return None


def named_team(ctx: DocContext, role_end: int, line_end: int) -> Mention | None:
    """The team the document names whose name (without "Team") is the rest of a role line after a team head's
    role word: "teamleider Inkoop en Contractmanagement a.i." and a unit "Team Inkoop en Contractmanagement"."""
    rest = ctx.text[role_end:line_end]
    field = " ".join(rest[:_INTERIM.search(rest).start()].split()).lower()
    if not field:
        return None
    return next((m for m in ctx.mentions if m.type == "OrganisationalUnit" and m.label.lower() == f"team {field}"), None)
