"""Tables: Markdown tables whose header row names what each column holds.

A row is read as facts about the table's subject, or, when the first column lists bodies or parts
("orgaan", "themagroep", "werkpakket" …) and the row's first cell names one, about that row's unit:

=========================================  ===========================================================
column header                              fact for the actors / persons in the cell
=========================================  ===========================================================
a role word (voorzitter, trekker …)        person hasRole <subject> (that role); an actor: <subject> ledBy it
a role word and a party ("Trekker SZW")    the same, and the cell's apposition role ("X, directeur Y") at the party
Partners, Deelnemers, Leden, Samenstelling actor participatesIn <subject> (a person too, of a unit)
Organisatie, Gemeente (of a member table)  actor participatesIn <subject>; the row's person is affiliated with it
Partner (after a Stad/Gemeente column)     the row's town collaboratesWith the actor (no member of <subject>)
Naam, Vertegenwoordiger, Bestuurder        person participatesIn <subject>, or hasRole with the row's "Rol"/"Functie"
Functie "beleidsadviseur, Divosa"          person hasRole the organisation the cell names after its role (one only);
                                           "| X | wethouder |" without a place: the document's own municipality
(Ambtelijk) contact, of a row's own body   person contactFor the row's body
Penvoerder, Kartrekker                     <row's programme> ledBy the actor in the cell
Provincie (after a Gemeente/Stad column)   nothing: where the row's town lies
Bestuurder (of a town's row)               the person is affiliated with the town (an alderman or the mayor)
=========================================  ===========================================================

A table is about membership when a header or the section heading says so (partners, deelnemers,
leden, samenstelling, stuurgroep, bestuur …), when a heading, caption or the line before it places its
rows in the programme ("De steden in het programma", "Zes gemeenten zijn geselecteerd.", "Aan de Woondeal
X doen de volgende gemeenten mee:", "In onderstaande tabel staan de deelnemende gemeenten.", "De volgende steden
ontvangen een bijdrage:"; see :mod:`graph.extract.member_headings`), when a column says when
each row joined ("Sinds") or the part it plays ("Rol": penvoerder, partner), or its subject is a unit;
other tables ("nr | actie | wie", "Gemeente | Bijdrage" under "Budget") state none of these facts. A
table under "Aanwezig" makes its persons members, not the bodies they come from. The subject of the table
is what the section heading or the document's title names (see :func:`graph.extract.cards.card_subject`).
The evidence of each fact is its row.

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Factsheet City Deal Slimme Wijk\\n\\nPartners\\n\\n| Partner | Bijdrage |\\n|---|---|\\n"
...         "| Gemeente Breda | kennis |\\n| VNG | geld |\\n")
>>> ex = extract("d", text, gazetteer=load_gazetteer())
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in ex.relations if r.rule.startswith("tables."))
[('Breda', 'participatesIn', 'City Deal Slimme Wijk'), ('VNG', 'participatesIn', 'City Deal Slimme Wijk')]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cards import card_subject, value_list
from .context import ACTORS, HOLDERS, DocContext
from .member_headings import (LEADING_ROLES, announced_things, announces_recipients, counts_joined, joined_column,
                              names_members, paragraph_programme, participation_role, programme_named_before)
from .model import Mention, Sentence
from .roles import role_of, role_pattern
from .roster_dates import unmarked
from .participant_sections import participants_section
from .programme_parts import speaker_rows
from .row_status import candidate_table, row_status
from .stakeholder_tables import find_stakeholder_rows, plays_part_in_subject
from .role_notes import noted_role_body
from .table_bodies import contact_column_persons, contact_facts, role_cell_bodies, role_column_body, role_column_event
from .table_cells import (GENERIC_OFFICES, GOVERNMENTS, board_subject, bracket_actor, bracket_office, bracket_offices,
                          bracket_persons,
                          column_parties, column_role, event_row, holder_column, introduced_place, office_place, own_place, party_roles, persons_in,
                          portfolio_office, role_cell_actor, role_column_persons, row_actor, second_offices, second_roles,
                          stakeholder_contacts, unit_bracket_role)
from .own_body_roles import own_body_role
from .table_layout import (ACTOR_COLUMN, EMPLOYER_COLUMN, MEMBERS_COLUMN, ON_BEHALF_COLUMN, PARTNER_COLUMN,
                           REPRESENTATIVE_COLUMN, ROLE_COLUMN, ROW_NUMBER, ROW_THING, SUPERVISOR_COLUMN, action_table, host_columns,
                           TOWN_COLUMN, cells_of, header_name, header_rows, location_column, parts_table, thing_column)

__all__ = ["find_tables"]


#: the column of a partner table that says what the partnership is about: "| Organisatie | Contactpersoon | Samenwerking |"
_TOPIC_COLUMN = re.compile(r"samenwerking|samenwerking\s+op|onderwerp|onderwerpen|thema|gezamenlijk\s+\w+", re.IGNORECASE)


_PARTNER_SECTION = re.compile(r"partner", re.IGNORECASE)


#: a section heading that makes a table one of members
_MEMBER_SECTION = re.compile(r"partner|deelnem|leden|samenstelling|bezetting|stuurgroep|bestuur|ondertek|handteken|"
                             r"wie\s+do(?:en|et)|wie\s+zijn|betrokken", re.IGNORECASE)  # "Wie doet mee?" as well


_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})


def find_tables(ctx: DocContext) -> None:
    """Add the facts the rows of each Markdown table state."""
    if "|" not in ctx.text:
        return
    last_subject = None
    for header, rows in header_rows(ctx.text, ctx.sentences):
        names = host_columns([header_name(ctx.text[s:e]) for s, e in cells_of(ctx.text, header)])  # "| Gastorganisatie | Begeleider |"
        if len(names) < 2:
            continue
        parties = column_parties(ctx, header, names)  # "| Bestuurlijk trekker G40 | Trekker SZW |"
        announcing = _announcing_line(ctx, header)
        named = announced_things(ctx, announcing) if announcing is not None else []
        # "Aan de Woondeal X doen de volgende gemeenten mee:" right above the table: the rows are the deal's
        subject = named[0] if named else card_subject(ctx, header, header.start)
        if subject is None and announcing is not None:
            # "De Regio Deal X … De volgende partijen doen mee:", else the one programme named before
            subject = paragraph_programme(ctx, announcing) or programme_named_before(ctx, announcing.start)
        if subject is None and _partner_table(header, names):
            subject = last_subject  # "Tabel 2. Externe partners": the partners of what the tables before were about
        if subject is not None and _partner_table(header, names):
            _partner_rows(ctx, rows, names, subject)
            continue
        speakers = parts_table(names)
        if subject is not None and subject.type == "Event" and speakers is not None:
            speaker_rows(ctx, rows, names, speakers, subject)  # "| Onderdeel | Spreker(s) | Organisatie |" (round 56r)
            continue
        if subject is not None and subject.type in _THINGS and plays_part_in_subject(names):
            find_stakeholder_rows(ctx, rows, names, subject, cells_of)  # "| Stakeholder | Rol in het programma |"
            for row in rows:  # a contact with a function: "| VNG | partner | Hatice Demir, adviseur |"
                cells = cells_of(ctx.text, row)
                stakeholder_contacts(ctx, row, names, cells, persons_in(ctx, cells, names), bare=False)
            continue
        last_subject = subject or last_subject
        own_body = role_cell_bodies(ctx, header, rows, names)  # "| Secretaris taskforce | Eva Smit |" under "Contactpersonen"
        parts = _row_parts(ctx, header, rows, names)
        role_body = role_column_body(ctx, header, names)  # "| Naam | Functie in het DB |"
        if role_body is None:
            role_body = noted_role_body(ctx, header, names)  # "Achter de naam staat de rol in de themagroep." over "| Rol |"
        event = role_column_event(ctx, names) if role_body is None else None  # "| Naam | … | Rol in de reis |"
        # "Aanwezig" over "| Naam | Organisatie |": who attended; their bodies are where they come from
        attendance = _ATTENDANCE_HEADING.fullmatch((header.section or "").strip()) is not None
        members = any(MEMBERS_COLUMN.fullmatch(n) for n in names) or _MEMBER_SECTION.search(header.section or "") is not None \
            or names_members(header.section or "") or announcing is not None \
            or (subject is not None and subject.type == "OrganisationalUnit") \
            or (subject is not None and any(ACTOR_COLUMN.fullmatch(n) for n in names) and (joined_column(names) or parts))
        column = thing_column(names)
        own_rows = column is not None
        actions = action_table(names)
        candidates = candidate_table(names)  # "| Kandidaat | Gemeente | Stemmen |": who stood, not who is a member
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != len(names):
                continue
            status = row_status(ctx.text, cells, names)  # "| … | niet gekozen |", "| … | teruggetrokken |"
            row_subject = subject
            if own_rows:
                number = ROW_NUMBER.match(ctx.text, *cells[column])
                at = number.end() if number else cells[column][0]
                first = [m for m in ctx.in_span(at, cells[column][1]) if m.start == at]
                row_subject = first[0] if first and first[0].type in _THINGS else None
                if row_subject is not None and actions and row_subject.end < cells[column][1]:
                    row_subject = None  # "| 3. Leernetwerk bewonersparticipatie |": the action is the whole cell
                if row_subject is not None and subject is not None and subject.type in HOLDERS and \
                        (row_subject.type == "OrganisationalUnit" or row_subject.rule == "tables.row-name"):
                    ctx.add(row_subject, "partOf", subject, row, "tables.row-part", 0.75)  # "| Adviesraad | …"
            # a row whose role cell names its own body ("| Secretaris taskforce | X |"): no member of the subject
            member_row = status != "out" and (not candidates or status == "in")
            _row_facts(ctx, row, names, cells, row_subject,
                       (members or own_rows) and row.start not in own_body and member_row,
                       attendance=attendance or candidates, role_body=role_body if row.start not in own_body else None,
                       elected=candidates)
            party_roles(ctx, row, cells, parties)
            for person in persons_in(ctx, cells, names) if event is not None and status != "out" else ():
                ctx.add(person, "participatesIn", event, row, "tables.role-column-event", 0.75)
            if row_subject is not None and parts.get(row.start) in LEADING_ROLES:
                actor = row_actor(ctx, cells, names, "any")  # "| Almelo | penvoerder |": Almelo leads it
                if actor is not None and actor.type != "OrganisationalUnit":
                    ctx.add(row_subject, "ledBy", actor, row, "tables.lead-role", 0.75)
            if own_rows and row_subject is not None:
                contact_facts(ctx, row, names, cells, row_subject)


#: a line before a table that announces who joined: "Acht steden hebben zich aangemeld:", "Wie doet mee?"
_JOINED_LEAD = re.compile(r"\b(?:aangemeld|ingeschreven|do(?:et|en)\s+mee|ne(?:emt|men)\s+deel|deelnemers|deelnemende\s+\w+|"
                          r"(?:doen|nemen)\s+(?:de\s+)?volgende\s+\w+\s+(?:mee|deel))"
                          r"\b[^:]{0,60}:\s*$|\s*wie\s+do(?:et|en)\s+(?:er\s+)?mee\s*\?\s*$", re.IGNORECASE)


#: a line that points at the table below as the list of who take part: "In onderstaande tabel staan de
#: deelnemende gemeenten.", "De tabel hieronder toont de partners."
_TABLE_POINTER = re.compile(r"\b(?:(?:onder|hier)staande\s+tabel|tabel\s+hieronder|volgende\s+tabel)\b[^.:]{0,60}?"
                            r"\b(?:deelnemende\s+\w+|deelnemers|partners|leden|ondertekenaars)\b", re.IGNORECASE)


_NOT = re.compile(r"\b(?:niet|geen|nog\s+niet)\b", re.IGNORECASE)


def _row_parts(ctx: DocContext, header: Sentence, rows: list[Sentence], names: list[str]) -> dict[int, str]:
    """The part each row's organisation plays, by the row's start, as a role column names it ("| Almelo |
    penvoerder |", "| Hengelo | partner |"; see :mod:`graph.extract.member_headings`)."""
    column = next((k for k, n in enumerate(names) if ROLE_COLUMN.fullmatch(n)), None)
    if column is None:
        return {}
    parts = {}
    for row in rows:
        cells = cells_of(ctx.text, row)
        part = participation_role(ctx.text[cells[column][0]:cells[column][1]]) if len(cells) == len(names) else None
        if part is not None:
            parts[row.start] = part
    return parts


def _announcing_line(ctx: DocContext, header: Sentence) -> Sentence | None:
    r"""The one of the two lines before a table's header that announces its rows as those who take part
    ("Acht steden hebben zich voor de eerste fase aangemeld:", a question line "Wie doet mee?"), else None.

    >>> text = "Wie doet mee?\nZes steden hebben zich aangemeld:\n| Stad | Wijk |"
    >>> s = [Sentence(0, 13, text[:13]), Sentence(14, 47, text[14:47]), Sentence(48, 61, text[48:])]
    >>> _announcing_line(DocContext("d", text, s, []), s[2]).text
    'Zes steden hebben zich aangemeld:'
    """
    k = ctx.position.get(header, -1)
    for before in reversed(ctx.sentences[max(0, k - 2):k]) if k > 0 else ():
        if (_JOINED_LEAD.search(before.text) or names_members(before.text) or counts_joined(before.text)
                or announces_recipients(before.text) or _TABLE_POINTER.search(before.text)) \
                and not _NOT.search(before.text):
            return before  # also a caption: "De steden in de woondeal"
    return None


def _partner_table(header: Sentence, names: list[str]) -> bool:
    """Whether the table lists partners of its subject: an organisation column and a column of what
    the partnership is about, under a heading that speaks of partners."""
    return _PARTNER_SECTION.search(header.section or "") is not None and any(ACTOR_COLUMN.fullmatch(n) for n in names) \
        and any(_TOPIC_COLUMN.fullmatch(n) for n in names)


def _partner_rows(ctx: DocContext, rows: list[Sentence], names: list[str], subject: Mention) -> None:
    """Each row of a partner table: the subject collaboratesWith the row's organisation, and the
    row's contact person is affiliated with it (a "–" as contact: only the organisation)."""
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != len(names):
            continue
        actor = row_actor(ctx, cells, names, "any")
        if actor is None or actor.label == subject.label:
            continue
        ctx.add(subject, "collaboratesWith", actor, row, "tables.partner", 0.75)
        for person in persons_in(ctx, cells, names):
            ctx.add(person, "affiliatedWith", actor, row, "tables.partner-contact", 0.75)


def _row_facts(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]],
               subject: Mention | None, members: bool, *, attendance: bool = False,
               role_body: Mention | None = None, elected: bool = False) -> None:
    """The facts of one row: roles held in the row's own organisation ("| Gemeente Breda | X |
    wethouder |") and affiliations need no subject; roles in, members of and leaders of the
    table's (or row's) subject do. A table of who attended (``attendance``) makes no member of the
    bodies its persons come from. ``role_body`` is the body the role column's title names ("Functie in
    het DB"): a unit's role word alone in that column is held there. In a table of candidates (``elected``)
    the elected person of a unit is one of its members ("lid"); the person of a contact column of a row's own
    unit is its contact (:func:`graph.extract.table_bodies.contact_facts`), no member of it."""
    role_columns = [k for k, n in enumerate(names) if ROLE_COLUMN.fullmatch(n)]
    # "| Naam | Functie | Rol in commissie |": the role in the body is the "Rol" column's, the office the "Functie" one's
    in_body = next((k for k in role_columns if _ROLE_IN_BODY.match(names[k])), None) if len(role_columns) == 2 else None
    role_cell = cells[in_body] if in_body is not None else cells[role_columns[0]] if role_columns else None
    if in_body is not None:
        _office_cell(ctx, row, cells[next(k for k in role_columns if k != in_body)], persons_in(ctx, cells, names),
                     lambda scope: row_actor(ctx, cells, names, scope))
    role_cell = unmarked(ctx.text, role_cell) if role_cell else None  # "| ~~lid~~ |": struck through, a role all the same
    role_text = ctx.text[role_cell[0]:role_cell[1]] if role_cell else ""
    word = role_pattern().match(role_text) if role_text else None
    qualified = _ROLE_QUALIFIER.match(role_text) if role_text and word is None else None
    if qualified is not None:
        word = role_pattern().match(role_text, qualified.end())  # "| adviserend lid |": a member all the same
    row_role = role_of(word.group(0)) if word else None  # "voorzitter", "wethouder Economie", "lid, trekker …"
    if word is not None:  # "| X | Apeldoorn | lid (wethouder Wonen) |": the bracket's office, in the row's town
        _office_cell(ctx, row, _bracket_after(ctx.text, role_cell, role_cell[0] + word.end()), persons_in(ctx, cells, names),
                     lambda scope: row_actor(ctx, cells, names, scope))
    persons = persons_in(ctx, cells, names) or [m for k, n in enumerate(names) if holder_column(n)
                                                 for m in ctx.in_span(*cells[k]) if m.type == "Person"]
    contacts = contact_column_persons(ctx, names, cells, subject) if subject is not None else []
    persons = [m for m in persons if m not in contacts]  # "| Jeugd | … | Eva Smit |": the unit's contact, no member
    actors: list[Mention] = []
    for k, name in enumerate(names):
        if subject is not None and cells[k][0] <= subject.start < cells[k][1]:
            continue  # the row's own unit
        if location_column(names, k):
           continue  # "| Helmond | Noord-Brabant |": where the row's town lies, no member of its own
        values = [m for m in value_list(ctx, *cells[k]) if m is not subject]
        header_role = column_role(name) if not (role_columns and SUPERVISOR_COLUMN.fullmatch(name)) else None
        # ("| Gastorganisatie | Begeleider | Functie |": the supervisor's office is the Functie column's)
        if header_role is not None and not header_role.scope.startswith("unit"):
           # "| Gemeente | Wethouder |": the person holds the role in the row's municipality
           place = row_actor(ctx, cells, names, header_role.scope) or own_place(ctx, header_role.scope) \
               or introduced_place(ctx, row, header_role.scope)  # "… welke wethouder Amersfoort …:" over the table
           if header_role.label in GENERIC_OFFICES and place is not None and place.type in GOVERNMENTS:
               continue  # "| Stad | Bestuurder |": an alderman or the mayor (affiliated with the town: see below)
           for m in values:
               if m.type == "Person" and place is not None:
                   ctx.add(m, "hasRole", place, row, "tables.role-column", 0.8, role=header_role.label)
        elif header_role is not None and subject is not None:
           # "| Lid | Functie |" with "| X | voorzitter |": the member column's person holds the row's role
           label = row_role.label if header_role.label == "lid" and row_role is not None \
               and row_role.scope.startswith("unit") else header_role.label
           for m in values:
               if m.type == "Person":
                   ctx.add(m, "hasRole", subject, row, "tables.role-column", 0.8, role=label)
                   if header_role.label == "lid" and len(values) == 1:
                       _offices_beside(ctx, row, cells, k, role_columns, m)
               elif m.type in ACTORS and header_role.label == "trekker":
                   ctx.add(subject, "ledBy", m, row, "tables.lead-column", 0.8)
                   for person in bracket_persons(ctx, m, cells[k][1]):
                      # "| Breda (Eva Smit) |": the person in the bracket leads for the organisation
                      ctx.add(person, "hasRole", subject, row, "tables.role-column", 0.8, role=header_role.label)
                      ctx.add(person, "affiliatedWith", m, row, "tables.bracket-person", 0.75)
                   break
        elif _LEAD_COLUMN.fullmatch(name) and subject is not None:
           # "| City Deal | Deelnemende gemeenten | Penvoerder |": the row's programme is led by the cell's actor
           lead = next((m for m in values if m.type in ACTORS and m.type != "OrganisationalUnit"), None)
           if lead is not None:
               ctx.add(subject, "ledBy", lead, row, "tables.lead-column", 0.8)
        elif PARTNER_COLUMN.fullmatch(name) and _row_partners(ctx, row, names, cells, k, values, subject):
           continue  # "| Zaanstad | Hembrug | provincie Noord-Holland |": the town's partner, not the table's member
        elif MEMBERS_COLUMN.fullmatch(name) or ACTOR_COLUMN.fullmatch(name) or EMPLOYER_COLUMN.fullmatch(name):
           employer = EMPLOYER_COLUMN.fullmatch(name) is not None  # "| Afkomstig van |": where the person works
           if members and subject is not None and not employer and not (contacts and ACTOR_COLUMN.fullmatch(name)) \
                   and not (persons and ACTOR_COLUMN.fullmatch(name) and board_subject(subject)) \
                   and not (persons and ON_BEHALF_COLUMN.fullmatch(name)):
                    # (the organisation beside a row's contact is the contact's: "| Pijler Sociaal | VWS | Eva Smit |"
                    # under "| G40-tafel | ministerie | contactpersoon |" says whom VWS has there, not that VWS takes part)
                    # (a board's members are its persons: "| Naam | Functie in het DB | Gemeente |" names where they come from;
                    # so are a steering group's: "| naam | functie | namens |", 57r)
                    actors.extend(m for m in values if m.type in ACTORS
                                 or (m.type == "Person" and subject.type == "OrganisationalUnit"))
           # (a member's representative is of that member: "| gemeente Ede | Eva Smit |" under "| Partner | Vertegenwoordigd door |")
           represented = MEMBERS_COLUMN.fullmatch(name) is not None and any(REPRESENTATIVE_COLUMN.fullmatch(n) for n in names)
           if (ACTOR_COLUMN.fullmatch(name) or employer or represented) and values and values[0].type in ACTORS \
                       and sum(m.type in ACTORS for m in values) == 1 and not event_row(ctx, cells):
                   # "| Themagroep | Trekker | Stad |": the row's holder of a role is of the row's town too (not of
                   # one of a list: "| Anna Kok | Breda, Tilburg en Zwolle |" names the group's towns, not hers)
                   office = bracket_office(ctx, values[0], cells[k][1])  # "| Leeuwarden (burgemeester) |"
                   # (a row's contact works there too: "| Jeugd | OCW | Eva Smit |" under "| … | contactpersoon |")
                   for person in (persons + contacts) or role_column_persons(ctx, cells, names):
                       if bracket_actor(ctx, person):
                         continue  # "| Hans Kok (VNG) | Delft |": of the VNG
                       if office is not None:
                         ctx.add(person, "hasRole", values[0], row, "tables.bracket-office", 0.8, role=office.label)
                       elif portfolio_office(names, values[0]) is not None:
                         # "| Stad | Bestuurder | Portefeuille |": who holds a portfolio in a town is its wethouder (40a)
                         ctx.add(person, "hasRole", values[0], row, "tables.portfolio-office", 0.75,
                               role=portfolio_office(names, values[0]))
                       else:
                         ctx.add(person, "affiliatedWith", values[0], row, "tables.organisation-column", 0.75)
    if not any(ACTOR_COLUMN.fullmatch(n) or EMPLOYER_COLUMN.fullmatch(n) for n in names):
        stakeholder_contacts(ctx, row, names, cells, persons)
    office = _office_place(ctx, cells, names, row_role, role_cell, word) \
        if contacts and row_role is not None and not row_role.scope.startswith("unit") else None
    for person in contacts if office is not None else ():
        # "| Pijler Sociaal | OCW | Eva Smit | senior beleidsmedewerker |": the contact's own office, at OCW
        ctx.add(person, "hasRole", office, row, "tables.role", 0.8, role=row_role.label)
    own_role = own_body_role(role_text, subject.label) if subject is not None and subject.type in HOLDERS \
        and role_text and len(persons) == 1 else None
    if own_role is not None:  # "| X | burgemeester, voorzitter stuurgroep |" under "Stuurgroep kandidatuur" (57r)
        ctx.add(persons[0], "hasRole", subject, row, "tables.own-body-role", 0.75, role=own_role)
    for m in actors if not attendance else ():
        if own_role is None or m is not persons[0]:
            ctx.add(m, "participatesIn", subject, row, "tables.members", 0.8)
    for person in persons if len(persons) == 1 else ():
        for office, place in bracket_offices(ctx, cells, person):  # "| X | lid | G40 (wethouder Hoorn) |"
            ctx.add(person, "hasRole", place, row, "tables.cell-bracket-office", 0.75, role=office)
    for person in persons:
        bracket_role = unit_bracket_role(ctx, person)  # "| Maastricht | Thijs Lemmens (trekker) |"
        if bracket_role is not None and subject is not None and subject.type in HOLDERS and members:
          ctx.add(person, "hasRole", subject, row, "tables.bracket-role", 0.75, role=bracket_role)
        for unit in second_roles(ctx, role_cell):
          # "| lid, trekker Themagroep Wonen |": a role in another unit, named in the cell
          ctx.add(person, "hasRole", unit[1], row, "tables.second-role", 0.75, role=unit[0])
        for office, place in second_offices(ctx, role_cell):
          # "| voorzitter G40, burgemeester Leeuwarden |": an office in a town after the cell's first role (60r)
          ctx.add(person, "hasRole", place, row, "tables.second-office", 0.75, role=office)
        if row_role is not None and not row_role.scope.startswith("unit"):
          place = _office_place(ctx, cells, names, row_role, role_cell, word)
          if place is not None:
                 ctx.add(person, "hasRole", place, row, "tables.role", 0.8, role=row_role.label)
          if members and subject is not None and (subject.type == "OrganisationalUnit"
                                                  or participants_section(row, subject)):
                 # "| Eva Smit | wethouder Wonen | Almere |" under "Leden" of a taskforce: a member all the same
                 # (under "Deelnemers" of a course or programme: a participant, round 51a)
                 _unit_member(ctx, person, subject, row, elected)
        elif role_body is not None and row_role is not None and _ROLE_REST.fullmatch(role_text, word.end()):
          # "| Naam | Functie in het DB |" with "| X | penningmeester |": a role in the body the title names
          ctx.add(person, "hasRole", role_body, row, "tables.role-column-body", 0.8, role=row_role.label)
        elif subject is None or not members:
          continue
        elif row_role is not None:
          ctx.add(person, "hasRole", subject, row, "tables.role", 0.8, role=row_role.label)
        elif subject.type == "OrganisationalUnit" or participants_section(row, subject):
          _unit_member(ctx, person, subject, row, elected)


