"""A programme's table of workshops or sessions: each row's title is an event, organised by the bodies of its
"Organisatie" column.

A fair's, congress's or network day's programme lists its sessions in a table::

    | Tijd  | Workshop            | Organisatie                | Sprekers                          |
    |---|---|---|---|
    | 11.00 | Wonen in de wijk    | Pijler Fysiek en Aedes     | Spreker: Eva Smit (wethouder Ede) |

The cells of a column headed "Workshop", "Sessie", "Deelsessie" or "Titel workshop" are events
(:func:`session_cells`, the rule of :func:`graph.extract.events.find_sessions`, so the persons of the row
take part in it as they do in a listed session: :mod:`graph.extract.participation`); the organisations,
municipalities, provinces, ministries and units of the row's "Organisatie"/"Organisator"/"Georganiseerd
door" cell organised it (:func:`find_session_tables`; a network before its unit, "G40 Pijler Fysiek", only
names the unit's owner). A table without such a title column (a timetable of plain items: "| 11.00 | Lunch |")
names no events.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Programma\\n\\n| Tijd | Workshop | Organisatie | Sprekers |\\n|---|---|---|---|\\n"
...         "| 11.00 | Wonen in de wijk | Aedes en gemeente Ede | Eva Smit (Ede) |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("sessions."))
[('Aedes', 'organised', 'Wonen in de wijk'), ('Ede', 'organised', 'Wonen in de wijk')]
"""

from __future__ import annotations

import re

from .actor_types import ACTORS
from .context import DocContext
from .model import Mention
from .sentences import split_sentences
from .table_layout import cells_of, header_name, header_rows
from .voice import we_actor

__all__ = ["session_cells", "find_session_tables"]

SESSION_RULE = "events.session"  # as graph.extract.events.SESSION_RULE (imported there would be a cycle)

#: a column of session titles
_TITLE_COLUMN = re.compile(r"(?:titel\s+(?:van\s+de\s+)?)?(?:workshop|(?:deel|werk|parallel|kennis|break-out)?sessie)s?|"
                           # a track record's events: "| jaar | bijeenkomst | organisator | rol van de stad |" (57r)
                           r"bijeenkomst(?:en)?|evenement(?:en)?")
#: a column of the part the document's own town played in the row's event: "| rol van de stad |" (a bid book's
#: track record): host or co-organiser (organised), participant (took part)
_TOWN_PART_COLUMN = re.compile(r"rol\s+van\s+(?:de\s+)?(?:stad|gemeente)")
_ORGANISED_PART = re.compile(r"\b(?:gaststad|gastgemeente|gastheer|(?:mede)?organisator)\b", re.IGNORECASE)
_TAKEN_PART = re.compile(r"\b(?:deelnemer|deelnemende\s+(?:stad|gemeente))\b", re.IGNORECASE)
#: a column of who organises the row's session
_ORGANISER_COLUMN = re.compile(r"organisatie|organisator(?:en)?|georganiseerd\s+door|organiserende\s+partij(?:en)?")
#: what a title cell holds that is no title: an empty cell's dash, "nog niet bekend"
_NO_TITLE = re.compile(r"[-–—]*|n\.?t\.?b\.?|nog\s+niet\s+bekend|volgt|pauze|lunch", re.IGNORECASE)


def _title_column(text: str, header) -> int | None:
    """The index of the header's column of session titles, or None."""
    names = [header_name(text[s:e]) for s, e in cells_of(text, header)]
    columns = [k for k, name in enumerate(names) if _TITLE_COLUMN.fullmatch(name)]
    return columns[0] if len(columns) == 1 and len(names) >= 2 else None


def session_cells(text: str, sentences=None) -> list[Mention]:
    """The session a title cell of a workshop table names, one event per row."""
    if "|" not in text:
        return []
    found = []
    for header, rows in header_rows(text, sentences if sentences is not None else split_sentences(text)):
        column = _title_column(text, header)
        if column is None:
            continue
        for row in rows:
            cells = cells_of(text, row)
            if column < len(cells):
                start, end = cells[column]
                title = text[start:end].strip("*_ ")
                if title and _NO_TITLE.fullmatch(title) is None and title[:1].isupper():
                    start += text[start:end].index(title)
                    end = start + len(title)
                    found.append(Mention(start, end, title, "Event", SESSION_RULE, 0.75, name=" ".join(title.split())))
    return found


def find_session_tables(ctx: DocContext) -> None:
    """Add who organised each session a workshop table lists."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        column = _title_column(ctx.text, header)
        if column is None:
            continue
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        for row in rows:
            cells = cells_of(ctx.text, row)
            if column >= len(cells) or len(cells) != len(names):
                continue
            session = next((m for m in ctx.in_span(*cells[column]) if m.type == "Event"), None)
            sentence = ctx.sentence_at(row.start)
            if session is None or sentence is None:
                continue
            for name, cell in zip(names, cells):
                if _TOWN_PART_COLUMN.fullmatch(name):
                    _town_part(ctx, session, sentence, ctx.text[cell[0]:cell[1]])
                if _ORGANISER_COLUMN.fullmatch(name):
                    actors = [m for m in ctx.in_span(*cell) if m.type in ACTORS]
                    for actor, after in zip(actors, actors[1:] + [None]):
                        if after is not None and after.type == "OrganisationalUnit" and after.start - actor.end <= 1:
                            continue  # "G40 Pijler Fysiek Domein": the pijler organised it
                        ctx.add(actor, "organised", session, sentence, "sessions.organiser-column", 0.75)


def _town_part(ctx: DocContext, session: Mention, sentence, cell: str) -> None:
    """The part the document's own town played in a track record's event: "gaststad, medeorganisator" (organised),
    "deelnemer" (took part). The town is the one the document speaks for ("wij") or the one its title names."""
    town = we_actor(ctx)
    if town is None and ctx.sentences:
        towns = {m.label: m for m in ctx.in_sentence(ctx.sentences[0]) if m.type == "Municipality"}
        town = next(iter(towns.values())) if len(towns) == 1 else None
    if town is None or town.type != "Municipality":
        return
    if _ORGANISED_PART.search(cell):
        ctx.add(town, "organised", session, sentence, "sessions.town-part", 0.7)
    elif _TAKEN_PART.search(cell):
        ctx.add(town, "participatesIn", session, sentence, "sessions.town-part", 0.7)
