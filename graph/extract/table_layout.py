"""The layout of a Markdown table: its header and data rows, the cells of a row, and the patterns of
the column headers the table readers go by ("Partner", "Organisatie", "Naam", "Rol", "Themagroep" …).

Used by :mod:`graph.extract.tables` and the other table readers (:mod:`.table_names`, :mod:`.table_cells`,
:mod:`.table_bodies`, :mod:`.person_cells`, :mod:`.representation_tables`). Split from :mod:`.tables` in
round 41a.

Examples
--------
>>> from .sentences import split_sentences
>>> text = "| Stad | Partner(s) |\\n|---|---|\\n| Ede | Aedes |"
>>> [(header.text, [text[a:b] for a, b in cells_of(text, rows[0])])
...  for header, rows in header_rows(text, split_sentences(text))]
[('| Stad | Partner(s) |', ['Ede', 'Aedes'])]
>>> header_name("Partner(s)"), bool(PARTNER_COLUMN.fullmatch("partner"))
('partner', True)
"""

from __future__ import annotations

import bisect
import functools
import re

from .model import Sentence

__all__ = ["column_pair_rows", "timed_row", "ACTOR_COLUMN", "CONTACT_COLUMN", "EMPLOYER_COLUMN", "MEMBERS_COLUMN", "ON_BEHALF_COLUMN", "PARTNER_COLUMN", "PERSON_COLUMN", "ROLE_COLUMN", "SUPERVISOR_COLUMN",
           "host_columns",
           "REPRESENTATIVE_COLUMN", "ROW_NUMBER", "ROW_THING", "action_table", "TOWN_COLUMN", "cells_of", "header_name", "header_rows", "location_column",
           "thing_column", "parts_row", "parts_table", "PARTS_COLUMN"]


_SEPARATOR = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


MEMBERS_COLUMN = re.compile(r"(?:samenwerkings)?partners?|partij(?:en)?|deelnemers?|deelnemende\s+\w+|leden|lid|"
                            r"samenstelling|bezetting|(?:mede-?)?ondertekenaars?|bijdragers?|bijdragende\s+\w+|"
                            # a fair's exhibitors take part in it: "| Stand | Standhouder | Mede-exposanten |" (54e)
                            r"standhouders?|(?:mede-?)?exposant(?:en)?", re.IGNORECASE)


#: a column of the row's organisation, also one of alternatives: "| Gemeente/organisatie |"
#: (a town named by the part it plays is a town all the same: "| Pilotgemeente |", "| Praktijkstad |")
_TOWN_WORD = r"(?:pilot|proef|praktijk|koploper|voorbeeld)?(?:gemeenten?|steden|stad)"


#: a steering group's "| naam | functie | namens |": the body each member sits for, where they hold the office of the
#: functie column; the body itself is no member of the group its person sits in (round 57r)
ON_BEHALF_COLUMN = re.compile(r"namens", re.IGNORECASE)
ACTOR_COLUMN = re.compile(r"(?:organisaties?|" + _TOWN_WORD + r"|instellingen?|ministeries?|provincies?)"
                          r"(?:\s*/\s*(?:organisaties?|" + _TOWN_WORD + r"|instellingen?|ministeries?|provincies?))*|"
                          + ON_BEHALF_COLUMN.pattern, re.IGNORECASE)
#: a column of who represents the row's member: "| Partner | Vertegenwoordigd door |" (the person is of that member)
REPRESENTATIVE_COLUMN = re.compile(r"vertegenwoordigd\s+door|vertegenwoordigers?", re.IGNORECASE)
#: a column of where the row's person comes from: "| Afkomstig van |", "| Werkgever |", "| In dienst bij |": whom the
#: person works for, not a member of the row's body (round 41d)
EMPLOYER_COLUMN = re.compile(r"afkomstig\s+(?:van|uit)|werkgever|in\s+dienst\s+(?:van|bij)|werkzaam\s+bij", re.IGNORECASE)


