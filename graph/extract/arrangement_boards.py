"""The boards of a gemeenschappelijke regeling that a document is about, and who sits in them.

A joint arrangement of municipalities ("Gemeenschappelijke regeling Werkbedrijf X") has an algemeen
bestuur (a member or two of each participating college) and a dagelijks bestuur (a few of those).
In its own jaarverslag or besluit the two are named by their kind alone ("lid van het algemeen
bestuur", "| lid algemeen bestuur |"): there each is a unit labelled "Algemeen bestuur X" /
"Dagelijks bestuur X", part of the arrangement. A text that names several arrangements ("7.2
Gemeenschappelijke regelingen" in a begroting) has no one arrangement: its boards stay as other rules
read them (:mod:`graph.extract.boards`).

What the arrangement's text says of them:

* a table with a column of a board's members ("| lid algemeen bestuur |") and one of their function in
  a board ("| functie in het dagelijks bestuur |"): the row's person holds "lid" in the first, the
  cell's role word (not "–") in the second, from the day a cell's "(vanaf 1 april 2025)" gives;
* "Aan de gemeenschappelijke regeling nemen vijf gemeenten deel: A, B …" (or "De deelnemende
  gemeenten zijn …"): each town named takes part in the arrangement.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Jaarverslag – Omgevingsdienst Zuidoost\\n\\nGemeenschappelijke regeling Omgevingsdienst Zuidoost\\n\\n"
...         "Aan de regeling nemen drie gemeenten deel: Ede, Wageningen en Renkum.\\n\\n"
...         "| gemeente | lid algemeen bestuur | functie in het dagelijks bestuur |\\n|---|---|---|\\n"
...         "| Ede | wethouder Eva Smit | voorzitter |\\n| Renkum | wethouder Jan Bos (vanaf 2 mei 2024) | – |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.label, r.role or "", r.valid_from or "")
...        for r in extract("d", text, gazetteer=load_gazetteer()).relations if r.rule.startswith("arrangements."))
... # doctest: +NORMALIZE_WHITESPACE
[('Ede', 'participatesIn', 'Omgevingsdienst Zuidoost', '', ''),
 ('Eva Smit', 'hasRole', 'Algemeen bestuur Omgevingsdienst Zuidoost', 'lid', ''),
 ('Eva Smit', 'hasRole', 'Dagelijks bestuur Omgevingsdienst Zuidoost', 'voorzitter', ''),
 ('Jan Bos', 'hasRole', 'Algemeen bestuur Omgevingsdienst Zuidoost', 'lid', '2024-05-02'),
 ('Renkum', 'participatesIn', 'Omgevingsdienst Zuidoost', '', ''),
 ('Wageningen', 'participatesIn', 'Omgevingsdienst Zuidoost', '', ''),
 ('algemeen bestuur', 'partOf', 'Omgevingsdienst Zuidoost', '', ''),
 ('dagelijks bestuur', 'partOf', 'Omgevingsdienst Zuidoost', '', '')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .cues import finditer_text
from .model import Mention
from .representation_tables import row_start
from .role_words import role_of, role_pattern
from .table_layout import cells_of, header_name, header_rows

__all__ = ["arrangement_boards", "find_arrangement_boards", "BOARD_RULE"]

BOARD_RULE = "arrangements.board"

#: the arrangement's own name: "Gemeenschappelijke regeling X" (one, not "… regelingen")
_ARRANGEMENT = re.compile(r"\b[Gg]emeenschappelijke\s+[Rr]egeling\s+(?=[A-Z])")
#: a board named by its kind: "algemeen bestuur", "Dagelijks bestuur" (not inside a longer word)
_BOARD = re.compile(r"(?<![\w-])(?P<kind>[Aa]lgemeen|[Dd]agelijks)\s+bestuur(?![\w-])")
#: the first of two boards named together: "(van) zowel het algemeen als het", "het algemeen en het"
_BOTH_BOARDS = re.compile(r"\b(?:zowel\s+)?(?:het\s+)?(?P<first>algemeen)\s+(?:als|en)\s+(?:het\s+)?$")
#: another body's board: "… bestuur van de VNG" (the arrangement's own, "van de Gemeenschappelijke regeling X", is kept)
_OF = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")


def arrangement(text: str, mentions: list[Mention]) -> Mention | None:
    """The organisation whose name follows "Gemeenschappelijke regeling" (there or in a mention of the
    same name elsewhere: a title), if the text names no second arrangement so (see the module docstring).

    >>> org = Mention(28, 37, "Werkplein", "Organisation", "organisations.head-word", 0.8)
    >>> arrangement("Gemeenschappelijke regeling Werkplein", [org]).text
    'Werkplein'
    >>> arrangement("Gemeenschappelijke regelingen", [org]) is None
    True
    """
    organisations = sorted((m for m in mentions if m.type == "Organisation"), key=lambda m: -len(m.text))
    named = [next((m for m in organisations if text.startswith(m.text, match.end())), None)
             for match in finditer_text(_ARRANGEMENT, text)]  # the name there, or the same name elsewhere
    named = [m for m in named if m is not None]
    if not named or len({m.label for m in named}) > 1:
        return None
    return named[0]


def arrangement_boards(text: str, mentions: list[Mention]) -> list[Mention]:
    """The arrangement's boards named by their kind (units labelled "Algemeen bestuur X"); ``mentions``:
    the document's mentions so far.

    >>> org = Mention(28, 36, "Werkpunt", "Organisation", "organisations.head-word", 0.8)
    >>> text = "Gemeenschappelijke regeling Werkpunt\\nZij is lid van het dagelijks bestuur."
    >>> [(m.text, m.label) for m in arrangement_boards(text, [org])]
    [('dagelijks bestuur', 'Dagelijks bestuur Werkpunt')]
    """
    if "bestuur" not in text:
        return []
    owner = arrangement(text, mentions)
    if owner is None:
        return []
    by_start = {m.start: m for m in mentions}
    found = _short_names(text, owner, mentions)
    for match in _BOARD.finditer(text):
        of = _OF.match(text, match.end())
        if of is not None:
            other = by_start.get(of.end())
            if other is not None and other.label != owner.label and not text.startswith("Gemeenschappelijke", of.end()) \
                    and not text.startswith("gemeenschappelijke", of.end()):
                continue  # "het algemeen bestuur van de VNG": another body's
        kind = match.group("kind").lower()
        both = _BOTH_BOARDS.search(text, max(0, match.start() - 60), match.start())
        if both is not None and kind == "dagelijks":  # "zowel het algemeen als het dagelijks bestuur": both boards
            found.append(Mention(both.start("first"), both.end("first"), both.group("first"), "OrganisationalUnit",
                                 BOARD_RULE, 0.7, name=f"Algemeen bestuur {owner.label}", kind="regelingsbestuur"))
        found.append(Mention(match.start(), match.end(), match.group(), "OrganisationalUnit", BOARD_RULE, 0.7,
                             name=f"{kind.capitalize()} bestuur {owner.label}", kind="regelingsbestuur"))
    return found


def _short_names(text: str, owner: Mention, mentions: list[Mention]) -> list[Mention]:
    """"het Werkbedrijf" for the arrangement "Werkbedrijf Noordwest-Twente": the first word of its name
    after "het"/"de", with no capitalised word after it, is the arrangement (a mention of its name).

    >>> org = Mention(28, 41, "Werkpunt Oost", "Organisation", "organisations.head-word", 0.8)
    >>> text = "Gemeenschappelijke regeling Werkpunt Oost\\nHet Werkpunt is lid van Divosa."
    >>> [(m.text, m.label) for m in _short_names(text, org, [org])]
    [('Werkpunt', 'Werkpunt Oost')]
    """
    words = owner.label.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[0].isalpha():
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for match in re.finditer(r"\b(?:[Hh]et|[Dd]e)\s+(" + re.escape(words[0]) + r")\b(?![\w-])(?!\s+[A-ZÀ-Ý])", text):
        start, end = match.span(1)
        if not any(s < end and start < e for s, e in taken):
            found.append(Mention(start, end, match.group(1), "Organisation", "arrangements.short-name", 0.7,
                                 name=owner.label, key=owner.key, kind=owner.kind))
    return found


#: a column of a board's members: "lid algemeen bestuur", "leden dagelijks bestuur", "algemeen bestuur"
_MEMBERS_COLUMN = re.compile(r"(?:(?:lid|leden)\s+(?:van\s+(?:het\s+)?)?)?(?:algemeen|dagelijks)\s+bestuur")
#: a column of each member's function in a board: "functie in het dagelijks bestuur", "rol in db"
_FUNCTION_COLUMN = re.compile(r"(?:functie|rol)\s+(?:in\s+)?(?:het\s+)?(?:algemeen|dagelijks)\s+bestuur")
#: "deelnemen": "nemen … deel", "neemt … deel", "deelnemende gemeenten"
_TAKING_PART = re.compile(r"\b(?:nem(?:en|t)\b.*\bdeel\b|deelnemende\s+gemeenten\b)", re.IGNORECASE)
#: a sentence about the arrangement itself: "de (gemeenschappelijke) regeling"
_THE_ARRANGEMENT = re.compile(r"\b(?:de|deze)\s+(?:gemeenschappelijke\s+)?regeling\b|\bdeelnemende\s+gemeenten\b",
                              re.IGNORECASE)
#: a sentence of leaving, joining later or not taking part: not the members now
_NOT_NOW = re.compile(r"\b(?:uit\s*te\s*treden|uittre\w*|toe\s*te\s*treden|toetre\w*|niet|geen|voornemen|verkend|"
                      r"overweeg\w*|vanaf|per)\b", re.IGNORECASE)


def find_arrangement_boards(ctx: DocContext) -> None:
    """The boards' parts, the towns taking part and the board tables (see the module docstring)."""
    boards = [m for m in ctx.mentions if m.rule == BOARD_RULE]
    owner = arrangement(ctx.text, [m for m in ctx.mentions if m.rule != "arrangements.short-name"]) \
        if boards or "regeling" in ctx.text else None
    if owner is None:
        return
    for board in {m.label: m for m in reversed(boards)}.values():
        ctx.add(board, "partOf", owner, ctx.sentence_at(board.start), "arrangements.board-part", 0.7)
    _both_boards(ctx, boards)
    _towns_taking_part(ctx, owner)
    _board_tables(ctx, boards)


