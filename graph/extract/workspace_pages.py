"""A collaboration workspace's member page copied as text (round 59r): the team its "Team:" line names.

A workspace application (Teams, a SharePoint site) shows a team's members under a menu path and the team's name:

    Microsoft Teams › Team beheren › Leden
    Team: G40 | Themagroep Wonen
    Eigenaren (2)
    Naam            Titel                          Organisatie        Rol
    Eva Smit        Coördinator themagroep Wonen   G40-bureau         Eigenaar
    Jan Bos         Wethouder Wonen                Gemeente Ede       Lid

The menu path is no title: "Team beheren" is a command of the application, not a body
(:func:`without_menu_commands`). The page is about the team its "Team:" line names, the last unit or programme
in it ("G40 | Themagroep Wonen": the themagroep) (:func:`workspace_team`); the member tables under it are that
team's (:mod:`graph.extract.tables` reads them through :func:`graph.extract.cards.card_subject`).
:func:`find_workspace_titles` reads each row's "Titel": a role the team has ("Coördinator themagroep Wonen",
"Ambtelijk trekker", "Ambtelijk secretaris themagroep") is held in the team; any other role ("Wethouder Wonen",
"Programmamanager Energie") at the row's organisation.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Microsoft Teams › Team beheren › Leden\\nTeam: G40 | Themagroep Wonen\\n\\nLeden (2)\\n"
...         "| Naam | Titel | Organisatie | Rol |\\n|---|---|---|---|\\n"
...         "| Eva Smit | Coördinator themagroep Wonen | G40-bureau | Eigenaar |\\n"
...         "| Jan Bos | Wethouder Wonen | Gemeente Ede | Lid |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()
...        ).relations if r.subject.type == "Person")  # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'affiliatedWith', 'bureau', None), ('Eva Smit', 'hasRole', 'Themagroep Wonen', 'coördinator'),
 ('Jan Bos', 'hasRole', 'Ede', 'wethouder'), ('Jan Bos', 'hasRole', 'Themagroep Wonen', 'lid')]
"""

from __future__ import annotations

import re

from .model import Mention
from .role_words import role_of, role_pattern
from .table_layout import cells_of, header_name, header_rows

__all__ = ["workspace_team", "without_menu_commands", "find_workspace_titles", "WORKSPACE_RULE"]

WORKSPACE_RULE = "workspace.title"

#: a menu path: "Microsoft Teams › Team beheren › Leden" (two separators at least)
_MENU_PATH = re.compile(r"[^\n›]+›[^\n›]+›[^\n]+")
#: the line that names the team, among the page's first lines: "Team: G40 | Themagroep Wonen"
_TEAM_LINE = re.compile(r"^(?:Team|Teamnaam|Site|Werkruimte)\s*:\s*(\S[^\n]*)$", re.MULTILINE)
#: a command in a menu path: a word with a verb in the infinitive ("Team beheren", "Leden toevoegen")
_COMMAND = re.compile(r"\s*[A-Z][a-z]+ (?:[a-z]+ )?(?:be|ver|toe|aan|ont|her|ge)?[a-z]*en\s*")
#: the roles a themagroep, a team or a workgroup itself has (not one its member holds at home)
_TEAM_ROLES = frozenset({"coördinator", "coordinator", "secretaris", "ambtelijk secretaris", "trekker",
                         "ambtelijk trekker", "bestuurlijk trekker", "voorzitter", "vicevoorzitter"})
#: what a title may say before its role word: nothing, or the kind of the role ("Ambtelijk", "Senior")
_KIND = re.compile(r"((?:ambtelijk|bestuurlijk)\s+)?(?:(?:senior|junior|strategisch|plv\.?)\s+)?", re.IGNORECASE)
_THINGS = frozenset({"OrganisationalUnit", "Programme"})


