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

import bisect
import re

from .cards import card_subject, value_list
from .context import ACTORS, HOLDERS, DocContext
from .lexicon import load_lexicon
from .member_headings import (LEADING_ROLES, announced_things, announces_recipients, counts_joined, joined_column, names_members,
                              paragraph_programme, programme_named_before,
                              participation_role)
from .model import Mention, Sentence
from .role_holders import apposition_role
from .roles import role_of, role_pattern
from .row_status import candidate_table, row_status
from .stakeholder_tables import find_stakeholder_rows, plays_part_in_subject
from .voice import we_actor

__all__ = ["find_tables", "find_table_mentions", "find_partner_cells", "PERSON_COLUMN", "cells_of", "header_name",
           "header_rows"]

_SEPARATOR = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MEMBERS = re.compile(r"(?:samenwerkings)?partners?|partij(?:en)?|deelnemers?|deelnemende\s+\w+|leden|lid|"
                      r"samenstelling|bezetting|(?:mede-?)?ondertekenaars?", re.IGNORECASE)
#: a column of the row's organisation, also one of alternatives: "| Gemeente/organisatie |"
#: (a town named by the part it plays is a town all the same: "| Pilotgemeente |", "| Praktijkstad |")
_TOWN_WORD = r"(?:pilot|proef|praktijk|koploper|voorbeeld)?(?:gemeenten?|steden|stad)"
_ACTOR_COLUMN = re.compile(r"(?:organisaties?|" + _TOWN_WORD + r"|instellingen?|ministeries?|provincies?)"
                           r"(?:\s*/\s*(?:organisaties?|" + _TOWN_WORD + r"|instellingen?|ministeries?|provincies?))*",
                           re.IGNORECASE)
#: a column of each row's own partners: "| Stad | Wijk | Partner |" (the town's partner, see _row_partners)
_PARTNER_COLUMN = re.compile(r"(?:samenwerkings)?partners?|partnerorganisaties?", re.IGNORECASE)
_PERSON_COLUMN = re.compile(r"(?:(?:ambtelijke?|bestuurlijke?|vaste)\s+)?(?:naam|namen|vertegenwoordigers?|bestuurders?|"
                            r"personen|persoon|wie\s+namens|contactpersonen|contactpersoon|kandida(?:a)?t(?:en)?)", re.IGNORECASE)
#: a column of the contact for the row's own body: "| Themagroep | Trekker | Ambtelijk contact |"
_CONTACT_COLUMN = re.compile(r"(?:ambtelijke?\s+|secretariaat\s*/\s*)?contact(?:\s*persoon|personen)?|aanspreekpunt",
                             re.IGNORECASE)
#: the column of a partner table that says what the partnership is about: "| Organisatie | Contactpersoon | Samenwerking |"
_TOPIC_COLUMN = re.compile(r"samenwerking|samenwerking\s+op|onderwerp|onderwerpen|thema|gezamenlijk\s+\w+", re.IGNORECASE)
_PARTNER_SECTION = re.compile(r"partner", re.IGNORECASE)
_ROLE_COLUMN = re.compile(r"(?:rol(?:len)?|functies?|taak)(?:\s+(?:in|bij|binnen)\s+(?:de\s+|het\s+)?[\w-]+)?", re.IGNORECASE)
#: first-column headers whose cells name a body or part of their own
_ROW_THING = re.compile(r"orgaan|organen|gremium|overleg|onderdeel|themagroep|werkgroep|pijler|programma|project|"
                        r"spoor|sporen|werkpakket|actielijn|deelproject|taskforce|city\s+deal|regio\s+deal|unit|team",
                        re.IGNORECASE)
#: a section heading that makes a table one of members
_MEMBER_SECTION = re.compile(r"partner|deelnem|leden|samenstelling|bezetting|stuurgroep|bestuur|ondertek|handteken|"
                             r"wie\s+do(?:en|et)|wie\s+zijn|betrokken", re.IGNORECASE)  # "Wie doet mee?" as well
_THINGS = frozenset({"Programme", "Event", "OrganisationalUnit"})


