"""Stakeholder tables: a column that gives each row's part in the page's programme.

A programme's overview often lists its parties in a table with a column of the part each plays in
*it*: "| Stakeholder | Rol in het programma | Contactpersoon |", "| Organisatie | Rol in het project |".
The column's title says every row has a part in the programme (or project, deal …) the page is
about, whatever the part is ("opdrachtgever en financier", "lid klankbordgroep", "uitvoerder van de
leeragenda"): the row's organisation participatesIn it. A row whose part is denied or not yet given
("uitgenodigd, nog geen toezegging", "geen rol meer") states nothing. A contact person alone in
the cell ("| SZW | lid klankbordgroep | Karin de Boer |") works for the row's organisation; one with
a function after the name ("Eva Smit, beleidsadviseur") is left to the role rules (the function may
be one in the programme, not at the organisation).

A plain "| Organisatie | Rol |" table is not read here: "Rol" alone may be a part in anything
(see :mod:`graph.extract.member_headings` for "penvoerder", "partner" in such a column).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("Programma Wijken Sterk\\n\\n| Stakeholder | Rol in het programma | Contactpersoon |\\n|---|---|---|\\n"
...         "| VNG | lid kernteam | Eva Smit |\\n| Divosa | uitgenodigd, nog geen toezegging | Jan Kok |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations)
[('Eva Smit', 'affiliatedWith', 'VNG'), ('VNG', 'participatesIn', 'Programma Wijken Sterk')]
"""

from __future__ import annotations

import re
from typing import Callable

from .cards import value_list
from .context import ACTORS, DocContext
from .model import Mention, Sentence

__all__ = ["plays_part_in_subject", "find_stakeholder_rows"]

#: a column of the part each row plays in the page's programme: "rol in het programma", "taak binnen het project"
_PART_IN_SUBJECT = re.compile(r"(?:rol(?:len)?|taak|taken|bijdrage)\s+(?:in|bij|binnen|aan)\s+(?:de|het|dit|deze)\s+"
                              r"(?:[\w-]+\s+)?(?:programma|project|deal|city\s+deal|regio\s+deal|aanpak|regeling|"
                              r"pilot|traject|netwerk|samenwerking|akkoord|agenda)", re.IGNORECASE)
#: the column of the row's party
_PARTY_COLUMN = re.compile(r"stakeholders?|partij(?:en)?|organisaties?|betrokkenen?|actoren|actor", re.IGNORECASE)
#: the column of the row's contact person
_CONTACT_COLUMN = re.compile(r"contact(?:\s*persoon|personen)?|aanspreekpunt", re.IGNORECASE)
#: a part denied or not yet given: "nog geen toezegging", "niet meer betrokken", "afgehaakt"
_DENIED = re.compile(r"\b(?:niet|geen|nog\s+niet|afgehaakt|gestopt|uitgetreden|afgezien)\b", re.IGNORECASE)


def plays_part_in_subject(names: list[str]) -> bool:
    """Whether a table's headers (lower case) are those of a stakeholder table: a party column and a
    column of each row's part in the page's programme.

    >>> plays_part_in_subject(["stakeholder", "rol in het programma", "contactpersoon"])
    True
    >>> plays_part_in_subject(["organisatie", "rol"]), plays_part_in_subject(["naam", "rol in het programma"])
    (False, False)
    """
    return any(_PARTY_COLUMN.fullmatch(n) for n in names) and any(_PART_IN_SUBJECT.fullmatch(n) for n in names)


def find_stakeholder_rows(ctx: DocContext, rows: list[Sentence], names: list[str], subject: Mention,
                          cells_of: Callable[[str, Sentence], list[tuple[int, int]]]) -> None:
    """Each row's party takes part in ``subject`` unless its part is denied; the contact of the row
    (alone in the cell) is affiliated with the party. ``cells_of`` gives a row's cells."""
    party = next(k for k, n in enumerate(names) if _PARTY_COLUMN.fullmatch(n))
    part = next(k for k, n in enumerate(names) if _PART_IN_SUBJECT.fullmatch(n))
    contact = next((k for k, n in enumerate(names) if _CONTACT_COLUMN.fullmatch(n)), None)
    for row in rows:
        cells = cells_of(ctx.text, row)
        if len(cells) != len(names) or _DENIED.search(ctx.text, *cells[part]):
            continue
        actors = [m for m in value_list(ctx, *cells[party]) if m.type in ACTORS and m.type != "OrganisationalUnit"]
        if not actors or actors[0].label == subject.label:
            continue
        ctx.add(actors[0], "participatesIn", subject, row, "tables.part-in-programme", 0.75)
        if contact is None:
            continue
        for person in ctx.in_span(*cells[contact]):
            if person.type == "Person" and not ctx.text[person.end:cells[contact][1]].strip(" ,;"):
                ctx.add(person, "affiliatedWith", actors[0], row, "tables.part-contact", 0.7)