def _office_place(ctx: DocContext, cells: list[tuple[int, int]], names: list[str], row_role, role_cell, word) -> Mention | None:
    """Where a row's person holds the office of its role cell: the row's town or organisation of the
    role's kind, the one the cell names after the role word, else the document's own place ("| Gemeente
    Breda | X | wethouder |", "| X | beleidsadviseur, Divosa |", "| X | wethouder van Alkmaar, voorzitter Pijler Y |":
    the place right after the office word, round 57r)."""
    after_word = role_cell[0] + word.end()
    return row_actor(ctx, cells, names, row_role.scope) \
        or role_cell_actor(ctx, after_word, role_cell[1], row_role.scope) \
        or (office_place(ctx, after_word, role_cell[1], row_role.scope)
            if re.match(r"\s+(?:van|in|bij)\s", ctx.text[after_word:role_cell[1]]) else None) \
        or own_place(ctx, row_role.scope)


def _offices_beside(ctx: DocContext, row: Sentence, cells: list[tuple[int, int]], own: int, role_columns: list[int],
                    person: Mention) -> None:
    """The offices the other cells of a member's row name ("| X | voorzitter | wethouder Zaanstad |",
    "| Y | lid | directeur Divosa |"): a cell that opens with a role word of a town or organisation is
    the office the row's one person holds there (:func:`_office_cell`); a cell that is one organisation's
    name alone ("| Z | lid | UWV |") is where the person comes from."""
    for k, cell in enumerate(cells):
        if k == own or k in role_columns:
            continue
        _office_cell(ctx, row, cell, [person])
        inside = ctx.in_span(*cell)
        content = ctx.text[cell[0]:cell[1]].strip()
        if len(inside) == 1 and inside[0].type in ("Organisation", "Ministry") and inside[0].text == content:
            ctx.add(person, "affiliatedWith", inside[0], row, "tables.organisation-column", 0.75)


