"""The parts of an event's programme in a table, with their speakers: who speaks at the event takes part in it.

An evaluation or a report of a conference or knowledge day lists its programme as a table of parts, each with
its speakers and their organisation::

    | Onderdeel             | Spreker(s)                        | Organisatie     | Gem. cijfer |
    |---|---|---|---|
    | Welkom en opening     | Eva Smit, wethouder Wonen         | Gemeente Ede    | 7,6         |
    | Keynote: de wijk      | dr. Kees Bos, senior onderzoeker  | TNO             | 6,9         |

A part ("Welkom en opening", "Afsluiting", "Keynote: …") is no body, programme or event of its own: the
table belongs to the event the document is about (the table's subject, :func:`graph.extract.cards.card_subject`).
Each person of the speaker column takes part in it (``participatesIn``), as does the one organisation,
municipality, ministry or province of the row's organisation column; a row's one speaker holds the role written
right after the name ("Kees Bos, senior onderzoeker", also "Ellen Bakker, adviseur (vervangt X)") in that
organisation, else is affiliated with it. A role with more words after it ("projectleider Energiefixteam
Breda", "trekker themagroep") is held elsewhere: the row says only where the speaker works. A table of parts
without a speaker column ("| Onderdeel | Stand |") or under no event is read as before.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Evaluatie Kennisdag Wonen\\n\\n| Onderdeel | Spreker | Organisatie |\\n|---|---|---|\\n"
...         "| Opening | Eva Smit, adviseur | VNG |\\n")
>>> sorted((r.subject.text, r.predicate, r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule.startswith("tables.speaker"))
[('Eva Smit', 'hasRole', 'adviseur', 'VNG'), ('Eva Smit', 'participatesIn', None, 'Kennisdag Wonen'), ('VNG', 'participatesIn', None, 'Kennisdag Wonen')]
"""

from __future__ import annotations

import re

from .cards import value_list
from .context import DocContext
from .infobox_roles import _in_bracket
from .model import Mention, Sentence
from .roles import role_of, role_pattern
from .table_layout import ACTOR_COLUMN, cells_of

__all__ = ["speaker_rows"]

#: the kinds of organisation a speaker comes from
_FROM = frozenset({"Organisation", "Municipality", "Ministry", "Province"})
#: what may follow a speaker's role in the cell: a bracket ("(vervangt X)"), nothing else
_ROLE_END = re.compile(r"\s*(?:\([^()]*\))?\s*")


def speaker_rows(ctx: DocContext, rows: list[Sentence], names: list[str], speakers: int, event: Mention) -> None:
    """The facts of each row of a table of ``event``'s parts whose speakers are in column ``speakers``."""
    where = next((k for k, n in enumerate(names) if ACTOR_COLUMN.fullmatch(n)), None)
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != len(names):
            continue
        persons = [m for m in ctx.in_span(*cells[speakers]) if m.type == "Person"
                   and not _in_bracket(ctx.text, cells[speakers][0], m.start)]  # "(vervangt X)": no speaker
        actors = [m for m in value_list(ctx, *cells[where]) if m.type in _FROM] if where is not None else []
        for person in persons:
            ctx.add(person, "participatesIn", event, row, "tables.speaker", 0.75)
        for actor in actors:
            ctx.add(actor, "participatesIn", event, row, "tables.speaker-organisation", 0.7)
        if len(persons) != 1 or len(actors) != 1:
            continue
        role = _role_after(ctx.text, persons[0], cells[speakers][1])
        if role is not None:
            ctx.add(persons[0], "hasRole", actors[0], row, "tables.speaker-role", 0.75, role=role)
        else:
            ctx.add(persons[0], "affiliatedWith", actors[0], row, "tables.speaker-organisation", 0.7)


def _role_after(text: str, person: Mention, end: int) -> str | None:
    """The role right after a speaker's name and a comma that ends the cell (but for a bracket).

    >>> person = Mention(0, 8, "Eva Smit", "Person", "", 1.0)
    >>> _role_after("Eva Smit, adviseur (vervangt Kees Bos)", person, 38), _role_after("Eva Smit, trekker themagroep", person, 28)
    ('adviseur', None)
    """
    comma = re.compile(r",\s*").match(text, person.end, end)
    word = role_pattern().match(text, comma.end(), end) if comma else None
    if word is None or not _ROLE_END.fullmatch(text, word.end(), end):
        return None
    role = role_of(word.group(0))
    return role.label if role is not None else None
