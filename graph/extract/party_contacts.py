"""A table of parties with a contact person each: the contact works for the party, and is its contact for what the table is about.

An annex to a convenant or an agreement lists its parties, what each contributes and each one's
contact person, with the function after the name:

    | Partij | Bijdrage (€) | Contactpersoon |
    |---|---:|---|
    | Ministerie van SZW | 400.000 | Eva Smit, programmadirecteur Armoede |
    | Gemeente Breda | 100.000 | drs. Jan Kok, directie Wonen |

The row's contact is a contact person for what the table is about (the programme or agreement its
section heading or the document's title names, else the one the text before it names), and holds the function the
cell gives at that party ("programmadirecteur" at SZW), else, when the cell gives no function at all,
works for it ("directie Wonen"; "secretaris pijler Fysiek" is a role in a unit, read elsewhere). Only a party that opens its
cell ("Gemeente Breda", "Ministerie van SZW", "Stedennetwerk G40 (pijler Fysiek)") and is the only one
there; a "–" names no contact. So does a survey's table of towns with who answered for each
("| Gemeente | … | Respondent |" with "Eva Smit, beleidsadviseur"): the respondent's function is at the town.

Called once per document by :func:`graph.extract.extract` (rule ``tables.party-contact``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("# Bijlage bij het Convenant Wijkaanpak Armoede\\n\\n| Partij | Bijdrage (€) | Contactpersoon |\\n|---|---:|---|\\n"
...         "| Gemeente Breda | 100.000 | Eva Smit, beleidsadviseur wonen |\\n| Gemeente Ede | 50.000 | – |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text, r.role) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)
[('Eva Smit', 'contactFor', 'Convenant Wijkaanpak Armoede', None), ('Eva Smit', 'hasRole', 'Breda', 'beleidsadviseur')]
"""

from __future__ import annotations

import re

from .cards import card_subject
from .context import DocContext
from .member_headings import programme_named_before
from .role_holders import apposition_role
from .roles import role_of, role_pattern
from .table_layout import CONTACT_COLUMN, cells_of, header_name, header_rows

__all__ = ["find_party_contacts", "RULE"]

RULE = "tables.party-contact"

#: the first column of a table of an agreement's parties
_PARTY_COLUMN = re.compile(r"partij(?:en)?|(?:deelnemende\s+)?partners?|deelnemers?|ondertekenaars?", re.IGNORECASE)
#: what may open a party's cell before its name: "Gemeente Breda", "Ministerie van SZW"
_KIND_BEFORE_NAME = re.compile(r"\s*(?:(?:de\s+|het\s+)?(?:gemeente|provincie|ministerie\s+van|"
                               r"college\s+van\s+(?:b\s*&\s*w|burgemeester\s+en\s+wethouders)(?:\s+van)?)\s+)?",
                               re.IGNORECASE)
#: a column of who sent each letter: "| Afzender |" with "VNG, A. Hofstede, directeur Beleid"
_SENDER_COLUMN = re.compile(r"afzenders?|(?:ingediend\s+)?door|van", re.IGNORECASE)
_PARTIES = frozenset({"Organisation", "Ministry", "Municipality", "Province"})
#: the first column of a table of towns, and a column of who answered a survey for each
_TOWN_COLUMN = re.compile(r"gemeenten?|steden|stad", re.IGNORECASE)
_RESPONDENT_COLUMN = re.compile(r"respondent(?:en)?|ingevuld\s+door", re.IGNORECASE)
#: what follows a whole name in a contact cell: the cell's end, a comma, a bracket or an e-mail address
#: ("Ricardo Tjon" read of "Ricardo Tjon Sie Fat" is a name cut short)
_NAME_END = re.compile(r"\s*(?:$|[,(;<]|\S+@)")


