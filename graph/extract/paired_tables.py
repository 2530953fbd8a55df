"""A pairing table (round 59r): each row pairs two persons of a programme, each column belonging to one of them.

A mentoring, coaching or buddy programme lists its pairs in one table, one person's columns after the other's:

    | # | Mentee | Gemeente | Portefeuille | Mentor | Achtergrond mentor |
    | 1 | Eva Smit | Ede | Wonen | Jan Bos | wethouder Delft sinds 2019 |

The columns after the first person's column, up to the second person's, are the first person's ("Gemeente",
"Portefeuille": a wethouder of Ede); a column whose title names a person's column ("Achtergrond mentor", "Functie
coach") is that person's: each office it names in a place or a body ("wethouder Delft sinds 2019",
"oud-wethouder Zwolle (2014–2022)", "voorzitter pijler Sociaal Domein") is theirs. Each person holds the role their
column names in the table's programme (mentor, mentee). The generic table rules (:mod:`graph.extract.tables`) read
such a row as one person's and gave the first person's town to the second: their facts of the row's place are
dropped here.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Buddyprogramma Jonge Bestuurders\\n\\n| Buddy | Gemeente | Portefeuille | Coach | Achtergrond coach |\\n"
...         "|---|---|---|---|---|\\n| Eva Smit | Ede | Wonen | Jan Bos | wethouder Delft sinds 2019 |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role, r.valid_from) for r in extract(
...     "d", text, gazetteer=load_gazetteer(), date="2026-05-01").relations)  # doctest: +NORMALIZE_WHITESPACE
[('Eva Smit', 'hasRole', 'Buddyprogramma Jonge Bestuurders', 'buddy', None),
 ('Eva Smit', 'hasRole', 'Ede', 'wethouder', None),
 ('Jan Bos', 'hasRole', 'Buddyprogramma Jonge Bestuurders', 'coach', None),
 ('Jan Bos', 'hasRole', 'Delft', 'wethouder', '2019-01-01')]
"""

from __future__ import annotations

import re

from .cards import card_subject
from .model import Mention
from .role_words import role_of, role_pattern
from .table_cells import portfolio_office
from .table_layout import cells_of, header_name, header_rows

__all__ = ["find_paired_tables", "PAIRED_RULE", "BACKGROUND_RULE"]

PAIRED_RULE = "tables.paired"  # undated: the row's dates are its background cell's (graph.extract.context)
BACKGROUND_RULE = "tables.paired-background"

#: a column of one of a pair's persons: "Mentee (nieuw)", "Mentor", "Coach", "Buddy", "Maatje"
_PAIRED = re.compile(r"(mentor|mentee|coach|coachee|buddy|maatje)(?:\s*\([^)]*\))?", re.IGNORECASE)
#: a column about the person of another column: "Achtergrond mentor", "Functie coach", "Organisatie mentor"
_ABOUT = re.compile(r"(?:achtergrond|functie|organisatie|gemeente|werkzaam bij)\s+(?:van\s+(?:de\s+)?)?(\w+)",
                    re.IGNORECASE)
#: the place columns of a person: "Gemeente", "Stad"
_PLACE_COLUMN = re.compile(r"gemeente|stad|organisatie", re.IGNORECASE)
#: the rules of :mod:`graph.extract.tables` that give a row's place to its person
_PLACE_RULES = frozenset({"tables.portfolio-office", "tables.organisation-column", "tables.bracket-office"})
_PLACES = frozenset({"Municipality", "Province"})
_BODIES = frozenset({"OrganisationalUnit", "Organisation", "Ministry"})
_HELD_IN = frozenset({"Programme", "OrganisationalUnit", "Event"})


def find_paired_tables(ctx) -> None:
    """The facts of each pairing table's rows (see the module)."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        pairs = [k for k, name in enumerate(names) if _PAIRED.fullmatch(name)]
        if len(pairs) != 2:
            continue
        words = {_PAIRED.fullmatch(names[k]).group(1).lower(): k for k in pairs}
        owner = {k: pairs[0] for k in range(pairs[0] + 1, pairs[1])}
        for k, name in enumerate(names):
            about = _ABOUT.fullmatch(name)
            if about is not None and about.group(1).lower() in words:
                owner[k] = words[about.group(1).lower()]
        subject = card_subject(ctx, header, header.start)
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            persons = {k: next((m for m in ctx.in_span(*cells[k]) if m.type == "Person"), None) for k in pairs}
            if all(p is None for p in persons.values()):
                continue
            _drop_place_facts(ctx, row)
            for k, person in persons.items():
                if person is not None and subject is not None and subject.type in _HELD_IN:
                    ctx.add(person, "hasRole", subject, row, PAIRED_RULE, 0.75, role=_PAIRED.fullmatch(names[k]).group(1).lower())
            for k, of in owner.items():
                person = persons[of]
                if person is None:
                    continue
                if _PLACE_COLUMN.fullmatch(names[k]):
                    _place(ctx, row, names, cells[k], person, of, owner)
                elif _ABOUT.fullmatch(names[k]):
                    _offices(ctx, row, cells[k], person)


def _drop_place_facts(ctx, row) -> None:
    """The generic table rules' facts of a row's place: they took the row for one person's, and its town for a
    member of the programme (a pairing table's rows are persons; a town in it is where one holds office)."""
    ctx.relations[:] = [r for r in ctx.relations if not (
        (r.rule in _PLACE_RULES or (r.rule == "tables.members" and r.subject.type in _PLACES))
        and row.start <= r.evidence_start and r.evidence_end <= row.end)]


def _place(ctx, row, names, cell, person: Mention, of: int, owner: dict) -> None:
    """A person's place column: the wethouder of a town when one of their columns is a portfolio, else affiliated."""
    places = [m for m in ctx.in_span(*cell) if m.type in _PLACES | _BODIES]
    if len(places) != 1:
        return
    own = [names[k] for k, o in owner.items() if o == of]
    office = portfolio_office(own, places[0])
    if office is not None:
        ctx.add(person, "hasRole", places[0], row, PAIRED_RULE, 0.75, role=office)
    else:
        ctx.add(person, "affiliatedWith", places[0], row, PAIRED_RULE, 0.75)


def _offices(ctx, row, cell, person: Mention) -> None:
    """Each office a background cell names, comma by comma: a role word, then the place or body it is held in."""
    start, end = cell
    for part in re.finditer(r"[^,;]+", ctx.text[start:end]):
        a, b = start + part.start(), start + part.end()
        word = role_pattern().search(ctx.text, a, b)
        role = role_of(word.group()) if word is not None else None
        if role is None:
            continue
        held = next((m for m in ctx.in_span(word.end(), b) if m.type in _PLACES | _BODIES), None)
        if held is None or ctx.text[word.end():held.start].strip(" -").lower() not in ("", "van", "in", "bij"):
            continue
        former = re.match(r"(?:oud|voormalig|ex)[\s-]*", ctx.text[word.start():b], re.IGNORECASE) is not None \
            or re.search(r"(?:oud|voormalig|ex)[\s-]*$", ctx.text[a:word.start()], re.IGNORECASE) is not None
        ctx.add(person, "hasRole", held, row, BACKGROUND_RULE, 0.75, role=role.label, past=former, stated_at=held.start)