def _both_boards(ctx: DocContext, boards: list[Mention]) -> None:
    """"X is voorzitter van zowel het algemeen als het dagelijks bestuur": X's role in the first board is
    held in the second too."""
    after = {m.start: m for m in boards}
    for first in [m for m in boards if m.text.lower() == "algemeen"]:
        match = re.match(r"\s+(?:als|en)\s+(?:het\s+)?", ctx.text[first.end:])
        second = after.get(first.end + match.end()) if match else None
        if second is None:
            continue
        for r in [r for r in ctx.relations if r.object is first and r.predicate == "hasRole"]:
            ctx.add(r.subject, "hasRole", second, ctx.sentence_at(first.start), r.rule, r.confidence, role=r.role,
                    past=r.past, since=r.valid_from, until=r.valid_until)


def _towns_taking_part(ctx: DocContext, owner: Mention) -> None:
    """"Aan de gemeenschappelijke regeling nemen vijf gemeenten deel: A, B en C": each town takes part."""
    for sentence in ctx.sentences:
        if not _THE_ARRANGEMENT.search(sentence.text) or not _TAKING_PART.search(sentence.text) \
                or _NOT_NOW.search(sentence.text):
            continue
        for town in ctx.in_sentence(sentence):
            if town.type == "Municipality":
                ctx.add(town, "participatesIn", owner, sentence, "arrangements.taking-part", 0.7)