#: a column of the persons who supervise the trainees or interns a document places at hosts: their own office is
#: the "Functie" column's, not the column's title ("| Gastorganisatie | Begeleider | Functie |", round 55e)
SUPERVISOR_COLUMN = re.compile(r"(?:praktijk|werk|stage)?begeleiders?|mentors?|mentoren", re.IGNORECASE)


#: the host of a trainee's or intern's placement: "| Gastorganisatie |", "| Gastgemeente |"
_HOST_COLUMN = re.compile(r"gast(?:organisaties?|gemeenten?)", re.IGNORECASE)


def host_columns(names: list[str]) -> list[str]:
    """``names``, a host's column read as an organisation's ("organisatie") when a supervisor's column stands beside
    it: "| Gastorganisatie | Begeleider | Functie |" lists who supervises at each host. A meeting calendar's
    "| Datum | Overleg | Gastgemeente |" names where a meeting is held, no organisation of the row (round 55e).

    >>> host_columns(["gastorganisatie", "begeleider", "functie"]), host_columns(["datum", "gastgemeente"])
    (['organisatie', 'begeleider', 'functie'], ['datum', 'gastgemeente'])
    """
    if not any(SUPERVISOR_COLUMN.fullmatch(n) for n in names):
        return names
    return ["organisatie" if _HOST_COLUMN.fullmatch(n) else n for n in names]


PERSON_COLUMN = re.compile(r"(?:ambtelijke?|bestuurlijke?)\s+(?:lid|leden)|"  # "| stad | bestuurlijk lid | ambtelijk lid |"
                           r"(?:(?:ambtelijke?|bestuurlijke?|vaste)\s+)?(?:naam|namen|vertegenwoordigers?|vertegenwoordigd\s+door|bestuurders?|"
                           r"personen|persoon|wie\s+namens|contactpersonen|contactpersoon|kandida(?:a)?t(?:en)?|"
                           # a book's or bundle's table of contents: "| nr. | titel | auteur | functie van de auteur |" (57r)
                           r"auteurs?|"
                           # a register's holder of each office: "| functie | houder |", "| gemandateerde |" (49e)
                           r"(?:functie|mandaat)?houders?|functionaris(?:sen)?|gemandateerden?|"
                           # who supervises a trainee or intern at the host: "| Gastorganisatie | Begeleider | Functie |" (55e)
                           + SUPERVISOR_COLUMN.pattern + r")"
                           # "Naam en portefeuille", "Naam en functie": the name first, then what the person does (43b)
                           r"(?:\s+(?:en|&)\s+(?:portefeuilles?|functies?|organisatie|gemeente))?", re.IGNORECASE)


#: a column of persons: a names column, or one titled by the office its persons hold ("| Wethouder | Portefeuille |
#: G40-gremium |": a college's list of its members; "| Gedeputeerde |")
HOLDER_COLUMN = re.compile(PERSON_COLUMN.pattern + r"|wethouders?|collegeleden|collegelid|gedeputeerden?|burgemeester",
                           re.IGNORECASE)

#: a column of the contact for the row's own body: "| Themagroep | Trekker | Ambtelijk contact |"
CONTACT_COLUMN = re.compile(r"(?:ambtelijke?\s+|secretariaat\s*/\s*)?contact(?:\s*persoon|personen)?|aanspreekpunt",
                            re.IGNORECASE)


#: a column of what each row's person does: "| Functie |", "| Rol in de themagroep |", "| Functie van de auteur |" (the
#: office of the person in the row's author column, round 57r)
ROLE_COLUMN = re.compile(r"(?:rol(?:len)?|functies?|taak)(?:\s+(?:in|bij|binnen)\s+(?:de\s+|het\s+)?[\w-]+)?"
                         r"|functies?\s+van\s+de\s+auteurs?"
                         # "| Naam | Functie en organisatie | Rol |": a member's office and where (a tender's committee, 58r)
                         r"|functies?\s*(?:en|/|,)\s*(?:organisatie|werkgever)", re.IGNORECASE)