def find_party_contacts(ctx: DocContext) -> None:
    """Add each party table row's contact: contactFor the party, and their function at it (or affiliatedWith)."""
    if "|" not in ctx.text:
        return
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = [header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)]
        if len(names) < 2:
            continue
        sender = next((k for k, n in enumerate(names) if _SENDER_COLUMN.fullmatch(n)), None)
        if sender is not None:
            for row in rows:
                _sender(ctx, row, cells_of(ctx.text, row), sender, len(names))
        contact = next((k for k, n in enumerate(names) if CONTACT_COLUMN.fullmatch(n)), None)
        respondent = next((k for k, n in enumerate(names) if _RESPONDENT_COLUMN.fullmatch(n)), None)
        if _PARTY_COLUMN.fullmatch(names[0]) and contact is not None:
            subject = card_subject(ctx, header, header.start) or programme_named_before(ctx, header.start)
            _people(ctx, rows, len(names), contact, subject)
        elif _TOWN_COLUMN.fullmatch(names[0]) and respondent is not None:
            _people(ctx, rows, len(names), respondent, None)  # "| Gemeente | … | Respondent |": who answered for the town


def _people(ctx: DocContext, rows, width: int, column: int, subject) -> None:
    """Each row's person in ``column``: the function the cell gives them at the row's party (else they
    work for it), and a contact for ``subject`` when there is one."""
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != width:
            continue
        party = _party(ctx, *cells[0])
        if party is None:
            continue
        start, end = cells[column]
        for person in (m for m in ctx.in_span(start, end) if m.type == "Person" and _NAME_END.match(ctx.text, m.end, end)):
            if subject is not None:
                ctx.add(person, "contactFor", subject, row, RULE, 0.75)
            role = apposition_role(ctx, person, end, party)
            if role is not None:
                ctx.add(person, "hasRole", party, row, RULE, 0.75, role=role.label)
            elif role_pattern().search(ctx.text, person.end, end) is None:
                # "drs. Jan Kok, directie Wonen": works for it ("secretaris pijler Fysiek" is a unit's role)
                ctx.add(person, "affiliatedWith", party, row, RULE, 0.75)


def _party(ctx: DocContext, start: int, end: int):
    """The one party that opens the cell ``start:end`` ("Gemeente Breda", "Stedennetwerk G40 (pijler X)")."""
    named = [m for m in ctx.in_span(start, end) if m.type in _PARTIES]
    if not named or not _KIND_BEFORE_NAME.fullmatch(ctx.text, start, named[0].start):
        return None
    if any(m.label != named[0].label for m in named[1:]):
        return None  # "| Gemeenten Breda en Tilburg |": more than one
    return named[0]


#: academic titles between a function and the name: "burgemeester drs. H. van Elst"
_TITLES = re.compile(r"(?:\s+(?:drs|dr|ir|ing|mr|prof)\.)*\s+", re.IGNORECASE)
#: the glue between a sender and its signatory: a comma, perhaps "namens de minister:"
_SIGNED_FOR = re.compile(r"\s*,\s*(?:namens\s+(?:de|het)\s+\w+\s*:\s*)?", re.IGNORECASE)


def _sender(ctx: DocContext, row, cells: list[tuple[int, int]], column: int, width: int) -> None:
    """A letter's sender cell: the party, then the person who signed for it with their function
    ("VNG, A. Hofstede, directeur Beleid"): the person holds that function at the party."""
    if len(cells) != width:
        return
    start, end = cells[column]
    first = next(iter(ctx.in_span(start, end)), None)
    party = _party(ctx, start, first.end) if first is not None and first.type in _PARTIES else None
    if party is None:
        return
    glue = _SIGNED_FOR.match(ctx.text, party.end, end)
    if glue is None:
        return
    person = next((m for m in ctx.in_span(glue.end(), end) if m.type == "Person"), None)
    if person is None or ctx.in_span(glue.end(), person.start):
        return
    role = apposition_role(ctx, person, end, party)
    if role is None:  # "College van B&W Zutphen, burgemeester drs. H. van Elst": the function before the name
        word = role_pattern().match(ctx.text, glue.end(), person.start)
        before = role_of(word.group(0)) if word and _TITLES.fullmatch(ctx.text, word.end(), person.start) else None
        role = before if before is not None and before.scope in ("any", party.type.lower()) else None
    if role is not None:
        ctx.add(person, "hasRole", party, row, RULE, 0.75, role=role.label)
