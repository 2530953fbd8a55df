"""Who a table row's cells name and the role they give: the row's actor ("| Gemeente |"), its persons
("| Naam |"), a bracket after either ("| Leeuwarden (burgemeester) |", "| Hans Kok (VNG) |"), the role of a
role cell or column ("| Wethouder |", "| beleidsadviseur, Divosa |"), a party a column's title names
("| Trekker SZW |") and the contacts of a stakeholder table. Used by :mod:`graph.extract.tables`; split
from it in round 41a.

Examples
--------
>>> column_role("voorzitter ambtelijke werkgroep").label, column_role("voorzitter sinds")
('voorzitter', None)
"""

from __future__ import annotations

import re

from .cards import value_list
from .context import ACTORS, HOLDERS, DocContext
from .lexicon import RoleWord, load_lexicon
from .model import Mention, Sentence
from .role_holders import apposition_role
from .roles import role_of, role_pattern
from .table_layout import ACTOR_COLUMN, MEMBERS_COLUMN, PERSON_COLUMN, cells_of, header_name, location_column
from .voice import we_actor

__all__ = ["second_offices", "GENERIC_OFFICES", "GOVERNMENTS", "board_subject", "bracket_actor", "bracket_office", "bracket_offices", "bracket_persons",
           "column_parties", "column_role", "event_row", "holder_column", "introduced_place", "office_place", "own_place", "party_roles", "persons_in",
           "portfolio_office", "role_cell_actor", "role_column_persons", "row_actor", "second_roles",
           "stakeholder_contacts", "unit_bracket_role"]


#: the kinds of actor a column's title may name after its role word: the party its holders stand for
_PARTIES = frozenset({"Organisation", "Ministry", "Municipality", "Province"})


def column_parties(ctx: DocContext, header: Sentence, names: list[str]) -> dict[int, Mention]:
    """The party a column's title names after its role word ("| Bestuurlijk trekker G40 | Trekker SZW |":
    the G40's trekker, SZW's); the column is then read as headed by the role word alone (``names`` is
    changed in place)."""
    parties = {}
    for k, (start, end) in enumerate(cells_of(ctx.text, header)):
        inside = [m for m in ctx.in_span(start, end) if m.type in _PARTIES]
        if not inside or ctx.text[inside[-1].end:end].strip():
            continue
        role = header_name(ctx.text[start:inside[-1].start])
        if role_of(role) is not None:
            names[k] = role
            parties[k] = inside[-1]
    return parties


def party_roles(ctx: DocContext, row: Sentence, cells: list[tuple[int, int]], parties: dict[int, Mention]) -> None:
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