#: first-column headers whose cells name a body or part of their own
ROW_THING = re.compile(r"orgaan|organen|gremium|overleg|(?:[\w-]+-)?tafel|onderdeel|themagroep|werkgroep|pijler|programma|project|"
                       r"spoor|sporen|werkpakket|werkstro(?:om|men)|actielijn|deelproject|taskforce|city\s+deal|regio\s+deal|deals?|unit|team",
                       re.IGNORECASE)


def cells_of(text: str, sentence: Sentence) -> list[tuple[int, int]]:
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


#: the number before a part's name in its cell: "1. Slimme maakindustrie"
ROW_NUMBER = re.compile(r"\d{1,2}[.)]?\s+")


#: a first column that only numbers the rows: "nr", "#", "no."
_NUMBER_COLUMN = re.compile(r"nr\.?|no\.?|nummer|#|volgnummer", re.IGNORECASE)
#: a calendar's first column: when each row's meeting is held
_DATE_COLUMN = re.compile(r"datum|data|wanneer|dag", re.IGNORECASE)


#: the first column of a programme's actions ("| Actie | Trekker | Bijdragers |", round 51a)
_ACTION_COLUMN = re.compile(r"acties?", re.IGNORECASE)
#: the column of who leads each action: a lead, not an owner of a to-do ("| actie | wie | eigenaar |")
_ACTION_LEAD = re.compile(r"trekkers?|(?:action\s+)?leads?|penvoerders?|coördinator|coordinator", re.IGNORECASE)


def action_table(names: list[str]) -> bool:
    """Whether a table lists a programme's actions, each with its lead ("| Actie | Trekker | Bijdragers |").

    >>> action_table(["actie", "trekker", "bijdragers"]), action_table(["actie", "eigenaar"])
    (True, False)
    """
    return bool(names) and _ACTION_COLUMN.fullmatch(names[0]) is not None \
        and any(_ACTION_LEAD.fullmatch(n) for n in names[1:])


def thing_column(names: list[str]) -> int | None:
    """The column whose cells name the row's own body or part: the first, or the second after a
    column that only numbers or dates the rows ("| nr | werkpakket | trekker |", "| Datum | Overleg | Voorzitter |").

    >>> thing_column(["nr", "werkpakket", "trekker"]), thing_column(["spoor", "trekker"]), thing_column(["actie", "wie"])
    (1, 0, None)
    >>> thing_column(["datum", "overleg", "voorzitter"])
    1
    >>> thing_column(["actie", "trekker", "bijdragers"]), thing_column(["actie", "eigenaar", "deadline"])
    (0, None)
    """
    if names and ROW_THING.fullmatch(names[0]):
        return 0
    if action_table(names):
        return 0  # "| Actie | Trekker | Bijdragers |": a partnership's actions, each led by one (not an actielijst's to-dos)
    if len(names) > 2 and (_NUMBER_COLUMN.fullmatch(names[0]) or _DATE_COLUMN.fullmatch(names[0])) \
            and ROW_THING.fullmatch(names[1]):
        return 1  # "| Datum | Overleg | Voorzitter |": a calendar's meetings, each of its row's body
    return None


#: a plural in brackets after a header word: "trekker(s)", "wethouder(s)", "partner(s)"
_BRACKET_PLURAL = re.compile(r"\((?:s|en|'s)\)")
#: a note in brackets after a column's title saying what its cells add to the name: "Wethouder (portefeuille)",
#: "Naam (functie)", "Voorzitter (gemeente)"
_CELL_NOTE = re.compile(r"\s*\((?:portefeuilles?|functies?|partij|organisatie|gemeente|stad)\)\s*$")


def header_name(cell: str) -> str:
    """A header cell as the column rules read it: lower case, one space, no plural in brackets and no
    note in brackets on what the cells add to the name.

    >>> header_name("Bestuurlijk  trekker(s)"), header_name("Wethouder (portefeuille)")
    ('bestuurlijk trekker', 'wethouder')
    """
    return " ".join(_CELL_NOTE.sub("", _BRACKET_PLURAL.sub("", cell.lower())).split())