def _cells(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of the row ``sentence`` (stripped of spaces)."""
    spans = []
    start = sentence.start
    line = text[sentence.start:sentence.end]
    bars = [k for k, c in enumerate(line) if c == "|"]
    if not bars:
        return spans
    edges = ([-1] if bars[0] != 0 else []) + bars + ([len(line)] if bars[-1] != len(line) - 1 else [])
    for a, b in zip(edges, edges[1:]):
        s, e = start + a + 1, start + b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return spans


#: first-column headers whose cells name bodies (the rest name parts of a programme)
_BODY_HEADER = re.compile(r"orgaan|organen|gremium|overleg|themagroep|werkgroep|pijler|taskforce|unit|team",
                          re.IGNORECASE)
#: first-column headers of the units whose names carry their kind: the cell "Jeugd" under
#: "Themagroep" is the "Themagroep Jeugd" the rest of the document names
_NAMED_BY_KIND = {"themagroep": "Themagroep", "themagroepen": "Themagroep", "pijler": "Pijler", "pijlers": "Pijler",
                  "taskforce": "Taskforce", "werkgroep": "Werkgroep", "werkgroepen": "Werkgroep"}
_UNIT_KIND = {header: label.lower() for header, label in _NAMED_BY_KIND.items()}  # their unit_kinds.csv kind
#: the number before a part's name in its cell: "1. Slimme maakindustrie"
_NUMBER = re.compile(r"\d{1,2}[.)]?\s+")


#: a first column that only numbers the rows: "nr", "#", "no."
_NUMBER_COLUMN = re.compile(r"nr\.?|no\.?|nummer|#|volgnummer", re.IGNORECASE)


def _thing_column(names: list[str]) -> int | None:
    """The column whose cells name the row's own body or part: the first, or the second after a
    column that only numbers the rows ("| nr | werkpakket | trekker |").

    >>> _thing_column(["nr", "werkpakket", "trekker"]), _thing_column(["spoor", "trekker"]), _thing_column(["actie", "wie"])
    (1, 0, None)
    """
    if names and _ROW_THING.fullmatch(names[0]):
        return 0
    if len(names) > 2 and _NUMBER_COLUMN.fullmatch(names[0]) and _ROW_THING.fullmatch(names[1]):
        return 1
    return None


#: a plural in brackets after a header word: "trekker(s)", "wethouder(s)", "partner(s)"
_BRACKET_PLURAL = re.compile(r"\((?:s|en|'s)\)")


def _header_name(cell: str) -> str:
    """A header cell as the column rules read it: lower case, one space, no plural in brackets.

    >>> _header_name("Bestuurlijk  trekker(s)")
    'bestuurlijk trekker'
    """
    return " ".join(_BRACKET_PLURAL.sub("", cell.lower()).split())


def _header_rows(text: str, sentences: list[Sentence]) -> list[tuple[Sentence, list[Sentence]]]:
    """The header and data rows of each table, one line each (a cell may hold a full stop: "| 1.
    Slimme maakindustrie |", so rows are lines, not sentences), with the section of the line."""
    starts = [x.start for x in sentences]
    found, rows = [], []
    position = 0
    for line in text.split("\n") + [""]:
        begin, stripped = position, line.strip()
        position += len(line) + 1
        if stripped.startswith("|") and stripped.count("|") >= 2:
            s = begin + line.index("|")
            e = begin + len(line.rstrip())
            k = bisect.bisect_right(starts, s) - 1
            here = sentences[k] if k >= 0 else None
            rows.append(Sentence(s, e, text[s:e], False, here.section if here else None,
                                 here.section_start if here else None))
            continue
        if len(rows) >= 3 and _SEPARATOR.match(rows[1].text):
            found.append((rows[0], rows[2:]))
        rows = []
    return found


#: the table readers other modules share (:mod:`.person_cells`)
PERSON_COLUMN, cells_of, header_name, header_rows = _PERSON_COLUMN, _cells, _header_name, _header_rows


def find_table_mentions(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Names of the bodies or parts that the first column of a table lists ("orgaan", "spoor",
    "werkpakket" …): a cell that holds no name found otherwise is one ("Adviesraad",
    "1. Slimme maakindustrie").

    >>> text = "| orgaan | voorzitter |\\n|---|---|\\n| Adviesraad | Eva Smit |"
    >>> from .sentences import split_sentences
    >>> [(m.text, m.type) for m in find_table_mentions(text, split_sentences(text), [])]
    [('Adviesraad', 'OrganisationalUnit')]
    >>> text = "| Themagroep | Trekker |\\n|---|---|\\n| Jeugd | Eva Smit |"
    >>> [(m.label, m.kind) for m in find_table_mentions(text, split_sentences(text), [])]
    [('Themagroep Jeugd', 'themagroep')]
    """
    if "|" not in text:
        return []
    starts = {m.start for m in mentions}
    found = []
    for header, rows in _header_rows(text, sentences):
        cells = _cells(text, header)
        names = [_header_name(text[a:b]) for a, b in cells]
        column = _thing_column(names) if len(cells) >= 2 else None
        if column is None:
            continue
        kind = "OrganisationalUnit" if _BODY_HEADER.fullmatch(names[column]) else "Programme"
        for row in rows:
            row_cells = _cells(text, row)
            if len(row_cells) != len(cells):
                continue
            start, end = row_cells[column]
            number = _NUMBER.match(text, start, end)
            start = number.end() if number else start
            name = text[start:end]
            if start in starts or not name[:1].isupper() or len(name.split()) > 8 or not re.fullmatch(r"[\w' -]+(?:, [\w' -]+)*", name):
                continue
            label = _NAMED_BY_KIND.get(names[column])
            label = f"{label} {name}" if label and not name.lower().startswith(label.lower()) else None
            found.append(Mention(start, end, name, kind, "tables.row-name", 0.7, name=label,
                                 kind=_UNIT_KIND.get(names[column], "project" if kind == "Programme" else None)))
    return found


#: the header of a column whose cells name partner organisations: "Partner", "Partnerorganisatie", "Corporatie"
_PARTNER_COLUMN = re.compile(r"(?:samenwerkings)?partners?|partnerorganisaties?|uitvoeringspartners?|"
                             r"(?:woning)?corporaties?", re.IGNORECASE)
#: a name of an organisation as it fills a cell: capitalised words ("Stadswonen Dordt", "woCom")
_CELL_NAME = re.compile(r"(?:[A-ZÀ-Ý]|[a-z]+[A-Z])[\w'’&.-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’&.-]*|&|van|voor|de|en))*")
#: capitalised words that fill a cell without naming anyone
_NO_NAME = frozenset({"geen", "nvt", "n.v.t.", "onbekend", "diverse", "divers", "alle", "nee", "ja", "volgt", "tbd",
                      "nog", "overig", "overige", "zelf", "eigen", "gemeente", "gemeenten", "provincie", "ministerie",
                      "totaal", "idem", "wethouder", "burgemeester", "de", "het", "een"})


def find_partner_cells(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """Organisations named in a partner column that nothing else recognised: a cell of a "Partner"
    column names an organisation, whatever its name ("| Deventer | Rentree |"); a place that ends the
    name is part of it ("| Almelo | Woonstichting Beter Wonen Almelo |"). A cell that opens with a
    known name ("Gemeente Breda", "VNG", a person) is left to the other rules.

    >>> text = "| Stad | Partner |\\n|---|---|\\n| Ede | Woonstichting Nieuw Veld |\\n| Epe | geen |"
    >>> from .sentences import split_sentences
    >>> [(m.text, m.type) for m in find_partner_cells(text, split_sentences(text), [])]
    [('Woonstichting Nieuw Veld', 'Organisation')]
    """
    if "|" not in text:
        return []
    found = []
    for header, rows in _header_rows(text, sentences):
        cells = _cells(text, header)
        names = [_header_name(text[a:b]) for a, b in cells]
        columns = [k for k, n in enumerate(names) if _PARTNER_COLUMN.fullmatch(n)]
        if columns and len(cells) >= 2:
            found.extend(_partner_cells(text, cells, columns, rows, mentions))
    return found


def _partner_cells(text: str, cells: list[tuple[int, int]], columns: list[int], rows: list[Sentence],
                   mentions: list[Mention]) -> list[Mention]:
    found = []
    for row in rows:
        row_cells = _cells(text, row)
        if len(row_cells) != len(cells):
            continue
        for k in columns:
            start, end = row_cells[k]
            if any(m.start == start or m.start < start < m.end for m in mentions):
                continue
            for part in re.finditer(r"[^,;]+", text[start:end]):
                a = start + part.start() + len(part.group()) - len(part.group().lstrip())
                b = start + part.end() - (len(part.group()) - len(part.group().rstrip()))
                name = text[a:b]
                if _CELL_NAME.fullmatch(name) and name.lower() not in _NO_NAME and len(name.split()) <= 5 \
                        and name.split()[0].lower() not in _NO_NAME:
                    found.append(Mention(a, b, name, "Organisation", "tables.partner-cell", 0.7))
    return found


def find_tables(ctx: DocContext) -> None:
    """Add the facts the rows of each Markdown table state."""
    if "|" not in ctx.text:
        return
    last_subject = None
    for header, rows in _header_rows(ctx.text, ctx.sentences):
        names = [_header_name(ctx.text[s:e]) for s, e in _cells(ctx.text, header)]
        if len(names) < 2:
            continue
        parties = _column_parties(ctx, header, names)  # "| Bestuurlijk trekker G40 | Trekker SZW |"
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
        if subject is not None and subject.type in _THINGS and plays_part_in_subject(names):
            find_stakeholder_rows(ctx, rows, names, subject, _cells)  # "| Stakeholder | Rol in het programma |"
            for row in rows:  # a contact with a function: "| VNG | partner | Hatice Demir, adviseur |"
                cells = _cells(ctx.text, row)
                _stakeholder_contacts(ctx, row, names, cells, persons_in(ctx, cells, names), bare=False)
            continue
        last_subject = subject or last_subject
        own_body = _role_cell_bodies(ctx, header, rows, names)  # "| Secretaris taskforce | Eva Smit |" under "Contactpersonen"
        parts = _row_parts(ctx, header, rows, names)
        role_body = _role_column_body(ctx, header, names)  # "| Naam | Functie in het DB |"
        # "Aanwezig" over "| Naam | Organisatie |": who attended; their bodies are where they come from
        attendance = _ATTENDANCE_HEADING.fullmatch((header.section or "").strip()) is not None
        members = any(_MEMBERS.fullmatch(n) for n in names) or _MEMBER_SECTION.search(header.section or "") is not None \
            or names_members(header.section or "") or announcing is not None \
            or (subject is not None and subject.type == "OrganisationalUnit") \
            or (subject is not None and any(_ACTOR_COLUMN.fullmatch(n) for n in names) and (joined_column(names) or parts))
        column = _thing_column(names)
        own_rows = column is not None
        candidates = candidate_table(names)  # "| Kandidaat | Gemeente | Stemmen |": who stood, not who is a member
        for row in rows:
            cells = _cells(ctx.text, row)
            if len(cells) != len(names):
                continue
            status = row_status(ctx.text, cells, names)  # "| … | niet gekozen |", "| … | teruggetrokken |"
            row_subject = subject
            if own_rows:
                number = _NUMBER.match(ctx.text, *cells[column])
                at = number.end() if number else cells[column][0]
                first = [m for m in ctx.in_span(at, cells[column][1]) if m.start == at]
                row_subject = first[0] if first and first[0].type in _THINGS else None
                if row_subject is not None and subject is not None and subject.type in HOLDERS and \
                        (row_subject.type == "OrganisationalUnit" or row_subject.rule == "tables.row-name"):
                    ctx.add(row_subject, "partOf", subject, row, "tables.row-part", 0.75)  # "| Adviesraad | …"
            # a row whose role cell names its own body ("| Secretaris taskforce | X |"): no member of the subject
            member_row = status != "out" and (not candidates or status == "in")
            _row_facts(ctx, row, names, cells, row_subject,
                       (members or own_rows) and row.start not in own_body and member_row,
                       attendance=attendance or candidates, role_body=role_body if row.start not in own_body else None)
            _party_roles(ctx, row, cells, parties)
            if row_subject is not None and parts.get(row.start) in LEADING_ROLES:
                actor = _row_actor(ctx, cells, names, "any")  # "| Almelo | penvoerder |": Almelo leads it
                if actor is not None and actor.type != "OrganisationalUnit":
                    ctx.add(row_subject, "ledBy", actor, row, "tables.lead-role", 0.75)
            if own_rows and row_subject is not None:
                _contact_facts(ctx, row, names, cells, row_subject)


#: the kinds of actor a column's title may name after its role word: the party its holders stand for
_PARTIES = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


def _column_parties(ctx: DocContext, header: Sentence, names: list[str]) -> dict[int, Mention]:
    """The party a column's title names after its role word ("| Bestuurlijk trekker G40 | Trekker SZW |":
    the G40's trekker, SZW's); the column is then read as headed by the role word alone (``names`` is
    changed in place)."""
    parties = {}
    for k, (start, end) in enumerate(_cells(ctx.text, header)):
        inside = [m for m in ctx.in_span(start, end) if m.type in _PARTIES]
        if not inside or ctx.text[inside[-1].end:end].strip():
            continue
        role = _header_name(ctx.text[start:inside[-1].start])
        if role_of(role) is not None:
            names[k] = role
            parties[k] = inside[-1]
    return parties


def _party_roles(ctx: DocContext, row: Sentence, cells: list[tuple[int, int]], parties: dict[int, Mention]) -> None:
    """The role a person in a party's column holds at that party, as the cell says in apposition: "Ruud
    Hoogendijk, directeur Armoede" under "Trekker SZW" is a directeur at SZW."""
    for k, party in parties.items():
        for person in [m for m in ctx.in_span(*cells[k]) if m.type == "Person"]:
            role = apposition_role(ctx, person, cells[k][1], party)
            if role is not None:
                ctx.add(person, "hasRole", party, row, "tables.party-column", 0.75, role=role.label)


#: what may open a cell before the name of the body it holds: "| Ministerie van SZW |", "| Gemeente Ede |"
_KIND_BEFORE_NAME = re.compile(r"\s*(?:(?:de\s+|het\s+)?(?:gemeente|provincie|ministerie\s+van)\s+)?", re.IGNORECASE)
#: the first column of a table of the organisations a programme deals with: "| Stakeholder | Rol | Contactpersoon |"
_STAKEHOLDER_COLUMN = re.compile(r"stakeholders?|belanghebbenden?", re.IGNORECASE)


def _stakeholder_contacts(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]],
                          persons: list[Mention], *, bare: bool = True) -> None:
    """The persons of a row of a stakeholder table work for the row's stakeholder: "| Ministerie van SZW |
    lid klankbordgroep | Karin de Boer |" (affiliated with SZW), "| VNG | partner | Hatice Demir, adviseur |"
    (an adviseur at the VNG). Only a stakeholder that opens its cell and is the only one there. With
    ``bare=False`` only the persons with a function (:mod:`.stakeholder_tables` reads the others)."""
    column = next((k for k, n in enumerate(names) if _STAKEHOLDER_COLUMN.fullmatch(n)), None)
    if column is None or not persons:
        return
    start, end = cells[column]
    named = [m for m in ctx.in_span(start, end) if m.type in _PARTIES]
    if not named or not _KIND_BEFORE_NAME.fullmatch(ctx.text, start, named[0].start):
        return
    stakeholder = named[0]
    bracket = ctx.bracket_after(stakeholder) or (stakeholder.end, stakeholder.end)
    if any(not bracket[0] <= m.start < bracket[1] for m in named[1:]):
        return  # "| Gemeenten Breda en Tilburg |": more than one (an abbreviation in a bracket is the same one)
    for person in persons:
        cell_end = next((e for s, e in cells if s <= person.start < e), person.end)
        role = apposition_role(ctx, person, cell_end, stakeholder)
        if role is not None:
            ctx.add(person, "hasRole", stakeholder, row, "tables.stakeholder-contact", 0.75, role=role.label)
        elif bare:
            ctx.add(person, "affiliatedWith", stakeholder, row, "tables.stakeholder-contact", 0.75)


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