def stakeholder_contacts(ctx: DocContext, row: Sentence, names: list[str], cells: list[tuple[int, int]],
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


def bracket_office(ctx: DocContext, actor: Mention, end: int):
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


#: a bracket that names an office in a town and nothing else: "(wethouder Helmond)", "(burgemeester van Ede)"
_OFFICE_BRACKET = re.compile(r"\(\s*")


def bracket_offices(ctx: DocContext, cells: list[tuple[int, int]], person: Mention) -> list[tuple[str, Mention]]:
    """The offices brackets in the row's other cells give its one person: "| X | lid | G40 (wethouder
    Hoorn) |" (nominated by the G40, as alderman of Hoorn) gives X the office of wethouder in Hoorn (round
    43b). Only a role of a municipality or province, then its name, and the bracket's end.

    >>> from graph.extract.model import Sentence
    >>> text = "| Eva Smit | lid | G40 (wethouder Hoorn) |"
    >>> ms = [Mention(2, 10, "Eva Smit", "Person", "", 1.0), Mention(19, 22, "G40", "Organisation", "", 1.0),
    ...       Mention(34, 39, "Hoorn", "Municipality", "", 1.0)]
    >>> ctx = DocContext("d", text, [Sentence(0, len(text), text)], ms)
    >>> [(role, m.text) for role, m in bracket_offices(ctx, [(1, 11), (12, 17), (18, 41)], ms[0])]
    [('wethouder', 'Hoorn')]
    """
    found = []
    for start, end in cells:
        if start <= person.start < end:
            continue
        for bracket in _OFFICE_BRACKET.finditer(ctx.text, start, end):
            word = role_pattern().match(ctx.text, bracket.end(), end)
            role = role_of(word.group(0)) if word else None
            if role is None or role.scope not in ("municipality", "province"):
                continue
            glue = re.compile(r"\s+(?:van\s+|in\s+)?").match(ctx.text, word.end(), end)
            place = next((m for m in ctx.in_span(word.end(), end) if glue and m.start == glue.end()), None)
            if place is not None and place.type.lower() == role.scope and ctx.text.startswith(")", place.end):
                found.append((role.label, place))
    return found


#: a title of a column that names no office of a government: a town's "bestuurder" is one of its aldermen
#: or its mayor (of a foundation or a corporation, its statutory office: a role of its own)
GENERIC_OFFICES = frozenset({"bestuurder"})


GOVERNMENTS = frozenset({"Municipality", "Province"})


#: a column of each row's portfolio: "| Portefeuille |", "| Portefeuilles |"
_PORTFOLIO_COLUMN = re.compile(r"portefeuilles?", re.IGNORECASE)


#: the office of who holds a portfolio in a government of that kind (a mayor's portfolio is named as a mayor's)
_PORTFOLIO_OFFICES = {"Municipality": "wethouder", "Province": "gedeputeerde"}


def portfolio_office(names: list[str], place: Mention) -> str | None:
    """The office of a table's person who holds the row's portfolio in the row's government ("| Stad |
    Bestuurder | Portefeuille |": a wethouder), else None.

    >>> portfolio_office(["stad", "bestuurder", "portefeuille"], Mention(0, 5, "Breda", "Municipality", "", 1.0))
    'wethouder'
    >>> portfolio_office(["stad", "bestuurder"], Mention(0, 5, "Breda", "Municipality", "", 1.0)) is None
    True
    """
    if not any(_PORTFOLIO_COLUMN.fullmatch(n) for n in names):
        return None
    return _PORTFOLIO_OFFICES.get(place.type)


def board_subject(subject: Mention) -> bool:
    """Whether the table's subject is a board ("Dagelijks Bestuur", "VNG-bestuur"), a committee
    ("begeleidingscommissie") or a jury, whose members are persons (the organisation column says
    where each comes from).

    >>> board_subject(Mention(0, 17, "Dagelijks Bestuur", "OrganisationalUnit", "", 1.0)), board_subject(Mention(0, 5, "Wonen", "", "", 1.0))
    (True, False)
    >>> board_subject(Mention(0, 21, "begeleidingscommissie", "OrganisationalUnit", "", 1.0))
    True
    """
    label = subject.label.lower()
    return subject.type == "OrganisationalUnit" and (label.endswith(("bestuur", "commissie")) or label == "jury")


def unit_bracket_role(ctx: DocContext, person: Mention) -> str | None:
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
#: the two columns of a RACI table that name who does a row's part ("Responsible") and answers for it
#: ("Accountable"), by the Dutch word, the English one or the letter with either in brackets
_RACI = re.compile(r"(?:r\s*\(\s*)?(?:verantwoordelijke?|responsible)\s*\)?|"
                   r"(?P<accountable>(?:a\s*\(\s*)?(?:eindverantwoordelijke?|accountable)\s*\)?)", re.IGNORECASE)
_HELD_IN = re.compile(r"\s+(?:(?:ambtelijke?|bestuurlijke?|dagelijks)\s+)?([\w-]+)")


def column_role(name: str):
    """The role a column's title names: a role word ("Bestuurlijk trekker"), or a unit's role word and
    the kind of body it is held in ("Voorzitter ambtelijke werkgroep", "Secretaris taskforce": the row's
    unit, through its own werkgroep). None for a role word followed by anything else ("Voorzitter
    sinds": a date column).

    >>> column_role("voorzitter ambtelijke werkgroep").label, column_role("voorzitter sinds")
    ('voorzitter', None)
    >>> column_role("R (verantwoordelijk)").label, column_role("Accountable").label, column_role("A")
    ('verantwoordelijk', 'eindverantwoordelijk', None)
    """
    role = role_of(name)
    if role is not None:
        return role
    raci = _RACI.fullmatch(name.strip())
    if raci:  # a RACI table's "R (verantwoordelijk)", "A (eindverantwoordelijk)": the row's part is theirs
        return RoleWord(name.lower(), "eindverantwoordelijk" if raci.group("accountable") else "verantwoordelijk", "unit")
    word = role_pattern().match(name)
    role = role_of(word.group(0)) if word else None
    if role is None or not role.scope.startswith("unit"):
        return None
    held = _HELD_IN.fullmatch(name, word.end())
    return role if held and held.group(1).lower() in load_lexicon().unit_kinds else None


def holder_column(name: str) -> bool:
    """A column headed by a role of a municipality or another body, whose cells name its holders: "Wethouder"."""
    role = role_of(name)
    return role is not None and not role.scope.startswith("unit")


def role_column_persons(ctx: DocContext, cells: list[tuple[int, int]], names: list[str]) -> list[Mention]:
    """The persons of a row's columns headed by a role word ("| Jeugd | Eva Smit | Ede |" under
    "| Themagroep | Trekker | Stad |")."""
    return [m for k, n in enumerate(names) if role_of(n) is not None
            for m in ctx.in_span(*cells[k]) if m.type == "Person"]


def event_row(ctx: DocContext, cells: list[tuple[int, int]]) -> bool:
    """Whether a row names an event ("| 12 maart | Netwerkdag Wonen | Zwolle | Anna Kok |"): its town
    column says where the event is held, not whom the row's contact works for."""
    return any(m.type == "Event" for cell in cells for m in ctx.in_span(*cell))


def bracket_actor(ctx: DocContext, person: Mention) -> bool:
    """Whether a bracket right after ``person`` names an organisation, municipality or ministry: "Hans Kok (VNG)"."""
    bracket = ctx.bracket_after(person)
    return bracket is not None and any(m.type in ACTORS for m in ctx.in_span(*bracket))


def bracket_persons(ctx: DocContext, actor: Mention, end: int) -> list[Mention]:
    """The persons in a bracket right after ``actor``, up to ``end``: "Breda (Eva Smit)"."""
    bracket = re.match(r"\s*\(([^()]*)\)", ctx.text[actor.end:end])
    if bracket is None:
        return []
    return [m for m in ctx.in_span(actor.end + bracket.start(1), actor.end + bracket.end(1)) if m.type == "Person"]


def second_roles(ctx: DocContext, cell: tuple[int, int] | None) -> list[tuple[str, Mention]]:
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


def second_offices(ctx: DocContext, cell: tuple[int, int] | None) -> list[tuple[str, Mention]]:
    """The ``(office, place)`` pairs a role cell names after its first part, each an office of a town or province
    right before its place: "voorzitter G40, burgemeester Leeuwarden", "lid, wethouder van Zwolle" (round 60r).

    >>> from graph.extract import extract
    >>> from graph.gazetteer import load_gazetteer
    >>> text = "| Naam | Functie |\\n|---|---|\\n| Eva Smit | voorzitter G40, burgemeester Leeuwarden |\\n"
    >>> [(r.role, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
    ...  if r.rule == "tables.second-office"]
    [('burgemeester', 'Leeuwarden')]
    """
    if cell is None:
        return []
    found = []
    for part in list(re.finditer(r"(?:^|[,;])\s*([^,;]+)", ctx.text[cell[0]:cell[1]]))[1:]:
        start, end = cell[0] + part.start(1), cell[0] + part.end(1)
        word = role_pattern().match(ctx.text, start, end)
        role = role_of(word.group(0)) if word else None
        places = [m for m in ctx.in_span(start, end) if m.type in _SCOPE_TYPES.get(role.scope, ())] if role else []
        if places and re.fullmatch(r"\s+(?:van\s+|in\s+)?(?:de\s+)?(?:gemeente\s+|provincie\s+)?", ctx.text[word.end():places[0].start]) \
                and not ctx.text[places[0].end:end].strip():
            found.append((role.label, places[0]))
    return found


_SCOPE_TYPES = {"municipality": {"Municipality"}, "province": {"Province"}, "ministry": {"Ministry"}}


#: what stands right before the organisation a role cell names: "beleidsadviseur, Divosa", "lector Armoede en
#: Participatie, Hogeschool Windesheim", "directeur bij de VNG"
#: (a kind word may stand before the name: "gedeputeerde Economie, provincie Flevoland", round 57r)
_CELL_ACTOR_CUE = re.compile(r"(?:,|\bbij|\bvan)\s*(?:de\s+|het\s+)?(?:(?:provincie|gemeente)\s+)?$", re.IGNORECASE)


def role_cell_actor(ctx: DocContext, start: int, end: int, scope: str) -> Mention | None:
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


#: between an office word and its place in a cell: "wethouder Schiedam", "burgemeester van (de gemeente) Zwolle"
_OFFICE_GAP = re.compile(r"\s*(?:(?:van|in|bij)\s+(?:de\s+|het\s+)?(?:gemeente\s+|provincie\s+)?)?", re.IGNORECASE)


def office_place(ctx: DocContext, start: int, end: int, scope: str) -> Mention | None:
    """Where the office that opens a "Functie" cell is held: the place right after the office word ("| wethouder
    Schiedam, voorzitter Pijler Fysiek |", "| burgemeester van Zwolle, voorzitter van de G40 |"), else the one
    organisation the cell names after it (:func:`role_cell_actor`). ``start`` is the end of the office word.

    >>> text = "| Eva Smit | wethouder Schiedam, voorzitter Pijler Fysiek | lid |"
    >>> town = Mention(23, 31, "Schiedam", "Municipality", "", 1.0)
    >>> unit = Mention(44, 57, "Pijler Fysiek", "OrganisationalUnit", "", 1.0)
    >>> office_place(DocContext("d", text, [], [town, unit]), 22, 58, "municipality").text
    'Schiedam'
    """
    named = ctx.in_span(start, end)
    if named and named[0].type in _SCOPE_TYPES.get(scope, _PARTIES) and _OFFICE_GAP.fullmatch(ctx.text, start, named[0].start):
        return named[0]
    return role_cell_actor(ctx, start, end, scope)


def introduced_place(ctx: DocContext, row: Sentence, scope: str) -> Mention | None:
    """The one municipality (or province) the paragraph right before a table names, for a role column without a
    place column: "… is vastgelegd welke wethouder Amersfoort in welke netwerken vertegenwoordigt. Voor de G40 gaat
    het om:" over "| Wethouder | Portefeuille |" lists Amersfoort's aldermen (round 41d). None when it names two.

    >>> from graph.extract.model import Sentence
    >>> text = "Welke wethouder Ede vertegenwoordigt:\\n\\n| Wethouder |\\n|---|\\n| Eva Smit |"
    >>> ede = Mention(16, 19, "Ede", "Municipality", "gazetteer.municipality", 1.0)
    >>> eva = Mention(61, 69, "Eva Smit", "Person", "persons.full-name", 0.9)
    >>> lines = [Sentence(0, 37, text[:37]), Sentence(39, 52, text[39:52]), Sentence(53, 58, text[53:58]),
    ...          Sentence(59, 71, text[59:])]
    >>> introduced_place(DocContext("d", text, lines, [ede, eva]), lines[3], "municipality").text
    'Ede'
    """
    wanted = _SCOPE_TYPES.get(scope)
    k = next((i for i, s in enumerate(ctx.sentences) if s.start == row.start), None)
    if wanted is None or k is None:
        return None
    while k > 0 and ctx.sentences[k].text.lstrip().startswith("|"):
        k -= 1  # back over the table's lines to the line before it
    table_start = ctx.sentences[k + 1].start if k + 1 < len(ctx.sentences) else row.start
    paragraph = ctx.text.rfind("\n\n", 0, ctx.sentences[k].start) + 2
    if ctx.sentences[k].text.lstrip().startswith("|") or ctx.sentences[k].is_heading:
        return None
    named = [m for m in ctx.in_span(max(paragraph, ctx.sentences[k].start - 400), table_start) if m.type in wanted]
    return named[0] if named and len({m.label for m in named}) == 1 else None


def own_place(ctx: DocContext, scope: str) -> Mention | None:
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


#: the owner a document's title names: "Jaarverslag 2023 gemeente Dordrecht", "provincie Drenthe", "Portefeuilleverdeling
#: college Amersfoort 2026" (a college is a municipality's, round 48g); or whose
#: office holders a list's title counts: "Lijst van burgemeesters van Apeldoorn", "Wethouders van Ede" (46b)
_OWNER_WORD = re.compile(r"\b(?:gemeente|provincie)\s+$|\bcollege\s+(?:van\s+(?:b(?:urgemeester)?\s*(?:en|&)\s*w(?:ethouders)?\s+)?"
                         r"(?:van\s+)?)?(?:de\s+gemeente\s+)?$|\b(?:burgemeesters|wethouders|gemeentesecretarissen|gedeputeerden|"
                         r"commissarissen\s+van\s+de\s+koning)\s+van\s+(?:de\s+(?:gemeente|provincie)\s+)?$", re.IGNORECASE)


def row_actor(ctx: DocContext, cells: list[tuple[int, int]], names: list[str], scope: str) -> Mention | None:
    """The actor of a row's organisation column ("Gemeente", "Organisatie") that a role of ``scope`` is held in."""
    wanted = _SCOPE_TYPES.get(scope, ACTORS)
    for k, n in enumerate(names):
        if (ACTOR_COLUMN.fullmatch(n) or MEMBERS_COLUMN.fullmatch(n)) and (scope == "province" or not location_column(names, k)):
            found = [m for m in value_list(ctx, *cells[k]) if m.type in wanted]
            if found:
                return found[0]
    return None


def persons_in(ctx: DocContext, cells: list[tuple[int, int]], names: list[str]) -> list[Mention]:
    """The persons of a row's person columns ("Naam", "Vertegenwoordiger" …)."""
    return [m for k, n in enumerate(names) if PERSON_COLUMN.fullmatch(n)
            for m in ctx.in_span(*cells[k]) if m.type == "Person"]