def _unit_member(ctx: DocContext, person: Mention, unit: Mention, row: Sentence, elected: bool) -> None:
    """A row's person as a member of the table's unit: "lid" of it when the table is one of candidates
    ("| Kandidaat | … | gekozen |": elected into the board). The persons of a contact column of a row's
    own unit never come here (:func:`graph.extract.table_bodies.contact_column_persons`: its contacts)."""
    if elected:
        ctx.add(person, "hasRole", unit, row, "tables.elected", 0.75, role="lid")
    else:
        ctx.add(person, "participatesIn", unit, row, "tables.members", 0.75)


#: a qualifier before a member's role in a role cell: "adviserend lid", "plaatsvervangend lid", "extern lid"
_ROLE_QUALIFIER = re.compile(r"\s*(?:adviserend|plaatsvervangend|toegevoegd|extern)e?\s+", re.IGNORECASE)
#: the one of two role columns that names the role in the table's body: "Rol", "Rol in (de) commissie", "Taak"
_ROLE_IN_BODY = re.compile(r"rol|taak", re.IGNORECASE)


#: what may follow the role word in a role cell of a titled body: a remark in brackets, a later role after a
#: semicolon ("| secretaris (zonder stemrecht) |", "| lid; voorzitter vanaf 1 maart |")
_ROLE_REST = re.compile(r"[ ,]*(?:\([^()]*\))?[ ]*(?:;.*)?")