def _menu_path(text: str) -> re.Match | None:
    """The menu path that opens a workspace page with a "Team:" line in its first five lines."""
    first = _MENU_PATH.match(text)
    if first is None:
        return None
    team = _TEAM_LINE.search(text, first.end(), _line_end(text, first.end(), 5))
    return first if team is not None else None


def _line_end(text: str, at: int, lines: int) -> int:
    end = at
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def without_menu_commands(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the units a workspace page's menu path seems to name: "Team beheren" is a command.

    >>> ms = [Mention(18, 30, "Team beheren", "OrganisationalUnit", "units.named", 0.8)]
    >>> without_menu_commands("Microsoft Teams › Team beheren › Leden\\nTeam: Themagroep Wonen\\n", ms)
    []
    >>> without_menu_commands("Microsoft Teams › Team beheren › Leden\\nOver de themagroep Wonen\\n", ms) == ms
    True
    """
    path = _menu_path(text)
    if path is None:
        return mentions
    commands = []
    at = 0
    for segment in path.group().split("›"):
        if _COMMAND.fullmatch(segment):
            commands.append((at, at + len(segment)))
        at += len(segment) + 1
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in commands)]


def workspace_team(ctx) -> Mention | None:
    """The team a workspace page is about: the last unit or programme its "Team:" line names."""
    path = _menu_path(ctx.text)
    if path is None:
        return None
    line = _TEAM_LINE.search(ctx.text, path.end(), _line_end(ctx.text, path.end(), 5))
    named = [m for m in ctx.in_span(line.start(1), line.end(1)) if m.type in _THINGS]
    return named[-1] if named else None


def find_workspace_titles(ctx) -> None:
    """Each member row's "Titel" on a workspace page: a team's role held in the team, else a role held at the row's
    organisation (the person is affiliated with it otherwise, as :mod:`graph.extract.tables` reads)."""
    team = workspace_team(ctx)
    if team is None:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]).lower() for s, e in cells_of(ctx.text, header)]
        if not {"naam", "titel", "organisatie"} <= set(names):
            continue
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            person = _one(ctx, cells[names.index("naam")], {"Person"})
            title = cells[names.index("titel")]
            word = role_pattern().search(ctx.text, *title)
            role = role_of(word.group()) if word is not None else None
            if person is None or role is None:
                continue
            label = role.label.lower()
            kind = _KIND.fullmatch(ctx.text, title[0], word.start())  # "Ambtelijk secretaris", not in the lexicon
            if kind is not None and kind.group(1):
                label = f"{kind.group(1).strip().lower()} {label}"
            elif kind is None:
                continue  # "Adviseur van de voorzitter": not a title of a role of its own
            if label in _TEAM_ROLES:
                ctx.add(person, "hasRole", team, row, WORKSPACE_RULE, 0.8, role=label)
                continue
            body = _one(ctx, cells[names.index("organisatie")], None)
            if body is not None and body.type in ("Municipality", "Province", "Organisation", "Ministry"):
                ctx.add(person, "hasRole", body, row, WORKSPACE_RULE, 0.75, role=label)
    _without_plain_seats(ctx, team)


def _without_plain_seats(ctx, team: Mention) -> None:
    """Drop a member row's bare seat ("Rol: Lid") in the team for a person the page gives a role of the team
    (round 59e): "Bestuurlijk trekker: wethouder Ruben Aalbers" in its description says what the seat is.

    The "Lid" of the application's Rol column only says that the person is in the team; the role named
    elsewhere on the page is that seat, not a second one."""
    held = {r.subject.label for r in ctx.relations
            if r.predicate == "hasRole" and r.object.label == team.label and r.role and r.role != "lid"}
    if held:
        ctx.relations[:] = [r for r in ctx.relations if not (
            r.predicate == "hasRole" and r.role == "lid" and r.object.label == team.label and r.subject.label in held)]


def _one(ctx, cell: tuple[int, int], types) -> Mention | None:
    found = [m for m in ctx.in_span(*cell) if types is None or m.type in types]
    return found[0] if len(found) == 1 or (found and types is not None) else None