def _role_cell_bodies(ctx: DocContext, header: Sentence, rows: list[Sentence], names: list[str]) -> set[int]:
    """Rows of a table with no body of its own whose role column names the role and the body it is
    held in: "| Rol | Naam | E-mail |" with "| Secretaris taskforce | Eva Smit | … |" (the taskforce the
    document is about), "| Contactpersoon werkgroep Data | Jan Kok | … |" (a unit named in the cell).
    The row's persons hold the role there; under a heading of contact persons they are its contacts. A
    cell of taking part ("| Tilburg | deelnemer City Deal X |") makes the row's towns and bodies take part in
    the body it names.
    A cell naming no body ("| Secretaris | …") says nothing here. Returns the starts of the rows read:
    their persons are no members of the table's subject."""
    column = next((k for k, n in enumerate(names) if _ROLE_COLUMN.fullmatch(n)), None)
    read: set[int] = set()
    if column is None:
        return read
    contacts = _CONTACT_SECTION.fullmatch((header.section or "").strip(" #*:")) is not None
    for row in rows:
        cells = _cells(ctx.text, row)
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
    column = next((k for k, n in enumerate(names) if _ROLE_COLUMN.fullmatch(n)), None)
    if column is None:
        return {}
    parts = {}
    for row in rows:
        cells = _cells(ctx.text, row)
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
    k = ctx.sentences.index(header) if header in ctx.sentences else -1
    for before in reversed(ctx.sentences[max(0, k - 2):k]) if k > 0 else ():
        if (_JOINED_LEAD.search(before.text) or names_members(before.text) or counts_joined(before.text)
                or announces_recipients(before.text) or _TABLE_POINTER.search(before.text)) \
                and not _NOT.search(before.text):
            return before  # also a caption: "De steden in de woondeal"
    return None