def _office_cell(ctx: DocContext, row: Sentence, cell: tuple[int, int] | None, persons: list[Mention],
                 row_place: Callable[[str], Mention | None] | None = None) -> None:
    """The office a "Functie" cell names beside a "Rol in commissie" column ("| X | wethouder Schiedam, voorzitter
    Pijler Fysiek | lid |"): the row's one person holds it where the cell says (Schiedam). An office whose
    cell names no place before its first comma or semicolon ("| X | wethouder Wonen; voorzitter Pijler Fysiek |
    gemeente Zwolle | delegatieleider |", a role cell's bracket "| lid (wethouder Zorg) |") is held in the row's
    own town or organisation, ``row_place`` of the office's scope (round 56r)."""
    if cell is None:
        return
    word = role_pattern().match(ctx.text, cell[0] + len(ctx.text[cell[0]:cell[1]]) - len(ctx.text[cell[0]:cell[1]].lstrip()))
    office = role_of(word.group(0)) if word else None
    if office is None or len(persons) != 1:
        return
    for role, unit in second_roles(ctx, cell):  # "| secretaris pijler Sociaal, G40 | secretaris |": the pijler's too
        ctx.add(persons[0], "hasRole", unit, row, "tables.second-role", 0.75, role=role)
    place = office_place(ctx, word.end(), cell[1], office.scope) if not office.scope.startswith("unit") else None
    if place is None and row_place is not None and not office.scope.startswith("unit"):
        stop = _OFFICE_END.search(ctx.text, word.end(), cell[1])
        if not ctx.in_span(word.end(), stop.start() if stop else cell[1]):
            place = row_place(office.scope)  # "wethouder Wonen en Ruimte;": a portfolio, no place of its own
    if place is not None:
        ctx.add(persons[0], "hasRole", place, row, "tables.office-column", 0.8, role=office.label)