def _board_tables(ctx: DocContext, boards: list[Mention]) -> None:
    """Each row's person of a board table: "lid" of the board of the members' column, the function
    cell's role in the board of the function column."""
    if not boards or "|" not in ctx.text:
        return
    by_kind = {m.label.split()[0].lower(): m for m in boards}
    board_rows = set()
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        members = next((k for k, n in enumerate(names) if _MEMBERS_COLUMN.fullmatch(n)), None)
        if members is None:
            continue
        functions = [(k, by_kind.get(_kind(n))) for k, n in enumerate(names) if _FUNCTION_COLUMN.fullmatch(n)]
        member_board = by_kind.get(_kind(names[members]))
        board_rows.update(row.start for row in rows)
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            persons = [m for m in ctx.in_span(*cells[members]) if m.type == "Person"]
            if len(persons) != 1:
                continue
            person = persons[0]
            if not _other_role(ctx, person, member_board):  # (not its chair, named so elsewhere)
                ctx.add(person, "hasRole", member_board, row, "arrangements.board-member", 0.7, role="lid",
                        **_cell_start(ctx.text, *cells[members]))
            for k, board in functions:
                role = _cell_role(ctx.text, *cells[k])
                if role is not None:
                    ctx.add(person, "hasRole", board, row, "arrangements.board-function", 0.7, role=role,
                            **_cell_start(ctx.text, *cells[k]))
    # the row's town sends the member, it is no member of the board itself ("| Almelo | wethouder X | voorzitter |")
    ctx.relations[:] = [r for r in ctx.relations if not (r.rule == "tables.members" and r.evidence_start in board_rows
                                                         and r.object.rule == BOARD_RULE)]


