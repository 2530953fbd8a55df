"""A city's table of external networks and their accounthouders: who is the city's contact for each.

A municipality's organisation guide or intranet page lists the networks it takes part in, each with
a bestuurlijk accounthouder (a wethouder, the burgemeester) and an ambtelijk one (an official):

    | Netwerk | Bestuurlijk | Ambtelijk |
    |---|---|---|
    | G40 Stedennetwerk | wth. Smit | Eva de Boer |
    | Regio Deal Noord | burgemeester | Kees Bos |
    | Peelgemeenten (Helmond, Deurne, Asten) | wth. Smit | Jan Kok |

* the municipality the document's title names takes part in each row's network (not in a unit of one:
  "G40 pijler Fysiek" is part of the G40);
* the ambtelijk accounthouder is the first contact for the row's network (a name cut short to a surname
  is no one);
* the places in brackets after a network's name are its members;
* a cell of the first column that names nothing known is the network's name up to its bracket
  (:func:`account_cells`, rule ``tables.account-network``).

The table is one whose first column is headed "Netwerk" (or "Samenwerkingsverband", "Gremium") and that
has an "Ambtelijk" column ("Ambtelijk accounthouder", "Accounthouder ambtelijk"). Called once per
document by :func:`graph.extract.extract` (rule ``tables.accounthouder``).

Examples
--------
>>> from graph.gazetteer import load_gazetteer
>>> from graph.extract import extract
>>> text = ("GEMEENTE BREDA - INTRANET\\n\\n| Netwerk | Bestuurlijk | Ambtelijk |\\n|---|---|---|\\n"
...         "| G40 Stedennetwerk | burgemeester | Eva de Boer |\\n| Baroniegemeenten (Breda, Alphen-Chaam) | burgemeester | Kees Bos |\\n")
>>> sorted((r.subject.text, r.predicate, r.object.text) for r in extract("d", text, gazetteer=load_gazetteer()).relations
...        if r.rule == RULE)  # doctest: +NORMALIZE_WHITESPACE
[('Alphen-Chaam', 'participatesIn', 'Baroniegemeenten'), ('BREDA', 'participatesIn', 'Baroniegemeenten'),
 ('BREDA', 'participatesIn', 'G40 Stedennetwerk'), ('Breda', 'participatesIn', 'Baroniegemeenten'),
 ('Eva de Boer', 'contactFor', 'G40 Stedennetwerk'), ('Kees Bos', 'contactFor', 'Baroniegemeenten')]
"""

from __future__ import annotations

import re

from .context import DocContext
from .model import Mention, Sentence
from .table_layout import cells_of, header_name, header_rows

__all__ = ["find_account_tables", "account_cells", "RULE"]

RULE = "tables.accounthouder"

#: the first column of a table of networks
_NETWORK_COLUMN = re.compile(r"netwerk(?:en)?|(?:externe\s+)?netwerken|samenwerkingsverband(?:en)?|gremi(?:um|a)",
                             re.IGNORECASE)
#: the column of the ambtelijk accounthouder
_OFFICIAL_COLUMN = re.compile(r"ambtelijk(?:e)?(?:\s+accounthouder)?|accounthouder\s+ambtelijk", re.IGNORECASE)
#: kinds of mention a row's network may be
_NETWORKS = frozenset({"Organisation", "Programme", "OrganisationalUnit"})
#: a name as a cell holds it: up to its bracket
_CELL_NAME = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][^|()\n]{1,60}?)\s*(?:\(|$)")


def _tables(text: str, sentences: list[Sentence]):
    """``(official column, rows)`` of each table of networks and accounthouders."""
    for header, rows in header_rows(text, sentences):
        names = [header_name(text[a:b]) for a, b in cells_of(text, header)]
        official = next((k for k, n in enumerate(names) if _OFFICIAL_COLUMN.fullmatch(n)), None)
        if len(names) >= 2 and _NETWORK_COLUMN.fullmatch(names[0]) and official:
            yield official, len(names), rows


def account_cells(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Mention]:
    """The networks a network column names that nothing else recognised ("| Peelgemeenten (Helmond, …) |")."""
    if "|" not in text:
        return []
    found = []
    for _, width, rows in _tables(text, sentences):
        for row in rows:
            cells = cells_of(text, row)
            if len(cells) != width:
                continue
            start, end = cells[0]
            name = _CELL_NAME.match(text, start, end)
            if name is None or any(m.start < name.end("name") and m.end > name.start("name") for m in mentions):
                continue
            found.append(Mention(name.start("name"), name.end("name"), name.group("name"), "Organisation",
                                 "tables.account-network", 0.65))
    return found


def find_account_tables(ctx: DocContext, town: Mention | None) -> None:
    """Add the participations, contacts and members of each table of networks; ``town``: the municipality
    the document's title names."""
    if "|" not in ctx.text:
        return
    for official, width, rows in _tables(ctx.text, ctx.sentences):
        for row in rows:
            cells = cells_of(ctx.text, row)
            if len(cells) != width:
                continue
            network = _network(ctx, *cells[0])
            if network is None:
                continue
            if town is not None and town.type == "Municipality" and network.type != "OrganisationalUnit":
                ctx.add(town, "participatesIn", network, row, RULE, 0.7)
            bracket = ctx.text.find("(", network.end, cells[0][1])
            if bracket >= 0:
                for member in ctx.in_span(bracket, cells[0][1]):
                    if member.type == "Municipality":
                        ctx.add(member, "participatesIn", network, row, RULE, 0.7)
            for person in ctx.in_span(*cells[official]):
                if person.type == "Person" and " " in person.text.strip():
                    ctx.add(person, "contactFor", network, row, RULE, 0.7)


def _network(ctx: DocContext, start: int, end: int) -> Mention | None:
    """The network a first cell names: its last named body before any bracket ("G40 pijler Fysiek": the pijler)."""
    bracket = ctx.text.find("(", start, end)
    named = [m for m in ctx.in_span(start, end if bracket < 0 else bracket) if m.type in _NETWORKS]
    return named[-1] if named else None