def header_rows(text: str, sentences: list[Sentence]) -> list[tuple[Sentence, list[Sentence]]]:
    """The header and data rows of each table, one line each (a cell may hold a full stop: "| 1.
    Slimme maakindustrie |", so rows are lines, not sentences), with the section of the line."""
    tables = _table_lines(text)
    if not tables:
        return []
    starts = [x.start for x in sentences]
    found = []
    for lines in tables:
        rows = []
        for s, e in lines:
            k = bisect.bisect_right(starts, s) - 1
            here = sentences[k] if k >= 0 else None
            rows.append(Sentence(s, e, text[s:e], False, here.section if here else None,
                                 here.section_start if here else None))
        found.append((rows[0], rows[2:]))
    return found


@functools.lru_cache(maxsize=8)
def _table_lines(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    r"""The start and end of each line of each table in ``text`` (header, separator, data rows) for
    :func:`header_rows`: the text's lines are read once, not again by each table reader that asks (≈ 15 a document).

    >>> _table_lines("Tekst.\n| A | B |\n|---|---|\n| 1 | 2 |\n"), _table_lines("Geen tabel.")
    ((((7, 16), (17, 26), (27, 36)),), ())
    """
    if "|" not in text:
        return ()
    found, rows = [], []
    position = 0
    for line in text.split("\n") + [""]:
        begin, stripped = position, line.strip()
        position += len(line) + 1
        if stripped.startswith("|") and stripped.count("|") >= 2:
            rows.append((begin + line.index("|"), begin + len(line.rstrip())))
            continue
        if len(rows) >= 3 and _SEPARATOR.match(text[rows[1][0]:rows[1][1]]):
            found.append(tuple(rows))
        rows = []
    return tuple(found)


#: the header of a column whose cells name partner organisations: "Partner", "Partnerorganisatie", "Corporatie"
PARTNER_COLUMN = re.compile(r"(?:samenwerkings)?partners?|partnerorganisaties?|uitvoeringspartners?|"
                            r"(?:woning)?corporaties?", re.IGNORECASE)


#: a column of the province a row's town lies in: "| Gemeente | Provincie |"
_PROVINCE_COLUMN = re.compile(r"provincies?", re.IGNORECASE)


#: a column of the row's own town or towns
TOWN_COLUMN = re.compile(_TOWN_WORD, re.IGNORECASE)


def named_tables(text: str, sentences: list[Sentence]):
    r"""``(header, column names, [(row, cells)])`` of each table, with its full rows only (as many cells
    as names).

    >>> text = "| Naam | Gemeente |\n|---|---|\n| Eva | Ede |\n| Kees |\n"
    >>> from .sentences import split_sentences
    >>> [(names, [row.text for row, _ in rows]) for _, names, rows in named_tables(text, split_sentences(text))]
    [(['naam', 'gemeente'], ['| Eva | Ede |'])]
    """
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[s:e]) for s, e in cells_of(text, header)]
        full = [(row, cells) for row in rows if len(cells := cells_of(text, row)) == len(names)]
        yield header, names, full


def location_column(names: list[str], k: int) -> bool:
    """Whether column ``k`` holds where the town of an earlier column lies ("| Gemeente | Provincie |"):
    a description of the row's town, not a second member of the row.

    >>> location_column(["gemeente", "provincie", "sinds"], 1), location_column(["provincie", "gedeputeerde"], 0)
    (True, False)
    """
    return _PROVINCE_COLUMN.fullmatch(names[k]) is not None and any(TOWN_COLUMN.fullmatch(n) for n in names[:k])