def _other_role(ctx: DocContext, person: Mention, board: Mention | None) -> bool:
    """Whether the text gives ``person`` (by surname) a role other than "lid" in ``board``: the chair of a
    board is named as its chair, not as one of its members."""
    if board is None:
        return False
    surname = person.label.split()[-1]
    return any(r.predicate == "hasRole" and r.object.label == board.label and r.role not in (None, "lid")
               and r.subject.type == "Person" and r.subject.label.split()[-1] == surname for r in ctx.relations)


def _kind(column: str) -> str | None:
    """"algemeen" or "dagelijks", the board a column's header names.

    >>> _kind("functie in het dagelijks bestuur"), _kind("gemeente")
    ('dagelijks', None)
    """
    found = re.search(r"\b(algemeen|dagelijks)\b", column)
    return found.group(1) if found else None


def _cell_role(text: str, start: int, end: int) -> str | None:
    """The role word a function cell opens with ("vicevoorzitter (sinds 26 juni 2025)"), if any.

    >>> _cell_role("| vicevoorzitter (sinds 1 mei 2025) |", 2, 35), _cell_role("| – |", 2, 3)
    ('vicevoorzitter', None)
    """
    cell = re.sub(r"\([^()]*\)", "", text[start:end]).strip()
    word = role_pattern().fullmatch(cell)
    role = role_of(word.group(0)) if word else None
    return role.label if role else None


def _cell_start(text: str, start: int, end: int) -> dict[str, str]:
    """The start a cell's "(vanaf 1 april 2025)" or "(sinds …)" gives (keywords for :meth:`DocContext.add`).

    >>> _cell_start("X (vanaf 1 april 2025)", 0, 22), _cell_start("X", 0, 1)
    ({'since': '2025-04-01'}, {})
    """
    bracket = re.search(r"\((?:vanaf|sinds|per|met\s+ingang\s+van)\s+([^()]+)\)", text[start:end], re.IGNORECASE)
    return row_start(bracket.group(1), 0, len(bracket.group(1))) if bracket else {}