def _contact_facts(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]],
                   subject: Mention) -> None:
    """The persons of a contact column are the contact for the row's own body ("| Jeugd | … |
    Eva Smit, e.smit@ede.nl |"); a column of contact persons of a member table is not read here."""
    for k, name in enumerate(names):
        if _CONTACT_COLUMN.fullmatch(name) and not _PERSON_COLUMN.fullmatch(name):
            for m in ctx.in_span(*cells[k]):
                if m.type == "Person":
                    ctx.add(m, "contactFor", subject, row, "tables.contact-column", 0.75)


def _partner_table(header: Sentence, names: list[str]) -> bool:
    """Whether the table lists partners of its subject: an organisation column and a column of what
    the partnership is about, under a heading that speaks of partners."""
    return _PARTNER_SECTION.search(header.section or "") is not None and any(_ACTOR_COLUMN.fullmatch(n) for n in names) \
        and any(_TOPIC_COLUMN.fullmatch(n) for n in names)


def _partner_rows(ctx: DocContext, rows: list[Sentence], names: list[str], subject: Mention) -> None:
    """Each row of a partner table: the subject collaboratesWith the row's organisation, and the
    row's contact person is affiliated with it (a "–" as contact: only the organisation)."""
    for row in rows:
        cells = _cells(ctx.text, row)
        if len(cells) != len(names):
            continue
        actor = _row_actor(ctx, cells, names, "any")
        if actor is None or actor.label == subject.label:
            continue
        ctx.add(subject, "collaboratesWith", actor, row, "tables.partner", 0.75)
        for person in persons_in(ctx, cells, names):
            ctx.add(person, "affiliatedWith", actor, row, "tables.partner-contact", 0.75)


