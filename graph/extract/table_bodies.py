"""Tables whose role cells or role column title name the body a role is held in: "| Secretaris
taskforce | Eva Smit |", "| Contactpersoon werkgroep Data | … |", "| Tilburg | deelnemer City Deal X |",
"| Naam | Functie in het DB |", and the contact column of a row's own body. Used by
:mod:`graph.extract.tables`; split from it in round 41a.
"""

from __future__ import annotations

import re

from .context import ACTORS, DocContext
from .lexicon import load_lexicon
from .model import Mention, Sentence
from .own_board import THE_BOARD, title_organisation
from .participation import title_event
from .roles import role_of, role_pattern
from .table_layout import CONTACT_COLUMN, PERSON_COLUMN, ROLE_COLUMN, cells_of

__all__ = ["contact_column_persons", "contact_facts", "role_cell_bodies", "role_column_body", "role_column_event"]


#: the heading of a section of contact persons: "Contactpersonen", "Contact", "Aanspreekpunten"
_CONTACT_SECTION = re.compile(r"contact(?:personen|persoon|gegevens)?|aanspreekpunt(?:en)?|meer\s+informatie",
                              re.IGNORECASE)


#: a cell's lead word for the contact of the body it names: "Contactpersoon werkgroep Data"
_CONTACT_WORD = re.compile(r"\s*(?:contactpersoon|aanspreekpunt)\b", re.IGNORECASE)


#: a cell's lead word for taking part in the body it names: "deelnemer City Deal X", "partner in de taskforce"
_PARTICIPANT_CELL = re.compile(r"\s*(?:deelnemer|deelnemende\s+(?:gemeente|stad|partij)|(?:samenwerkings)?partner|"
                               r"ondertekenaar)(?:\s+(?:in|aan|van|bij))?\b", re.IGNORECASE)


#: between a role word and the body's name in a cell: "Secretaris (van de) taskforce"
_BODY_GLUE = re.compile(r"\s+(?:van\s+(?:de|het)\s+)?")


#: a bare kind word after a role word in a cell, up to the cell's end: "Secretaris taskforce", "… van de werkgroep"
_BARE_KIND_CELL = re.compile(r"\s+(?:van\s+(?:de|het)\s+)?([\w-]+)\s*")


def role_cell_bodies(ctx: DocContext, header: Sentence, rows: list[Sentence], names: list[str]) -> set[int]:
    """Rows of a table with no body of its own whose role column names the role and the body it is
    held in: "| Rol | Naam | E-mail |" with "| Secretaris taskforce | Eva Smit | … |" (the taskforce the
    document is about), "| Contactpersoon werkgroep Data | Jan Kok | … |" (a unit named in the cell).
    The row's persons hold the role there; under a heading of contact persons they are its contacts. A
    cell of taking part ("| Tilburg | deelnemer City Deal X |") makes the row's towns and bodies take part in
    the body it names.
    A cell naming no body ("| Secretaris | …") says nothing here. Returns the starts of the rows read:
    their persons are no members of the table's subject."""
    column = next((k for k, n in enumerate(names) if ROLE_COLUMN.fullmatch(n)), None)
    read: set[int] = set()
    if column is None:
        return read
    contacts = _CONTACT_SECTION.fullmatch((header.section or "").strip(" #*:")) is not None
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != len(names):
            continue
        start, end = cells[column]
        taking_part = _PARTICIPANT_CELL.match(ctx.text, start, end)
        body = _cell_body(ctx, taking_part.end(), end) if taking_part else None
        if body is not None:  # "| Tilburg | deelnemer City Deal X |": the row's town or body takes part in it
            read.add(row.start)
            for actor in (m for k, cell in enumerate(cells) if k != column for m in ctx.in_span(*cell) if m.type in ACTORS):
                ctx.add(actor, "participatesIn", body, row, "tables.role-cell-participant", 0.75)
            continue
        word = role_pattern().match(ctx.text, start, end) or _CONTACT_WORD.match(ctx.text, start, end)
        role = role_of(word.group(0)) if word else None
        body = _cell_body(ctx, word.end(), end) if word else None
        if body is None and contacts and role is not None and role.scope.startswith("unit") \
                and not ctx.text[word.end():end].strip():
            body = ctx.title_unit()  # "| Ambtelijk coördinator | X |" under "Contactpersonen": of the title's unit
        if body is None:
            continue
        read.add(row.start)
        for person in (m for k, cell in enumerate(cells) if k != column for m in ctx.in_span(*cell) if m.type == "Person"):
            if role is not None and role.scope.startswith("unit"):
                ctx.add(person, "hasRole", body, row, "tables.role-cell-body", 0.75, role=role.label)
            if contacts:
                ctx.add(person, "contactFor", body, row, "tables.contact-section", 0.7)
    return read