#: where the first office of a cell ends: "wethouder Wonen; voorzitter Pijler Fysiek", "adviseur, DG Wonen"
_OFFICE_END = re.compile(r"[;,]")


def _bracket_after(text: str, cell: tuple[int, int], end: int) -> tuple[int, int] | None:
    """The inside of the bracket right after a role cell's role word, ``end`` ("lid (wethouder Wonen en Zorg)"),
    when it closes the cell; None else.

    >>> text = "| lid (wethouder Wonen) |"
    >>> _bracket_after(text, (2, 23), 5), _bracket_after("| lid, wethouder Wonen |", (2, 22), 5)
    ((7, 22), None)
    """
    opened = re.compile(r"\s*\(").match(text, end, cell[1])
    if opened is None or not text[:cell[1]].endswith(")") or text.find(")", opened.end(), cell[1]) != cell[1] - 1:
        return None
    return opened.end(), cell[1] - 1


def _row_partners(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]], k: int,
                   values: list[Mention], subject: Mention | None) -> bool:
    """The partners in column ``k`` of a row whose earlier column names its own town ("| Stad | Wijk |
    Partner |" under "Deelnemende steden": each town works on its own project with its own partner):
    the town collaboratesWith each partner; whether the row was read so. A row with a programme or
    project of its own (a column of them, or ``subject`` in one of its cells: "| Stad | Project | Partners |")
    is not: its partners take part in the row's project.

    >>> from graph.gazetteer import load_gazetteer
    >>> from graph.extract import extract
    >>> text = ("Regio Deal Oost\\n\\nDeelnemende steden\\n\\n| Stad | Wijk | Partner |\\n|---|---|---|\\n"
    ...         "| Almelo | Centrum | Saxion |\\n")
    >>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
    [('Almelo', 'collaboratesWith', 'Saxion'), ('Almelo', 'participatesIn', 'Regio Deal Oost')]
    """
    if any(ROW_THING.fullmatch(n) for n in names) or (subject is not None and any(a <= subject.start < b for a, b in cells)):
        return False
    towns = [m for j in range(k) if TOWN_COLUMN.fullmatch(names[j])
             for m in value_list(ctx, *cells[j]) if m.type == "Municipality"]
    if len(towns) != 1:
        return False
    for partner in values:
        if partner.type in ACTORS and partner.label != towns[0].label:
            ctx.add(towns[0], "collaboratesWith", partner, row, "tables.row-partner", 0.75)
    return True


#: the heading of a table of who attended (or was absent from) a meeting: "Aanwezig", "Afwezig met kennisgeving"
_ATTENDANCE_HEADING = re.compile(r"(?:aanwezig(?:en)?|afwezig(?:en)?)(?:\s+met\s+(?:kennisgeving|bericht))?\s*:?",
                                 re.IGNORECASE)


#: a column of the organisation that leads the row's programme: "| City Deal | Penvoerder |"
_LEAD_COLUMN = re.compile(r"penvoerders?|kartrekkers?|trekkende\s+(?:gemeente|partij|organisatie)", re.IGNORECASE)