def _row_facts(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]],
               subject: Mention | None, members: bool, *, attendance: bool = False,
               role_body: Mention | None = None) -> None:
    """The facts of one row: roles held in the row's own organisation ("| Gemeente Breda | X |
    wethouder |") and affiliations need no subject; roles in, members of and leaders of the
    table's (or row's) subject do. A table of who attended (``attendance``) makes no member of the
    bodies its persons come from. ``role_body`` is the body the role column's title names ("Functie in
    het DB"): a unit's role word alone in that column is held there."""
    role_cell = next((cells[k] for k, n in enumerate(names) if _ROLE_COLUMN.fullmatch(n)), None)
    role_text = ctx.text[role_cell[0]:role_cell[1]] if role_cell else ""
    word = role_pattern().match(role_text) if role_text else None
    row_role = role_of(word.group(0)) if word else None  # "voorzitter", "wethouder Economie", "lid, trekker …"
    persons = persons_in(ctx, cells, names) or [m for k, n in enumerate(names) if _holder_column(n)
                                                 for m in ctx.in_span(*cells[k]) if m.type == "Person"]
    actors: list[Mention] = []
    for k, name in enumerate(names):
        if subject is not None and cells[k][0] <= subject.start < cells[k][1]:
            continue  # the row's own unit
        if _location_column(names, k):
            continue  # "| Helmond | Noord-Brabant |": where the row's town lies, no member of its own
        values = [m for m in value_list(ctx, *cells[k]) if m is not subject]
        header_role = column_role(name)
        if header_role is not None and not header_role.scope.startswith("unit"):
            # "| Gemeente | Wethouder |": the person holds the role in the row's municipality
            place = _row_actor(ctx, cells, names, header_role.scope) or _own_place(ctx, header_role.scope)
            if header_role.label in _GENERIC_OFFICES and place is not None and place.type in _GOVERNMENTS:
                continue  # "| Stad | Bestuurder |": an alderman or the mayor (affiliated with the town: see below)
            for m in values:
                if m.type == "Person" and place is not None:
                    ctx.add(m, "hasRole", place, row, "tables.role-column", 0.8, role=header_role.label)
        elif header_role is not None and subject is not None:
            for m in values:
                if m.type == "Person":
                    ctx.add(m, "hasRole", subject, row, "tables.role-column", 0.8, role=header_role.label)
                elif m.type in ACTORS and header_role.label == "trekker":
                    ctx.add(subject, "ledBy", m, row, "tables.lead-column", 0.8)
                    for person in _bracket_persons(ctx, m, cells[k][1]):
                        # "| Breda (Eva Smit) |": the person in the bracket leads for the organisation
                        ctx.add(person, "hasRole", subject, row, "tables.role-column", 0.8, role=header_role.label)
                        ctx.add(person, "affiliatedWith", m, row, "tables.bracket-person", 0.75)
                    break
        elif _LEAD_COLUMN.fullmatch(name) and subject is not None:
            # "| City Deal | Deelnemende gemeenten | Penvoerder |": the row's programme is led by the cell's actor
            lead = next((m for m in values if m.type in ACTORS and m.type != "OrganisationalUnit"), None)
            if lead is not None:
                ctx.add(subject, "ledBy", lead, row, "tables.lead-column", 0.8)
        elif _PARTNER_COLUMN.fullmatch(name) and _row_partners(ctx, row, names, cells, k, values, subject):
            continue  # "| Zaanstad | Hembrug | provincie Noord-Holland |": the town's partner, not the table's member
        elif _MEMBERS.fullmatch(name) or _ACTOR_COLUMN.fullmatch(name):
            if members and subject is not None and not (persons and _ACTOR_COLUMN.fullmatch(name) and _board(subject)):
                # (a board's members are its persons: "| Naam | Functie in het DB | Gemeente |" names where they come from)
                actors.extend(m for m in values if m.type in ACTORS
                              or (m.type == "Person" and subject.type == "OrganisationalUnit"))
            if _ACTOR_COLUMN.fullmatch(name) and values and values[0].type in ACTORS \
                    and sum(m.type in ACTORS for m in values) == 1 and not _event_row(ctx, cells):
                # "| Themagroep | Trekker | Stad |": the row's holder of a role is of the row's town too (not of
                # one of a list: "| Anna Kok | Breda, Tilburg en Zwolle |" names the group's towns, not hers)
                office = _bracket_office(ctx, values[0], cells[k][1])  # "| Leeuwarden (burgemeester) |"
                for person in persons or _role_column_persons(ctx, cells, names):
                    if _bracket_actor(ctx, person):
                        continue  # "| Hans Kok (VNG) | Delft |": of the VNG
                    if office is not None:
                        ctx.add(person, "hasRole", values[0], row, "tables.bracket-office", 0.8, role=office.label)
                    elif _portfolio_office(names, values[0]) is not None:
                        # "| Stad | Bestuurder | Portefeuille |": who holds a portfolio in a town is its wethouder (40a)
                        ctx.add(person, "hasRole", values[0], row, "tables.portfolio-office", 0.75,
                                role=_portfolio_office(names, values[0]))
                    else:
                        ctx.add(person, "affiliatedWith", values[0], row, "tables.organisation-column", 0.75)
    if not any(_ACTOR_COLUMN.fullmatch(n) for n in names):
        _stakeholder_contacts(ctx, row, names, cells, persons)
    for m in actors if not attendance else ():
        ctx.add(m, "participatesIn", subject, row, "tables.members", 0.8)
    for person in persons:
        bracket_role = _bracket_role(ctx, person)  # "| Maastricht | Thijs Lemmens (trekker) |"
        if bracket_role is not None and subject is not None and subject.type in HOLDERS and members:
            ctx.add(person, "hasRole", subject, row, "tables.bracket-role", 0.75, role=bracket_role)
        for unit in _second_roles(ctx, role_cell):
            # "| lid, trekker Themagroep Wonen |": a role in another unit, named in the cell
            ctx.add(person, "hasRole", unit[1], row, "tables.second-role", 0.75, role=unit[0])
        if row_role is not None and not row_role.scope.startswith("unit"):
            place = _row_actor(ctx, cells, names, row_role.scope) \
                or _role_cell_actor(ctx, role_cell[0] + word.end(), role_cell[1], row_role.scope) \
                or _own_place(ctx, row_role.scope)  # "| Gemeente Breda | X | wethouder |", "| X | beleidsadviseur, Divosa |"
            if place is not None:
                ctx.add(person, "hasRole", place, row, "tables.role", 0.8, role=row_role.label)
            if members and subject is not None and subject.type == "OrganisationalUnit":
                # "| Eva Smit | wethouder Wonen | Almere |" under "Leden" of a taskforce: a member all the same
                ctx.add(person, "participatesIn", subject, row, "tables.members", 0.75)
        elif role_body is not None and row_role is not None and not role_text[word.end():].strip(" ,;"):
            # "| Naam | Functie in het DB |" with "| X | penningmeester |": a role in the body the title names
            ctx.add(person, "hasRole", role_body, row, "tables.role-column-body", 0.8, role=row_role.label)
        elif subject is None or not members:
            continue
        elif row_role is not None:
            ctx.add(person, "hasRole", subject, row, "tables.role", 0.8, role=row_role.label)
        elif subject.type == "OrganisationalUnit":
            ctx.add(person, "participatesIn", subject, row, "tables.members", 0.75)


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
    if any(_ROW_THING.fullmatch(n) for n in names) or (subject is not None and any(a <= subject.start < b for a, b in cells)):
        return False
    towns = [m for j in range(k) if _TOWN_COLUMN.fullmatch(names[j])
             for m in value_list(ctx, *cells[j]) if m.type == "Municipality"]
    if len(towns) != 1:
        return False
    for partner in values:
        if partner.type in ACTORS and partner.label != towns[0].label:
            ctx.add(towns[0], "collaboratesWith", partner, row, "tables.row-partner", 0.75)
    return True