def column_pair_rows(text: str, sentences: list[Sentence], first: re.Pattern, second: re.Pattern):
    r"""``(row, first cell, second cell)`` of each full row of each table with a column whose header
    ``first`` matches and one whose header ``second`` matches (the leftmost of each).

    >>> text = "| Naam | Gemeente |\n|---|---|\n| Eva | Ede |\n"
    >>> from .sentences import split_sentences
    >>> [(row.text, text[slice(*a)], text[slice(*b)]) for row, a, b in column_pair_rows(
    ...     text, split_sentences(text), re.compile("gemeente"), re.compile("naam"))]
    [('| Eva | Ede |', 'Ede', 'Eva')]
    """
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[s:e]) for s, e in cells_of(text, header)]
        a = next((k for k, n in enumerate(names) if first.fullmatch(n)), None)
        b = next((k for k, n in enumerate(names) if second.fullmatch(n)), None)
        if a is None or b is None:
            continue
        for row in rows:
            cells = cells_of(text, row)
            if len(cells) == len(names):
                yield row, cells[a], cells[b]


#: the first column of a programme's parts: "Onderdeel", "Programmaonderdeel"
PARTS_COLUMN = re.compile(r"(?:programma)?onderde(?:el|len)", re.IGNORECASE)
#: a column of who speaks at each part: "Spreker(s)", "Sprekers", "Inleider"
_SPEAKER_COLUMN = re.compile(r"sprekers?|inleiders?", re.IGNORECASE)


def parts_table(names: list[str]) -> int | None:
    """The speaker column of a table of an event's parts ("| Onderdeel | Spreker(s) | Organisatie |", read by
    :mod:`graph.extract.programme_parts`), or None.

    >>> parts_table(["onderdeel", "spreker", "organisatie"]), parts_table(["onderdeel", "stand"])
    (1, None)
    """
    if not names or not PARTS_COLUMN.fullmatch(names[0]):
        return None
    return next((k for k, n in enumerate(names) if _SPEAKER_COLUMN.fullmatch(n)), None)


#: a schedule's row, its first cell a time of day: "| 11.30 | …", "| 09:00–10:15 | …"
_TIMED_ROW = re.compile(r"\s*\|\s*\d{1,2}[.:]\d{2}(?:\s*(?:uur)?\s*[-–—]\s*\d{1,2}[.:]\d{2})?(?:\s*uur)?\s*\|")


def timed_row(row: Sentence) -> bool:
    """Whether ``row`` is a row of a day's schedule, its first cell a time of day ("| 11.30 | gesprek met het
    netwerk X | Eva Smit, coördinator |"): a role there without its organisation is the host's or speaker's own,
    held in a body the row names, if any, not in the passage's unit (round 57s).

    >>> timed_row(Sentence(0, 40, "| 11.30 | gesprek | Eva Smit, coördinator |")), timed_row(Sentence(0, 20, "| Opening | Eva Smit |"))
    (True, False)
    """
    return _TIMED_ROW.match(row.text) is not None


def parts_row(text: str, sentences: list[Sentence], row: Sentence) -> bool:
    """Whether ``row`` is a data row of a table of an event's parts with speakers (:func:`parts_table`): the
    table's first line, back over the lines that open with a bar, is its header.

    >>> from .sentences import split_sentences
    >>> text = "| Onderdeel | Spreker |\\n|---|---|\\n| Opening | Eva Smit, adviseur |"
    >>> ss = split_sentences(text)
    >>> parts_row(text, ss, ss[-1]), parts_row("Eva Smit, adviseur", [], Sentence(0, 18, "Eva Smit, adviseur"))
    (True, False)
    """
    if not row.text.lstrip().startswith("|"):
        return False
    line = text.rfind("\n", 0, row.start) + 1
    while line > 0:
        above = text.rfind("\n", 0, line - 1) + 1
        if not text[above:line].lstrip().startswith("|"):
            break
        line = above
    header = text[line:text.find("\n", line) if "\n" in text[line:] else len(text)]
    if header.strip() == row.text.strip():
        return False
    names = [header_name(cell) for cell in header.strip().strip("|").split("|")]
    return parts_table(names) is not None