def _cell_body(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The unit or programme the rest of a cell names from ``start`` on, and nothing else: a name
    ("werkgroep Data"), or a bare kind word ("taskforce") for the one of that kind the title names, else
    the only one of that kind named before. None for more ("lid, trekker Themagroep Jeugd")."""
    named = [m for m in ctx.in_span(start, end) if m.type in ("OrganisationalUnit", "Programme")]
    if named:
        whole = _BODY_GLUE.fullmatch(ctx.text, start, named[0].start) and not ctx.text[named[0].end:end].strip()
        return named[0] if whole else None
    bare = _BARE_KIND_CELL.fullmatch(ctx.text, start, end)
    kind = bare.group(1).lower() if bare else None
    if kind is None or kind not in load_lexicon().unit_kinds:
        return None
    title = ctx.in_sentence(ctx.sentences[0]) if ctx.sentences else []
    of_kind = [m for m in title if m.type == "OrganisationalUnit" and m.kind == kind]
    if of_kind:
        return of_kind[0]
    before = {m.label: m for m in ctx.mentions if m.end <= start and m.type == "OrganisationalUnit" and m.kind == kind}
    return next(iter(before.values())) if len(before) == 1 else None


def contact_facts(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]],
                  subject: Mention) -> None:
    """The persons of a contact column are the contact for the row's own body ("| Jeugd | … |
    Eva Smit, e.smit@ede.nl |"); a column of contact persons of a member table is not read here, but one
    of a table whose rows are units is ("| Themagroep | Trekker | Ambtelijk contactpersoon |")."""
    for m in contact_column_persons(ctx, names, cells, subject):
        ctx.add(m, "contactFor", subject, row, "tables.contact-column", 0.75)


#: the bodies a row may name as its own, whose contact column's persons are their contacts
_OWN_ROW_BODIES = frozenset({"OrganisationalUnit", "Programme"})


def contact_column_persons(ctx: DocContext, names: list[str], cells: list[tuple[int, int]],
                           subject: Mention | None) -> list[Mention]:
    """The persons in the contact columns of a row about ``subject`` (a column "Contact", "Aanspreekpunt";
    "Ambtelijk contactpersoon" only in a row of a unit or programme named in the row itself: "| City Deal X |
    EZ | Eva Smit |" under "| G40-tafel | ministerie | contactpersoon |"): its contacts, no members."""
    unit_row = subject is not None and subject.type in _OWN_ROW_BODIES and bool(cells) \
        and cells[0][0] <= subject.start < cells[-1][1]
    return [m for k, name in enumerate(names)
            if CONTACT_COLUMN.fullmatch(name) and (unit_row or not PERSON_COLUMN.fullmatch(name))
            for m in ctx.in_span(*cells[k]) if m.type == "Person"]


#: the body a role column's title names after its preposition: "Functie in het DB", "Rol bij de stuurgroep"
_ROLE_COLUMN_BODY = re.compile(r"(?:rol(?:len)?|functies?|taak)\s+(?:in|bij|binnen)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


#: a role column of the board, by its kind word alone: "Functie in het bestuur", "Rol in bestuur"
_BOARD_COLUMN = re.compile(r"(?:rol(?:len)?|functies?|taak)\s+(?:in|binnen)\s+" + THE_BOARD.pattern, re.IGNORECASE)


#: the bodies a role column's title may name
_TITLED_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Programme"})


#: a role column titled by a unit's kind word alone: "Rol in de commissie", "Functie in de werkgroep"
_ROLE_COLUMN_KIND = re.compile(r"(?:rol(?:len)?|functies?|taak)\s+(?:in|binnen)\s+de\s+(?P<kind>commissie|werkgroep|"
                               r"stuurgroep|adviesraad|regiegroep|taskforce|kerngroep)", re.IGNORECASE)


def _unit_of_kind(ctx: DocContext, kind: str, before: int) -> Mention | None:
    """The one unit of ``kind`` the text names before ``before`` ("auditcommissie" for "commissie"); None when it
    names none or two of that kind.

    >>> from graph.extract.model import Sentence
    >>> text = "De auditcommissie adviseert. De commissie vergadert."
    >>> unit = Mention(3, 17, "auditcommissie", "OrganisationalUnit", "units.named", 0.8)
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], [unit])
    >>> _unit_of_kind(ctx, "commissie", len(text)).text, _unit_of_kind(ctx, "werkgroep", len(text))
    ('auditcommissie', None)
    """
    named = {m.label: m for m in ctx.in_span(0, before) if m.type == "OrganisationalUnit"
             and m.label.split()[0].lower().endswith(kind)}
    return next(iter(named.values())) if len(named) == 1 else None


def role_column_body(ctx: DocContext, header: Sentence, names: list[str]) -> Mention | None:
    """The body the title of a table's role column names, and nothing else after it: "| Naam | Functie in
    het DB |" (the roles of the column are held in the DB); None for "| Rol |" or "| Rol in het programma |"
    (a kind word, no name). Of two role columns the one whose title names a body; a unit's kind word alone ("| Naam
    | Functie | Rol in de commissie |") names the one unit of that kind the text named before (:func:`_unit_of_kind`,
    round 58u)."""
    columns = [k for k, n in enumerate(names) if ROLE_COLUMN.fullmatch(n)]
    if not columns:
        return None
    cells = cells_of(ctx.text, header)
    # "| Naam | Functie | Rol in de commissie |": the column whose title names a body, of two
    column = next((k for k in columns if any(m.type in _TITLED_BODIES for m in ctx.in_span(*cells[k]))), None)
    kind = next((m for m in map(_ROLE_COLUMN_KIND.fullmatch, names) if m), None)
    if column is None and kind is not None:
        return _unit_of_kind(ctx, kind.group("kind").lower(), header.start)  # "| Rol in de commissie |"
    start, end = cells[columns[0] if column is None else column]
    named = [m for m in ctx.in_span(start, end) if m.type in _TITLED_BODIES]
    if not named and _BOARD_COLUMN.fullmatch(ctx.text[start:end].strip()):
        return title_organisation(ctx)  # "| Functie in het bestuur |" in a foundation's report: its own board
    if len(named) != 1 or ctx.text[named[0].end:end].strip() \
            or not _ROLE_COLUMN_BODY.fullmatch(ctx.text[start:named[0].start].strip() + " "):
        return None
    return named[0]


#: a role column titled by the kind of the document's event: "Rol in de reis", "Taak op de dag"
_ROLE_COLUMN_EVENT = re.compile(r"(?:rol(?:len)?|taak|taken)\s+(?:in|op|tijdens)\s+(?:de|het)\s+(?P<kind>[a-z]{3,})", re.IGNORECASE)


def role_column_event(ctx: DocContext, names: list[str]) -> Mention | None:
    """The event the document's title names when a table's role column is titled by its kind ("| Naam | Functie |
    Organisatie | Rol in de reis |" in the guide of the "Kennisreis Kopenhagen"; "Rol op de dag" under "Netwerkdag
    X"): each row's person has a part in it, a delegate, a tour leader or the one who arranges it (round 56r).
    None when the column names another kind ("Rol in de commissie") or the title names no event.

    >>> from graph.extract.model import Sentence
    >>> text = "Kennisreis Lyon\\n\\nDelegatie"
    >>> trip = Mention(0, 15, "Kennisreis Lyon", "Event", "events.named", 0.85)
    >>> ctx = DocContext("d", text, [Sentence(0, 15, text[:15]), Sentence(17, 26, text[17:])], [trip])
    >>> role_column_event(ctx, ["naam", "rol in de reis"]).text, role_column_event(ctx, ["naam", "rol in de commissie"])
    ('Kennisreis Lyon', None)
    """
    kinds = [m.group("kind").lower() for m in map(_ROLE_COLUMN_EVENT.fullmatch, names) if m]
    event = title_event(ctx) if kinds else None
    if event is None or not event.label.split()[0].lower().endswith(kinds[0]):
        return None
    return event