#: the body a role column's title names after its preposition: "Functie in het DB", "Rol bij de stuurgroep"
_ROLE_COLUMN_BODY = re.compile(r"(?:rol(?:len)?|functies?|taak)\s+(?:in|bij|binnen)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
#: the bodies a role column's title may name
_TITLED_BODIES = frozenset({"Organisation", "OrganisationalUnit", "Programme"})


def _role_column_body(ctx: DocContext, header: Sentence, names: list[str]) -> Mention | None:
    """The body the title of a table's role column names, and nothing else after it: "| Naam | Functie in
    het DB |" (the roles of the column are held in the DB); None for "| Rol |" or "| Rol in het programma |"
    (a kind word, no name)."""
    column = next((k for k, n in enumerate(names) if _ROLE_COLUMN.fullmatch(n)), None)
    if column is None:
        return None
    start, end = _cells(ctx.text, header)[column]
    named = [m for m in ctx.in_span(start, end) if m.type in _TITLED_BODIES]
    if len(named) != 1 or ctx.text[named[0].end:end].strip() \
            or not _ROLE_COLUMN_BODY.fullmatch(ctx.text[start:named[0].start].strip() + " "):
        return None
    return named[0]


def _bracket_office(ctx: DocContext, actor: Mention, end: int):
    """The office a bracket right after the actor of a row's organisation cell names, up to the cell's
    ``end``: "| Leeuwarden (burgemeester) |", "| Schiedam (wethouder Financiën) |" (the row's person holds
    it there). None for a role of a unit ("(voorzitter)": of what?), a bracket naming an entity, or
    an office of another kind of body ("Utrecht (gedeputeerde)" of a municipality)."""
    bracket = ctx.bracket_after(actor)
    if bracket is None or bracket[1] > end or ctx.in_span(*bracket):
        return None
    word = role_pattern().match(ctx.text, bracket[0], bracket[1])
    role = role_of(word.group(0)) if word else None
    if role is None or role.scope != actor.type.lower():
        return None
    return role


#: the heading of a table of who attended (or was absent from) a meeting: "Aanwezig", "Afwezig met kennisgeving"
_ATTENDANCE_HEADING = re.compile(r"(?:aanwezig(?:en)?|afwezig(?:en)?)(?:\s+met\s+(?:kennisgeving|bericht))?\s*:?",
                                 re.IGNORECASE)
#: a column of the organisation that leads the row's programme: "| City Deal | Penvoerder |"
_LEAD_COLUMN = re.compile(r"penvoerders?|kartrekkers?|trekkende\s+(?:gemeente|partij|organisatie)", re.IGNORECASE)
#: a column of the province a row's town lies in: "| Gemeente | Provincie |"
_PROVINCE_COLUMN = re.compile(r"provincies?", re.IGNORECASE)
#: a column of the row's own town or towns
_TOWN_COLUMN = re.compile(_TOWN_WORD, re.IGNORECASE)
#: a title of a column that names no office of a government: a town's "bestuurder" is one of its aldermen
#: or its mayor (of a foundation or a corporation, its statutory office: a role of its own)
_GENERIC_OFFICES = frozenset({"bestuurder"})
_GOVERNMENTS = frozenset({"Municipality", "Province"})


#: a column of each row's portfolio: "| Portefeuille |", "| Portefeuilles |"
_PORTFOLIO_COLUMN = re.compile(r"portefeuilles?", re.IGNORECASE)
#: the office of who holds a portfolio in a government of that kind (a mayor's portfolio is named as a mayor's)
_PORTFOLIO_OFFICES = {"Municipality": "wethouder", "Province": "gedeputeerde"}


def _portfolio_office(names: list[str], place: Mention) -> str | None:
    """The office of a table's person who holds the row's portfolio in the row's government ("| Stad |
    Bestuurder | Portefeuille |": a wethouder), else None.

    >>> _portfolio_office(["stad", "bestuurder", "portefeuille"], Mention(0, 5, "Breda", "Municipality", "", 1.0))
    'wethouder'
    >>> _portfolio_office(["stad", "bestuurder"], Mention(0, 5, "Breda", "Municipality", "", 1.0)) is None
    True
    """
    if not any(_PORTFOLIO_COLUMN.fullmatch(n) for n in names):
        return None
    return _PORTFOLIO_OFFICES.get(place.type)


def _board(subject: Mention) -> bool:
    """Whether the table's subject is a board ("Dagelijks Bestuur", "VNG-bestuur"), a committee
    ("begeleidingscommissie") or a jury, whose members are persons (the organisation column says
    where each comes from).

    >>> _board(Mention(0, 17, "Dagelijks Bestuur", "OrganisationalUnit", "", 1.0)), _board(Mention(0, 5, "Wonen", "", "", 1.0))
    (True, False)
    >>> _board(Mention(0, 21, "begeleidingscommissie", "OrganisationalUnit", "", 1.0))
    True
    """
    label = subject.label.lower()
    return subject.type == "OrganisationalUnit" and (label.endswith(("bestuur", "commissie")) or label == "jury")


def _location_column(names: list[str], k: int) -> bool:
    """Whether column ``k`` holds where the town of an earlier column lies ("| Gemeente | Provincie |"):
    a description of the row's town, not a second member of the row.

    >>> _location_column(["gemeente", "provincie", "sinds"], 1), _location_column(["provincie", "gedeputeerde"], 0)
    (True, False)
    """
    return _PROVINCE_COLUMN.fullmatch(names[k]) is not None and any(_TOWN_COLUMN.fullmatch(n) for n in names[:k])


def _bracket_role(ctx: DocContext, person: Mention) -> str | None:
    """The role in a unit a bracket right after ``person`` names, and nothing else: "(tweede trekker)",
    "(voorzitter)"; None for "(Breda)", "(wethouder)"."""
    bracket = ctx.bracket_after(person)
    if bracket is None:
        return None
    inside = ctx.text[bracket[0]:bracket[1]].strip()
    word = role_pattern().search(inside)
    role = role_of(word.group(0)) if word else None
    if role is None or not role.scope.startswith("unit") or len(inside.split()) > 3 or ctx.in_span(*bracket):
        return None
    return role.label


#: the body a unit's role is held in, after the role word in a column's title: "voorzitter (ambtelijke) werkgroep"
_HELD_IN = re.compile(r"\s+(?:(?:ambtelijke?|bestuurlijke?|dagelijks)\s+)?([\w-]+)")


def column_role(name: str):
    """The role a column's title names: a role word ("Bestuurlijk trekker"), or a unit's role word and
    the kind of body it is held in ("Voorzitter ambtelijke werkgroep", "Secretaris taskforce": the row's
    unit, through its own werkgroep). None for a role word followed by anything else ("Voorzitter
    sinds": a date column).

    >>> column_role("voorzitter ambtelijke werkgroep").label, column_role("voorzitter sinds")
    ('voorzitter', None)
    """
    role = role_of(name)
    if role is not None:
        return role
    word = role_pattern().match(name)
    role = role_of(word.group(0)) if word else None
    if role is None or not role.scope.startswith("unit"):
        return None
    held = _HELD_IN.fullmatch(name, word.end())
    return role if held and held.group(1).lower() in load_lexicon().unit_kinds else None


def _holder_column(name: str) -> bool:
    """A column headed by a role of a municipality or another body, whose cells name its holders: "Wethouder"."""
    role = role_of(name)
    return role is not None and not role.scope.startswith("unit")


def _role_column_persons(ctx: DocContext, cells: list[tuple[int, int]], names: list[str]) -> list[Mention]:
    """The persons of a row's columns headed by a role word ("| Jeugd | Eva Smit | Ede |" under
    "| Themagroep | Trekker | Stad |")."""
    return [m for k, n in enumerate(names) if role_of(n) is not None
            for m in ctx.in_span(*cells[k]) if m.type == "Person"]


def _event_row(ctx: DocContext, cells: list[tuple[int, int]]) -> bool:
    """Whether a row names an event ("| 12 maart | Netwerkdag Wonen | Zwolle | Anna Kok |"): its town
    column says where the event is held, not whom the row's contact works for."""
    return any(m.type == "Event" for cell in cells for m in ctx.in_span(*cell))


def _bracket_actor(ctx: DocContext, person: Mention) -> bool:
    """Whether a bracket right after ``person`` names an organisation, municipality or ministry: "Hans Kok (VNG)"."""
    bracket = ctx.bracket_after(person)
    return bracket is not None and any(m.type in ACTORS for m in ctx.in_span(*bracket))


def _bracket_persons(ctx: DocContext, actor: Mention, end: int) -> list[Mention]:
    """The persons in a bracket right after ``actor``, up to ``end``: "Breda (Eva Smit)"."""
    bracket = re.match(r"\s*\(([^()]*)\)", ctx.text[actor.end:end])
    if bracket is None:
        return []
    return [m for m in ctx.in_span(actor.end + bracket.start(1), actor.end + bracket.end(1)) if m.type == "Person"]


def _second_roles(ctx: DocContext, cell: tuple[int, int] | None) -> list[tuple[str, Mention]]:
    """The ``(role, unit)`` pairs of a role cell, each a role word right before a unit: "lid, trekker
    Themagroep Wonen", "lid Pijler Economie en Werk; trekker themagroep Circulair"."""
    if cell is None:
        return []
    found = []
    for part in re.finditer(r"(?:^|[,;])\s*([^,;]+)", ctx.text[cell[0]:cell[1]]):
        start = cell[0] + part.start(1)
        word = role_pattern().match(ctx.text, start, cell[1])
        role = role_of(word.group(0)) if word else None
        units = [m for m in ctx.in_span(start, cell[0] + part.end(1)) if m.type in HOLDERS]
        if role is not None and role.scope.startswith("unit") and units \
                and not ctx.text[word.end():units[0].start].strip(" van de het"):
            found.append((role.label, units[0]))
    return found


_SCOPE_TYPES = {"municipality": {"Municipality"}, "province": {"Province"}, "ministry": {"Ministry"}}


#: what stands right before the organisation a role cell names: "beleidsadviseur, Divosa", "lector Armoede en
#: Participatie, Hogeschool Windesheim", "directeur bij de VNG"
_CELL_ACTOR_CUE = re.compile(r"(?:,|\bbij|\bvan)\s*(?:de\s+|het\s+)?$", re.IGNORECASE)


def _role_cell_actor(ctx: DocContext, start: int, end: int, scope: str) -> Mention | None:
    """The one organisation a role cell names after its role word ("| Koen Dijkstra | beleidsadviseur, Divosa |"):
    where the row's person holds the role, when the row has no organisation column. A cell naming two
    ("adviseur, Breda, Tilburg", "adviseur, VNG en IPO") or another body after a semicolon says nothing.

    >>> bool(_CELL_ACTOR_CUE.search(" Armoede en Participatie, ")), bool(_CELL_ACTOR_CUE.search(" Armoede en "))
    (True, False)
    """
    found = [m for m in ctx.in_span(start, end) if m.type in _SCOPE_TYPES.get(scope, _PARTIES)
             and _CELL_ACTOR_CUE.search(ctx.text, start, m.start)]
    if len(found) != 1 or ";" in ctx.text[start:found[0].start] or \
            any(m.type in ACTORS for m in ctx.in_span(found[0].end, end)):
        return None
    return found[0]


def _own_place(ctx: DocContext, scope: str) -> Mention | None:
    """The document's own municipality (or province) for a role column without a place column: a
    municipality's annual report listing "| Wethouder | Portefeuille |" lists its own aldermen."""
    if scope not in _SCOPE_TYPES:
        return None
    own = we_actor(ctx)
    if own is None and ctx.sentences and _title_line(ctx.text, ctx.sentences[0]):
        title = ctx.sentences[0]  # "# Jaarverslag 2023 gemeente Dordrecht"
        own = next((m for m in ctx.in_sentence(title) if _OWNER_WORD.search(ctx.text, title.start, m.start)), None)
    return own if own is not None and own.type in _SCOPE_TYPES[scope] else None


def _title_line(text: str, sentence: Sentence) -> bool:
    """Whether a document's first sentence is its title: a heading, or a line of its own without a full stop."""
    return sentence.is_heading or sentence.text.startswith("#") or \
        (not sentence.text.rstrip().endswith(".") and text[sentence.end:sentence.end + 1] in ("\n", ""))


#: the owner a document's title names: "Jaarverslag 2023 gemeente Dordrecht", "provincie Drenthe"
_OWNER_WORD = re.compile(r"\b(?:gemeente|provincie)\s+$", re.IGNORECASE)


def _row_actor(ctx: DocContext, cells: list[tuple[int, int]], names: list[str], scope: str) -> Mention | None:
    """The actor of a row's organisation column ("Gemeente", "Organisatie") that a role of ``scope`` is held in."""
    wanted = _SCOPE_TYPES.get(scope, ACTORS)
    for k, n in enumerate(names):
        if (_ACTOR_COLUMN.fullmatch(n) or _MEMBERS.fullmatch(n)) and (scope == "province" or not _location_column(names, k)):
            found = [m for m in value_list(ctx, *cells[k]) if m.type in wanted]
            if found:
                return found[0]
    return None


def persons_in(ctx: DocContext, cells: list[tuple[int, int]], names: list[str]) -> list[Mention]:
    """The persons of a row's person columns ("Naam", "Vertegenwoordiger" …)."""
    return [m for k, n in enumerate(names) if _PERSON_COLUMN.fullmatch(n)
            for m in ctx.in_span(*cells[k]) if m.type == "Person"]
